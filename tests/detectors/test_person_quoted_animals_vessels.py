"""PERSON: an animal, a boat or a machine people give a person's name, in quotes after its
noun ('pony "Sientje"', 'de veerboot "Johanna"', 'shredder machine "Klaas"', a compound's
last part too: "waakhond", "plezierjacht"), or with a number inside the quotes ('kraan "Henk
III"'), is no person. Bare, after a noun for a person, the name stays. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ('Op de zorgboerderij is pony "Sientje" kreupel, de dierenarts komt dinsdag.', "nl"),
    ('De waakhond "Bram" blaft bij elke levering aan de achterpoort.', "nl"),
    ('Morgen vaart het plezierjacht "Johanna" niet uit wegens storm.', "nl"),
    ('The shredder machine "Klaas" broke down again on the night shift.', "en"),
    ('Kraan "Henk III" staat stil tot de monteur is geweest.', "nl"),
    ('Our office cat "Mientje" has a new basket by the printer.', "en"),
])
def test_a_named_animal_boat_or_machine_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ('Kandidaat "Bram" belde terug over de dienst.', "Bram"),
    ("De hond van Tessa Wijnands is ziek, zij werkt thuis.", "Tessa Wijnands"),
])
def test_a_person_stays(text: str, name: str) -> None:
    assert name in _names(text)


# A fishing or inland vessel by its kind ("kotter", "trawler", "logger", a compound too) or
# by its registration mark before the quotes (port letters and a number: "WR-24", "SCH 6"),
# in a crew list's header, a pay statement's position line or a CV's experience. A single
# capital and a number apart is a room or a group as often: the name in quotes after it
# stays a person.
@pytest.mark.parametrize(("text", "lang"), [
    ('Vessel: WR-24 "Wobbe Sikkema"     Call sign: PDXW     Port: Den Oever', "en"),
    ('Position: deckhand, SCH 6 "Trijntje Zwart"   Days at sea: 12', "en"),
    ('Ervaring: drie seizoenen op de boomkorkotter "Geesje Kooistra" van zijn oom.', "nl"),
    ('He spent two years on the trawler "Aaltje Postma" before joining us.', "en"),
])
def test_a_vessel_named_after_a_person_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ('Kamer B 12 "Sjoukje Hiemstra" heeft een nieuwe sleutel nodig.', "Sjoukje Hiemstra"),
    ("De monsterrol van de WR-24 tekent Wobbe Sikkema morgen.", "Wobbe Sikkema"),
])
def test_a_person_beside_a_room_or_a_vessel_stays(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_persons_surname_inside_a_vessels_name_is_the_vessels() -> None:
    text = ('Vessel: WR-24 "Wobbe Sikkema"   Port: Den Oever\n'
            "Skipper: T.J. Sikkema\nMate: Harmen Kuipers\n")
    names = _names(text, "en")
    assert "T.J. Sikkema" in names
    assert not [n for n in names if "Wobbe" in n or n == "Sikkema"]


# (stop 70) Bare, without quotes: a first name alone right after the noun of an animal, a
# vessel or a machine typed small, a compound's last part too ("heftruck", "waakhond"). A
# noun for a person, a product's noun ("model") or a clause's end before the name keeps it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Nachtploeg: de heftruck Joop staat weer stil, hydrauliek lekt.", "nl"),
    ("De waakhond Bobbie blaft bij elke levering.", "nl"),
    ("Our old crane Bertha is down until Monday.", "en"),
    ("Vandaag krijgt pony Sientje nieuwe hoefijzers.", "nl"),
])
def test_a_bare_name_after_an_animal_or_a_machine_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Vandaag belt collega Sientje over de heftruck.", "Sientje"),
    ("Bij de kraan, Bertha vraagt om een pauze.", "Bertha"),
    ("Het fotomodel Joop komt morgen langs.", "Joop"),
])
def test_a_bare_name_after_a_person_noun_or_a_clause_stays(text: str, name: str) -> None:
    assert name in _names(text)


# (stop 74) Dredging, inland and offshore craft by their kind ('splijtbak "..."', 'crane
# barge "..."', a compound's last part too: "werkponton") or by a kind abbreviated before the
# name (TSHD, CSD, mvs; bare only in capitals of three letters or more), and a full name after
# English "the" ("on board the ..."), which no person's takes.
@pytest.mark.parametrize(("text", "lang"), [
    ('Vanavond ligt de splijtbak "Hendrika Bosman" aan de steiger bij Moerdijk.', "nl"),
    ('The crane barge "Pieter Haverkamp" is moored at the north jetty.', "en"),
    ('Hij werkt sinds maart op de werkponton "Klaas Wiersma" in de Lek.', "nl"),
    ('Sounding log TSHD "Marijke Dekker", night watch 3/4 May', "en"),
    ("Crew change for CSD Johannes Bakker planned in Rotterdam.", "en"),
    ('04:10 Schutting afwaarts: mvs "Tjitse Hoekstra", daarna twee jachten.', "nl"),
    ("She served two seasons aboard the Anna Kuipers before she came to us.", "en"),
])
def test_a_dredger_barge_or_abbreviated_vessel_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Ms Verbrugge called about her roster for next week.", "Verbrugge", "en"),
    ("Overdracht aan stuurman Quispel om 06:00, alles in orde.", "Quispel", "nl"),
    ("Then Anna Kuipers joined the night crew.", "Anna Kuipers", "en"),
])
def test_a_person_beside_a_vessel_word_stays(text: str, name: str, lang: str) -> None:
    assert name in _names(text, lang)


# (stop 76) A marina's traditional craft, an aircraft by its registration, a training dummy
# with its name in brackets and quotes: each named after a person, none a person.
@pytest.mark.parametrize(("text", "lang"), [
    ('De zeilmaker heeft het grootzeil van de tjalk "Geertruida Bos" gerepareerd.', "nl"),
    ('Het roer van zijn schouw "Aaltje Visser" is gebroken.', "nl"),
    ('Tow of aircraft reg. PH-QRX "Annie Romein" to stand B12 delayed.', "en"),
    ('We practised with the rescue dummy ("Berend", 70 kg) in the pool.', "en"),
])
def test_a_named_craft_or_dummy_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


def test_a_bracketed_quoted_name_after_a_person_noun_stays() -> None:
    assert "Berend" in _names('Onze nieuwe collega ("Berend") begint maandag.')

"""PERSON: ships and towns named like people (person_vessels.py, person_places.py) are no
persons, beside the same names used for people. Cases written here, in the shapes of port,
offshore and address lines; the blind sets that showed the kind are scored by make eval."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "ship"), [
    ("Vessel: MV Hendrika Bosman     Flag: NL     Call sign: PDQX", "en", "Hendrika Bosman"),
    ("Van: Gezagvoerder ms Koningin Juliana <brug@kj-shortsea.nl>", "nl", "Juliana"),
    ("De kok gaat morgen aan boord van het baggerschip \"Gerrit Mulder\" in Vlissingen.",
     "nl", "Gerrit Mulder"),
    ("We zetten twee sjorders op de \"Maria Goeppert\" voor de nachtdienst.", "nl", "Maria"),
    ("Schip: MSC Carlotta, reis 2212, ligplaats kade 5", "nl", "Carlotta"),
    ("The SOV \"Ingrid Larsen\" sails from Esbjerg on Monday with the crew.", "en", "Larsen"),
    ("Master, M/V Pieter Jacobsz\nSat C via the office", "en", "Pieter Jacobsz"),
    ("Kraan 4 lost de CMA CGM Louis Bleriot, daarna niets tot 08:00.", "nl", "Louis"),
])
def test_a_ships_name_is_no_person(text: str, lang: str, ship: str) -> None:
    assert not [n for n in _names(text, lang) if ship in n or n in ship]


def test_a_ships_name_again_is_the_ship_and_the_crew_stays() -> None:
    text = ("Crew change MV Johanna Vermeer, Rotterdam 16/12.\n"
            "Joining: AB Ricardo Fontes, cook Maricel Santos.\n"
            "Subject: bank details - Ricardo Fontes deckhand Johanna Vermeer\n")
    names = _names(text, "en")
    assert "Johanna Vermeer" not in names
    assert "Ricardo Fontes" in names and "Maricel Santos" in names


@pytest.mark.parametrize(("text", "lang", "person"), [
    # a ship's noun only as written in lower case: a man called Ferry stays a man
    ("Op de vestiging in Wormer is de planner Ferry Baas, hij belt morgen.", "nl", "Ferry Baas"),
    # a form of address, not a motor ship
    ("Ms Anna Visser called about her payslip.", "en", "Anna Visser"),
    ("Dear Ms Okafor, thank you for your application.", "en", "Okafor"),
])
def test_people_beside_ship_words_stay(text: str, lang: str, person: str) -> None:
    assert person in " | ".join(_names(text, lang))


@pytest.mark.parametrize(("text", "lang", "town"), [
    # after a postcode (its letters are no initials and no "mr")
    ("Dhr. K. Wouters\nDorpsstraat 12\n5961 AB Horst\n", "nl", "Horst"),
    ("Mr O.J. Whitfield\nKenaupark 19-rd\n2011 MR Haarlem\n", "en", "Haarlem"),
    ("Mevr. J. Haddou\nLaan van Meerdervoort 80\n2517 MR Den Haag\n", "nl", "Den Haag"),
    # after a street and its number, and the same town again
    (("Adres: Kerkstraat 41, Horst - huismeester Pawel Zajac\n"
     "De bus vertrekt uit Horst om 07:15."), "nl", "Horst"),
    # a town of the area codes
    ("Overleg over de vestigingen Breda en Tilburg; Smit licht toe.", "nl", "Tilburg"),
    ("Overleg met Breda over de planning van december.", "nl", "Breda"),  # a weak cue only
    ("Sanne de Wit | Vestigingsmanager Zwolle", "nl", "Vestigingsmanager Zwolle"),
])
def test_a_town_is_no_person(text: str, lang: str, town: str) -> None:
    assert town not in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Naam: Oosterhout\nVoornamen: Gerardus Johannes\n", "nl", "Oosterhout"),  # a label
    ("mevrouw Tilburg belde over haar loonstrook.", "nl", "Tilburg"),  # a title
    ("Volgens Emmen is de planning rond, zij belt morgen.", "nl", "Emmen"),  # a person cue
    # the document gives the town as a surname in full: the surname alone is hers
    ("Kees Breda begint maandag. Breda heeft een heftruckcertificaat.", "nl", "Breda"),
    (("Conclusie: positief. Mevr. A.B. de Vries-Oosterhout kan door; "
     "Oosterhout belt morgen terug."), "nl", "Oosterhout"),
])
def test_a_surname_that_is_a_town_stays_a_name(text: str, lang: str, person: str) -> None:
    assert any(person in n for n in _names(text, lang))


def test_the_town_list_is_phonenumbers_own() -> None:
    """data/names/towns_nl.txt is what make_towns.py writes from the installed phonenumbers
    (rebuild it after an upgrade), not a list typed by hand."""
    from detectors.data.make_towns import OUT, towns

    names, version = towns()
    lines = OUT.read_text(encoding="utf-8").splitlines()
    assert version in lines[0]
    assert lines[1:] == names


@pytest.mark.parametrize(("text", "lang", "place"), [
    # a town's part or its station: a compass word after it
    ("Storing overweg Hengelo Oost om 02:10, monteur ter plaatse.", "nl", "Hengelo Oost"),
    ("Location: between Abcoude and Duivendrecht Zuid, near the tunnel entrance.", "en",
     "Duivendrecht Zuid"),
    # works on a line named after people
    ("Werkplek: Dr. Anton Philipsviaduct / km 12.4 - 13.0", "nl", "Anton Philipsviaduct"),
    ("Afsluiting Koningin Julianatunnel zaterdagnacht.", "nl", "Julianatunnel"),
    # an incident's kind, no form of address
    ("Zie de video's (o.a. near miss Zwolle juni, zie rapport).", "nl", "Zwolle"),
])
def test_a_place_on_the_line_is_no_person(text: str, lang: str, place: str) -> None:
    assert not [n for n in _names(text, lang) if place in n or n in place]


def test_a_person_named_like_a_compass_point_stays() -> None:
    assert "Anna West" in _names("Anna West belt morgen over haar rooster.")
    assert "Jones" in _names("Miss Jones called about her payslip.", "en")

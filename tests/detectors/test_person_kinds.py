"""PERSON: kinds of names people write that the name grammar missed or misread, each in
several phrasings of our own (synthetic names): a title before a lower-case particle, a list
set one name a line, "bij" before a first name, an export's comma or quoted cells, a firm
named after a person that people are named too, and a firm of partners after an employer's
phrase or a firm word."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    ("Gesprek met mevrouw van Dijk over de uren.", ["van Dijk"]),
    ("Ik heb de heer van der Linden gisteren gebeld.", ["van der Linden"]),
    ("Afspraak met mw. de Groot en dhr. ten Have op dinsdag.", ["de Groot", "ten Have"]),
    ("Namens mevrouw van den Heuvel stuur ik u de stukken.", ["van den Heuvel"]),
    ("Dear Mr. van Leeuwen, thank you for your letter.", ["van Leeuwen"]),
])
def test_title_before_a_lower_case_particle(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Aanwezig:\n- Sanne Bakker\n- Okonkwo\n- Daan Visser\n- Fatma",
     ["Sanne Bakker", "Okonkwo", "Daan Visser", "Fatma"]),
    ("Deelnemers training heftruck\n1. Priya Ramdin\n2. Wiśniewska\n3. Joost de Wit\n",
     ["Priya Ramdin", "Wiśniewska", "Joost de Wit"]),
    ("Team nachtdienst:\n• Mehmet Yilmaz\n• Kowalczyk\n• Anouk Smit\n\nPlanning volgt.",
     ["Mehmet Yilmaz", "Kowalczyk", "Anouk Smit"]),
])
def test_a_list_one_name_a_line(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # one found name is no list of names: the lines beside it stay what they are
    "Contactpersoon: Sanne Bakker\n- Planning\n- Uren\n- Rooster",
    "Agenda\n- Opening\n- Notulen\n- Rondvraag",
])
def test_a_list_of_words_is_no_list_of_names(text: str) -> None:
    assert [n for n in _names(text) if n not in ("Sanne Bakker",)] == []


@pytest.mark.parametrize(("text", "names"), [
    ("Gisteren ben ik bij Sanne langs geweest om het rooster te bespreken.", ["Sanne"]),
    ("De sleutels van de bus liggen nu bij Daan.", ["Daan"]),
    ("Zij woont tijdelijk bij Fatma en haar moeder.", ["Fatma"]),
])
def test_bij_before_a_first_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Hij heeft drie jaar bij Philips gewerkt.",
    "De intake is bij Randstad in Zwolle gedaan.",
])
def test_bij_before_a_firm(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    (("personeelsnr,voornaam,tussenvoegsel,achternaam,plaats\n"
      "10231,Chidi,,Okonkwo,Zwolle\n10232,Sanne,van der,Berg,Deventer\n"),
     ["Chidi", "Okonkwo", "Sanne", "Berg"]),
    (('"personeelsnr","voornaam","achternaam","functie"\n'
      '"10231","Chidi","Okonkwo","orderpicker"\n"10232","Mehmet","Yilmaz","planner"\n'),
     ["Chidi", "Okonkwo", "Mehmet", "Yilmaz"]),
    ('"id";"achternaam";"roepnaam"\n"7";"Nwosu";"Ifeoma"\n"8";"Brouwer";"Lotte"\n',
     ["Nwosu", "Ifeoma", "Brouwer", "Lotte"]),
])
def test_cells_of_an_export(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Mijn leidinggevende is Kees Smit, bereikbaar op het kantoor.", ["Kees Smit"]),
    ("Kees Smit is sinds maart in dienst als chauffeur.", ["Kees Smit"]),
    ("Bart Smit belt morgen terug over de uren.", ["Bart Smit"]),
    ("Geachte mevrouw Van der Valk,", ["Van der Valk"]),
])
def test_a_persons_name_that_a_firm_bears_too(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Werkzaam bij Kees Smit in Zwolle als verkoper.",
    "Hij heeft drie jaar bij Kees Smit Tuinmeubelen gewerkt.",
    "Zij werkte eerder bij Bart Smit en bij de Hema.",
    "Boodschappen gedaan bij de Hans Anders? Nee, een bril gehaald.",
    "Ik heb boodschappen gedaan bij Dirk van den Broek en daarna bij de Jan Linders.",
])
def test_the_firm_of_that_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The firm Simpson, James and Clark will represent the company.", "en"),
    ("She has worked at Simpson, James and Clark since 2019.", "en"),
    ("Advocatenkantoor Simpson, James en Clark stuurde de brief.", "nl"),
    ("We werken samen met accountantskantoor Jansen, De Vries en Bakker.", "nl"),
    ("Zij is in 2021 aangenomen bij Mulder, Peters en Bos in Deventer.", "nl"),
])
def test_a_firm_of_partners(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Bij de vergadering waren Simpson, James en Clark aanwezig.", "nl",
     ["Simpson", "James", "Clark"]),
    ("I spoke with Simpson, James and Clark yesterday about the shifts.", "en",
     ["Simpson", "James", "Clark"]),
])
def test_people_listed_so_stay_people(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "names"), [
    # a firm word before "van" and a person: the person's practice or office, not a firm
    ("Zij is onder behandeling in de praktijk van dr. Kim Jansen in Utrecht.", ["Kim Jansen"]),
    ("De stukken kwamen via het kantoor van Sanne Bakker binnen.", ["Sanne Bakker"]),
])
def test_a_firm_word_before_a_persons_own(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Hallo allemaal,\nGraag jullie uren voor vrijdag.\n- Ruud", ["Ruud"]),
    ("Kun je morgen de vroege dienst overnemen? - Joop", ["Joop"]),
    ("Akkoord – Bram\n", ["Bram"]),
    ("Ik bel de klant zelf wel.\n— Lieke\n\nVerstuurd vanaf mijn telefoon", ["Lieke"]),
    # (stop 66) a mail's signature delimiter, two dashes
    ("Het contract staat klaar in de gedeelde map, graag voor vrijdag.\n-- Rik\n", ["Rik"]),
    ("Thanks, I'll forward the contract tonight.\n\n-- Bas", ["Bas"]),
])
def test_signed_after_a_dash(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Agenda\n- Opening\n- Planning\n- Rondvraag",
    "Vestiging Zwolle - Noord",
    "Agenda\n-- Opening\n-- Planning\n-- Rondvraag",
])
def test_a_dash_before_a_word_is_no_signature(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Wie: Joop (planner), Okonkwo (chauffeur), Anouk (HR)", ["Joop", "Okonkwo", "Anouk"]),
    ("Bij het gesprek waren Sanne (HR), Kowalczyk (uitzendkracht) en Daan (planner).",
     ["Sanne", "Kowalczyk", "Daan"]),
])
def test_a_list_whose_items_carry_a_remark(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Overleg over de planning bij Zara in Utrecht volgende week.",
    "Zij heeft een afspraak over de planning bij Mercedes-Benz in Nieuwegein.",
    "Contact over de planning bij Dries & van Dam loopt via de vestiging.",
])
def test_bij_before_a_firm_named_as_a_first_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "lang", "names"), [
    ('"Ik wil graag meer uren," zei Okonkwo tijdens het gesprek.', "nl", ["Okonkwo"]),
    ("De planning is rond, aldus Wiśniewska van de vestiging.", "nl", ["Wiśniewska"]),
    ('"We need two more drivers," said Okafor on Monday.', "en", ["Okafor"]),
])
def test_a_verb_of_speaking_before_its_subject(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize("text", [
    "Aan: de Directie\nBetreft: verlofaanvraag",
    "Zie de Planning van volgende week.",
])
def test_a_particle_before_a_word_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_particles_opening_a_cell_lead_a_surname_that_is_a_word() -> None:
    text = "nr;voornaam;achternaam\n1001;Piet;van der Steen\n1002;Anna;de Wit\n"
    assert _names(text) == ["Piet", "van der Steen", "Anna", "de Wit"]

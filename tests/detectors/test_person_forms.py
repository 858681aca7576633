"""PERSON as people write names in notes, minutes and mail (own dev cases, synthetic names):
particles glued with an apostrophe, three-part Surinamese-Chinese surnames, and initials
that stand for a person on their own, but not a department's or a bullet list's capitals."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Het verslag is opgesteld door J. d'Ancona en nagekeken.", "J. d'Ancona"),
    ("Opgesteld door A. Tjon-A-Fat op maandag.", "A. Tjon-A-Fat"),
    ("Overleg met Kevin Tjon-A-Fat over de planning.", "Kevin Tjon-A-Fat"),
])
def test_particles_and_three_part_surnames(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text, names", [
    ("Ik kijk er morgen naar.\n\nGroet,\n- JK", ["JK"]),
    ("Thanks!\n-- MvdB\n", ["MvdB"]),
    ("Notulist: JK\nVoorzitter: Eva Smit", ["JK", "Eva Smit"]),
    ("Aanwezig: Eva Smit, JK, PB en MvdB.", ["Eva Smit", "JK", "PB", "MvdB"]),
])
def test_initials_that_stand_for_a_person(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Vragen? Mail ons.\n- HR",
    "Afwezig: HR",
    "Status: OK, NB volgt",
    "Te regelen:\n- WKR\n- AVG\n- VOG",
])
def test_acronyms_and_bullets_are_no_initials(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text, names", [
    ("Ze brengt haar zoon Daan morgen.", ["Daan"]),
    ("Ik heb het doorgezet naar collega Priyanka.", ["Priyanka"]),
    ("Verlenging besproken.\nSanne wil eerst nadenken.", ["Sanne"]),
    ("Acties:\n- Daan belt terug.\n- JK: planning rondsturen\n- NB: niet vergeten",
     ["Daan", "JK"]),
])
def test_a_name_alone_made_a_name_by_its_words_around(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Gesprek met teamleider Noord over de planning.",  # a role before a team, not a name
    "Mark heeft vier punten.",  # a first name that is a common word
    "Advocatenkantoor Jansen & De Boer stuurde een brief.",  # a firm
    "Bakkerij Van Dijk & Zn levert op dinsdag.",
])
def test_roles_common_words_and_firms_are_no_names(text: str) -> None:
    assert _names(text) == []


def test_two_first_names_joined_by_an_ampersand_are_people() -> None:
    assert _names("Gisteren kwamen Eva & Thijs langs.") == ["Eva", "Thijs"]


@pytest.mark.parametrize("text, names", [
    # inverted, as registers sort people: surname, initials (particles after them)
    ("| Naam | BSN |\n|---|---|\n| Jansen, P. | 123456782 |\n| van den Heuvel, K. | 111222333 |",
     ["Jansen, P.", "van den Heuvel, K."]),
    ("Ondertekend door Berg, J.Th. van den en Kok-van Dijk, P.",
     ["Berg, J.Th. van den", "Kok-van Dijk, P."]),
    ("Signed: Nowak-Kowalski, A.B.; witness Okonkwo, C.", ["Nowak-Kowalski, A.B.", "Okonkwo, C."]),
    # in a cell of its own: surname, first name (a BRP extract writes the surname in capitals)
    ("persnr;naam;bsn\n1001;Jansen, Pieter;123456782\n1002;EL AMRANI, Yasmina;111222333",
     ["Jansen, Pieter", "EL AMRANI, Yasmina"]),
    # a call name in brackets
    ("Contactpersoon: A. (Anna) de Vries", ["A. (Anna) de Vries"]),
    ("Behandeld door dhr. J.Th. (Johan) Mulder en mw. P. (Petra) Kok-van Dijk.",
     ["J.Th. (Johan) Mulder", "P. (Petra) Kok-van Dijk"]),
    ("Sanne (Sas) Bakker-de Wit starts Monday.", ["Sanne (Sas) Bakker-de Wit"]),
    # a hyphenated call name, a double surname hyphenated around its particle
    ("Aanwezig: dhr. J.P. (Hans) Smit-van-Dijk, mw. A. (Anna) de Vries",
     ["J.P. (Hans) Smit-van-Dijk", "A. (Anna) de Vries"]),
    ("Intake door J.W.M. (Jan-Willem) Hoekstra op maandag.", ["J.W.M. (Jan-Willem) Hoekstra"]),
    ("Contactpersoon: E. (Eva-Lotte) Verbeek-van-der-Linden", [
        "E. (Eva-Lotte) Verbeek-van-der-Linden"]),
])
def test_inverted_names_and_call_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    # a cell of a row opens a name; a particle opening the cell belongs to it
    ("persnr;achternaam;voornaam\n1001;Bakker;Sanne\n1003;de Groot;Ruud",
     ["Bakker", "Sanne", "de Groot", "Ruud"]),
    ("id\tsurname\tfirst name\n7\tvan Dijk\tEmre\n", ["van Dijk", "Emre"]),
])
def test_names_in_the_cells_of_a_pasted_export(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Vestigingen: Utrecht, Amsterdam en Delft.",
    "Bezoekadres: Basisschool De Klimop, P. Bakkerstraat 4",
    "Totaal (Excl) Btw",
])
def test_places_and_organisations_in_these_forms_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text, names", [
    ("Vandaag gesproken met Anne-Marie over het rooster.", ["Anne-Marie"]),
    ("Ik vraag Jean-Pierre of hij de dienst kan overnemen.", ["Jean-Pierre"]),
    ("We spoke with Ana-Sofia about the contract.", ["Ana-Sofia"]),
])
def test_a_double_first_name_alone_in_a_sentence(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    # an unknown first word before a known surname, after a lower-case word: an organisation
    ("Hij werkt als planner bij Tielbeke Visser in Zwolle.", []),
    ("Overleg met opdrachtgever Brinkhorst Mulder over de uren.", []),
    # the same words opening a sentence, or after a relation word, are a person
    ("Tielbeke Visser belde vanochtend.", ["Tielbeke Visser"]),
    ("Gesprek met Tielbeke Visser over de planning.", ["Tielbeke Visser"]),
    ("Haar zus Tielbeke Visser komt ook.", ["Tielbeke Visser"]),
])
def test_a_weak_name_after_a_lower_case_word(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    # a name in capitals heads a CV or a passport copy
    ("PIETER JANSEN\nKerkstraat 1, Utrecht", ["PIETER JANSEN"]),
    ("YASSINE EL AMRANI\nCurriculum Vitae", ["YASSINE EL AMRANI"]),
    ("Naam ........ JAN DE VRIES-BAKKER", ["JAN DE VRIES-BAKKER"]),
    ("CANDIDATE: SOPHIE MÜLLER", ["SOPHIE MÜLLER"]),
    # the surname in capitals first, as registers and other countries write it
    ("Naam: JANSEN Pieter", ["JANSEN Pieter"]),
    ("| 12 | OZTURK Emre | Utrecht |", ["OZTURK Emre"]),
    ("1. JANSEN, Pieter", ["JANSEN, Pieter"]),
    ("De kandidaat is BOUKHARI, Yassine.", ["BOUKHARI, Yassine"]),
    ("We spoke with EL AMRANI, Yasmina about the roster.", ["EL AMRANI, Yasmina"]),
])
def test_names_in_capitals(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "CURRICULUM VITAE\nWERKERVARING\nPERSOONLIJKE GEGEVENS",
    "ALGEMENE VOORWAARDEN",
    "Aangemeld bij UWV en HBO afgerond.",
    "UWV, Pieter belde later.",  # an acronym before a comma is no surname
    "ZORG ZWOLLE\nTOTAL HOURS",  # headings in capitals: not both words names
])
def test_headings_and_acronyms_in_capitals_are_no_names(text: str) -> None:
    assert [n for n in _names(text) if n != "Pieter"] == []


@pytest.mark.parametrize("text, names", [
    # a particle joined to the surname by a hyphen: "El-Amrani", "Al-Hassan", "Ben-Ali"
    ("We spraken met meneer El-Amrani over zijn rooster.", ["El-Amrani"]),
    ("Gesprek met dhr. El-Amrani.", ["El-Amrani"]),
    ("mevrouw Al-Hassan komt morgen", ["Al-Hassan"]),
    ("Yasmina El-Amrani belde.", ["Yasmina El-Amrani"]),
    ("Contact: Omar Ben-Ali", ["Omar Ben-Ali"]),
    ("We met Mrs. Al-Khatib yesterday.", ["Al-Khatib"]),
])
def test_a_particle_hyphenated_to_the_surname(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    # names typed in lower case in chats: after a greeting or closing
    ("[10:02] hoi sanne, kan je morgen?", ["sanne"]),
    ("ok top, groetjes kees", ["kees"]),
    ("Thanks anna!", ["anna"]),
    ("hoi allemaal, groetjes team", []),
    # or once the name has been written in full in the same text
    ("Ik sprak Sanne de Vries. Daarna belde sanne nog.", ["Sanne de Vries", "sanne"]),
    ("Spoke to Fatima El Amrani today; fatima calls back (fatima@example.nl).",
     ["Fatima El Amrani", "fatima"]),
    # a lower-case word that is a word stays one, though a surname was seen in full
    ("Ik sprak Tom Bakker. Later zei de bakker dat het goed was.", ["Tom Bakker"]),
    # a double surname alone after the full name
    ("Eva Jansen-Bakker kwam binnen. Later belde Jansen-Bakker terug.",
     ["Eva Jansen-Bakker", "Jansen-Bakker"]),
])
def test_names_typed_small_and_double_surnames_alone(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    # the first cell of a tab-separated row opens a name as the other cells do
    ("Achternaam\tVoornaam\tPlaats\nJansen\tPieter\tUtrecht\nOduya\tChidi\tDelft\n",
     ["Jansen", "Pieter", "Oduya", "Chidi"]),
    ("Surname\tFirst name\nKowalczyk\tAnna\n", ["Kowalczyk", "Anna"]),
    ("Functie\tAfdeling\nPlanner\tLogistiek\n", []),
])
def test_the_first_cell_of_a_tab_row(text: str, names: list[str]) -> None:
    assert _names(text) == names


# (stop 70) A list sorted by surname with a role in brackets after one item ("Smit A.
# (voorzitter), ..."); the holder in brackets right after an account number ("NL91 ... (P.J.
# SMIT)"); the Philippines' one-word particles ("Dela Paz", "Delos Reyes"). Twins: a
# bracket after a surname in prose, and a bracket after a number that is no account.
@pytest.mark.parametrize("text, names", [
    ("Op lijn 2: Wolterink T., Paulauskas D. (ploegleider), Hiemstra A.",
     ["Wolterink T.", "Paulauskas D.", "Hiemstra A."]),
    ("Uitbetaald op NL91ABNA0417164300 (J.K. HOOGKAMP) op 30-11.", ["J.K. HOOGKAMP"]),
    ("Loon naar NL91 ABNA 0417 1643 00 (M.T. Wolterink), zoals gevraagd.", ["M.T. Wolterink"]),
    ("Vandaag tekent Rowena Dela Paz het contract.", ["Rowena Dela Paz"]),
    ("Loonbeslag, uit te betalen t.n.v. R.B. DELOS REYES", ["R.B. DELOS REYES"]),
])
def test_lists_accounts_and_particles(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_bracket_after_a_number_that_is_no_account_names_no_holder() -> None:
    assert _names("Order 2026-118 (PR DEPT) is verzonden.") == []

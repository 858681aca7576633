"""PERSON in records and tables of exchange files (synthetic names and 11-check-valid
numbers of our own): a name in a column of a table set with spaces, under its header; a
surname in capitals right after the record's identifier, alone, with initials or a first
name, inverted with a comma; and their twins that must not fire: a column of teams, a
town or a firm after a number, capitals that are an acronym, a firm named after a person
("Kees Smit Tuinmeubelen")."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    (("BSN        Achternaam      Voornaam    Geboortedatum\n"
     "123456782  Jansen          Pieter      01-01-1980\n"
     "111222333  Wiśniewski      Tomasz      12-03-1975\n"),
     ["Jansen", "Pieter", "Wiśniewski", "Tomasz"]),
    (("BSN        ACHTERNAAM      VOORNAAM    GEBOORTEDATUM\n"
     "123456782  JANSEN          PIETER      01-01-1980\n"
     "232262536  ȘTEFĂNESCU      ANDREI      30-07-1979\n"),
     ["JANSEN", "PIETER", "ȘTEFĂNESCU", "ANDREI"]),
    (("Persnr   Achternaam     Roepnaam   Afdeling\n"
     "100234   Gonçalves      Rita       Logistiek\n"
     "100235   Dvořák         Pavel      Planning\n"),
     ["Gonçalves", "Rita", "Dvořák", "Pavel"]),
])
def test_a_column_of_names_in_a_table_set_with_spaces(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # a column under a person's label that holds teams and departments: no names
    ("Persnr   Contactpersoon          Telefoon\n"
    "100234   Salarisadministratie    0201234567\n"
    "100235   Loonadministratie       0201234568\n"),
    ("Werkgever      Functie             Periode\n"
    "Albert Heijn   Vakkenvuller        2015 - 2017\n"
    "Jumbo          Teamleider          2019 - heden\n"),
])
def test_a_column_of_other_things_under_a_header(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    (("0001 123456782 JANSEN P 19800312 M 0000450000\n"
     "0002 111222333 WIŚNIEWSKI T 19750101 M 0000380000\n"
     "0003 232262536 DE VRIES-BAKKER AM 19910623 V 0000410000\n"),
     ["JANSEN", "WIŚNIEWSKI", "DE VRIES-BAKKER"]),
    ("E1023 NOWAK MARTA 0612345678\nE1024 DVOŘÁK PAVEL 0612345679\n",
     ["NOWAK MARTA", "DVOŘÁK PAVEL"]),
    (":NAM:0001:NL91ABNA0417164300:J DE VRIES\n:NAM:0002:NL91ABNA0417164300:P OKONKWO\n",
     ["J DE VRIES", "P OKONKWO"]),
    ("Betreft loonbeslag 123456782 JANSEN, geboren 12-03-1980.", ["JANSEN"]),
    ("123456782 PJ SMIT 19800101\n111222333 A.B. KOWALCZYK 19850412\n",
     ["PJ SMIT", "A.B. KOWALCZYK"]),
])
def test_a_surname_in_capitals_after_the_records_identifier(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    (("10023456 KOWALCZYK, A.    1985-04-12  UITZENDKRACHT\n"
     "10023458 GONÇALVES, R.    1979-07-30  UITZENDKRACHT\n"),
     ["KOWALCZYK, A.", "GONÇALVES, R."]),
    ("Werknemer: DE GROOT, M.J. (personeelsnummer 100236)", ["DE GROOT, M.J."]),
    ("JANSEN-BAKKER, P.; SMIT, A.", ["JANSEN-BAKKER, P.", "SMIT, A."]),
])
def test_a_surname_in_capitals_inverted_before_initials(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "12345 UTRECHT 0301234567\n12346 ROTTERDAM 0101234567\n",  # a town after a postcode abroad
    "V0012 TILBURG NOORD\nV0013 BREDA CENTRUM\n",  # a branch and its town
    "20240101 SALARIS BETALING\n20240201 VAKANTIEGELD UITBETALING\n",
    "123456 BOUWBEDRIJF JANSEN BV\n",
    "123456 CV BAKKER\n20240101 HR PLANNING\n",  # acronyms, no initials
])
def test_capitals_after_a_number_that_name_no_one(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "product=Kees Smit Tuinmeubelen, aantal=2",
    "Leverancier: KEES SMIT TUINMEUBELEN",
    "artikel;Bart Smit Speelgoed;12",
    "Bestelling Pieter Pot Boodschappen geleverd",
])
def test_a_firm_named_after_a_person_in_full(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Wij hebben Kees Smit gesproken over zijn verlof.", ["Kees Smit"]),
    ("Naam: Bart Smit\nFunctie: chauffeur", ["Bart Smit"]),
    ("Met vriendelijke groet,\nPieter Pot\nPlanner", ["Pieter Pot"]),
])
def test_a_person_who_bears_a_firms_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # no header: a column of first names beside one of surnames, gazetteer or not
    (("100234|Jansen|Pieter|01-01-1980\n100235|Wiśniewski|Tomasz|12-03-1975\n"
     "100236|Okonkwo|Chidi|02-02-1990\n"),
     ["Jansen", "Pieter", "Wiśniewski", "Tomasz", "Okonkwo", "Chidi"]),
    (("123456782;de Vries;Anna;03-04-1991\n111222333;Ștefănescu;Andrei;30-07-1979\n"
     "232262536;Gonçalves;Rita;12-11-1985\n"),
     ["de Vries", "Anna", "Ștefănescu", "Andrei", "Gonçalves", "Rita"]),
    # a header in the file's own words ("deelnemer" names no name column)
    (("persnr;deelnemer;roepnaam\n100234;Jansen;Pieter\n100235;Nowak;Marta\n"
     "100236;Bakker;Sanne\n"),
     ["Jansen", "Pieter", "Nowak", "Marta", "Bakker", "Sanne"]),
    ("| 100234 | P. | Dvořák |\n| 100235 | A.B. | Kowalczyk |\n| 100236 | M. | Okonkwo |\n",
     ["Dvořák", "A.B.", "Kowalczyk", "Okonkwo"]),  # (stop 48: initials of two letters too)
])
def test_a_column_of_names_that_no_header_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    # towns (surnames too) beside first names, under their header
    "vestiging|plaats|regio\n100234|Utrecht|Midden\n100235|Tilburg|Zuid\n100236|Breda|Zuid\n",
    "artikel;omschrijving;prijs\n1001;Roos;2,50\n1002;Tulp;1,20\n1003;Lelie;3,00\n",
    "datum|dienst|locatie\n01-02|Vroeg|Noord\n02-02|Laat|Zuid\n03-02|Nacht|West\n",
    "100234|NL|ZZP|actief\n100235|PL|UZK|actief\n100236|RO|UZK|inactief\n",
])
def test_a_column_of_other_words_in_a_delimited_run(text: str) -> None:
    assert _names(text) == []


def test_towns_under_their_header_beside_first_names() -> None:
    text = "vestiging|plaats|contact\n100234|Utrecht|Pieter\n100235|Tilburg|Anna\n100236|Breda|Sanne\n"
    assert _names(text) == ["Pieter", "Anna", "Sanne"]


@pytest.mark.parametrize(("text", "names"), [
    ("123456782 Jansen 01-01-1980\n111222333 Wiśniewski 02-02-1990\n",
     ["Jansen", "Wiśniewski"]),
    ("Loonbeslag 123456782 Kowalczyk per 1 maart.", ["Kowalczyk"]),
    ("Personeelsnummer 10023456 Gonçalves, uitbetaling volgt.", ["Gonçalves"]),
])
def test_a_surname_typed_as_names_are_after_a_long_number(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Order 2024001 Utrecht geleverd",  # seven digits: an order, a town
    "Rekening NL91ABNA0417164300 Breda\n",  # an account and its branch
    "Factuur 2024001 Totaal 120,00",
])
def test_a_word_after_a_short_number_or_an_account(text: str) -> None:
    assert _names(text) == []


# One word right after an identifier and before a colon (maybe past a bracketed aside) is
# the next field's key on a form's line, not a surname: "Tel:", "Lot (kavel):", "Pas:". A
# name and a colon after it stays a name when it is two words.
@pytest.mark.parametrize("text", [
    "Certificaatnr: 551207734        Tel: 06-48213377",
    "Pallet: 7781203345     Lot (veiling): 4412090",
    "Personeelsnr 40177215   Roepnaam: Femke",
])
def test_one_word_before_a_colon_after_an_identifier_is_a_key(text: str) -> None:
    assert _names(text) in ([], ["Femke"])


def test_a_two_word_name_before_a_colon_after_an_identifier_stays() -> None:
    assert "Odrzywołek Halina" in _names("Loonbeslag 123456782 Odrzywołek Halina: per 1 maart.")


def test_a_name_in_a_record_padded_to_its_colon_stays() -> None:
    text = ":TRX:0007:NL91ABNA0417164300:P VAN HEUKELOM        :00000120000:SAL 2026-11\n"
    assert _names(text) == ["P VAN HEUKELOM"]


def test_one_word_and_a_number_word_before_a_colon_is_a_key() -> None:
    assert _names("Loonheffingennr: 551207734   Tax no.: 34-8812047") == []

"""Readings of paper and mail (issue #14): a label apart from its value (a blank line, a
stray mark, a page break, a reply's quote markers between them), a line of labels over a
line of values (set with spaces or read across with single ones), a row of values read
across, tesseract's misread labels, a party's word after the label ("BSN debiteur"), a
birth word's own date, a phone number's extra space, and an MRZ as OCR leaves it."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.context import label_before
from detectors.nl_id_document import find_mrz


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize("text", [
    "Burgerservicenummer:\n\n111222333",
    "Burgerservicenummer:\n|\n111222333",
    "Burgerservicenummer:\n  ~ ·\n\n111222333",
    ("Burgerservicenummer:\nFlexwerk B.V. - vertrouwelijk   Pagina 1 van 2\n"
     "Inschrijfformulier   Pagina 2 van 2\n111222333"),
    "BSN:\n- 2 -\n111222333",
    "> Burgerservicenummer:\n> 111222333",
    ">> BSN\n>>\n>> 111222333",
    "Citizen service number:\n\nPage 1 of 2\n111222333",
])
def test_a_label_apart_from_its_value(text: str) -> None:
    assert _found(text, "NL_BSN") == ["111222333"]


@pytest.mark.parametrize("text", [
    "> Personeelsnummer:\n> 123456782\n> Dit is het BSN waar het om gaat:\n> 111222333",
    "Personeelsnummer:\n\n123456782\n\nBSN: 111222333",
    "> Het personeelsnummer van Lotte is\n> 123456782 en haar burgerservicenummer\n> 111222333.",
])
def test_a_decoy_label_apart_from_its_value(text: str) -> None:
    assert _found(text, "NL_BSN") == ["111222333"]


@pytest.mark.parametrize(("text", "label"), [
    ("Naam: Jan 12\n\n123456782", ""),  # a value's line above a blank: no label of ours
    ("| A | B |\n+---+---+\n123456782", "+---+---+"),  # a table's rule closes its cells
])
def test_what_is_not_read_across(text: str, label: str) -> None:
    assert label_before(text, text.index("123456782")) == label


@pytest.mark.parametrize("text", [
    "Personeelsnummer      Burgerservicenummer\n123456782             111222333",
    "Burgerservicenummer      Personeelsnummer\n111222333                123456782",
    "Personeelsnummer Burgerservicenummer\n123456782 111222333",
    ("Ons kenmerk Uw kenmerk Burgerservicenummer Geboortedatum\n"
     "123456782 PJ/2024/017 111222333 14-03-1987"),
    "BurgerservicenummePersoneelsnummer\n111222333 123456782",  # tesseract glued two labels
    "Personeelsnummer BSN\n123456782 111222333",
    "> Employee number    Citizen service number\n> 123456782          111222333",
])
def test_labels_over_values_each_in_its_place(text: str) -> None:
    assert _found(text, "NL_BSN") == ["111222333"]


def test_a_row_that_labels_its_own_values_is_no_row_of_values() -> None:
    text = "Gegevens werknemer\nGeboortedatum:   14-03-1987     BSN:   111222333"
    assert _found(text, "DATE_OF_BIRTH") == ["14-03-1987"]
    assert _found(text, "NL_BSN") == ["111222333"]


@pytest.mark.parametrize(("text", "found"), [
    ("Naam Geboren BSN\nJan de Vries 12-03-1990 111222333", ["111222333"]),
    ("BSN: 123456782 111222333", ["123456782", "111222333"]),
    ("Dossier Naam BSN\nPJ/2024/017 J. Smit 111222333", ["111222333"]),
    ("BSN 12 111222333", []),  # a digit group before it: more of one number
    ("BSN +31 111222333", []),
    ("BSN 111222333 12345", []),
])
def test_a_row_of_values_read_across(text: str, found: list[str]) -> None:
    assert _found(text, "NL_BSN") == found


@pytest.mark.parametrize(("text", "found"), [
    ("Sofinurnmer : 111222333", ["111222333"]),
    ("8SN: 111222333", ["111222333"]),
    ("Burgerservicenumrner 111222333", ["111222333"]),
    ("Geboortedatum: 01-01-1980\nPersoneelsnurnmer: 111222333", []),
])
def test_labels_as_tesseract_misreads_them(text: str, found: list[str]) -> None:
    assert _found(text, "NL_BSN") == found


@pytest.mark.parametrize(("text", "found"), [
    ("BSN debiteur:   111222333", ["111222333"]),
    ("BSN klant: 111222333", ["111222333"]),
    ("Burgerservicenummer relatie 111222333", ["111222333"]),
    ("BSN polisnummer: 111222333", []),  # a number's own word is another number
    ("BSN kenmerk: 111222333", []),
])
def test_a_partys_word_after_the_label(text: str, found: list[str]) -> None:
    assert _found(text, "NL_BSN") == found


def test_a_birth_words_own_date_keeps_the_next_clause_out() -> None:
    text = ("Wij verzoeken u de gegevens van werknemer Van den Heuvel (BSN 111222333, geboren\n"
            "28 juni 1969) te corrigeren vóór 1 april 2024.")
    assert _found(text, "DATE_OF_BIRTH") == ["28 juni 1969"]


def test_a_list_under_a_birth_word_keeps_every_date() -> None:
    text = "Geboortedata kinderen:\n- Sem 12-03-2015\n- Lot 04-05-2017"
    assert _found(text, "DATE_OF_BIRTH") == ["12-03-2015", "04-05-2017"]


@pytest.mark.parametrize("text", ["Telefoon: 06  12 34 56 78", "Tel. 020  612 34 56"])
def test_a_phone_number_with_an_extra_space(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [text.split(" ", 1)[1].lstrip()]


TD1 = ("I<NLDNXR4K7PL22649911635<<<<<<\n8703145M3105216NLD<<<<<<<<<<<4\n"
       "JANSEN<<PIETER<WILLEM<<<<<<<<<")


def test_an_mrz_split_by_ocr_spaces() -> None:
    text = "Kopie ID\n" + TD1.replace("I<NLDNXR4K7PL2", "I<NLD NXR4K7PL2 ").replace(
        "<<PIETER", "<<PIE TER")
    (mrz,) = find_mrz(text)
    assert mrz.document_number == "NXR4K7PL2" and mrz.checked
    assert text[slice(*mrz.bsn_span)] == "649911635"  # type: ignore[misc]
    # the number's lines; the third, the holder's name (its OCR space read through), a PERSON
    assert _found(text, "NL_ID_DOCUMENT") == ["\n".join(text[9:].splitlines()[:2])]
    assert _found(text, "PERSON") == ["JANSEN<<PIE TER<WILLEM"]


def test_a_dutch_mrz_with_a_misread_check_digit() -> None:
    text = "Kopie ID\n" + TD1.replace("PL22649", "PL23649")  # the number's check digit
    (mrz,) = find_mrz(text)
    assert not mrz.checked and mrz.bsn_span is None
    assert _found(text, "NL_ID_DOCUMENT") == ["\n".join(text[9:].splitlines()[:2])]
    assert _found(text, "NL_BSN") == []  # optional data is no BSN until the checks hold


def test_a_foreign_mrz_with_a_failed_check_is_none() -> None:
    assert find_mrz("Kopie ID\n" + TD1.replace("PL22649", "PL23649").replace("NLD", "BEL")) == ()


def test_the_bsn_in_a_dutch_mrz_is_a_bsn_finding() -> None:
    """SPEC: NL_BSN is the burgerservicenummer in any written form, and `subject --bsn`
    must find an ID copy whose only BSN is the MRZ's; reported inside the MRZ finding
    (detectors.NESTED), masked like any other."""
    text = "Kopie ID\n" + TD1
    found = {d.entity: d for d in detect(text)}
    assert found["NL_BSN"].explanation == "MRZ optional-data field"
    assert found["NL_BSN"].masked == "******635"
    assert found["NL_ID_DOCUMENT"].start <= found["NL_BSN"].start


def test_an_id_cards_first_mrz_line_alone() -> None:
    line = TD1.split("\n")[0]
    text = f"BSN 1234.56.782\n{line}\nverder niets"
    assert _found(text, "NL_ID_DOCUMENT") == [line]
    assert _found(text, "NL_BSN") == ["1234.56.782"]  # the line's optional data: no BSN
    broken = line.replace("PL22649", "PL23649")  # its number's own check digit fails
    assert _found(f"BSN 1234.56.782\n{broken}\nverder niets", "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize(("text", "found"), [
    ("BSN: 111 222333", ["111 222333"]),
    ("Burgerservicenummer 1112223 33", ["1112223 33"]),
    ("Sofinummer: 11122233 3", ["11122233 3"]),
    ("In de bijlage 111 222333 stuks, BSN bekend.", []),  # split so, only under its label
    ("Bedrag 111 222333 BSN", []),
])
def test_nine_digits_split_once(text: str, found: list[str]) -> None:
    assert _found(text, "NL_BSN") == found


@pytest.mark.parametrize(("text", "found"), [
    ("Personeelsnummer/BSN: 123456782 / 111222333", ["111222333"]),
    ("BSN / personeelsnr.: 111222333 / 123456782", ["111222333"]),
    ("Hierbij mijn BSN en personeelsnummer: 111222333 en 123456782.", ["111222333"]),
    ("Personeelsnummer en BSN: 123456782, 111222333", ["111222333"]),
    ("Employee no. and BSN: 123456782 and 111222333 respectively.", ["111222333"]),
    ("BSN/Sofinummer: 111222333", ["111222333"]),  # one value: a label in two words
    ("BSN gecontroleerd, klantnr in het dossier: 123456782, klopt.", []),
])
def test_labels_listed_before_as_many_values(text: str, found: list[str]) -> None:
    assert _found(text, "NL_BSN") == found


@pytest.mark.parametrize(("text", "entity", "found"), [
    # (stop 77) the next field's label on the line ends the list of values: "Date of birth"
    # holds one value, not two paired with "Date" and "birth"
    ("Date of birth: 1992-03-14        Mobile: +31 6 12 34 56 78 / 06-87654321",
     "DATE_OF_BIRTH", ["1992-03-14"]),
    ("Geboortedatum: 14-03-1992   Telefoon: 06 12 34 56 78 / 010 123 45 67", "DATE_OF_BIRTH",
     ["14-03-1992"]),
])
def test_a_field_s_value_before_the_next_field(text: str, entity: str, found: list[str]) -> None:
    assert _found(text, entity, "en" if text.startswith("Date") else "nl") == found


def test_labels_and_values_paired_across_a_line_break() -> None:
    text = ("As discussed, the employee's BSN and personnel number are 111222333 and\n"
            "123456782 respectively. Please quote our file number 100000009.")
    assert _found(text, "NL_BSN", "en") == ["111222333"]


@pytest.mark.parametrize("text", [
    "Nationality: Dutch, Date of birth: June 14, 1990",
    "Naam: J. Smit, geboortedatum: 14-06-1990",
])
def test_a_labels_own_value_before_it_lists_nothing(text: str) -> None:
    assert len(_found(text, "DATE_OF_BIRTH", "en")) == 1

"""Identifiers as people write them, not as our generator does: any grouping of a BSN's
nine digits, a document number typed in groups, a birth date after "°" or in a passport's
two languages, and labels matched by their parts. Numbers are synthetic (11-check valid)."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity]


@pytest.mark.parametrize("text, value", [
    ("BSN: 123-45-6782", "123-45-6782"),  # the US layout
    ("Burgerservicenummer: 111 22 23 33", "111 22 23 33"),
    ("Sofinummer (BSN): 111 22 233 3", "111 22 233 3"),
    ("bsn: 1112 223 33", "1112 223 33"),
    ("Burgerserv.nr 111 22 2333", "111 22 2333"),
    ("Sociaal-fiscaal nr.: 1234.567.82", "1234.567.82"),
    ("Sociaal fiscaal nummer 123456782", "123456782"),
])
def test_a_labelled_bsn_in_any_grouping(text: str, value: str) -> None:
    assert _found(text, "NL_BSN") == [value]


@pytest.mark.parametrize("text", [
    "BSN-afdeling: bel 020 123 4567",  # ten digits: a phone number
    "Geboren 12-03-1985 in Delft",  # eight digits: a date
    "BSN 111 22 23 33 4",  # a tenth digit group: not a BSN
    "Ordernummer: 111 22 23 33",  # labelled as another number
])
def test_other_digit_groups_are_no_bsn(text: str) -> None:
    assert _found(text, "NL_BSN") == []


@pytest.mark.parametrize("text, value", [
    ("Nummer identiteitsbewijs: XR10 01R5 8", "XR10 01R5 8"),
    ("ID-kaart NL XR 1001R5 8", "XR 1001R5 8"),
    ("Paspoortnr. SPEC I2014", "SPEC I2014"),
])
def test_a_document_number_typed_in_groups(text: str, value: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == [value]


def test_a_product_code_in_groups_is_no_document_number() -> None:
    assert _found("Bestelling AB 1234 56 7 is verzonden", "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize("text, value", [
    ("- Jan Jansen, °12.03.1985, tel. 0612345678", "12.03.1985"),
    ("A. Smit      °1985-03-12      Utrecht", "1985-03-12"),
    ("Eva de Wit (° 3 feb. 1990) start maandag", "3 feb. 1990"),
    ("Geboortedatum/Date of birth\n12 MAA/MAR 1985", "12 MAA/MAR 1985"),
    ("Date of birth / Geboortedatum   03 OKT/OCT 1979", "03 OKT/OCT 1979"),
])
def test_birth_dates_after_the_born_sign_and_in_passport_form(text: str, value: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("text", [
    "Temperatuur 21° op 12.03.1985 gemeten",  # a degree sign is no birth sign
    "Afgiftedatum 12 MAA/MAR 2015",
])
def test_other_dates_stay_dates(text: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == []


EXPORT = ("Hoi, hieronder de lijst.\n\n"
          "Personeelsnr;Naam;Geboortedatum;BSN;Opmerking\n"
          "691682483;Jansen, K.;03-02-1990;725763863;nieuw\n"
          "987825707;Bakker, L.;1985-11-23;162275869;\n"
          "688136138;Visser, M.;7-6-1979;192285142;contract verlengd\n\nGroet, Pieter")


def test_a_pasted_export_labels_its_values_by_their_column() -> None:
    """detect() on raw text reads a delimited row's label from the header cell above it:
    the BSN column gives BSNs, the personnel-number column (11-check valid too) none, the
    birth-date column dates of birth, also rows far below the header."""
    text = EXPORT.replace("\n\nGroet", "\n" + "\n".join(
        f"{n};Naam {n};01-01-1980;;" for n in range(40)) + "\n"
        "864623112;Smit, A.;12.12.1970;321146487;\n\nGroet")
    assert sorted(_found(text, "NL_BSN")) == sorted(
        ["725763863", "162275869", "192285142", "321146487"])
    assert len(_found(text, "DATE_OF_BIRTH")) == 44


def test_a_markdown_table_labels_its_values_by_their_column() -> None:
    text = ("| Klantnummer | BSN |\n|---|---|\n| 691682483 | 725763863 |\n"
            "| 987825707 | 162275869 |")
    assert sorted(_found(text, "NL_BSN")) == ["162275869", "725763863"]


def test_a_pasted_csv_with_quoted_fields_labels_by_column() -> None:
    text = ("Zie onderstaande regels uit het systeem:\n"
            "naam,geboortedatum,bsn,klantnummer\n"
            '"Jansen, K.",3-2-1990,725763863,691682483\n'
            '"de Vries, A.",12-11-1985,162275869,987825707\n')
    assert sorted(_found(text, "NL_BSN")) == ["162275869", "725763863"]
    assert _found(text, "DATE_OF_BIRTH") == ["3-2-1990", "12-11-1985"]


@pytest.mark.parametrize("text, found", [
    # a label of its own, not on any list, beside a sentence about BSNs: not a BSN
    ("Wij noteren het BSN apart.\nAdres: Kerkstraat 4, Delft\nNIF (PT): 725763863", []),
    ("Het BSN volgt later.\nNaam: Eva Smit\nGeboren: 03-02-1990\nPersnr: 725763863", []),
    # a list of people's numbers under a BSN heading: the names are no labels
    ("BSN's van de kandidaten:\n- Jansen: 725763863\n- Bakker: 162275869",
     ["725763863", "162275869"]),
])
def test_a_number_with_a_label_of_its_own(text: str, found: list[str]) -> None:
    assert _found(text, "NL_BSN") == found


def test_space_aligned_columns_label_their_values() -> None:
    text = ("Overzicht instroom week 12:\n\n"
            "  Naam            Geboren        In dienst      Personeelsnr   BSN\n"
            "  A. de Wit       03-02-1990     01-03-2024     691682483      725763863\n"
            "  K. Yilmaz       12-11-1985     01-03-2024     987825707      162275869\n")
    assert _found(text, "NL_BSN") == ["725763863", "162275869"]
    assert _found(text, "DATE_OF_BIRTH") == ["03-02-1990", "12-11-1985"]


@pytest.mark.parametrize("text, value", [
    ("tel. +351 912 345 678", "+351 912 345 678"),  # Portugal, a valid mobile
    ("Telefoonnummer: +48 512 345 678", "+48 512 345 678"),
    ("Tel: +90 532 123 45 67", "+90 532 123 45 67"),
])
def test_foreign_numbers_written_with_their_country_code(text: str, value: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [value]


def test_a_foreign_number_outside_the_allocated_ranges_needs_a_label() -> None:
    """+351 2xx... is possible in length for Portugal but the range may be unallocated:
    found under a phone label, not on its own."""
    from detectors.contact import is_valid_phone, normalize_phone

    number = "+351 999 000 111"
    assert normalize_phone(number) == "+351999000111" and not is_valid_phone(number)
    assert _found(f"Mobiel: {number}", "PHONE_NUMBER") == [number]
    assert _found(f"Code {number} ingevoerd", "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, found", [
    # a timestamp: a date with a clock time after it, whatever birth word is near
    ("[12-03-24 09:15] Eva: ik ben in Delft geboren, dat klopt", []),
    ("[03/02/2024, 14:02] Jan: happy birthday Eva!", []),
    ("Verzonden: 3-2-2024 14:02\nOnderwerp: geboortedatum wijzigen", []),
    # the date a list or file was made, near a birth-date column
    ("Export gegenereerd: 01-02-2024\nnaam;geboortedatum\nEva Smit;03-02-1990",
     ["03-02-1990"]),
    ("Printed 2024-02-01 - date of birth list\nEva Smit, born 1990-02-03",
     ["1990-02-03"]),
    # a birth date with a time of birth keeps its label
    ("Geboren 03-02-1990 om 14:30 in Delft", ["03-02-1990"]),
])
def test_dates_of_another_kind_near_a_birth_word(text: str, found: list[str]) -> None:
    assert _found(text, "DATE_OF_BIRTH") == found


@pytest.mark.parametrize("text, found", [
    # a short birth-date label glued together
    ("Gebdat 03-04-1985", ["03-04-1985"]),
    ("gebdatum: 3 april 1985", ["3 april 1985"]),
    ("Naam;Gebdat.;Woonplaats\nJan Smit;03-04-1985;Utrecht", ["03-04-1985"]),
    # an elided compound: "Geboorteplaats en -datum" is geboorteplaats en geboortedatum
    ("Geboorteplaats en -datum: Utrecht, 03-04-1985", ["03-04-1985"]),
    ("Geboorteplaats/-datum: Utrecht 03-04-1985", ["03-04-1985"]),
    # the elided tail of another date stays another date
    ("Ingangs- en einddatum: 01-02-2024", []),
    ("Factuurnummer en -datum: 2024-113, 01-02-2024", []),
])
def test_short_and_elided_birth_date_labels(text: str, found: list[str]) -> None:
    assert [text[d.start:d.end] for d in detect(text, "nl")
            if d.entity == "DATE_OF_BIRTH"] == found


@pytest.mark.parametrize("value, iso", [
    ("the 3rd of March, 1990", "1990-03-03"),
    ("on the 21st of June 1985", "1985-06-21"),
    ("The 2nd of February '90", "1990-02-02"),
])
def test_an_english_date_with_its_article_normalizes(value: str, iso: str) -> None:
    from detectors import normalize

    assert normalize("DATE_OF_BIRTH", value) == iso


@pytest.mark.parametrize("text", [
    # a date something starts or ends on, near a birth-date word
    "Geb. 01-02-1990\nContract per 01-03-2024:",
    "Geboren: 01-02-1990, in dienst vanaf 01-03-2024",
    "Geboortedatum 01-02-1990; loonheffingskorting m.i.v. 01-01-2024",
    "Date of birth 01-02-1990, employed as of 01-03-2024 until 31-12-2024",
])
def test_a_start_or_end_date_beside_a_birth_date_is_no_birth_date(text: str) -> None:
    assert [text[d.start:d.end] for d in detect(text, "nl")
            if d.entity == "DATE_OF_BIRTH"] == ["01-02-1990"]

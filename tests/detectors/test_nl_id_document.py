"""NL_ID_DOCUMENT (document numbers, MRZ check digits) and NL_DRIVERS_LICENSE."""

from __future__ import annotations

import random

import pytest

from detectors import detect, nl_id_document
from tests.eval import synth

ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)


@pytest.mark.parametrize(
    "field, digit",
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("D23145890", "7"),
        ("<<<<<", "0"),
    ],
)
def test_mrz_check_digit(field: str, digit: str) -> None:
    assert nl_id_document.mrz_check_digit(field) == digit


@pytest.mark.parametrize("mrz, number", [(ICAO_TD3, "L898902C3"), (ICAO_TD1, "D23145890")])
def test_icao_specimens(mrz: str, number: str) -> None:
    (found,) = nl_id_document.find_mrz(mrz)
    assert found.document_number == number
    # the lines that hold the number, not the name line (a PERSON: test_person_mrz.py)
    lines = mrz.splitlines()
    number_lines = [lines[1]] if mrz.startswith("P") else lines[:2]
    assert mrz[found.start : found.end] == "\n".join(number_lines)


@pytest.mark.parametrize(
    "mrz",
    [
        ICAO_TD3.replace("7408122F", "7408123F"),  # birth-date check digit wrong
        ICAO_TD1.replace("D231458907", "D231458908"),  # document-number check digit wrong
    ],
)
def test_bad_check_digits_rejected(mrz: str) -> None:
    assert nl_id_document.find_mrz(mrz) == ()


VALID = [synth.doc_number(random.Random(i)) for i in range(20)] + ["XR1001R58", "SPECI2014"]


@pytest.mark.parametrize("number", VALID)
def test_document_number_with_label(number: str) -> None:
    found = [(d.entity, d.normalized) for d in detect(f"Paspoortnummer: {number}", "nl")]
    assert found == [("NL_ID_DOCUMENT", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Artikelnummer XR1001R58",  # decoy label
        "Code XR1001R58 in de webshop",  # no context: below threshold
        "Paspoort: XO1001R58",  # letter O never used
        "paspoort xr1001r58",  # lower case
    ],
)
def test_document_number_not_reported(text: str) -> None:
    assert [d for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rijbewijsnummer: 5123456789", [(17, 27)]),
        ("Driving licence number 5123456789", [(23, 33)]),
        ("Referentie 5123456789", []),
    ],
)
def test_drivers_license(text: str, expected: list[tuple[int, int]]) -> None:
    found = [(d.start, d.end) for d in detect(text, "nl") if d.entity == "NL_DRIVERS_LICENSE"]
    assert found == expected


@pytest.mark.parametrize("text, found", [
    # a driving-licence number typed in groups, one separator throughout
    ("Rijbewijsnr 5012 345 678 - geldig tot 2030", ["5012 345 678"]),
    ("Rijbewijsnummer: 50.1234.5678", ["50.1234.5678"]),
    ("Driving licence no. 5012-345-678", ["5012-345-678"]),
    # a phone number in groups beside the word stays a phone number
    ("Rijbewijs B, tel 06 1234 5678", []),
    ("Rijbewijs: ja. Bel 0612 345 678", []),
    # a verb pointing at the number is no label of another number ("zie nummer")
    ("Rijbewijs B (zie nummer 5012345678, afgegeven 2019)", ["5012345678"]),
    ("Driving licence category B, see number 5012345678", ["5012345678"]),
])
def test_driving_licence_in_groups_and_pointed_at(text: str, found: list[str]) -> None:
    assert [text[d.start:d.end] for d in detect(text, "nl")
            if d.entity == "NL_DRIVERS_LICENSE"] == found


@pytest.mark.parametrize("text, found", [
    # a short stem heads a compound ("ID-kaart"); ending one ("Klant-id") names another number
    ("ID-kaart: XR1001R58", ["XR1001R58"]),
    ("Paspoort/ID: XR1001R58", ["XR1001R58"]),
    ("Klant-id: XR1001R58", []),
    ("Gebruikers-id XR1001R58", []),
    ("Btw-id: XR1001R58", []),
])
def test_an_id_that_ends_a_compound_is_another_kind(text: str, found: list[str]) -> None:
    assert [text[d.start:d.end] for d in detect(text, "nl")
            if d.entity == "NL_ID_DOCUMENT"] == found


@pytest.mark.parametrize("label", [
    "ID kaartnummer", "Id kaartnr", "ID bewijs nummer", "ID pasnummer", "Identificatienummer",
    "Identificatienr.", "Reispaspoortnummer", "Doc. nr.", "Docnr", "Identification number",
    "Doc. no.",
])
@pytest.mark.parametrize("gap", [": ", " .............................. ", "\n"])
def test_document_labels_written_as_compounds_or_apart(label: str, gap: str) -> None:
    # the tail of "ID kaartnummer" alone ("kaartnummer") reads as another kind's compound;
    # a document word inside a compound ("Reispaspoort") still names the document
    text = f"{label}{gap}NB1CDEFG2"
    assert [(d.entity, d.normalized) for d in detect(text, "nl")] == [
        ("NL_ID_DOCUMENT", "NB1CDEFG2")]


@pytest.mark.parametrize("label", [
    "Verblijfsdocumentnummer", "Vreemdelingendocumentnr.", "Nummer verblijfsdocument",
    "Verblijfsvergunningnummer", "Residence permit number",
])
@pytest.mark.parametrize("gap", [": ", " .............................. ", "\n"])
def test_residence_document_labels_by_their_parts_name_no_id_document(label: str, gap: str
                                                                       ) -> None:
    # a residence card's number has the Dutch shape; the SPEC's entity is a Dutch passport or
    # ID card (doc_residence.py; these labels were read as the document's until stop 36)
    text = f"{label}{gap}NB1CDEFG2"
    assert [d.entity for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"] == []


@pytest.mark.parametrize("text, found", [
    ("Soort legitimatie: ID-kaart, kaartnummer is NX12ABC34, geldig tot 2030", ["NX12ABC34"]),
    ("Identiteitskaart\nKaartnummer: NBC123DE4", ["NBC123DE4"]),
    ("Paspoort gezien. Pasnr.: NBC123DE4", ["NBC123DE4"]),
    ("Passport checked, card no. NBC123DE4", ["NBC123DE4"]),
    # a card's or pass's number with no document word near: any card's
    ("Kaartnummer: NBC123DE4", []),
    ("Klantenpas, pasnummer NBC123DE4", []),
    ("Bibliotheek: pasnummer NBC123DE4", []),
])
def test_a_cards_number_is_the_documents_beside_a_document_word(
        text: str, found: list[str]) -> None:
    assert [d.normalized for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"] == found


def _kinds(text: str, lang: str = "nl") -> list[tuple[str, str]]:
    return [(d.entity, text[d.start:d.end]) for d in detect(text, lang)
            if d.entity in ("NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE")]


@pytest.mark.parametrize(("text", "lang", "found"), [
    # a number word of no kind ("het nieuwe nummer"), the document's by the word near it
    ("Haar ID-kaart is vernieuwd, het nieuwe nummer is XR1001R58, geldig tot 2031.", "nl",
     [("NL_ID_DOCUMENT", "XR1001R58")]),
    ("Paspoort verlopen; het oude nummer was XR1001R58.", "nl",
     [("NL_ID_DOCUMENT", "XR1001R58")]),
    ("Passport renewed, the new number is XR1001R58.", "en", [("NL_ID_DOCUMENT", "XR1001R58")]),
    # a form's licence categories before the number word
    ("Rijbewijs: [x] B  [ ] C  [ ] CE   nr. 5012345678", "nl",
     [("NL_DRIVERS_LICENSE", "5012345678")]),
    ("Rijbewijs B, nieuwe nummer 5012345678", "nl", [("NL_DRIVERS_LICENSE", "5012345678")]),
    # a number word naming another kind stays a decoy
    ("Paspoort aanwezig. Ordernummer XR1001R58", "nl", []),
    ("Factuur: nummer 5012345678, rijbewijs-keuring", "nl", []),
])
def test_a_number_word_of_no_kind(text: str, lang: str, found: list[tuple[str, str]]) -> None:
    assert _kinds(text, lang) == found

"""Another country's document named beside its number, not in the number's own label.

- NL_ID_DOCUMENT: a form's line names the kind in one field and numbers it in the next
  ("soort: Pools paspoort      nr: ..."): the number is the named document's; a Dutch or an
  unnamed country's document on that line keeps it Dutch.
- NL_BSN: a nine-digit number right after the name a foreign document prints on itself
  ("osobna iskaznica", "dowód osobisty", "carte d'identité") is that document's number, even
  in a block of personal details; a bare one there stays a BSN.

All numbers synthetic (11-check-valid for the BSN cases)."""

from __future__ import annotations

import pytest

from tests.detectors.found import found

_FORM = ("Achternaam:      Kowalski\nVoornamen:       Piotr\nGeboortedatum:   21-10-1988\n\n"
         "Identiteitsbewijs\n  {line}\n  uitgifte: 02-09-2021      vervalt: 01-09-2031\n")


@pytest.mark.parametrize("line", [
    "soort: Pools paspoort        nr: KR6630915",
    "soort: paszport (PL)        nr: KR6630915",
    "Type: Romanian ID card    No.: KR6630915",
    "document: dowód osobisty     nummer: KR6630915",
])
def test_a_foreign_document_named_on_the_numbers_line(line: str) -> None:
    assert found(_FORM.format(line=line), "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize("line", [
    "soort: paspoort        nr: KR6630915",
    "soort: Nederlands paspoort        nr: KR6630915",
    "soort: ID-kaart (NL)        nr: KR6630915",
])
def test_a_dutch_or_unnamed_document_on_the_line_stays_dutch(line: str) -> None:
    assert found(_FORM.format(line=line), "NL_ID_DOCUMENT") == ["KR6630915"]


_BLOCK = ("Naam: Ana Horvat\nGeboren: 12-03-1990\nAdres: Molenweg 17, Winterswijk\n{line}\n")


@pytest.mark.parametrize("line", [
    "Kopie Kroatische osobna iskaznica 123456782 ontvangen.",
    "Pools dowód osobisty: 123456782, nieuwe is aangevraagd.",
    "Carte d'identité 123456782 (Frankrijk)",
])
def test_a_nine_digit_number_after_a_foreign_documents_name_is_no_bsn(line: str) -> None:
    assert found(_BLOCK.format(line=line), "NL_BSN") == []


@pytest.mark.parametrize("line", ["123456782", "BSN 123456782, osobna iskaznica volgt"])
def test_a_bare_number_or_a_bsn_label_in_the_block_stays_a_bsn(line: str) -> None:
    assert found(_BLOCK.format(line=line), "NL_BSN") == ["123456782"]


# (stop 74) "Documentnummer:" names no document: the line above it does, as above a bare
# "Nr.:" ("Identiteitsbewijs: Litouwse identiteitskaart" over "Documentnummer: ...").
@pytest.mark.parametrize(("above", "number_label", "kept"), [
    ("Identiteitsbewijs: Litouwse identiteitskaart", "Documentnummer:", False),
    ("ID type: Bulgarian passport", "Document no.:", False),
    ("Identiteitsbewijs: Nederlandse identiteitskaart", "Documentnummer:", True),
    ("Identiteitsbewijs: paspoort", "Documentnummer:", True),
])
def test_a_document_number_label_under_its_kind(above: str, number_label: str,
                                                kept: bool) -> None:
    text = (f"Achternaam: Vaitkevičius\nGeboortedatum: 04-07-1992\n{above}\n"
            f"{number_label} KR6630915   geldig tot: 03-05-2031\n")
    assert found(text, "NL_ID_DOCUMENT") == (["KR6630915"] if kept else [])

"""A form set with spaces is no table: "Lengte  1,74 m" holds a value, not a column's name.

An ID copy's OCR text or a personnel card writes several label-value pairs on one line
("Geslacht  V  Lengte  1,82 m"). Read as a table header, such a line put every line below
under its cells, so a document number lost its own label ("Documentnr.") and took "1,82 m"
as its column; it was not found. A header names columns: a cell with a decimal number (a
measurement, an amount) is a value. All numbers are synthetic (format-valid, generated)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.extract.text_tables import split_tables
from tests.extract.test_text_tables import scan

ID_NL = """KOPIE ID-KAART  (gescand bij inschrijving, vestiging Tilburg)

KONINKRIJK DER NEDERLANDEN    IDENTITEITSKAART
Naam / Surname          VERMEULEN
Voornamen / Given names   Iris Johanna
Nationaliteit           Nederlandse
Geslacht  V/F      Lengte  1,68 m
Documentnummer  /  Document no.   {doc}
Datum van afgifte / Date of issue   03 MRT/MAR 2022
Geldig tot / Date of expiry   03 MRT/MAR 2032

Gecontroleerd door: M. de Graaf
"""
ID_EN = """Scanned copy - passport (candidate file)

Surname            OKONKWO-DE WIT
Given names        Daniel
Sex  M      Height  1,91 m
Passport no.   {doc}
Date of expiry     17 AUG 2031
"""
CARD = """PERSONEELSKAART

Naam               H. Bulut
Functie            heftruckchauffeur
Lengte  1,82 m    Gewicht  84,5 kg   Schoenmaat  44
Rijbewijsnr.   {doc}   categorie C/CE
Uurloon   € 15,12
"""
FORMS = [(ID_NL, "NXR72KD41", "NL_ID_DOCUMENT"), (ID_EN, "TJ4K82LP5", "NL_ID_DOCUMENT"),
         (CARD, "5012345678", "NL_DRIVERS_LICENSE")]


@pytest.mark.parametrize("form, number, entity", FORMS)
def test_a_form_with_a_measurement_on_a_line_is_no_table(form: str, number: str,
                                                          entity: str) -> None:
    _prose, tables = split_tables(form.format(doc=number))
    assert tables == []


@pytest.mark.parametrize("form, number, entity", FORMS)
def test_a_number_in_such_a_form_keeps_its_own_label(tmp_path: Path, form: str, number: str,
                                                      entity: str) -> None:
    path = tmp_path / "scan-kopie.txt"
    path.write_text(form.format(doc=number), encoding="utf-8")
    found = [f for f in scan(path) if f.entity == entity]
    assert [f.masked[-3:] for f in found] == [number[-3:]]
    assert found[0].location == "text"


def test_a_table_with_amounts_under_a_named_header_is_still_a_table() -> None:
    table = ("Hierbij het overzicht.\n\nOmschrijving        Aantal    Tarief     Bedrag\n"
             "Uurloon             38,00     15,12      574,56\n"
             "Toeslag avond        8,00      3,78       30,24\n"
             "Reiskosten          12,00      0,23        2,76\n")
    _prose, tables = split_tables(table)
    assert [t.rows[0] for t in tables] == [("Omschrijving", "Aantal", "Tarief", "Bedrag")]

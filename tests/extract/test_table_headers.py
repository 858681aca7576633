"""Issue #14, the pipeline's loss against detect() on raw text: a table read with the wrong
header loses its labels. A title's few cells over a wide export are no header (the line
under them is), and a kind column abbreviated as exports shorten it ("Soort doc.") still
names the row's number in a generic number column. Through the real per-file pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract import tables_data as td
from tests.extract.test_tables import scan

EIGHT = "18795134"  # an 11-check BSN with its leading zero dropped: only under its label


@pytest.mark.parametrize(("name", "sep"), [("overzicht.tsv", "\t"), ("overzicht.csv", ";")])
def test_a_titles_few_cells_over_a_wide_export_are_no_header(tmp_path: Path, name: str,
                                                            sep: str) -> None:
    bsns = td.valid_bsns(3)
    rows = [["Personeelsoverzicht Q1 2026", "geëxporteerd 02-01-2026 10:00", "bron: afas"],
            ["Nr", "Naam", "Afdeling", "Functie", "BSN/Sofinr", "Geboortedatum", "In dienst",
             "Uren"],
            *[[str(k), f"Jan Jansen {k}", "Logistiek", "Orderpicker", b, "1990-03-12",
               "2024-01-01", "32"] for k, b in enumerate([*bsns, EIGHT], 1)]]
    path = tmp_path / name
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding="utf-8")
    found = [f for f in scan(path) if f.entity == "NL_BSN"]
    assert len(found) == 4
    assert {f.location.rsplit(", ", 1)[-1] for f in found} == {"column BSN/Sofinr"}


@pytest.mark.parametrize("kind", ["Soort doc.", "Type doc", "ID-type", "Legitimatiesoort",
                                  "Soort ID-bewijs"])
def test_an_abbreviated_kind_column_names_the_number(tmp_path: Path, kind: str) -> None:
    rows = [["nr", "naam", kind, "documentnr.", "bsn"],
            ["1", "Sanne Bakker", "rijbewijs NL", "4857261930", "111222333"],
            ["2", "Ahmed Yilmaz", "paspoort", "NXR4K8P21", "123456782"]]
    path = tmp_path / "controle.txt"
    lead = "Controle legitimaties week 12\n\n"
    path.write_text(lead + "\n".join(" | ".join(r) for r in rows) + "\n", encoding="utf-8")
    got = {f.entity for f in scan(path) if f.location.endswith("column documentnr.")}
    assert got == {"NL_DRIVERS_LICENSE", "NL_ID_DOCUMENT"}


# A title line with fewer fields than a narrow export's rows (three over five or six): more
# than half as many, so only the row under it, with every field filled, tells it is no header.
@pytest.mark.parametrize(("name", "sep", "title"), [
    ("kandidaten.txt", "|", ["Kandidatenexport", "aangemaakt 2025-02-14 09:12", "door: s.verbeek"]),
    ("ats.csv", ";", ["ATS Brightlane", "export 14-02-2025", "gebruiker: r.kramer", "vacature 88"]),
    ("pool.tsv", "\t", ["Flexpool Noord", "stand per 1 maart 2025", "vestiging Zwolle"]),
])
def test_a_title_with_fewer_fields_over_a_narrow_export(tmp_path: Path, name: str, sep: str,
                                                        title: list[str]) -> None:
    people = [("Jan de Vries", "12/03/1988", "+31 6 1234 5678", "NRJ44L0X1"),
              ("Fatma Yildiz", "01-11-1979", "06-23456789", "KW4NEHZ41"),
              ("Piotr Nowak", "21.07.1990", "0031 6 34567890", "JFXGAU8W5")]
    rows = [title, ["id", "naam", "geboortedatum", "mobiel", "legitimatie"],
            *[[str(4410 + k), *p] for k, p in enumerate(people)]]
    path = tmp_path / name
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding="utf-8")
    found = scan(path)
    for entity, column in [("DATE_OF_BIRTH", "geboortedatum"), ("PHONE_NUMBER", "mobiel"),
                           ("NL_ID_DOCUMENT", "legitimatie")]:
        got = [f for f in found if f.entity == entity]
        assert len(got) == 3, entity
        assert {f.location.rsplit(", ", 1)[-1] for f in got} == {f"column {column}"}


def test_a_header_over_rows_with_a_trailing_delimiter_stays_the_header(tmp_path: Path) -> None:
    """Rows one field wider than their header (a trailing ';') hold no more filled cells:
    the header is not passed over for the first row."""
    bsns = td.valid_bsns(5)
    rows = ["naam;bsn;geboortedatum", *[f"Jan Jansen {k};{b};12-03-1990;" for k, b in
                                        enumerate(bsns, 1)]]
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = [f for f in scan(path) if f.entity in ("NL_BSN", "DATE_OF_BIRTH")]
    assert {f.location.rsplit(", ", 1)[-1] for f in found} == {"column bsn", "column geboortedatum"}
    assert len(found) == 10  # five BSNs and five dates, each in its own cell


# A form set in columns with spaces, read as a table: its first column names each row's
# field, and the line over it ("Gegevens  zie s.  Ingevoerd") is no header of the values.
FORMS = [
    ("Inschrijfformulier uitzendkracht (scan)\n\n"
     "Gegevens kandidaat      zie s.      Ingevoerd\n"
     "Naam                    J. de Boer  -> J. de Boer\n"
     "Geboortedatum           2 7 - 0 8 - 1 9 9 4   -> 19940827\n"
     "BSN                     2 3 2 2 6 2 5 3 6     -> 232262536\n"
     "Telefoon                06 - 1234 5678        -> 0612345678\n"),
    ("Controle gegevens\n\nVeld            Opgegeven          Gecontroleerd\n"
     "Geboortedatum   27-08-1994         ja, paspoort\n"
     "Burgerservicenummer  232262536     ja\n"
     "Mobiel          06-12345678        nee\n"),
    ("INTAKE   blad 1   akkoord\n"
     "Geb. datum   27.08.1994   x\n"
     "Sofinummer   232262536   x\n"
     "E-mail   j.deboer@voorbeeld.nl   x\n"),
]


@pytest.mark.parametrize("text", FORMS)
def test_a_form_read_across_labels_its_rows(tmp_path: Path, text: str) -> None:
    path = tmp_path / "formulier.txt"
    path.write_text(text, encoding="utf-8")
    found = {f.entity for f in scan(path)}
    assert {"DATE_OF_BIRTH", "NL_BSN"} <= found


def test_an_export_whose_first_column_is_names_keeps_its_headers(tmp_path: Path) -> None:
    rows = ["naam            geboortedatum   telefoon", "Jan de Vries    12-03-1988      06-12345678",
            "Sanne Bakker    01-11-1979      06-23456789"]
    path = tmp_path / "lijst.txt"
    path.write_text("Overzicht\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    found = [f for f in scan(path) if f.entity == "DATE_OF_BIRTH"]
    assert {f.location.rsplit(", ", 1)[-1] for f in found} == {"column geboortedatum"}

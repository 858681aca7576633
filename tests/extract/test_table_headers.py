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

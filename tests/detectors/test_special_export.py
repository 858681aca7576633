"""A payroll export's union column (issue #15, stop 23): the header row reaches detection as
its own chunk and each cell below as "inhouding_vakbond: 14,20", so the column name must be
read as words ("_" joins them) and the lone header is no finding. Real files, real pipeline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item

NOW = datetime(2026, 11, 30, tzinfo=UTC)


def _union_rows(path: Path) -> list[str]:
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"test-key-not-secret", policy_path=None, limits=Limits(), now=NOW)
    result = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return sorted(f.location for f in result.findings if f.entity == "SPECIAL_TRADE_UNION")


@pytest.mark.parametrize("name, header, sep", [
    ("loonexport.csv", "personeelsnr;naam;bruto;inhouding_pensioen;inhouding_vakbond;netto", ";"),
    ("salaris.csv", "personeelsnr,naam,bruto,contributie_fnv,netto", ","),
    ("payroll.tsv", "staff_no\tname\tgross\tunion_dues\tnet", "\t"),
    ("export.psv", "nr|naam|bruto|vakbondscontributie|netto", "|"),
])
def test_union_column_is_found_for_each_row_with_a_value(
        tmp_path: Path, name: str, header: str, sep: str) -> None:
    width = header.count(sep) + 1
    rows = [["1001", "Jansen P.", "3200.00", "14.20", "2400.00"],
            ["1002", "Bakker A.", "2800.00", "0.00", "2100.00"],
            ["1003", "Vries K.", "3000.00", "12.50", "2300.00"]]
    union = next(k for k, c in enumerate(header.split(sep))
                 if any(w in c for w in ("vakbond", "fnv", "union")))
    lines = [header]
    for row in rows:
        cells = [*row[:2], *["150.00"] * (width - 3), row[4]]
        cells[union] = row[3]
        lines.append(sep.join(cells))
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = _union_rows(path)
    # rows 2 and 4 pay union dues; row 3 pays 0.00; the header (row 1) names a column only
    assert [loc.split(",")[0] for loc in found] == ["row 2", "row 4"], found


def test_a_membership_column_with_a_union_per_row_is_found(tmp_path: Path) -> None:
    # a register in a text file: the table is read by column, "lid bond: FNV" per row
    path = tmp_path / "actiedag-registratie.txt"
    path.write_text("Registratie actiedag 14 maart, afdeling expeditie\n\n"
                    "Medewerker | afwezig wegens actie | lid bond\n"
                    "Jansen, P. | ja | FNV\nBakker, A. | ja | CNV\nVries, K. | nee | -\n",
                    encoding="utf-8")
    assert _union_rows(path), "a union named under a membership column is a finding"

"""Issue #14, an export's header whose cells open with a number that names something
("30%-regeling", "1e werkdag", "13e_maand"): the header still names every column, so a
personnel number under "pers_nr" is no BSN, however near the "bsn" cell (identifiers-41's
payroll export: its first row's personnel number was taken for a BSN by the nearby word).
Numbers generated 11-check-valid."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.columns import column_label

# personnel numbers (11-check-valid on purpose) and BSNs, one row each
ROWS = ("651490741;Kowalski, Jan;545503061;J\n"
        "572023273;Osei, Abena;516718101;N\n")


@pytest.mark.parametrize("named", ["30%-regeling", "30% regeling", "30%_ruling", "1e werkdag",
                                   "13e_maand", "100%ziek"])
def test_a_header_cell_that_opens_with_a_number_names_its_column(named: str) -> None:
    text = f"pers_nr;naam;bsn;{named}\n" + ROWS
    assert column_label(text, text.index("651490741")) == "pers_nr"
    assert column_label(text, text.index("545503061")) == "bsn"
    bsns = [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN"]
    assert bsns == ["545503061", "516718101"]


@pytest.mark.parametrize("line", ["30%;40%;50%", "2024;2025;2026", "12 uur;8 uur;4 uur"])
def test_a_row_of_numbers_is_no_header(line: str) -> None:
    text = f"{line}\n651490741;545503061;516718101\n"
    assert column_label(text, text.index("545503061")) is None

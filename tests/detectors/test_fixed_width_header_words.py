"""A fixed-width export whose header sets two names a single space apart ("DEELNEMERNR
BSN") and whose rows glue a number to the next field ("387233556 VOS, J.H."): each number
takes the name over it, so the participant number is no BSN and the BSN is one, in the
text as detect() reads it and in the scan, which reads the table by column. A header wider
than its values ("Citizen service no.", "Given name") keeps its words. All names and
numbers synthetic (11-check-valid, generated); texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from detectors import detect
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

# the participant numbers pass the 11-check too: only the header says which is the BSN
_PENSION = (
    "AANMELDBESTAND PENSIOENFONDS - aanlevering 2026-11\n"
    "DEELNEMERNR BSN       NAAM                          GEBDAT     REGELING\n"
    "900000004   111222333 DE BOER, K.                   19700101   BASIS\n"
    "900000016   123456782 YILMAZ, AYSE                  19880512   PLUS\n"
    "900000028   100000009 JANSSEN-VAN DAM, P.           19920130   BASIS\n"
)


def _bsns(text: str) -> set[str]:
    return {text[d.start : d.end] for d in detect(text, "nl", document=True)
            if d.entity == "NL_BSN"}


def test_each_number_takes_the_name_over_it() -> None:
    assert _bsns(_PENSION) == {"111222333", "123456782", "100000009"}


def test_the_scan_reads_the_same_columns(tmp_path: Path) -> None:
    path = tmp_path / "aanmelding.txt"
    path.write_text(_PENSION, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    masked = {f.masked for f in result.findings if f.entity == "NL_BSN"}
    assert {m[-3:] for m in masked} == {"333", "782", "009"}


@pytest.mark.parametrize(("header", "value", "row"), [
    ("Employee                  Citizen service no.   Date of birth",
     "989 404 973", "  S. Rahmawati              989 404 973           1995-11-11"),
    ("Worker                 NL BSN         Hours   Rate (EUR)",
     "312 947 161", "Callum Reid            312 947 161    148     29.50"),
])
def test_a_header_wider_than_its_values_keeps_its_words(header: str, value: str,
                                                       row: str) -> None:
    other = row.replace(value, "111 222 333")
    assert value in _bsns(f"{header}\n{row}\n{other}\n")

"""Text as a staffing company's share holds it, written for issue #14 (tests/detectors/data/
readings/README.md): OCR of scanned forms, letters and ID copies; long e-mail threads; letters
from outside with many reference numbers beside one BSN. Every marked identifier is found,
no 11-check-valid reference number is reported as a BSN, and nothing else is reported as one
of the five scored entities."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from stdnum.nl import bsn

from detectors import detect

READINGS = Path(__file__).parent / "data" / "readings"
ENTITIES = {"BSN": "NL_BSN", "ID": "NL_ID_DOCUMENT", "DOB": "DATE_OF_BIRTH",
            "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "X": "DECOY"}
SCORED = frozenset(ENTITIES.values()) - {"DECOY"}
_MARK = re.compile(r"\[\[(BSN|ID|DOB|TEL|MAIL|X):(.*?)\]\]", re.DOTALL)


def load(path: Path) -> tuple[str, list[tuple[str, int, int]]]:
    """The text without its markers, and (entity, start, end) of each marked span."""
    raw, parts, spans, at = path.read_text(encoding="utf-8"), [], [], 0
    pos = 0
    for m in _MARK.finditer(raw):
        parts.append(raw[pos:m.start()])
        at += m.start() - pos
        spans.append((ENTITIES[m.group(1)], at, at + len(m.group(2))))
        parts.append(m.group(2))
        at += len(m.group(2))
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), spans


def misses(path: Path) -> list[str]:
    """What the document's markers say and detect() does not: one line a miss, no values
    beyond the masked form."""
    text, spans = load(path)
    found = [d for d in detect(text) if d.entity in SCORED]
    out = [f"missed {e} {text[s:t][-3:]!r}" for e, s, t in spans if e in SCORED
           and not any(d.entity == e and d.start < t and s < d.end for d in found)]
    out += [f"decoy reported {d.masked}" for d in found if d.entity == "NL_BSN"
            and any(e == "DECOY" and d.start < t and s < d.end for e, s, t in spans)]
    out += [f"extra {d.entity} {d.masked}" for d in found if not any(
        d.start < t and s < d.end for e, s, t in spans) and not _nested_in_mrz(d, spans)]
    return out


def _nested_in_mrz(d: object, spans: list[tuple[str, int, int]]) -> bool:
    """The BSN in a Dutch document's MRZ optional-data field: reported inside the MRZ."""
    return getattr(d, "entity", "") == "NL_BSN" and any(
        e == "NL_ID_DOCUMENT" and s <= d.start and d.end <= t  # type: ignore[attr-defined]
        for e, s, t in spans)


DOCS = sorted(READINGS.glob("*.txt"))


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_reading(path: Path) -> None:
    assert misses(path) == []


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_decoys_are_eleven_check_valid(path: Path) -> None:
    text, spans = load(path)
    for entity, s, t in spans:
        if entity in ("DECOY", "NL_BSN"):
            assert bsn.is_valid(re.sub(r"\D", "", text[s:t])), text[s:t][-3:]

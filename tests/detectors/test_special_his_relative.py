"""Stop 37 (#15): "zijn"/"z'n" before a relative ties a health term as "haar" does ("zijn
moeder heeft kanker" as "haar moeder heeft kanker"); the relative's health is a person's data
(special-category), never the worker's diagnosis. Cases of our own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from detectors.special_category import find_special
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item

NOW = datetime(2026, 11, 1, tzinfo=UTC)

HIS = [
    ("Zijn moeder heeft borstkanker en gaat volgende week naar het ziekenhuis.", "borstkanker"),
    ("Mark belde: z'n vader heeft parkinson, hij wil minder avonddiensten.", "parkinson"),
    ("Ahmed vraagt verlof; zijn dochtertje heeft epilepsie.", "epilepsie"),
    ("Hij is mantelzorger: zijn vrouw heeft MS.", "ms"),
    ("Zijn broer heeft een hartinfarct gehad, Pieter is vrijdag afwezig.", "hartinfarct"),
    ("Volgens Ruud heeft zijn oma alzheimer.", "alzheimer"),
    ("Zijn zus heeft diabetes type 1.", "diabetes"),
    ("Bram gaf aan dat z'n zoon astma heeft.", "astma"),
]


@pytest.mark.parametrize("text, term", HIS)
def test_his_relatives_health_is_a_statement(text: str, term: str) -> None:
    found = [m.term.lower() for m in find_special(text, "nl") if m.entity == "SPECIAL_HEALTH"]
    assert any(term in t for t in found), found


@pytest.mark.parametrize("text", [
    "Wij zijn een zorgorganisatie voor mensen met dementie.",
    "De bewoners zijn vaak diabetespatiënt; ervaring gevraagd.",
    "Hoeveel medewerkers zijn er met een burn-out? Dat weten wij niet.",
])
def test_the_verb_zijn_ties_nothing(text: str) -> None:
    assert not [m for m in find_special(text, "nl") if m.entity == "SPECIAL_HEALTH"]


def test_a_relatives_illness_in_an_hr_note_is_no_diagnosis(tmp_path: Path) -> None:
    path = tmp_path / "gespreksnotitie-zorgverlof.txt"
    path.write_text("Gespreksnotitie zorgverlof\nMedewerker: Daan Smit\nGesproken door: HR\n\n"
                    "Daan vraagt kortdurend zorgverlof. Zijn vader heeft longkanker en woont "
                    "bij hem in. Afgesproken: twee weken verlof.\n", encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    result = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    health = [f for f in result.findings if f.entity == "SPECIAL_HEALTH"]
    assert health
    assert {r for f in health for r in (f.rules or (f.rule,)) if r} == {"special-category"}

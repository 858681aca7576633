"""A pregnancy is health data but no diagnosis; a complication of it is one (issue #15,
sickness-diagnosis): "zwangerschapsmisselijkheid", "hyperemesis", "harde buiken" are terms of
their own (health.toml), so an absence record that names one breaks the diagnosis rule where
"zij is zwanger" alone does not. Texts written for these tests (Faker nl_NL names)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from faker import Faker

from detectors import detect
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item

NOW = datetime(2026, 12, 1, tzinfo=UTC)
fake = Faker("nl_NL")
Faker.seed(1717)
NAME = f"{fake.first_name_female()} {fake.last_name()}"


@pytest.mark.parametrize(("lang", "sentence", "term"), [
    ("nl", "Zij is ziek gemeld met ernstige zwangerschapsmisselijkheid.",
     "zwangerschapsmisselijkheid"),
    ("nl", "Zij heeft last van harde buiken en moet rusten.", "harde buiken"),
    ("nl", "Zij is opgenomen met pre-eclampsie.", "pre-eclampsie"),
    ("nl", "Zij heeft zwangerschapscomplicaties.", "zwangerschapscomplicaties"),
    ("en", "She is off sick with hyperemesis gravidarum.", "hyperemesis gravidarum"),
    ("en", "She has severe morning sickness.", "morning sickness"),
])
def test_a_complication_of_pregnancy_is_a_health_term(lang: str, sentence: str,
                                                      term: str) -> None:
    found = [d for d in detect(sentence, lang) if d.entity == "SPECIAL_HEALTH"]
    assert any(term in (d.explanation or "") for d in found)


def test_a_pregnancy_leave_word_is_no_complication() -> None:
    # "zwangerschaps" as a first part makes no term of a leave or a benefit
    found = [d.explanation for d in detect("Zij heeft zwangerschapsverlof aangevraagd.", "nl")]
    assert not any("complicaties" in (e or "") or "misselijkheid" in (e or "") for e in found)


def _rules(tmp_path: Path, text: str) -> set[str | None]:
    path = tmp_path / "verzuimmelding.txt"
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return {r for f in first.findings if f.entity == "SPECIAL_HEALTH" for r in f.rules}


def test_an_absence_record_with_a_complication_breaks_the_diagnosis_rule(tmp_path: Path) -> None:
    head = f"Verzuimmelding\nMedewerker: {NAME}\nEerste ziektedag: 3 maart 2026\n"
    plain = _rules(tmp_path, head + "Toelichting: zij is zwanger en blijft thuis.\n")
    assert "sickness-diagnosis" not in plain
    ill = _rules(tmp_path, head + "Toelichting: zij is zwanger en blijft thuis "
                 "(ernstige zwangerschapsmisselijkheid).\n")
    assert "sickness-diagnosis" in ill

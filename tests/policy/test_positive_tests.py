"""A test's positive result about a person: health data (issue #15, stop 36).

"positief getest op cocaïne", "tested positive for amphetamines": the substances of a
workplace drug screen, each joined to each phrase of a positive result (health.toml
positive_tests x tested_for). Found about a named worker as any health term is; a drug or
alcohol result names no illness, not even as the cause of being sent home (not_diagnoses,
default.toml except_terms), while an infection tested positive is one. A test policy, a vendor's offer and a negative result name
no one's. All names are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

DRUG_RESULTS = {
    "steekproef.txt": ("Notitie steekproef haven\nMedewerker: Dirk Hoekstra\nUitslag: positief "
                       "getest op cocaïne. Vandaag niet ingezet.\n"),
    "thc.txt": ("Dagrapport terminal 2\nSanne Koster is bij de steekproef positief op THC "
                "bevonden en naar huis gestuurd.\n"),
    "random-check.txt": ("Site note\nWorker: Kai Jensen\nKai tested positive for amphetamines "
                         "during the random check and was sent home.\n"),
    "breath.txt": ("Incident log crane 4\nOperator: Ruben Vos\nBreath test: Ruben was positive "
                   "for alcohol at the start of his shift.\n"),
    "ghb.txt": ("Verslag intercedent\nUitzendkracht: Melvin Jacobs\nMelvin heeft een positieve "
                "uitslag op GHB; de opdrachtgever wil hem niet meer.\n"),
}
INFECTION_RESULTS = {
    "covid.txt": ("Notitie HR\nMedewerker: Lotte Bakker\nLotte heeft positief getest op covid "
                  "en werkt deze week thuis.\n"),
    "tb.txt": ("HR note\nEmployee: Arjun Patel\nArjun tested positive for tuberculosis at the "
               "occupational health check; treatment has started.\n"),
    "mrsa.txt": ("Notitie teamleider zorg\nMedewerker: Fenna Post\nFenna is positief getest op "
                 "MRSA; zij werkt niet op de afdeling tot de uitslag negatief is.\n"),
}
NO_ONES = {
    # a policy about anyone who tests positive
    "beleid.txt": ("Beleid alcohol en drugs\nBij een positieve test op drugs wordt de "
                   "medewerker direct naar huis gestuurd en volgt een gesprek.\n"),
    # a vendor's offer of tests
    "aanbod.txt": ("TestVeilig B.V.\nWij testen uw uitzendkrachten op THC, cocaïne, "
                   "amfetamine en opiaten. Prijs op aanvraag.\n"),
    # a negative result
    "negatief.txt": ("Notitie steekproef\nMedewerker: Kees de Wit\nUitslag: negatief op alle "
                     "middelen. Ingezet volgens rooster.\n"),
    "procedure-en.txt": ("Drug and alcohol procedure\nAnyone who tests positive for alcohol is "
                         "removed from site for the day.\n"),
}


def _scan(path: Path, text: str) -> tuple[set[str], set[str]]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return ({f.entity for f in result.findings},
            {r for f in result.findings for r in f.rules})


@pytest.mark.parametrize("name", sorted(DRUG_RESULTS))
def test_a_positive_drug_test_is_health_data_but_no_diagnosis(tmp_path: Path,
                                                             name: str) -> None:
    entities, rules = _scan(tmp_path / name, DRUG_RESULTS[name])
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("name", sorted(INFECTION_RESULTS))
def test_a_positive_infection_test_in_a_note_is_a_diagnosis(tmp_path: Path, name: str) -> None:
    entities, rules = _scan(tmp_path / name, INFECTION_RESULTS[name])
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" in rules


@pytest.mark.parametrize("name", sorted(NO_ONES))
def test_a_test_policy_offer_or_negative_result_is_no_ones(tmp_path: Path, name: str) -> None:
    entities, _ = _scan(tmp_path / name, NO_ONES[name])
    assert "SPECIAL_HEALTH" not in entities

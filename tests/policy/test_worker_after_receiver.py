"""A care receiver named before a worker in one sentence does not own the worker's condition
(issue #15, stop 78): "Tijdens het douchen van een bewoonster verstapte de uitzendkracht haar
enkel" is the worker's injury, and in a report that records their absence its cause
(sickness-diagnosis). A worker's noun after the receiver is the subject, as a pronoun or a
name already was (special_link.owner, rules.toml worker_nouns); a worker's noun that anchors
the relation ("de moeder van de medewerker") leaves the relative the owner. Made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

WORKERS = [
    ("Melding arbeidsongeval\nDatum: 3 maart\nBetrokken medewerker: Daan Mulder (flex)\n\n"
     "Tijdens het douchen van een bewoonster verstapte de uitzendkracht zich: een "
     "verstuikte enkel. Naar huis, ziek gemeld.\n\nVerzuim: ja, vanaf 3 maart.\n"),
    ("Incident report\nEmployee: Daan Mulder (temp)\n\nWhile moving a patient to the "
     "wheelchair the employee suffered a back injury and went home sick.\n\n"
     "Lost time: yes, from 3 March.\n"),
]


@pytest.mark.parametrize("text", WORKERS)
def test_the_workers_condition_after_a_receiver_is_a_sickness_cause(
        tmp_path: Path, text: str) -> None:
    _, found, rules = scan_text(tmp_path / "melding.txt", text)
    assert "SPECIAL_HEALTH" in found
    assert "sickness-diagnosis" in rules


@pytest.mark.parametrize("text", [
    ("Verzuimmelding\nMedewerker: Daan Mulder\n\nDe moeder van de medewerker heeft kanker; "
     "hij is deze week ziek gemeld.\n"),
    ("Absence note\nEmployee: Daan Mulder\n\nThe mother of the employee has cancer; he called "
     "in sick this week.\n"),
])
def test_a_relative_anchored_on_the_worker_keeps_her_condition(
        tmp_path: Path, text: str) -> None:
    _, found, rules = scan_text(tmp_path / "verzuim.txt", text)
    assert "SPECIAL_HEALTH" in found
    assert "sickness-diagnosis" not in rules

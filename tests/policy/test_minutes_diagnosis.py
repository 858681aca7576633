"""`sickness-diagnosis` and a meeting's minutes (issue #15, stop 77): minutes record a
meeting, not one worker's absence (hr_records.toml minutes_titles; engine.MINUTES), so a
colleague's illness told there is special-category data and a cause only under an explicit
cause label. An absence meeting's minutes are an absence record and keep the rule. Names are
made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

TEAM = {
    "notulen-team.txt": ("Notulen teamoverleg planning, 4 maart\nAanwezig: Ilse, Bram, Noor\n\n"
                         "1. Mededelingen: Bram is afwezig, hij herstelt van een "
                         "longontsteking.\n2. Rooster april: Noor maakt een voorstel.\n"),
    "minutes-team.txt": ("Minutes - team meeting reception, 4 March\nPresent: Ilse, Bram, Noor"
                         "\n\nBram is off this week, he has migraine. Noor drafts the April "
                         "roster.\n"),
}


@pytest.mark.parametrize("name", sorted(TEAM))
def test_a_colleague_s_illness_in_team_minutes_is_no_diagnosis(tmp_path: Path,
                                                               name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, TEAM[name])
    assert "SPECIAL_HEALTH" in entities
    assert "special-category" in rules and "sickness-diagnosis" not in rules


def test_an_absence_meeting_s_minutes_are_an_absence_record(tmp_path: Path) -> None:
    text = ("Minutes of the absence meeting (week 9)\nPresent: Bram Kok (employee), Ilse de Wit "
            "(manager), HR\n\nBram is off sick: he has migraine, back in two weeks. Next "
            "meeting 18 March.\n")
    *_, rules = scan_text(tmp_path / "absence-minutes.txt", text)
    assert "sickness-diagnosis" in rules

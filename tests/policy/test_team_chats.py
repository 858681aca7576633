"""A team's group chat (three colleagues or more) is the colleagues' talk among themselves:
whoever says there what they are ill with, it is no employer's note about a worker, so no
sickness-diagnosis; a sick report to the planner alone is one."""

from __future__ import annotations

from pathlib import Path

from tests.policy.scanned import scan_text

TEAM = """Groepsapp team Schoonmaak Oost
[14-03-26 06:40] Esra Yildiz: morgen allemaal, ik ben ziek, kan iemand mijn ronde van 8u doen?
[14-03-26 06:44] Bram Kuipers: beterschap! ik neem de ronde
[14-03-26 06:47] Ilona (planner): dank Bram, Esra meld je ook even in de app
[14-03-26 06:52] Esra Yildiz: doe ik, ik heb een blaasontsteking, de huisarts belt me vanmiddag
[14-03-26 06:55] Joost Vermeer: sterkte Esra
"""

TWO = """[14-03-26 06:40] Esra Yildiz: goedemorgen Ilona, ik ben ziek vandaag
[14-03-26 06:47] Ilona (planner): vervelend, wat is er aan de hand?
[14-03-26 06:52] Esra Yildiz: ik heb een blaasontsteking, de huisarts belt me vanmiddag
[14-03-26 06:55] Ilona (planner): beterschap, ik zet het door
"""


def test_a_team_chat_is_no_record_of_a_diagnosis(tmp_path: Path) -> None:
    _, entities, rules = scan_text(tmp_path / "groepsapp.txt", TEAM)
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" not in rules


def test_a_sick_report_to_the_planner_is_one(tmp_path: Path) -> None:
    _, _, rules = scan_text(tmp_path / "chat.txt", TWO)
    assert "sickness-diagnosis" in rules

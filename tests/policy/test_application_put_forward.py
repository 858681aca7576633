"""Document types: an application in which the writer puts themself forward for a job
("... if you would consider me for the post of planner", "Graag stel ik mij kandidaat voor
de functie") is a motivation letter, without "apply" or "vacancy"; a colleague asked to be
considered for a shift list is no application."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified


@pytest.mark.parametrize("text", [
    ("Dear hiring team,\n\nI would be glad if you would consider me for the post of warehouse "
     "planner at your Tilburg depot. For six years I planned routes for a regional carrier and I know TMS software "
     "well.\n\nKind regards,\nJoanna Kowalska\njoanna.k@example.com\n"),
    ("Beste recruiter,\n\nGraag stel ik mij kandidaat voor de functie van teamleider "
     "schoonmaak. Ik heb acht jaar ervaring in de schoonmaak van kantoren.\n\nMet vriendelijke "
     "groet,\nSanne de Boer\n"),
])
def test_a_writer_putting_themself_forward_applies(text: str) -> None:
    assert classified(text) == "motivation_letter"


def test_a_colleague_asking_for_a_shift_list_does_not_apply() -> None:
    text = ("Hi Tom,\n\nCould you consider me for the overtime list next month? I am free on "
            "Saturdays.\n\nThanks,\nPiet\n")
    assert classified(text) == "other"

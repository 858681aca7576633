"""Document types: a writer who asks to be registered with the agency for work ("I'd like to
sign up with you for shifts as a forklift driver", "Ik wil me graag inschrijven bij
jullie voor productiewerk") applies to a staffing company: a motivation letter. A reader told
to register with a planner, a municipality's registration are no
application."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified


@pytest.mark.parametrize("text", [
    ("Hello,\n\nI'd like to sign up with you for shifts as a forklift "
     "driver or order picker. I drove reach trucks for three years in a cold store near "
     "Venlo.\n\nMy details:\nName: Tomasz Wrona\nPhone: +31 6 1234 5678\n\nBest wishes,\n"
     "Tomasz\n"),
    ("Goedemiddag,\n\nIk wil me graag inschrijven bij jullie voor productiewerk in de regio "
     "Eindhoven. Ik heb twee jaar aan een inpaklijn gestaan, mijn heftruckcertificaat is nog geldig."
     "\n\nGroet,\nLieke Verhoeven\n06-12345678\n"),
])
def test_registering_with_the_agency_applies(text: str) -> None:
    assert classified(text) == "motivation_letter"


@pytest.mark.parametrize("text", [
    "Toolbox talk on Friday about ladders: please register with the planner before noon.",
    ("Beste bewoner,\n\nU woont nu ruim een half jaar hier. U moet zich inschrijven "
     "bij de gemeente in de BRP.\n\nGemeente Venlo\n"),
])
def test_registering_elsewhere_is_no_application(text: str) -> None:
    assert classified(text) != "motivation_letter"

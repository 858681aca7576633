"""A form of address and a surname name a person as a first name does: a health term on
"mw. Bakker: ..." is hers ("Overdracht⏎- dhr. van Dam: epilepsie")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    ("Overdracht avond\n- mw. Bakker: COPD, 's nachts zuurstof op 2 liter.", "nl"),
    ("Overdracht\n- dhr. van Dam: epilepsie, medicatie om 22u gegeven.", "nl"),
    ("Handover\n- Mrs Okafor: asthma, inhaler at 8 pm.", "en"),
])
def test_a_health_term_after_an_addressed_name(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_HEALTH", lang)


@pytest.mark.parametrize("text", [
    "Overdracht\n- mw. Bakker: geen bijzonderheden, dochter komt morgen.",
    "Aan: dhr. Jansen\nBijlage: de folder over diabetes voor alle medewerkers.",
])
def test_no_health_term_stated(text: str) -> None:
    assert found(text, "SPECIAL_HEALTH") == []

"""A treatment begun or followed with a care provider is health data (issue #15, stop 75):
"gestart met een psycholoog", "started with a psychologist", "in therapy with". A provider
as a team or a workplace is no one's treatment."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

HEALTH = "SPECIAL_HEALTH"
NL = "Hoi Geesje,\n\n{body}\n\nGroet,\nRik\n"
EN = "Hi Geesje,\n\n{body}\n\nBest,\nRik\n"


def _health(text: str, lang: str) -> bool:
    return HEALTH in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("lang", "body"), [
    ("nl", "Ik ben vorige maand gestart met een psycholoog, dus donderdagmiddag ben ik weg."),
    ("nl", "Sinds maart ben ik in therapie bij een psychotherapeut, op dinsdag kan ik niet."),
    ("en", "I have started with a psychologist, so I am away on Thursday afternoons."),
    ("en", "I am in therapy with a psychotherapist, so Tuesdays are difficult."),
])
def test_treatment_begun_is_health(lang: str, body: str) -> None:
    assert _health((NL if lang == "nl" else EN).format(body=body), lang)


def test_provider_as_a_team_is_no_treatment() -> None:
    body = "I have started with the physiotherapist team on Monday as their planner."
    assert not _health(EN.format(body=body), "en")

"""SPECIAL_HEALTH: a sickness named as the paperwork someone handles ("familiar with
sickness absence procedures", "reintegration obligations", "kennis van verzuimbeleid en
re-integratie verplichtingen") is a field of work in a letter or CV, not the writer's health
(rules.toml exclude_after); the same words said of the writer stay health data. Cases written
here; special-doctype-rules-44 showed the kind (a union steward's and an HR officer's
motivation letters)."""

from __future__ import annotations

import pytest

from detectors import detect


def _health(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "SPECIAL_HEALTH"]


@pytest.mark.parametrize(("text", "lang"), [
    ("I am familiar with sickness absence procedures and kept the register for 300 staff.",
     "en"),
    ("As a shop steward I learnt a lot about reintegration obligations under the Act.", "en"),
    ("In my last job I handled burn-out policy questions for the works council.", "en"),
    ("Ik ken de ziekteverzuim procedures van een uitzendbureau van binnen en buiten.", "nl"),
    ("Ik adviseerde leidinggevenden over re-integratie verplichtingen na een jaar.", "nl"),
])
def test_sickness_as_paperwork_is_no_health_data(text: str, lang: str) -> None:
    assert _health(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("I was off sick with a burn-out last year; the reintegration went well.", "en"),
    ("Ik ben vorig jaar uitgevallen met een burn-out en heb een re-integratietraject gevolgd.",
     "nl"),
])
def test_the_writers_own_sickness_beside_such_words_stays(text: str, lang: str) -> None:
    assert _health(text, lang) != []

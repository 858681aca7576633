"""Everyday phrases an injury or episode term spells (stop 37 mend, #15): "hypo" is also the
Dutch mortgage, "pulled back" a withdrawal, "twisted her arm" persuasion, "a pain in the neck"
a nuisance. Each stays silent; the episode and the injury, said as one, are still found.
Sentences of our own."""

from __future__ import annotations

import pytest

from detectors.special_category import candidates


def _health(text: str, language: str) -> list[str]:
    return [m.term for m in candidates(text, language) if m.entity == "SPECIAL_HEALTH"]


SILENT = [
    ("nl", "Ik heb een werkgeversverklaring nodig voor mijn hypo."),
    ("nl", "De hypo is rond, we tekenen morgen bij de notaris."),
    ("nl", "Hypo's zijn sinds vorig jaar duurder geworden."),
    ("nl", "Kun je een loonstrook sturen voor onze hypo-aanvraag?"),
    ("en", "Tom Hughes pulled back his request for leave."),
    ("en", "The supplier pulled back from the deal on Friday."),
    ("en", "She pulled his leg about the weather."),
    ("en", "He finally twisted her arm and she joined the team."),
    ("en", "Sam twisted my arm into working Saturday."),
    ("en", "Noah twisted his arm until he signed up."),
    ("en", "That client is a real pain in the neck for him."),
    ("en", "The new rota is a pain in the neck."),
    ("en", "The manager turned his back on the plan."),
]


@pytest.mark.parametrize("language, text", SILENT)
def test_an_everyday_phrase_is_no_health_term(language: str, text: str) -> None:
    assert _health(text, language) == []


FOUND = [
    ("nl", "Ik kreeg een hypo tijdens de nachtdienst.", "kreeg een hypo"),
    ("nl", "Hij raakte in een hypo op de werkvloer.", "in een hypo"),
    ("nl", "Ik had lage bloedsuiker en ging naar huis.", "lage bloedsuiker"),
    ("en", "I had a hypo at work yesterday.", "a hypo"),
    ("en", "Lisa pulled a muscle during the move.", "pulled a muscle"),
    ("en", "I have a pulled hamstring since Saturday.", "pulled hamstring"),
    ("en", "She twisted her ankle on the stairs.", "twisted her ankle"),
    ("en", "I have a pain in my neck since the fall.", "pain in my neck"),
]


@pytest.mark.parametrize("language, text, term", FOUND)
def test_the_episode_and_the_injury_are_still_found(language: str, text: str, term: str) -> None:
    assert term in _health(text, language)

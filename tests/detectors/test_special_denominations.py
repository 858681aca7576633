"""SPECIAL_RELIGION: a believer's noun after a denomination's capitalised word ("I am an
Orthodox Christian", "a Sunni Muslim", "an Orthodox Jew") states a faith; the two capitals
are no organisation's name, which a capital after them makes ("the Greek Orthodox Church").
Issue #15, stop 76; rules.toml denominations. Synthetic texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _religion(text: str, lang: str = "en") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "SPECIAL_RELIGION"]


@pytest.mark.parametrize("text", [
    "About me\nI am an Orthodox Christian and sing in a choir on Sundays.",
    "Personal: I am a Sunni Muslim and I fast during Ramadan.",
    "Hanna told the planner she is an Orthodox Jew and cannot work on Saturdays.",
])
def test_a_denomination_before_a_believer_states_a_faith(text: str) -> None:
    assert _religion(text) != []


def test_a_capital_after_makes_a_body_name() -> None:
    text = "Work experience\nCaretaker, Coptic Orthodox Church Foundation, 2019-2023"
    assert _religion(text) == []

"""Issue #14, PERSON: a country that a first-name list holds too ("China") is read in
prose as a word a name list knows, not as a first name alone ("Place of birth: Hangzhou,
China"); beside a surname or after a word that takes a person it is still a name ("China
Jansen", "Call Jordan"). Not nationalities: "Irish called me" stays a person
(test_seasonal_work_kinds), so "knows Irish and Dutch payroll" stays a miss (4 false
positives on DEV). identifiers-2 and identifiers-26 showed the kind; cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Place of birth: Hangzhou, China\nResidence permit: kennismigrant\n", "en", "China"),
    ("Geboorteplaats:    Shanghai (China)\nNationaliteit: Chinees\n", "nl", "China"),
    ("Tel: +86 130 0807 8805 (China) | +31 6 15868388 (NL)\n", "en", "China"),
])
def test_a_country_alone_is_no_person(text: str, lang: str, word: str) -> None:
    assert word not in _people(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("China Jansen werkt sinds maart bij ons in de kas.", "nl", "China Jansen"),
    ("Call Jordan about the shift tomorrow, he asked for Friday.", "en", "Jordan"),
])
def test_beside_a_surname_or_a_cue_it_stays_a_name(text: str, lang: str, name: str) -> None:
    assert name in _people(text, lang)

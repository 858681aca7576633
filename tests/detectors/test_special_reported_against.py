"""SPECIAL_CRIMINAL: an offence reported to the police against someone named after the
report's verb ("aangifte van verduistering gedaan tegen Karel Stroeve", "a report for
assault filed against Mr Stroeve") is that person's; the one who made the report ("gedaan
door") is no suspect (detectors/special_rules.BY_NAME). Cases written here."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special


@pytest.mark.parametrize(("text", "lang"), [
    (("Naar aanleiding van de beelden is aangifte van verduistering gedaan tegen Karel "
      "Stroeve."), "nl"),
    ("Op 3 maart is aangifte van diefstal ingediend tegen dhr. Stroeve.", "nl"),
    ("After the incident a police report for assault was filed against Mr Stroeve.", "en"),
])
def test_the_accused_by_name(text: str, lang: str) -> None:
    assert "SPECIAL_CRIMINAL" in {m.entity for m in find_special(text, lang)}, text


def test_the_one_who_reported_is_no_suspect() -> None:
    text = "Vorige week werd aangifte van oplichting gedaan door Karel Stroeve, de manager."
    assert "SPECIAL_CRIMINAL" not in {m.entity for m in find_special(text, "nl")}

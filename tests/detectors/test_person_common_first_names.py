"""PERSON: a first name that is a common word too ("Rob", a seal; "Floor", a floor; "Harm",
harm) inside a sentence. Dutch writes a common noun small, so its capital there says name;
the model weighs it as "common_first_mid" (data/person_model.toml). At a sentence's start
it stays as weak as before, and a day, a country or an abbreviation before a number keep
their capitals without being names. Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ik heb de sleutels met Floor afgesproken.", "nl", "Floor"),
    ("Vanmiddag heb ik Rob gebeld over zijn uren.", "nl", "Rob"),
    ("Stuur de planning ook naar Harm, hij rijdt morgen.", "nl", "Harm"),
    ("Yesterday I asked Grace about the late shift.", "en", "Grace"),
])
def test_a_common_word_first_name_inside_a_sentence_is_a_name(
        text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Volgens art. 7 en Art. 15 AVG mag u uw gegevens inzien.", "nl"),
    ("Shifts this week: Fri, Sat and Sun from 06:00.", "en"),
    ("Born in Hangzhou, China, she moved here in 2019.", "en"),
    ("Er ligt een rob op het strand en de floor is nat.", "nl"),
])
def test_a_day_a_country_or_an_abbreviation_stays_out(text: str, lang: str) -> None:
    assert not {"Art", "Sun", "China"} & set(found(text, "PERSON", lang))
    assert "rob" not in found(text, "PERSON", lang)

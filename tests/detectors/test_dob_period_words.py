"""DATE_OF_BIRTH: a period's word ("van", "per", "tot", "since") is a decoy only right before
its date, a weekday between at most (issue #14, stop 77; context.toml adjacent_decoys,
date_words): further back in the label it is a clause's other word ("Haar geboortedatum heb
ik van de receptie gekregen: ..."), and the birth word in the window decides. Synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "lang", "dob"), [
    ("Haar geboortedatum heb ik van de receptie gekregen: 03-11-1987. Meer weet ik niet.",
     "nl", "03-11-1987"),
    ("Her date of birth I got from reception: 03-11-1987, please check it.", "en",
     "03-11-1987"),
])
def test_a_birth_date_after_a_clause_with_a_period_word(text: str, lang: str, dob: str) -> None:
    assert dob in _dobs(text, lang)


@pytest.mark.parametrize("text", [
    "Geboortedatum 12-03-1990. In dienst van 01-02-2020 tot 01-02-2021.",
    "Wij melden de medewerker ziek per maandag 2 februari 2026.\nGeboortedatum: 19 mei 1986",
    "Geboren 4 mei 1991; contract loopt per 1 juni 2026.",
])
def test_a_period_s_own_date_is_no_birth_date(text: str) -> None:
    assert all(d not in _dobs(text) for d in ("01-02-2020", "01-02-2021", "2 februari 2026",
                                              "1 juni 2026"))

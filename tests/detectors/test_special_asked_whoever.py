"""A named person's indirect question about whoever ("wie er", "weten wie") rules them out as
the subject of a term only when the question is their clause and holds the term: a question
joined on after a clause of their own ("Piet heeft diabetes en wil weten wie er ... zijn
insuline") leaves their terms theirs (review of stop 36, special_rules._asks_whoever). All
names are made up."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

OWN = [
    ("Gert heeft epilepsie en wil weten wie er bij een aanval zijn medicatie kan pakken.",
     "medicatie"),
    ("Noor is joods en vroeg wie er op sabbat haar dienst wil overnemen.", "sabbat"),
    # the review's reproductions
    ("Piet heeft diabetes en wil weten wie er in de koelkast zijn insuline mag bewaren.",
     "insuline"),
    ("Sara is moslim en vroeg wie er met het Suikerfeest vrij wil.", "suikerfeest"),
    ("Yusuf is moslim en wil weten wie er tijdens de ramadan met hem wil ruilen.", "ramadan"),
]
ASKED = [
    ("Femke wil weten wie er met Pasen vrij wil.", "pasen"),
    ("Joost vraagt wie er tijdens de ramadan een dienst wil ruilen.", "ramadan"),
    ("Lotte vroeg wie er kosher eet.", "kosher"),
]


@pytest.mark.parametrize("text, term", OWN)
def test_a_question_after_a_clause_of_ones_own_keeps_ones_terms(text: str, term: str) -> None:
    found = [text[m.start : m.end].lower() for m in find_special(text, "nl")]
    assert any(term in f for f in found), found


@pytest.mark.parametrize("text, term", ASKED)
def test_a_named_asker_of_whoever_states_nothing(text: str, term: str) -> None:
    found = [text[m.start : m.end].lower() for m in find_special(text, "nl")]
    assert not any(term in f for f in found), found

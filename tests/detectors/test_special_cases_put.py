"""A special-category term no one states: a question the reader of a leaflet or a FAQ puts
("Can I use it while pregnant?": special_rules._case_put), a day or a month opening a
clause (no one's name: "Friday: the temple has Friday prayer"), and a guide taken for a
record (special_subject kinds "quick guide", "bijsluiter"), a day among others in a list of
the days someone can work. Cases that state the term stay.
Texts written here; names synthetic."""

from __future__ import annotations

import re

import pytest

from detectors.special_category import _days_listed, find_special
from detectors.special_learned import Evidence
from detectors.special_lexicon import load_lexicon
from tests.detectors.test_special_document_subject import _record_findings


def _terms(text: str, lang: str) -> list[str]:
    return [m.term for m in find_special(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Q: Can I apply this lotion while pregnant?\nA: Ask the pharmacist.", "en"),
    ("Should I stop the tablets if I get a rash or eczema?", "en"),
    ("Vraag: Mag ik deze zalf gebruiken als ik zwanger ben?\nAntwoord: Vraag het de drogist.",
     "nl"),
    ("Kan ik deze shampoo gebruiken tijdens de zwangerschap?", "nl"),
])
def test_a_case_the_reader_puts_is_no_statement(text: str, lang: str) -> None:
    assert _terms(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Can I swap my shift on Monday? I am pregnant and have a scan at ten.", "en"),
    ("Can I work shorter days while I am pregnant?", "en"),
    ("Mag ik vrijdag vrij? Ik ben zwanger en heb een echo.", "nl"),
    ("Mag ik minder uren werken nu ik zwanger ben?", "nl"),
])
def test_a_question_that_tells_the_state_keeps_it(text: str, lang: str) -> None:
    assert _terms(text, lang) != []


@pytest.mark.parametrize(("text", "lang"), [
    (("Route notes:\n- Friday: the temple on the Kanaalweg has Friday prayer 13:00-14:00, "
     "parking is full then.\n"), "en"),
    (("Routenotities:\n- Vrijdag: de moskee aan de Kanaalweg heeft vrijdaggebed 13:00-14:00, "
     "parkeren is dan lastig.\n"), "nl"),
])
def test_a_day_opening_the_clause_is_no_one(text: str, lang: str) -> None:
    assert _terms(text, lang) == []


def test_a_named_subject_after_a_day_keeps_it() -> None:
    assert _terms("Vrijdag heeft Ruben het suikerfeest gevierd met zijn familie.", "nl") != []


GUIDE = """SkinCalm 1% crème – quick guide for the webshop team

What is it for?
Mild eczema, itching from insect bites and allergic skin reactions. Sold in tubes of 30 g
and 50 g; the 50 g tube only on the webshop, not in the shops.

Frequently asked questions from customers
Q: Can I put it on my face?
A: Yes, but keep it away from the eyes.
Q: Can children use it?
A: From 2 years, a thin layer twice a day.
Q: Does it help against psoriasis?
A: No; advise them to see their GP.
"""


def test_a_guide_taken_for_a_record_names_no_ones_illness() -> None:
    assert "SPECIAL_HEALTH" not in _record_findings(GUIDE)



@pytest.mark.parametrize(("text", "lang", "listed"), [
    ("Ik kan op vrijdag,\nzaterdag en zondag, en in de vakanties.", "nl", True),
    ("I am free on Saturday and Sunday, and on Friday evenings.", "en", True),
    ("Beschikbaar: za, zo en ma na 16:00", "nl", True),
    ("Ik werk niet op zondag, dan ga ik naar de kerk.", "nl", False),
    ("On Sunday I go to church; Monday is fine.", "en", False),
])
def test_a_day_among_others_in_a_list_is_when_someone_can_work(text: str, lang: str,
                                                               listed: bool) -> None:
    # the learned second opinion's word for a faith's day of rest: not when it is one day
    # of a list of days (special_category._days_listed)
    day = next(d for d in ("zondag", "Sunday", "zo") if re.search(rf"\b{d}\b", text))
    ev = Evidence(0, len(text), day, 0.99)
    assert _days_listed(text, ev, load_lexicon(lang)) is listed

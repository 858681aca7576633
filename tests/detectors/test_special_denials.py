"""Denials a term's own negation does not reach (issue #15, stop 34): an item of a list that a
negation opens ("geen diagnose, medicatie of voorgeschiedenis"; special_rules.in_negated_list)
and a form's field answered with a refusal ("Disability: prefer not to say"; rules.toml
empty_words). A statement after the list, or a field with a value, stays one."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

DENIED = [
    ("nl", "Op dit formulier staat geen diagnose, medicatie of medische voorgeschiedenis."),
    ("nl", "De werkgever registreert geen klachten, behandelingen of medicijnen."),
    ("nl", "Wij vragen niet naar burn-out, depressie of andere psychische klachten."),
    ("en", "The employer records no diagnosis, medication or treatment on this sheet."),
    ("en", "Never ask about pregnancy, disability or illness in an interview."),
    ("en", "Candidates are not asked about religion, union membership or political views."),
    ("nl", "Naam: Kees Bakker\nGeloof: zeg ik liever niet\n"),
    ("nl", "Naam: Kees Bakker\nGezondheid: geen opgave\n"),
    ("en", "Name: Marcus Reid\nDisability: prefer not to say\n"),
    ("en", "Name: Marcus Reid\nReligion or belief: I'd rather not say\n"),
    ("en", "Name: Marcus Reid\nSexual orientation: declined to answer\n"),
]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_denied_list_item_or_refused_field_is_not_found(lang: str, text: str) -> None:
    assert find_special(text, lang) == [], text


STATED = [
    # the negation covers one item; the statement comes after it (entity and term asserted:
    # mend34, finding 8)
    ("nl", "Ik heb geen rugklachten, maar wel migraine.", "SPECIAL_HEALTH", "migraine"),
    ("nl", "Ik heb geen klachten, astma speelt alleen in de winter op bij mij.",
     "SPECIAL_HEALTH", "astma"),
    ("en", "I have no allergies, but I do have asthma.", "SPECIAL_HEALTH", "asthma"),
    ("en", "Name: Marcus Reid\nDisability: dyslexia\n", "SPECIAL_HEALTH", "dyslexia"),
    ("nl", "Naam: Kees Bakker\nGeloof: ik ben katholiek\n", "SPECIAL_RELIGION", "katholiek"),
]


@pytest.mark.parametrize(("lang", "text", "entity", "term"), STATED)
def test_a_statement_next_to_a_denial_is_found(lang: str, text: str, entity: str,
                                                term: str) -> None:
    assert [(m.entity, m.term) for m in find_special(text, lang)] == [(entity, term)], text

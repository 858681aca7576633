"""clause_start's title line (a document's first line ending a clause as a field line does)
is read from the text's first non-blank character, found once per text: the same answer as
reading from 0, without re-reading a long run of leading blanks on each call (the review of
stop 36 found 2000 calls on 200,000 leading spaces quadratic)."""

from __future__ import annotations

import pytest

from detectors.special_rules import TITLE_LINE, _title_before, clause_start

CASES = [
    ("Dagrapport terminal 2\nWim heeft griep", True),
    ("   \n\n  Dagrapport terminal 2\nWim heeft griep", True),
    (" " * 5000 + "Xy\nWim heeft griep", True),
    (" " * 5000 + "X\nWim heeft griep", False),  # one letter is no title,
    ("\n" * 3000 + "Verslag\n\nWim heeft griep", True),
    ("Dagrapport, terminal 2,\nWim heeft griep", False),  # a title ends in no comma
    ("Een eerste regel die veel langer is dan een titel ooit wordt\nWim heeft griep", False),
    ("2024 rapport\nWim heeft griep", False),  # a title opens with a letter
    (" " * 4000 + "\nWim heeft griep", False),  # no title at all
    ("Titel\nTweede regel\nWim heeft griep", False),  # only the first line is the title
]


@pytest.mark.parametrize("text, title", CASES)
def test_the_title_line_is_read_from_the_first_non_blank_character(text: str,
                                                                    title: bool) -> None:
    newline = text.rindex("\n")
    assert _title_before(text, newline) is title
    assert (TITLE_LINE.match(text, 0, newline) is not None) is title


def test_a_term_after_long_leading_blanks_and_a_title_starts_its_clause_after_it() -> None:
    text = " " * 20000 + "Rapport\n" + "Wim heeft griep\n" * 50
    assert clause_start(text, text.index("griep")) == text.index("Wim")

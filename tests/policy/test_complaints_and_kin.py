"""A relative's illness is no worker's sickness cause (issue #15, stop 77): the spoken
Dutch possessive right after a relative ("zijn oma haar knie", "zijn vader z'n knie") is
the relative's, not a worker's pronoun (rules.toml owner_possessives), so a complaint about
a caller's mother's broken arm records no `sickness-diagnosis`. Names are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors.special_lexicon import load_lexicon
from detectors.special_link import owned_by_another
from tests.policy.scanned import scan_text

COMPLAINT = (
    "Aan: klachten@zorgpost.example.nl\nOnderwerp: klacht over het telefoontje van "
    "zondagnacht\n\nGeachte heer, mevrouw,\n\nIk belde zondag om 02:00 voor mijn moeder, "
    "mevrouw Riet Hoogland. De assistente was onvriendelijk. In het ziekenhuis "
    "bleek mijn moeder haar arm gebroken te hebben.\n\nMet vriendelijke groet,\nMarian Hoogland\n")


def test_a_relatives_injury_told_so_is_no_diagnosis(tmp_path: Path) -> None:
    *_, rules = scan_text(tmp_path / "klacht.txt", COMPLAINT)
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize(("text", "term"), [
    ("Gisteren is mijn oma haar heup geopereerd.", "heup geopereerd"),
    ("Hij zei dat zijn vader z'n knie had geopereerd.", "knie"),
    ("Volgens Ans is haar oma d'r pols gebroken.", "pols gebroken"),
])
def test_the_spoken_possessive_after_a_relative_is_theirs(text: str, term: str) -> None:
    start = text.index(term)
    assert owned_by_another(text, start, start + len(term), load_lexicon("nl"))


@pytest.mark.parametrize(("text", "term"), [
    # the worker's pronoun further on, or the worker named between them
    ("Haar moeder belde dat haar heup gebroken is.", "heup gebroken"),
    ("Zijn vader belde: Sem heeft zijn knie gebroken.", "knie gebroken"),
])
def test_a_worker_between_the_relative_and_the_term_owns_it(text: str, term: str) -> None:
    start = text.index(term)
    assert not owned_by_another(text, start, start + len(term), load_lexicon("nl"))

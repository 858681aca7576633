"""A pattern searched only where its words stand (word_scan) finds what finditer finds over
the whole text: special_partner's relation patterns on random texts built from their words,
names, look-alikes ("vertrouwen", "mevrouw van") and the characters re folds otherwise."""

from __future__ import annotations

import random
import re

import pytest

from detectors import special_partner as sp
from detectors.word_scan import finditer_at, finditer_on_lines, folded, word_starts

SEED = 20261202
_WORDS = ["Mark", "Thijs", "Anne", "Lisa", "Daan", "Eva", "Pieter", "de", "Vries", "van",
          "is", "zijn", "are", "en", "and", "&", "getrouwd", "Gehuwd", "met", "to", "with",
          "married", "MARRIED", "trouwen", "vertrouwen", "woont", "samen", "lives", "together",
          "engaged", "verloofd", "een", "stel", "a", "couple", "got", "de", "man", "vrouw",
          "mevrouw", "the", "wife", "husband", "of", "Anne's", "Mark’s", "mijn", "m'n", "my",
          "partner", "haar", "his", "her", "echtgenote", "Echtgenoot", "samenwonend",
          "ſamenwonend", "marrıed", "İs", "\u212aees", "Élise", "Zoë"]
_GLUE = [" ", " ", " ", "  ", "\t", " \t", "\n", ", ", ". ", "\u00a0", "\r\n", ""]
# phrases that match, their spaces drawn from the glue (a line break among them: no match)
_PHRASES = ["N is getrouwd met N", "N en N zijn getrouwd", "N and N are married",
            "N & N trouwen", "N en N zijn een stel", "de man van N", "the wife of N", "N's wife",
            "zijn partner N", "haar verloofde N", "mijn man N", "my wife, N", "m'n vrouw",
            "woont samen met N", "engaged to N", "N van der N en N zijn verloofd met N"]


def _phrase(rng: random.Random) -> str:
    words = rng.choice(_PHRASES).split(" ")
    words = [rng.choice(_WORDS[:7]) if w == "N" else w for w in words]
    return "".join(w + rng.choice(_GLUE[:6] + [" "] * 10) for w in words)


def _texts(n: int) -> list[str]:
    rng = random.Random(SEED)
    return ["".join((_phrase(rng) if rng.random() < 0.2 else rng.choice(_WORDS))
                    + rng.choice(_GLUE) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def _key(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern, starts", [
    (sp.RELATION, sp.RELATION_STARTS),
    (sp.PARTNER, sp.PARTNER_STARTS),
    (sp.THEIR_PARTNER, sp.THEIR_STARTS),
])
def test_tried_at_its_opening_words_it_finds_what_finditer_finds(pattern, starts) -> None:
    found = 0
    for text in _texts(3_000):
        expected = _key(pattern.finditer(text))
        assert _key(sp._found(pattern, text, folded(text), starts)) == expected, repr(text)
        found += len(expected)
    assert found > 100  # (the texts hold matches to compare)


@pytest.mark.parametrize("pattern, hints", [(sp.PAIR, sp._pair_hints),
                                            (sp.OWNED, sp._owned_hints)])
def test_searched_on_its_lines_it_finds_what_finditer_finds(pattern, hints) -> None:
    found = 0
    for text in _texts(3_000):
        expected = _key(pattern.finditer(text))
        assert _key(sp._on_lines(pattern, text, folded(text), hints)) == expected, repr(text)
        found += len(expected)
    assert found > 100


@pytest.mark.parametrize("text", [
    "Mark is getrouwd met Thijs.",
    "Hij is ſamenwonend met Thijs",  # a long s: re reads it as "s"
    "Zij is marrıed to Eva",  # a dotless i: re reads it as "i"
    "İlse is getrouwd met Eva",  # lower-cased to two characters: the whole text is searched
    "vertrouwen met Thijs, getrouwd met Daan",
])
def test_folded_text_finds_what_re_finds(text: str) -> None:
    assert _key(sp._found(sp.RELATION, text, folded(text), sp.RELATION_STARTS)) == _key(
        sp.RELATION.finditer(text))


def test_a_word_inside_another_is_no_start_and_matches_do_not_overlap() -> None:
    pattern = re.compile(r"\b(?i:trouw\w*)[ ]+\w+")
    text = "vertrouwen trouwen trouwen"
    starts = word_starts(text, ("trouw",))
    assert starts == [3, 11, 19]
    assert [m.group() for m in finditer_at(pattern, text, starts)] == ["trouwen trouwen"]


def test_only_the_lines_of_the_hints_are_searched() -> None:
    text = "Anne en Lisa zijn getrouwd\nEva en Mark zijn getrouwd\nDaan en Thijs"
    pattern = re.compile(r"[A-Z]\w+ en [A-Z]\w+")
    assert [m.group() for m in finditer_on_lines(pattern, text, [30])] == ["Eva en Mark"]
    assert [m.group() for m in finditer_on_lines(pattern, text, [3, 60, 5])] == [
        "Anne en Lisa", "Daan en Thijs"]


def test_the_words_each_pattern_needs_are_read_as_in_the_collapsed_text() -> None:
    """_wanted looks for each word once and collapses whitespace runs only for a phrase whose
    words are all there: the patterns NEEDS gave on the text lower-cased and collapsed."""
    texts = _texts(2_000) + ["de man\t van Thijs", "relatie \n tussen", "de man", "(partner)"]
    kinds = set()
    for text in texts:
        lower = " ".join(text.lower().split())
        expected = {p for p, words in sp.NEEDS if any(w in lower for w in words)}
        assert sp._wanted(text.lower()) == expected, repr(text)
        kinds.add(len(expected))
    assert len(kinds) > 3

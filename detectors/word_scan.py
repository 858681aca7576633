"""A whole-text `re` pattern searched only where its own words stand: the same matches.

A pattern that opens with ``\\b`` and a case-insensitive group (``\\b(?i:getrouwd|...)``)
gives `re` no literal to jump to, so finditer tries it at every character of the text.
Where every match opens with one of a few words, the positions of those words in the text
lower-cased (str.find, in C) are the only places a match can start (``finditer_at``); where
every match lies on one line and holds a word or phrase, only the lines where it stands are
searched (``finditer_on_lines``). Both give what
``pattern.finditer(text)`` gives, in its order (tests/detectors/test_word_scan.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# Characters that re.IGNORECASE takes for an ASCII letter but str.lower() does not make one:
# the long s and the dotless i (re's own case-folding fixes); the Kelvin sign lowers to "k",
# and the dotted capital I lowers to two characters (the caller then searches the whole text).
_FOLD = str.maketrans({"ſ": "s", "ı": "i"})


def folded(text: str, lower: str | None = None) -> str | None:
    """``text`` lower-cased as re.IGNORECASE reads its ASCII letters, character for
    character (the same offsets), or None when lower-casing changes its length. ``lower``:
    ``text.lower()`` when the caller has it already.

    >>> folded("Getrouwd MET")
    'getrouwd met'
    >>> folded("İ") is None
    True
    """
    lower = text.lower() if lower is None else lower
    if len(lower) != len(text):
        return None
    # (translate reads every character in Python: only for the rare text that needs it)
    return lower.translate(_FOLD) if "ſ" in lower or "ı" in lower else lower


def word_starts(lower: str, words: Iterable[str]) -> list[int]:
    """Every offset in ``lower`` where one of ``words`` (lower case) starts, ascending.

    >>> word_starts("de man van de vrouw", ("de", "man"))
    [0, 3, 11]
    """
    return sorted({at for word in words for at in _occurrences(lower, word)})


def find_words(text: str, words: Sequence[str], lower: str | None = None
               ) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of every occurrence of each of ``words`` (lower case), read
    case-blind, ascending: found by str.find in the text lower-cased, and by one
    case-blind pattern where lower-casing changes the text's length ("İlhan": the offsets
    of the lower-cased text would be one off after it). ``lower``: ``text.lower()`` when
    the caller has it already.

    >>> find_words("Fam. Smit en familie Kaya", ("familie", "fam."))
    [(0, 4), (13, 20)]
    >>> find_words("İlhan, familie Kaya", ("familie",))
    [(7, 14)]
    """
    low = folded(text, lower)
    if low is None:
        pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))),
                             re.IGNORECASE)
        return [m.span() for m in pattern.finditer(text)]
    return sorted({(at, at + len(word)) for word in words
                   for at in _occurrences(low, word)})


def _occurrences(lower: str, word: str) -> Iterator[int]:
    at = lower.find(word)
    while at >= 0:
        yield at
        at = lower.find(word, at + 1)


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``'s matches, tried only at ``starts`` (ascending): right
    when every match of the pattern starts at one of them. None is empty."""
    end = 0
    for at in starts:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()


def finditer_on_lines(pattern: re.Pattern[str], text: str,
                      hints: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``'s matches, searched only on the lines (split at "\\n")
    that hold one of the offsets ``hints``: right when no match of the pattern holds a line
    break or reads past one (the line's end read as the text's: a look-ahead, a "\\b"), and
    every match's line holds a hint (a word or phrase every match holds, say)."""
    for start in sorted({text.rfind("\n", 0, at) + 1 for at in hints}):
        end = text.find("\n", start)
        yield from pattern.finditer(text, start, len(text) if end < 0 else end)

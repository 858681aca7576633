"""PERSON in lower case, as people type names in chats and quick notes.

"hoi sanne," / "groetjes kees" / "thanks anna!": a greeting or closing and then a gazetteer
first name that is no common word; and "sanne" typed small once "Sanne de Vries" has been
written in full in the same text. Everything else in lower case is left alone: most
lower-case words are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.context import Evidence, scores
from detectors.person_names import alone_first_names, excluded, person_words
from detectors.person_openers import cued_words, occurrences_in

_WORD = re.compile(r"[^\W\d_][\w\-]{2,}(?=[ ]*(?:[,:!.?]|\r?\n|$))", re.MULTILINE)
_LEAD = re.compile(r"(\w+)[ ,]+$")
_LEAD_ENDS = (" ", ",", "\n")  # what _LEAD's "[ ,]+$" needs right before the word ("$": a last "\n" too)


def _after_greeting(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each lower-case word that ends its phrase right after a greeting or
    closing ("hoi sanne,", "groetjes kees"): from the opener scan person_shape runs anyway."""
    leads = person_words()["greetings"] | person_words()["closings"]
    for start, upper in cued_words(text):
        if upper or text[start - 1 : start] not in _LEAD_ENDS:
            continue  # (most cued words stand inside a longer word: "ing" in "ingang")
        lead = _LEAD.search(text, max(0, start - 25), start)
        m = _WORD.match(text, start)
        if m is not None and lead is not None and lead.group(1).lower() in leads:
            yield start, m.end()


def _typed_small(word: str) -> bool:
    """A lower-case word that is a gazetteer first name and no common word ("sanne")."""
    return "-".join(p.title() for p in word.split("-")) in alone_first_names()


def names(text: str, seen: frozenset[str]) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each lower-case name after a greeting or closing, and of
    each lower-case repeat of the first name of a name reported in full (``seen``)."""
    s = scores("PERSON").extra
    found: set[int] = set()
    for start, end in _after_greeting(text):
        word = text[start:end]
        if word.islower() and _typed_small(word):
            found.add(start)
            yield start, end, Evidence(s["greeting"], "greeting")
    parts = tuple(sorted(p for p in seen if _repeatable(p)))
    for start in sorted(repeat_starts(text, parts) - found):
        end = start + next(len(p) for p in sorted(parts, key=len, reverse=True)
                           if text.startswith(p, start))
        yield start, end, Evidence(s["repeat"], "name seen in full")


def repeat_starts(text: str, parts: tuple[str, ...]) -> set[int]:
    """Where one of ``parts`` stands as a whole word. A few: a plain find each; many (an
    export of hundreds of people): one keyword-automaton pass, each hit checked to stand
    whole (a trie pattern compiled per text cost ~35 ms: each text has its own parts)."""
    if len(parts) > _FEW:
        return {i for i, p in occurrences_in(text, parts) if _whole(text, i, p)}
    return {i for p in parts for i in _occurrences(text, p)}


_FEW = 8
_BEFORE_OK = "'’.@/-_"
_AFTER_OK = "'’@-_"


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word (as _whole, but a full stop and an underscore
    after it end it)."""
    out, i = [], text.find(word)
    while i >= 0:
        before, after = text[i - 1:i] if i else "", text[i + len(word):i + len(word) + 2]
        if not (before and (before.isalnum() or before in _BEFORE_OK)) and not (
                after[:1] and (after[:1].isalnum() or after[:1] in _AFTER_OK)
                or (after[:1] == "." and after[1:2].isalnum())):
            out.append(i)
        i = text.find(word, i + len(word))
    return out


def _whole(text: str, i: int, word: str) -> bool:
    r"""True where ``(?<![\w'’.@/\-])word(?![\w'’@\-]|\.\w)`` matches: no part of a longer
    word, an address or a path."""
    before, after = text[i - 1:i] if i else "", text[i + len(word):i + len(word) + 2]
    return not (before and (before.isalnum() or before in _BEFORE_OK)) and not (
        after[:1] and (after[:1].isalnum() or after[:1] in _AFTER_OK)
        or (after[:1] == "." and after[1:2] != "" and (after[1].isalnum() or after[1] == "_")))


def _repeatable(part: str) -> bool:
    """A first name of a reported name that is no word in lower case ("sanne", "kees"; not
    "roos", "bakker" or "de vries")."""
    return len(part) >= 3 and " " not in part and part not in excluded() and _typed_small(part)

"""PERSON in lower case, as people type names in chats and quick notes.

"hoi sanne," / "groetjes kees" / "thanks anna!": a greeting or closing and then a gazetteer
first name that is no common word; and "sanne" typed small once "Sanne de Vries" has been
written in full in the same text. Everything else in lower case is left alone: most
lower-case words are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from detectors.context import Evidence, scores, trie, trie_regex
from detectors.person_names import alone_first_names, excluded, person_words
from detectors.person_shape import _lower


@cache
def _after_greeting() -> re.Pattern[str]:
    """A greeting or closing, then one lower-case word that ends its phrase; run on the
    text in lower case (a case-sensitive trie scan is several times faster than an
    IGNORECASE alternation), the word's case is checked on the text itself."""
    words = person_words()
    lead = trie_regex(trie(sorted(words["greetings"] | words["closings"])))
    first = "".join(sorted({re.escape(w[0]) for w in words["greetings"] | words["closings"]}))
    return re.compile(rf"(?=[{first}])\b{lead}[ ,]+([^\W\d_][\w\-]{{2,}})"
                      r"(?=[ ]*(?:[,:!.?]|\r?\n|$))", re.MULTILINE)


def _typed_small(word: str) -> bool:
    """A lower-case word that is a gazetteer first name and no common word ("sanne")."""
    return "-".join(p.title() for p in word.split("-")) in alone_first_names()


def names(text: str, seen: frozenset[str]) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each lower-case name after a greeting or closing, and of
    each lower-case repeat of the first name of a name reported in full (``seen``)."""
    s = scores("PERSON").extra
    found: set[int] = set()
    lower = _lower(text)
    for m in _after_greeting().finditer(lower):
        word = text[m.start(1):m.end(1)]
        if word.islower() and _typed_small(word):
            found.add(m.start(1))
            yield m.start(1), m.end(1), Evidence(s["greeting"], "greeting")
    parts = tuple(sorted(p for p in seen if _repeatable(p)))
    if parts:
        for m in _again(parts).finditer(text):
            if m.start() not in found:
                yield m.start(), m.end(), Evidence(s["repeat"], "name seen in full")


@lru_cache(maxsize=256)
def _again(parts: tuple[str, ...]) -> re.Pattern[str]:
    """The parts as whole lower-case words, one trie scan (a document may name hundreds)."""
    first = "".join(sorted({re.escape(p[0]) for p in parts}))
    return re.compile(rf"(?=[{first}])(?<![\w'’.@/\-]){trie_regex(trie(list(parts)))}"
                      r"(?![\w'’@\-]|\.\w)")


def _repeatable(part: str) -> bool:
    """A first name of a reported name that is no word in lower case ("sanne", "kees"; not
    "roos", "bakker" or "de vries")."""
    return len(part) >= 3 and " " not in part and part not in excluded() and _typed_small(part)

"""PERSON in lower case, as people type names in chats and quick notes.

"hoi sanne," / "groetjes kees" / "thanks anna!": a greeting or closing and then a gazetteer
first name that is no common word; and "sanne" typed small once "Sanne de Vries" has been
written in full in the same text. Everything else in lower case is left alone: most
lower-case words are words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

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
    for part in (p for p in seen if _repeatable(p)):
        for start in _occurrences(text, part):
            if start not in found:
                yield start, start + len(part), Evidence(s["repeat"], "name seen in full")


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word (a plain find: a handful of words a text)."""
    i = text.find(word)
    while i >= 0:
        before, after = text[i - 1:i], text[i + len(word):i + len(word) + 2]
        if not (before.isalnum() or before in "'’.@/-_" and before) and not (
                after[:1].isalnum() or after[:1] in "'’@-_" and after[:1]
                or (after[:1] == "." and after[1:].isalnum())):
            yield i
        i = text.find(word, i + len(word))


def _repeatable(part: str) -> bool:
    """A first name of a reported name that is no word in lower case ("sanne", "kees"; not
    "roos", "bakker" or "de vries")."""
    return len(part) >= 3 and " " not in part and part not in excluded() and _typed_small(part)

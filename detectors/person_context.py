"""PERSON: a single name word made a name by the words around it in running text.

A name written alone is often a first name or a surname nobody's list holds: "haar collega
Priyanka", "zoon Daan", or a first name opening a sentence or bullet when a verb of acting
or speaking follows ("Sanne vraagt of ...", "- Daan belt terug"). At a sentence start a
capital alone says nothing, so there the first name must be on the gazetteer and a verb
must follow. Words: data/person.toml ``relations`` and ``verbs``.
"""

from __future__ import annotations

import regex

from detectors.context import Evidence, scores
from detectors.person_names import alone_first_names, person_words

_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)\b")
_OPENS = ".!?:;\n\"'“‘•-*–—"


def relation_before(text: str, start: int) -> Evidence | None:
    """A relation or role word right before the name ("haar zoon Daan", "collega Priya")."""
    before = text[max(0, start - 20) : start]
    if not before.endswith((" ", "\t")):
        return None
    words = before.split()
    word = words[-1] if words else ""
    if word not in person_words()["relations"]:
        return None
    return Evidence(scores("PERSON").extra["first_alone"] + 0.1, f"after '{word}'")


def acting_first_name(text: str, start: int, end: int, word: str) -> Evidence | None:
    """A gazetteer first name opening a sentence or bullet, a verb of acting after it."""
    if not _is_first_name(word):
        return None
    before = text[max(0, start - 3) : start].rstrip(" \t(")
    if before and before[-1] not in _OPENS:
        return None  # inside a sentence: person._first_name_alone decides
    m = _WORD_AFTER.match(text, end, end + 30)
    if m is None or m.group(1) not in person_words()["verbs"]:
        return None
    return Evidence(scores("PERSON").extra["first_alone"], "first name acting")


def _is_first_name(word: str) -> bool:
    parts = word.split("-")
    return all(p in alone_first_names() for p in parts)

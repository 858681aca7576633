"""PERSON: first names that are also function words ("An", "Wil", "Ben", "Dan", "Will").

The gazetteer's first names drop the stop words (person_names.excluded), so "An Peeters",
"zijn leidinggevende Wil Schmeets" and "Present: Will Brown" are never cut as names: the
run ends at its first word. A capitalised function word inside a sentence is no function
word, though: "An" after a comma, "Wil" after "leidinggevende". So one of these first names
(data/person.toml ``homograph_first_names``) is a name with the surname right after it when
 - inside a sentence (a lower-case word, a comma, a colon or a bracket before it), the surname
   is name-shaped, or particles and a capitalised word ("Wil de Jong");
 - opening a line or a sentence, the surname is a gazetteer's ("Wil Kok – 10 jaar"), and the
   first name opens no sentence as a word there (``homograph_openers``: "Dan Visser bellen"
   is "then call Visser").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from detectors.context import Evidence, scores
from detectors.person_names import common_words, is_name_shaped, last_names, person_words
from detectors.person_shape import PARTICLES, Token


@cache
def _pattern() -> regex.Pattern[str]:
    """One homograph first name, a space, particles and a capitalised word."""
    names = sorted(person_words()["homograph_first_names"], key=len, reverse=True)
    alternation = "|".join(regex.escape(n.title()) for n in names)
    particles = "|".join(regex.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
    return regex.compile(
        rf"(?<![\w.@'’-])(?P<first>{alternation})[ ](?P<particles>(?:(?i:{particles})[ ]){{0,2}})"
        r"(?P<last>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\w@])")


# What stands before a name inside a sentence: a lower-case word, a comma, colon or bracket.
_INSIDE = regex.compile(r"(?:\p{Ll}[\p{L}'’-]*[ ]+|[,:;(][ ]*)\Z")


def names(text: str) -> Iterator[tuple[tuple[Token, ...], str, Evidence]]:
    """(tokens, roles, evidence) of each homograph first name with its surname, as
    person_forms gives its names (the recognizer judges the organisation around them)."""
    if not any(n.title() + " " in text for n in person_words()["homograph_first_names"]):
        return  # (most texts hold none: one substring test a name, no regex pass)
    s = scores("PERSON").extra
    openers = person_words()["homograph_openers"]
    for m in _pattern().finditer(text):
        last = m.group("last")
        known = last in last_names()
        inside = _INSIDE.search(text, max(0, m.start() - 30), m.start()) is not None
        if m.group("particles"):
            shaped = last.lower() not in common_words() or known
        else:
            shaped = is_name_shaped(last)
        if not shaped:
            continue
        if inside:
            yield (*_tokens(m), Evidence(s["full"] if known else s["first_only"],
                                         "first name that is also a word, then a surname"))
        elif known and m.group("first").lower() not in openers:
            yield (*_tokens(m), Evidence(s["full"], "first name that is also a word, then a "
                                                    "gazetteer surname"))


def _tokens(m: regex.Match[str]) -> tuple[tuple[Token, ...], str]:
    """The match's words as typed tokens and their roles: F, P..., L."""
    toks = [Token(m.group("first"), m.start("first"), m.end("first"), "N")]
    at = m.start("particles")
    for word in m.group("particles").split():
        at = m.string.index(word, at)
        toks.append(Token(word, at, at + len(word), "P"))
        at += len(word)
    toks.append(Token(m.group("last"), m.start("last"), m.end("last"), "N"))
    return tuple(toks), "F" + "P" * (len(toks) - 2) + "L"

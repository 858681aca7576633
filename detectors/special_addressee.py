"""A health term after "uw"/"je"/"your" in a letter to one named person is that person's.

HR writes to a worker about her own health without naming it a third time: "Beste Anouk
Verbeek, ... dank voor de melding van uw zwangerschap", "Dear Mr Osei, we are sorry to hear
about your hernia". The sentence holds no trigger (no "ik", no "hij", no name), so the term
stays term-only, though the letter's greeting says whose it is. The greeting must name one
person ("Beste collega's", "Geachte heer/mevrouw", "Dear all" name no one), the possessive
must stand right before the term (at most a Dutch inflected adjective between: "uw lange
ziekte"), and the clause must state, not suppose ("als uw ziekte langer duurt"). Words:
data/special/addressee.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from detectors.special_lexicon import phrase_trie

DATA = Path(__file__).resolve().parent / "data" / "special" / "addressee.toml"
HEALTH = "SPECIAL_HEALTH"
GREETING_REACH = 1500  # characters from the top where a letter's or e-mail's greeting stands
BEFORE_REACH = 40  # characters read before a term for its possessive
KEYS = ("greetings", "titles", "groups", "possessives", "conditionals")



class Match(Protocol):
    """What is read of a match (special_category.SpecialMatch, a frozen dataclass)."""

    @property
    def entity(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def rule_key(self) -> str: ...


M = TypeVar("M", bound=Match)


@dataclass(frozen=True)
class AddresseeRules:
    """One language's patterns: a greeting line and a possessive right before a term."""

    greeting: re.Pattern[str]  # "beste [mevrouw] <who>" at a line's start, who up to , ! :
    groups: frozenset[str]
    possessive: re.Pattern[str]  # a possessive ending the text before a term
    conditional: re.Pattern[str]


def _alt(words: list[str]) -> str:
    return r"(?<![\w/])" + phrase_trie(sorted(words)) + r"(?![\w/])"


@lru_cache(maxsize=4)
def load_rules(language: str, path: Path = DATA) -> AddresseeRules:
    """addressee.toml's lists for ``language``; raises ValueError naming the file and key."""
    data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")).get(language, {})
    for key in KEYS:
        if not isinstance(data.get(key), list) or not data[key]:
            raise ValueError(f"{path}: [{language}] {key} must be a non-empty list of words")
    title = r"(?:" + _alt(data["titles"]) + r"[^\S\n]+)?"
    adjective = r"(?:[^\W\d_]+e[^\S\n]+)?" if language == "nl" else ""
    return AddresseeRules(
        greeting=re.compile(r"^[^\S\n]*" + _alt(data["greetings"]) + r"[^\S\n]+(?P<title>"
                            + title + r")(?P<who>[^\n,!:;]{1,60})", re.MULTILINE | re.IGNORECASE),
        groups=frozenset(data["groups"]),
        possessive=re.compile(r"(?<![\w/])(" + phrase_trie(sorted(data["possessives"]))
                              + r")[^\S\n]+" + adjective + r"$", re.IGNORECASE),
        conditional=re.compile(_alt(data["conditionals"]), re.IGNORECASE))


def to_one_person(text: str, rules: AddresseeRules) -> bool:
    """Whether the text's first greeting names one person: "Beste Anouk Verbeek", "Geachte
    mevrouw De Vries", "Dear Mr Osei", not "Beste collega's", "Geachte heer/mevrouw".

    >>> to_one_person("Onderwerp: verlof\\n\\nBeste Anouk,\\n\\nDank je.", load_rules("nl"))
    True
    >>> to_one_person("Geachte heer/mevrouw,\\n\\nUw aanvraag ...", load_rules("nl"))
    False
    """
    m = rules.greeting.search(text, 0, GREETING_REACH)
    if m is None:
        return False
    who = m.group("who").strip()
    full = (m.group("title") + who).strip().lower()
    return bool(who) and who[0].isupper() and full not in rules.groups \
        and who.lower() not in rules.groups and who.split()[0].lower() not in rules.groups


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def addressed(text: str, matches: Sequence[M], language: str, score: float) -> list[M]:
    """``matches`` with each term-only health match that a possessive right before it gives to
    the addressee of a letter to one person made a statement about that person (score
    ``score``, rule "addressee 'uw'")."""
    rules = load_rules(language)
    open_ = [i for i, m in enumerate(matches)
             if m.entity == HEALTH and m.rule_key == "term_only"]
    if not open_ or not to_one_person(text, rules):
        return list(matches)
    out = list(matches)
    for i in open_:
        start = matches[i].start
        lo = max(_sentence_start(text, start), start - BEFORE_REACH)
        before = rules.possessive.search(text, lo, start)
        if before is None or rules.conditional.search(text, lo, start) is not None:
            continue
        out[i] = replace(matches[i], score=score,  # type: ignore[type-var]
                         rule=f"addressee '{before.group(1).lower()}'",
                         rule_key="third_person", open=False)
    return out

"""A health term after "uw"/"je"/"your" in a letter to one named person is that person's.

HR writes to a worker about her own health without naming it a third time: "Beste Anouk
Verbeek, ... dank voor de melding van uw zwangerschap", "Dear Mr Osei, we are sorry to hear
about your hernia". The sentence holds no trigger (no "ik", no "hij", no name), so the term
stays term-only, though the letter's greeting says whose it is. The greeting must name one
person ("Beste collega's", "Geachte heer/mevrouw", "Dear all" name no one), the possessive
must stand right before the term (at most a Dutch inflected adjective between: "uw lange
ziekte"), and the clause must state, not suppose ("als uw ziekte langer duurt"). Only a term
the rules left open counts (not a ward, a supposition, a right: "your dementia unit" is closed)
and never a status word ("je ziekteverlof is verrekend" says someone is absent, not why). A
"je" second in its clause follows its verb and is the subject ("Heb je griep?", "Ben je
zwanger?"), and a term the next word turns into a thing ("your flu jab") is no one's health.
Words: data/special/addressee.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from detectors.special_lexicon import phrase_trie

if TYPE_CHECKING:  # (special_absence reads special_link, which reads this module)
    from detectors.special_absence import Term

DATA = Path(__file__).resolve().parent / "data" / "special" / "addressee.toml"
HEALTH = "SPECIAL_HEALTH"
GREETING_REACH = 1500  # characters from the top where a letter's or e-mail's greeting stands
BEFORE_REACH = 40  # characters read before a term for its possessive
KEYS = ("greetings", "titles", "groups", "possessives", "conditionals", "not_after")
SUBJECT = "je"  # also the subject pronoun: second in a verb-first clause ("Heb je ...?")
# a clause's first word up to the term's possessive: "Heb je", "Welkom, ben je"
VERB_FIRST = re.compile(r"\s*[^\W\d_]+[^\S\n]+")
CLAUSE_MARKS = ".!?\n,;:"

M = TypeVar("M", bound="Term")  # (special_absence.Term: what is read of a SpecialMatch)


@dataclass(frozen=True)
class AddresseeRules:
    """One language's patterns: a greeting line and a possessive right before a term."""

    greeting: re.Pattern[str]  # "beste [mevrouw] <who>" at a line's start, who up to , ! :
    groups: frozenset[str]
    possessive: re.Pattern[str]  # a possessive ending the text before a term
    conditional: re.Pattern[str]
    not_after: re.Pattern[str]  # a word right after the term that makes it a thing: "flu jab"


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
        conditional=re.compile(_alt(data["conditionals"]), re.IGNORECASE),
        not_after=re.compile(r"[^\S\n]*-?[^\S\n]*" + _alt(data["not_after"]), re.IGNORECASE))


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
    words = who.lower().split()
    # "Beste Flexkracht", "Dear new colleague": a role, however capitalised, names no one
    return bool(who) and who[0].isupper() and full not in rules.groups \
        and who.lower() not in rules.groups and words[0] not in rules.groups \
        and words[-1] not in rules.groups


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _subject_je(text: str, before: re.Match[str]) -> bool:
    """"je" second in its clause, after its verb: the subject ("Heb je diabetes, ...", "Ben je
    zwanger?"), not the possessive ("Fijn dat je hernia ...")."""
    if before.group(1).lower() != SUBJECT:
        return False
    pos = before.start()
    clause = max(text.rfind(c, 0, pos) for c in CLAUSE_MARKS) + 1
    return VERB_FIRST.fullmatch(text, clause, pos) is not None


def addressed(text: str, matches: Sequence[M], language: str, score: float) -> list[M]:
    """``matches`` with each term-only health match that a possessive right before it gives to
    the addressee of a letter to one person made a statement about that person (score
    ``score``, rule "addressee 'uw'")."""
    rules = load_rules(language)
    # open: not ruled out ("your dementia unit", "als je ziek bent"); a status word says
    # someone is absent, not why ("je ziekteverlof is verrekend" on a payslip)
    open_ = [i for i, m in enumerate(matches) if m.entity == HEALTH
             and m.rule_key == "term_only" and m.open and not m.status]
    if not open_ or not to_one_person(text, rules):
        return list(matches)
    out = list(matches)
    for i in open_:
        start = matches[i].start
        lo = max(_sentence_start(text, start), start - BEFORE_REACH)
        before = rules.possessive.search(text, lo, start)
        if before is None or rules.conditional.search(text, lo, start) is not None \
                or _subject_je(text, before) \
                or rules.not_after.match(text, matches[i].end) is not None:
            continue
        out[i] = replace(matches[i], score=score,  # type: ignore[type-var]
                         rule=f"addressee '{before.group(1).lower()}'",
                         rule_key="third_person", open=False)
    return out

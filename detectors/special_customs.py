"""Religious words that name food, an event, a day off or a building, no one's belief (data:
customs.toml).

A faith's words are also the words of a kitchen, a calendar and a street. Read by the phrase
the term stands in, not by the term:

- a diet term with a food word in its phrase or in brackets after a dish: "Kip shoarma
  (halal)", "halal / kosher / vegan options for guests", "a halal kitchen";
- a festival that names an event or a package: "the hotel's Diwali and Christmas staff
  dinners", "een iftar-pakket", "Suikerfeestborrel";
- a festival as the reason for a day off that a clause grants whoever asks ("Werknemer kan
  in overleg een vrije dag opnemen voor Suikerfeest of Offerfeest");
- a place of worship that names a building or its grounds: "the old church building".

None holds where a person eats, keeps, celebrates or fasts it in the clause ("ik eet alleen
halal", "Diwali vieren we thuis") or is named, a pronoun or "ik" there ("Ahmed mag vrij op
Suikerfeest").

https://gdpr-info.eu/art-9-gdpr/ (data *revealing* religious beliefs)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from detectors.special_lexicon import LANGUAGES, lower_lists, phrase_trie

DATA = Path(__file__).parent / "data" / "special" / "customs.toml"
LISTS = ("diet_terms", "food_words", "keep_verbs", "festivals", "event_words", "leave_words",
         "permission", "venue_words", "venue_owners", "reason_labels", "trade_words",
         "count_nouns")
RELIGION = "SPECIAL_RELIGION"
COMPOUND_TAIL = 5  # a shorter head ("feest") ends unrelated words
PHRASE_WORDS = 4  # words of the term's phrase read on either side for a food or event word
CLAUSE_REACH = 160
CLAUSE_ENDS = re.compile(r"[!?;\n]|\.(?=\W{0,2}[^\S\n]+[A-ZÀ-Þ]|\W{0,2}[^\S\n]*$)|:(?=[^\S\n])")
PHRASE_ENDS = re.compile(r"[,;:.!?\n]|[^\S\n](?:met|with|voor|for|bij|at|in|op|on)[^\S\n]")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
BRACKET_BEFORE = re.compile(r"\(([^()\n]{0,40})$")


class CustomsDataError(ValueError):
    """customs.toml is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class Customs:
    """Every language's lists (a Dutch menu names "halal options" in English too)."""

    diet: frozenset[str]
    food: frozenset[str]
    festivals: frozenset[str]
    events: frozenset[str]
    venues: frozenset[str]
    keep: re.Pattern[str]
    leave: re.Pattern[str]
    permission: re.Pattern[str]
    venue_owners: frozenset[str] = frozenset()  # "mosque building fund": a cause, no building
    reason_label: re.Pattern[str] = re.compile(r"(?!)")  # "Reason: Diwali": the person's own
    trade: frozenset[str] = frozenset()  # "halal bereidden", "kosher standards": the work's
    counts: frozenset[str] = frozenset()  # "vier jaar": a number, no verb of keeping


@cache
def load_customs(path: Path = DATA) -> Customs:
    """customs.toml compiled; raises CustomsDataError naming the file and key."""
    tables = [_table(path, lang) for lang in LANGUAGES]  # each file parsed once
    t = {k: sorted({w for table in tables for w in table[k]}) for k in LISTS}
    return Customs(frozenset(t["diet_terms"]), frozenset(t["food_words"]),
                   frozenset(t["festivals"]), frozenset(t["event_words"]),
                   frozenset(t["venue_words"]), _words(t["keep_verbs"]),
                   _words(t["leave_words"]), _words(t["permission"]),
                   frozenset(t["venue_owners"]),
                   re.compile(r"^[^\S\n]*(?:" + phrase_trie(t["reason_labels"])
                              + r")[^\S\n]*:", re.IGNORECASE | re.MULTILINE),
                   frozenset(t["trade_words"]), frozenset(t["count_nouns"]))


def _words(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?:" + phrase_trie(phrases) + r")(?![\w'’])", re.IGNORECASE)


def _table(path: Path, language: str) -> dict[str, list[str]]:
    return lower_lists(path, language, LISTS, CustomsDataError)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The term's clause: from the last sentence end, line break or field colon before it to
    the next after it, within CLAUSE_REACH."""
    lo = max((m.end() for m in CLAUSE_ENDS.finditer(text, max(0, start - CLAUSE_REACH), start)),
             default=max(0, start - CLAUSE_REACH))
    hi = CLAUSE_ENDS.search(text, end, min(len(text), end + CLAUSE_REACH))
    return lo, hi.start() if hi else min(len(text), end + CLAUSE_REACH)


def is_custom(text: str, start: int, end: int, term: str, tied: bool) -> bool:
    """Whether the religion term text[start:end] (lexicon ``term``) names food, an event, a
    day off or a building. ``tied``: a first person, pronoun or name is in its clause.

    >>> is_custom("Ma  Kip shoarma met rijst (halal)", 27, 32, "halal", False)
    True
    >>> is_custom("Ik eet alleen halal vlees.", 14, 19, "halal", True)
    False
    >>> is_custom("Ik kookte er halal voor 200 gasten.", 13, 18, "halal", True)
    True
    """
    c = load_customs()
    lo, hi = clause(text, start, end)
    if _keeps(text, lo, hi, start, end, c) or _reason_value(text, start, c):
        return False
    words = term.split()[-1], term.split()[0]
    if (words[0] in c.diet or words[1] in c.diet) and _phrase_has(text, start, end, c.trade):
        return True  # "we bereidden halal", "de eisen van halal werken": a cook's trade
    if tied:
        return False
    if words[0] in c.diet or words[1] in c.diet:
        return _phrase_has(text, start, end, c.food) or _in_dish_bracket(text, start)
    if term in c.festivals:
        return (_phrase_has(text, start, end, c.events) or _glued(text, end, c.events)
                or (c.leave.search(text, lo, hi) is not None
                    and c.permission.search(text, lo, hi) is not None))
    venue = _glued(text, end, c.venues) or _next_word(text, end) in c.venues
    return venue and not _owned_venue(text, end, c)


def _reason_value(text: str, start: int, c: Customs) -> bool:
    """The term in the value of a field saying why ("Reason: Diwali celebration with
    family"): the record person's own reason for a day off."""
    line_start = text.rfind("\n", 0, start) + 1
    return c.reason_label.match(text, line_start, start) is not None


def _owned_venue(text: str, end: int, c: Customs) -> bool:
    """The venue word followed by a body or a cause ("mosque building fund", "kerkgebouw
    commissie"): no building."""
    words = WORD.findall(text[end : end + 40])
    return len(words) >= 2 and words[1].lower() in c.venue_owners


def _keeps(text: str, lo: int, hi: int, start: int, end: int, c: Customs) -> bool:
    """A verb of eating, keeping, celebrating or fasting in the clause, not the term itself
    ("vasten" is both), nor a number before what it counts ("vier jaar")."""
    return any((m.end() <= start or m.start() >= end) and _next_word(text, m.end()) not in c.counts
               for m in c.keep.finditer(text, lo, hi))


def _phrase_has(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """One of ``words`` among the PHRASE_WORDS words on either side of the term in its phrase
    (a list of options joined by "/" is one phrase: "halal / kosher / vegan options")."""
    before = PHRASE_ENDS.split(text[max(0, start - 60) : start])[-1]
    after = PHRASE_ENDS.split(text[end : end + 60])[0]
    near = WORD.findall(before)[-PHRASE_WORDS:] + WORD.findall(after)[:PHRASE_WORDS]
    return any(_ends_in(w.lower(), words) for w in near)


def _ends_in(word: str, words: frozenset[str]) -> bool:
    """The word, or its compound's last part, is one of ``words``, also in the plural:
    "diners", "iftar-pakket", "kerstborrels" (a head of COMPOUND_TAIL letters or more)."""
    tail = word.split("-")[-1]
    stems = {tail, tail.removesuffix("s"), tail.removesuffix("en")}
    return bool(stems & words) or any(
        s.endswith(w) for s in stems for w in words if len(w) >= COMPOUND_TAIL)


def _in_dish_bracket(text: str, start: int) -> bool:
    """The term inside a bracket after a dish: "Gehaktballen in jus (rund, halal)"."""
    m = BRACKET_BEFORE.search(text, max(0, start - 40), start)
    line_start = text.rfind("\n", 0, start) + 1
    return m is not None and any(ch.isalpha() for ch in text[line_start : m.start()])


def _glued(text: str, end: int, words: frozenset[str]) -> bool:
    """A compound's second part after a hyphen or glued on: "iftar-pakket", "Diwaliborrel"."""
    m = re.match(r"-?([^\W\d_]+)", text[end : end + 30])
    return m is not None and (m.group(1).lower() in words or (
        m.group(0)[:1] != "-" and any(m.group(1).lower().endswith(w) for w in words)))


def _next_word(text: str, end: int) -> str:
    m = WORD.search(text, end, end + 30)
    return "" if m is None or text[end : m.start()].strip() else m.group().lower()

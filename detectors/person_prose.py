"""PERSON in running text: one scored decision for a capitalised word (or a run of two or
three) that no title, initials or label makes a name.

"met Okonkwo gesproken", "Sanne belt terug", "volgens Dewi", "Okonkwo's planning", "haar
collega Priya", "Piet, Fatma en mw. Kowalski": what makes each a name is evidence of a few
kinds, weighed in one place instead of one rule per phrasing:

- the word itself: a gazetteer first name or surname, a word on no list and no common word
  (a proper noun), or a common word, a compound of two common words, a noun ending;
- where it stands: a capital inside a sentence says proper noun, at a sentence start nothing;
  a line of capitalised words is a heading;
- the words around it: a word that takes a person before it ("met", "namens", "with",
  "ask"), a relation ("haar zoon"), a place word ("te", "in"), a verb of speaking or acting
  after it, a possessive, another capitalised word beside it.

The document's own names (a part of a name found in full counts alone) are person.py's.

Each adds its weight (log-odds, ``data/person_model.toml``); the score is the logistic of the
sum. Organisations and places named after people are vetoed by the caller (person.py).
"""

from __future__ import annotations

import math
import re
import tomllib
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from detectors.context import DATA, DataFileError, Evidence
from detectors.dutch_words import is_dutch_word
from detectors.person_names import (
    alone_first_names,
    common_words,
    countries,
    countries_one,
    first_names,
    is_first_name,
    is_last_name,
    is_org_word,
    is_seat,
    last_names,
    person_words,
)
from detectors.person_vehicles import ARTICLES

_PARTICLES = frozenset(
    ["van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "’t", "v.d.", "vd", "von",
     "da", "das", "dos", "di", "del", "du", "le", "la", "el", "al", "bin", "ben", "ibn", "abu"])
_WEIGHT_KEYS = (
    "bias", "first_name", "first_name_short", "first_name_common", "surname", "unknown", "common", "compound",
    "noun_ending", "run", "mid_sentence", "heading", "person_before", "relation_before",
    "person_weak", "place_before", "act_after", "possessive", "capital_beside",
    "opens_and_marks", "listed_with_names", "bracketed", "after_number", "after_time",
    "particle_surname",
    "introduced", "common_first_mid",
)
_WORD_KEYS = ("person_before", "person_weak", "place_before", "person_or_place", "noun_endings",
              "introduces", "roles_before", "openers")


class Model(NamedTuple):
    """The weights and word lists of data/person_model.toml."""

    weights: dict[str, float]
    words: dict[str, frozenset[str]]


@cache
def model() -> Model:
    """The model's data; raises DataFileError naming a missing key."""
    path = DATA / "person_model.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DataFileError(f"{path}: {e}") from e
    weights, words = table.get("weights", {}), table.get("words", {})
    missing = [k for k in _WEIGHT_KEYS if k not in weights] + [
        k for k in _WORD_KEYS if not isinstance(words.get(k), list)]
    if missing:
        raise DataFileError(f"{path}: lacks {missing}")
    return Model({k: float(weights[k]) for k in _WEIGHT_KEYS},
                 {k: frozenset(w.lower() for w in words[k]) for k in _WORD_KEYS})


# What word_evidence calls a word that is no name: a common word, a compound of two, a
# noun's ending ("Salarisadministratie", "Backoffice"); read by person.py, person_fields.py,
# person_records.py and person_brackets.py.
NO_NAME_KINDS = ("common", "compound", "noun_ending")


@lru_cache(maxsize=16384)
def word_evidence(word: str) -> tuple[float, str]:
    """(weight, feature) of what the word itself is; a particle is (0, "")."""
    lower = word.lower()
    if lower in _PARTICLES:
        return 0.0, ""
    if "-" in word:  # "Pieter-Jan", "Jansen-Bakker": the stronger part
        return max((word_evidence(p) for p in word.split("-") if p), default=(0.0, ""))
    w = model().weights
    common = lower in common_words()
    country = lower in countries()  # ("Belgium", "Holland": a country in prose first)
    if (country or word in countries_one()) and word in first_names():
        # ("China", "Jordan", "Kenya": first names on a list too)
        return w["first_name_common"], "name_common"
    if word in alone_first_names():  # (three letters or fewer: a month, a day, a unit too)
        return w["first_name" if len(word) > 3 else "first_name_short"], "first_name"
    # (a name its list holds without accents, "Ciarán", weighs as a common word's name)
    if is_first_name(word) or (is_last_name(word) and common):
        return w["first_name_common"], "name_common"
    if is_last_name(word) and not country:
        return w["surname"], "surname"
    if common or country:
        return w["common"], "common"
    if _noun_ending(lower):
        return w["noun_ending"], "noun_ending"
    if _compound(lower):
        return w["compound"], "compound"
    return w["unknown"], "unknown"


def _noun_ending(lower: str) -> bool:
    return len(lower) > 5 and lower.endswith(_noun_endings())


@cache
def _noun_endings() -> tuple[str, ...]:
    return tuple(sorted(model().words["noun_endings"]))


def _compound(lower: str) -> bool:
    """Two common words joined ("dienst"+"rooster", "arbeid"+"s"+"contract"): a Dutch
    compound noun, not a name nobody's list holds."""
    common = common_words()
    for i in range(3, len(lower) - 3):
        head, tail = lower[:i], lower[i:]
        if tail in common and (head in common or (head[-1] == "s" and head[:-1] in common)):
            return True
    return False


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # (checked against a lower-case list)
_POSSESSIVE = re.compile(r"['’](?:s\b|[ \t])")
# A count or a plural's article before "X's": a plural of a thing ("twee Ducato's", "onder de
# Scudo's", "3 Kia's"); Dutch writes no article before a person's possessive ("Jans auto")
_PLURAL_BEFORE = re.compile(r"(?<![\w'’])(?:\d+|de|twee|drie|vier|vijf|zes|zeven|acht|negen|"
                            r"tien|alle|beide|enkele|veel|die|deze|two|three|four|five|six|"
                            r"all|both|several|many|these|those)[ ]+$", re.IGNORECASE)
_SENTENCE_OPEN = ".!?:;\n\r•*–—->|"
# (particles between: "Jan van Galenstraat")
_CAP_BESIDE_AFTER = regex.compile(
    r"(?:[ ]+(?i:van|de|der|den|het|ten|ter|von|'t))*[ ]+\p{Lu}\p{Ll}")
_CAP_BESIDE_BEFORE = regex.compile(r"\p{Lu}[\p{Ll}'’]+[ ]+$", regex.REVERSE)  # (person._BEFORE)


def _mid_sentence(text: str, start: int) -> bool:
    """True when a word stands before ``start`` in the same sentence (quotes and brackets
    skipped): a capital there marks a proper noun."""
    before = text[max(0, start - 4) : start].rstrip(" \t(\"'“‘[")
    return bool(before) and before[-1] not in _SENTENCE_OPEN and not before[-1].isdigit()


# A clock time right before: "09:12 Roos vraagt", "14:03:10 Mark says" (a log's or chat's
# entry, whose first capital is who acts), not a quantity's unit as after "12 Jan".
_TIME_BEFORE = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?[ \t]$")


def _after_time(text: str, start: int, end: int) -> bool:
    """True right after a clock time and a space (cheap test first: a digit there), when the
    entry goes on after the word: alone on its line it is an agenda's item ("11:00 Jade", a
    room), not who acts."""
    return (text[start - 2 : start - 1].isdigit()
            and _TIME_BEFORE.search(text, max(0, start - 10), start) is not None
            and _GOES_ON.match(text, end) is not None and _may_act(text, start))


def _may_act(text: str, start: int) -> bool:
    """True when the word at ``start`` is a gazetteer first name or surname that is no
    organisation's word nor a brand named after a person: after a clock time a word on no
    list is a firm or a program as often ("09:00 Vodafone belt", "14:05 Redis says OK"),
    and "Philips", "Mercedes" are the firm and the car."""
    m = _FIRST_WORD.match(text, start)
    if m is None:
        return False
    word = m.group()
    return ((word in first_names() or word in last_names()) and not is_org_word(word)
            and word.lower() not in person_words()["eponymous_brands"])


_GOES_ON = re.compile(r"[ \t:,]*[^\W_]")


def _after_number(text: str, start: int) -> bool:
    """True right after a number and a space: a month ("12 Jan", "3 May"), a unit or a
    house number's letter, not a name."""
    return text[start - 1 : start] in (" ", "\t") and text[start - 2 : start - 1].isdigit()


def _heading(text: str, start: int) -> bool:
    """True on a line of capitals or of capitalised words only (a heading, a menu)."""
    lo = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    hi = text.find("\n", start, start + 200)
    line = text[lo : min(len(text), start + 200) if hi < 0 else hi]  # (a line may be huge)
    line = line.strip()
    # (first: one C scan settles most prose lines; a sentence's closing mark ends a line of
    # short words and capitals too: "Gisteren zag ik Marja.")
    if _SENTENCE_MARK.search(line) or line.endswith((".", "!", "?")):
        return False
    words = [w for w in _LETTERS.findall(line) if len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


_SENTENCE_MARK = regex.compile(r"[.,;!?]\s*\S")
_LETTERS = regex.compile(r"\p{L}+")


def _before(text: str, start: int) -> list[str]:
    """The feature of the word right before the candidate, if any."""
    window = text[max(0, start - 25) : start]
    head = window.rstrip(" \t")
    if len(head) == len(window) or not head or head[-1] in "\r\n":
        return []
    if head[-1] == "," and _APPOSED.match(text, start):
        # a relation's apposition closed by a comma ("haar man, Bilal, belde"; "my
        # colleague, Nienke, said"): the relation before the comma takes the name
        word = head[:-1].rsplit(None, 1)[-1].lower() if head[:-1].strip() else ""
        return ["relation_before"] if word in person_words()["relations"] else []
    word = head.rsplit(None, 1)[-1].lstrip("(\"'“‘[").lower()
    if word in _DETERMINERS and _brand(text, start):
        return ["place_before"]  # "de Mercedes", "his Porsche": the car, a thing
    if word in _intro_ends() and _introduced(head):
        return ["introduced"]
    feature = _before_words().get(word)
    if feature == "person_before" and word in model().words["roles_before"] and (
            not _role_holder_after(text, start)):
        return []  # "trainer Noord", "coach Ajax": the team's place or a firm, not a person
    if feature == "place_before" and word in model().words["person_or_place"]:
        m = _FIRST_WORD.match(text, start)  # "bij Sanne" a person, "bij Philips" a firm
        if m is not None and m.group() in alone_first_names() and not _BRANCH.match(
                text, m.end()) and m.group().lower() not in person_words()["eponymous_brands"]:
            feature = "person_weak"
    return [feature] if feature else []


# One capitalised word, then the comma that closes an apposition
_APPOSED = re.compile(r"[^\W\d_][^\W\d_'’\-]*,")
# (stop 58) an article or a possessive before a brand named after a person: the thing
_DETERMINERS = ARTICLES | {"zijn", "haar", "mijn", "onze", "hun", "his", "her", "my", "our",
                           "their"}


def _brand(text: str, start: int) -> bool:
    m = _FIRST_WORD.match(text, start)
    return m is not None and m.group().lower() in person_words()["eponymous_brands"]


def _role_holder_after(text: str, start: int) -> bool:
    """True when the word at ``start`` may hold the role before it: a gazetteer first name or
    surname that is no seat (person_names.is_seat: a place, country, department, org word or
    common word; "trainer Noord", "kandidaat Nederland", "the candidate London office"). A
    word on no list is a club or a firm as often ("coach Ajax", "driver Nvidia"). A relation
    ("oom Mark", "oma Roos") is never asked: a common word after one is a first name."""
    m = _FIRST_WORD.match(text, start)
    if m is None:
        return False
    word = m.group()
    return (word in first_names() or word in last_names()) and not is_seat(word)


@cache
def _intro_ends() -> frozenset[str]:
    """The last words of the phrases that introduce a name ("is", "heet", "called")."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in model().words["introduces"])


def _introduced(head: str) -> bool:
    """True when ``head`` (the text before a name, spaces stripped) ends in a phrase naming a
    person ("Hoi, mijn naam is", "en ik heet"), as whole words."""
    low = " ".join(head.lower().split()[-4:])
    return any(low == p or low.endswith(" " + p) for p in model().words["introduces"])


_FIRST_WORD = re.compile(r"[^\W\d_]+")
# After a first name, what makes it a firm's: a branch's town ("bij Zara in Utrecht"), a
# partner ("bij Dries & van Dam"), a compound ("bij Mercedes-Benz"); not a room ("bij Henk
# in de portiersloge").
_BRANCH = re.compile(r"-\w|[ ]*&|[ ]+(?:in|te)[ ]+[A-ZÀ-Þ]|[ ]+and[ ]")


def before_feature(text: str, start: int) -> str | None:
    """The prose feature of the word right before ``start`` ("met" person_weak, "volgens"
    person_before, "collega" relation_before, "in" place_before), or None."""
    found = _before(text, start)
    return found[0] if found else None


@cache
def _before_words() -> dict[str, str]:
    """Each word that may stand before a name, to its feature: one dict lookup per candidate
    instead of four sets (a word on two lists keeps the first: relation, person, weak, place)."""
    lists, out = model().words, {}
    for key, words in (("relation_before", person_words()["relations"]),
                       *((k, lists[k]) for k in ("person_before", "person_weak", "place_before")),
                       ("person_before", lists["roles_before"])):
        for word in words:
            out.setdefault(word, key)
    return out


def _after(text: str, start: int, end: int) -> list[str]:
    """A possessive or a verb of speaking or acting right after the candidate, or the
    bracket that closes around a first name alone ("(Sanne)": a nickname, an author)."""
    nxt = text[end : end + 1]  # (most candidates end at a full stop or comma: no regex)
    if nxt in ("'", "’"):
        return ["possessive"] if _POSSESSIVE.match(text, end, end + 4) and not (
            _PLURAL_BEFORE.search(text, max(0, start - 10), start)) else []
    if nxt == ")":  # (a first name only: a town, a firm or a unit stands so as often)
        alone = text[start - 1 : start] == "(" and text[start:end] in alone_first_names()
        return ["bracketed"] if alone else []
    if nxt not in (" ", "\t"):
        return []
    m = _NEXT_WORD.match(text, end, end + 30)
    return ["act_after"] if m is not None and m.group(1) in person_words()["verbs"] else []


def _capital_beside(text: str, start: int, end: int, before: list[str]) -> bool:
    """Another capitalised word right after, or right before unless that one takes a person
    ("Team Sanne", "Sanne Planning", "Jan van Galenstraat"; not "Volgens Dewi")."""
    if _CAP_BESIDE_AFTER.match(text, end, end + 16):
        return True
    took_person = bool(before) and before[0] != "place_before"
    if took_person:
        return False
    m = _CAP_BESIDE_BEFORE.search(text, max(0, start - 30), start)
    # (a sentence's opening verb or conjunction: "Is Fenna beschikbaar?", "Maar Akke zei")
    return m is not None and not (m.group().rstrip().lower() in model().words["openers"]
                                  and not _mid_sentence(text, m.start()))


class _Sum(NamedTuple):
    """The features that may raise a score, their sum with the bias, the word before's."""

    total: float
    features: list[str]
    before: list[str]


def _raising(text: str, start: int, end: int, words: list[str], also: tuple[str, ...]) -> _Sum:
    w = model().weights
    parts = [p for p in map(word_evidence, words) if p[1]]
    # A run is as good as its first word (a first name, mostly): a second unknown word
    # adds little ("bij Vink Bouw"), a common or compound one takes away.
    own = parts[:1] + [p for p in parts[1:] if p[0] < 0]
    mid = _mid_sentence(text, start)
    if not mid and own and own[0][1] == "unknown" and is_dutch_word(words[0].lower()):
        # a Dutch word that opens its sentence ("Inschrijving loopt nog", "Afhalen kan"): its
        # capital is its place's, so the vocabulary reads it as the common word it is
        own[0] = (w["common"], "common")
    features = [f for _, f in own] + (["run"] if len(parts) > 1 else [])
    if mid:
        features.append("mid_sentence")
        if _common_first_mid(text, end, words):
            features.append("common_first_mid")
    elif _after_time(text, start, end):
        features.append("after_time")
    elif _after_number(text, start):
        features.append("after_number")
    elif text[end : end + 1] in (":", ",", "(") or text[end : end + 2] == " (":
        features.append("opens_and_marks")
    before = _before(text, start)
    features += before + list(also)  # (also: the document around it, person_lists.py)
    total = w["bias"] + sum(x for x, _ in own) + sum(w[f] for f in features[len(own):])
    if total + _best_raise().after < 0:  # below the threshold whatever follows: not looked at
        return _Sum(total, features, before)
    after = _after(text, start, end)
    return _Sum(total + sum(w[f] for f in after), features + after, before)


def may_be_name(text: str, start: int, end: int, total: float | None = None) -> bool:
    """False when a capitalised word alone cannot reach the threshold, whatever lowers it:
    the cheap test that keeps most sentence starts, headings and firms out of the name
    grammar. The features as _raising adds them, each looked at only while the best the
    rest could add still reaches the threshold (most candidates stop before _after).
    ``total``: word_total() of the word, when the caller has it."""
    w, best = model().weights, _best_raise()
    if total is None:
        total = word_total(text[start:end])
    if _mid_sentence(text, start):
        total += w["mid_sentence"] + (w["common_first_mid"] if _common_first_mid(
            text, end, text[start:end].split()) else 0.0)
        if total + best.before + best.after < 0:
            return False
        total += sum(w[f] for f in _before(text, start))
    elif _after_time(text, start, end):
        total += w["after_time"]
    elif _after_number(text, start):
        total += w["after_number"]
    elif text[end : end + 1] in (":", ",", "(") or text[end : end + 2] == " (":
        total += w["opens_and_marks"]
    if total + best.after < 0:
        return False
    return total + sum(w[f] for f in _after(text, start, end)) >= 0


@lru_cache(maxsize=4096)
def _common_first_word(word: str) -> bool:
    low = word.lower()
    return word_evidence(word)[1] == "name_common" and word in first_names() and (
        low not in person_words()["chat_days"] and low not in countries())


def _common_first_mid(text: str, end: int, words: list[str]) -> bool:
    """The run (inside a sentence) opens with a gazetteer first name that is a common word
    too ("Roos", "Rob", "Floor"): its capital says name, as a common noun is written small.
    Not a day ("Sun", "Ma") or a country ("China"), written with capitals as names are, nor
    an abbreviation before a number or a small word ("Art. 15"), nor a thing's number
    ("Line 12", "Rose 3": a common word numbered)."""
    return bool(words) and _common_first_word(words[0]) and _ABBREVIATED.match(
        text, end) is None and _NUMBERED.match(text, end) is None


# a short number right after, no date's or phone's part: "Line 12 after", "Rose 3,"
_NUMBERED = re.compile(r"[ ]\d{1,3}(?![\w\-./:])")
# an abbreviation's full stop before a number or a small word: "Art. 15", "Ing. van"
_ABBREVIATED = re.compile(r"\.[ ]?(?:\d|[a-zà-ÿ])")


@lru_cache(maxsize=16384)
def word_total(word: str) -> float:
    """The bias and what the word itself is: computed once per distinct word."""
    return model().weights["bias"] + word_evidence(word)[0]


class _Best(NamedTuple):
    before: float
    after: float


@cache
def _best_raise() -> _Best:
    """The most the word before and the word after can add (none of them below zero)."""
    w = model().weights
    before = ("relation_before", "person_before", "person_weak", "place_before", "introduced")
    return _Best(max(0.0, *(w[k] for k in before)),
                 max(0.0, w["act_after"], w["possessive"], w["bracketed"]))


def evidence(text: str, start: int, end: int, words: list[str],
             also: tuple[str, ...] = ()) -> Evidence:
    """The model's score for the name-shaped ``words`` at text[start:end] and why. The
    features that only lower a score (a heading, a capital beside) are looked at only for a
    candidate that reaches the threshold without them: the others keep their lower score."""
    w = model().weights
    total, features, before = _raising(text, start, end, words, also)
    if total >= 0:
        lower = ["heading"] if _heading(text, start) else []
        lower += ["capital_beside"] if _capital_beside(text, start, end, before) else []
        features += lower
        total += sum(w[f] for f in lower)
    score = 1.0 / (1.0 + math.exp(-total))
    return Evidence(round(score, 3), "prose: " + "+".join(features))

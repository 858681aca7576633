"""A conviction named as the reason of a decision about a record's person (data: reasons.toml).

"VOG-aanvraag: geweigerd. Reden volgens brief Justis: eerdere veroordeling voor mishandeling",
"Grounds for refusal: conviction for fraud (2019)": the field's label, read by its parts
(a reason, the grounds), says why something was decided about the record's person, so a
conviction in its value is theirs. The authority the label names (Justis, a court) reports
it; it does not make it a VOG merely requested. A denial in the value ("Reden: geen
veroordeling") states none.

https://gdpr-info.eu/art-10-gdpr/ (personal data relating to criminal convictions)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from detectors.special_lexicon import LANGUAGES, lower_lists

DATA = Path(__file__).parent / "data" / "special" / "reasons.toml"
LISTS = ("reason_labels", "conviction_terms", "denials", "generic_words", "clause_words")
LABEL_REACH = 60  # characters of a label before its colon
VALUE_REACH = 60  # characters between the colon and the term
WORD = re.compile(r"[^\W\d_]+")
LABEL_START = re.compile(r"(?:^|[.;!?]\s|\n)", re.MULTILINE)
COMPOUND_HEAD = 5  # "weigeringsreden": a label's compound ending in a reason word


class ReasonsDataError(ValueError):
    """reasons.toml is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class Reasons:
    """Every language's lists (a Dutch HR note quotes an English letter, and the other way)."""

    labels: frozenset[str]
    convictions: frozenset[str]
    denials: frozenset[str]
    generic: frozenset[str] = frozenset()  # "een veroordeling voor een delict": a kind of ground
    clause_number: re.Pattern[str] = re.compile(r"(?!)")  # "Clause 14.", "Artikel 7:"


@cache
def load_reasons(path: Path = DATA) -> Reasons:
    """reasons.toml read; raises ReasonsDataError naming the file and key."""
    tables = [_table(path, lang) for lang in LANGUAGES]  # each file parsed once
    t = {k: {w for table in tables for w in table[k]} for k in LISTS}
    clause_words = "|".join(sorted(map(re.escape, t["clause_words"]), key=len, reverse=True))
    return Reasons(frozenset(t["reason_labels"]), frozenset(t["conviction_terms"]),
                   frozenset(t["denials"]), frozenset(t["generic_words"]),
                   re.compile(r"(?<![\w])(?:" + clause_words + r")\.?[^\S\n]*\d+|§[^\S\n]*\d+"
                              r"|^[^\S\n]*\d+(?:\.\d+)*[.)][^\S\n]", re.IGNORECASE | re.MULTILINE))


def _table(path: Path, language: str) -> dict[str, list[str]]:
    return lower_lists(path, language, LISTS, ReasonsDataError)


def _generic(text: str, start: int, term: str, value: set[str], r: Reasons) -> bool:
    """An indefinite conviction: "een veroordeling", "conviction for a criminal offence"."""
    after = [w.lower() for w in WORD.findall(text[start + len(term) : start + len(term) + 30])]
    return bool(value & r.generic) or (len(after) >= 2 and after[1] in r.generic)


def reason_label(text: str, start: int, term: str) -> str | None:
    """The reason label whose field value the conviction ``term`` at ``start`` opens or
    follows, or None.

    >>> reason_label("Reden volgens brief Justis: eerdere veroordeling voor diefstal", 36,
    ...              "veroordeling")
    'reden volgens brief justis'
    >>> reason_label("Reden: geen veroordeling bekend", 12, "veroordeling") is None
    True
    >>> reason_label("Weigeringsgrond: een veroordeling voor een delict", 21, "veroordeling")
    """
    r = load_reasons()
    if term not in r.convictions:
        return None
    colon = text.rfind(":", max(0, start - VALUE_REACH), start)
    if colon < 0 or "\n" in text[colon:start] or re.search(r"[.;!?]\s", text[colon:start]):
        return None
    value = {w.lower() for w in WORD.findall(text[colon + 1 : start])}
    if value & r.denials or _generic(text, start, term, value, r):
        return None
    line_start = text.rfind("\n", 0, colon) + 1
    if r.clause_number.search(text, line_start, colon):
        return None  # "Clause 14. Grounds for summary dismissal: conviction for ...": a contract's
    lo = max((m.end() for m in LABEL_START.finditer(text, max(0, colon - LABEL_REACH), colon)),
             default=max(0, colon - LABEL_REACH))
    label = " ".join(text[lo:colon].lower().split())
    words = WORD.findall(label)
    return label if any(w in r.labels or any(w.endswith(x) and len(x) >= COMPOUND_HEAD
                                              for x in r.labels) for w in words) else None

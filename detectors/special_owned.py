"""Whose a biometric or genetic data term is, read from its noun phrase (data: owners.toml).

A template, a profile or a DNA test is held about the person its phrase names: a possessive
right before it ("mijn eigen DNA-test", "her fingerprint template"; a second person only in
a letter to one named person, "Beste Bogdan, ... je DNA-profiel"), a person right after
"van"/"of"/"for" ("het gezichtsherkenningsprofiel van Tunde Oyelaran", "template for
employee 4471"), or that person's record number in its clause ("Employee ID 4471, fingerprint
template enrolled"). The owner outweighs the words around that otherwise say no one's data is
held (a passport photo it was made from, a police inquiry, a CV's work section).

https://gdpr-info.eu/art-4-gdpr/ (14: biometric data "which allow or confirm the unique
identification of that natural person")
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from detectors.special_lexicon import LANGUAGES, lower_lists, phrase_trie
from detectors.special_link import has_name

DATA = Path(__file__).parent / "data" / "special" / "owners.toml"
LISTS = ("possessives", "second_possessives", "own", "of_words", "for_words", "device_words",
         "object_pronouns", "person_nouns", "record_labels", "refusals", "plural_possessives",
         "quantifiers", "requirements")
BEFORE_REACH = 40  # characters read before a term for its possessive
AFTER_REACH = 60  # characters read after it for "van <name>"
CLAUSE_REACH = 120  # characters of the term's clause read for a record number
# a sentence's end, not an abbreviation's dot ("werknemersnr. 4471")
CLAUSE_ENDS = re.compile(r"[!?;\n]|\.(?=\W{0,2}[^\S\n]+[A-ZÀ-Þ]|\W{0,2}[^\S\n]*$)")
# a capitalised name: one to four words, particles between ("Tunde Oyelaran", "Van der Berg")
NAME = r"[A-ZÀ-Þ][\w'’-]+(?:[^\S\n]+(?:(?:van|de|der|den|te|ten|ter|el|al|bin)[^\S\n]+)*" \
       r"[A-ZÀ-Þ][\w'’-]+){0,3}"
# a sentence's end across a wrapped line: a full stop, a question or a blank line
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n[^\S\n]*\n")
SENTENCE_REACH = 200
# a record number's label and digits: "werknemersnr. 4471"
NUMBER = r"[^\S\n]*(?:id|nr|no|nummer|number|#)?\.?[^\S\n]*[:#]?[^\S\n]*\d{3,}"


class OwnersDataError(ValueError):
    """owners.toml is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class Owners:
    """Both languages' patterns (a Dutch form names an English template, and the other way)."""

    possessive: re.Pattern[str]  # ends the text before a term: "mijn eigen "
    second: re.Pattern[str]  # "je ", "your own "
    after: re.Pattern[str]  # opens the text after a term: " van Tunde Oyelaran", " of him"
    record: re.Pattern[str]  # a person's record number: "Employee ID 4471"
    refusal: re.Pattern[str]  # a denial or refusal in the clause: "wil ... niet", "refused"
    everyone: re.Pattern[str]  # "alle stewards ... hun": a quantified group's possessive
    required: re.Pattern[str]  # "moeten", "wants": the group's use is required or planned


@cache
def load_owners(path: Path = DATA) -> Owners:
    """The compiled lists of every language; raises OwnersDataError naming file and key."""
    tables = [_table(path, lang) for lang in LANGUAGES]  # each file parsed once
    t = {k: sorted({w for table in tables for w in table[k]}) for k in LISTS}
    own = r"(?:(?:" + phrase_trie(t["own"]) + r")[^\S\n]+)?"
    return Owners(
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["possessives"]) + r")[^\S\n]+" + own
                   + r"$", re.IGNORECASE),
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["second_possessives"]) + r")[^\S\n]+"
                   + own + r"$", re.IGNORECASE),
        # one word may stand between, no device's: "een DNA-profiel afgenomen van medewerker
        # Guus Meijer", not "fingerprint scanner for ..."; a bare name only after van/of
        re.compile(r"(?:[^\S\n]+(?!(?i:" + phrase_trie(t["device_words"]) + r")(?![\w'’]))"
                   r"[a-zà-ÿ]+)?[^\S\n]+(?:(?i:" + phrase_trie(t["of_words"] + t["for_words"])
                   + r")[^\S\n]+(?:(?i:" + phrase_trie(t["object_pronouns"]) + r")(?![\w'’])|"
                   r"(?i:" + phrase_trie(t["person_nouns"]) + r")[^\S\n]+" + NAME + r"|(?i:"
                   + phrase_trie(t["record_labels"]) + r")" + NUMBER + r")|(?i:"
                   + phrase_trie(t["of_words"]) + r")[^\S\n]+(?P<name>" + NAME + r"))"),
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["record_labels"]) + r")" + NUMBER
                   + r"(?!\d)", re.IGNORECASE),
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["refusals"]) + r")(?![\w'’])",
                   re.IGNORECASE),
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["quantifiers"]) + r")(?![\w'’])"
                   r".*(?<![\w'’])(?:" + phrase_trie(t["plural_possessives"]) + r")[^\S\n]+"
                   + own + r"$", re.IGNORECASE | re.DOTALL),
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["requirements"]) + r")(?![\w'’])",
                   re.IGNORECASE))


def _table(path: Path, language: str) -> dict[str, list[str]]:
    return lower_lists(path, language, LISTS, OwnersDataError)


def owner(text: str, start: int, end: int, addressed: bool = False) -> str | None:
    """The kind of owner text[start:end] names ("possessive", "of", "record", "addressee":
    a second person in a letter to one named person, ``addressed``), or None.

    >>> owner("Via mijn eigen DNA-test weet ik het.", 15, 23)
    'possessive'
    >>> owner("het gezichtsprofiel van Tunde Oyelaran", 4, 19)
    'of'
    >>> owner("Employee ID 4471, fingerprint template enrolled.", 18, 38)
    'record'
    >>> owner("Leg je vinger op de lezer: de vingerafdruk wordt gelezen.", 29, 42) is None
    True
    """
    o = load_owners()
    lo, hi = _clause(text, start, end)
    if text[hi : hi + 1] == "?" or o.refusal.search(text, lo, hi):
        return None  # "Mag mijn werkgever mijn vingerafdruk vragen?", "wil haar ... niet"
    before = text[max(0, start - BEFORE_REACH) : start]
    if o.possessive.search(before):
        return None if everyones(text, start) else "possessive"
    if addressed and o.second.search(before):
        return "addressee"
    after = o.after.match(text, end, min(len(text), end + AFTER_REACH))
    if after and (after.group("name") is None or has_name(after.group("name"))):
        return "of"  # a bare name only a person's: "van Tunde Oyelaran", not "of Dutch Police"
    return "record" if o.record.search(text, lo, hi) else None


def everyones(text: str, start: int) -> bool:
    """A plural possessive right before text[start:] after a quantifier in its clause, in a
    sentence that requires or plans it: "alle stewards moeten vanaf januari met hun
    vingerafdruk ...", "the client wants every driver to unlock the van with their
    fingerprint" name a rule for a group, no one's data yet ("Per 1 maart klokken alle
    medewerkers in met hun vingerafdruk" says what is done, and stays)."""
    o = load_owners()
    lo, _ = _clause(text, start, start)
    if o.everyone.search(text, lo, start) is None:
        return False
    end = SENTENCE_STOP.search(text, start, start + SENTENCE_REACH)  # a wrapped line goes on
    return o.required.search(text, lo, end.start() if end else start + SENTENCE_REACH) is not None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in CLAUSE_ENDS.finditer(text, max(0, start - CLAUSE_REACH), start)),
             default=max(0, start - CLAUSE_REACH))
    hi = CLAUSE_ENDS.search(text, end, end + CLAUSE_REACH)
    return lo, hi.start() if hi else min(len(text), end + CLAUSE_REACH)

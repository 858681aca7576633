"""An organisation in a party's role: no one's membership or belief (data: roles.toml).

A party, union or religious body that fills a party's field ("Inlener:", "Afdeling inlener:",
"Hirer:"), has that role in brackets after it ("FNV Utrecht (client)") or as the subject of
"is" ("the hirer is a trade union"), is the name of an office ("Campagnebureau D66") or the
employer after a job title ("kantoormanager CNV"); a union whose paid official stands right
before or after its name at a meeting's table ("bestuurder FNV (mevr. De Haan)",
"FNV-bestuurder", "Unite official"; not "his FNV lawyer": his own union's). An explicit
membership trigger ("lid van") is a person's, whatever else the line says. Split from
special_roles.py (stop 38), whose lists and label helpers it reads.

https://gdpr-info.eu/art-9-gdpr/ (data *concerning a natural person*)
"""

from __future__ import annotations

import re

from detectors.special_lexicon import Lexicon
from detectors.special_roles import (
    MEMBERSHIP_KEYS,
    WORD,
    Roles,
    _by_parts,
    _line,
)
from detectors.special_rules import line_label
from detectors.special_sentences import sentence

TRADE_UNION = "SPECIAL_TRADE_UNION"
BRACKET_REACH = 80  # characters after a term on its line searched for "(client)"
BRACKET_WORDS = 3
BRACKET = re.compile(r"\(([^()\n]{1,40})\)")
TITLE_BEFORE = re.compile(r"[^\W\d_][\w'’-]*[^\S\n]+$")  # the title word right before
OFFICIAL_AFTER = re.compile(r"[-\s]([^\W\d_]+)")  # the word right after a union's name
# a word, then up to four capitalised words of a name (an organisation's) before a term
NAME_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[^\S\n]+\(?"
                         r"((?:[A-ZÀ-Þ][\w'’.&-]*[^\S\n]+){0,4})$")


def org_in_role(text: str, start: int, end: int, rule_key: str, entity: str, roles: Roles,
                lex: Lexicon) -> bool:
    """Whether the organisation text[start:end], tied to a person by ``rule_key``, stands
    in a party's role (the readings above)."""
    return _org_in_role(text, start, end, rule_key, roles, lex) or (
        entity == TRADE_UNION and _union_official(text, start, end, rule_key, roles))


def _by_head(label: str, words: frozenset[str], lex: Lexicon) -> bool:
    """A label whose head (its last word, or that word's compound tail) is one of ``words``
    and that names no category: "Afdeling inlener", "Werklocatie", "Bill to"; not "Client
    religion" (the client's own faith)."""
    parts = WORD.findall(label)
    if not parts or any(" ".join(parts[i:j]) in lex.label_entity
                        for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)):
        return False
    return label in words or " ".join(parts) in words or _by_parts(parts[-1], words)


def _org_in_role(text: str, start: int, end: int, rule_key: str, roles: Roles,
                 lex: Lexicon) -> bool:
    """A party, union or religious body in a party's role: the label of its field, a bracket
    after it on its line, "<role> is a" before it, or an office whose name it is (the word
    before it a compound of a role: "Campagnebureau", "Vakbondskantoor")."""
    if rule_key in MEMBERSHIP_KEYS:
        return False  # "Opdrachtgever: J. Dam, lid van D66": his membership
    label = line_label(text, start, lex)
    if label is not None and _by_head(label[0], roles.org_roles, lex):
        return True
    _, hi = _line(text, end)
    bracket = BRACKET.search(text, end, min(hi, end + BRACKET_REACH))
    if bracket is not None and _names_role(bracket.group(1), roles):
        return True
    if _in_role_bracket(text, start, end, roles):
        return True
    lo = max(_line(text, start)[0], start - 60)
    if roles.org_copula.search(text, lo, start):
        return True
    if not text[start : start + 1].isupper():
        return False  # an organisation is a name: "medewerker, moslim" is a person's faith
    return any(_by_parts(w.lower(), roles.org_roles) or _by_parts(w.lower(), roles.job_heads)
               for w in _words_before_name(text, lo, start))


def _union_official(text: str, start: int, end: int, rule_key: str, roles: Roles) -> bool:
    """A union's paid official's title right before or after its name ("bestuurder FNV",
    "FNV-bestuurder", "Unite official"): the union is the employer, no one's membership."""
    if rule_key in MEMBERSHIP_KEYS or not text[start : start + 1].isupper():
        return False
    lo = max(_line(text, start)[0], start - 60)
    before = WORD.findall(text[lo:start])
    if any(w.lower() in roles.union_possessives for w in before[-2:]):
        return False  # "his FNV lawyer", "zijn jurist FNV": his own union's
    if _own_union(text, start, lo, roles):
        return False
    after = OFFICIAL_AFTER.match(text, end)
    return any(_by_parts(w.lower(), roles.union_officials)
               for w in [*_words_before_name(text, lo, start)[:1],
                         *([after.group(1)] if after else [])])


def _own_union(text: str, start: int, lo: int, roles: Roles) -> bool:
    """The person's own union's official: after an aid verb ("bijgestaan door FNV-jurist",
    "accompanied by a Unite official"), describing a name or pronoun ("Tom, Unite organiser",
    "Kees is kaderlid en onderhandelaar FNV"), or in a sentence saying someone is a member
    ("by the GMB lawyer, as he is a member")."""
    title = TITLE_BEFORE.search(text, lo, start)  # "onderhandelaar FNV": read before the title
    for at in {start, title.start() if title else start}:
        if roles.union_own.search(text, lo, at):
            return True
    lo_s, hi_s = sentence(text, start, start + 1)
    return roles.union_member.search(text, lo_s, hi_s) is not None


def _words_before_name(text: str, lo: int, start: int) -> list[str]:
    """The word right before a term, and the word before the capitalised name it opens with
    the term ("kantoormanager CNV", "conciërge (Protestants Christelijk Lyceum)"), with
    only spaces or a bracket between: "medewerker, Moskee ..." is a list, no title."""
    m = NAME_BEFORE.search(text, lo, start)
    if m is None:
        return []
    names = m.group(2).split()
    return [m.group(1), *names[-1:]]


def _names_role(inside: str, roles: Roles) -> bool:
    """A bracket's first clause is a role, a few words without a preposition ("client",
    "union office", "opdrachtgever"), not what it is paid by ("via werkgever, fiscaal")."""
    words = WORD.findall(inside.split(",")[0].lower())
    return 0 < len(words) <= BRACKET_WORDS and not any(
        w in roles.prepositions for w in words) and _by_parts(" ".join(words), roles.org_roles)


def _in_role_bracket(text: str, start: int, end: int, roles: Roles) -> bool:
    """The term inside a bracket that names a role with it ("Lisette (office manager FNV)",
    "(kantoor CNV Utrecht)"): the organisation of that role."""
    lo, hi = _line(text, start)
    opening = text.rfind("(", max(lo, start - BRACKET_REACH), start)
    closing = text.find(")", end, min(hi, end + BRACKET_REACH))
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    return _by_parts((text[opening + 1 : start] + " " + text[end:closing]).lower(),
                     roles.org_roles)

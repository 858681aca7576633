"""PERSON: a social-media handle that spells out its owner's name ("@nina.de.wit", "kees_bakker").

A handle is a person's name when its first part, cut at "." or "_", is a gazetteer first name
that is no common word ("@tess_jnsn", "@ilse"), or a gazetteer surname followed by such a first
name ("@bakker.kees"). A nickname or a glued diminutive ("@jaybeatz_020", "@larsjeee"), a shop
("@kapsalonkoning") or an e-mail address (a word before the "@") is not. Found after "@", and
at a line's start where a pasted DM names its sender on a line of its own or before ":"
("ilse.verbeek: hoi!"); there the handle must have a "." or "_" (a plain word opening a line
is a word) and must not end in a domain ("sanne.nl").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from detectors.context import Evidence, scores
from detectors.person_names import (
    alone_first_names,
    common_words,
    first_names,
    is_name_shaped,
    last_names,
    person_words,
)
from detectors.person_openers import after_break, line_matches
from detectors.person_shape import PARTICLES

_PART = r"[^\W\d_][^\W_]*"
# "@" with no word, dot or slash before it (an e-mail address or a URL path is no handle);
# the "@" first, then the lookbehind past it: re skips to each "@" in C (~50x faster on CVs)
_AT = re.compile(rf"@(?<![\w.@/]@)({_PART}(?:[._]+[^\W_]+)*)")
# a handle of two parts or more alone on its line, before a ":" (a DM's sender line) or
# before its message's time (a chat export's "lieke.peeters  09:12  text"); after a time
# stamp too ("[08:51] priya.raman: morning")
_LINE = re.compile(rf"^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+(?:-[ \t]+)?)?"
                   rf"({_PART}(?:[._]+[^\W_]+)+)[ \t]*(?::|$|[ \t]\d{{1,2}}:\d{{2}}\b)",
                   re.MULTILINE)
_LINE_BROKEN = after_break(_LINE)
# a chat export's line that opens on its date and time ("2024-03-05 10:04  lieke.peeters
# kan ik ...", "[05-03-2024 10:04:12] lieke.peeters hoi"): its sender stands before the
# message with no ":" between; the stamp alone makes it a sender, not a word of the text
_STAMPED = re.compile(rf"^[ \t]*\[?(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
                      rf",?[ \tT]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+(?:-[ \t]+)?"
                      rf"({_PART}(?:[._]+[^\W_]+)+)(?=[ \t:]|$)", re.MULTILINE)
_STAMPED_BROKEN = after_break(_STAMPED)
# (web and file endings, and shop words: data/person.toml handle_endings, commerce_words)


def handles(text: str, seen: frozenset[str] = frozenset(),
            full: Iterable[str] = ()) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each handle that spells out a person's name: a gazetteer
    name, or a name the text gives in full (``seen``, lower case: "Kwame Boateng" ...
    "@kwame.boateng"), or such a name of two words or more written as one (``full``, the
    names as written: "Kwame Boateng" ... "@kwameboateng", "@kwame_boateng93")."""
    ev = Evidence(scores("PERSON").extra["first_alone"] + 0.1, "handle spells a name")
    if "@" in text:
        glued = {_letters(n) for n in full if len(n.split()) > 1}
        for m in _AT.finditer(text):
            handle = m.group(1)
            if (_person_parts(handle, seen) and is_name_handle(handle, seen)
                    or _letters(handle) in glued):
                yield m.start(1), m.end(1), ev
    if "." in text or "_" in text:
        for pattern, broken in ((_LINE, _LINE_BROKEN), (_STAMPED, _STAMPED_BROKEN)):
            for _, m in line_matches(pattern, broken, text):
                handle = m.group(1)
                if handle.islower() and _person_parts(handle, seen) and is_name_handle(handle, seen):
                    yield m.start(1), m.end(1), ev


# (stop 48) A system account written as its owner's initial and surname ("d.hofstede",
# "r.dejong", "n.boukhari") as the value of a user field or after "exported by": an audit
# log's or an export's user is a person. The field words: data/person.toml account_fields.
_ACCOUNT_VALUE = r"\"?[ \t]*[:=][ \t]*\"?|[ \t]+"
_ACCOUNT = r"([a-z]{1,2}\.(?:[a-z]{1,3}\.)?[a-z][a-z'\-]{2,})(?![\w@.\-]*[\w@])"


def accounts(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each account name of a person: initials, a dot and a
    gazetteer surname (a particle glued on: "r.dejong", "j.vandenberg"), after a user field."""
    if "." not in text:
        return
    ev = Evidence(scores("PERSON").extra["first_alone"] + 0.1, "account name of a person")
    # (the account's shape first, its field read back from it: a pattern opening on the
    # field words is tried at every character, four times slower on a dense export)
    field = _field_before()
    for m in _ACCOUNT_SHAPE.finditer(text):
        if field.search(text, max(0, m.start() - _FIELD_REACH), m.start()) and _account_surname(
                m.group(1).rsplit(".", 1)[1]):
            yield m.start(1), m.end(1), ev


_ACCOUNT_SHAPE = re.compile(_ACCOUNT)
_FIELD_REACH = 40  # characters: the longest field word, quotes and a separator


@cache
def _field_before() -> re.Pattern[str]:
    # (stop 67) and a role's field: "(planner: k.mulder)", "recruiter: s.demir"
    words = person_words()
    fields = "|".join(re.escape(f) for f in sorted(
        words["account_fields"] | words["branch_roles"] | words["speaker_roles"]
        | words["meeting_roles"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{fields})(?:{_ACCOUNT_VALUE})\Z")


def _account_surname(word: str, glued: int = 2) -> bool:
    """A gazetteer surname, or up to two particles glued to one ("dejong", "vandenberg")."""
    if word.title() in last_names():
        return True
    return glued > 0 and any(
        word.startswith(p) and len(word) - len(p) >= 3 and _account_surname(word[len(p):], glued - 1)
        for p in PARTICLES if p.isalpha())


def is_name_handle(handle: str, seen: frozenset[str] = frozenset()) -> bool:
    """True when the handle's first part is a first name, or a surname before a first name,
    or when its first part or all its parts are names given in full in the text (``seen``).

    >>> is_name_handle("kees_bakker"), is_name_handle("jaybeatz_020"), is_name_handle("bakker.kees")
    (True, False, True)
    >>> is_name_handle("storm.dijkstra"), is_name_handle("storm.kleur"), is_name_handle("job_nr")
    (True, False, False)
    """
    low = [p.lower() for p in re.split(r"[._]+", handle) if p]
    if seen and (low[0] in seen or all(p in seen for p in low)):
        return True
    parts = [p.title() for p in low]
    names = alone_first_names()
    if parts[0] in names:
        return True
    if len(parts) > 1 and parts[0] in first_names() and parts[-1] in last_names() and (
            len(low[-1]) > 2 and low[-1] not in common_words()):  # (no field's "job_nr")
        return True  # "storm.dijkstra": a first name a word too ("storm"), then a surname
    return len(parts) > 1 and parts[0] in last_names() and parts[1] in names


def _letters(name: str) -> str:
    """A name's or a handle's letters alone, lower case ("Kees van Dijk-Bos" -> "keesvandijkbos")."""
    return re.sub(r"[\W\d_]+", "", name.lower())


def _person_parts(handle: str, seen: frozenset[str]) -> bool:
    """True when the handle ends in no web or file ending ("@zara.nl", "emma.jpeg") and each
    later part is a seen name, a number, a particle or initials, or a word that may be a name
    and no trade word ("@emma_cosmetics", "@anna.shop" no; "@tess_jnsn" yes)."""
    words = person_words()
    parts = [p.lower() for p in re.split(r"[._]+", handle) if p]
    if len(parts) > 1 and parts[-1] in words["handle_endings"]:
        return False
    # (a particle may stand between: "@nina.de.wit", "@lotte_vd_berg")
    return all(p in seen or p not in words["commerce_words"] and (
        p.isdigit() or p in words["name_heads"] or len(p) <= 2 or is_name_shaped(p.title()))
        for p in parts[1:])

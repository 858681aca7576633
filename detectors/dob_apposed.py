"""DATE_OF_BIRTH set beside a name as its apposition: "Name, date" opening a line or a clause.

A note, a chat or a mail introduces a person by name and birth date, then goes on with the
rest of their details or the sentence ("Mohamed El Amrani, 14-06-1994, woont in Ede",
"Haddad, Lina - 12-12-2001 - Homs (Syrië)", "Gurpreet Singh, 12 April 1995 if the bank
asks"). No word names the date: the layout does, a birth year's date (dob_layout.born_by)
set off by a comma or a dash right after a person's name that opens its line, its message
(after a chat's "Name:") or a label ("Kandidaat: ..."). Not a period ("Jan Smit, 2001 - 2004")
nor a name that a verb or a preposition governs ("gesprek met Jan Smit, 12-03-2004": the
name does not open its clause).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

import regex

from detectors.context import Evidence, _load, patterns, scores, words_pattern
from detectors.dob_layout import born_by, not_birth_dates
from detectors.dob_lists import is_name, lead_in

ENTITY = "DATE_OF_BIRTH"
# A name (two to four words, particles between; or "Surname, First") right before ", " or
# " - " and the date.
_APPOSED = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:(?:[ ]|,[ ])(?:\p{Ll}{1,3}|\p{Lu}[\p{L}'’\-]*)){1,3})"
    r"(?:,[ ]?|[ ]+[-–][ ]+)$")
# What stands before the name on its line: nothing, a bullet or number, a reply's quote marks,
# or one label or speaker ending in ':' ("Kandidaat:", "[10:03] Gurpreet Singh:").
_OPENS = regex.compile(r"[ \t>*•·\-–\d.)]*(?:[^\n]{0,60}:[ \t]*)?")
# A period or range after the date: its start, not a birth date.
_RANGE_AFTER = regex.compile(r"[ ]*(?:[-–]|tot|t/m|to|until|till)[ ]*\d", regex.IGNORECASE)
_REACH = 60
# A label before the name that names a date ("Datum gesprek:", "Date of visit:"): its date.
# (at a word's end, compounds too: "Gespreksdatum"; not "Candidate", "Kandidate")
_DATED_LABEL = regex.compile(r"(?<![ck]andi)dat(?:um|e)(?!\w)|d\.d\.", regex.IGNORECASE)


def apposed_to_a_name(text: str, start: int, end: int, born: date | None) -> Evidence | None:
    """A birth year's date set off by a comma or dash right after a person's name that opens
    its line, its message or its label's value."""
    if born is None or born.year > born_by(text):
        return None
    line = text.rfind("\n", 0, start) + 1
    m = _APPOSED.search(text, max(line, start - _REACH), start)
    if m is None or _RANGE_AFTER.match(text, end):
        return None
    if _OPENS.fullmatch(text, line, m.start()) is None or _DATED_LABEL.search(
            text, line, m.start()) or not_birth_dates(text, line, m.start()):
        return None  # ("Datum gesprek: Jan Smit, ...", "Start: Jan Smit, ...")
    words = [w for w in m.group("name").replace(",", " ").split(" ") if w]
    after, signed, particles = _words()
    if not is_name(words) or particles & {w.lower() for w in words}:
        return None  # ("Capelle aan den IJssel, 2 april 2008": a place)
    if signed.search(text, line, m.start()) or _another_kind_after(text, end, after):
        return None  # ("Voor akkoord: Jan Smit, ...", "Albert Heijn, 01-09-2005 – heden")
    if _letter_date_line(text, end):
        return None  # ("Zwolle, 2 april 2008" + "Geachte heer Smit,")
    lead = lead_in(text, line)  # a list's items: its lead-in may name another date
    if lead is not None and not_birth_dates(text, *lead):
        return None  # ("Startdata van de ploeg:", "Geboortedata volgen later")
    if _in_a_name_list(text, line, end) and not _births_named(text, lead) and not (
            _identity_after(text, end)):
        return None  # ("Jubilarissen 2024" + "Jan Smit, 01-03-1999" + "Piet de Vries, ...")
    return Evidence(scores(ENTITY).window, "a name's apposition")


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    notes = _load("dob_notes.toml")
    return (words_pattern(notes["apposed_after"] + notes["other_dates"]),
            words_pattern(notes["signature_labels"]), frozenset(notes["place_particles"]))


# the date's own clause: up to a comma, a bracket, a line's or a sentence's end
_CLAUSE_END = regex.compile(r"[,;()\n]|[.!?](?:\s|$)")


def _another_kind_after(text: str, end: int, after: re.Pattern[str]) -> bool:
    """The date's own clause names another kind of date: "– heden", "in dienst getreden"."""
    stop = _CLAUSE_END.search(text, end, end + 80)
    return after.search(text, end, stop.start() if stop else min(len(text), end + 80)) is not None


@cache
def _greeting() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in _load("person.toml")["greetings"])
    return regex.compile(rf"\s*(?:{words})(?!\w)", regex.IGNORECASE)


def _letter_date_line(text: str, end: int) -> bool:
    """The date ends its line and a salutation opens the next lines: a letter's place and
    date, not a person's."""
    stop = text.find("\n", end)
    if stop < 0 or text[end:stop].strip(" \t.,"):
        return False
    return _greeting().match(text, stop, stop + 200) is not None


# a list's item of the same shape: a name, a comma or dash, a date's digit
_ITEM = regex.compile(r"[ \t>*•·\-–\d.)]*\p{Lu}[\p{L}'’\- ]{1,60}(?:,[ ]?|[ ]+[-–][ ]+)\d")


def _in_a_name_list(text: str, line: int, end: int) -> bool:
    """The line above or below holds another "Name, date": a list of names and dates."""
    stop = text.find("\n", end)
    if stop >= 0 and _ITEM.match(text, stop + 1):
        return True
    if line < 2:
        return False
    above = text.rfind("\n", 0, line - 1) + 1
    return _ITEM.match(text, above, line - 1) is not None


def _identity_after(text: str, end: int) -> bool:
    """The date's line names an identity document after it ("- HR ID card 318277360",
    "paspoort NL ..."): the row is one person's identity (dob_notes.toml identity_after)."""
    stop = text.find("\n", end)
    return _identity_words().search(text, end, len(text) if stop < 0 else stop) is not None


@cache
def _identity_words() -> re.Pattern[str]:
    return words_pattern(_load("dob_notes.toml")["identity_after"])


def _births_named(text: str, lead: tuple[int, int] | None) -> bool:
    """The list's lead-in names its dates as births ("Geboortedata nieuwe ploeg:")."""
    ctx = patterns(ENTITY)[0]
    return lead is not None and ctx is not None and ctx.search(text, *lead) is not None

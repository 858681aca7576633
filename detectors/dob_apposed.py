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

from datetime import date

import regex

from detectors.context import Evidence, scores
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
    if not is_name(words):
        return None
    lead = lead_in(text, line)  # a list's items: its lead-in may name another date
    if lead is not None and not_birth_dates(text, *lead):
        return None  # ("Startdata van de ploeg:", "Geboortedata volgen later")
    return Evidence(scores(ENTITY).window, "a name's apposition")

"""DATE_OF_BIRTH in a list of people: "Name, date" items under a lead-in that names birth dates.

A mail or a note lists people one a line, each with one date ("- Kemal Yıldız, 11-11-1987",
"2. Maria Santos: 03-03-1999"), under a sentence that says what the dates are ("Voor de
passen heb ik naam en geboortedatum nodig:", "Names and dates of birth below"). The lead-in
is the list's label: it may stand several items above the date, beyond any window. A list
of people under another lead-in ("in dienst per", "start dates") is not read so, nor one whose
lead-in mentions birth dates only to put them off or elsewhere ("Geboortedata volgen later"):
the lead-in is the one line of text right above the list (words: data/dob_notes.toml).
"""

from __future__ import annotations

from datetime import date

import regex

from detectors.context import Evidence, patterns, scores
from detectors.dob_layout import born_by, not_birth_dates
from detectors.person_names import excluded, is_known, is_name_shaped, is_org_word

ENTITY = "DATE_OF_BIRTH"
# An item: a bullet or a number maybe, then a name of two to four words (particles in
# between: "van der", "El", "da"), then ",", ":", or a dash, then the date.
_ITEM = regex.compile(
    r"^[ \t]*(?:[-*•·–]|\d{1,2}[.)])?[ \t]*"
    r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:[ ](?:\p{Ll}{1,3}|\p{Lu}[\p{L}'’\-]*)){1,3})"
    r"(?:[ ]?[,:][ ]?|[ ]+[-–][ ]+)$", regex.MULTILINE)
_LIST_ITEM = regex.compile(r"[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]*\S|[ \t]*\p{Lu}[^\n]{0,60}"
                           r"(?:,|:|[ ][-–])[ ]?\d")
_LEAD_LINES = 1  # the lead-in: the line right above the list (one further may be another's)
_MAX_ITEMS = 40


def in_list_of_people(text: str, start: int, born: date | None) -> Evidence | None:
    """A birth year's date right after a name that opens its line, in a list whose lead-in
    holds a birth word."""
    if born is None or born.year > born_by(text):
        return None
    line = text.rfind("\n", 0, start) + 1
    m = _ITEM.match(text, line, start)
    if m is None or not is_name(m.group("name").split(" ")):
        return None
    lead = _lead_in(text, line)
    ctx = patterns(ENTITY)[0]
    if lead is None or ctx is None or not ctx.search(text, lead[0], lead[1]):
        return None
    if not_birth_dates(text, lead[0], lead[1]):
        return None  # "Startdata van de ploeg:", "Geboortedata volgen later"
    return Evidence(scores(ENTITY).window, "a list of people under a birth-date lead-in")


def is_name(words: list[str]) -> bool:
    """A person's name: a known first name or surname in it, every capitalised word
    name-shaped, none an organisation's or a place's word."""
    caps = [w for w in words if w[0].isupper()]
    return (any(is_known(w) for w in caps) and all(is_name_shaped(w) for w in caps)
            and not any(is_org_word(w) or w.lower() in excluded() for w in caps))


# Every item's lead-in is the same list's: walking up from each item anew made a list of n
# items n²/2 rows' work (a 20,000-line 'Name, date' export 3.1 -> 16.3 s). Each row walked
# is remembered, for the text being read, with its lead-in and how many rows stand between.
# (One (text, rows) pair swapped whole: a thread reading another text never sees its rows.)
_ROWS: dict[str, tuple[str, dict[int, tuple[tuple[int, int] | None, int]]]] = {}


def _lead_in(text: str, line: int) -> tuple[int, int] | None:
    """(start, end) of the lines above the list that ``line`` is an item of: the list's
    items and blank lines skipped (at most _MAX_ITEMS), then up to _LEAD_LINES lines."""
    state = _ROWS.get("last")
    if state is None or state[0] is not text:
        state = _ROWS["last"] = (text, {})
    rows = state[1]
    walked = [line]
    end = line - 1
    lead: tuple[int, int] | None = None
    depth = 0
    while True:
        if walked[-1] in rows:
            lead, depth = rows[walked.pop()]
            break
        if end <= 0:
            break
        lo = text.rfind("\n", 0, end) + 1
        row = text[lo:end]
        if row.strip() and not _LIST_ITEM.match(row):
            lead = _lines_above(text, end)
            break
        walked.append(lo)
        end = lo - 1
    for k, at in enumerate(reversed(walked), 1):
        rows[at] = (lead, depth + k)
    lead, depth = rows[line]
    return lead if depth <= _MAX_ITEMS else None


def lead_in(text: str, line: int) -> tuple[int, int] | None:
    """(start, end) of the lead-in of the list whose item opens at ``line``, if any."""
    return _lead_in(text, line)


def _lines_above(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of up to _LEAD_LINES lines of text ending at ``end``."""
    lo = hi = end  # (end: the newline after the lead-in's last line)
    for _ in range(_LEAD_LINES):
        above = text.rfind("\n", 0, lo) + 1
        if not text[above:lo].strip():
            break  # a blank line: the paragraph before the lead-in
        lo = above
        if above == 0:
            break
        lo = above - 1
    return (lo, hi) if lo < hi else None

"""Where DATE_OF_BIRTH looks: the lines a date without a birth word may be a birth date on,
and the positions where one of its written forms may start.

A date is only ever reported near a birth word or on a line with a cue (an age, a name
before a bracket, a BSN-shaped number, a birth sign, a date alone on its line); the
recognizer (dates.py) searches those lines only. Only a cue's *line* counts, so each scan
below may find any match of its cue on a line, not each one: it jumps to the next line at
the first (cheaper on identifier-dense text, where most lines hold a BSN).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.context import _load, trie, trie_regex
from detectors.dob_layout import DATE_LINE

# An age cue: "(34," "(34) 1", ", 34, 1", or a digit and a unit ("34 jaar", "34jr"). The
# unit is found by its first letter and the digit looked for behind it (a scan that opens
# on a letter skips most of a line at once; one that opens on "\d" stops at every digit).
_AGE_CUES = (
    re.compile(r"\(\d\d(?:,|\)[ ,]*\d)"),
    re.compile(r",[ ]\d\d,[ ]?\d"),
    re.compile(r"j(?:(?<=\dj)|(?<=\d[ ]j))(?:aar|r)\b|y(?:(?<=\dy)|(?<=\d[ ]y))(?:ears|rs|/o)\b"),
)
_IS_VAN_CUE = re.compile(r" van \d")  # "is van 12 juni 1985" (the verb: checked after)
# a BSN-shaped number: its line may be a row of personal details (dob_layout.in_person_row);
# the first digit is read before the look behind it, so the scan skips to digits
_BSN_CUE = re.compile(r"\d(?<![\d.\-].)(?:\d{7,8}|\d{2}([. \-])\d{2,3}\1\d{3,4})(?![\d\-])")
_NAME_BRACKET_CUE = re.compile(r"\([ ]?(?:[A-Z][a-z]+,[ ])?\d")  # (a letter and a space before)
_BIRTH_SIGN_CUE = re.compile(r"[*°][ ]?\d{1,2}[-./ ]")
# a list item's name and its date ("- Kemal Yıldız, 11-11-1987": dob_lists reads the rest)
# (or a dash, "Haddad, Lina - 12-12-2001": dob_apposed; after a name padded to a column,
# "Lina Haddad      - 12-12-2001")
_ITEM_CUE = re.compile(r"[,\-\u2013](?:(?<=[^\W\d_],)|(?<=[^\W\d_][ ][-\u2013])|"
                       r"(?<=[ ][ ][-\u2013]))[ ]?\d")
_CUES = (*_AGE_CUES, _NAME_BRACKET_CUE, _IS_VAN_CUE, _BSN_CUE, _BIRTH_SIGN_CUE, _ITEM_CUE)
# The item cue where its digit may open a date: a digit, then another character of the line
# that is no digit, or one more digit and such a character, or two more digits (every
# form of dates.FORMS that opens with a digit goes on so: "1-", "12 ", "3e", "1990"). What
# the recognizer's anchor then checks (cue_lines' ``date_at``) is read only there, and a
# roster's "Naam, 12" is passed over in C.
_ITEM_DATE_CUE = re.compile(_ITEM_CUE.pattern + r"(?=[^\d\n]|\d[^\d\n]|\d\d)")
_DATED_CUES = tuple(_ITEM_DATE_CUE if cue is _ITEM_CUE else cue for cue in _CUES)


def cue_lines(text: str, date_at: Callable[[str, int], bool] | None = None
              ) -> list[tuple[int, int]]:
    """(start, end) of every line that holds a cue (no cue spans a line break).

    ``date_at(text, pos)``: whether a date may start at ``pos`` (the recognizer's anchor).
    With it, a list item's cue counts only where one starts right after its comma, the
    only place dob_lists reads its date: a roster of "Naam, 12" rows, a digit after every
    comma and no date, is no line to search (it made such a roster's detect() 1.9x)."""
    out = [m.span() for m in DATE_LINE.finditer(text)]
    for cue in _CUES if date_at is None else _DATED_CUES:
        pos = 0
        while (m := cue.search(text, pos)) is not None:
            if cue is _NAME_BRACKET_CUE and not (text[m.start() - 2 : m.start() - 1].isalpha()
                                                and text[m.start() - 1] == " "):
                pos = m.end()  # (no other match of it starts inside this one: one '(')
                continue
            if cue is _ITEM_DATE_CUE and date_at is not None and not date_at(text, m.end() - 1):
                pos = m.end()  # (its digit, the match's last character, opens no date)
                continue
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            out.append((lo, len(text) if hi < 0 else hi))
            if hi < 0:
                break
            pos = hi + 1
    return out


def anchor(months: list[str]) -> str:
    """Where a match of dates.FORMS may start (zero-width, for pattern_scan._anchored_spans): not
    glued on (the pattern's own look-behind), then what every form opens with, each up to
    the first thing that tells it from a number that is no date. An IBAN's or a phone
    number's digit groups ("0417 1643", "06 12", "20;") fail here, not in the pattern. The
    month names are a trie (only whether one is there counts in a look-ahead)."""
    month = trie_regex(trie(months))
    day_first = (r"[0-3]?\d(?:[ ]?[-/.]|[ ][01]?\d[ ](?:19|20)\d\d"  # numeric, spaced
                 rf"|(?:e|ste|de|st|nd|rd|th)?(?:[ ](?:of|de))?(?:[ ]?[-/.][ ]?|[ ]+){month}"
                 rf"|{month})")  # (glued: "05DEC1997")
    # iso, iso_spaced, y-d-m, y-m-d ("1990 m. kovo 12")
    year_first = (rf"(?:19|20)\d\d(?:[-/.]|[ ][01]?\d[ ]|,?[ ]+\d|[ ]m\.|,?[ ]+{month})"
                  r"|1[34]\d\d[-/.]")  # (a Solar Hijri year: "1371/06/21")
    # boxed, boxes apart, boxes side by side, bars (a space either side of them too)
    boxed = r"[0-3](?:[ ]\d[ ]?[-/.]|[ ]\d[ ]{2}|[ ]\d[ ][01][ ]\d[ ][12]|\|\d|[ ]\|[ ]\d|\]\[\d)"
    # what every form opens with, one character, tried before the look-behind: most
    # positions fail on it at once (~17% less scan time on dense text and CVs)
    opens = "".join(sorted({re.escape(m[0]) for m in months}))
    # the look-ahead before the forms' own is the one this anchor had alone: so it finds a
    # subset of the positions it found, and every one of them where a form matches (a year
    # with its day after more than one space: "1922  29  JUN", as year_day_month reads it)
    # (an abbreviation's full stop may stand right before, as dates.py's pattern allows:
    # "geb.10-10-1973"; not a number's, "1.10-10")
    return (rf"(?=[\d{opens}])(?<![\w\-/])(?<![\W\d_]\.)(?<![^\s(\[,;:=N]')"
            rf"(?=\d{{1,2}}(?!\d)|\d{{4}}(?:[-/.]|,?[ ]+\d|[ ]m\.|,?[ ]+{month})|\d{{8}}(?!\d)"
            rf"|{month})"
            rf"(?={day_first}|{year_first}|{boxed}|\d{{8}}|{month})")


def months_abroad() -> dict[str, int]:
    """Month name -> number in the languages of data/months.toml (generated from glibc's
    locale data by data/make_months.py)."""
    return {name: int(n) for months in _load("months.toml").values()
            for n, names in months.items() for name in names}

"""DATE_OF_BIRTH: a date written in a Dutch or English form, labelled or used as birth date.

https://en.wikipedia.org/wiki/Date_format_by_country (NL: dd-mm-jjjj, '12 maart 1990')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

import regex

from detectors.base import ContextRecognizer, _gate_hits, _spans, context_regions
from detectors.context import Evidence, label_before, label_evidence, patterns, scores
from detectors.labels import decisive_hit
from detectors.person_names import is_name_shaped
from detectors.presidio_light import Pattern

ENTITY = "DATE_OF_BIRTH"
MONTHS = {
    **dict.fromkeys(["januari", "jan", "january"], 1),
    **dict.fromkeys(["februari", "feb", "february"], 2),
    **dict.fromkeys(["maart", "mrt", "maa", "mar", "march"], 3),  # "MAA": Dutch passports
    **dict.fromkeys(["april", "apr"], 4),
    **dict.fromkeys(["mei", "may"], 5),
    **dict.fromkeys(["juni", "jun", "june"], 6),
    **dict.fromkeys(["juli", "jul", "july"], 7),
    **dict.fromkeys(["augustus", "aug", "august"], 8),
    **dict.fromkeys(["september", "sep", "sept"], 9),
    **dict.fromkeys(["oktober", "okt", "october", "oct"], 10),
    **dict.fromkeys(["november", "nov"], 11),
    **dict.fromkeys(["december", "dec"], 12),
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Two-digit years ("12-03-'85") are birth years: above the pivot 19xx, else 20xx. Fixed, so
# a scan does not depend on the day it runs (a candidate born in 2031 is decades away).
_PIVOT = 30
_YEAR = r"(?P<y>(?:19|20)\d{2}|'?\d{2})"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
_DAY = r"(?P<d>[0-3]?\d)"
_ORDINAL = r"(?:e|ste|de|st|nd|rd|th)?"
# The written forms (NL and EN), each one regex used to find and to parse:
FORMS = {
    # 31-12-1990, 1/2/90, 03.02.'90, 01 - 02 - 1990 (one separator, the same twice)
    "numeric": rf"{_DAY}[ ]?(?P<s>[-/.])[ ]?(?P<m>[01]?\d)[ ]?(?P=s)[ ]?{_YEAR}",
    # 03 02 1990: spaced, so only with a four-digit year and not inside a run of digit
    # groups (a phone number "06 12 03 85 77")
    "spaced": rf"(?<!\d[ ]){_DAY}[ ](?P<m>[01]?\d)[ ]{_YEAR4}(?![ ]\d)",
    # 1990-12-31, 1990-2-3, 1990/02/03
    "iso": rf"{_YEAR4}(?P<s>[-/.])(?P<m>[01]?\d)(?P=s){_DAY}",
    # 3 feb. 1990, 03-februari-1990, 2nd of February 1990, 3 mrt '85, and the passport's
    # two languages "12 MAA/MAR 1985"
    "day_month": rf"{_DAY}{_ORDINAL}(?:[ ]of)?(?:[ ]?[-/.][ ]?|[ ]+)(?P<mn>{_MONTH})"
    rf"(?:/(?:{_MONTH}))?\.?,?"
    rf"(?:[ ]?[-/.][ ]?|[ ]+){_YEAR}",
    # 19900203 and 03021990: eight digits, only ever reported under a birth-date label
    "compact_iso": rf"{_YEAR4}(?P<m>[01]\d)(?P<d>[0-3]\d)",
    "compact": rf"(?P<d>[0-3]\d)(?P<m>[01]\d){_YEAR4}",
    # February 2, 1990; Feb. 2nd 1990
    "month_day": rf"(?P<mn>{_MONTH})\.?[ ]+{_DAY}{_ORDINAL},?[ ]+{_YEAR}",
    # 1990, 12 maart; 1990 12 March (the year first, a register's or a list's order)
    "year_day_month": rf"{_YEAR4},?[ ]+{_DAY}{_ORDINAL}[ ]+(?P<mn>{_MONTH})\.?(?![\w])",
}
_PARSE = {k: regex.compile(v, regex.IGNORECASE) for k, v in FORMS.items()}
_ARTICLE = regex.compile(r"^(?:on[ ]+)?the[ ]+(?=\d)", regex.IGNORECASE)


@lru_cache(maxsize=4096)  # the recognizer's check, then the normalisation
def parse(value: str) -> date | None:
    """The date written in ``value`` (day first, ISO, or with a month name), else None.

    >>> parse("31-12-1990"), parse("3 mrt. 1985"), parse("March 5, 1990")
    (datetime.date(1990, 12, 31), datetime.date(1985, 3, 3), datetime.date(1990, 3, 5))
    >>> parse("the 3rd of March, 1990")
    datetime.date(1990, 3, 3)
    >>> parse("1-2-'90"), parse("03-februari-1990"), parse("1990-2-3"), parse("3 2 1990")
    (datetime.date(1990, 2, 1), datetime.date(1990, 2, 3), datetime.date(1990, 2, 3), datetime.date(1990, 2, 3))
    """
    v = _ARTICLE.sub("", value.strip())  # "the 3rd of March, 1990" as people write it
    m = next((m for p in _PARSE.values() if (m := p.fullmatch(v))), None)
    if m is None:
        return None
    month = MONTHS[m["mn"].lower()] if m.groupdict().get("mn") else int(m["m"])
    year = int(m["y"].lstrip("'"))
    if year < 100:
        year += 1900 if year > _PIVOT else 2000
    try:
        return date(year, month, int(m["d"])) if 1900 <= year <= 2099 else None
    except ValueError:
        return None


def normalize(value: str) -> str | None:
    """YYYY-MM-DD, or None when ``value`` is not a date.

    >>> normalize("1-2-1990")
    '1990-02-01'
    """
    d = parse(value)
    return d.isoformat() if d else None


class DateOfBirthRecognizer(ContextRecognizer):
    """Dates: reported only when labelled or near a birth-date word (most dates are not)."""

    NEEDS_DIGIT = True

    ENTITY = ENTITY
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    CONTEXT_GATED = True  # base 0.1: a date alone is never reported
    # Not glued to letters, digits or another date part; not followed by ".5" (a decimal)
    # or more digits. A comma after it may end a CSV field ("3-2-1990,123456782").
    # One alternation of every form (the regex module allows a group name per branch): one
    # scan of each region instead of one per form.
    # Every form opens with a digit or a month name ("February 2, 1990"), not glued on; no
    # form nests quantifiers (see base._anchored_spans).
    # The digits each form opens with: a day (one or two digits), a year and its separator,
    # eight digits; so an IBAN's or phone number's longer digit groups are not tried.
    ANCHOR = (rf"(?<![\w\-/.'])(?=\d{{1,2}}(?!\d)|\d{{4}}(?:[-/.]|,?[ ]\d)|\d{{8}}(?!\d)"
              rf"|(?:{_MONTH}))")
    PATTERNS = (
        Pattern(
            "date",
            r"(?<![\w\-/.'])(?:"
            + "|".join(f"(?:{form})" for form in FORMS.values())
            + r")(?![\w\-/]|\.\d)",
            0.1,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return parse(pattern_text) is not None

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """Dates on the lines around a birth word (context_regions), and on the lines where
        a date may be a birth date without one: an age or a name right before a bracket."""
        regions = _merged(context_regions(ENTITY, text) + _cue_lines(text)
                          + _header_blocks(text))
        for pattern in self._compiled:
            for lo, hi in regions:
                yield from _spans(pattern, text, lo, hi, type(self).__name__, self._anchor)

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        """As every gated entity, but a date with a clock time after it is a timestamp (a
        chat line's "[12-03-24 09:15]", a mail's "Verzonden: 3-2-2024 14:02"), never a
        birth date, whatever birth word is near. A date no word makes a birth date is one
        when an age that fits it stands beside it ("34 jaar (12-03-1990)", "(34,
        12-03-1990)"), or when it stands in brackets right after a name ("Sanne Bakker
        (12-03-1990)") and is a birth year's date (see _BORN_BY)."""
        if _TIME_AFTER.match(text, end) and label_evidence(ENTITY, text, start) is None:
            return Evidence(scores(ENTITY).decoy, "a timestamp")
        ev = super().evidence(text, start, end)
        if ev is not None and ev.score == scores(ENTITY).decoy:
            ev = _van_not_a_period(text, start, end) or ev
        if ev is None or ev.score != scores(ENTITY).base:
            return ev  # a label, a decoy label or a birth word decided
        return (_beside_age(text, start, end) or _after_name(text, start, end)
                or _in_details_block(text, start, end) or _under_header(text, start) or ev)


# An age: 15 to 79, as a number of years or the first item in brackets ("(34, ...").
_AGE = regex.compile(r"(?<![\d\-/.,])(1[5-9]|[2-7]\d)(?:[ ]?(?:jaar|jr|years?|yrs|y/o)\b\.?"
                     r"|(?=,[ ]*\d))", regex.IGNORECASE)
# (the cheap scans that find the lines to look at: a digit and a unit, "(34,", "Name (1")
_AGE_CUE = re.compile(r"\(\d\d,|\d[ ]?(?:jaar|jr|years|yrs|y/o)\b")
_NAME_BRACKET_CUE = re.compile(r"\([ ]?\d")  # (a letter and a space before: checked after)
_NAME_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{Lu}[\p{Ll}'’\-]+)[ ]\([ ]?$")
# A date in brackets after a name is a birth date only when it is one a worker may have:
# fixed, so a scan does not depend on the day it runs (a date after 2010 is an event's).
_BORN_BY = 2010
_AGE_REACH = 25  # characters between an age and its date


def _cue_lines(text: str) -> list[tuple[int, int]]:
    out = [m.span() for m in _DATE_LINE.finditer(text)]
    for cue in (_AGE_CUE, _NAME_BRACKET_CUE):
        for m in cue.finditer(text):
            if cue is _NAME_BRACKET_CUE and not (text[m.start() - 2 : m.start() - 1].isalpha()
                                                and text[m.start() - 1] == " "):
                continue
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            out.append((lo, len(text) if hi < 0 else hi))
    return out


def _merged(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(regions):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _beside_age(text: str, start: int, end: int) -> Evidence | None:
    """An age within a few characters of a birth year's date that it fits (year + age is a
    year someone writes in: 1990-2045), on the same line."""
    born = parse(text[start:end])
    lo, hi = max(0, start - _AGE_REACH), min(len(text), end + _AGE_REACH)
    for m in _AGE.finditer(text, lo, hi):
        if start <= m.start() < end or "\n" in text[min(m.end(), start):max(m.start(), end)]:
            continue
        if born is not None and born.year <= _BORN_BY and 1990 <= born.year + int(m.group(1)) <= 2045:
            return Evidence(scores(ENTITY).window, "an age beside it")
    return None


def _after_name(text: str, start: int, end: int) -> Evidence | None:
    """The date opens brackets right after a name-shaped word ("Sanne Bakker (12-03-1990")."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    born = parse(text[start:end])
    if m is None or born is None or born.year > _BORN_BY or not is_name_shaped(m.group(1)):
        return None
    return Evidence(scores(ENTITY).window, "in brackets after a name")


_TIME_AFTER = regex.compile(r",?[ ]{1,3}(?:om[ ]+)?\d{1,2}[:.]\d{2}(?![\d.,])")


# "van" is a decoy as the start of a period ("van 1-3-2024 tot ..."), not as a name's particle
# ("Jan van der Berg (12-03-1985)", a table row's "Velden-van Ooste") nor after a birth word
# ("een geboortedatum van 12 juni 1985").
_PARTICLE = regex.compile(r"(?:[ ](?:[dD]e[rn]?|het|'t))?[ ]\p{Lu}")  # case-sensitive
_BIRTH_VAN = regex.compile(r"[ ]van[ ]*$", regex.IGNORECASE)


def _van_not_a_period(text: str, start: int, end: int) -> Evidence | None:
    """The evidence of a date whose decoy label is a "van" that opens no period: the label
    before a name's "van" decides, else the rules for an unlabelled date (base score)."""
    label = label_before(text, start)
    ctx, decoy = patterns(ENTITY)
    hit = decisive_hit(ctx, decoy, label)
    if hit is None or hit.word.lower() != "van":
        return None
    s = scores(ENTITY)
    if _PARTICLE.match(label, hit.end):  # a name's: the label before its first "van" decides
        while hit is not None and hit.word.lower() == "van" and _PARTICLE.match(label, hit.end):
            hit = decisive_hit(ctx, decoy, label[: hit.start])
        if hit is None:
            return Evidence(s.base, "a name's 'van'")
        return Evidence(s.label if hit.kind == "context" else s.decoy, "a label before a name")
    before = decisive_hit(ctx, decoy, label[: hit.start])
    if before is not None and before.kind == "context" and _BIRTH_VAN.match(label, before.end):
        return Evidence(s.label, f"label '{before.word.lower()} van'")
    return None


# A date alone on its line: in a personal-details block (a CV's or form's name, address,
# e-mail, phone, each on its own line) the one bare date of a birth year is the birth date.
_DATE_LINE = regex.compile(r"^[ \t]*\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d{2}[ \t]*$", regex.MULTILINE)
# the lines above that make it a details block: an e-mail address, a postcode, a phone number
_DETAIL = regex.compile(r"@[\w-]+\.\w|\b\d{4}[ ]?[A-Z]{2}\b|(?:\+31|\b0)[1-9][\d -]{7,}")
_BLOCK_LINES = 3


def _in_details_block(text: str, start: int, end: int) -> Evidence | None:
    """A birth year's date alone on its line, right below lines of personal details and
    the only bare date there (a letter's date stands apart, and is a recent one)."""
    line = _DATE_LINE.match(text, text.rfind("\n", 0, start) + 1)
    born = parse(text[start:end])
    if line is None or born is None or born.year > _BORN_BY:
        return None
    lo = start
    for _ in range(_BLOCK_LINES):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
    above = text[lo : line.start()]
    if not _DETAIL.search(above) or "\n\n" in above or _DATE_LINE.search(above):
        return None
    return Evidence(scores(ENTITY).window, "alone below personal details")


# A table set with spaces whose rows a long name pushed out of line ("Naam  BSN  Geb.datum"
# over "Sloot-Huijben  123.456.782  31-01-1981"): columns.py reads a column by character
# position and stops at the first row out of line; here a row's cell is read by its number.
_CELL_GAP = regex.compile(r"[ ]{2,}|\t")
_BLOCK_CHARS = 20_000  # how far below its header a table's rows are read


def _header_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks (up to a blank line) below each line that holds a birth word and a gap
    between cells: a header's rows, however far below it (the gate's one scan, shared)."""
    out = []
    for lo in sorted({text.rfind("\n", 0, s) + 1 for s, _, who in _gate_hits(text) if ENTITY in who}):
        if _CELL_GAP.search(text, lo, _line_end(text, lo)):
            hi = text.find("\n\n", lo, lo + _BLOCK_CHARS)
            out.append((lo, min(len(text), lo + _BLOCK_CHARS) if hi < 0 else hi))
    return out


def _line_end(text: str, lo: int) -> int:
    hi = text.find("\n", lo)
    return len(text) if hi < 0 else hi


def _under_header(text: str, start: int) -> Evidence | None:
    """The header cell of the same number as the date's cell, at the top of its block, is
    a birth-date label; the header has as many cells as the row."""
    lo = text.rfind("\n", 0, start) + 1
    row = _CELL_GAP.split(text[lo : _line_end(text, lo)].strip())
    before = text[lo:start].strip()
    if len(row) < 2 or not _CELL_GAP.search(text, lo, start):
        return None
    top = text.rfind("\n\n", max(0, start - _BLOCK_CHARS), lo)
    top = max(0, start - _BLOCK_CHARS) if top < 0 else top + 2
    header = _CELL_GAP.split(text[top : _line_end(text, top)].strip())
    idx = len(_CELL_GAP.split(before)) if before else 0
    if top == lo or len(header) != len(row) or idx >= len(header):
        return None
    hit = decisive_hit(*patterns(ENTITY), header[idx])
    return Evidence(scores(ENTITY).label, "a birth-date column") if hit and hit.kind == "context" else None

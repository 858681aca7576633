"""DATE_OF_BIRTH: a date written in a Dutch or English form, labelled or used as birth date.

https://en.wikipedia.org/wiki/Date_format_by_country (NL: dd-mm-jjjj, '12 maart 1990')
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import regex

from detectors.base import ContextRecognizer, context_regions
from detectors.calendars import solar_hijri
from detectors.context import Evidence, _load, label_evidence, patterns, scores
from detectors.dob_answers import TURN, answers_a_question
from detectors.dob_apposed import apposed_to_a_name
from detectors.dob_birthdays import birthdays
from detectors.dob_cues import anchor, cue_lines, months_abroad
from detectors.dob_gapped import gapped
from detectors.dob_layout import (
    BORN_BY,
    MIN_AGE,
    born_by,
    header_blocks,
    in_details_block,
    in_person_row,
    latest_year,
    preposition_not_a_period,
    put_right,
    same_sentence,
    under_header,
    under_heading,
)
from detectors.dob_lists import in_list_of_people
from detectors.dob_restated import restated
from detectors.label_above import boxes_under_a_heading
from detectors.licence_fields import field_lines
from detectors.person_animals import is_animal_noun
from detectors.person_names import is_name_shaped
from detectors.plain_scan import alike
from detectors.presidio_light import Pattern, RecognizerResult
from detectors.record_fields import record_fields

ENTITY = "DATE_OF_BIRTH"
# The Dutch and English names and abbreviations
MONTHS_NL_EN = {
    **dict.fromkeys(["januari", "jan", "january"], 1),
    **dict.fromkeys(["februari", "feb", "febr", "february"], 2),
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
# The months as candidates from abroad write them on Dutch forms ("4 maja 1988", "1 Ocak
# 1990", "15 юли 1978", "1985. október 23."): data/months.toml, from glibc's locale data (its
# make_months.py), only in a whole date.
MONTHS = {**MONTHS_NL_EN, **months_abroad()}


def _ascii(pattern: str) -> str:
    """``pattern`` with every non-ASCII letter written as its \\u escape: the same regex,
    which the fast stdlib-re scan (plain_scan) still takes."""
    return "".join(c if c.isascii() else f"\\u{ord(c):04x}" for c in pattern)


_MONTH = _ascii("|".join(map(regex.escape, sorted(MONTHS, key=len, reverse=True))))
# Two-digit years ("12-03-'85") are birth years: above the pivot 19xx, else 20xx. Fixed, so
# a scan does not depend on the day it runs (a candidate born in 2031 is decades away).
_PIVOT = 30
_YEAR = r"(?P<y>(?:19|20)\d{2}|'?\d{2})"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
_DAY = r"(?P<d>[0-3]?\d)"
_ORDINAL = r"(?:e|ste|de|st|nd|rd|th)?"
# "wordt op 12 maart 60 jaar", "turns 40 on May 3": a day and month, then an age, not a year
_NO_AGE = r"(?![ ]?(?:jaar|jr|years?|yrs)\b)"
# The written forms (NL and EN), each one regex used to find and to parse:
FORMS = {
    # 31-12-1990, 1/2/90, 03.02.'90, 01 - 02 - 1990 (one separator, the same twice); the US
    # order "04/19/1981" where only it reads as a date (parse)
    "numeric": rf"{_DAY}[ ]?(?P<s>[-/.])[ ]?(?P<m>[0-3]?\d)[ ]?(?P=s)[ ]?{_YEAR}",
    # 03 02 1990: spaced, so only with a four-digit year and not inside a run of digit
    # groups (a phone number "06 12 03 85 77"); a long number may follow (a row's BSN)
    "spaced": rf"(?<!\d[ ]){_DAY}[ ](?P<m>[01]?\d)[ ]{_YEAR4}(?![ ]\d{{1,4}}(?!\d))",
    # 1990-12-31, 1990-2-3, 1990/02/03; Hungarian "1990. 12. 31" (a space after each dot)
    "iso": rf"{_YEAR4}(?P<s>[-/.])(?:(?<=\.)[ ])?(?P<m>[01]?\d)(?P=s)(?:(?<=\.)[ ])?{_DAY}",
    # 1990 02 03: the year first, spaced, as "spaced" is (not inside a run of digit groups)
    "iso_spaced": rf"(?<!\d[ ]){_YEAR4}[ ](?P<m>[01]?\d)[ ]{_DAY}(?![ ]?\d)",
    # 1 2 - 0 3 - 1 9 9 0: a form's boxes, one digit a box, typed over with its spaces
    "boxed": r"(?P<d>[0-3][ ]\d)[ ]?(?P<s>[-/.])[ ]?(?P<m>[01][ ]\d)[ ]?(?P=s)[ ]?"
             r"(?P<y>[12][ ]\d[ ]\d[ ]\d)",
    # |1|2|0|3|1|9|9|0|, 1|2| |0|3| |1|9|9|0, [1][2][0][3][1][9][9][0]: a form's boxes drawn
    # with bars or brackets, one digit a box, the parts side by side or an empty box apart
    # (a scan's text layer sets a space either side of each bar: "| 1 | 2 | 0 | 3 | ...")
    "bars": r"(?P<d>[0-3](?P<b>\||[ ]\|[ ]|\]\[)\d)(?P=b)(?:[ ]?(?P=b))?(?P<m>[01](?P=b)\d)(?P=b)"
            r"(?:[ ]?(?P=b))?(?P<y>[12](?P=b)\d(?P=b)\d(?P=b)\d)(?!(?P=b)\d)",
    # 1 2  0 3  1 9 9 0: boxes typed over with a space, the parts two or three apart
    "boxes_apart": r"(?P<d>[0-3][ ]\d)[ ]{2,3}(?P<m>[01][ ]\d)[ ]{2,3}(?P<y>[12][ ]\d[ ]\d[ ]\d)",
    # 1 2 0 3 1 9 9 0: eight boxes side by side, typed over with a space each (a ddmmjjjj
    # field); not eight of a longer run of boxes (a boxed BSN's nine digits)
    "boxes_side": r"(?<!\d[ ])(?P<d>[0-3][ ]\d)[ ](?P<m>[01][ ]\d)[ ](?P<y>[12][ ]\d[ ]\d[ ]\d)"
                  r"(?![ ]?\d)",
    # 3 feb. 1990, 03-februari-1990, 2nd of February 1990, 3 mrt '85, and the passport's
    # two languages "12 MAA/MAR 1985"
    # (and the Portuguese and Spanish "3 de fevereiro de 1988")
    "day_month": rf"{_DAY}{_ORDINAL}(?:[ ](?:of|de))?(?:[ ]?[-/.][ ]?|[ ]+)(?P<mn>{_MONTH})"
    rf"(?:/(?:{_MONTH}))?\.?,?(?:[ ]de)?"
    rf"(?:[ ]?[-/.][ ]?|[ ]+){_YEAR}{_NO_AGE}",
    # 05DEC1997, 14AUG31: the month's letters glued between day and year, as an airline's
    # booking, a visa or a passport's text layer writes them (ICAO 9303's printed dates)
    "glued_month": rf"(?P<d>[0-3]\d)(?P<mn>{_MONTH})(?P<y>(?:19|20)\d{{2}}|\d{{2}})",
    # 17.VIII.1998, 3-IV-1985: the month in Roman numerals, as Polish and Romanian forms
    # write it (upper case only: "1.v.1990" is no date)
    "roman": rf"{_DAY}(?P<s>[-/.])(?-i:(?P<rm>XI{{0,2}}|IX|IV|VI{{0,3}}|V|I{{1,3}}))(?P=s)"
             rf"{_YEAR4}",
    # 1371/06/21: the Solar Hijri (Persian) calendar's year first, as an Iranian or Afghan
    # document writes it (calendars.solar_hijri reads it as a Gregorian date)
    "solar_hijri": r"(?P<y>1[34]\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)",
    # 19900203 and 03021990: eight digits, only ever reported under a birth-date label
    "compact_iso": rf"{_YEAR4}(?P<m>[01]\d)(?P<d>[0-3]\d)",
    "compact": rf"(?P<d>[0-3]\d)(?P<m>[01]\d){_YEAR4}",
    # February 2, 1990; Feb. 2nd 1990
    "month_day": rf"(?P<mn>{_MONTH})\.?[ ]+{_DAY}{_ORDINAL},?[ ]+{_YEAR}{_NO_AGE}",
    # the year, the month's name, the day: Hungarian "1990. március 12.", Lithuanian "1990 m.
    # kovo 12 d." (https://en.wikipedia.org/wiki/Date_format_by_country)
    "year_month_day": rf"{_YEAR4}(?:[ ]m)?\.?,?[ ]+(?P<mn>{_MONTH})\.?[ ]+{_DAY}",
    # 1990, 12 maart; 1990 12 March (the year first, a register's or a list's order)
    "year_day_month": rf"{_YEAR4},?[ ]+{_DAY}{_ORDINAL}[ ]+(?P<mn>{_MONTH})\.?(?![\w])",
}
# Between a label's word and its value: a year or a clause's end after a word ("Urodzony w
# 1985. 2003 maj 12 ...": the born word's date is the first after it, in its clause; not an
# abbreviation's dot, "Geb .  datum").
_PASSED = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<=\p{L}{3})[.;!?][ ]+(?=[\d\p{Lu}])")
# A value in brackets right after a date's year restates that date ("4 de maio de 1960
# (04-05-1960)"): the year it passed is its own.
_RESTATED = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d[ \t]*\([ \t]*$")
_DATE_WORD = regex.compile(r"dat|date|tarih|dátum|datum|дата", regex.IGNORECASE)
# A birth word abbreviated with its date word after it ("geb.dat.", "geb. dat.", "geb.datum")
_DATE_ABBREVIATED = regex.compile(r"\.?[ ]?dat(?:um|\.)", regex.IGNORECASE)


def _label_passed_a_date(text: str, start: int, ev: Evidence) -> bool:
    """The label's born word ("geboren", "urodzony", "született") stands, on the value's
    line, before another date or clause than the value's."""
    if ev.label is None or _DATE_WORD.search(ev.label.word):
        return False  # (a date's label, "Geboortedatum", "Data urodzenia", names its value)
    word = ev.label.word
    # (a window, never the whole text; the label's first word: "geboren op" is "geboren" after)
    after = text[start:start + 60].lower().find(word.split()[0])
    if after >= 0 and "\n" not in text[start:start + after]:
        return False  # ("... 14/03/1984 geboren": the born word after its own value)
    if _RESTATED.search(text, max(0, start - 12), start):
        return False  # ("Geboren: 27 lutego 2001 (27-02-2001)": the same date in digits)
    lo = max(0, start - 80)
    at = text[lo:start].lower().rfind(word)
    if at < 0 or "\n" in text[lo + at:start]:  # (a column's header: its own cell's value)
        return False
    after = lo + at + len(word)
    if (abbreviated := _DATE_ABBREVIATED.match(text, after)) is not None:
        after = abbreviated.end()  # "geb.dat. Dragan staat als ...": its '.' no clause end
    passed = [p.end() for p in _PASSED.finditer(text, after, start)]
    # (a row of columns' dates: each its column's person's, "geb.  04 11 1961   27 08 1964")
    return bool(passed) and not _row_of_columns(text, lo + at, passed[-1], start)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_PARSE = {k: regex.compile(v, regex.IGNORECASE) for k, v in FORMS.items()}
_ARTICLE = regex.compile(r"^(?:on[ ]+)?the[ ]+(?=\d)", regex.IGNORECASE)
# A date written as Python writes one (a script's record, a notebook's or a debugger's
# repr): "datetime.date(1990, 2, 3)", "dt.date(1990, 2, 3)", "date(1990, 2, 3)"; the call is
# the value (https://docs.python.org/3/library/datetime.html#datetime.date)
_DATE_CALL = regex.compile(r"(?<![\w.])(?:(?:datetime|dt)\.)?date\(((?:19|20)\d\d),[ ]?"
                           r"([01]?\d),[ ]?([0-3]?\d)\)")
_ISO_TIME = regex.compile(r"(?<=^\d{4}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$")


@lru_cache(maxsize=4096)  # the recognizer's check, then the normalisation
def parse(value: str) -> date | None:
    """The date written in ``value`` (day first, ISO, or with a month name), else None.

    >>> parse("31-12-1990"), parse("3 mrt. 1985"), parse("March 5, 1990")
    (datetime.date(1990, 12, 31), datetime.date(1985, 3, 3), datetime.date(1990, 3, 5))
    >>> parse("the 3rd of March, 1990")
    datetime.date(1990, 3, 3)
    >>> parse("1990-02-03T00:00:00+01:00"), parse("1986-07-19T22:00:00.000Z")
    (datetime.date(1990, 2, 3), datetime.date(1986, 7, 19))
    >>> parse("1371/06/21"), parse("1369-01-01"), parse("1371/13/01")
    (datetime.date(1992, 9, 12), datetime.date(1990, 3, 21), None)
    >>> parse("04/19/1981"), parse("12-31-1990"), parse("13/13/1990")
    (datetime.date(1981, 4, 19), datetime.date(1990, 12, 31), None)
    >>> parse("05DEC1997"), parse("14aug29")
    (datetime.date(1997, 12, 5), datetime.date(2029, 8, 14))
    >>> parse("1-2-'90"), parse("03-februari-1990"), parse("1990-2-3"), parse("3 2 1990")
    (datetime.date(1990, 2, 1), datetime.date(1990, 2, 3), datetime.date(1990, 2, 3), datetime.date(1990, 2, 3))
    """
    v = _ARTICLE.sub("", value.strip())  # "the 3rd of March, 1990" as people write it
    if v.endswith(")") and (call := _DATE_CALL.fullmatch(v)) is not None:
        v = "-".join(call.groups())  # Python's datetime.date(1990, 2, 3)
    if "T" in v:  # a date stored as a datetime ("1990-02-03T00:00:00+01:00"): its date
        v = _ISO_TIME.sub("", v)
    m = next((m for p in _PARSE.values() if (m := p.fullmatch(v))), None)
    if m is None:
        return None
    groups = m.groupdict()
    if m.re is _PARSE["solar_hijri"]:
        return solar_hijri(int(m["y"]), int(m["m"]), int(m["d"]))
    month = (MONTHS[m["mn"].lower()] if groups.get("mn") else _ROMAN.index(m["rm"]) + 1
             if groups.get("rm") else int(_digits(m["m"])))
    year = int(_digits(m["y"]))
    if year < 100:
        year += 1900 if year > _PIVOT else 2000
    day = int(_digits(m["d"]))
    if month > 12 and day <= 12 and m.re is _PARSE["numeric"]:
        day, month = month, day  # "04/19/1981": the US order, the only reading that is a date
    try:
        return date(year, month, day) if 1900 <= year <= 2099 else None
    except ValueError:
        return None


def _digits(part: str) -> str:
    """A date part's digits, without the spaces, bars or brackets of a form's boxes."""
    return part if part.isdigit() else "".join(filter(str.isdigit, part))


def normalize(value: str) -> str | None:
    """YYYY-MM-DD, or None when ``value`` is not a date; a birthday without its year
    (dob_birthdays) as ISO 8601's --MM-DD, as a vCard's BDAY writes it.

    >>> normalize("1-2-1990"), normalize("18 april"), normalize("12/03"), normalize("31 feb")
    ('1990-02-01', '--04-18', '--03-12', None)
    """
    d = parse(value)
    return d.isoformat() if d else _yearless(value)


_YEARLESS = regex.compile(r"(\d{1,2})(?:[ ]+([^\W\d_]+)\.?|[/-](\d{1,2}))", regex.IGNORECASE)


def _yearless(value: str) -> str | None:
    m = _YEARLESS.fullmatch(value.strip())
    if m is None:
        return None
    month = MONTHS_NL_EN.get(m[2].lower()) if m[2] else int(m[3])
    day = int(m[1])
    try:
        date(2000, month or 0, day)  # (a leap year: "29 feb." is a birthday)
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


# A form's row set in columns: the row's label opens its line, its values stand a column's
# gap (two spaces or more, a bar) apart: "geb.     04 11 1961        27 08 1964" under
# "werknemer  partner", one birth date for each column's person.
_COLUMN_GAP = regex.compile(r"[ \t]*(?:[ ]{2}|\t|\|)[ \t|]*")


def _row_of_columns(text: str, word: int, own_end: int, start: int) -> bool:
    """The birth word opens its line, the date before this one is the next column's (nothing
    but a column's gap between them) and the line above heads the columns (two cells or
    more a column's gap apart, no digit: "werknemer   partner")."""
    line = text.rfind("\n", 0, word) + 1
    if text[line:word].strip(" \t|") or _COLUMN_GAP.fullmatch(text, own_end, start) is None:
        return False
    above = text[text.rfind("\n", 0, max(0, line - 1)) + 1 : max(0, line - 1)]
    cells = [c.strip(" |") for c in _COLUMN_SPLIT.split(above.strip()) if c.strip(" |")]
    return len(cells) >= 2 and all(_column_person(c) for c in cells)


_COLUMN_SPLIT = regex.compile(r"[ ]{2,}|\t|\|")


@lru_cache(maxsize=1)
def _column_people() -> frozenset[str]:
    return frozenset(w.lower() for w in _load("dob_notes.toml")["column_people"])


def _column_person(cell: str) -> bool:
    """A header cell that names a person's column ("Werknemer", "partner", "Kind 2",
    "Echtgeno(o)t(e)"; data/dob_notes.toml), not another field ("Uit dienst")."""
    words = cell.lower().rstrip(":").strip()
    words = regex.sub(r"[ ]*\d{1,2}$", "", words)  # "kind 1", "kind 2"
    return words in _column_people()


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
    # form nests quantifiers (see pattern_scan._anchored_spans). The anchor (dob_cues.anchor) reads
    # what each form opens with, so an IBAN's or phone number's digit groups are not tried.
    ANCHOR = _ascii(anchor(list(MONTHS)))
    PATTERNS = (
        Pattern(
            "date",
            r"(?<![\w\-/])(?<![\W\d_]\.)(?<![^\s(\[,;:=N]')(?:"
            + "|".join(f"(?:{form})" for form in FORMS.values())
            # a date stored as a datetime: ISO 8601's "T" and midnight, local or in UTC
            # ("1990-02-03T00:00:00", Mongo's "1986-07-19T22:00:00.000Z"); another clock
            # time is a timestamp's
            + r")(?:(?![\w\-/]|\.\d)|(?=T(?:00|2[23]):00(?!\d)))",
            0.1,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return parse(pattern_text) is not None

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """Dates on the lines around a birth word (context_regions), and on the lines where
        a date may be a birth date without one: an age or a name right before a bracket."""
        plain = self._plain_anchor is not None and alike(text)  # (as _scan reads it)
        starts = (self._plain_anchor if plain else self._anchor).match
        regions = _merged(text, context_regions(ENTITY, text)
                          + cue_lines(text, lambda t, at: starts(t, at) is not None)
                          + header_blocks(text) + field_lines(text))
        yield from self._scan(text, regions)
        if "date(" in text:
            yield from (m.span() for lo, hi in regions for m in _DATE_CALL.finditer(text, lo, hi))

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        """As every gated entity, but a date with a clock time after it is a timestamp (a
        chat line's "[12-03-24 09:15]", a mail's "Verzonden: 3-2-2024 14:02"), never a
        birth date, whatever birth word is near. A date no word makes a birth date is one
        when an age that fits it stands beside it ("34 jaar (12-03-1990)", "(34,
        12-03-1990)"), or when it stands in brackets right after a name ("Sanne Bakker
        (12-03-1990)") and is a birth year's date (see dob_layout.born_by); and by the layout and
        words around it (dob_layout)."""
        if _TIME_AFTER.match(text, end) and (not _birth_label(text, start, end)
                                             or _chat_stamp(text, start, end)):
            return Evidence(scores(ENTITY).decoy, "a timestamp")
        ev = super().evidence(text, start, end)
        if ev is not None and ev.score > scores(ENTITY).decoy and _an_animals(text, start):
            return Evidence(scores(ENTITY).decoy, "an animal's birth date")
        born = parse(text[start:end])
        if ev is not None and ev.score == scores(ENTITY).decoy:
            ev = (preposition_not_a_period(text, start, end, born)
                  or put_right(text, start, born) or ev)
        if ev is not None and ev.score == scores(ENTITY).decoy and _NAME_PARTICLE.search(
                text, max(0, start - 40), start):
            ev = Evidence(scores(ENTITY).base, "'van' of a name, not a period's start")
        if ev is not None and ev.score == scores(ENTITY).window and _event_bracket(text, start):
            return Evidence(scores(ENTITY).decoy, "an event's date")  # a birth word nearby
        if ev is not None and ev.score > scores(ENTITY).decoy and _MADE_BEFORE.search(
                text, max(0, start - 24), start):
            return Evidence(scores(ENTITY).decoy, "the date a paper was made or received")
        if ev is not None and ev.score == scores(ENTITY).window and born is not None and (
                _of_the_documents_days(text, born.year)) and not _word_right_before(text, start):
            # a birth word near a date of the document's own days ("intake 19-11-2026 ...
            # Geb.datum: 08-06-2001"): the paper's date; a child's "geboren op 3 maart 2026"
            # keeps its word right before it, a list of children's birth dates its years
            return Evidence(scores(ENTITY).base, "a date of the document's own days")
        if ev is not None and ev.score == scores(ENTITY).window and born is not None and (
                born.year > BORN_BY) and _date_line(text, start, end):
            return Evidence(scores(ENTITY).base, "a letter's place and date line")
        if ev is not None and ev.score == scores(ENTITY).window and self._word_dates_another(
                text, start, end):
            return Evidence(scores(ENTITY).base, "its birth word's date is another")
        if ev is not None and ev.score >= scores(ENTITY).label and _label_passed_a_date(
                text, start, ev):
            return Evidence(scores(ENTITY).base, "its birth word's date is another")
        if ev is not None and ev.score >= scores(ENTITY).label and boxes_under_a_heading(
                text, start, end, ev.label):
            return Evidence(scores(ENTITY).base, "boxes under a heading, not a field's label")
        if ev is None or ev.score != scores(ENTITY).base:
            return ev  # a label, a decoy label or a birth word decided
        return (_birth_sign(text, start, born) or _beside_age(text, start, end)
                or _after_name(text, start, end) or in_list_of_people(text, start, born)
                or in_details_block(text, start, born) or under_header(text, start)
                or under_heading(text, start, end, born)
                or same_sentence(text, start, end, born)
                or answers_a_question(text, start, born)
                or _unless_named(text, start, in_person_row(text, start, end, born))
                or _record_field(text, start, end)
                or apposed_to_a_name(text, start, end, born) or ev)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The dates scored, and a date nothing decided that restates a birth date the text
        gives elsewhere (dob_restated)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        s = scores(ENTITY)
        ctx = patterns(ENTITY)[0]
        again = restated(text, [(r.start, r.end, r.score) for r in results], parse,
                         s.label, s.base, born_by(text), None if ctx is None else (s.window, ctx))
        ev = Evidence(s.window, "restates a birth date the text gives")
        results = [self._result(r.start, r.end, ev) if (r.start, r.end) in again else r
                   for r in results]
        # "... is geboren op 14-02-1987, dhr. Jansen op 02-03-1984": the verb written once
        births = [(r.start, r.end) for r in results if r.score >= s.label]
        second = gapped(text, births, [(r.start, r.end) for r in results
                                       if r.score <= s.base]) if births else set()
        ev = Evidence(s.label, "a gapped clause's birth date")
        results = [self._result(r.start, r.end, ev) if (r.start, r.end) in second else r
                   for r in results]
        # a birthday without its year ("jarig op 18 april"): no date form above reads it
        taken = [(r.start, r.end) for r in results]
        return results + [self._result(b, e, Evidence(s.label, why))
                          for b, e, why in birthdays(text)
                          if not any(b < te and ts < e for ts, te in taken)]

    def _word_dates_another(self, text: str, start: int, end: int) -> bool:
        """The nearest birth word has a date of its own right after it, and this one
        follows on that date's line: "geboren 28 juni 1969) te corrigeren vóór 1 april
        2024" (a window reaches the next clause; a list under a birth-date heading, one
        date a line, is none)."""
        ctx, chars = patterns(ENTITY)[0], scores(ENTITY).window_chars
        lo, hi = max(0, start - chars), min(len(text), end + chars)
        words = [] if ctx is None else [m for m in ctx.finditer(text, lo, hi)
                                        if m.end() <= start or m.start() >= end]
        if not words:
            return False
        m = min(words, key=lambda m: start - m.end() if m.end() <= start else m.start() - end)
        if m.end() > start:
            return False
        own = self._compiled[0].search(text, m.end(), start) or _DATE_CALL.search(
            text, m.end(), start)
        return (own is not None and own.start() - m.end() <= _OWN_DATE_GAP
                and parse(own.group()) is not None
                and _follows_its_line(text, m.start(), own, start)
                and not _row_of_columns(text, m.start(), own.end(), start))


# (stop 78) the words of the clause before a date read for an animal's noun: "Merrie Tosca
# (geb. 23-05-2011)", "a filly (born 2 June 2026)", "de jonge olifant Saar, geboren ..."
_LINE_BEFORE = regex.compile(r"[^\n]{0,80}$", regex.REVERSE)
_SENTENCE_END = regex.compile(r"[.!?;][ \t]+(?=\p{Lu})")
_ANIMAL_WORDS = 6  # the last words before the date: its subject and its birth word


def _an_animals(text: str, start: int) -> bool:
    """The date's clause names an animal before its birth word: a horse's, a pet's or a zoo
    animal's birth date (person_animals' nouns), no person's. A capitalised noun counts only
    opening the clause ("Merrie Tosca (geb. ..."; "Naam: Jan Paard, geboren" is a surname,
    "HAAN, P.K." a surname in capitals); a noun with no birth word after it is another
    field's ("koeltechniek cat II, ..., 1988-07-15")."""
    line = _LINE_BEFORE.search(text, max(0, start - 80), start)
    clause = _SENTENCE_END.split(line.group())[-1] if line is not None else ""
    words = list(_WORDS.finditer(clause))[-_ANIMAL_WORDS:]
    return any(is_animal_noun(w.group()) and _BIRTH_WORD.search(clause, w.end()) is not None
               and (w.group()[:1].islower() or (w.start() == 0 and not w.group().isupper()))
               for w in words)


_WORDS = regex.compile(r"\p{L}[\p{L}'’\-]*")
_BIRTH_WORD = regex.compile(r"(?i)\b(?:geb\b|geboren|born|birth|geboortedatum)")


# the date a request, a letter or a form was made, received or signed, right before it
# ("- aanvraag 12-03-2024", "ontvangen 12 MRT 2024", "getekend d.d. ..."): a word of the
# sentence before ("Gegevens voor de aanvraag: hij 12-03-1988") is no such label
_MADE_BEFORE = regex.compile(
    r"(?<![\w\-])(?:aanvraag|aangevraagd|ontvangen|ondertekend|getekend|gedateerd|dagtekening"
    r"|requested|received|signed)(?:[ ]+(?:op|d\.d\.|dd|on))?[ ]*:?[ ]*$", regex.IGNORECASE)
# "van" as a surname's particle before the date ("i. van Berg-Bakker 12 03 1985"), not
# the start of a period ("van 1-3-2024 tot ..."): a capitalised name comes between
_NAME_PARTICLE = regex.compile(r"(?<![\w\-])van[ ]+(?:(?:der|den|de|het|'t|ter|ten)[ ]+)?"
                               r"\p{Lu}[\p{L}'’\-]*[ ,]*$")
_OWN_DATE_GAP = 5  # "geboren op 28 juni", "born: 3 May": the word's own date right after it
# A line of its own under that date's line that opens with a label of its own ("Betreft:
# mw. A. Zwaagstra, geb. 14-08-1986\nSpreekuur: 18 december 2025"): the label's date
_OWN_LABEL_LINE = regex.compile(r"\n[ \t]*\p{L}[\p{L}.\-]*(?:[ ]\p{L}[\p{L}.\-]*){0,2}[ \t]*:[ \t]*$")
_LINE_LABEL_CHARS = 40
# or a date opening the next line, a log's entry after a row that gave its birth date on the
# word's own line ("...; DOB 1984-12-02⏎2025-10-21  Luuk Verbeek ..."); not a list's next
# line under a birth-date heading, whose first date opens its line too
_OPENS_LINE = regex.compile(r"\n[ \t]*$")

def _follows_its_line(text: str, word: int, own: regex.Match[str], start: int) -> bool:
    """The date at ``start`` follows the birth word's own date on its line, or opens the
    next line with a label of its own or as a log's entry (see _OWN_LABEL_LINE and
    _OPENS_LINE); not the next line of a list under a birth-date heading."""
    if "\n" not in text[own.end() : start]:
        return True
    if _OWN_LABEL_LINE.search(text, max(own.end(), start - _LINE_LABEL_CHARS), start):
        return True
    return (_OPENS_LINE.search(text, max(own.end(), start - 8), start) is not None
            and "\n" not in text[word : own.start()])


# An age: 15 to 79, as a number of years, an item before a date ("(34, ...", "Name, 34,
# 12-03-1990") or alone in brackets ("Sanne (34) 12-03-1990").
_AGE = regex.compile(r"(?|(?<![\d\-/.,])(1[5-9]|[2-7]\d)(?:[ ]?(?:jaar|jr|years?|yrs|y/o)\b\.?"
                     r"|(?=,[ ]*\d))|(?<=\()(1[5-9]|[2-7]\d)(?=\)))", regex.IGNORECASE)
# a name, its bracket, and in it maybe the place first ("Sanne Bakker (Utrecht, 12-03-1990")
# (a name word: capitalised, and maybe double-barrelled or with a capital inside, "Jansen-
# Bakker", "Nguyen-Tran", "O'Neill", "McDonald")
_NAME_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{Lu}[\p{L}'’\-]*\p{Ll})[ ]\([ ]?(?:\p{Lu}\p{Ll}+,[ ])?$")
_AGE_REACH = 25  # characters between an age and its date
# The birth sign of a genealogy or a profile ("Sanne de Vries * 12-05-1979", "(* 3 mei
# 1985)", Belgian "° 12-05-1979"), after a word or a bracket: not a list's bullet at the start of a line.
_BIRTH_SIGN = regex.compile(r"(?:\(|[^\s*][ ]{1,3})[*°][ ]?$")


def _of_the_documents_days(text: str, year: int) -> bool:
    """The year is the latest the document writes, or the one before, when that is recent
    (past dob_layout's BORN_BY + MIN_AGE: an old letter's dates say nothing here)."""
    latest = latest_year(text)
    return latest > BORN_BY + MIN_AGE and year >= latest - 1


# a letter's date line, the place and the date alone on their line ("Rijswijk, 3 november
# 2025", "Den Haag, d.d. 12-03-2026") in a year no adult was born in: the day it was written,
# whatever birth word is near ("Geboren:\nUtrecht, 3 maart 1990" stays a birth date)
_DATELINE_PLACE = regex.compile(r"[ \t]*\p{Lu}[\p{L}'’\-]*(?:[ ](?:a/d|aan|den|op|\p{Lu}[\p{L}'’\-]*))*"
                                r",[ ]+(?:d\.d\.[ ]+|de[ ]+)?$")
_DATELINE = regex.compile(r"[ \t]*\p{Lu}[^\n,]{1,40},[ ]+[^\n]{6,30}?[ \t.]*")


_DATE_LINE_CHARS = 60  # of a place and date line on either side of its date


def _date_line(text: str, start: int, end: int) -> bool:
    """The date's line is a letter's place and date alone (_DATELINE), read within
    _DATE_LINE_CHARS: a long line is no such line."""
    lo = text.rfind("\n", max(0, start - _DATE_LINE_CHARS), start) + 1
    hi = text.find("\n", end, end + _DATE_LINE_CHARS)
    if (lo == 0 and start > _DATE_LINE_CHARS) or (hi < 0 and len(text) - end > _DATE_LINE_CHARS):
        return False
    hi = len(text) if hi < 0 else hi
    return _DATELINE.fullmatch(text, lo, hi) is not None and _DATELINE_PLACE.match(
        text, lo, start) is not None


def _word_right_before(text: str, start: int) -> bool:
    """A birth word ends a few characters before ``start`` ("geboren op ", "born: ")."""
    ctx = patterns(ENTITY)[0]
    lo = max(0, start - 24)
    return ctx is not None and any(
        start - m.end() <= _OWN_DATE_GAP + 3 for m in ctx.finditer(text, lo, start))


def _record_field(text: str, start: int, end: int) -> Evidence | None:
    """The birth-date field of a headerless record run with a BSN field (record_fields)."""
    if (start, end) not in record_fields(text).birth:
        return None
    return Evidence(scores(ENTITY).window, "a record's birth-date field")


def _birth_label(text: str, start: int, end: int) -> bool:
    """A date with a clock time after it is a birth date only under a label: any label
    for a time after a space ("Geb.: 3-2-1990 00:00"), a birth date's own for a stored
    datetime ("1990-02-03T00:00:00", whose field may be any date's)."""
    label = label_evidence(ENTITY, text, start)
    if label is None:
        return False
    return text[end] != "T" or label.score >= scores(ENTITY).label


def _merged(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The regions merged where they overlap or only a line break parts them (the lines of
    an export's rows, each a cue line: no form holds a line break, and each reads one after
    it as it reads the end of a region, so the matches are the same)."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(regions):
        if out and (lo <= out[-1][1] or (lo == out[-1][1] + 1 and text[lo - 1] == "\n")):
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _birth_sign(text: str, start: int, born: date | None) -> Evidence | None:
    """A birth year's date right after the birth sign '*' or '°'."""
    if born is None or born.year > born_by(text) or not _BIRTH_SIGN.search(
            text, max(0, start - 6), start):
        return None
    return Evidence(scores(ENTITY).window, "after a birth sign")


def _beside_age(text: str, start: int, end: int) -> Evidence | None:
    """An age within a few characters of a birth year's date that it fits (year + age is a
    year someone writes in: 1990-2045), on the same line."""
    born = parse(text[start:end])
    lo, hi = max(0, start - _AGE_REACH), min(len(text), end + _AGE_REACH)
    for m in _AGE.finditer(text, lo, hi):
        if start <= m.start() < end or "\n" in text[min(m.end(), start):max(m.start(), end)]:
            continue
        if born is not None and born.year <= born_by(text) and 1990 <= born.year + int(m.group(1)) <= 2045:
            return Evidence(scores(ENTITY).window, "an age beside it")
    return None


def _after_name(text: str, start: int, end: int) -> Evidence | None:
    """The date opens brackets right after a name-shaped word ("Sanne Bakker (12-03-1990",
    "Sanne Bakker (Utrecht, 12-03-1990")."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    born = parse(text[start:end])
    if m is None or born is None or born.year > born_by(text) or not is_name_shaped(m.group(1)):
        return None
    if _event(m.group(1)) or _event_before(text, m.start(1)):
        return None  # "Werkoverleg (12-03-2004)", "Functioneringsgesprek Jansen (3 mei 2009)"
    return Evidence(scores(ENTITY).window, "in brackets after a name")


# What a meeting, an event or a document is called: a date in brackets after one is its date
# ("Werkoverleg (12-03-2004)", "Evaluatie (3 mei 2009)", "Minutes Staff Meeting (...)"),
# also as the end of a compound ("MT-vergadering", "Functioneringsgesprek", "Jaarverslag").
_EVENTS = ("overleg", "vergadering", "gesprek", "evaluatie", "verslag", "notulen", "intake",
           "beoordeling", "bespreking", "bijeenkomst", "sessie", "training", "cursus",
           "workshop", "besluitenlijst", "rapportage", "rapport", "offerte", "contract",
           "overeenkomst", "agenda", "afspraak", "keuring", "inspectie", "controle", "toets",
           "examen", "presentatie", "aanvraag", "melding", "wijziging", "mutatie", "update",
           "versie", "notitie", "aantekening", "incident", "ongeval", "planning", "meeting",
           "minutes", "review", "session", "course", "report", "appointment", "interview",
           "assessment", "appraisal", "inspection", "version", "accident", "letter", "memo",
           "brief", "audit", "event")
_EVENT_EXACT = frozenset(["memo", "brief", "audit", "event", "mail", "e-mail", "email"])
_WORDS_BEFORE = regex.compile(r"(\p{L}[\p{L}\-]*)[ ]+(?:\p{Lu}[\p{L}'’\-]*[ ]+){0,2}$")


@lru_cache(maxsize=4096)
def _event(word: str) -> bool:
    """True for a word naming a meeting, an event or a document (or a compound ending so)."""
    lower = word.lower()
    return lower in _EVENT_EXACT or any(lower.endswith(e) for e in _EVENTS if len(e) > 4)


_EVENT_BRACKET = regex.compile(r"(\p{L}[\p{L}\-]*)[ ]\([ ]?$")


def _event_bracket(text: str, start: int) -> bool:
    """The date opens brackets after an event word, maybe with a name between."""
    m = _EVENT_BRACKET.search(text, max(0, start - 40), start)
    return m is not None and (_event(m.group(1)) or _event_before(text, m.start(1)))


def _event_before(text: str, start: int) -> bool:
    """An event word right before the name-shaped words before the bracket ("Evaluatie
    proeftijd Jansen (", "Exit interview Sanne Bakker ("); "met", "with" between make the
    name a person's again."""
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and _event(m.group(1))


_TIME_AFTER = regex.compile(r"(?:,?[ ]{1,3}(?:om[ ]+)?|T)\d{1,2}[:.]\d{2}(?![\d.,])")


def _chat_stamp(text: str, start: int, end: int) -> bool:
    """The date is a chat message's stamp: its line opens a turn (dob_answers.TURN: a time
    stamp, then the sender and ":", "12/10/26, 11:15 - Emil:") whose stamp holds it. The line
    above is the previous message, never the date's label, whatever birth word it holds."""
    lo = text.rfind("\n", 0, start) + 1
    turn = TURN.match(text, lo) if text[lo:start] in ("", "[") else None
    return turn is not None and turn.start("who") >= end


def _unless_named(text: str, start: int, ev: Evidence | None) -> Evidence | None:
    """A person's row says its date is the birth date only where the date's own column has
    no name or a birth label's: under another header word ("INDIENST", "Startdatum") the
    column says what the date is.

    >>> t = "NAAM   BSN        GEBDAT    INDIENST\\nJan    123456782  19830517  20180312"
    >>> _unless_named(t, t.index("2018"), Evidence(0.7, "row")) is None
    True
    """
    from detectors.columns import column_label

    column = None if ev is None else column_label(text, start)
    birth = patterns(ENTITY)[0]
    return ev if column is None or (birth is not None and birth.search(column)) else None


"""Machine-readable zones (MRZ) of passports (TD3) and ID cards (TD1), as a scan leaves them.

ICAO Doc 9303 part 3-5 (MRZ, check digits): https://www.icao.int/publications/pages/publication.aspx?docnum=9303
A line that OCR split with spaces is read without them; a Dutch MRZ whose check digits a
misread broke, or whose other lines OCR lost, still holds its document number (not a BSN).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from stdnum.nl import identiteitskaartnummer as _idnr

from detectors.spans import within

_WEIGHTS = (7, 3, 1)

# TD3 (passport, 2 x 44) second line: number, check, nationality, birth date, check, sex,
# expiry, check, optional data (a Dutch passport holds the BSN here), check, composite.
_TD3 = regex.compile(
    r"^(?:(P[A-Z<][A-Z<]{3}[A-Z<]{39})\s*\n)?([A-Z0-9<]{9}\d[A-Z<]{3}\d{7}"
    r"[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d)[ \t]*$",
    regex.MULTILINE,
)
# TD1 (ID card, 3 x 30): line 1 holds type, issuer, number, check and optional data (BSN).
_TD1 = regex.compile(
    r"^([AIC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[\d<][A-Z0-9<]{15})\s*\n"
    r"(\d{7}[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d)[ \t]*"
    r"(?:\n([A-Z<]{30}))?[ \t]*$",
    regex.MULTILINE,
)


def mrz_check_digit(field: str) -> str:
    """The ICAO 9303 check digit of an MRZ field ('<' = 0, A = 10 ... Z = 35).

    >>> mrz_check_digit("L898902C3"), mrz_check_digit("740812")
    ('6', '2')
    """
    values = (0 if c == "<" else int(c, 36) for c in field)
    return str(sum(v * _WEIGHTS[i % 3] for i, v in enumerate(values)) % 10)


def _checks(*pairs: tuple[str, str]) -> bool:
    return all(mrz_check_digit(f) == c or (c == "<" and set(f) <= {"<"}) for f, c in pairs)


@dataclass(frozen=True)
class Mrz:
    """A machine-readable zone with valid check digits (``checked``), or a Dutch one whose
    document number holds its format while a misread character broke a check digit."""

    start: int
    end: int
    document_number: str
    bsn_span: tuple[int, int] | None  # the optional-data digits when they look like a BSN
    checked: bool = True


def _bsn_span(line_start: int, line: str, lo: int, hi: int) -> tuple[int, int] | None:
    data = line[lo:hi].rstrip("<")
    if len(data) == 9 and data.isdigit():
        return line_start + lo, line_start + lo + 9
    return None


def _td3(m: regex.Match[str]) -> Mrz | None:
    line = m.group(2)
    number = line[0:9].rstrip("<")
    if not _checks(
        (line[0:9], line[9]),
        (line[13:19], line[19]),
        (line[21:27], line[27]),
        (line[28:42], line[42]),
        (line[0:10] + line[13:20] + line[21:43], line[43]),
    ):
        return _unchecked(m, line[10:13], number)
    # the number's line: the name line above it is the holder's name (person_mrz)
    return Mrz(m.start(2), m.end(2), number, _bsn_span(m.start(2), line, 28, 42))


def _td1(m: regex.Match[str]) -> Mrz | None:
    one, two = m.group(1), m.group(2)
    number = one[5:14].rstrip("<")
    if not _checks(
        (one[5:14], one[14]),
        (two[0:6], two[6]),
        (two[8:14], two[14]),
        (one[5:30] + two[0:7] + two[8:15] + two[18:29], two[29]),
    ):
        return _unchecked(m, one[2:5], number)
    # lines one and two: the third is the holder's name (person_mrz)
    return Mrz(m.start(), m.end(2), number, _bsn_span(m.start(1), one, 15, 30))


def _unchecked(m: regex.Match[str], issuer: str, number: str) -> Mrz | None:
    """A Dutch MRZ (issuer NLD) whose check digits fail, as one misread character on a
    scan makes them, still holds a Dutch document number when that number has its format;
    its optional data is no BSN until the checks hold."""
    if issuer != "NLD" or not _idnr.is_valid(number):
        return None
    start = m.start(2) if m.re is _TD3 else m.start(1)  # not the name line (person_mrz)
    return Mrz(start, m.end(2), number, None, checked=False)


@lru_cache(maxsize=8)
def find_mrz(text: str) -> tuple[Mrz, ...]:
    """Every TD3 (passport) and TD1 (ID card) MRZ in ``text`` whose check digits hold, and
    every Dutch one whose check digits a misread broke (``Mrz.checked`` False). An MRZ
    line that OCR split with spaces ("ANNA<MARI A<<<") is read without them."""
    if "<<" not in text and "«" not in text:  # every MRZ pads with '<': skip ordinary text
        return ()
    # OCR reads a '<' as '«' now and then (one character for one: the spans stay)
    squeezed, where = _squeezed(text.replace("«", "<") if "«" in text else text)
    found = [_td3(m) for m in _TD3.finditer(squeezed)] + [
        _td1(m) for m in _TD1.finditer(squeezed)]
    whole = [m for m in found if m is not None]
    in_whole = within([(w.start, w.end) for w in whole])
    alone = [m for m in map(_td1_line, _TD1_LINE.finditer(squeezed))
             if m is not None and not in_whole(m.start)]
    in_found = within([(w.start, w.end) for w in whole + alone])
    loose = [m for m in map(_dutch_line, _DUTCH_LINE.finditer(squeezed))
             if m is not None and not in_found(m.start)]
    return tuple(_placed(m, where) for m in whole + alone + loose)


@lru_cache(maxsize=8)
def by_span(text: str) -> dict[tuple[int, int], Mrz]:
    """find_mrz's MRZs by their (start, end), the first of each: asked per candidate."""
    found: dict[tuple[int, int], Mrz] = {}
    for m in find_mrz(text):
        found.setdefault((m.start, m.end), m)
    return found


@lru_cache(maxsize=8)
def bsn_spans(text: str) -> frozenset[tuple[int, int] | None]:
    """The BSN fields (optional data) of find_mrz's MRZs: asked per BSN candidate."""
    return frozenset(m.bsn_span for m in find_mrz(text))


# An ID card's first MRZ line alone (OCR lost the others, or a copy shows one): Dutch.
_TD1_LINE = regex.compile(r"^[AIC][A-Z<]NLD([A-Z0-9<]{9})(\d)[A-Z0-9<]{15}[ \t]*$",
                          regex.MULTILINE)


def _td1_line(m: regex.Match[str]) -> Mrz | None:
    """The document number of a lone first line, when its own check digit holds."""
    number = m.group(1).rstrip("<")
    if mrz_check_digit(m.group(1)) != m.group(2) or not _idnr.is_valid(number):
        return None
    return Mrz(m.start(), m.start() + 30, number, None, checked=False)


# A Dutch MRZ line whose '<' padding a scan or a retyped copy got wrong (a line of 41 or
# 47, so neither layout above holds): an ID card's first line ("I<NLD", the number and its
# check) or a passport's second (the number, its check, "NLD", birth date, sex, expiry). The
# layout up to the expiry and the number's Dutch format say what it is.
_DUTCH_LINE = regex.compile(
    r"^[ \t]*(?:[AIC][A-Z<]NLD(?P<card>[A-Z0-9]{9})(?P<check>\d)"
    r"|(?P<passport>[A-Z0-9]{9})[\d<]NLD\d{6}[\d<][MFX<]\d{6}[\d<])[A-Z0-9<]*[ \t]*$",
    regex.MULTILINE)


def _dutch_line(m: regex.Match[str]) -> Mrz | None:
    """The document number of a Dutch MRZ line of the wrong length, when it has its format
    (no BSN is read from it: its optional data's place is not sure)."""
    number = m.group("card") or m.group("passport")
    if not _idnr.is_valid(number):
        return None
    if m.group("card") and mrz_check_digit(number) != m.group("check"):
        return None  # an ID card's line alone: its number's own check holds (as _td1_line)
    start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
    return Mrz(start, start + len(m.group().strip()), number, None, checked=False)


# An MRZ line as OCR may split it: MRZ characters and single spaces, with a '<<' in it.
_SPACED_MRZ = regex.compile(r"^(?=[^\n]*<<)[A-Z0-9<]+(?: [A-Z0-9<]+)+[ \t]*$", regex.MULTILINE)


def _squeezed(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the spaces inside MRZ-shaped lines taken out, and where each of its
    characters stands in ``text`` (None when nothing was taken out)."""
    if " " not in text or _SPACED_MRZ.search(text) is None:
        return text, None
    keep = [True] * len(text)
    for m in _SPACED_MRZ.finditer(text):
        body = m.group().rstrip(" \t")
        if len(body.replace(" ", "")) in (30, 44):  # a TD1 or TD3 line's length, spaces out
            for i in range(m.start(), m.start() + len(body)):
                keep[i] = text[i] != " "
    where = [i for i, k in enumerate(keep) if k]
    return "".join(text[i] for i in where), where


def _placed(mrz: Mrz, where: list[int] | None) -> Mrz:
    """The MRZ with its spans in the original text."""
    if where is None:
        return mrz
    bsn = None if mrz.bsn_span is None else (where[mrz.bsn_span[0]],
                                             where[mrz.bsn_span[1] - 1] + 1)
    return Mrz(where[mrz.start], where[mrz.end - 1] + 1, mrz.document_number, bsn, mrz.checked)


# The first word of an MRZ line as it is quoted or copied alone: an ID card's "NLD" and
# number ("I<NLDXR1001R582..." or "NLDXR1001R582"), a passport's number, check and
# nationality before the birth date ("XR1001R582NLD8703145...").
_NUMBER_WORD = regex.compile(r"(?:[AIC][A-Z<])?NLD([A-Z0-9]{9})\d|([A-Z0-9]{9})[\d<][A-Z]{3}\d{6}")


def number_in_word(word: str) -> str | None:
    """The document number an MRZ word opens with, when it has the Dutch format: it
    fingerprints like the number, as a whole MRZ does.

    >>> number_in_word("NLDXR1001R582"), number_in_word("XR1001R582NLD8703145M3105216")
    ('XR1001R58', 'XR1001R58')
    >>> number_in_word("XR1001R58") is None
    True
    """
    m = _NUMBER_WORD.match(word)
    if m is None:
        return None
    number = m.group(1) or m.group(2)
    return number if _idnr.is_valid(number) else None

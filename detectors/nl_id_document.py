"""NL_ID_DOCUMENT (passport / ID-card number, whole MRZ) and NL_DRIVERS_LICENSE.

ICAO Doc 9303 part 3-5 (MRZ, check digits): https://www.icao.int/publications/pages/publication.aspx?docnum=9303
https://arthurdejong.org/python-stdnum/doc/stdnum.nl.identiteitskaartnummer
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex
from stdnum.nl import identiteitskaartnummer as _idnr

from detectors.base import ContextRecognizer
from detectors.context import (
    Evidence,
    context_evidence,
    context_words,
    label_before,
    label_evidence,
    patterns,
    row_kind_evidence,
    scores,
    window_evidence,
)
from detectors.labels import decisive_hit
from detectors.mask import mask as _mask
from detectors.presidio_light import Pattern

ENTITY = "NL_ID_DOCUMENT"
DRIVERS_LICENSE = "NL_DRIVERS_LICENSE"
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
    return Mrz(m.start(), m.end(2), number, _bsn_span(m.start(2), line, 28, 42))


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
    end = m.end(3) if m.group(3) else m.end(2)
    return Mrz(m.start(), end, number, _bsn_span(m.start(1), one, 15, 30))


def _unchecked(m: regex.Match[str], issuer: str, number: str) -> Mrz | None:
    """A Dutch MRZ (issuer NLD) whose check digits fail, as one misread character on a
    scan makes them, still holds a Dutch document number when that number has its format;
    its optional data is no BSN until the checks hold."""
    if issuer != "NLD" or not _idnr.is_valid(number):
        return None
    end = max(m.end(g) for g in range(1, (m.re.groups or 0) + 1) if m.group(g))
    return Mrz(m.start(), end, number, None, checked=False)


@lru_cache(maxsize=8)
def find_mrz(text: str) -> tuple[Mrz, ...]:
    """Every TD3 (passport) and TD1 (ID card) MRZ in ``text`` whose check digits hold, and
    every Dutch one whose check digits a misread broke (``Mrz.checked`` False). An MRZ
    line that OCR split with spaces ("ANNA<MARI A<<<") is read without them."""
    if "<<" not in text:  # every MRZ pads with '<': skip the patterns on ordinary text
        return ()
    squeezed, where = _squeezed(text)
    found = [_td3(m) for m in _TD3.finditer(squeezed)] + [
        _td1(m) for m in _TD1.finditer(squeezed)]
    return tuple(_placed(m, where) for m in found if m is not None)


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


def compact(number: str) -> str:
    """Upper case without spaces, dots or dashes.

    >>> compact("xr 1001r5 8")
    'XR1001R58'
    """
    return str(_idnr.compact(number))


def validate(number: str) -> str:
    """The compact number; raises stdnum's InvalidLength / InvalidFormat.

    >>> validate("xr 1001r5 8")
    'XR1001R58'
    """
    return str(_idnr.validate(number))


def is_valid(number: str) -> bool:
    """True for a Dutch passport / ID-card number format (2 letters, 6 alnum, digit; no O).

    >>> is_valid("XR1001R58"), is_valid("XO1001R58")
    (True, False)
    """
    return bool(_idnr.is_valid(number))


def mask(number: str) -> str:
    """The masked compact number.

    >>> mask("XR1001R58")
    '******R58'
    """
    return _mask(compact(number))


class NlIdDocumentRecognizer(ContextRecognizer):
    """Document numbers (scored on context) and whole MRZs (check digits)."""

    NEEDS_DIGIT = True

    ENTITY = ENTITY
    # Upper-case only: a lower-case 9-character word is not printed on a document.
    PATTERNS = (
        Pattern("nl_doc_number", r"(?<![\w\-/])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\w\-/])", 0.35),
        # typed over from the card in groups ("XR10 01R5 8", "XR 1001R5 8"): single spaces
        Pattern("nl_doc_number_grouped",
                r"(?<![\w\-/])[A-NP-Z](?:[ ]?[A-NP-Z0-9]){7}[ ]?\d(?![\w\-/]|[ ][A-Z0-9]\b)",
                0.35),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid(pattern_text)

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        mrz = find_mrz(text)
        yield from ((m.start, m.end) for m in mrz)
        inside = [(m.start, m.end) for m in mrz]
        yield from (
            (s, e) for s, e in super().candidates(text) if not any(a <= s < b for a, b in inside)
        )

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        mrz = next((m for m in find_mrz(text) if (m.start, m.end) == (start, end)), None)
        if mrz is not None:
            if not mrz.checked:  # a Dutch MRZ's shape and number format, a check misread
                return Evidence(scores(ENTITY).label, "Dutch MRZ, a check digit misread")
            return Evidence(scores(ENTITY).extra["mrz"], "MRZ check digits")
        ev = super().evidence(text, start, end)
        if ev is not None and ev.score == scores(ENTITY).decoy and _carrier_label(
                ENTITY, text, start):
            return window_evidence(ENTITY, text, start, end) or ev
        return ev


def _carrier_label(entity: str, text: str, start: int) -> bool:
    """The decoy label is a card's or pass's number ("Kaartnummer", "pasnr.") or a number
    word of no kind ("het nieuwe nummer", a licence category's "CE nr."): whose it is, the
    words around it say."""
    hit = decisive_hit(*patterns(entity), label_before(text, start))
    return hit is not None and hit.kind == "decoy" and (
        (entity == ENTITY and _carriers().match(hit.word) is not None)
        or _plain_number_word(hit.word))


@lru_cache(maxsize=1)
def _plain() -> regex.Pattern[str]:
    words = context_words()[ENTITY]
    heads = "|".join(map(regex.escape, words.get("plain_heads", [])))
    tails = "|".join(map(regex.escape, words["tails"]))
    return regex.compile(rf"(?:(?:{heads})[\W_]+)?(?:{tails})\.?", regex.IGNORECASE)


def _plain_number_word(word: str) -> bool:
    """A bare number word, or one after a head that names no kind.

    >>> _plain_number_word("nieuwe nummer"), _plain_number_word("CE     nr.")
    (True, True)
    >>> _plain_number_word("ordernummer"), _plain_number_word("klant nr")
    (False, False)
    """
    return _plain().fullmatch(word.strip()) is not None


@lru_cache(maxsize=1)
def _carriers() -> regex.Pattern[str]:
    words = context_words()[ENTITY].get("carriers", [])
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, words))})[\W_]*\p{{L}}*\.?$",
                         regex.IGNORECASE)


class NlDriversLicenseRecognizer(ContextRecognizer):
    """Rijbewijsnummer: 10 digits, reported only with context (no public checksum)."""

    NEEDS_DIGIT = True

    ENTITY = DRIVERS_LICENSE
    CONTEXT_GATED = True
    PATTERNS = (
        Pattern("nl_drivers_license", r"(?<![\w+/,.\-])\d{10}(?![\w/\-]|[.,]\d)", 0.05),
        # typed in groups, one separator throughout ("5012 345 678", "50.1234.5678"); not
        # opening with a zero, as a phone number does ("06 1234 5678")
        Pattern("nl_drivers_license_grouped",
                r"(?<![\w+/,.\-])(?=(?:\d[ .\-]?){9}\d(?![\d]))[1-9]\d{1,4}([ .\-])\d{2,4}"
                r"(?:\1\d{2,4}){0,2}(?![\w/\-]|[.,]\d|[ ]\d)", 0.05),
    )

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        # In groups, or opening with a zero as a Dutch phone number does ("06 gewijzigd ->
        # 0612345678. rijbewijs ..."): only its own label says what it is, not a word nearby.
        if not text[start:end].isdigit() or text[start] == "0":
            why = "grouped digits, no label" if text[start] != "0" else "a phone number's shape"
            return row_kind_evidence(DRIVERS_LICENSE, text, start) or label_evidence(
                DRIVERS_LICENSE, text, start) or Evidence(scores(DRIVERS_LICENSE).base, why)
        ev = context_evidence(DRIVERS_LICENSE, text, start, end)
        if ev is not None and ev.score == scores(DRIVERS_LICENSE).decoy and _carrier_label(
                DRIVERS_LICENSE, text, start):
            # "Rijbewijs: [x] B  [ ] CE  nr. 5012345678": the category's number word
            return window_evidence(DRIVERS_LICENSE, text, start, end) or ev
        return ev

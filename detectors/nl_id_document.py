"""NL_ID_DOCUMENT (passport / ID-card number, whole MRZ) and NL_DRIVERS_LICENSE.

ICAO Doc 9303 part 3-5 (MRZ, check digits): https://www.icao.int/publications/pages/publication.aspx?docnum=9303
https://arthurdejong.org/python-stdnum/doc/stdnum.nl.identiteitskaartnummer
"""

from __future__ import annotations

from collections.abc import Iterator
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
from detectors.mrz import Mrz, find_mrz, mrz_check_digit
from detectors.presidio_light import Pattern

__all__ = ["ENTITY", "Mrz", "NlDriversLicenseRecognizer", "NlIdDocumentRecognizer", "compact",
           "find_mrz", "is_valid", "mask", "mrz_check_digit", "validate"]

ENTITY = "NL_ID_DOCUMENT"
DRIVERS_LICENSE = "NL_DRIVERS_LICENSE"
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
            if not mrz.checked:  # Dutch shape and number format; a check misread, a line lost
                return Evidence(scores(ENTITY).label, "Dutch MRZ, not every check digit holds")
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

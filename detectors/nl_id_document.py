"""NL_ID_DOCUMENT (passport / ID-card number, whole MRZ) and NL_DRIVERS_LICENSE.

ICAO Doc 9303 part 3-5 (MRZ, check digits): https://www.icao.int/publications/pages/publication.aspx?docnum=9303
https://arthurdejong.org/python-stdnum/doc/stdnum.nl.identiteitskaartnummer
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex
from stdnum.nl import identiteitskaartnummer as _idnr

from detectors.base import ContextRecognizer, context_regions
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
from detectors.doc_abroad import is_abroad, names_abroad, nationality_labels
from detectors.doc_residence import is_residence
from detectors.label_above import boxes_under_a_heading
from detectors.labels import decisive_hit
from detectors.licence_fields import field_lines
from detectors.mask import mask as _mask
from detectors.mrz import Mrz, by_span, find_mrz, mrz_check_digit
from detectors.presidio_light import Pattern
from detectors.spans import within

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
        # typed over from the card in groups ("XR10 01R5 8", "XR 1001R5 8"): single spaces;
        # not cut out of a longer run of groups, nor a label and digit groups ("BSN 123 456
        # 782"); a date, count or phone number after it is no group of its own, and a digit
        # that counts the word after it ("XR10 01R5 8 2 kopieën", "... 3 pages") is no group;
        # letters, a space and digits only, "ABC 123456" or "AB 1234567", is how Polish ID
        # cards and passports print their series and number (no blind set's Dutch number)
        Pattern("nl_doc_number_grouped",
                r"(?<![\w\-/]|\b[A-Z0-9][ ])(?![A-Z]{2,3}[ ]\d+[ ]\d)"
                r"(?!(?:[A-Z]{2}[ ]\d{7}|[A-Z]{3}[ ]\d{6})(?![\w\-/]))"
                r"[A-NP-Z](?:[ ]?[A-NP-Z0-9]){7}[ ]?\d"
                r"(?![\w\-/]|[ ][A-Z0-9]\b(?![ ]+(?-i:\p{Ll}{3})))",
                0.35),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid(pattern_text)

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        mrz = find_mrz(text)
        yield from ((m.start, m.end) for m in mrz)
        inside = within([(m.start, m.end) for m in mrz])
        yield from ((s, e) for s, e in super().candidates(text) if not inside(s))

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        mrz = by_span(text).get((start, end))
        if mrz is not None:
            if not mrz.checked:  # Dutch shape and number format; a check misread, a line lost
                return Evidence(scores(ENTITY).label, "Dutch MRZ, not every check digit holds")
            return Evidence(scores(ENTITY).extra["mrz"], "MRZ check digits")
        if _foreign(text, start) or is_abroad(text, start, end) or is_residence(text, start):
            return None
        ev = super().evidence(text, start, end)
        if ev is not None and ev.score == scores(ENTITY).decoy and _carrier_label(
                ENTITY, text, start):
            return window_evidence(ENTITY, text, start, end) or ev
        if (ev is None or ev.score < scores(ENTITY).label) and (
                word := _record_document(text, start)) is not None:
            return Evidence(scores(ENTITY).label, f"the record's document '{word}'")
        return ev


# (stop 68) A record's bare number field ("Nummer:", "Nr.:", "No:") under a field naming its
# document ("Document: identiteitskaart (NL)"), in the same block of lines: that
# document's number, though a birth date and a name stand between
_BARE_NUMBER_FIELD = regex.compile(r"(?:^|\n)[ \t]*(?i:nummer|nr\.?|no\.?|number|num\.?)"
                                   r"[ \t]*[:.]?[ \t]*$")
_DOCUMENT_FIELD = regex.compile(r"(?:^|\n)[ \t]*(?i:document|documenttype|soort document|"
                                r"type document|document type|doc\.? ?type)[ \t]*:[ \t]*([^\n]+)")
_BLOCK_READ = 400  # characters above a field read for its record's document field


def _record_document(text: str, start: int) -> str | None:
    """The ID-document word of the document field above a bare number field in the same
    block (no blank line between), or None; not another country's document."""
    line = text.rfind("\n", 0, start) + 1
    if _BARE_NUMBER_FIELD.search(text, max(0, line - 1), start) is None:
        return None  # (nearly every value: not under a bare number field)
    lo = max(0, line - _BLOCK_READ)
    blank = text.rfind("\n\n", lo, line)
    block = text[blank + 2 if blank >= 0 else lo : line]
    fields = _DOCUMENT_FIELD.findall(block)
    if not fields:
        return None
    value = fields[-1]  # (the nearest document field above)
    hit = decisive_hit(*patterns(ENTITY), value)
    if hit is None or hit.kind != "context" or names_abroad(value):
        return None  # (no ID document, or another country's: "Document: Pools paspoort")
    return hit.word.lower()


# A country's code right before a number, maybe in brackets and with a colon: "RO AB 1234567",
# "pl ABC123456", "Paspoortnr. (PL): AB1234567".
_CODE_BEFORE = regex.compile(r"(?:^|[\s|;,(])\(?([A-Za-z]{2,3})\)?:?[ \t]*$")
# two-letter words that are also a country's code and stand before a number as a label:
# "ID AB1234567", "nr", "no" (the stop-word lists hold the rest: "is", "in", "de", "op");
# and the Kingdom's other countries, whose passports are Dutch (Aruba, Curaçao, Sint
# Maarten, the Caribbean Netherlands)
_NOT_A_CODE = frozenset({"id", "nr", "no", "nl", "nld", "aw", "abw", "cw", "cuw", "sx", "sxm",
                         "bq", "bes"})


# The end of a line before a number: a country's code before the document's own word(s)?
# ("PL ID CDR771034", "BG ID card ...", "RO paspoort AB1234567")
_WORDS_BEFORE = regex.compile(r"[^\n]{0,30}$")


def _foreign(text: str, start: int) -> bool:
    """A number right after another country's ISO code (pycountry) is that country's
    passport or ID card, not a Dutch one, whatever its shape.

    >>> _foreign("paspoort: RO AB1234567", 13), _foreign("Paspoortnr. (PL): AB1234567", 18)
    (True, True)
    >>> _foreign("Paspoort NL AB1234567", 12), _foreign("haar nummer is AB1234567", 15)
    (False, False)
    >>> _foreign("Paspoort (BE): AB1234567", 15), _foreign("ID AB1234567", 3)
    (True, False)
    >>> _foreign("PL ID AB1234567", 6), _foreign("NL paspoort AB1234567", 12)
    (True, False)
    """
    found = _code_before_word(text, start)
    if found is None:
        m = _CODE_BEFORE.search(text, max(0, start - 9), start)
        if m is None:
            return False
        found = m.group(1), m.start(1)
    code, at = found
    if code.islower() and code in _not_codes():
        return False  # "is", "in", "de": a sentence's word (in capitals, "BE" is Belgium)
    if _nationality_before().search(text, max(0, at - 40), at):
        return False  # "Nat. PL Paspoort", "Nationaliteit NL, PL paspoort": the holder's
    return (code.isupper() or code.islower()) and code.lower() not in _NOT_A_CODE and (
        code.upper() in _country_codes())  # (a capitalised word is a name's or a label's)


_TOKEN = regex.compile(r"[^\s()]+")
_CELL_SEP = regex.compile(r"[ ]{2,}|[\t|;,]")


def _code_before_word(text: str, start: int) -> tuple[str, int] | None:
    """The code (and where it starts) before one or two words that name an identity
    document ("PL ID", "BG ID card", "RO paspoort"), else None. The code opens its cell, a
    value ("Identiteit: BG ID card", "- LT passport") or brackets, or follows a document word;
    after another word it is no document's ("Nat. PL Paspoort")."""
    before = _WORDS_BEFORE.search(text, max(0, start - 30), start)
    # (its own cell: a code in the cell before, "Lindqvist, Erik (SE)   paspoort", is the
    # holder's nationality, not the document's)
    head = before.group().rstrip(" \t:.")
    seps = list(_CELL_SEP.finditer(head))
    tokens = list(_TOKEN.finditer(head, seps[-1].end() if seps else 0))
    words = [t.group() for t in tokens]
    doc = patterns(ENTITY)[0]
    for n in (1, 2):
        if len(words) > n and doc is not None and doc.fullmatch(" ".join(words[-n:])):
            i = len(words) - n - 1
            code = words[i]
            if not regex.fullmatch(r"[A-Za-z]{2,3}", code):
                return None
            opens = (i == 0 or head[: tokens[i].start()].rstrip(" ").endswith("(")
                     or not regex.search(r"\w", words[i - 1]) or words[i - 1].endswith(":")
                     or doc.fullmatch(words[i - 1]) is not None)
            return (code, before.start() + tokens[i].start()) if opens else None
    return None


@lru_cache(maxsize=1)
def _nationality_before() -> regex.Pattern[str]:
    """A nationality label and the codes of a list after it, ending where a code starts."""
    words = nationality_labels()
    alts = "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
    return regex.compile(rf"(?<!\w)(?:{alts})(?!\w)[\s:.\-]*"
                         rf"(?:[A-Za-z]{{2,3}}[ ]*(?:[,/&+][ ]*|[ ]+(?:en|and)[ ]+))*$",
                         regex.IGNORECASE)


@lru_cache(maxsize=1)
def _not_codes() -> frozenset[str]:
    from detectors.stop_words import stop_words

    return frozenset(w for w in stop_words("nl") | stop_words("en") if len(w) <= 3)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c for country in pycountry.countries
                     for c in (country.alpha_2, country.alpha_3))


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
        # a form's boxes, one digit a box, typed over with a space or drawn with bars
        # ("5 0 1 2 3 4 5 6 7 8", "|5|0|1|...", "5 | 0 | 1 ..."): ten boxes, no more
        Pattern("nl_drivers_license_boxed",
                r"(?<![\w+/,.\-])(?<!\d[ |])\d(?P<box>[ ]|[ ]?\|[ ]?)\d(?:(?P=box)\d){8}"
                r"(?!(?P=box)?\d)(?![\w/\-])", 0.05),
    )

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """As a gated recognizer's, and the line of a licence's field 5 (field_lines): a
        scanned card's front has its number and no word for it."""
        regions = sorted(context_regions(self.ENTITY, text) + field_lines(text))
        yield from self._scan(text, regions)

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        # In groups, or opening with a zero as a Dutch phone number does ("06 gewijzigd ->
        # 0612345678. rijbewijs ..."): only its own label says what it is, not a word nearby.
        if not text[start:end].isdigit() or text[start] == "0":
            why = "grouped digits, no label" if text[start] != "0" else "a phone number's shape"
            ev = row_kind_evidence(DRIVERS_LICENSE, text, start) or label_evidence(
                DRIVERS_LICENSE, text, start)
            if ev is not None and boxes_under_a_heading(text, start, end, ev.label):
                ev = None  # "Rijbewijs categorieën behaald per jaar" over a row of boxes
            return ev or Evidence(scores(DRIVERS_LICENSE).base, why)
        ev = context_evidence(DRIVERS_LICENSE, text, start, end)
        if ev is not None and boxes_under_a_heading(text, start, end, ev.label):
            return Evidence(scores(DRIVERS_LICENSE).base, "boxes under a heading, not a field's label")
        if ev is not None and ev.score == scores(DRIVERS_LICENSE).decoy and _carrier_label(
                DRIVERS_LICENSE, text, start):
            # "Rijbewijs: [x] B  [ ] CE  nr. 5012345678": the category's number word
            return window_evidence(DRIVERS_LICENSE, text, start, end) or ev
        return ev

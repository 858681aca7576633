"""IBAN_CODE: any country's IBAN, ISO 13616 mod-97 and country format via python-stdnum.

https://www.swift.com/standards/data-standards/iban  ·  https://arthurdejong.org/python-stdnum/doc/stdnum.iban
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from stdnum import iban as _iban

from detectors.base import ContextRecognizer, trimmed
from detectors.mask import mask as _mask
from detectors.presidio_light import Pattern

ENTITY = "IBAN_CODE"
# What stdnum's compact() removes from an ASCII candidate, and each letter as its mod-97
# digits (A = 10 ... Z = 35, ISO 13616).
_SEPARATORS = str.maketrans("", "", " -.")
# What a wrapped IBAN holds beside: its line break, the indentation, a table's bar or a
# reply's '>' (_WRAPPED); stdnum's compact() keeps them, so they go first (unwrapped).
_WRAP_CHARS = str.maketrans("", "", "\n\t|>")


def unwrapped(number: str) -> str:
    """``number`` without the line break, bar and quote marks a wrap left in it.

    >>> unwrapped("NL91 ABNA 0417\\n   1643 00"), unwrapped("NL91 | ABNA")
    ('NL91 ABNA 0417   1643 00', 'NL91  ABNA')
    """
    return number.translate(_WRAP_CHARS) if "\n" in number or "|" in number else number
_BASE36 = str.maketrans({c: str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


@lru_cache(maxsize=4096)
def compact(number: str) -> str:
    """Upper case without spaces or dashes.

    >>> compact("nl91 abna 0417 1643 00")
    'NL91ABNA0417164300'
    """
    if number.isascii() and "`" not in number:  # stdnum's clean() changes nothing else here
        return number.translate(_SEPARATORS).strip().upper()
    return str(_iban.compact(number))


def validate(number: str) -> str:
    """The compact IBAN; raises stdnum's InvalidChecksum / InvalidLength / InvalidFormat.

    >>> validate("NL91 ABNA 0417 1643 00")
    'NL91ABNA0417164300'
    """
    return str(_iban.validate(number))


@lru_cache(maxsize=4096)
def is_valid(number: str) -> bool:
    """True for a valid IBAN of any country (mod-97 and the country's BBAN format).

    Cached: a value is validated once however often it is seen (recognizer, normalizer).

    >>> is_valid("NL91ABNA0417164300"), is_valid("NL91ABNA0417164301")
    (True, False)
    """
    if _fails_mod97(number):
        return False
    if not number.isascii():
        return bool(_iban.is_valid(number))
    return _has_country_format(compact(number))


def _has_country_format(number: str) -> bool:
    """stdnum's checks after mod-97 for a compact IBAN: a known country, the BBAN structure
    of that country, and the country's own module where stdnum has one (then stdnum runs
    whole). The structure is looked up once per country instead of once per number."""
    if _iban._get_cc_module(number[:2]) is not None:
        return bool(_iban.is_valid(number))
    structure = _bban_structure(number[:2])
    return structure is not None and structure.match(number[4:]) is not None


@lru_cache(maxsize=128)
def _bban_structure(country: str) -> re.Pattern[str] | None:
    """stdnum's BBAN pattern of a country (its IBAN registry has one level: the country
    code), None for a country it does not know."""
    props = _iban._ibandb.info(country)[0][1]
    return _iban._struct_to_re(props.get("bban", "")) if props else None


def _fails_mod97(number: str) -> bool:
    """True when an ASCII candidate fails the mod-97 check in plain int arithmetic: stdnum
    would reject it too (same compact form, same check), at ten times the cost. Non-ASCII
    candidates are left to stdnum, which folds Unicode dashes and spaces first.

    >>> _fails_mod97("NL91 ABNA 0417 1643 00"), _fails_mod97("NL91-ABNA-0417-1643-01")
    (False, True)
    """
    if not number.isascii():
        return False
    s = number.translate(_SEPARATORS).strip().upper()
    if not s.isalnum():
        return True  # stdnum: empty, or a character its base-36 conversion refuses
    return int((s[4:] + s[:4]).translate(_BASE36)) % 97 != 1


def mask(number: str) -> str:
    """The masked compact IBAN.

    >>> mask("NL91 ABNA 0417 1643 00")
    '***************300'
    """
    return _mask(compact(number))


# An IBAN that runs past its line's end or its cell: the rest on the next line after its
# indentation, a form's bar or a reply's quote marks, or in the next cell ("NL91 ABNA 0417" / "      1643 00",
# "| NL91 ABNA 0417 | 1643 00 |"). Checked by mod-97 and the country's format as any other.
# Both scan the whole text: each opens with its first capital and only then looks behind it
# ("[A-Z](?<![\w\-][A-Z])" is "(?<![\w\-])[A-Z]"), so that re's scan skips to a capital at C
# speed instead of trying the look-behind at every character (3x faster, the same matches).
_WRAPPED = re.compile(r"[A-Z](?<![\w\-][A-Z])[A-Z]\d{2}(?:[ ]?[A-Z0-9]){4,28}"
                      r"(?:[ \t]*\n[ \t|>]*|[ ]*\|[ ]*)(?:[A-Z0-9][ ]?){1,29}[A-Z0-9]")
# An IBAN typed in a form's boxes, a character a box, a space apart (its groups two or three):
# "N L 9 1  A B N A  0 4 1 7 ...".
_BOXED = re.compile(r"[A-Z](?<![\w\-][A-Z])[ ][A-Z][ ]{1,3}\d[ ]\d(?:[ ]{1,3}[A-Z0-9]){11,32}")


class IbanRecognizer(ContextRecognizer):
    """IBANs written compact or grouped with spaces, dashes or dots; the checksum decides."""

    NEEDS_DIGIT = True

    ENTITY = ENTITY
    # Upper-case country code, check digits, then 11-32 BBAN characters, each optionally
    # preceded by up to three of the separators stdnum's compact() removes (space, dash, dot:
    # "NL91 ABNA ...", "NL-91-ABNA-...", "NL91 - ABNA"), in any grouping. Separators and
    # characters are disjoint, so the repeat cannot backtrack badly. Greedy: `candidates`
    # cuts it back.
    PATTERNS = (
        Pattern(
            "iban",
            r"(?<![\w\-])[A-Z]{2}[ \-.]{0,3}\d{2}(?:[ \-.]{0,3}[A-Za-z0-9]){11,32}"
            r"(?![A-Za-z0-9])",
            0.9,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid(unwrapped(pattern_text))

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """The longest valid cut of each match; a rejected tail is searched again. Then the
        IBANs a line's end or a cell's bar split, and those typed in a form's boxes."""
        found = list(self._whole(text))  # in text order, disjoint: bisect, not a scan
        yield from found
        starts = [s for s, _ in found]
        for pattern in (_WRAPPED, _BOXED):
            for m in pattern.finditer(text):
                k = bisect.bisect_right(starts, m.start()) - 1
                if k >= 0 and m.start() < found[k][1]:
                    continue  # (the IBAN whole on its line; the next line's a field of its own)
                span = next((c for c in trimmed(text, m.start(), m.end(), " |\n")
                             if is_valid(unwrapped(text[c[0] : c[1]]))), None)
                if span is not None:
                    yield span

    def _whole(self, text: str) -> Iterator[tuple[int, int]]:
        """The longest valid cut of each match of the pattern."""
        pos = 0
        while (m := self._compiled[0].search(text, pos)) is not None:
            span = next(
                (
                    s
                    for s in trimmed(text, m.start(), m.end(), " -.")
                    if is_valid(text[s[0] : s[1]])
                ),
                None,
            )
            if span is None:
                pos = m.start() + 2
                continue
            yield span
            pos = span[1]

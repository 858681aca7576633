"""NL_VAT (btw-identificatienummer, python-stdnum check) and NL_KVK (8 digits with context).

https://arthurdejong.org/python-stdnum/doc/stdnum.nl.btw  ·  https://www.kvk.nl/
"""

from __future__ import annotations

from stdnum.nl import btw as _btw

from detectors.base import ContextRecognizer
from detectors.context import Evidence, context_evidence
from detectors.mask import mask as _mask
from detectors.presidio_light import Pattern

VAT = "NL_VAT"
KVK = "NL_KVK"


def compact(number: str) -> str:
    """Upper case without spaces or dots, NL prefix kept (SPEC; stdnum drops it).

    >>> compact("nl 0044.43.395.B01")
    'NL004443395B01'
    """
    return "NL" + str(_btw.compact(number))


def validate(number: str) -> str:
    """The compact number; raises stdnum's InvalidChecksum / InvalidLength / InvalidFormat.

    >>> validate("NL 0044.95.445.B01")
    'NL004495445B01'
    """
    return "NL" + str(_btw.validate(number))


def is_valid(number: str) -> bool:
    """True for a valid Dutch VAT number (old 11-check or new mod-97 form).

    >>> is_valid("NL004495445B01"), is_valid("NL123456789B90")
    (True, False)
    """
    return bool(_btw.is_valid(number))


def mask(number: str) -> str:
    """The masked compact VAT number.

    >>> mask("NL004495445B01")
    '***********B01'
    """
    return _mask(compact(number))


class NlVatRecognizer(ContextRecognizer):
    """NL + 9 digits + B + 2 digits, spaces or dots allowed, checked by stdnum."""

    NEEDS_DIGIT = True

    ENTITY = VAT
    PATTERNS = (
        # grouped any way python-stdnum reads it (it drops spaces, dots and dashes):
        # "NL0044.43.395.B01", "NL.0044.43.395.B.01", "NL 0044 43395 B01", "NL0044433.95B01"
        # https://arthurdejong.org/python-stdnum/doc/2.0/stdnum.nl.btw
        Pattern("nl_vat", r"(?<![\w\-])NL[ .\-]?\d(?:[ .\-]?\d){8}[ .\-]?B[ .\-]?\d{2}(?!\w)",
                0.85),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid(pattern_text)


class NlKvkRecognizer(ContextRecognizer):
    """KvK-nummer: 8 digits (also 4+4 spaced), reported only with a KvK label or word."""

    NEEDS_DIGIT = True

    ENTITY = KVK
    CONTEXT_GATED = True
    # 8 digits, 4+4 spaced, or in pairs with dots as a register prints it ("12.34.56.78";
    # not with spaces: a phone number's tail "06 12 34 56 78"); only ever under a KvK label
    # or near a KvK word (CONTEXT_GATED)
    PATTERNS = (Pattern("nl_kvk", r"(?<![\w+/,.\-])(?:\d{4} ?\d{4}|\d\d\.\d\d\.\d\d\.\d\d)"
                        r"(?![\w/\-]|[.,]\d)", 0.05),)

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        return context_evidence(KVK, text, start, end)

"""SPEC normalization of a detected or typed value, the input of the fingerprint.

SPEC.md "Fingerprint": the normalized-value table. Also used by `privacyscan subject` on
what the DPO types, so the same person gets the same fingerprint.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from types import ModuleType

# The detector modules are imported on first use, not here: they load Presidio, and the
# scan's parent process imports this (through detectors.in_names) without the analyzer.
_SPACES = re.compile(r"\s+")


@cache
def _module(name: str) -> ModuleType:
    """``detectors.<name>``, imported once: an import statement in a normalizer costs more
    than most normalizations (detect() normalizes each of thousands of findings)."""
    return importlib.import_module(f"detectors.{name}")


def _bsn(value: str) -> str | None:
    nl_bsn = _module("nl_bsn")
    value = nl_bsn.unboxed(value)  # "1|2|3|4|5|6|7|8|2": a form's boxes
    return nl_bsn.compact(value) if nl_bsn.is_valid(value) else None


def _iban(value: str) -> str | None:
    iban = _module("iban")
    value = iban.unwrapped(value)  # (an IBAN a line's end or a cell's bar split)
    return iban.compact(value) if iban.is_valid(value) else None


def _email(value: str) -> str | None:
    contact = _module("contact")
    return contact.normalize_email(value)


def _phone(value: str) -> str | None:
    contact = _module("contact")
    return contact.normalize_phone(value)


def _birth_date(value: str) -> str | None:
    dates = _module("dates")
    return dates.normalize(value)


def _id_document(value: str) -> str | None:
    nl_id_document = _module("nl_id_document")
    # A whole MRZ normalizes to its document number, so it fingerprints like the number.
    mrz = nl_id_document.find_mrz(value.strip())
    if mrz:
        return mrz[0].document_number
    number = _module("mrz").number_in_word(value.strip().upper())  # one MRZ word, quoted alone
    if number is not None:
        return number
    v = re.sub(r"[\s.]", "", value).upper()
    return v or None


def _vat(value: str) -> str | None:
    nl_business = _module("nl_business")
    return nl_business.compact(value) if nl_business.is_valid(value) else None


def _digits(value: str) -> str | None:
    d = re.sub(r"\D", "", value)
    return d or None


def _text(value: str) -> str | None:
    v = _SPACES.sub(" ", value).strip().lower()
    return v or None


_NORMALIZERS: dict[str, Callable[[str], str | None]] = {
    "NL_BSN": _bsn,
    "IBAN_CODE": _iban,
    "EMAIL_ADDRESS": _email,
    "PHONE_NUMBER": _phone,
    "DATE_OF_BIRTH": _birth_date,
    "NL_ID_DOCUMENT": _id_document,
    "NL_VAT": _vat,
    "NL_DRIVERS_LICENSE": _digits,
    "NL_KVK": _digits,
    "PERSON": _text,
}


def normalize(entity: str, value: str) -> str | None:
    """The SPEC's normalized form of ``value`` for ``entity``; None when it is invalid.

    Special categories (and any entity without a rule) get lower case with whitespace
    collapsed.

    >>> normalize("NL_BSN", "1234.56.782"), normalize("PHONE_NUMBER", "06-12345678")
    ('123456782', '+31612345678')
    >>> normalize("IBAN_CODE", "nl91 abna 0417 1643 00"), normalize("DATE_OF_BIRTH", "31-12-1990")
    ('NL91ABNA0417164300', '1990-12-31')
    >>> normalize("NL_BSN", "123456789") is None
    True
    """
    return _NORMALIZERS.get(entity, _text)(value)

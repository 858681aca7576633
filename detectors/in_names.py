"""Identifiers in file, folder and member names: the 'file name' findings, and the masking
of every path and member name an output shows (SPEC: "identifiers inside them are masked").

A name has no context words around it, so only identifiers that prove themselves count: a
BSN passing the 11-check (9 digits, or 4.2.3 / 3-3-3 groups; a bare 8-digit run is left
alone, it is a date far more often), an IBAN passing mod-97, an e-mail address on a mail
domain (mail_domains.py, as contact.py), a phone number valid per phonenumbers. Light on
purpose (python-stdnum, no Presidio): the scan's parent process masks paths with it. Validation and normalization are stdnum's,
as in nl_bsn.py and iban.py, so a BSN in a name fingerprints like the same BSN in a text.

https://arthurdejong.org/python-stdnum/doc/stdnum.nl.bsn  ·  SPEC.md "JSON Lines output"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from detectors.mail_domains import is_mail_domain
from detectors.mask import mask
from detectors.types import Detection

LOCATION = "file name"  # SPEC: the finding location of an identifier in a name
WHY = "in the file name"
# Scores: a checksum in a name is strong evidence; a phone-shaped number less so.
SCORE = {"IBAN_CODE": 0.95, "EMAIL_ADDRESS": 0.9, "NL_BSN": 0.85, "PHONE_NUMBER": 0.6}

# A URL's user@host is the scan's account and server, not a person's e-mail address.
_AUTHORITY = re.compile(r"^[a-z][a-z0-9+.\-]*://[^/]*")
# An escaped undecodable byte (\xc3, as paths are stored) ends a word like any separator.
_AFTER_ESCAPE = r"(?<=\\x[0-9a-fA-F]{2})"
# Each pattern opens with a lookahead for its first character: re then skips other
# positions quickly (2-3 times faster on a typical path with no identifier at all).
# Not glued to other digits: '2024_111222333' yes, a 12-digit order number no.
_BSN = re.compile(rf"(?=\d)(?:{_AFTER_ESCAPE}|(?<!\d))"
                  r"(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .\-])\d{3}\1\d{3})(?!\d)")
# Country code and check digits start an IBAN; the body is cut back until mod-97 passes.
_IBAN_HEAD = re.compile(rf"(?=[A-Za-z])(?:{_AFTER_ESCAPE}|(?<![A-Za-z]))[A-Za-z]{{2}}\d{{2}}")
_IBAN_BODY = re.compile(r"(?: ?[A-Za-z0-9]){0,32}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# +31612345678, 0031..., 06-12345678, 0612345678 (digits only or one separator after 0x).
_PHONE = re.compile(rf"(?=[+0])(?:{_AFTER_ESCAPE}|(?<![\d+]))"
                    r"(?:(?:\+|00)[1-9]\d{8,13}|0[1-9](?:[ \-]?\d){8})(?!\d)")


def find_in_name(name: str) -> list[Detection]:
    """Identifiers in ``name``, in text order, none overlapping another.

    >>> [(d.entity, d.masked) for d in find_in_name("loonstrook_111222333_2024.pdf")]
    [('NL_BSN', '******333')]
    >>> find_in_name("rapport_2024-06-01.pdf")
    []
    """
    if not _has_candidate(name):  # the common case, in C: no validator runs
        return []
    taken: list[Detection] = []
    for entity, spans in (("IBAN_CODE", _iban_spans), ("EMAIL_ADDRESS", _email_spans),
                          ("PHONE_NUMBER", _phone_spans), ("NL_BSN", _bsn_spans)):
        for start, end, normalized in spans(name):
            if all(end <= d.start or start >= d.end for d in taken):
                taken.append(Detection(entity, start, end, SCORE[entity], mask(normalized),
                                       normalized, WHY))
    return sorted(taken, key=lambda d: d.start)


def _has_candidate(name: str) -> bool:
    return "@" in name or any(p.search(name) for p in (_BSN, _IBAN_HEAD, _PHONE))


@lru_cache(maxsize=65_536)
def mask_identifiers(text: str) -> str:
    """``text`` (a path, member name or location) with each identifier's characters but the
    last three replaced by '*'; anything else unchanged.

    >>> mask_identifiers("/share/HR/loonstrook_111222333_2024.pdf")
    '/share/HR/loonstrook_******333_2024.pdf'
    >>> mask_identifiers("smb://scan@fs1.voorbeeld.nl/HR/jan@voorbeeld.nl.txt")
    'smb://scan@fs1.voorbeeld.nl/HR/*************.nl.txt'
    """
    authority = _AUTHORITY.match(text)
    base = authority.end() if authority else 0
    out, at = [text[:base]], base
    for d in find_in_name(text[base:]):
        out += [text[at:base + d.start], mask(text[base + d.start:base + d.end])]
        at = base + d.end
    return "".join(out) + text[at:]


def has_identifier(text: str) -> bool:
    return mask_identifiers(text) != text


Spans = Iterator[tuple[int, int, str]]  # (start, end, normalized value)


def _bsn_spans(text: str) -> Spans:
    from stdnum.nl import bsn

    for m in _BSN.finditer(text):
        if bsn.is_valid(m.group()):
            yield m.start(), m.end(), bsn.compact(m.group())


def _iban_spans(text: str) -> Spans:
    from stdnum import iban

    for head in _IBAN_HEAD.finditer(text):
        body = _IBAN_BODY.match(text, head.end())
        end = body.end() if body else head.end()
        for cut in range(end, head.end() + 10, -1):
            value = text[head.start():cut]
            if not value.endswith(" ") and iban.is_valid(value):
                yield head.start(), cut, str(iban.compact(value))
                break


def _email_spans(text: str) -> Spans:
    """The domain is cut back to a mail domain (as contact.py: a public suffix, or a reserved
    or internal one): 'jan@voorbeeld.nl.pdf' ends at '.nl'."""
    for m in _EMAIL.finditer(text):
        local, _, domain = m.group().partition("@")
        labels = domain.split(".")
        for n in range(len(labels), 1, -1):
            if is_mail_domain(".".join(labels[:n])):
                address = f"{local}@{'.'.join(labels[:n])}"
                yield m.start(), m.start() + len(address), address.lower()
                break


def _phone_spans(text: str) -> Spans:
    import phonenumbers

    for m in _PHONE.finditer(text):
        try:
            number = phonenumbers.parse(m.group(), "NL")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            yield m.start(), m.end(), str(e164)

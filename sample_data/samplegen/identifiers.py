"""Synthetic identifiers: 11-check-valid BSNs, IBANs, passport and VAT numbers, MRZ lines, decoys."""

from __future__ import annotations

import random
import re
from datetime import date

from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn
from stdnum.nl import btw as std_btw


def make_bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes the 11-check (leading digit non-zero)."""
    while True:
        n = str(rng.randint(100_000_000, 999_999_999))
        if std_bsn.is_valid(n):
            return n


def make_iban(rng: random.Random) -> str:
    """A valid Dutch IBAN, printed in groups of four."""
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
    bban = f"{bank}0{rng.randint(0, 999_999_999):09d}"
    check = std_iban.calc_check_digits(f"NLXX{bban}")
    number = f"NL{check}{bban}"
    assert std_iban.is_valid(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def make_passport_number(rng: random.Random) -> str:
    """A Dutch passport number: 2 letters, 6 letters/digits, 1 digit; never the letter O.

    I is left out too: OCR reads it as 1 and the ID-copy image must OCR back exactly.
    """
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    middle = "".join(rng.choice(letters + "123456789") for _ in range(6))
    return rng.choice(letters) + rng.choice(letters) + middle + str(rng.randint(1, 9))


def make_vat(rng: random.Random) -> str:
    while True:
        n = f"NL{rng.randint(100_000_000, 999_999_999)}B01"
        if std_btw.is_valid(n):
            return n


def fmt_bsn(n: str, style: str) -> str:
    """Written forms of a BSN: '1234.56.782', '123 456 782' or plain.

    >>> fmt_bsn('123456782', 'dots')
    '1234.56.782'
    """
    if style == "dots":
        return f"{n[:4]}.{n[4:6]}.{n[6:]}"
    if style == "spaces":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    return n


def mrz_check(data: str) -> str:
    """ICAO 9303 check digit (weights 7-3-1, '<' = 0, A = 10).

    >>> mrz_check('L898902C3')
    '6'
    """

    def val(c: str) -> int:
        return int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)

    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(data)) % 10)


def _mrz_name(s: str) -> str:
    """MRZ name field: upper-case A-Z, everything else (spaces, 'van der') becomes '<'."""
    return re.sub(r"[^A-Z]", "<", to_ascii(s).upper())


def mrz_td3(
    surname: str, given: str, number: str, birth: date, sex: str, expiry: date, bsn: str
) -> tuple[str, str]:
    """Two 44-character passport MRZ lines; the Dutch optional data field holds the BSN."""
    line1 = f"P<NLD{_mrz_name(surname)}<<{_mrz_name(given)}".ljust(44, "<")[:44]
    dob, exp = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    opt = bsn.ljust(14, "<")
    body = f"{number}{mrz_check(number)}NLD{dob}{mrz_check(dob)}{sex}{exp}{mrz_check(exp)}"
    body += opt + mrz_check(opt)
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1, body + mrz_check(composite)


def is_decoy(n: str) -> bool:
    return std_bsn.is_valid(n)


def make_decoy(rng: random.Random) -> str:
    """An order/invoice/customer number that happens to pass the 11-check (a BSN look-alike)."""
    return make_bsn(rng)


def to_ascii(s: str) -> str:
    """Drop the accents Faker nl_NL uses, for MRZ names, e-mail addresses and file names.

    >>> to_ascii("Müller-Hoëvenaar")
    'Muller-Hoevenaar'
    """
    table = str.maketrans("áàäâéèëêíïîóöôúüûçñÁÉÖÜ", "aaaaeeeeiiiooouuucnAEOU")
    return s.translate(table)

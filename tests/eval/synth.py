"""Synthetic identifiers for tests and the evaluation set (python-stdnum valid, seeded)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import phonenumbers
from faker import Faker
from stdnum import iban as _iban
from stdnum.nl import bsn as _bsn

from detectors.nl_id_document import mrz_check_digit

# Every date the generators draw counts from this day, never from the clock (Faker's own
# date() and date_of_birth() end today), so a regenerated set is the same on any day.
REFERENCE = datetime(2026, 1, 1)


def birth_date(fake: Faker, min_age: int, max_age: int) -> date:
    """A birth date for an age in [min_age, max_age] on REFERENCE."""
    ref = REFERENCE.date()
    oldest = ref.replace(year=ref.year - max_age - 1) + timedelta(days=1)
    return fake.date_between(oldest, ref.replace(year=ref.year - min_age))


def any_date(fake: Faker, pattern: str = "%Y-%m-%d") -> str:
    """A date between 1970 and REFERENCE, formatted (Faker's date() with a fixed end)."""
    return fake.date(pattern=pattern, end_datetime=REFERENCE)


BSN_FORMS = ("plain", "dotted_4_2_3", "spaced_3_3_3", "dotted_2_2_2_3", "eight")


def bsn(rng: random.Random, eight: bool = False) -> str:
    """A random 11-check-valid 9-digit BSN (starting with one zero when ``eight``)."""
    while True:
        head = "0" + str(rng.randint(1, 9)) if eight else str(rng.randint(1, 9))
        body = head + "".join(str(rng.randint(0, 9)) for _ in range(8 - len(head)))
        valid = [body + last for last in "0123456789" if _bsn.is_valid(body + last)]
        if valid:
            return valid[0]


def bsn_form(number: str, form: str) -> str:
    """``number`` (9 digits) written in one of BSN_FORMS."""
    n = number
    return {
        "plain": n,
        "dotted_4_2_3": f"{n[:4]}.{n[4:6]}.{n[6:]}",
        "spaced_3_3_3": f"{n[:3]} {n[3:6]} {n[6:]}",
        "dotted_2_2_2_3": f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
        "eight": n.lstrip("0") if n.startswith("0") else n,
    }[form]


def nl_iban(rng: random.Random, spaced: bool = False) -> str:
    """A random valid Dutch IBAN, compact or in groups of four."""
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"])
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = _iban.calc_check_digits("NL00" + bank + account)
    value = f"NL{check}{bank}{account}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


def phone(rng: random.Random) -> str:
    """A valid Dutch or international phone number in a commonly written format."""
    while True:
        kind = rng.choice(["mob", "mob", "land", "intl"])
        d = "".join(str(rng.randint(0, 9)) for _ in range(8))
        if kind == "mob":
            text = rng.choice(
                [
                    f"06-{d}",
                    f"06 {d[:4]} {d[4:]}",
                    f"+31 6 {d}",
                    f"+31 (0)6 {d}",
                    f"0031 6 {d[:4]} {d[4:]}",
                    f"06{d}",
                    f"+316{d}",
                ]
            )
        elif kind == "land":
            area = rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "35", "76"])
            n = d[:7]
            text = rng.choice(
                [
                    f"0{area}-{n}",
                    f"0{area} {n[:3]} {n[3:]}",
                    f"(0{area}) {n}",
                    f"+31 {area} {n[:3]} {n[3:]}",
                    f"+31 (0){area} {n}",
                ]
            )
        else:
            region = rng.choice(["GB", "DE", "BE", "FR", "US", "ES", "PL", "TR"])
            ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
            nat = str(ex.national_number)
            nat = nat[:-4] + "".join(str(rng.randint(0, 9)) for _ in range(4))
            num = phonenumbers.parse(f"+{ex.country_code}{nat}")
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, "NL")):
                return text
        except phonenumbers.NumberParseException:
            continue


def is_valid_phone(text: str) -> bool:
    """True when phonenumbers accepts ``text`` as a valid number (region NL)."""
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(text, "NL")))
    except phonenumbers.NumberParseException:
        return False


def _field(value: str, size: int) -> str:
    return (value + "<" * size)[:size]


def mrz_td3(rng: random.Random, doc: str, dob: str, expiry: str, optional: str) -> str:
    """A Dutch passport MRZ (2 x 44) with valid check digits; ``optional`` is the BSN."""
    surname = rng.choice(["DE<VRIES", "JANSEN", "BAKKER", "VAN<DAM", "EL<AMRANI"])
    line1 = _field(f"P<NLD{surname}<<{rng.choice(['ANNA', 'JAN', 'SANNE', 'MOHAMED'])}", 44)
    opt = _field(optional, 14)
    line2 = (
        f"{_field(doc, 9)}{mrz_check_digit(_field(doc, 9))}NLD{dob}{mrz_check_digit(dob)}"
        f"{rng.choice('MF')}{expiry}{mrz_check_digit(expiry)}{opt}{mrz_check_digit(opt)}"
    )
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return f"{line1}\n{line2}{mrz_check_digit(composite)}"


def mrz_td1(rng: random.Random, doc: str, dob: str, expiry: str, optional: str) -> str:
    """A Dutch identity-card MRZ (3 x 30) with valid check digits; ``optional`` is the BSN."""
    line1 = f"I<NLD{_field(doc, 9)}{mrz_check_digit(_field(doc, 9))}{_field(optional, 15)}"
    line2 = (
        f"{dob}{mrz_check_digit(dob)}{rng.choice('MF')}{expiry}{mrz_check_digit(expiry)}"
        "NLD<<<<<<<<<<<"
    )
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line3 = _field(
        f"{rng.choice(['JANSEN', 'DE<VRIES', 'YILMAZ'])}<<{rng.choice(['PIET', 'EVA'])}", 30
    )
    return f"{line1}\n{line2}{mrz_check_digit(composite)}\n{line3}"


def doc_number(rng: random.Random) -> str:
    """A Dutch passport / ID-card number: 2 letters, 6 alphanumerics, a digit (no O)."""
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    middle = "".join(rng.choice(letters + "0123456789") for _ in range(6))
    return rng.choice(letters) + rng.choice(letters) + middle + str(rng.randint(0, 9))


def nl_vat(rng: random.Random) -> str:
    """A valid old-style Dutch VAT number: NL + an 11-check-valid 9-digit number + B01."""
    return f"NL{bsn(rng)}B{rng.randint(1, 9):02d}"

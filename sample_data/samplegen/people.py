"""Synthetic people (Faker nl_NL) with their identifiers."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker import Faker

from samplegen.common import REFERENCE_DATE
from samplegen.identifiers import to_ascii

EMAIL_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "xs4all.nl",
)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    street: str
    postcode: str
    city: str
    email: str
    phone: str
    birth: date
    birthplace: str
    sex: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z]+", "_", to_ascii(self.name).lower()).strip("_")


def make_phone(fake: Faker) -> str:
    """A Faker nl_NL phone number that libphonenumber accepts as a valid Dutch number."""
    while True:
        raw = fake.phone_number()
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, "NL")):
                return raw
        except phonenumbers.NumberParseException:
            continue


def birth_date(fake: Faker, min_age: int, max_age: int) -> date:
    """A birth date for an age in [min_age, max_age] on REFERENCE_DATE (Faker's own
    date_of_birth counts from today, which moves the sample share with the calendar)."""
    ref = REFERENCE_DATE
    oldest = ref.replace(year=ref.year - max_age - 1) + timedelta(days=1)
    return fake.date_between(oldest, ref.replace(year=ref.year - min_age))


def make_person(fake: Faker, rng: random.Random) -> Person:
    sex = rng.choice("MF")
    first = fake.first_name_male() if sex == "M" else fake.first_name_female()
    last = fake.last_name()
    local = re.sub(r"[^a-z.]", "", to_ascii(f"{first}.{last}").lower().replace(" ", ""))
    domain = rng.choice(EMAIL_DOMAINS)
    return Person(
        first,
        last,
        fake.street_address(),
        fake.postcode(),
        fake.city(),
        f"{local}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}",
        make_phone(fake),
        birth_date(fake, 19, 61),
        fake.city(),
        sex,
    )

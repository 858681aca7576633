"""A fixed-width file without a header (detectors/fixed_width.py): a payroll or benefits
system's records, one line each, fields padded and glued together. A column of 11-check
numbers, a different one on each line, is a BSN column though no label or separator names
it; a column of other numbers at one offset is none. Records synthetic (Faker nl_NL,
11-check-valid numbers generated)."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors import detect
from detectors.nl_bsn_number import is_valid
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1617)


def _bsns(text: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN"}


def _record(layout: str, rng: random.Random, number: str) -> str:
    born = synth.birth_date(_FAKE, 18, 67)
    return layout.format(nr=rng.randint(1, 99999), name=_FAKE.last_name()[:14], bsn=number,
                         born=f"{born:%Y%m%d}", amount=rng.randint(100000, 999999))


@pytest.mark.parametrize("layout", [
    "{nr:07d}{name:<14}{bsn}{born}",             # glued to the birth date after it
    "LN{nr:05d}{bsn}{born}{amount:09d}EUR",      # glued on both sides
    "{born}{bsn}{name:<14}{amount:010d}",        # glued to the date before it
])
def test_glued_column_of_bsns(layout: str) -> None:
    rng = random.Random(len(layout))
    numbers = [synth.bsn(rng) for _ in range(5)]
    text = "\n".join(_record(layout, rng, n) for n in numbers)
    assert _bsns(text) == set(numbers)


def test_glued_column_of_other_numbers() -> None:
    rng = random.Random(3)
    numbers = [synth.bsn(rng) for _ in range(4)] + [f"{rng.randint(10**8, 10**9 - 1)}"]
    while is_valid(numbers[-1]):  # one that fails the 11-check
        numbers[-1] = f"{rng.randint(10**8, 10**9 - 1)}"
    text = "\n".join(_record("{nr:07d}{name:<14}{bsn}{born}", rng, n) for n in numbers)
    assert _bsns(text) == set()


def test_same_number_on_every_line_is_no_column() -> None:
    rng = random.Random(4)
    number = synth.bsn(rng)  # a constant field (a sender's number) is no person's
    text = "\n".join(_record("{nr:07d}{name:<14}{bsn}{born}", rng, number) for _ in range(4))
    assert _bsns(text) == set()


def test_lines_of_other_lengths_are_no_file() -> None:
    rng = random.Random(5)
    numbers = [synth.bsn(rng) for _ in range(4)]
    text = "\n".join(f"ref {i}{'x' * i} {n}{rng.randint(10**7, 10**8 - 1)}"
                     for i, n in enumerate(numbers))
    assert _bsns(text) == set()


def test_two_valid_columns_name_neither() -> None:
    rng = random.Random(6)
    rows = [(synth.bsn(rng), synth.bsn(rng)) for _ in range(4)]
    text = "\n".join(f"{a}{b}{_FAKE.last_name()[:12]:<12}2024" for a, b in rows)
    assert _bsns(text) == set()

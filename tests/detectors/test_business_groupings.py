"""NL_VAT grouped any way python-stdnum reads it (dots, spaces or dashes after NL, between
the digits and around the B), checked by stdnum; NL_KVK in pairs with dots or spaces under
its label. Numbers generated valid by stdnum's own check; twins that must not fire."""

from __future__ import annotations

import random

import pytest
from stdnum.nl import btw

from detectors import detect


def _vat(rng: random.Random) -> str:
    """A valid NL VAT number, compact (the mod-97 form: NL + 9 digits + B + 2 digits)."""
    while True:
        number = f"NL{rng.randint(0, 10**9 - 1):09d}B{rng.randint(1, 99):02d}"
        if btw.is_valid(number):
            return number


def _found(text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity]


@pytest.mark.parametrize("group", [
    lambda n: f"NL.{n[2:6]}.{n[6:8]}.{n[8:11]}.B.{n[12:]}",
    lambda n: f"NL {n[2:6]} {n[6:11]} B{n[12:]}",
    lambda n: f"NL{n[2:9]}.{n[9:11]}B{n[12:]}",
    lambda n: f"NL-{n[2:6]}-{n[6:8]}-{n[8:11]}-B{n[12:]}",
])
def test_vat_grouped_as_stdnum_reads_it(group) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    for _ in range(3):
        written = group(_vat(rng))
        assert btw.is_valid(written)
        assert _found(f"Btw-nummer leverancier: '{written}'", "NL_VAT") == [written]


def test_vat_grouped_but_invalid() -> None:
    rng = random.Random(8)
    number = _vat(rng)
    wrong = number[:2] + f"{(int(number[2:11]) + 1) % 10**9:09d}" + number[11:]
    while btw.is_valid(wrong):
        wrong = wrong[:2] + f"{(int(wrong[2:11]) + 1) % 10**9:09d}" + wrong[11:]
    written = f"NL.{wrong[2:6]}.{wrong[6:8]}.{wrong[8:11]}.B.{wrong[12:]}"
    assert _found(f"Btw-nummer: {written}", "NL_VAT") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("KvK-nummer: 12.34.56.78", "12.34.56.78"),
    ("Inschrijving KvK 12.34.56.78.", "12.34.56.78"),
    ("kvk nr. 09.87.65.43", "09.87.65.43"),
])
def test_kvk_in_pairs_under_its_label(text: str, expected: str) -> None:
    assert _found(text, "NL_KVK") == [expected]


@pytest.mark.parametrize("text", ["Versie 12.34.56.78", "KvK: zie bijlage. Tel 06 12 34 56 78"])
def test_pairs_without_a_kvk_label(text: str) -> None:
    assert _found(text, "NL_KVK") == []

"""A 9-digit 11-check number in a block of personal details under a label of its own
that names another number, with a form's dotted leader in place of the colon or with an
aside in brackets ("NIF (Portugal) ......"), is no BSN; under a BSN label, or under no
label at all, it still is."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors import detect
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1415)


def _form(label: str, number: str) -> str:
    return (f"Naam ......................... {_FAKE.name()}\n"
            f"Geboortedatum ................ {_FAKE.date_of_birth():%d-%m-%Y}\n"
            f"Adres ........................ {_FAKE.street_address()}, {_FAKE.city()}\n"
            f"{label} {number}\n")


def _bsns(text: str) -> list[str]:
    return [d.normalized for d in detect(text, "nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("label", [
    "Kostenplaats .................",
    "Kostenplaats: ................",
    "NIF (Portugal) ...............",
    "Número fiscal (PT): ..........",
    "Werkplek ___________________",
    "Uitzendbureau ………………",
])
def test_a_number_under_its_own_label_with_a_leader_is_not_a_bsn(label: str) -> None:
    number = synth.bsn(random.Random(label))
    assert _bsns(_form(label, number)) == []


@pytest.mark.parametrize("label", [
    "BSN ..........................",
    "Burgerservicenummer: .........",
    "Sofinummer ___________________",
    "Numer BSN (Polska) ...........",
    # a bare number in the block (no label): a BSN, as before
    "",
])
def test_a_bsn_label_or_none_with_a_leader_stays(label: str) -> None:
    number = synth.bsn(random.Random(label))
    assert _bsns(_form(label, number)) == [number]

"""A person's row pasted into a mail or a note, as exchange files write it: the name in
capitals ("JANSEN, P."), the birth date as eight digits ("19800203", "03021980"), or no
capitalised name at all beside a number labelled BSN ("pawel 19800203 bsn ..."). The BSN
and the birth date of such a row are reported; twins whose capitals are no name ("INFO",
"ERROR") or whose eight digits are a recent date stay unreported. Synthetic (Faker nl_NL
names, 11-check-valid numbers generated)."""

from __future__ import annotations

import random

import pytest

from detectors import detect
from tests.eval import synth


def _found(text: str, entity: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity}


_RNG = random.Random(1719)
_BSN = [synth.bsn(_RNG) for _ in range(4)]


@pytest.mark.parametrize(("row", "born"), [
    (f"{_BSN[0]} 19660816 JANSEN G", "19660816"),
    (f"REC|DLN|BAKKER|19731020|{_BSN[1]}|m|20260101", "19731020"),
    (f"DE VRIES, A. m 16081966 {_BSN[2]}", "16081966"),
])
def test_row_in_capitals(row: str, born: str) -> None:
    text = f"Graag deze deelnemer nog aanmelden\n\n{row}\n\nGroet, planning"
    number = next(n for n in _BSN if n in row)
    assert _found(text, "NL_BSN") == {number}
    assert _found(text, "DATE_OF_BIRTH") == {born}


@pytest.mark.parametrize(("row", "born"), [
    (f"pawel 19660816 bsn {_BSN[0]}", "19660816"),
    (f"marco, 1973-10-20, bsn {_BSN[1]}", "1973-10-20"),
    (f"hasan 16-08-1966 sofinr {_BSN[2]}", "16-08-1966"),
])
def test_lower_case_name_beside_a_labelled_bsn(row: str, born: str) -> None:
    text = f"hoi, nog eentje voor de lijst:\n{row}\nthx"
    assert _found(text, "DATE_OF_BIRTH") == {born}


@pytest.mark.parametrize("row", [
    f"{_BSN[0]} 19660816 INFO ERROR",  # capitals that are no name, a bare number
    f"{_BSN[1]} 20260816 JANSEN G",  # eight digits of this year: no birth date
    f"pawel 20251103 bsn {_BSN[2]}",  # a labelled BSN beside a recent date
])
def test_no_birth_date(row: str) -> None:
    text = f"Regel uit het logbestand van 2026-11-03:\n\n{row}\n"
    assert _found(text, "DATE_OF_BIRTH") == set()


@pytest.mark.parametrize(("text", "found"), [
    ("REC 19990312 123456782 MUT NOVA", False),  # one known name alone: a register's code
    ("REC 19990312 123456782 BAKKER P", True),  # beside an initial
    ("REC 19990312 123456782 JANSEN PIETER", True),  # two known names
])
def test_one_capitals_name_needs_an_initial_or_another(text: str, found: bool) -> None:
    assert bool(_found(text, "DATE_OF_BIRTH")) is found

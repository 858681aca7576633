"""Headerless records (detectors/record_fields.py): exchange files with payroll providers
and pension funds, console dumps and script rows, one record a line with its fields set
apart by spaces, commas, bars or quotes and no header naming them. The field that holds a
different 11-check number on every line of a run about people (a birth year's date on each)
is a BSN field, and the earliest date of each line its birth date. Twins: the same layouts
where a header, a label, a shared cell, a short digit group or a second column of valid
numbers says otherwise. Records synthetic (Faker nl_NL, 11-check-valid numbers generated)."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors import detect
from detectors.nl_bsn_number import is_valid
from detectors.record_fields import record_fields
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1718)


def _found(text: str, entity: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity}


def _people(rng: random.Random, n: int = 4) -> list[dict[str, str]]:
    people = []
    for i in range(n):
        born = synth.birth_date(_FAKE, 20, 64)
        people.append({"seq": f"{i + 1:04d}", "bsn": synth.bsn(rng), "name": _FAKE.last_name(),
                       "first": _FAKE.first_name(), "ymd": f"{born:%Y%m%d}",
                       "dmy": f"{born:%d%m%Y}", "iso": f"{born:%Y-%m-%d}",
                       "sex": rng.choice("mv"), "amount": f"{rng.randint(1000, 99999):09d}",
                       "start": f"2024{rng.randint(1, 12):02d}01",
                       "start_iso": f"2024-{rng.randint(1, 12):02d}-01"})
    return people


_LAYOUTS = {
    "record type, spaced fixed width": (
        "DTL01 {bsn} {ymd} {name:<18} {first:<10} {sex} {amount}", "ymd"),
    "sequence number, sex before the date": (
        "{seq} {name:<18} {first:<10} p {bsn} {sex} {dmy} {start}", "dmy"),
    "quoted comma row": ("'{name}', '{first}', '{bsn}', '{iso}', '{start_iso}'", "iso"),
    "bars": ("{name}||{first}||{bsn}||{iso}||{start_iso}", "iso"),
    "surname first, spaces": ("{name} {first} {bsn} {iso} {start_iso}", "iso"),
}


@pytest.mark.parametrize("layout", list(_LAYOUTS))
def test_headerless_records(layout: str) -> None:
    rng = random.Random(layout)
    line, born = _LAYOUTS[layout]
    people = _people(rng)
    body = "\n".join(line.format(**p) for p in people)
    text = f"Bestand van de salarisverwerker, periode 2026-10\n\n{body}\n"
    assert _found(text, "NL_BSN") == {p["bsn"] for p in people}
    assert _found(text, "DATE_OF_BIRTH") == {p[born] for p in people}


def test_header_and_trailer_records_close_the_run() -> None:
    rng = random.Random(2)
    people = _people(rng, 5)
    rows = [f"DTL01 {p['bsn']} {p['ymd']} {p['name']:<18} {p['amount']}" for p in people]
    text = "\n".join(["HDR01 FLEXWERK BV 20261101 0005", *rows, "TRL01 0005 000906380"])
    assert _found(text, "NL_BSN") == {p["bsn"] for p in people}
    assert "000906380" not in _found(text, "NL_BSN")


def test_eight_digit_bsn_in_the_field() -> None:
    rng = random.Random(3)
    people = _people(rng, 4)
    people[1]["bsn"] = synth.bsn(rng, eight=True)
    text = "\n".join(f"{p['seq']} {p['bsn']:<9} {p['ymd']} {p['name']}" for p in people)
    assert _found(text, "NL_BSN") == {p["bsn"] for p in people}


# twins: the same rows, and something says the numbers are no BSNs


def test_two_lines_are_no_run() -> None:
    rng = random.Random(4)
    people = _people(rng, 2)
    text = "\n".join(f"DTL01 {p['bsn']} {p['ymd']} {p['name']:<18}" for p in people)
    assert record_fields(text).bsn == frozenset()  # (each may still be a person's row)


def test_rows_without_a_birth_year_are_no_people() -> None:
    rng = random.Random(5)
    numbers = [synth.bsn(rng) for _ in range(4)]
    text = "\n".join(f"2026-11-0{i + 1} 10:1{i} job {_FAKE.last_name()} {n} ok"
                     for i, n in enumerate(numbers))
    assert _found(text, "NL_BSN") == set()


def test_a_table_header_names_the_field() -> None:
    rng = random.Random(6)
    people = _people(rng)
    rows = [f"{p['bsn']}  {p['name']:<18}  {p['iso']}" for p in people]
    text = "\n".join(["Ordernr    Klant               Datum", *rows])
    assert _found(text, "NL_BSN") == set()


def test_a_word_in_the_numbers_cell() -> None:
    rng = random.Random(7)
    people = _people(rng)
    text = "\n".join(f"{p['name']}|deelnemer {p['bsn']}|{p['iso']}|NL" for p in people)
    assert record_fields(text).bsn == frozenset()  # (a person's row may still read one)


def test_a_short_digit_group_before_it() -> None:
    rng = random.Random(8)
    people = _people(rng)
    text = "\n".join(f"{p['name']} {p['first']} 0{i + 1} {p['bsn']} {p['iso']}"
                     for i, p in enumerate(people))
    assert _found(text, "NL_BSN") == set()


def test_two_valid_columns_name_neither() -> None:
    rng = random.Random(9)
    people = _people(rng)
    others = sorted((synth.bsn(rng) for _ in people), reverse=True)  # in no rising order
    people.sort(key=lambda p: p["bsn"], reverse=True)
    text = "\n".join(f"{o} {p['bsn']} {p['ymd']} {p['name']}" for o, p in zip(others, people,
                                                                           strict=True))
    assert record_fields(text) == (frozenset(), frozenset())


def test_an_ascending_record_number_is_no_second_column() -> None:
    rng = random.Random(10)
    people = _people(rng)
    ids = sorted(synth.bsn(rng) for _ in people)
    text = "\n".join(f"{i} {p['bsn']} {p['ymd']} {p['name']}" for i, p in zip(ids, people,
                                                                             strict=True))
    if sorted(p["bsn"] for p in people) == [p["bsn"] for p in people]:
        pytest.skip("the BSNs came out ascending too")
    assert _found(text, "NL_BSN") == {p["bsn"] for p in people}


def test_one_invalid_number_breaks_the_field() -> None:
    rng = random.Random(11)
    people = _people(rng)
    bad = f"{rng.randint(10**8, 10**9 - 1)}"
    while is_valid(bad):
        bad = f"{rng.randint(10**8, 10**9 - 1)}"
    people[2]["bsn"] = bad
    text = "\n".join(f"DTL01 {p['bsn']} {p['ymd']} {p['name']:<18}" for p in people)
    assert record_fields(text).bsn == frozenset()


@pytest.mark.parametrize("head", ["SEQ PERSNR BSN GEBDAT NAAM", "SEQ POLISNR SOFINR GEBDAT NAAM",
                                  "SEQ RELNR BSN-NR DATUM NAAM"])
def test_header_word_over_the_field_names_it(head: str) -> None:
    """Two fields of valid numbers under a fixed-width file's header, one space apart, each
    word where its field starts: the one under a BSN word is the BSN field."""
    rng = random.Random(head)
    people = _people(rng)
    others = sorted((synth.bsn(rng) for _ in people), reverse=True)  # in no rising order
    people.sort(key=lambda p: p["bsn"], reverse=True)
    rows = [f"{p['seq']} {o} {p['bsn']} {p['ymd']} {p['name'].upper()}"
            for o, p in zip(others, people, strict=True)]
    head = " ".join(f"{w:<{len(c)}}" for w, c in zip(head.split(), rows[0].split(),
                                                        strict=False))
    text = "\n".join(["Salarisbestand oktober", "", head, *rows])
    assert record_fields(text).bsn == frozenset(
        (text.index(p["bsn"]), text.index(p["bsn"]) + 9) for p in people)
    assert not set(others) & _found(text, "NL_BSN")

"""IBAN_CODE: every valid vector (tests/data/vectors) found in text, no invalid one; helpers."""

from __future__ import annotations

import random

import pytest

from detectors import detect, iban
from tests.conftest import VECTORS
from tests.eval import synth


def _vectors(name: str) -> list[str]:
    lines = (VECTORS / name).read_text(encoding="utf-8").splitlines()
    return [s for s in lines if s.strip() and not s.startswith("#")]


VALID = _vectors("iban_valid.txt")
INVALID = _vectors("iban_invalid.txt")


def test_every_valid_vector_found() -> None:
    text = "\n".join(f"Rekening {v} t.n.v. de kandidaat." for v in VALID)
    found = [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "IBAN_CODE"]
    assert found == VALID


def test_no_invalid_vector_found() -> None:
    text = "\n".join(f"IBAN: {v}" for v in INVALID)
    assert [d for d in detect(text, "nl") if d.entity == "IBAN_CODE"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("IBAN: NL91ABNA0417164300", [(6, 24)]),
        ("IBAN: NL91 ABNA 0417 1643 00.", [(6, 28)]),  # groups, full stop after
        ("NL91 ABNA 0417 1643 00 BSN 123456782", [(0, 22)]),  # a word follows
        ("NL91ABNA0417164300 NL94ABNA0123456782", [(0, 18), (19, 37)]),  # two in a row
        ("nl91abna0417164300", []),  # lower-case country: a word
        ("IBAN: NL91ABNA0417164301", []),  # checksum
    ],
)
def test_iban_in_text(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(d.start, d.end) for d in detect(text, "nl") if d.entity == "IBAN_CODE"] == expected


@pytest.mark.parametrize(
    "value", [synth.nl_iban(random.Random(i), spaced=i % 2 == 0) for i in range(20)]
)
def test_helpers(value: str) -> None:
    assert iban.is_valid(value)
    assert iban.validate(value) == iban.compact(value) == value.replace(" ", "")
    assert iban.mask(value) == "*" * 15 + value.replace(" ", "")[-3:]


def _written(compact: str, size: int, sep: str, head: str) -> str:
    """The IBAN in groups of ``size`` joined by ``sep``; ``head`` between country and check."""
    rest = compact[4:]
    groups = [rest[i : i + size] for i in range(0, len(rest), size)]
    return compact[:2] + head + compact[2:4] + sep + sep.join(groups)


# Every separator python-stdnum's iban.compact removes (' ', '-', '.'), in any grouping.
LAYOUTS = [
    (size, sep, head)
    for size in (2, 3, 4, 5)
    for sep in (" ", "-", ".", " - ", "  ")
    for head in ("", sep)
]


@pytest.mark.parametrize("size, sep, head", LAYOUTS)
def test_every_valid_vector_found_with_separators(size: int, sep: str, head: str) -> None:
    written = [_written(iban.compact(v), size, sep, head) for v in VALID]
    assert all(iban.is_valid(w) for w in written)
    text = "\n".join(f"Graag overmaken naar {w}, t.n.v. de kandidaat." for w in written)
    found = [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "IBAN_CODE"]
    assert found == written


@pytest.mark.parametrize("size, sep", [(4, " "), (4, "-"), (3, "."), (2, " ")])
def test_no_invalid_vector_found_with_separators(size: int, sep: str) -> None:
    written = [_written(iban.compact(v), size, sep, "") for v in INVALID]
    text = "\n".join(f"IBAN: {w}" for w in written)
    assert [d for d in detect(text, "nl") if d.entity == "IBAN_CODE"] == []

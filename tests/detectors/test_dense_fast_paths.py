"""The cheaper readings of identifier-dense text give what the full readings give: the fields
of a headerless record line that hold a digit found at once (record_fields._DIGIT_FIELD), a
run's BSN field looked for only where its first line holds one (record_fields._bsn_column),
the OCR confusions and glued words of a label looked for from the character each opens on
(labels._OCR_ANY, glued_keys.GLUED_AT). Synthetic lines (Faker nl_NL words and names,
generated 11-check-valid numbers) and random strings of the characters the patterns read."""

from __future__ import annotations

import random
import re

from faker import Faker

from detectors import labels, record_fields
from detectors.glued_keys import GLUED, GLUED_AT
from detectors.nl_bsn_number import is_valid
from tests.eval import synth

SEED = 20261202
_PIECES = ("; ", ", ", " | ", "\t", "  ", " ", "'", '"', "(", ")", "[", "]", "{", "}", "=",
           ":", "~", "-", ".", "/")


def _record_line(fake: Faker, rng: random.Random) -> str:
    """A record-like line: names, numbers, dates and codes between any of the delimiters a
    record uses, quoted or bracketed now and then, digits of other scripts too."""
    values = [rng.choice([synth.bsn(rng), synth.bsn(rng)[1:], fake.last_name(), fake.word(),
                          fake.date(pattern="%Y%m%d"), fake.date(pattern="%d-%m-%Y"),
                          f"DTL{rng.randint(0, 99):02d}", f"{rng.randint(0, 10**9):09d}",
                          "\u0663\u0664", "abc1", "x", ""])
              for _ in range(rng.randint(0, 9))]
    return "".join(v + rng.choice(_PIECES) for v in values)


def _digit_fields_in_full(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """record_fields._runs' reading before: every field, then those holding a digit."""
    return [m.span() for m in record_fields._FIELD.finditer(text, lo, hi)
            if re.search(r"\d", m.group())]


def test_digit_fields_are_the_fields_that_hold_a_digit() -> None:
    fake, rng = Faker("nl_NL"), random.Random(SEED)
    fake.seed_instance(SEED)
    lines = [_record_line(fake, rng) for _ in range(3_000)]
    text = "\n".join(lines)
    lo = 0
    for line in lines:
        hi = lo + len(line)
        want = _digit_fields_in_full(text, lo, hi)
        assert [m.span() for m in record_fields._DIGIT_FIELD.finditer(text, lo, hi)] == want
        lo = hi + 1


def _bsn_fields_in_full(text: str, run: list[list[tuple[int, int]]]
                        ) -> list[list[tuple[int, int]]]:
    """record_fields._bsn_fields before: every place read on every line."""
    found: dict[frozenset[tuple[int, int]], list[tuple[int, int]]] = {}
    for k in record_fields._places(min(len(line) for line in run)):
        spans = [line[k] for line in run]
        cells = [text[s:e] for s, e in spans]
        if (all(8 <= len(c) <= 9 and c.isdigit() and is_valid(c.zfill(9)) for c in cells)
                and any(len(c) == 9 for c in cells) and len(set(cells)) == len(cells)):
            found.setdefault(frozenset(spans), spans)
    return list(found.values())


def test_a_runs_bsn_fields_are_found_where_every_place_is_read() -> None:
    """Runs of record lines, some with a BSN at one place on every line, some with two such
    places, some with a line whose field is no BSN, some with an eight-digit BSN: the
    fields found are the same, in the same order."""
    fake, rng = Faker("nl_NL"), random.Random(SEED + 1)
    fake.seed_instance(SEED + 1)
    found = 0
    for _ in range(1_500):
        rows = []
        for _ in range(rng.randint(3, 6)):
            bsn = synth.bsn(rng)
            cells = [f"{rng.randint(1, 999):04d}", bsn[1:] if bsn[0] == "0" else bsn,
                     fake.last_name(), fake.date(pattern="%Y%m%d")]
            if rng.random() < 0.3:
                cells.insert(rng.randint(0, 4), synth.bsn(rng))  # a second valid field
            if rng.random() < 0.1:
                cells[1] = f"{rng.randint(10**8, 10**9 - 1)}"  # mostly no BSN
            rows.append(rng.choice([" ", ";", " | ", ","]).join(cells))
        text = "\n".join(rows)
        lo, run = 0, []
        for row in rows:
            run.append([m.span() for m in record_fields._DIGIT_FIELD.finditer(
                text, lo, lo + len(row))])
            lo += len(row) + 1
        want = _bsn_fields_in_full(text, run)
        assert record_fields._bsn_fields(text, run) == want, rows
        found += len(want)
    assert found > 1_000


def _fuzz(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_ocr_confusions_found_where_any_of_the_three_is() -> None:
    union = re.compile("|".join(p.pattern for p in (labels._OCR_RN, labels._OCR_DIGIT,
                                                    labels._OCR_CAPS)))
    strings = _fuzz("abrnmRN0158 2.-:;éÉ_Ab8SN5OFIx\t", 40_000, SEED)
    assert sum(union.search(s) is not None for s in strings) > 5_000
    for s in strings:
        assert (labels._OCR_ANY.search(s) is None) == (union.search(s) is None), s


def test_glued_words_found_where_glued_finds_them() -> None:
    strings = _fuzz("abAZB S N:é Éà ÿ x1_\t-", 40_000, SEED + 2)
    assert sum(GLUED.search(s) is not None for s in strings) > 5_000
    for s in strings:
        for pos in (0, len(s) // 2, len(s)):
            assert (GLUED_AT.search(s, pos) is None) == (GLUED.search(s, pos) is None), (s, pos)

"""detect() on exports pasted as text: 100 KB of rows under one header, in each shape a
share holds them (';' CSV, tab, quoted CSV, a '|' table, columns set with spaces), and
the dense HR notes of bench_dense beside them.

    .venv/bin/python tests/bench/bench_exports.py
    [BENCH_BASELINE=<a main checkout> BENCH_CLOCK=cpu BENCH_ROUNDS=3: a "before" column]

Every row of an export is a row of one run: the column header of each value and the
column under a header are found by walking the run (detectors/columns.py,
detectors/row_runs.py), which must cost a step per row, not a walk per row, and reaches
every row however far below the header. Prints a table (MB/s, ours and before; BSNs
reported by this checkout of those written), never asserts.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from faker import Faker

from tests.bench import baseline
from tests.bench.bench_dense import dense_text
from tests.eval import synth

SIZE = 100_000
HEADER = ["Naam", "BSN", "IBAN", "Telefoon", "Geboortedatum"]
SHAPES: dict[str, Callable[[list[str]], str]] = {
    "';' CSV": ";".join,
    "tab-separated": "\t".join,
    "quoted CSV": lambda cells: ",".join(f'"{c}"' for c in cells),
    "'|' table": lambda cells: "| " + " | ".join(cells) + " |",
    "columns set with spaces": lambda cells: "".join(c.ljust(28) for c in cells).rstrip(),
}


def export_text(shape: Callable[[list[str]], str], seed: int) -> str:
    """A header and rows of synthetic people (Faker nl_NL, 11-check-valid BSNs)."""
    fake, rng = Faker("nl_NL"), random.Random(seed)
    fake.seed_instance(seed)
    rows = [shape(HEADER)]
    while sum(map(len, rows)) < SIZE:
        born = fake.date_of_birth().strftime("%d-%m-%Y")
        rows.append(shape([fake.name(), synth.bsn(rng), synth.nl_iban(rng), synth.phone(rng),
                           born]))
    return "\n".join(rows)[:SIZE]


def bsn_counts(texts: list[str], found: Callable[[str], object]) -> tuple[int, int]:
    """(BSNs reported by detect(), BSNs written): a written one is a whole 9-digit number
    that passes the 11-check (the export's BSN column; no other column holds one)."""
    from detectors.nl_bsn import is_valid

    written = sum(is_valid(m.group()) for t in texts for m in _NINE.finditer(t))
    reported = sum(d.entity == "NL_BSN" for t in texts for d in found(t))  # type: ignore[attr-defined]
    return reported, written


_NINE = re.compile(r"\b\d{9}\b")


def main() -> None:
    from detectors import detect

    detect("warm-up 123456782", "nl")
    cases = {name: [export_text(shape, seed) for seed in range(3)]
             for name, shape in SHAPES.items()}
    cases["dense HR notes (bench_dense)"] = [dense_text(i) for i in range(3)]
    head = f" {'before':>8} {'x before':>8}" if baseline.BASELINE else ""
    print(f"{'detect() on 3 x 100 KB':40} {'MB/s':>8}{head} {'BSN found/written':>18}")
    for name, texts in cases.items():
        times, before = baseline.side_by_side(lambda t: detect(t, "nl"), texts)
        ours = baseline.mbs(texts, times)
        row = f"{name:40} {ours:8.2f}"
        if before:
            then = baseline.mbs(texts, before)
            row += f" {then:8.2f} {ours / then:8.2f}"
        reported, written = bsn_counts(texts, lambda t: detect(t, "nl"))
        print(f"{row} {reported:>8} / {written:<7}")


if __name__ == "__main__":
    main()

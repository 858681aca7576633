"""detect() on every input the speed condition of issue #14 names, this tree beside other
checkouts, each tree in its own child process, rounds alternating.

    BENCH_VERSIONS=/work/wt/base-fdde:/work/wt/base-463b BENCH_CLOCK=cpu BENCH_ROUNDS=5 \
        .venv/bin/python tests/bench/bench_versions.py

Inputs: the 40 CVs of bench_detectors (MB/s, median and p95 ms per CV), the dense HR notes
of bench_dense, the exports of bench_exports (each shape) and name-dense prose (minutes,
e-mails and intake notes where people are named as people write: a full name, then a title
and surname, a first name alone; Faker nl_NL). Every tree (this one first, then each of
BENCH_VERSIONS, ':'-separated) runs the same texts in a fresh interpreter with its own
detectors/ first on sys.path; a round runs every tree once, and each text keeps its median
over the rounds. BENCH_INPUTS=CV,prose keeps the inputs whose name holds one of the words.
Prints a table, never asserts.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from faker import Faker

from tests.bench.baseline import CLOCK, tree_times
from tests.bench.bench_dense import dense_text
from tests.bench.bench_detectors import _bare, cv_text
from tests.bench.bench_exports import SHAPES, export_text
from tests.eval import synth

TREES = [REPO] + [Path(p) for p in os.environ.get("BENCH_VERSIONS", "").split(":") if p]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
PROSE_SIZE = 20_000

def _person(fake: Faker) -> tuple[str, str, str]:
    """(full name, title + surname, first name) of one synthetic person."""
    first, last = fake.first_name(), fake.last_name()
    title = random.choice(["dhr.", "mevr.", "mw.", "de heer", "mevrouw", "dr."])
    return f"{first} {last}", f"{title} {last[0].upper()}{last[1:]}", first


def _cap(words: str) -> str:
    return words[0].upper() + words[1:]


def _paragraph(fake: Faker, rng: random.Random) -> str:
    """A paragraph of minutes, an e-mail or an intake note naming three or four people."""
    people = [_person(fake) for _ in range(rng.randint(3, 4))]
    (a_full, a_title, a_first), (b_full, b_title, b_first), (c_full, _, c_first) = people[:3]
    kind = rng.random()
    if kind < 0.35:
        present = ", ".join(p[0] for p in people[:-1]) + f" en {people[-1][0]}"
        return (f"Notulen overleg {fake.date(pattern='%d-%m-%Y')}\nAanwezig: {present}.\n"
                f"{a_full} opent de vergadering. {_cap(b_title)} meldt dat de planning bij "
                f"{fake.company()} in {fake.city()} rond is. {c_first} vraagt of {a_first} de "
                f"roosters wil sturen; {a_title} zegt dit toe. {fake.sentence(10)} Actie: "
                f"{b_first} belt {c_full} voor vrijdag. {fake.sentence(12)}\n")
    if kind < 0.7:
        return (f"Beste {a_first},\n\nZoals besproken met {b_full} ({fake.email()}) sturen we "
                f"de stukken naar {c_full}. {_cap(b_title)} is bereikbaar op {synth.phone(rng)}. "
                f"{fake.paragraph(4)} Kun jij {c_first} laten weten dat {b_first} volgende "
                f"week op kantoor is?\n\nMet vriendelijke groet,\n{people[-1][0]}\n"
                f"{fake.job()}\n")
    return (f"Intake {fake.date(pattern='%d-%m-%Y')}: gesprek met {a_full} over werk als "
            f"{fake.job().lower()}. {a_first} heeft eerder gewerkt bij {fake.company()}; zijn "
            f"referent {b_full} bevestigt dat. {fake.paragraph(3)} {_cap(a_title)} wil graag met "
            f"{c_full} kennismaken; {b_title} en {c_first} nemen contact op.\n")


def prose_text(seed: int) -> str:
    """About 20 KB of running text in which every paragraph names several people."""
    fake, rng = Faker("nl_NL"), random.Random(seed)
    fake.seed_instance(seed)
    random.seed(seed)  # _person's title
    parts: list[str] = []
    while sum(map(len, parts)) < PROSE_SIZE:
        parts.append(_paragraph(fake, rng))
    return "\n".join(parts)


def inputs() -> dict[str, list[str]]:
    cases = {"CV (bench_detectors, 40)": [cv_text(i) for i in range(40)],
             "dense HR notes (bench_dense, 10 x 100 KB)": [dense_text(i) for i in range(10)]}
    for name, shape in SHAPES.items():
        cases[f"export: {name} (3 x 100 KB)"] = [export_text(shape, s) for s in range(3)]
    cases["name-dense prose (20 x 20 KB)"] = [prose_text(i) for i in range(20)]
    wanted = [w for w in os.environ.get("BENCH_INPUTS", "").split(",") if w]
    return {k: v for k, v in cases.items() if not wanted or any(w in k for w in wanted)}


def measure(cases: dict[str, list[str]]) -> list[dict[str, list[float]]]:
    """Per tree, per input, per text: the median seconds over ROUNDS alternating rounds."""
    rounds: list[list[dict[str, list[float]]]] = [[] for _ in TREES]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inputs.json"
        path.write_text(json.dumps(cases), encoding="utf-8")
        for _ in range(ROUNDS):
            for n, tree in enumerate(TREES):
                rounds[n].append(tree_times(tree, path))
    return [{name: [statistics.median(t) for t in zip(*(r[name] for r in per_tree),
                                                       strict=True)]
             for name in cases} for per_tree in rounds]


def bare_mbs(texts: list[str]) -> float:
    """MB/s of the bare compiled-regex + python-stdnum pass (BSN, IBAN) over ``texts``, in
    this process, the median of ROUNDS passes: the floor any scanner pays (issue #18)."""
    clock = getattr(time, CLOCK)
    rates = []
    for _ in range(ROUNDS):
        t0 = clock()
        for t in texts:
            _bare(t)
        rates.append(sum(map(len, texts)) / (clock() - t0) / 1e6)
    return statistics.median(rates)


def main() -> None:
    cases = inputs()
    results = measure(cases)
    names = ["this tree"] + [t.name for t in TREES[1:]]
    print(f"detect() per input, {CLOCK}, median of {ROUNDS} round(s) per text; x: this tree "
          "over the column's tree; bare: regex + python-stdnum (BSN, IBAN) on the same texts\n")
    print(f"{'input':46} {'figure':>10}" + "".join(f" {n[:14]:>14}" for n in names)
          + "".join(f" {'x ' + n[:10]:>12}" for n in names[1:]) + f" {'bare':>8} {'x bare':>7}")
    for name, texts in cases.items():
        size = sum(map(len, texts))
        bare = bare_mbs(texts)
        mbs = [size / sum(r[name]) / 1e6 for r in results]
        print(f"{name:46} {'MB/s':>10}" + "".join(f" {v:14.3f}" for v in mbs)
              + "".join(f" {mbs[0] / v:12.2f}" for v in mbs[1:]) + f" {bare:8.2f} {mbs[0] / bare:7.3f}")
        rows = []
        if name.startswith("CV"):
            rows += [("median ms", [statistics.median(r[name]) * 1e3 for r in results], False),
                     ("p95 ms", [sorted(r[name])[int(0.95 * (len(texts) - 1))] * 1e3
                                 for r in results], False)]
        for figure, values, higher in rows:
            ratios = [(values[0] / v if higher else v / values[0]) for v in values[1:]]
            print(f"{name:46} {figure:>10}" + "".join(f" {v:14.3f}" for v in values)
                  + "".join(f" {x:12.2f}" for x in ratios))


if __name__ == "__main__":
    main()

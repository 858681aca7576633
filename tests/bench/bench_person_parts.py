"""Where PersonRecognizer spends its time, part by part, on first sight and on a second look.

    BENCH_CLOCK=cpu BENCH_ROUNDS=5 .venv/bin/python tests/bench/bench_person_parts.py

Inputs: the CVs of bench_detectors, the name-dense prose of bench_versions and three dense
HR notes of bench_dense. Per input, in this process, ms per 100 KB (median of BENCH_ROUNDS):

- ``first sight``: analyze() on each text once, after a warm-up on another text: what a scan
  pays for a file it has not read (its names, labels and places new to every cache);
- ``second look``: the same texts again: the caches keyed by word, name or position now
  hit (bench_versions times the first; a loop over the same text times the second);
- ``where runs may open`` (person_openers.openers), ``runs`` (person_shape.tokens without
  openers), ``runs weighed`` (_names without tokens), ``after the runs`` (analyze without
  _names): a partition of a second look;
- ``-`` rows: what a second look saves when one check answers at once (the org veto never
  vetoes, the surroundings or the prose model find nothing). Not detection-preserving: a
  measurement of the part's cost only (the names found change, and with them later work).

Prints a table, never asserts.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.baseline import CLOCK
from tests.bench.bench_dense import dense_text
from tests.bench.bench_detectors import cv_text
from tests.bench.bench_versions import prose_text

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
clock = getattr(time, CLOCK)


def _inputs() -> dict[str, tuple[list[str], str]]:
    """Per input: its texts, and a text of the same kind for the warm-up."""
    return {"CV (40)": ([cv_text(i) for i in range(40)], cv_text(40)),
            "name-dense prose (20 x 20 KB)": ([prose_text(i) for i in range(20)], prose_text(20)),
            "dense HR notes (3 x 100 KB)": ([dense_text(i) for i in range(3)], dense_text(3))}


def _time(fn: Callable[[str], object], texts: list[str]) -> float:
    t0 = clock()
    for t in texts:
        fn(t)
    return clock() - t0


def _knockouts() -> dict[str, tuple[object, str, Callable[..., object]]]:
    from detectors import person

    return {"- org veto (_org_around)": (person, "_org_around", lambda *a, **k: False),
            "- surroundings (_surroundings)": (person, "_surroundings", lambda *a, **k: None),
            "- prose model (_prose)": (person, "_prose", lambda *a, **k: None)}


def _second_look(texts: list[str]) -> dict[str, float]:
    """Seconds of each part over ``texts`` (seen before)."""
    from detectors import person_openers, person_shape
    from detectors.person import PersonRecognizer

    rec = PersonRecognizer()

    def opened(t: str) -> object:
        person_openers.cued_words.cache_clear()  # (its per-text cache: read afresh)
        return person_openers.openers(t)

    def runs(t: str) -> object:
        person_openers.cued_words.cache_clear()
        return list(person_shape.tokens(t))

    out = {"second look": _time(lambda t: rec.analyze(t, ["PERSON"]), texts),
           "where runs may open": _time(opened, texts)}
    out["runs"] = _time(runs, texts) - out["where runs may open"]
    names = _time(lambda t: list(rec._names(t)), texts)
    out["runs weighed"] = names - out["runs"] - out["where runs may open"]
    out["after the runs"] = out["second look"] - names
    for row, (module, attr, stub) in _knockouts().items():
        real = getattr(module, attr)
        setattr(module, attr, stub)
        try:
            out[row] = out["second look"] - _time(lambda t: rec.analyze(t, ["PERSON"]), texts)
        finally:
            setattr(module, attr, real)
    return out


def _first_sight(texts: list[str], warm: str) -> float:
    """Seconds of analyze() over ``texts`` in a fresh interpreter warmed up on ``warm``
    (each of ``texts`` new to it)."""
    import json
    import subprocess
    import tempfile

    script = ("import json, sys, time\nsys.path.insert(0, sys.argv[1])\n"
              "from detectors.person import PersonRecognizer\nrec = PersonRecognizer()\n"
              "texts = json.load(open(sys.argv[2], encoding='utf-8'))\n"
              "clock = getattr(time, sys.argv[3])\nrec.analyze(texts.pop(), ['PERSON'])\n"
              "t0 = clock()\nfor t in texts:\n    rec.analyze(t, ['PERSON'])\n"
              "print(clock() - t0)\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps([*texts, warm]), encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", script, str(REPO), str(path), CLOCK],
                              check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1])


def main() -> None:
    print(f"PersonRecognizer per part, {CLOCK}, ms per 100 KB, median of {ROUNDS} round(s)\n")
    for name, (texts, warm) in _inputs().items():
        per = 1e3 * 100_000 / sum(map(len, texts))
        rounds = []
        for _ in range(ROUNDS):
            first = _first_sight(texts, warm)
            _second_look(texts)  # (every cache filled once before it is timed)
            rounds.append({"first sight": first, **_second_look(texts)})
        print(name)
        for row in rounds[0]:
            value = statistics.median(r[row] for r in rounds) * per
            print(f"  {row:34} {value:8.1f}")
        print()


if __name__ == "__main__":
    main()

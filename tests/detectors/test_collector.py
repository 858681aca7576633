"""detect() moves the detectors' loaded data out of the cyclic garbage collector's reach
(gc.freeze) once per language, after its first text, and leaves the collector as it was."""

from __future__ import annotations

import gc
import threading

import detectors

TEXT = "Jan de Vries, BSN 111222333, j.devries@voorbeeld.nl, geb. 12-03-1985"


def test_data_frozen_after_a_languages_first_text() -> None:
    found = detectors.detect(TEXT, "nl")
    assert "nl" in detectors._FROZEN and gc.get_freeze_count() > 0
    assert {d.entity for d in found} >= {"NL_BSN", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}


def test_frozen_once_per_language_not_per_text() -> None:
    detectors.detect(TEXT, "nl")
    frozen = gc.get_freeze_count()
    for _ in range(3):
        detectors.detect(TEXT, "nl")
    assert gc.get_freeze_count() == frozen  # later texts' objects stay collectable


def test_the_collector_is_left_as_the_caller_had_it() -> None:
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            detectors.detect(TEXT, "en")
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_threads_side_by_side_detect_alike() -> None:
    results: list[set[str]] = []
    threads = [threading.Thread(target=lambda: results.append(
        {d.entity for d in detectors.detect(TEXT * 50, None)})) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == results[0] for r in results)


_THRESHOLDS_AFTER = """
import gc, sys
sys.path.insert(0, sys.argv[1])
if len(sys.argv) > 2:
    gc.set_threshold(500, 5, 5)
import detectors
detectors.detect("Jan de Vries, BSN 111222333", "nl")
print(*gc.get_threshold())
"""


def _thresholds_after_detect(*own: str) -> tuple[int, ...]:
    import subprocess
    import sys
    from pathlib import Path

    repo = str(Path(detectors.__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", _THRESHOLDS_AFTER, repo, *own], check=True,
                         capture_output=True, text=True).stdout
    return tuple(int(x) for x in out.split())


def test_full_passes_gated_once_frozen_when_the_thresholds_are_the_defaults() -> None:
    # (a fresh interpreter: this one froze its data in an earlier test, or not)
    assert _thresholds_after_detect() == (700, 10, detectors._FULL_GATE)


def test_a_callers_own_thresholds_are_kept() -> None:
    assert _thresholds_after_detect("own") == (500, 5, 5)

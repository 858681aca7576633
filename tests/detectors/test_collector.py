"""detect() holds the cyclic garbage collector off while it works (its results would be
walked by the collector's passes), and leaves it as the caller had it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import detectors
from detectors import registry

TEXT = "Jan de Vries, BSN 111222333, j.devries@voorbeeld.nl, geb. 12-03-1985"


@pytest.fixture
def collector() -> Iterator[None]:
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_off_while_detecting_and_on_again_after(collector: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    analyze = registry.analyze

    def watched(text: str, language: str) -> list[object]:
        seen.append(gc.isenabled())
        return analyze(text, language)  # type: ignore[return-value]

    monkeypatch.setattr(registry, "analyze", watched)
    gc.enable()
    found = detectors.detect(TEXT, "nl")
    assert seen == [False] and gc.isenabled()
    assert {d.entity for d in found} >= {"NL_BSN", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}


def test_left_off_when_the_caller_had_it_off(collector: None) -> None:
    gc.disable()
    detectors.detect(TEXT, "nl")
    assert not gc.isenabled()


def test_on_again_when_detect_raises(collector: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, language: str) -> list[object]:
        raise RuntimeError("a broken recognizer")

    monkeypatch.setattr(registry, "analyze", broken)
    gc.enable()
    with pytest.raises(RuntimeError):
        detectors.detect(TEXT, "nl")
    assert gc.isenabled()


def test_on_again_after_detect_in_threads_side_by_side(collector: None) -> None:
    gc.enable()
    threads = [threading.Thread(target=detectors.detect, args=(TEXT * 200, "nl"))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_detection_leaves_no_garbage_cycles_to_speak_of(collector: None) -> None:
    detectors.detect(TEXT, "nl")
    gc.collect()
    gc.disable()
    for n in range(20):
        detectors.detect(f"{TEXT}\nMw. Bakker, tel. 06-1234567{n % 10}, NL91 ABNA 0417 1643 00",
                         "nl")
    assert gc.collect() < 200  # a caught exception's frames now and then


def test_the_last_detection_out_gives_the_collector_back(collector: None) -> None:
    """Two detections overlapping (threads): the first in holds it off, the second finds
    it held, and it comes back on only when the last of them leaves."""
    gc.enable()
    first, second = detectors._no_collector_pauses(), detectors._no_collector_pauses()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()

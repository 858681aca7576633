"""The build cache: derived data kept between processes under the hash of its inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import build_cache, special_lexicon


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(build_cache.ENV, str(tmp_path))
    return tmp_path


def test_lemma_forms_cached_equal_to_the_table(cache: Path) -> None:
    wanted = {"werken", "ziekte", "operatie"}
    first = special_lexicon._lemma_forms("nl", wanted)
    (written,) = cache.glob("lemma-forms-*.json")
    assert first == special_lexicon._reversed_table("nl", wanted)
    assert "gewerkt" in first["werken"]
    assert special_lexicon._lemma_forms("nl", wanted) == first  # read back, same value
    special_lexicon._lemma_forms("nl", wanted | {"kanker"})  # other inputs: another file
    assert len(list(cache.glob("lemma-forms-*.json"))) == 2 and written.exists()


def test_a_cached_value_is_read_not_rebuilt(cache: Path) -> None:
    calls: list[int] = []
    build = lambda: calls.append(1) or {"a": [1]}
    assert build_cache.cached_json("t", "k", build) == {"a": [1]}
    assert build_cache.cached_json("t", "k", build) == {"a": [1]}
    assert calls == [1]


def test_a_torn_file_is_rebuilt_and_an_unwritable_cache_skipped(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (cache / "t-k.json").write_text('{"a": [', encoding="utf-8")
    assert build_cache.cached_json("t", "k", lambda: {"b": 2}) == {"b": 2}
    blocked = cache / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(build_cache.ENV, str(blocked / "sub"))  # a file where a folder goes
    assert build_cache.cached_json("t", "k", lambda: {"c": 3}) == {"c": 3}


def test_the_key_changes_with_every_input() -> None:
    assert build_cache.key_of("nl", ["a"]) != build_cache.key_of("nl", ["b"])
    assert build_cache.key_of("nl", ["a"]) == build_cache.key_of("nl", ["a"])

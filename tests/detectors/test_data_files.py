"""Data files fail fast, naming the file and the key (STYLE.md §3, §6)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from detectors import context
from detectors.registry import OWN_ENTITIES


def _clear() -> None:
    for fn in (context.thresholds, context.context_words, context.scores, context.patterns,
               context.decoy_file_names, context.label_chars):
        fn.cache_clear()


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in ("thresholds.toml", "context.toml", "foreign_ids.toml"):
        shutil.copy(context.DATA / name, tmp_path / name)
    monkeypatch.setattr(context, "DATA", tmp_path)
    _clear()
    yield tmp_path
    monkeypatch.undo()
    _clear()


def test_shipped_data_is_valid() -> None:
    context.validate_data(OWN_ENTITIES)


@pytest.mark.parametrize(
    "name, old, new, message",
    [
        ("thresholds.toml", "[NL_BSN]", "[NL_BSN_X]", "missing table [NL_BSN]"),
        ("thresholds.toml", "base = 0.3 ", "bass = 0.3 ", "[NL_BSN] lacks ['base']"),
        ("thresholds.toml", "threshold = 0.5", "threshold = = 0.5", "thresholds.toml"),
        ("context.toml", "[IBAN_CODE]", "[IBAN]", "[IBAN_CODE] needs context and decoy"),
        ("foreign_ids.toml", "names = [", "namen = [", "foreign_ids.toml: lacks list 'names'"),
    ],
)
def test_broken_file_named(data_copy: Path, name: str, old: str, new: str, message: str) -> None:
    path = data_copy / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(context.DataFileError, match=re.escape(message)):
        context.validate_data(OWN_ENTITIES)

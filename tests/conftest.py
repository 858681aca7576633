"""Shared fixtures: repository paths, a fixed fingerprint key, and scan helpers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# Test data copied in from the team's shared material, with sources and licences in its NOTICE.
DATA = REPO / "tests" / "data"
CORPUS = DATA / "corpus"
VECTORS = DATA / "vectors"
STATEMENT = DATA / "privacyverklaring.txt"
TEST_KEY = "test-key-not-secret"


@pytest.fixture(autouse=True)
def _fixed_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fingerprints are reproducible in tests; a test may override or unset it."""
    monkeypatch.setenv("PRIVACYSCAN_KEY", TEST_KEY)


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def corpus() -> Path:
    assert CORPUS.is_dir(), f"test corpus missing at {CORPUS}"
    return CORPUS


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def jsonl_reader() -> Iterator[Any]:
    yield read_jsonl

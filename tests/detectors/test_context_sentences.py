"""Context sentences (tests/detectors/data/context_sentences.txt) give the expected entity."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import detect

IDENTIFIERS = {
    "NL_BSN",
    "PHONE_NUMBER",
    "NL_KVK",
    "DATE_OF_BIRTH",
    "NL_ID_DOCUMENT",
    "IBAN_CODE",
    "NL_DRIVERS_LICENSE",
    "NL_VAT",
}


def _cases() -> list[tuple[str, str]]:
    path = Path(__file__).resolve().parent / "data" / "context_sentences.txt"
    lines = [
        s
        for s in path.read_text(encoding="utf-8").splitlines()
        if s.strip() and not s.startswith("#")
    ]
    return list(zip(lines[::2], lines[1::2], strict=True))


@pytest.mark.parametrize("entity, sentence", _cases())
def test_context_sentence(entity: str, sentence: str) -> None:
    found = {d.entity for d in detect(sentence, "nl")} & IDENTIFIERS
    assert found == (set() if entity == "-" else {entity})

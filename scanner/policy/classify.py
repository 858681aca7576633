"""Classify a document into the SPEC's doc_types, with a reason a DPO can read."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from scanner.models import SourceItem, TextChunk

SIGNALS = Path(__file__).with_name("doc_signals.toml")
VIDEO = {".mp4", ".avi", ".mov", ".mkv", ".wmv", ".m4v", ".mpg", ".mpeg", ".264", ".h264",
         ".dav", ".asf"}
MAX_CHARS = 12_000  # classification looks at the start of a document: cheap and enough
MRZ = re.compile(r"^[PIAC][A-Z<][A-Z<]{3}[A-Z<]{20,}$|^[A-Z0-9<]{30,44}$", re.MULTILINE)


@lru_cache(maxsize=1)
def _signals() -> dict[str, Any]:
    return tomllib.loads(SIGNALS.read_text(encoding="utf-8"))


def classify(item: SourceItem, chunks: Sequence[TextChunk]) -> tuple[str, str]:
    """(doc_type, reason). Video files are camera footage; an MRZ makes an ID copy."""
    name = item.name.lower()
    where = (item.path + "/" + (item.member or "")).lower()
    if Path(name).suffix in VIDEO:
        return "camera_footage", "video file"
    text = _head(chunks)
    if _has_mrz(text):
        return "id_copy", "MRZ line found"
    best, best_score, best_reason = "other", 0, "no document-type signals"
    signals = _signals()
    for doc_type, sig in signals.items():
        if not isinstance(sig, dict):
            continue
        score, reason = _score(sig, name, where, text)
        if score > best_score:
            best, best_score, best_reason = doc_type, score, reason
    if best_score < signals["min_score"]:
        return "other", "no document-type signals"
    return best, best_reason


def _head(chunks: Sequence[TextChunk]) -> str:
    out, size = [], 0
    for chunk in chunks:
        out.append(chunk.text)
        size += len(chunk.text)
        if size >= MAX_CHARS:
            break
    return "\n".join(out)[:MAX_CHARS].lower()


def _has_mrz(text: str) -> bool:
    lines = [ln.replace(" ", "").upper() for ln in text.splitlines()]
    return sum(1 for ln in lines if len(ln) >= 30 and ln.count("<") >= 5
               and MRZ.match(ln)) >= 2


def _score(sig: dict[str, list[str]], name: str, where: str, text: str) -> tuple[int, str]:
    name_hits = [w for w in sig.get("name", []) if _word_in(w, name)]
    folder_hits = [w for w in sig.get("name", []) if w not in name_hits and _word_in(w, where)]
    content_hits = [w for w in sig.get("content", []) if _word_in(w, text)]
    score = 3 * len(name_hits) + len(folder_hits) + len(content_hits)
    parts = []
    if name_hits:
        parts.append(f"file name: {', '.join(name_hits)}")
    if folder_hits:
        parts.append(f"folder: {', '.join(folder_hits)}")
    if content_hits:
        parts.append(f"content: {', '.join(content_hits[:5])}")
    return score, "; ".join(parts)


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")


def _word_in(word: str, text: str) -> bool:
    # the substring test first: most signal words are absent, and it is ~10x cheaper
    return word in text and _pattern(word).search(text) is not None

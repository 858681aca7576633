"""Misses and false positives of a DEV blind set as shapes, never as text.

For each labelled value no detection found and each detection no label covers, prints only
its *shape* (digits -> 9, letters -> a/A, punctuation kept) and the normalized label word
before it on its line (or ``^`` and the last word of the line above when it opens its line),
plus ``[row ;]`` when its line is a delimited row. Counted, most frequent first. Run only on
the DEV sets of eval_blind (never on a held-out set): what is seen here is tuned to.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from tests.eval.blind_pipeline import findings_of, same_value, value_prints

_WORD = re.compile(r"\S+")


def shape(value: str) -> str:
    """Digits as 9, letters as a or A, the rest kept.

    >>> shape("Jan 06-12"), shape("BSN")
    ('Aaa 99-99', 'AAA')
    """
    return "".join("9" if c.isdigit() else ("A" if c.isupper() else "a") if c.isalpha()
                   else c for c in value)


def label_word(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORD.findall(text[line_start:start])
    if words:
        return shape_digits(words[-1])
    above = _WORD.findall(text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start])
    return "^" + (shape_digits(above[-1]) if above else "")


def shape_digits(word: str) -> str:
    """A label word as it is when it reads as one (lower case, or a short acronym such as
    'BSN'), else its shape: a capitalised word before a value is mostly a name."""
    last = re.split(r"[;|,\t]", word.rstrip(";|,\t"))[-1] or word
    tail = word[len(word.rstrip(";|,\t")):]
    shown = last.lower() if last.islower() or (last.isupper() and len(last) <= 5) else shape(last)
    return re.sub(r"\d", "9", shown + tail)[:30]


def row_mark(text: str, start: int) -> str:
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", start) % (len(text) + 1)]
    delims = [d for d in ";\t|," if line.count(d) >= 2]
    return f" [row {delims[0]!r}]" if delims else ""


def _doc_misses(text: str, label: dict[str, Any]) -> Counter[str]:
    from detectors import detect
    from tests.eval.eval_blind import _overlaps, label_spans

    scope = {x["entity"] for x in label["entities"] + label.get("decoys", [])}
    expected = label_spans(text, label["entities"])
    found = [d for d in detect(text, label.get("lang", "nl")) if d.entity in scope]
    out: Counter[str] = Counter()
    for e in expected:
        if not any(_overlaps(d, e) for d in found):
            out[f"{e.entity:15} raw-FN {shape(text[e.start:e.end]):22} after "
                f"{label_word(text, e.start)}{row_mark(text, e.start)}"] += 1
    for d in found:
        if not any(_overlaps(d, e) for e in expected):
            out[f"{d.entity:15} raw-FP {shape(text[d.start:d.end]):22} after "
                f"{label_word(text, d.start)}{row_mark(text, d.start)}"] += 1
    return out


def _pipeline_misses(folder: Path, text: str, label: dict[str, Any]) -> Counter[str]:
    found = findings_of(folder, label)
    out: Counter[str] = Counter()
    for lab in label["entities"]:
        if any(e == lab["entity"] and same_value(e, v, x) for e, v in found
               for x in value_prints(lab["entity"], lab["text"])):
            continue
        m = re.search(rf"(?<!\w){re.escape(lab['text'])}(?!\w)", text)
        where = f"{label_word(text, m.start())}{row_mark(text, m.start())}" if m else "?"
        out[f"{lab['entity']:15} pipe-FN {shape(lab['text']):21} after {where}"] += 1
    return out


def diagnose(folder: Path, labels: list[dict[str, Any]]) -> None:
    total: Counter[str] = Counter()
    for label in labels:
        text = (folder / "docs" / label["doc"]).read_text(encoding="utf-8")
        total += _doc_misses(text, label) + _pipeline_misses(folder, text, label)
    for line, n in sorted(total.items(), key=lambda kv: (kv[0][:15], -kv[1], kv[0])):
        print(f"  {n:3} {line}")

"""Care records: a care worker's report about one client, named in a field at its head.

Every health term in one is about that client (detectors.detect(record=True)), as in an
absence record about one employee; it is no HR record, so it breaks special-category, not
sickness-diagnosis (care_records.toml says which documents count and why).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from detectors.person_names import first_names, honorifics
from scanner.models import TextChunk
from scanner.policy.classify import head_as_written

CARE_RECORDS = Path(__file__).with_name("care_records.toml")
HEAD_LINES = 15  # a record's client field stands among its first lines


def is_care_record(chunks: Sequence[TextChunk]) -> bool:
    """Whether the document is a care report about one client its head names by name."""
    data = _care_records()
    head = "\n".join(head_as_written(chunks).split("\n")[:HEAD_LINES])
    low = head.lower()
    if len(set(data["care_words"].findall(low))) < data["min_care_words"]:
        return False
    return any(_a_persons_name(m.group("value"), data) for m in data["field"].finditer(head))


def _a_persons_name(value: str, data: dict[str, Any]) -> bool:
    """A form of address and a capitalised word ("dhr. P. Verbeek"), or a known first name
    and a capitalised surname ("Anna de Boer"); not a firm ("Bouwbedrijf Jansen")."""
    words = value.split()
    if len(words) >= 2 and words[0].lower() in honorifics():
        return words[1][:1].isupper()
    return len(words) >= 2 and words[0] in first_names() and any(
        w[:1].isupper() for w in words[1:])


@lru_cache(maxsize=1)
def _care_records() -> dict[str, Any]:
    data = tomllib.loads(CARE_RECORDS.read_text(encoding="utf-8"))
    labels = "|".join(re.escape(w) for w in sorted(data["client_labels"], key=len, reverse=True))
    data["field"] = re.compile(
        rf"(?im)^[^\S\n]*(?:{labels})[^\S\n]*:[^\S\n]*(?P<value>[^\n(,;|]+)")
    words = "|".join(re.escape(w) for w in sorted(data["care_words"], key=len, reverse=True))
    data["care_words"] = re.compile(rf"(?<![\w])(?:{words})(?![\w])")
    return data

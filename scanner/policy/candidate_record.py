"""Candidate documents: where special-category data breaks the statement at its highest.

`special-category` is high "in a CV, motivation letter or other candidate document;
elsewhere a medium review finding" (SPEC). The candidate types count as a whole; an `other`
document counts when it is about a candidate (an intake or interview report, a screening
summary, a recruiter's e-mail about an applicant) more than about an employee's
administration: candidate_records.toml holds both word lists. Minutes and newsletters are
no candidate document, whatever they say of one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from scanner.models import TextChunk
from scanner.policy.classify import head_text

CANDIDATE_RECORDS = Path(__file__).with_name("candidate_records.toml")


def is_candidate_record(doc_type: str, chunks: Sequence[TextChunk], title: str = "") -> bool:
    """Whether an `other` document is a candidate document (candidate_records.toml): about a
    candidate rather than an employee and not the minutes of a meeting (``title``: the
    classifier's, lower case). A CV or a motivation letter is none here: the rule's own
    doc_types judge it, so a policy that narrows them is obeyed."""
    data = _candidate_records()
    if doc_type != "other" or data["outside_titles"].search(title):
        return False
    text = head_text(chunks)
    # different words, one pass over the text; the forms of one word count once
    found = len({data["word_of"].get(w, w) for w in data["words"].findall(text)})
    return found >= data["min_words"] and found > len(set(data["against"].findall(text)))


@lru_cache(maxsize=1)
def _candidate_records() -> dict[str, Any]:
    """candidate_records.toml with each word list as one alternation (longest first); a
    candidate word is no word before a hyphen and a letter ("mijn cv-ketel")."""
    data = tomllib.loads(CANDIDATE_RECORDS.read_text(encoding="utf-8"))
    groups = [[w] if isinstance(w, str) else w for w in data["words"]]
    data["word_of"] = {form: forms[0] for forms in groups for form in forms}
    data["words"] = [form for forms in groups for form in forms]
    for key in ("words", "against", "outside_titles"):
        words = sorted(data[key], key=len, reverse=True)
        after = r"(?![a-zà-ÿ]|-[a-zà-ÿ])" if key == "words" else r"(?![a-zà-ÿ])"
        data[key] = re.compile(r"(?<![a-zà-ÿ])(?:"
                               + "|".join(re.escape(w) for w in words) + r")" + after)
    return data

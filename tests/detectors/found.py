"""What detect() finds in one text as a test reads it: the strings of one entity, the whole
text judged as a document is (a scan's reading)."""

from __future__ import annotations

from detectors import detect


def found(text: str, entity: str, lang: str = "nl") -> list[str]:
    """The text of each ``entity`` detection in ``text``, in order."""
    return [text[d.start:d.end] for d in detect(text, lang, document=True) if d.entity == entity]

"""detect(special_only=True): the special-category recognizer alone (a table's second
reading, by row, scan_item), giving the same special categories as a full reading."""

from __future__ import annotations

import pytest

from detectors import detect

TEXTS = [
    ("Naam: Anna Visser\nBSN: 246820020\nLet op: pinda-allergie, koosjer\n", "nl"),
    ("naam: Haddou, B.\nma: 06:00-14:30\nbijzonderheden: vroege start ivm ramadan\n", "nl"),
    ("Employee: J. Smith, member of Unite; tel 06 3456 7812\n", "en"),
]


@pytest.mark.parametrize("text, lang", TEXTS)
def test_special_only_reads_the_same_special_categories_and_nothing_else(
        text: str, lang: str) -> None:
    full = [d for d in detect(text, lang) if d.entity.startswith("SPECIAL_")]
    only = detect(text, lang, special_only=True)
    assert only == full and full

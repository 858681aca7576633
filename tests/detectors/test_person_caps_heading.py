"""PERSON: a name in capitals that is a CV's or a profile's first line, a gazetteer first
name and a surname no list knows ("MEERA VENKATARAMAN"); a heading of words in capitals
is none, nor such a name further down. Cases written here."""

from __future__ import annotations

from detectors import detect


def _names(text: str, lang: str = "en") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


def test_a_cvs_first_line_in_capitals_is_its_name() -> None:
    text = "MEERA VENKATARAMAN\nWarehouse team lead  |  Tilburg\n\nEXPERIENCE\n2019-2025 DHL\n"
    assert "MEERA VENKATARAMAN" in _names(text)


def test_a_heading_in_capitals_is_no_name() -> None:
    assert _names("TOTAL HOURS\nweek 12: 38\n") == []
    assert _names("WORK EXPERIENCE\nForklift driver, 2019-2025\n") == []

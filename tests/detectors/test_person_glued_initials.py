"""PERSON: initials glued to a surname ("A.Stoica", "K.Tahiri" on a signature line); not a
degree ("B.Tech"), a street or a brand. Cases written here (synthetic names)."""

from __future__ import annotations

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


def test_initials_glued_to_a_surname_are_a_name() -> None:
    text = ("toolbox 12/4 - depot Tiel\naanw: M.Dragomir, P.Verstappen, S.Yilmaz-Kaya\n"
            "- M.Dragomir neemt de wijk van S.Yilmaz-Kaya over.\n")
    names = _names(text)
    assert names.count("M.Dragomir") == 2
    assert "P.Verstappen" in names and "S.Yilmaz-Kaya" in names


def test_glued_capitals_that_are_no_name() -> None:
    text = "Parkeren aan de St.Jansstraat 4; taart van Dr.Oetker; inspectie N.V.Nederland.\n"
    assert _names(text) == []

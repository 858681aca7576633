"""PERSON: a whole name followed by "van"/"from"/"of" and a firm's name ("Piet Jansen van
Bakker Logistiek", "mevr. Kuipers van Meijer Installatietechniek", "Tom Reed from Hall
Transport") is the person from that firm: the firm's word closing the run names the
employer, not the person. A firm that bears the whole name ("Jan van Dijk Transport") stays
a firm. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Ik belde met Piet Jansen van Bakker Logistiek over de ritten.", "Piet Jansen", "nl"),
    ("Gesprek gehad met mevr. Kuipers van Meijer Installatietechniek over de planning.",
     "Kuipers", "nl"),
    ("Spoke to Tom Reed from Hall Transport about the late trucks.", "Tom Reed", "en"),
])
def test_a_person_from_a_firm_is_found(text: str, name: str, lang: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize("text", [
    "Bij Jan van Dijk Transport werkt hij al tien jaar.",
    "Klant: Kees Smit Tuinmeubelen, Zwolle",
])
def test_a_firm_bearing_the_name_stays_a_firm(text: str) -> None:
    assert _names(text) == []

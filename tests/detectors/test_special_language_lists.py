"""SPECIAL_ETHNICITY: an origin's adjective among the languages a line lists ("spreekt
Turks, Koerdisch en Engels", "Languages: Dutch, Kurdish (native)") is a language someone
speaks, no statement of their origin (issue #15, stop 76; rules.toml language_cues,
language_list_words). An origin said in its own sentence or clause stays one. Synthetic
texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _ethnicity(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "SPECIAL_ETHNICITY"]


@pytest.mark.parametrize(("text", "lang"), [
    (("Curriculum vitae\nNaam: Rojda Demirtas\nProfiel\nRojda is rustig en betrouwbaar, "
      "spreekt Arabisch, Koerdisch (Sorani) en Nederlands."), "nl"),
    ("CV Baran Yildiz\nBaran werkt graag met mensen, spreekt Turks, Koerdisch en Engels.", "nl"),
    ("Talen: Nederlands (moedertaal), Turks (vloeiend), Koerdisch (basis)", "nl"),
    ("Skills\nLanguages: English, Kurdish (native), Dutch (B1)", "en"),
    ("CV of Parisa Kavousi\nParisa is calm and speaks Kurdish, Farsi and a little Dutch.", "en"),
])
def test_a_language_in_a_list_of_languages_is_no_origin(text: str, lang: str) -> None:
    assert _ethnicity(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ik spreek Nederlands en Engels. Ik ben Koerdisch en kwam in 2015 naar Nederland.", "nl"),
    ("Ik spreek Nederlands en ben Koerdisch.", "nl"),
    ("Languages: Dutch and English. I am Kurdish and grew up in Erbil.", "en"),
])
def test_an_origin_said_beside_a_language_stays(text: str, lang: str) -> None:
    assert _ethnicity(text, lang) != []

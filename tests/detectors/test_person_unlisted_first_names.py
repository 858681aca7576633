"""PERSON: a first name no gazetteer lists, standing alone after its full name appeared
("Chidi Okonkwo" ... "Chidi"), names of many origins, Dutch and English, at a sentence's
start and inside one; a common word opening a found name does not spread (synthetic names)."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "alone"), [
    ("Gesprek met Chidike Okonkwo over zijn contract. Later wil Chidike meer uren.", "nl",
     "Chidike"),
    ("Dhr. Tadesse Gebremariam belde om negen uur. Tadesse verhuist volgende maand.", "nl",
     "Tadesse"),
    ("Intake met mevrouw Nguyet Tranh afgerond; volgens Nguyet is de planning haalbaar.", "nl",
     "Nguyet"),
    ("Reference for Oluwaseyi Adeyemi-Balogun. In two years Oluwaseyi never missed a shift.",
     "en", "Oluwaseyi"),
    ("Sollicitant: Bogdanka Wiśniewska.\nBogdanka heeft ervaring als orderpicker.", "nl",
     "Bogdanka"),
    ("De heer Gheorghiță Popescu is gestart. Op vrijdag belde Gheorghiță ziek.", "nl",
     "Gheorghiță"),
    ("We spoke with Ms. Thandeka Mbatha today; Thandeka's notice period is a month.", "en",
     "Thandeka"),
    ("Kandidaat Yerlan Abenov (heftruck). Met Yerlan afgesproken dat hij maandag start.", "nl",
     "Yerlan"),
])
def test_an_unlisted_first_name_alone_after_its_full_name(text: str, lang: str,
                                                          alone: str) -> None:
    found = _names(text, lang)
    assert found.count(alone) == 1 and len(found) == 2


def test_a_common_word_is_no_first_name_to_repeat() -> None:
    # "Zorg" opens no name found in full, so "Zorg" in the next sentence stays a word
    text = "Contactpersoon: Kees Bakker, Zorg Bakker BV.\nZorg is onze kern."
    assert "Zorg" not in _names(text)


# (text, lang, the first word of a weak full name, which must not repeat surer than it)
@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Meeting with Microsoft Jones. Microsoft will call.", "en", "Microsoft"),
    ("Jira Bakker maakte het aan. Jira ticket staat open.", "nl", "Jira"),
    ("Aegon Bakker belde. Aegon betaalt uit.", "nl", "Aegon"),
    ("Hoofddorp Bakker belde. Hoofddorp is ver.", "nl", "Hoofddorp"),
    ("Gesprek met Synology Jansen. Synology levert de schijven.", "nl", "Synology"),
])
def test_a_weak_full_names_unlisted_first_word_does_not_spread(
        text: str, lang: str, word: str) -> None:
    full = [d for d in detect(text, lang) if d.entity == "PERSON" and d.start == 0
            or text[d.start:d.end].startswith(word + " ")]
    alone = [d for d in detect(text, lang) if d.entity == "PERSON"
             and text[d.start:d.end] == word]
    assert all(d.score <= max((f.score for f in full), default=0.0) for d in alone)
    assert not [d for d in alone if d.score > 0.6]

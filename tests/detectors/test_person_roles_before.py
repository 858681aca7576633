"""PERSON (prose model): a role only a person holds, or a form of address, right before a
name takes a person (person_model.toml ``roles_before``), capitalised at a sentence's start
too ("Coach Verbeek belt", "Tante Hendriks heeft"); a common word, a place or a department
after one ("coach Logistiek", "trainer Noord", "trainer West") stays no name, and roles that
name a team as often (teamleider, planner) are not read so. Foreign forms of address
("Sra.", "Mme") are titles."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Tante Hendriks heeft de kinderen opgehaald.", "nl", "Hendriks"),
    ("Coach Verbeek belt morgen terug.", "nl", "Verbeek"),
    ("Trainer Mulder geeft de cursus heftruck.", "nl", "Mulder"),
    ("Stagiair Demir start maandag op de afdeling.", "nl", "Demir"),
    ("Gisteren was chauffeur Pietersen te laat bij het depot.", "nl", "Pietersen"),
    ("Uitzendkracht Wouters belt de klant over de ploegen.", "nl", "Wouters"),
    ("Yesterday our driver Kowalski reported a broken mirror.", "en", "Kowalski"),
    ("Please ask nurse Adeyemi about the night shifts.", "en", "Adeyemi"),
    # (stop 67) the service, hotel and transport trades a log names one person by
    ("Night log: boiler pressure low, engineer Verbeek comes at eight.", "en",
     "Verbeek"),
    ("Boiler leak in room 12, mechanic Kuipers informed.", "en", "Kuipers"),
    ("Storing kassa - technicus Wouters gebeld, komt morgen.", "nl", "Wouters"),
    ("Estimada Sra. García, gracias por su carta.", "es", "García"),
    ("Chère Mme Lefebvre, merci pour votre candidature.", "fr", "Lefebvre"),
])
def test_name_after_a_role(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("De coach Logistiek belt morgen.", "nl"),
    ("Trainer Noord is afwezig deze week.", "nl"),
    ("Vraag het de trainer Zuid, niet de trainer West.", "nl"),
    ("Docent Engels geeft les op dinsdag.", "nl"),
    ("Manager Operations heeft het budget goedgekeurd.", "nl"),
    ("De recruiter Techniek zoekt lassers.", "nl"),
    ("Medewerker Klantenservice gezocht.", "nl"),
    ("Our trainer Excel session starts at ten.", "en"),
])
def test_no_name_after_a_role(text: str, lang: str) -> None:
    assert _names(text, lang) == []

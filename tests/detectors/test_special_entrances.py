"""SPECIAL_BIOMETRIC: a way in right after the term ("gezichtsherkenning bij de poort", "face
recognition at the turnstile") is the check of everyone who passes, no one's data, as a way
in before it already was ("Poort Noord werkt met gezichtsherkenning"); a person enrolled or
whose template is stored stays. Cases written here; special-doctype-rules-37 showed the
kind."""

from __future__ import annotations

import pytest

from detectors import detect


def _biometric(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "SPECIAL_BIOMETRIC"]


@pytest.mark.parametrize(("text", "lang"), [
    (("Werkbon 4471\nLet op: gezichtsherkenning bij het draaihek - bezoekers melden zich bij "
     "de receptie.\nOpgesteld door: M. Bakker"), "nl"),
    (("Levering vrijdag 06:00.\nLet op: gezichtsherkenning bij de poort - chauffeurs melden "
     "zich bij de portier met rijbewijs.\nBesteld door: K. Wouters (uitvoerder)"), "nl"),
    (("Note: face recognition at the gate - drivers report to the gatehouse with their "
     "licence.\nOrdered by: K. Wouters"), "en"),
])
def test_a_check_at_a_way_in_is_no_ones_data(text: str, lang: str) -> None:
    assert _biometric(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Medewerker Sanne Visser is geregistreerd met gezichtsherkenning bij de poort.", "nl"),
    ("Mijn vingerafdruk is opgeslagen in de terminal bij de ingang.", "nl"),
])
def test_a_persons_enrolment_at_a_way_in_stays(text: str, lang: str) -> None:
    assert _biometric(text, lang) != []

"""Special categories: words quoted in a case put to the reader ("When you hear a reason
("I'm pregnant"), leave it out") are what anyone might say, no one's statement
(special_rules._quoted_example). A person's own words, quoted in a report, stay theirs.
Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _categories(text: str, lang: str) -> set[str]:
    return {d.entity for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize(("text", "lang"), [
    (("Work instruction - booking line\n\n1. Ask for the customer number.\n"
      "2. When you hear a reason from a customer (\"my dialysis runs late again\"), leave it "
      "out of the booking.\n"), "en"),
    (("Werkinstructie klantenservice\n\n1. Vraag het klantnummer.\n"
      "2. Als je van een klant een reden hoort (\"mijn chemo is uitgelopen\"), laat die weg "
      "uit de boeking.\n"), "nl"),
])
def test_words_in_a_case_put_to_the_reader_state_nothing(text: str, lang: str) -> None:
    assert "SPECIAL_HEALTH" not in _categories(text, lang)


def test_a_persons_quoted_words_in_a_report_stay() -> None:
    text = ("Gespreksverslag verzuim\nMedewerker: Dilara Koçak\n\n"
            "Dilara vertelde: \"ik ben sinds maandag ziek door mijn hernia\". Ze hoopt eind "
            "van de maand weer te beginnen.\n")
    assert "SPECIAL_HEALTH" in _categories(text, "nl")

"""Special categories under a notice's headings: "Religie: als een feestdag ..." and
"Biometrics: we never store ..." open sentences to any reader, not a field's value about one
person, and a privacy notice about no one states nothing by them. A field's value stays one
(an incident's "Injury: ..."). Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _categories(text: str, lang: str) -> set[str]:
    return {d.entity for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize(("text", "lang"), [
    (("Privacyverklaring medewerkers - Bakkerij De Korenschoof\n\n"
      "Gezondheid: u meldt alleen dat u ziek bent, de reden houdt u voor uzelf.\n\n"
      "Religie: als een feestdag belangrijk voor je is, geef het in januari door aan de "
      "planning.\n\nBiometrie: wij slaan geen vingerafdruk of gezichtsprofiel op.\n"), "nl"),
    (("Staff privacy notice - Harbour Bakeries\n\n"
      "Religion: if a religious holiday matters to you, tell your planner in January.\n\n"
      "Biometrics: we never store a template of a face or a finger.\n"), "en"),
])
def test_a_notices_headings_state_nothing(text: str, lang: str) -> None:
    assert _categories(text, lang) == set()


def test_a_fields_value_stays_a_statement() -> None:
    text = ("Incident report - bakery North\nInjured person: Ekua Mensah, oven operator\n"
            "Injury: burn on the right forearm, treated at the first-aid post, off work for a "
            "week.\n")
    assert "SPECIAL_HEALTH" in _categories(text, "en")

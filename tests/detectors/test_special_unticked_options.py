"""Special categories in a form's option whose box is empty: the option was not chosen,
however far into its line the term stands ("[ ] Akkoord dat de kloklezer een sjabloon van
mijn duim bewaart") and on a wrapped option's next line. A ticked option still states it,
and so does a term after the ticked box on a line that also holds an empty one. Cases
written here; names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect

CONSENT = ("INSCHRIJVING KLOKSYSTEEM - bakkerij Noord\nNaam: {name}\nPersoneelsnr: 40817\n\n"
           "Mijn keuze (aankruisen):\n{options}\n\nDatum: 14-05-2026     Paraaf: ________\n")


def _categories(text: str, lang: str = "nl", record: bool = True) -> set[str]:
    return {d.entity for d in detect(text, lang, record=record)
            if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize("options", [
    ("[ ] Akkoord dat de kloklezer een biometrisch sjabloon van mijn duim bewaart.\n"
     "[ ] Niet akkoord: ik klok met een druppel."),
    ("[ ] inklokken met handpalmscan (het sjabloon van mijn hand wordt bewaard in de\n"
     "    kloklezer zelf en gewist na mijn laatste werkdag)\n[x] inklokken met een druppel"),
    ("☐ Ik wil inklokken met mijn vingerafdruk (biometrisch sjabloon op de klok)\n"
     "☒ Ik klok in met mijn pas"),
])
def test_an_unticked_option_states_nothing(options: str) -> None:
    text = CONSENT.format(name="Wiebe Hoekstra", options=options)
    assert "SPECIAL_BIOMETRIC" not in _categories(text)


def test_an_unticked_option_in_english_states_nothing() -> None:
    text = ("TIME CLOCK ENROLMENT - bakery North\nName: Ekua Mensah\n\nMy choice:\n"
            "( ) Yes, the clock may keep a biometric template of my thumb.\n"
            "(x) No, I clock in with a fob.\n")
    assert "SPECIAL_BIOMETRIC" not in _categories(text, "en")


@pytest.mark.parametrize("options", [
    ("[x] Akkoord dat de kloklezer een biometrisch sjabloon van mijn duim bewaart.\n"
     "[ ] Niet akkoord: ik klok met een druppel."),
    "[ ] Niet akkoord.  [x] Akkoord: mijn vingerafdruk (biometrisch sjabloon) mag op de klok.",
])
def test_a_ticked_option_still_states_it(options: str) -> None:
    text = CONSENT.format(name="Wiebe Hoekstra", options=options)
    assert "SPECIAL_BIOMETRIC" in _categories(text)

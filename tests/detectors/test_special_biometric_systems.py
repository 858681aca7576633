"""A biometric term that is itself the data ("irisscan", "gezichtsscan") describes a system
when its clause names no one: someone's data only where its own sentence names them. The
attendees of minutes above it are no one's template."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from tests.detectors.found import found

MINUTES = ("Notulen ondernemingsraad, 12 mei\n"
           "Aanwezig: Joost (vz), Femke (secr.), Hamid, Lotte; namens de directie: mw. Verhagen\n\n")


@pytest.mark.parametrize("item", [
    ("2. Toegang bij klanten\nEen deel van de klanten gebruikt een irisscan. De OR vraagt om "
    "een pas als alternatief."),
    ("2. Toegang\nSinds maart is er een gezichtsscan bij de hoofdingang van het depot. De OR is "
    "niet gevraagd."),
    "4. Kluisjes\nVoor de kluisjes komt een handpalmscan, met een code als alternatief.",
])
def test_a_system_in_minutes_is_no_ones_data(item: str) -> None:
    assert found(MINUTES + item, "SPECIAL_BIOMETRIC") == []


@pytest.mark.parametrize("text", [
    MINUTES + "3. Biometrie\nFemke heeft bij de inlener een irisscan laten vastleggen en wil "
    "die laten verwijderen.",
    ("Melding 12\nBetreft: Daan Verschuur\nDaan is om 02:40 via zijn gezichtsprofiel bij de "
    "achterdeur herkend."),
    "Ik heb voor de toegang een irisscan laten maken bij de beveiliging.",
])
def test_a_persons_own_scan_stays(text: str) -> None:
    assert found(text, "SPECIAL_BIOMETRIC") != []


@pytest.mark.parametrize("text", [
    "Hij krijgt een laptop met gezichtsherkenning, dus hij hoeft geen wachtwoord te onthouden.",
    "Gevonden: zwarte telefoon, ontgrendelt met vingerafdruk, ligt bij de receptie.",
])
def test_a_devices_own_unlock(text: str) -> None:
    assert found(text, "SPECIAL_BIOMETRIC") == []


def test_a_template_enrolled_on_a_laptop_stays() -> None:
    text = ("IT enrolled fingerprint login on his laptop; his fingerprint template is stored "
            "in the company's access system.")
    assert found(text, "SPECIAL_BIOMETRIC", "en") != []


@pytest.mark.parametrize("item", [
    # a scan at the way in that its owner extends: the gate's check, no one's template
    ("2. Toegang kades\nDe havenbeheerder voert de hand- en irisscan bij het draaihek in op "
     "alle kades; uitzendkrachten schrijven zich in bij de portier."),
    ("2. Magazijn\nVanaf juni geldt de vingerafdruk- en gezichtsscan bij de slagboom voor "
     "alle chauffeurs; wie bezwaar heeft, meldt zich bij HR."),
])
def test_a_scan_at_the_gate_is_the_gates(item: str) -> None:
    assert found(MINUTES + item, "SPECIAL_BIOMETRIC") == []


def test_scans_in_the_plural_are_a_kind_of_check() -> None:
    text = "Entry to the yard is checked with palm scans at the barrier."
    assert [m.entity for m in find_special(text, "en")] == []


@pytest.mark.parametrize("text", [
    "ECT stores this biometric data for the port.",
    "KLM keeps the biometric data of its crews for two years.",
])
def test_an_acronym_is_no_ones_name(text: str) -> None:
    assert find_special(text, "en") == []


def test_a_name_before_the_data_stays() -> None:
    text = "Anouk is the owner of this biometric data."
    assert [m.entity for m in find_special(text, "en")] == ["SPECIAL_BIOMETRIC"]

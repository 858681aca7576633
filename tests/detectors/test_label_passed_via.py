"""Labels: a decoy word after a preposition says how a value came ("BSN opgegeven over de
telefoon:", "bsn per mail ontvangen:") or through whom, not what kind of number it is; the
BSN word before it stays the label, also where the label read before the value begins past
that word ("Burgerservicenummer via de telefoon gekregen:"). A number the label names as
another kind stays no BSN. Cases written here (11-check numbers generated)."""

from __future__ import annotations

import pytest

from detectors import detect


def _entities(text: str) -> set[str]:
    return {d.entity for d in detect(text, "nl", document=True)}


@pytest.mark.parametrize("text", [
    "Burgerservicenummer via de telefoon gekregen: 111222333",
    "- BSN opgegeven over de telefoon: 123456782 (nog nakijken met ID)",
    "Intake\n\n- geboren 03-04-1991\n- BSN gekregen via de telefoon: 123456782 (nog checken)",
    "BSN received over the phone: 123456782",
])
def test_a_bsn_passed_by_phone_or_mail_is_found(text: str) -> None:
    assert "NL_BSN" in _entities(text)


@pytest.mark.parametrize("text", [
    "Telefoon: 123456782",
    "Ordernummer via de klant: 123456782",
    "BSN, telefoon: 123456782",
    "Klantnummer doorgegeven per telefoon: 123456782",
])
def test_a_number_of_another_kind_stays_no_bsn(text: str) -> None:
    assert "NL_BSN" not in _entities(text)


@pytest.mark.parametrize(("text", "entity"), [
    ("Geboortedatum doorgegeven aan de telefoon: 12-03-1988", "DATE_OF_BIRTH"),
    ("IBAN via de telefoon: NL91ABNA0417164300", "IBAN_CODE"),
])
def test_other_labels_read_the_same(text: str, entity: str) -> None:
    assert entity in _entities(text)

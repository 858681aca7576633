"""Issue #14, a label and its value parted by what forms and letters put between them: an
aside in brackets that says where to find the number ("Burgerservicenummer (zie uw
paspoort): ...", "Mijn BSN, zoals gevraagd, is ..."), on the value's line or on the label's
line above it; and the blank a
value was written into ("___111222333___"). The label before the aside decides, decoy or not."""

from __future__ import annotations

import pytest

from detectors import detect

BSN = "232262536"


def _found(text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity]


@pytest.mark.parametrize("text", [
    f"Burgerservicenummer (staat op uw paspoort, ID-kaart of rijbewijs)\n{BSN}",
    f"BSN (9 cijfers, zie achterzijde ID-kaart): {BSN}",
    (f"BSN (zoals bekend bij de Belastingdienst en UWV, zie ook uw loonstrook of jaaropgaaf "
    f"van vorig jaar): {BSN}"),
    f"> Sofinummer/BSN (oude loonstroken: 'sofinr.')\n>\n> {BSN}",
    f"Haar BSN (volgens de kopie van haar ID-kaart) is {BSN}.",
    f"Mijn BSN, zoals gevraagd, is {BSN}.",
])
def test_a_bsn_label_with_an_aside_before_its_value(text: str) -> None:
    assert _found(text, "NL_BSN") == [BSN]


@pytest.mark.parametrize("text", [
    f"Personeelsnummer (niet uw BSN): {BSN}",
    f"Relatienummer (dit is niet uw burgerservicenummer, zie paspoort):\n{BSN}",
    f"Kenmerk (vermeld dit bij betaling, niet uw BSN): {BSN}",
    f"Personeelsnummer, niet het BSN, is {BSN}",
    f"Het ordernummer (dus niet uw BSN) is {BSN}",
])
def test_a_decoy_label_with_an_aside_that_names_the_bsn(text: str) -> None:
    assert _found(text, "NL_BSN") == []


@pytest.mark.parametrize(("text", "entity", "value"), [
    (f"Burgerservicenummer ___{BSN}___", "NL_BSN", BSN),
    ("Geboortedatum: ____12-03-1988____   Handtekening: ____________", "DATE_OF_BIRTH",
     "12-03-1988"),
    ("Naam: ___J. de Boer___\nGeb. datum (dd-mm-jjjj) ______03-11-1979\n", "DATE_OF_BIRTH",
     "03-11-1979"),
])
def test_a_value_written_into_a_blank(text: str, entity: str, value: str) -> None:
    assert _found(text, entity) == [value]


def test_underscores_inside_an_address_are_no_blank() -> None:
    text = "Mail: piet___1985@voorbeeld.nl"
    assert _found(text, "EMAIL_ADDRESS") == ["piet___1985@voorbeeld.nl"]

"""A number is no BSN where its list's heading or its holder's short form names its kind:
"Keuringsnummers:⏎- ...: 123456782", "(emp 123456782)"."""

from __future__ import annotations

import pytest

from tests.detectors.found import found

# 11-check-valid numbers, no one's
A, B = "123456782", "111222333"
BLOCK = "Voor Jelle Dijkstra en Arjun Sewnath (geboren 12-03-1990, Dorpsstraat 4, Ede):\n"


@pytest.mark.parametrize("text", [
    BLOCK + f"Keuringsnummers:\n- gebouw Noord, installatie 2: KN {A}\n- hoofdkantoor, installatie 7: {B}\n",
    BLOCK + f"Werkbonnummers:\n1. Keuken Dijkstra {A}\n2. Badkamer Sewnath {B}\n",
    BLOCK + f"Polisnummers:\n• aansprakelijkheid: {A}\n• rechtsbijstand: {B}\n",
])
def test_a_list_under_another_kind_holds_no_bsn(text: str) -> None:
    assert found(text, "NL_BSN") == []


@pytest.mark.parametrize("text", [
    f"name  : Tom Vos (emp {A})\nbsn   : {B}\n",
    f"name: Tom Vos (empl. {A})\nBSN: {B}\n",
])
def test_an_employee_short_form_names_a_record_number(text: str) -> None:
    assert found(text, "NL_BSN") == [B]


@pytest.mark.parametrize("text", [
    f"Nieuwe medewerkers\nBSN-nummers:\n- Jelle Dijkstra: {A}\n- Arjun Sewnath: {B}\n",
    f"Burgerservicenummers:\n1. Jelle Dijkstra {A}\n2. Arjun Sewnath {B}\n",
])
def test_a_list_under_a_bsn_heading_holds_bsns(text: str) -> None:
    assert found(text, "NL_BSN") == [A, B]

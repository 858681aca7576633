"""Kinds the set read at stop 53 showed (identifiers-44), each tested with cases of our own
(synthetic names, 11-check-valid numbers made for this file):

- an English system's column or field "citizen_no" / "citizen number" is the BSN's label
  (short for "citizen service number");
- a batch named by a compound ("Boekingsbatch", "Importbatch:") has a number of its own,
  as an order or a contract does: that number is no BSN.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == entity]


@pytest.mark.parametrize("text, bsn", [
    ("client_id\tname\tcitizen_no\tdob\n40021\tVos, Anna\t816609068\t1990-04-02\n", "816609068"),
    ("employee;citizen number;start\nDemir, Okan;820660371;2026-01-05\n", "820660371"),
    ("Please confirm the citizen no. of the new starter: 504788917.\n", "504788917"),
])
def test_citizen_no_labels_a_bsn(text: str, bsn: str) -> None:
    assert bsn in _found(text, "NL_BSN", "en"), text


@pytest.mark.parametrize("text", [
    "Naam: Femke de Wit\nGeboortedatum: 12-03-1991\nBoekingsbatch: 904903977\n",
    "Importbatch 492035684 verwerkt op 02-11, 14 regels, geen fouten.\n",
    "Payment batch ref / Betaalbatch: 172031369 (salarissen week 45)\n",
])
def test_a_batch_compounds_number_is_no_bsn(text: str) -> None:
    assert _found(text, "NL_BSN") == [], text


def test_a_bsn_beside_a_batch_is_still_found() -> None:
    text = "Betaalbatch: 218261792\nBSN werknemer: 499371148\n"
    assert _found(text, "NL_BSN") == ["499371148"]

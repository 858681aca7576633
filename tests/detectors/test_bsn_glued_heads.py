"""NL_BSN: a compound glued on a thing with a number of its own names that number (stop 41,
context.toml [NL_BSN] glued_heads): "WERKORDER", "Transportopdracht", "Huurcontract",
"Deurwaardersdossier" before an eleven-check number, even beside a driver's name and
address, is no BSN. A BSN label or a bare number in a details block still is one. Numbers
generated 11-check-valid."""

from __future__ import annotations

import random

import pytest

from detectors import detect
from tests.eval.synth import bsn


def _bsns(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language="nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("template", [
    "WERKORDER {n}            Garage Noord\nMonteur: Sem de Boer, Dorpsstraat 4, 8441 AB Heerenveen",
    "Transportopdracht {n}\nChauffeur: Ilse Vos, geboren 03-04-1990, Kerkweg 2, Gouda",
    "Huurcontract: {n} (kamer 3, Beukenlaan 12, Venlo)",
    "Deurwaardersdossier {n} - beslag op loon van dhr. K. Smit, Laan 5, Zwolle",
    "Zorgpolis {n}, verzekerde: A. Bakker, 12-05-1988",
])
def test_a_number_after_a_compound_of_another_thing_is_no_bsn(template: str) -> None:
    assert _bsns(template.format(n=bsn(random.Random(411)))) == []


@pytest.mark.parametrize("template", [
    "BSN: {n}\nWerkorder volgt",
    "Naam: P. Vos, Kerkweg 2, 1234 AB Gouda, geboren 3-4-1990, {n}",
])
def test_a_bsn_label_or_a_details_block_still_names_a_bsn(template: str) -> None:
    n = bsn(random.Random(412))
    assert _bsns(template.format(n=n)) == [n]

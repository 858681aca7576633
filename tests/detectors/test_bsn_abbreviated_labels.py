"""NL_BSN: an eleven-check number after a shortened label of another kind is no BSN (stop 40).

A label shortened with a full stop ("huurovk." for huurovereenkomst, "contr.", "ref.") and a
purchase order's acronym ("PO 726601044") name their number as the word in full would; a BSN
label shortened so ("Burgerservicenr.", "Sofinr.", "BSN-nr.") still names a BSN, and a bare
number in a block of personal details is still one. Numbers generated 11-check-valid.
"""

from __future__ import annotations

import random

import pytest

from detectors import detect
from tests.eval.synth import bsn


def _bsns(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language="nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("template", [
    "[x] Huisvesting: Kerkstraat 88 kamer 4, huurovk. {n}",
    "Zie contr. {n} voor de voorwaarden van de inhuur.",
    "Graag ref. {n} vermelden bij betaling.",
    "Your PO {n} covers weeks 49-50.",
    "Inkooporder {n} is goedgekeurd door de klant.",
    "Purchase order {n}: 12 order pickers, night shift.",
])
def test_a_number_after_a_shortened_label_of_another_kind_is_no_bsn(template: str) -> None:
    assert _bsns(template.format(n=bsn(random.Random(312)))) == []


@pytest.mark.parametrize("template", [
    "Burgerservicenr. {n}",
    "Sofinr. {n}",
    "BSN-nr. {n}",
    "Naam: P. Vos, Kerkweg 2, 1234 AB Gouda, geboren 3-4-1990, {n}",
])
def test_a_bsn_label_shortened_or_a_details_block_still_names_a_bsn(template: str) -> None:
    n = bsn(random.Random(313))
    assert _bsns(template.format(n=n)) == [n]

"""NL_BSN (issue #14, stop 69): a BSN word that is the subject of the number's sentence,
with a phrase on whose BSN it is between it and the verb ("Het BSN van het juiste
personeelsdossier is ...", "Zijn BSN op de scan van zijn verblijfspas is ...", "Her BSN on
the scan of her residence card is ..."): the document or file word in the phrase says whose
BSN, not what kind the number is (nl_bsn_kinds.bsn_subject_before). A number word of its
own or a comma in between ("..., het factuurnummer is ...") leaves the number another kind.
Numbers generated 11-check-valid; cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    ("Het BSN van het juiste personeelsdossier is 526435215, de dubbele is verwijderd.", "nl"),
    ("Zijn BSN op de scan van zijn verblijfspas is 526435215.", "nl"),
    ("Her BSN on the scan of her residence card is 526435215, please update payroll.", "en"),
])
def test_a_bsn_subject_with_a_phrase_labels_the_number(text: str, lang: str) -> None:
    assert found(text, "NL_BSN", lang) == ["526435215"]


@pytest.mark.parametrize("text", [
    "Het BSN van de klant staat niet op de factuur, het factuurnummer is 526435215.",
    "Het BSN van de klant in ons systeem met klantnummer is 526435215.",
])
def test_a_number_word_or_a_comma_between_leaves_another_kind(text: str) -> None:
    assert found(text, "NL_BSN", "nl") == []

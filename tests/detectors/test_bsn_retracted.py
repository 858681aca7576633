"""NL_BSN taken back: a number given as the BSN, then named another kind of number by the
writer's own correction in the words after it (nl_bsn_retracted.py). Synthetic 11-check
numbers."""

from __future__ import annotations

import pytest

from detectors import detect

N = "217087255"


def _bsns(text: str, lang: str = "nl") -> list[str]:
    return [d.normalized for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize("text, lang", [
    (f"My BSN {N}?? no sorry that is the letter number.", "en"),
    (f"> BSN: {N} -- nee wacht, dit is mijn personeelsnummer", "nl"),
    (f"Burgerservicenummer {N}. Oeps, dat is het dossiernummer van de gemeente.", "nl"),
    (f"Her BSN is {N} - sorry, that's her client number, will ask again", "en"),
    (f"bsn {N}\n> nee sorry dat is het klantnummer", "nl"),
    (f"Sofinummer: {N} (correctie: dat is het polisnummer)", "nl"),
    (f"citizen service number {N}, oops it is the order number", "en"),
    (f"BSN {N}? Nee, dit is zijn relatienummer bij de bank.", "nl"),
])
def test_a_number_taken_back_is_no_bsn(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    (f"BSN {N}, dat is het juiste nummer.", "nl"),  # confirmed, not taken back
    (f"My BSN {N}. No, that is correct, I checked my passport.", "en"),
    (f"BSN: {N}\nSorry voor de late reactie, dat is de drukte.", "nl"),  # no kind named
    (f"BSN {N}. Het dossiernummer volgt later.", "nl"),  # no retraction
])
def test_a_bsn_kept(text: str, lang: str) -> None:
    assert _bsns(text, lang) == [N]


M = "452228815"  # (generated, 11-check valid)


@pytest.mark.parametrize("text, lang", [
    # a plain line's end ends the words read: the next field or sentence is not the writer's
    # correction of the number
    ((f"BSN: {M}\nEigen vervoer: nee\nHet is belangrijk dat het klantnummer op elke factuur "
      "staat."), "nl"),
    (f"Burgerservicenummer {M}\nHeeft u een auto? No\nIt is the contract number 4711", "en"),
    (f"BSN: {M}\n> Rijbewijs: nee\n> het is het klantnummer dat telt", "nl"),  # a field line
    # a question between the number and the retraction
    (f"BSN {M}, heeft u ook een rijbewijs? Nee, dat is het klantnummer van mijn vader.",
     "nl"),
    # the other kind negated, the BSN named in the retraction's clause
    (f"BSN: {M} (nee, dat is niet mijn personeelsnummer maar mijn BSN)", "nl"),
    (f"My BSN is {M} - no, it is not the order number, it is my BSN.", "en"),
])
def test_a_labelled_bsn_kept_past_another_line(text: str, lang: str) -> None:
    assert _bsns(text, lang) == [M]


@pytest.mark.parametrize("text, lang", [
    # (stop 45) a line cut after a comma by the writer's wrap runs on into the correction
    ((f"Payroll asked for my BSN, can I mail it? It is {M}... sorry, no,\nthat is my old "
      "student number. I will look it up tonight."), "en"),
    (f"Mijn BSN is {M}, oh nee wacht,\ndat is het nummer van mijn bibliotheekpas.", "nl"),
])
def test_a_correction_wrapped_onto_the_next_line(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # a line that ends on a comma, then a new sentence that names no kind: kept
    (f"Mijn BSN is {M},\nmet vriendelijke groet, Sanne", "nl"),
    (f"BSN: {M},\nSorry voor de late reactie, dat is de drukte.", "nl"),
])
def test_a_bsn_before_a_wrapped_line_that_takes_nothing_back(text: str, lang: str) -> None:
    assert _bsns(text, lang) == [M]


# (stop 70) "Fout"/"wrong"/"verkeerd" take a number back as "nee" does, and an access badge
# is a kind of number ("dat is de badge van ..."). Twins: an error said of something else
# ("fout in het systeem, dat is hersteld") names no kind; "Badge" is no BSN word.
@pytest.mark.parametrize("text, lang", [
    (f"BSN: {M} ?? -> fout, dat is de badge van Kees Wolterink", "nl"),
    (f"BSN {M} - wrong, that is his badge number", "en"),
    (f"Burgerservicenummer {M}: verkeerd, dit is het lidnummer", "nl"),
    (f"Badge: {M}", "nl"),
])
def test_a_number_called_wrong_or_a_badge_is_no_bsn(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    (f"BSN: {M} (fout in het systeem, dat is inmiddels hersteld)", "nl"),
    (f"BSN {M} - my first try was wrong, this is my proper payroll number", "en"),
])
def test_an_error_said_of_something_else_keeps_the_bsn(text: str, lang: str) -> None:
    assert _bsns(text, lang) == [M]

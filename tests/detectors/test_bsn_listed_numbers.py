"""Issue #14, registry and client numbers as BSN decoys: a number listed after a number
with a label of its own that names another kind is that kind too ("Klantnummers: A, B en
C"); the list's label names every item. A list under a BSN label stays a list of BSNs, and
a CSV row's fields are no list. Numbers generated 11-check-valid, none real."""

from __future__ import annotations

import pytest

from detectors import detect

# 11-check-valid, generated (random.seed(37))
A, B, C, D, E, F, G, H = ("180694522", "683760099", "786326177", "341441508", "253700747",
                          "608983020", "658913402", "109110134")


def _bsns(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


# each beside a person's details (name, phone, e-mail, birth date), where a bare number is
# read as a BSN; labels of no number word the detector knows (the kind is the list, not the
# word)
_NL = ("Sanne de Wit, tel. 06-12345678, e-mail sanne.dewit@voorbeeld.nl, geboortedatum "
       "03-04-1990.\nZij wordt voorgesteld. ")
_EN = ("Grace Mensah, phone 06-12345678, email grace.m@voorbeeld.nl, date of birth "
       "11-02-1992.\nShe starts Monday. ")


@pytest.mark.parametrize(("text", "lang"), [
    (f"{_NL}Referenties: {A} / {B} / {C}.", "nl"),
    (f"{_NL}Kenmerken: {D} en {E}.", "nl"),
    (f"{_EN}Our refs: {F} & {G} & {H}.", "en"),
    (f"{_NL}Interne codes: {A}, {E} en {G} (drie vestigingen)", "nl"),
    (f"{_EN}References we hold: {A[:3]} {A[3:6]} {A[6:]} / {B[:3]} {B[3:6]} {B[6:]}", "en"),
    (f"{_EN}Keys: {C}, {D}, {E}", "en"),
    (f"{_NL}Onze refs: {E} & {F}", "nl"),
    (f"{_EN}Record IDs (care system): {G} and {H}.", "en"),
    (f"{_EN}Roster keys: {A}, {B}, {C}, {D}.", "en"),
    (f"{_NL}Codes planning: {C} of {D}", "nl"),
])
def test_a_list_named_as_another_kind_holds_no_bsn(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize(("text", "want"), [
    (f"BSN's van de kinderen: {A}, {B} en {C}.", [A, B, C]),
    (f"Burgerservicenummers: {D} / {E}", [D, E]),
    (f"Sofinummer werknemer: {F}, partner: {G}", [F, G]),
    (f"Naam: Sanne de Wit\nAdres: Lindelaan 4, Zwolle\nGeboren: 03-04-1990\n{H}, {A}", [H, A]),
    (f"bsn;klantnr\n{B};12345\n{C};12346", [B, C]),  # a CSV row's fields: no list
])
def test_a_list_under_a_bsn_label_stays_bsns(text: str, want: list[str]) -> None:
    assert _bsns(text) == want

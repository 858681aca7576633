"""Issue #14, in running text: a number that a noun phrase of its sentence names as another
kind of number (an application, order, file, staff number...) is no unlabelled BSN, even
in a sentence full of personal details; a BSN word that is denied ("niet het BSN") or stands
in an earlier sentence labels nothing. A BSN named as one stays one."""

from __future__ import annotations

import pytest

from detectors import detect

N = "123456782"  # passes the 11-check
WHO = "Jan de Vries, geboren 01-02-1990, Kerkstraat 1, 1234 AB Utrecht"
WHO_EN = "Jan de Vries, born 01-02-1990, Kerkstraat 1, 1234 AB Utrecht"


def _bsns(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("text", "lang"), [
    # the kind earlier in the sentence, a function word between it and its number
    (f"Bedankt voor je sollicitatie met nummer {N}. {WHO}.", "nl"),
    (f"{WHO}. Bij de aanvraag stond het nummer {N} vermeld.", "nl"),
    # the kind as a noun before the bracketed number, a compound on a kind too
    (f"{WHO}. Zijn sollicitatie ({N}) is binnen.", "nl"),
    (f"{WHO} meldde zich ziek; zijn ziekmelding ({N}) is verwerkt.", "nl"),
    # a BSN word that is denied
    (f"Personeelsnummer (dus niet het BSN!): {N}. {WHO}.", "nl"),
    (f"Staff number (not the BSN!): {N}. {WHO_EN}.", "en"),
    # a BSN word in an earlier sentence, the kind after the number
    (f"BSN gecontroleerd. In het systeem stond {N}, dat bleek zijn klantnummer.", "nl"),
    (f"We hebben zijn BSN gecontroleerd; in de mail stond {N} maar dat is het dossiernummer.",
     "nl"),
    (f"Het BSN van Jan is bekend. Op zijn contract staat {N} als personeelsnummer.", "nl"),
    (f"We checked her BSN. The portal showed {N}, which is her application number.", "en"),
    (f"Order {N} has shipped to {WHO_EN}.", "en"),
])
def test_a_number_named_as_another_kind_in_prose_is_no_bsn(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    (f"{WHO}, {N}", "nl"),
    (f"Zijn BSN is {N}, geboren 01-02-1990.", "nl"),
    (f"Het BSN van Jan de Vries staat op zijn loonstrook: {N}.", "nl"),
    (f"Ik heb het burgerservicenummer ({N}) van mevrouw Jansen gecontroleerd.", "nl"),
    (f"BSN (niet het sofinummer): {N}", "nl"),
    (f"Her BSN, {N}, was checked against her passport.", "en"),
    (f"Het nummer van zijn BSN is {N}.", "nl"),
    # an occasion named in the sentence is no label ("inschrijving" names a number only
    # right before it)
    (f"Het BSN dat hij bij zijn inschrijving gaf is {N}.", "nl"),
    (f"Zijn BSN, opgegeven bij de sollicitatie, is {N}.", "nl"),
])
def test_a_bsn_named_as_one_in_prose_stays_one(text: str, lang: str) -> None:
    assert _bsns(text, lang) == [N]

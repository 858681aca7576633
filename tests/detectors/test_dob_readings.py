"""Issue #14, DATE_OF_BIRTH: a name's particle in a row set in columns is no preposition
("A.B. van Dijk     04/07/'91" under "geb."); an address with a four-digit postcode, as
Belgium writes it and people shorten a Dutch one, makes lines of personal details; a bare
date word right before a date ("echte datum:", "the correct date:") after a birth word in
its sentence puts the birth date right."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("head", "lang"), [("geb.", "nl"), ("born", "en")])
def test_a_particle_in_a_name_cell_is_no_preposition(head: str, lang: str) -> None:
    text = (f"nr      naam                    {head:<12}bsn           iban\n"
            "10234   A. Jansen               12/03/'85   123 456 782   NL91ABNA0417164300\n"
            "10235   A.B. van Dijk           04/07/'91   111222333     NL91ABNA0417164300\n"
            "10236   P. van der Berg         1-2-1990    123456782     NL91ABNA0417164300\n")
    assert _dobs(text, lang) == ["12/03/'85", "04/07/'91", "1-2-1990"]


def test_a_four_digit_postcode_makes_a_details_block() -> None:
    text = ("Nieuwe medewerkers, graag invoeren:\n\nJ. (Johan) Bakker\n"
            "Orderpicker, Molenweg 12, 2000 Antwerpen\n12-03-1990\n123456782\n\n"
            "Mw. Fatma Yilmaz-de Boer\nHeftruckchauffeur, Stationsplein 3-A, 3511 Utrecht\n"
            "01.02.1985\n111222333\n")
    assert _dobs(text) == ["12-03-1990", "01.02.1985"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Geb.datum is onjuist in het systeem (staat 1-1-1990), echte datum: 12 oktober 1990.",
     "nl", "12 oktober 1990"),
    ("Her date of birth was wrong in the system, correct date: 12 October 1990.", "en",
     "12 October 1990"),
    ("Geboortedatum klopt niet; juiste datum 3-4-1988 volgens paspoort.", "nl", "3-4-1988"),
])
def test_a_bare_date_word_puts_the_birth_date_right(text: str, lang: str, want: str) -> None:
    assert want in _dobs(text, lang)


@pytest.mark.parametrize("text", [
    "Geb.datum klopt niet. Datum: 12 oktober 1990",
    "Startdatum 1-3-2026, datum: 12 oktober 1990",
    "Geb.datum 12-03-1985, datum in dienst 01-02-2015.",
])
def test_a_date_word_of_another_sentence_or_kind_stays_a_decoy(text: str) -> None:
    assert _dobs(text) in ([], ["12-03-1985"])

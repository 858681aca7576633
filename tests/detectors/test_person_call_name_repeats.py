"""PERSON: the name one goes by, given in quotes or brackets inside a full name, repeats
alone later (issue #14, stop 75), though it is a common word or on no list: the quotes say
it is a name. A quoted word elsewhere does not spread."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "alone"), [
    ('Onze chauffeur Tinus "Skippy" Dukker is tien jaar in dienst. Skippy, bedankt!',
     "nl", "Skippy"),
    ('Fenneke "Kraai" Dukker moved to the night shift; Kraai starts on Monday.', "en", "Kraai"),
])
def test_call_name_repeats_alone(text: str, lang: str, alone: str) -> None:
    assert alone in _people(text, lang)


def test_a_quoted_word_outside_a_name_does_not_spread() -> None:
    text = 'Het project heet "Skippy". Tinus Dukker leidt het; Skippy start in mei.'
    assert "Skippy" not in _people(text)


@pytest.mark.parametrize(("text", "lang", "alone"), [
    ('Naam: Hendrik Bosman ("Dop") belt.\nDop heeft zelf gebeld.', "nl", "Dop"),
    ("Candidate: Mr. Willem Haverkamp ('Bolt')\nBolt can start on Monday.", "en", "Bolt"),
    ('Kandidaat: Fleur Brinkman / "Pluk" belt morgen.\nPluk wil nachtdiensten.', "nl",
     "Pluk"),
])
def test_a_call_name_after_the_full_name_is_a_name(text: str, lang: str, alone: str) -> None:
    # the quotes or brackets right after a full name give the name its bearer goes by
    assert _people(text, lang).count(alone) >= 2, _people(text, lang)


def test_a_bracketed_word_after_a_name_that_is_no_first_name_is_no_call_name() -> None:
    text = "Monteur Rik Hoekstra (Leeuwarden) start maandag. Leeuwarden ligt ver."
    assert "Leeuwarden" not in _people(text)


@pytest.mark.parametrize("text", [
    "Notulen: Tessa Verkerk\n\n1. Cijfers Q4\nVerkerk licht de omzet toe.",
    "Contactpersoon: Ruben Hogerwerf, 06 51 72 93 04\nHogerwerf wacht op de offerte.",
])
def test_a_name_opening_the_line_after_a_number_repeats(text: str) -> None:
    # the digits close the line before: the repeat is no month or code beside a number
    assert _people(text).count(text.split("\n")[-1].split()[0]) == 1


@pytest.mark.parametrize(("text", "lang", "alone"), [
    ("Thanks for everything,\nWim (Willemijn Hogenboom)\n", "en", "Wim"),
    ("Groet,\nSjors (Sjoerd van der Mortel)\n\nPS: Sjors belt morgen.", "nl", "Sjors"),
])
def test_a_call_name_before_the_full_name_in_brackets(text: str, lang: str, alone: str) -> None:
    assert alone in _people(text, lang)


@pytest.mark.parametrize("text", [
    "De lijn stond stil. Onderhoud (Henk Oomkes) zet morgen een nieuwe kap.",
    "Toegewezen aan: Klantcontact (Rik Zandvliet)",
])
def test_a_department_before_a_bracketed_person_is_no_one(text: str) -> None:
    assert not {"Onderhoud", "Klantcontact"} & set(_people(text))

"""NL_BSN: a bare number right after a person the firm keeps a record of ("employee
501234567", "kandidaat 501234567") is that record's number, even with a BSN word further
back on the line or in a block of personal details; after a BSN word it is a BSN again
("BSN werknemer 123456782"). Numbers are synthetic, 11-check valid."""

from __future__ import annotations

import pytest

from detectors import detect


def _bsns(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("text", "lang"), [
    ("SYNC ERROR (BSN check): employee 725763863 not found in payroll run 2026-11.", "en"),
    ("Loonheffing terugmelding BSN\nmedewerker 725763863  naam in systeem: \"Smit, E.\"\n", "nl"),
    ("Koppeling ID-scan: gekoppeld aan kandidaat 162275869 (Bakker, Sanne) door recruiter.", "nl"),
    ("Naam: Eva Smit\nGeboortedatum: 03-04-1990\nUitzendkracht 162275869 start maandag.\n", "nl"),
])
def test_a_persons_record_number_is_no_bsn(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "bsn"), [
    ("BSN werknemer 725763863, in dienst per 1 maart.", "nl", "725763863"),
    ("BSN medewerker: 162275869", "nl", "162275869"),
    ("Employee: Eva Smit, BSN 725763863", "en", "725763863"),
])
def test_a_bsn_label_before_the_person_keeps_it_a_bsn(text: str, lang: str, bsn: str) -> None:
    assert _bsns(text, lang) == [bsn]

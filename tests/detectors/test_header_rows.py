"""Rows of values under one line of labels, read across with single spaces (issue #14): a
PDF's text layer or tesseract leaves a table of numbers so. Every row, not only the first,
takes each value's label from the header cell in its place, so a number under another
number's label stays a decoy in the second row too. Numbers are synthetic (11-check valid)."""

from __future__ import annotations

import pytest

from detectors import detect

B = ["959030657", "264519826", "245902818", "154806298", "546533784", "392968630",
     "419174618", "532657184", "867527420", "424414818"]


def _found(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("text", "lang", "found"), [
    (f"Relatienummer Burgerservicenummer\n{B[0]} {B[1]}\n{B[2]} {B[3]}\n", "nl", [B[1], B[3]]),
    (f"Burgerservicenummer Relatienummer\n{B[0]} {B[1]}\n{B[2]} {B[3]}\n", "nl", [B[0], B[2]]),
    (f"Policy number Citizen service number\n{B[4]} {B[5]}\n{B[6]} {B[7]}\n{B[8]} {B[9]}\n",
     "en", [B[5], B[7], B[9]]),
    (f"BSN Klantnummer Datum\n{B[0]} {B[1]} 01-02-2025\n{B[2]} {B[3]} 03-04-2025\n", "nl",
     [B[0], B[2]]),
    (f"Dossiernr BSN Geb.datum\n{B[4]} {B[5]} 12-03-1990\n{B[6]} {B[7]} 01-05-1985\n", "nl",
     [B[5], B[7]]),
    (f"> Contractnummer Sofinummer\n> {B[8]} {B[9]}\n> {B[0]} {B[1]}\n", "nl", [B[9], B[1]]),
    (f"Zaaknummer Burgerservicenummer\n{B[2]} {B[3]}\n{B[4]} {B[5]}\n{B[6]} {B[7]}\n", "nl",
     [B[3], B[5], B[7]]),
    (f"Employee no. BSN\n{B[8]} {B[9]}\n{B[0]} {B[1]}\n", "en", [B[9], B[1]]),
])
def test_every_row_under_a_line_of_labels(text: str, lang: str, found: list[str]) -> None:
    assert _found(text, lang) == found


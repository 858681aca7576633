"""A BSN as a page or a form leaves it (issue #14): wrapped at a line's end (with or without
a hyphen), or typed in boxes drawn with brackets or set two spaces apart. Only under a BSN
label: other numbers are wrapped and boxed as often. All numbers are synthetic (11-check)."""

from __future__ import annotations

import pytest

from detectors import detect, normalize

BSN = "419174618"


def _found(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("text", "lang", "found"), [
    (f"BSN: {BSN[:4]}\n{BSN[4:]}\n", "nl", [f"{BSN[:4]}\n{BSN[4:]}"]),
    (f"Burgerservicenummer {BSN[:5]}-\n{BSN[5:]} (zie paspoort)", "nl",
     [f"{BSN[:5]}-\n{BSN[5:]}"]),
    (f"Het sofinummer van de werknemer is {BSN[:7]}\n{BSN[7:]}.", "nl",
     [f"{BSN[:7]}\n{BSN[7:]}"]),
    (f"Citizen service number: {BSN[:4]}\n{BSN[4:]}", "en", [f"{BSN[:4]}\n{BSN[4:]}"]),
    (f"BSN: {BSN[:8]}\n{BSN[8:]}\nNaam: K. de Wit", "nl", [f"{BSN[:8]}\n{BSN[8:]}"]),
    (f"BSN: {BSN[:6]}\n{BSN[6:]};", "nl", [f"{BSN[:6]}\n{BSN[6:]}"]),
    ("BSN: [" + "][".join(BSN) + "]", "nl", ["][".join(BSN)]),
    ("Sofinummer  " + "  ".join(BSN), "nl", ["  ".join(BSN)]),
    ("Citizen service no. [" + "][".join(BSN) + "] (as on the passport)", "en",
     ["][".join(BSN)]),
    ("Burgerservicenummer:\n" + "  ".join(BSN) + "\nHandtekening:", "nl", ["  ".join(BSN)]),
])
def test_a_bsn_wrapped_or_boxed_under_its_label(text: str, lang: str, found: list[str]) -> None:
    assert _found(text, lang) == found
    assert {normalize("NL_BSN", f) for f in found} <= {BSN}


@pytest.mark.parametrize("text", [
    f"Aantal stuks {BSN[:4]}\n{BSN[4:]} geleverd",  # wrapped, no BSN label
    f"Ordernummer: {BSN[:5]}-\n{BSN[5:]}",  # wrapped under another number's label
    "Scores [" + "][".join(BSN) + "]",  # boxes, no BSN label
    "Uitslag  " + "  ".join(BSN),
])
def test_wrapped_or_boxed_digits_without_a_bsn_label(text: str) -> None:
    assert _found(text) == []


# (text) a number under a BSN label whose next line opens with digits of its own: a count, a
# house number, a list's item; or a break after fewer than four digits (a step, an item)
@pytest.mark.parametrize("text", [
    f"BSN: {BSN[:8]}\n{BSN[8:]} Kinderen\n",
    f"Burgerservicenummer: {BSN[:7]}\n{BSN[7:]} stuks ontvangen\n",
    f"BSN {BSN[:6]}-\n{BSN[6:]}e wijziging\n",
    f"Citizen service number: {BSN[:5]}\n{BSN[5:]} Main Street\n",
    f"BSN aanvragen, stap {BSN[:1]}\n{BSN[1:]}\n",
    f"Sofinummer: zie bijlage {BSN[:3]}\n{BSN[3:]}.\n",
])
def test_no_wrap_into_the_next_lines_own_digits(text: str) -> None:
    assert "\n" not in "".join(_found(text, "en" if "Citizen" in text else "nl"))


# Boxes that ran past the line's end, the rest on the next line indented to the boxes'
# column, after a form's bar, or flush (issue #14: a BSN in boxes split over a line break
# under its label).
B = " ".join(BSN)  # "4 1 9 1 7 4 6 1 8"


@pytest.mark.parametrize(("text", "lang"), [
    (f"Burgerservicenr :  {B[:11]}\n                   {B[12:]}\nIBAN:", "nl"),
    (f"BSN  {B[:15]}\n     {B[16:]}", "nl"),
    (f"| Sofinummer | {B[:7]}\n|            | {B[8:]} |", "nl"),
    (f"Citizen service number:  {B[:13]}\n  {B[14:]}", "en"),
    (f"BSN werknemer: {B[:3]}\n{B[4:]}\nGeboortedatum: 01-01-1990", "nl"),
    ((f"Burgerservicenummer (9 cijfers): {B.replace(' ', '  ')[:16]}\n   "
      f"{B.replace(' ', '  ')[17:]}"), "nl"),
    (f"BSN partner {B[:9]}\n            {B[10:]}", "nl"),
    (f"Social security no. (NL BSN): {B[:5]}\n   {B[6:]}", "en"),
])
def test_boxes_wrapped_under_a_bsn_label(text: str, lang: str) -> None:
    found = [d for d in detect(text, lang) if d.entity == "NL_BSN"]
    assert [d.normalized for d in found] == [BSN]


@pytest.mark.parametrize("text", [
    f"Punten per vraag: {B[:11]}\n                  {B[12:]}",  # scores, no BSN label
    f"Ordernummer: {B[:11]}\n             {B[12:]}",  # another number's label
    f"BSN: zie bijlage\nScores: {B[:11]}\n        {B[12:]}",  # its own line's label
])
def test_boxes_wrapped_elsewhere(text: str) -> None:
    assert [d for d in detect(text, "nl") if d.entity == "NL_BSN"] == []

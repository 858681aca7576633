"""A hyphenated surname whose later part no name list holds ("Liem-Hang": "hang" is a
Dutch word) is the person's whole surname as written, not cut at the hyphen: the pipeline
reports a name by its value, and "Denise Liem" is no value the document holds
(detectors/person.py _whole_surname). A region's or a place's part is no surname's
("Zuid-West", "Oost-Nederland"), and a firm's name after a common word stays no person's.
All names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Aanwezig: Denise Liem-Hang (planning) en Joost Mulder.\n", "Denise Liem-Hang"),
    ("Contactpersoon inlener: mw. R. Kwee-Sin, afdeling inkoop.\n", "R. Kwee-Sin"),
    ("Met vriendelijke groet,\n\nMarvin Tjong-A-Pin\nteamleider\n", "Marvin Tjong-A-Pin"),
    ("Intake gedaan door Wilma Bakker-Sew-Lo op maandag.\n", "Wilma Bakker-Sew-Lo"),
])
def test_the_whole_surname(text: str, name: str) -> None:
    assert name in _persons(text), _persons(text)


@pytest.mark.parametrize("text", [
    "Hoofdaannemer: Gerritsen Zuid-West B.V., projectbureau Schiedam.\n",
    "Van: Arbodienst Oost-Nederland, bedrijfsarts drs. K. Smit\n",
])
def test_a_regions_part_is_no_surnames(text: str) -> None:
    assert not any(p.endswith(("-West", "-Nederland")) for p in _persons(text)), _persons(text)

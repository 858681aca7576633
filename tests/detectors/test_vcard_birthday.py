"""DATE_OF_BIRTH in a vCard's BDAY field (RFC 6350 6.2.5), in every form a phone or a mail
client exports it; the card's revision date (REV) and a wedding's ANNIVERSARY beside it stay
unreported. Synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _births(text: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == "DATE_OF_BIRTH"}


@pytest.mark.parametrize(("line", "born"), [
    ("BDAY:1966-08-16", "1966-08-16"),
    ("BDAY:19731020", "19731020"),
    ("BDAY;VALUE=date:19851203", "19851203"),
    ("bday: 03-02-1990", "03-02-1990"),
])
def test_vcard_birthday(line: str, born: str) -> None:
    text = (f"BEGIN:VCARD\nVERSION:3.0\nFN:Guus Kamp\nN:Kamp;Guus;;;\n{line}\n"
            "ANNIVERSARY:20150612\nREV:2024-05-01\nEND:VCARD\n")
    assert _births(text) == {born}

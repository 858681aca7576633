"""Initials with a surname's particle in small letters (issue #14, stop 73).

"IvD", "FvdM", "KNdB" are people's initials ("I. van Dam", "F. van der Meer"): a shape no
acronym of capitals shares, and the blind sets' writers label them persons about seven times
in ten. They sign a note after a dash or a slash, with or without a date, at a line's end,
or follow "door"/"by", a handler's or an action's label. Bodies written so ("KvK", "VvE",
"RvT", "UvA", "PvA") are listed as acronyms and never a person. All initials are made up.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl", document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize("text, initials", [
    ("IBAN aangepast in het loonsysteem per week 50. — HvdW\nBijlage: formulier", "HvdW"),
    ("Pas gecontroleerd, kopie vernietigd. –MtB 03-12\n", "MtB"),
    ("Terugbellen over de huisvesting.\n/EvdL\n", "EvdL"),
    ("Afspraak verzet naar donderdag. /GdJ\n", "GdJ"),
    ("Gegevens ingevoerd op 2-12 door PvdS, daarna gecontroleerd.", "PvdS"),
    ("Behandeld: TvdW 01/12 - klopt met paspoort", "TvdW"),
    ("Opvolgen: KdH\nVolgende stap: contract", "KdH"),
    ("Belnotitie 3/12 – WvdZ\n\nGebeld door de inlener over de planning.", "WvdZ"),
])
def test_particled_initials_sign_or_handle(text: str, initials: str) -> None:
    assert initials in _persons(text)


@pytest.mark.parametrize("text, acronym", [
    ("Inschrijving verwerkt door KvK op 3 maart.", "KvK"),
    ("Het bestuur van de VvE heeft besloten. — RvT\n", "RvT"),
    ("Opvolgen: PvA\nDe bedrijfsarts stelt het plan op.", "PvA"),
    ("Ze studeert vanaf september. /UvA\n", "UvA"),
    ("Zie dossier 3/HvdW", "HvdW"),
])
def test_bodies_and_codes_stay_out(text: str, acronym: str) -> None:
    assert acronym not in _persons(text)

"""Issue #14, PERSON: the holder's name on a copy of a driving licence's front, in its EU
numbered fields (1. surname, 2. given names, 3. date and place of birth), on lines of their
own or on one line set apart by spaces, where a licence word stands before them
(detectors/person_licence.py). Not an agenda's or a list's numbered items. hr-identifiers-1,
identifiers-19, -24 and -27 showed the kind; cases written here, names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    (("RIJBEWIJS  -  Koninkrijk der Nederlanden\n1. TER WIJK\n2. HENDRIK\n"
     "3. 10.10.1972  ZWOLLE\n4a. 22.03.2019    4b. 22.03.2029\n"), ["TER WIJK", "HENDRIK"]),
    ("Scan - driving licence (front)\n1. PETROVIĆ\n2. MILOŠ\n3. 09.03.91 NIŠ (SRB)\n",
     ["PETROVIĆ", "MILOŠ"]),
    ("RIJBEWIJS  NL\n1. de Graaf\n2. Martijn Pieter\n3. 02-12-1983 Emmen\n",
     ["de Graaf", "Martijn Pieter"]),
    ("RIJBEWIJS\n 1. LAMMERS   2. JOOST   3. 19.09.81 Leeuwarden\n 4a. 11.01.2015\n",
     ["LAMMERS", "JOOST"]),
])
def test_a_licence_s_name_fields(text: str, names: list[str]) -> None:
    people = _people(text)
    assert all(n in people for n in names), people


@pytest.mark.parametrize("text", [
    "Agenda\n1. Opening\n2. Mededelingen\n3. 12.03.2026 vergadering verzet\n",
    "Bestelling rijbewijshoesjes\n1. Zwart Leder\n2. Bruin Leder\n3. 01.02.2026 geleverd\n",
])
def test_numbered_items_elsewhere_are_no_names(text: str) -> None:
    assert _people(text) == []

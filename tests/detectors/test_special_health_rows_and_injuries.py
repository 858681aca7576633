"""Health said briefly: a condition in a delimited row beside a person's name, a fracture or a
tear and the part it is in, a symptom of trauma or of self-harm said of someone. A customer's
condition in a work order's row is the customer's, never a worker's sickness."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.found import found
from tests.policy.scanned import scan_text


@pytest.mark.parametrize(("text", "lang"), [
    ("Hij liep vorige week een breuk in zijn linkerenkel op.", "nl"),
    ("Zij heeft een scheur in haar meniscus.", "nl"),
    ("She suffered a fracture in her left wrist at the depot.", "en"),
    ("He has a break in his collarbone after the fall.", "en"),
    ("Ze heeft sinds de brand herbelevingen en slaapt slecht.", "nl"),
    ("He told the nurse he had tried to hurt himself before.", "en"),
])
def test_said_of_someone(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_HEALTH", lang) != []


@pytest.mark.parametrize(("text", "lang"), [
    ("There is a break in the pipe behind the boiler.", "en"),
    ("The film tells its story in flashbacks.", "en"),
    ("Let op: een scheur in de vloer van hal 3.", "nl"),
])
def test_no_one_hurt(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_HEALTH", lang) == []


def test_a_condition_in_a_row_beside_a_name() -> None:
    text = ("Naam;soort verlof;van;tot\nFleur Jansen;zwangerschapsverlof;12-01-2027;03-05-2027\n"
            "Bram Kok;vakantie;01-02-2027;14-02-2027\n")
    assert found(text, "SPECIAL_HEALTH") == ["zwangerschapsverlof"]


def test_a_customers_condition_is_no_workers_sickness(tmp_path: Path) -> None:
    text = ("Werkbonnen dinsdag\nnr | tijd | adres | monteur | klus | opmerking\n"
            "1 | 08:00-09:30 | Lindelaan 3, Gouda | P. Smit | ketel vervangen | klant is "
            "slechthorend, aanbellen en wachten\n"
            "2 | 10:00-11:00 | Esdoornstraat 8, Gouda | P. Smit | storing | sleutel bij buren\n")
    _, entities, rules = scan_text(tmp_path / "werkbonnen.txt", text)
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" not in rules

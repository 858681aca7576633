"""PERSON: the inverted form with the particles after the first name or initials, as
registers sort people ("Dijk, Pieter van", "MEER, J.P. van der"): one name, particles
included; the surname may be an ordinary word, as after a particle in front."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    # a line or cell of its own
    ("Wijngaarden, Lieke van\nTeamleider logistiek", ["Wijngaarden, Lieke van"]),
    ("Werknemer\tHoeven, Daan van der\tin dienst", ["Hoeven, Daan van der"]),
    ("Brink, Sara ten; Brink, Joost ten", ["Brink, Sara ten", "Brink, Joost ten"]),
    # cells of a register
    ("12 | Velde, Niels van de | planner | Tilburg", ["Velde, Niels van de"]),
    ("Hulst, Mirjam van der;Zwolle;1989", ["Hulst, Mirjam van der"]),
    # initials, the surname an ordinary word
    ("Meer, J.P. van der", ["Meer, J.P. van der"]),
    ("Toegewezen aan: Berg, H. van den (coördinator)", ["Berg, H. van den"]),
    # a surname in capitals, anywhere
    ("Volgens de lijst is BROEK, Fenna van den ingedeeld.", ["BROEK, Fenna van den"]),
])
def test_inverted_with_trailing_particles(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Opmerking: Vergeten, van de week nog bellen",
    "Status: Open, de planner pakt het op",
])
def test_no_name_after_a_label(text: str) -> None:
    assert _names(text) == []


def test_a_labels_list_of_first_names_stays_two_names() -> None:
    # (a label's value is not read as a cell of its own: "Mark" is a surname too)
    assert _names("Aanwezig: Mark, Sanne") == ["Mark", "Sanne"]

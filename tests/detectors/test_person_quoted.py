"""Names in single quotes, as code, logs, tracebacks and object reprs write them
(detectors/person.py ``_unquoted``): the quote opens a name as a double quote does; an
apostrophe inside or before a word stays part of it, and an organisation, a place, a school
or a street in quotes is no name. All names synthetic; texts written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("user = {'naam': 'Hidde Vlasblom', 'rol': 'admin'}", "Hidde Vlasblom"),
        ("Traceback: KeyError: 'Ilse Terpstra'", "Ilse Terpstra"),
        ("User(id=17, name='Wouter Bosman', role='admin')", "Wouter Bosman"),
        ("2026-12-01 09:14:02 INFO ticket #5521 assigned to 'Fenna van der Wijngaarden'",
         "Fenna van der Wijngaarden"),
        ("ERROR: gebruiker 'Gerrit Steenhuis' niet gevonden in LDAP", "Gerrit Steenhuis"),
    ],
)
def test_a_name_in_single_quotes(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_insert_reads_its_quoted_columns_as_before() -> None:
    text = ("INSERT INTO medewerker (id, achternaam, voornaam) VALUES "
            "(1, 'Vlasblom', 'Hidde'), (2, 'Terpstra', 'Ilse');")
    assert _names(text) == ["Vlasblom", "Hidde", "Terpstra", "Ilse"]


@pytest.mark.parametrize(
    "text",
    [
        "leverancier='Albert Heijn', plaats='Wageningen', status='Open'",
        "log: order 4411 toegewezen aan team 'Planning Noord' door systeem",
        "school='Jan Ligthartschool', straat='Jan van Galenstraat'",
        # apostrophes that belong to a word
        "Hij verhuist naar 's-Hertogenbosch en de auto's gaan mee.",
    ],
)
def test_no_name_in_single_quotes_where_none_stands(text: str) -> None:
    assert _names(text) == []

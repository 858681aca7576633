"""PERSON: initials in a form's field for who handled it or signed for it ("Gebeld door:
TvdH", "verwerkt door: LdW", "Call by: MJK", "Paraaf mentor: GK", "paraaf uitgifte: R.V.")
are that person (issue #14, stop 76; person_initials._handled). A bare "Paraaf:" (a
register's paraph column read as label and cell) and a field naming a branch after "by"
("Received by Flexwerk Zwolle:") are left. Synthetic texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "letters"), [
    ("Referentiecheck\nGebeld door: TvdH, 12-01-2026, ca. 20 min.", "nl", "TvdH"),
    ("Binnen: 02-12  verwerkt door: LdW   gecontroleerd: ja", "nl", "LdW"),
    ("Reference call\nCall by: MJK, Monday 9 March 2026, in English", "en", "MJK"),
    ("Inwerklijst heftruck\nParaaf mentor: GK     paraaf medewerker: S.B.", "nl", "GK"),
    ("Uitgiftelijst sleutels\n\nparaaf uitgifte: R.V. (magazijn)", "nl", "R.V."),
    ("Toolbox\nGegeven door: P.W.H. (uitvoerder)", "nl", "P.W.H."),
])
def test_initials_in_a_handled_by_field_are_a_person(text: str, lang: str,
                                                     letters: str) -> None:
    assert letters in _people(text, lang)


@pytest.mark.parametrize("text", [
    "Ontvangen door Flexwerk Zwolle: MH, 27-03-2026",
    "Afhandeling door: OR-commissie",
])
def test_a_branch_or_a_committee_after_the_field_is_none(text: str) -> None:
    assert not {"MH", "OR"} & set(_people(text))

"""Issue #14, PERSON: initials right after a word that says who wrote or handled a note are
that person ("Note TB: positive", "Opmerking MK: ervaren CE", "Ingevoerd door NK op
01-12-2026", "checked by SB"; person.toml writer_cues), in reference checks, registers and
exports, whether or not the text spells the name out. Not a role or a body ("FG", "HR"), and
not after a colon: "Opmerking: TL" is how a table's row reads a register's cell of initials,
which the blind sets' writers label as often as not. Cases written here, names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "want", "lang"), [
    ("Q: Would you rehire?\nA: Yes.\n\nNote BT: consistent with the interview.\n", "BT", "en"),
    ("Notes KvD: referee asked not to be called again.\n", "KvD", "en"),
    ("Conclusie RS: positief, door naar de klant.\n", "RS", "nl"),
    ("Opmerking MK: ervaren CE-chauffeur, wil alleen dagritten.\n", "MK", "nl"),
    ("Ingevoerd door NK op 01-12-2026. Profiel niet verwijderen.\n", "NK", "nl"),
    ("Office use: reg.no. checked by SB\n", "SB", "en"),
    ("note M.: the V-numbers have ten digits\n", "M.", "en"),
])
def test_initials_of_a_note_s_writer(text: str, want: str, lang: str) -> None:
    assert want in _people(text, lang)


@pytest.mark.parametrize("text", [
    "[interne notitie FG, 02-12-2026] Loonadministratie valt onder de bewaarplicht.\n",
    "Notitie HR: contract verlengd.\n",
    "Opmerking: TL\n",
    "gecontroleerd door: TdB | echtheid: ok\n",
    "Note: NB the form is old.\n",
])
def test_no_writer_in_a_role_a_body_or_a_cell(text: str) -> None:
    assert _people(text) == []

"""Speakers of a chat export's lines (detectors/person_speakers.py): a time stamp, then who
speaks and ":", in capitals or typed small; labels after a time and lines without one are no
speakers. All names synthetic; chats written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_speakers import speakers


def _names(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # typed small, unknown and gazetteer names, one word and two
        ("[09:14] sanne: ben je er morgen?\n[09:15] okonkwo: ja, om 8 uur",
         ["sanne", "okonkwo"]),
        ("[1-12-2026 09:14] Baran Yildiz: ik ben ziek\n[1-12-2026 09:20] Wojcik: beterschap",
         ["Baran Yildiz", "Wojcik"]),
        ("14:02 - Mertens: wie heeft de sleutel?\n14:03 - Hendriks: ik", ["Mertens", "Hendriks"]),
        ("1/12/26, 07:58 - Chidi Eze: ik sta in de file", ["Chidi Eze"]),
        ("[08:01:22] Femke van Dijk: goedemorgen allemaal", ["Femke van Dijk"]),
        ("06:45 ngozi: bus rijdt niet vandaag", ["ngozi"]),
    ],
)
def test_speaker_after_a_time_stamp(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in speakers(text)] == expected
    assert all(name in _names(text) for name in expected)


@pytest.mark.parametrize(
    "text",
    [
        # an agenda: a time, then a common word or a compound
        "09:00 Opening: welkom door de voorzitter\n09:30 Planning: rooster voor week 12",
        "10:15 Pauze: koffie in de kantine\n10:30 Werkoverleg: nieuwe afspraken",
        # a time, then a pronoun, a single letter or block capitals
        "[09:14] ik: ben er om negen\n[09:15] A: ja",
        "07:00 TODO: sleutels ophalen bij de portier",
        # no time stamp: a form's label and value, a CV's languages
        "Functie: chauffeur op de vrachtwagen\nWerktijden: 07:00 tot 16:00 uur",
        "Talen\nFrans: redelijk\nEngels: goed in woord en geschrift",
        # a time inside a line, not at its start
        "Afspraak om 09:14 Sanne: kan dat?",
    ],
)
def test_no_speaker(text: str) -> None:
    assert list(speakers(text)) == []

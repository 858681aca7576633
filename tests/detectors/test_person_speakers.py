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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the message after a dash, or on the lines below the speaker
        ("19:40 Yara - wie pakt de sluitdienst?\n19:42 Bram - ik wel", ["Yara", "Bram"]),
        ("19:40 Esra – ben er over 5 min", ["Esra"]),
        ("[19:40] Merel\nwie heeft er zondag tijd?\n[19:41] Jesse\nik!", ["Merel", "Jesse"]),
        ("07:58 Kofi Asante\nsorry, trein heeft vertraging", ["Kofi Asante"]),
        ("12/06/2026, 22:10 nadia\nhaha ja", ["nadia"]),
        # a day before the time
        ("za 14:05 Sven: kan iemand ruilen?", ["Sven"]),
        ("[gisteren 23:12] Lotte: slaap lekker", ["Lotte"]),
        ("Mon 08:30 Fleur - running late, sorry", ["Fleur"]),
    ],
)
def test_speaker_before_a_dash_or_a_line_break(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in speakers(text)] == expected
    assert all(name in _names(text) for name in expected)


@pytest.mark.parametrize(
    "text",
    [
        # a timetable: a town or a station after a time, then a dash or the line's end
        "08:12 Utrecht - Amersfoort, spoor 5\n08:42 Zwolle - Groningen",
        "09:00 Rotterdam\n09:45 Dordrecht\n10:10 Breda",
        "13:30 Maastricht – aankomst bij de klant",
        # an agenda: a common word after the time
        "10:00 Lunch\n10:30 Rondleiding - magazijn",
        "ma 09:00 Overleg - kantine\ndi 09:00 Training",
        "wo 07:00 Vroege dienst\nwo 15:00 Late dienst",
        # a name that is a common word, before a dash
        "18:00 Mandarijn - nieuwe locatie",
        "vr 17:30 Borrel – iedereen welkom",
    ],
)
def test_no_speaker_before_a_dash_or_a_line_break(text: str) -> None:
    assert list(speakers(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a display name tagged with the firm or team the speaker writes for
        ("[21:04] Kevin (UitzendPlus): hoi!\n[21:05] Fenna: hoi", ["Kevin", "Fenna"]),
        ("21:04 Mandy | Flex Brabant: kun je zaterdag?", ["Mandy"]),
        ("[10:02] Sanne (Uitzendbureau Noord) - ok, ik noteer het", ["Sanne"]),
        ("1/7/26, 08:15 - Ravi Ramdin (planning): wie rijdt er?", ["Ravi Ramdin"]),
        ("[09:00] Yara | HR: welkom allemaal", ["Yara"]),
        ("08:41 Bram (Horeca Zuid)\nsorry, ik ben te laat", ["Bram"]),
        ("[di 12:30] Esra (team keuken): pauze?", ["Esra"]),
        ("22:10 nadia (bediening): doei", ["nadia"]),
    ],
)
def test_speaker_with_a_firm_tag(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in speakers(text)] == expected
    assert all(name in _names(text) for name in expected)


@pytest.mark.parametrize(
    "text",
    [
        "09:30 Planning (team): rooster voor week 12",
        "10:00 Overleg | kantine: iedereen aanwezig",
        "13:00 Lunch (kantine)\n13:30 Rondleiding",
        "08:12 Utrecht (spoor 5) - Amersfoort",
        "07:00 Magazijn | hal B: laden",
        "12:00 Pauze (30 min)",
        "[09:00] TEAM (HR): welkom",
        "16:00 Afsluiting (iedereen) - borrel",
    ],
)
def test_no_speaker_with_a_tag(text: str) -> None:
    assert list(speakers(text)) == []


def test_a_time_stamp_without_a_year_and_a_tagged_display_name() -> None:
    """(stop 50) "[07/11 06:12] Tomek Housing: ..." : a chat's stamp may leave the year
    out; the speaker is the first name before the desk it writes for."""
    text = ("[07/11 06:12] Tomek Housing: no hot water again in the house\n"
            "[07/11 06:40] Ruud Connect-Me: Morning. I call the installer at 8.\n"
            "[07/11 06:41] Tomek Housing: red light blinking\n")
    found = [text[d.start : d.end] for d in detect(text, "en") if d.entity == "PERSON"]
    assert found.count("Tomek") == 2 and "Ruud" in found


def test_a_display_name_on_no_list_that_speaks_twice() -> None:
    """(stop 50) A capitalised name on no list, tagged with its desk, is a speaker where the
    chat has it speak twice or more; once, it may be a heading's words."""
    twice = ("[07/11 06:12] Bogdanka Housing: no hot water in house 4\n"
             "[07/11 06:40] Ruud Connect-Me: I call the installer.\n"
             "[07/11 06:41] Bogdanka Housing: ok thanks\n")
    found = [twice[d.start : d.end] for d in detect(twice, "en") if d.entity == "PERSON"]
    assert found.count("Bogdanka") == 2

"""Names in informal writing (issue #14): a person naming themself or another ("mijn naam is",
"ik heet", "my name is"), informal greetings and sign-offs ("heey", "merhaba", "liefs", "grtz",
"xx"), transcript speakers in block capitals; and what is no person there: a nationality or a
townsman after "ik ben", an app, a brand or a firm glued from common words ("HorecaFlex"), a
heading or a label in capitals. All names synthetic (Faker nl_NL style and names of many
origins); sentences written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import is_name_shaped
from detectors.person_speakers import caps_speakers


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Goedemiddag, mijn naam is Zebedeus Oduya en ik reageer op de vacature.", "Zebedeus Oduya"),
        ("hoi! ik heet Xiomara en ik ben 16", "Xiomara"),
        ("Ik heet Tesfay Gebremedhin.", "Tesfay Gebremedhin"),
        ("Dit is mijn broertje, hij heet Djenairo, mag hij ook komen?", "Djenairo"),
        ("Onze dochter (ze heet Marisol) zoekt een vakantiebaan.", "Marisol"),
        ("Hello, my name is Yordanos Tekle and I am looking for weekend work.", "Yordanos Tekle"),
        ("Hi all, I'm called Sjaheen, new on the Saturday crew", "Sjaheen"),
        ("Ja dus m'n naam is Kwasi Boakye, ik bel over de vacature", "Kwasi Boakye"),
        ("En mijn collega, haar naam is Ilonka Wijngaarde, begint ook.", "Ilonka Wijngaarde"),
    ],
)
def test_a_person_naming_themself_or_another(text: str, expected: str) -> None:
    assert expected in _names(text, "en" if "my name" in text or "I'm" in text else "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben Rotterdammer en werk graag met mensen.",
        "ik ben Surinaams en spreek ook Sranantongo",
        "De app heet Teams, je krijgt een uitnodiging.",
        "Het project heet Horizon en loopt tot juni.",
        "Ik ben Eindhovenaar van geboorte",
        "Het filiaal heet Centrum, aan de markt.",
        "I am Dutch and I speak English.",
        "De naam van de cursus is Hygiëne",
    ],
)
def test_no_name_after_a_frame(text: str) -> None:
    assert _names(text, "en" if text.startswith("I am") else "nl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liefs,\nIlonka", "Ilonka"),
        ("Lieve groet,\nXiomara Statia", "Xiomara Statia"),
        ("Doei!\nKwasi", "Kwasi"),
        ("xx\nMarisol", "Marisol"),
        ("grtz\nDjenairo", "Djenairo"),
        ("Heey Yordanos, ben je er zaterdag?", "Yordanos"),
        ("Merhaba Tesfay,\nhoe gaat het met je?", "Tesfay"),
        ("Tot morgen,\nSjaheen Ramdin", "Sjaheen Ramdin"),
        ("hee fenna! kom je ook?", "fenna"),
        ("Thx!\nKwame", "Kwame"),
    ],
)
def test_informal_greetings_and_sign_offs(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tot morgen,\nHorecaFlex",
        "Met vriendelijke groet,\nUitzendPlus",
        "Hoi WerkNet,\nik heb een vraag over mijn uren",
        "Groetjes,\nTeam Planning",
        "Liefs,\nPlanning en Roosters",
        "Stuur je cv via LinkedIn of betaal met PayPal.",
        "Tot snel,\nFlexWerk",
        "Doei!\nJobBoost",
    ],
)
def test_no_person_in_sign_off_or_app(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("word", "shaped"),
    [("HorecaFlex", False), ("UitzendPlus", False), ("LinkedIn", False), ("WerkNet", False),
     ("McKenzie", True), ("DeShawn", True), ("LaToya", True), ("VanDijk", True),
     ("Okonkwo", True)],
)
def test_glued_common_words_are_no_name(word: str, shaped: bool) -> None:
    assert is_name_shaped(word) is shaped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SANNE: ben je er morgen?\nKOFI: ja hoor\nSANNE (lacht): top", ["SANNE", "KOFI", "SANNE"]),
        ("FENNA\nIk kan vanaf juli.\nRECRUITER\nPrima.\nFENNA\nFijn!", ["FENNA", "FENNA"]),
        ("DAAN: eerst de keuken\nMILA: ok\nDAAN: daarna pauze", ["DAAN", "MILA", "DAAN"]),
        ("JESSE: eh ja\nNOOR: klopt", ["JESSE", "NOOR"]),
        ("AYOUB: goedemorgen\nYARA: morgen!", ["AYOUB", "YARA"]),
        ("WESSEL: wie sluit af?\nLOTTE: ik", ["WESSEL", "LOTTE"]),
        ("BRAM:\nik sta in de file\nESRA:\noke", ["BRAM", "ESRA"]),
        ("MERVE (aarzelt): weet ik niet\nINTERVIEWER: rustig aan\nMERVE: ok", ["MERVE", "MERVE"]),
    ],
)
def test_speaker_in_capitals(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _ in caps_speakers(text, frozenset())] == expected
    assert all(name in _names(text) for name in expected)


def test_speaker_in_capitals_a_name_the_text_gives() -> None:
    text = "Mijn naam is Xiomara Statia.\nXIOMARA: hoi\nRECRUITER: hoi\nXIOMARA: ok"
    assert _names(text).count("XIOMARA") == 2


@pytest.mark.parametrize(
    "text",
    [
        "NAAM: Sanne\nFUNCTIE: kok",  # a form's labels in capitals
        "LET OP: morgen vroeg\nNB: kantine dicht",
        "INTERVIEWER: Wat is je naam?\nKANDIDAAT: Tesfay",
        "HOOFDSTUK 1\nINLEIDING\nWERKERVARING",
        "SANNE\nIk ben er morgen.",  # one line in capitals: a heading
        "JESSE - eh ja\nik: klopt",
        "JAN\nFEB\nMAART",
        "TODO: roosters\nBSN: zie dossier",
        "MARK: beschikbaar\nROOS: afwezig",  # first names that are common words
    ],
)
def test_no_speaker_in_capitals(text: str) -> None:
    assert list(caps_speakers(text, frozenset())) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hé Sanne, kom je ook?", "Sanne"),  # the greeting is no part of the name
        ("Hé sanne!", "sanne"),
        ("Oi Daan, alles goed?", "Daan"),
        ("Heej Ilonka,\nik ben er morgen.", "Ilonka"),
        ("Héé Kwasi! Lang niet gezien.", "Kwasi"),
        ("Hej Marisol, tack!", "Marisol"),
        ("Yo Sjaheen, ben je er?", "Sjaheen"),
        ("Hola Yordanos, ¿qué tal?", "Yordanos"),
    ],
)
def test_greeting_as_typed_before_a_name(text: str, expected: str) -> None:
    assert expected in _names(text)

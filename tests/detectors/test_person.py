"""PERSON as people write names: titles, initials, particles, double surnames, names of
many origins, greetings, signatures, a name repeated alone; places and organisations named
after people are not persons."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import is_name_shaped, is_org_word


def _names(text: str, language: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language) if d.entity == "PERSON"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles and forms of address before a surname alone, or a full name
        ("Gesprek met dhr. Yilmaz over de planning.", ["Yilmaz"]),
        ("Mw. Boukhari belt morgen terug.", ["Boukhari"]),
        ("Mevr. El Idrissi is ziek gemeld.", ["El Idrissi"]),
        ("Dr. Hassan adviseert rust.", ["Hassan"]),
        ("Overleg met mr. Van den Broek.", ["Van den Broek"]),
        ("Prof. dr. ir. P. Jansen", ["P. Jansen"]),
        ("De heer De Jong komt om 10 uur.", ["De Jong"]),
        ("We spoke to Ms. Kowalski and Mr. Nowak.", ["Kowalski", "Nowak"]),
        ("Drs. Ramautar-Jagessar start in mei.", ["Ramautar-Jagessar"]),
        # initials with and without full stops, multi-letter initials
        ("J.Th. van der Berg tekent het contract.", ["J.Th. van der Berg"]),
        ("Chr. de Wit en J. Bakker zijn aanwezig.", ["Chr. de Wit", "J. Bakker"]),
        ("Opgesteld door A.B. van 't Hof.", ["A.B. van 't Hof"]),
        ("Contact: JP de Vries", ["JP de Vries"]),
        # particles in any case, double and hyphenated surnames
        ("Sanne van der Meer en Lieke Van Der Linden", ["Sanne van der Meer", "Lieke Van Der Linden"]),
        ("Bas v.d. Berg heeft vrij.", ["Bas v.d. Berg"]),
        ("Anouk ter Horst en Joris ten Cate", ["Anouk ter Horst", "Joris ten Cate"]),
        ("Marloes Jansen-de Vries is teamleider.", ["Marloes Jansen-de Vries"]),
        ("Henk-Jan Mulder belde.", ["Henk-Jan Mulder"]),
        ("Sarah O'Brien chaired the meeting.", ["Sarah O'Brien"]),
        # names from many origins: a known first name before an unknown surname
        ("Oksana Kowalczyk en Ahmet Yılmaz starten maandag.", ["Oksana Kowalczyk", "Ahmet Yılmaz"]),
        ("Kandidaat Abdullahi Warsame is lasser.", ["Abdullahi Warsame"]),
        ("Wij spraken Thu Trang Nguyen en Ngozi Okafor.", ["Thu Trang Nguyen", "Ngozi Okafor"]),
        ("Ricardo Martins dos Santos werkt in Venlo.", ["Ricardo Martins dos Santos"]),
    ],
)
def test_names_in_running_text(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Beste Fatima,\n\nDank voor je cv.", ["Fatima"]),
        ("Hoi Bram, kun je bellen?", ["Bram"]),
        ("Dear Olena,\nPlease send it.", ["Olena"]),
        ("Met vriendelijke groet,\n\nKees", ["Kees"]),
        ("Groet, Lotte", ["Lotte"]),
        ("Kind regards,\nDaan Bakker\nRecruitment team", ["Daan Bakker"]),
        ("Hoogachtend,\nM. van Leeuwen", ["M. van Leeuwen"]),
    ],
)
def test_greetings_and_signatures(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the full name once, then the surname or first name alone
        (
            "Intake met Fatima El Amrani. Fatima zoekt werk. El Amrani heeft een heftruckpas.",
            ["Fatima El Amrani", "Fatima", "El Amrani"],
        ),
        ("Gesprek met Jan Jansen. Daarna belde Jansen terug.", ["Jan Jansen", "Jansen"]),
        ("Dhr. Bakker belde. Bakker wil starten.", ["Bakker", "Bakker"]),
        # a first name alone inside a sentence, or beside another name
        ("Zoals besproken draaien Sophie en Ruben de late dienst.", ["Sophie", "Ruben"]),
        ("Eva en Thijs de Boer hebben het examen gehaald.", ["Eva", "Thijs de Boer"]),
    ],
)
def test_names_alone(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vacature op de Dr. Schaepmanschool aan de Jan van Galenstraat.",
        "Zij werkt in het Antoni van Leeuwenhoek Ziekenhuis.",
        "Donatie aan Stichting Jan de Vries.",
        "Training in de Prins Bernhard Kazerne.",
        "Nieuwe vestiging aan de Jan Pieterszoon Coenstraat.",
        "Vulploeg voor Albert Heijn in Zaandam.",
        "Werkervaring Amsterdam Centraal",
        "Werkervaring: productiemedewerker bij Heineken Zoeterwoude.",
        "Opleiding: MBO Logistiek, Albeda College Rotterdam.",
        "Het Erasmus MC en het Willem de Zwijger College",
        "Curriculum Vitae",
        "De Vries",  # a surname alone, nothing makes it a person
        "Our recruiter will call you on Friday.",
    ],
)
def test_not_a_person(text: str) -> None:
    assert _names(text) == []


def test_same_name_twice_across_languages() -> None:
    text = "Call with Aleksandra Petrova about shifts. Petrova prefers days."
    assert _names(text, "en") == ["Aleksandra Petrova", "Petrova"]


@pytest.mark.parametrize(
    "word, shaped", [("Boukhari", True), ("Werkervaring", False), ("Bakker", True), ("Met", False)]
)
def test_name_shape(word: str, shaped: bool) -> None:
    assert is_name_shaped(word) is shaped


@pytest.mark.parametrize(
    "word, org", [("Galenstraat", True), ("Schaepmanschool", True), ("Nijhuis", False)]
)
def test_org_word(word: str, org: bool) -> None:
    assert is_org_word(word) is org

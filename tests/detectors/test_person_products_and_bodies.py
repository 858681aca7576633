"""PERSON: a product a CV or a mail names as a person is named ("Ervaring met Joomla is een
pre", "the Hootsuite dashboard shows"), and a word right after a body's acronym ("bij RTV
Noord", "OV-chipkaart bij NS Zakelijk") are no persons; a first name after an acronym, and a
surname after a role's acronym, stay. Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(
    ("text", "lang", "product"),
    [
        (("Voor de webshop zoeken we iemand met kennis van Magento. Ervaring met Joomla is "
         "een pre."), "nl", "Joomla"),
        ("Sevda plans the posts; the Hootsuite dashboard shows the reach per channel.", "en",
         "Hootsuite"),
        ("Daarna zet Bram de planning in Trello en deelt hij de foto's via WeTransfer.", "nl",
         "Trello"),
    ],
)
def test_a_product_is_no_person(text: str, lang: str, product: str) -> None:
    assert product not in found(text, "PERSON", lang)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vanaf maart werkt hij als editor bij RTV Noord, maar RTV Noord wil eerst een VOG.",
         "Noord"),
        ("De reportage ging naar NOS Sport en daarna wil NOS Sport een vervolg.", "Sport"),
    ],
)
def test_a_word_after_a_bodys_acronym_is_no_person(text: str, word: str) -> None:
    assert word not in found(text, "PERSON", "nl")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens CFO Dekker wil het bureau groeien.", "Dekker"),
        ("Rijbewijs gezien. BSN Yusuf staat in het dossier.", "Yusuf"),
    ],
)
def test_a_name_after_an_acronym_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON", "nl")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We booked the band for the King's Day party at the depot.", "King"),
        ("The team lunch moves to the day after Valentine's Day.", "Valentine"),
    ],
)
def test_a_day_named_after_someone_is_no_person(text: str, word: str) -> None:
    assert word not in found(text, "PERSON", "en")


def test_a_persons_possessive_before_a_lower_case_day_stays() -> None:
    assert "Noor" in found("On Noor's day off the depot closes at six.", "PERSON", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Na het eten keken de peuters naar Woezel en Pip en daarna lazen we Dikkie Dik.",
        "The toddlers watched Peppa Pig while we waited for the parents.",
    ],
)
def test_a_childrens_character_is_no_person(text: str) -> None:
    assert found(text, "PERSON", "nl" if "peuters" in text else "en") == []


def test_a_characters_first_name_alone_stays_a_name() -> None:
    assert "Janneke Hoekstra" in found("Janneke Hoekstra begint maandag op de groep.",
                                       "PERSON", "nl")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("My manager at Vopak, Mr. Ruud Hendriks, can give a reference.", "en", "Ruud Hendriks"),
        ("Referentie bij Stork, Dr. Anouk Smeets, via de afdeling HR.", "nl", "Anouk Smeets"),
    ],
)
def test_a_title_after_a_firms_comma_is_no_initials(text: str, lang: str, name: str) -> None:
    # "Vopak, Mr." is no "surname, initials": the title opens the next person's name
    assert found(text, "PERSON", lang) == [name]


def test_a_surname_and_initials_with_small_letters_stay() -> None:
    assert found("Aanwezig:\nJansen, Th.\nBakker, P.\n", "PERSON", "nl") == ["Jansen, Th.",
                                                                         "Bakker, P."]

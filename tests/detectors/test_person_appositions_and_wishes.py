"""PERSON: a name the gazetteer lacks, placed where only a person stands: in a relation's
apposition ("haar zus, Zarmina, ..."), after a wish of luck that closes a message ("Veel
succes!⏎Nazdar"), and a first name that is an ordinary word too between a form of address
and a surname ("Mr. Anders Holmberg"). Places and firms in the same places stay out. Cases
written here; names synthetic, chosen off the gazetteer."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Haar zus, Zarmina, werkt ook in de studio.", "nl", "Zarmina"),
        ("Mijn buurman, Ozodbek, heeft de sleutel.", "nl", "Ozodbek"),
        ("Her husband, Gulalai, drove her to the viewing.", "en", "Gulalai"),
    ],
)
def test_a_relations_apposition_names_a_person(text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De klant, Rotterdam, belt morgen terug.", "nl"),
        ("Our client, Amsterdam Housing, phoned twice.", "en"),
    ],
)
def test_a_place_after_a_comma_is_no_person(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Ik hoor graag hoe het ging.\n\nVeel succes!\nNazdar", "nl", "Nazdar"),
        ("Let me know how it went.\n\nGood luck!\nDilnoza", "en", "Dilnoza"),
    ],
)
def test_a_wish_of_luck_closes_before_its_writers_name(text: str, lang: str,
                                                        name: str) -> None:
    assert name in found(text, "PERSON", lang)


def test_a_wish_of_luck_in_a_sentence_names_no_one() -> None:
    assert found("Succes met de presentatie morgen, en groet aan het team.", "PERSON",
                 "nl") == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Yesterday we met Mr. Anders Holmberg at the office.", "en", "Anders Holmberg"),
        ("Gesproken met dhr. Anders Wijnbergen over de sleutels.", "nl", "Anders Wijnbergen"),
    ],
)
def test_a_first_name_that_is_a_word_after_a_form_of_address(text: str, lang: str,
                                                              name: str) -> None:
    assert name in found(text, "PERSON", lang)


def test_a_title_before_two_ordinary_words_names_no_one() -> None:
    # an abbreviated job title ("mgr") before a department's name
    assert found("Stuur het cv naar de hiring mgr Logistiek West.", "PERSON", "nl") == []

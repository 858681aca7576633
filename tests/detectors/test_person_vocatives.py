"""PERSON: the one a thanks, a welcome or a wish is said to, named at the sentence's end
("Welkom in het team, Zarmina!"): a person however rare the name; a place, a group or a
common word there is no one (person_vocatives.py). Cases written here; names synthetic,
chosen off the gazetteer."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Je eerste week zit erop. Welkom in het team, Zarmina!", "nl", "Zarmina"),
        ("Morgen is je gesprek. Veel succes, Nazdar!", "nl", "Nazdar"),
        ("She always kept her head cool. Thank you, Dilnoza!", "en", "Dilnoza"),
        ("Congratulations on the new contract, Ozodbek!", "en", "Ozodbek"),
    ],
)
def test_a_name_called_after_a_wish_is_a_person(text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bedankt voor alles, Rotterdam!", "nl"),
        ("Thanks for a great season, Team!", "en"),
        ("Thank you for the quick reply, Excellent!", "en"),
    ],
)
def test_a_place_or_a_word_after_a_wish_is_no_one(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []


# (stop 71) The name right after the opener, ending its clause, in a chat's short thanks too:
# "Welkom Zarmina!", "dank Natasja.", "thx Yusuf, ik kijk"; a place, a common word, a firm's
# two words or, after a chat's short thanks, a word on no list of first names ("thx Dyson":
# a brand) there are no one.
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Vanaf maandag versterkt Ozodbek Tursunov het team. Welkom Ozodbek! Hij start in hal 2.",
         "nl", "Ozodbek"),
        ("Aart Kloosterboer, 07:21\n👍 dank Natasja. Na twaalf uur vraag ik Joyce", "nl",
         "Natasja"),
        ("thx Yusuf, ik kijk er vanmiddag naar", "en", "Yusuf"),
        ("Bedankt Zarmina! Tot morgen.", "nl", "Zarmina"),
        # (stop 76) a chat message opening after its speaker's colon
        ("[03-02-26 09:14] Wieke Zandbergen: Dank je Ravindra\n[03-02-26 09:20] Wieke Zandbergen: top",
         "nl", "Ravindra"),
    ],
)
def test_a_name_right_after_a_thanks_is_a_person(text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Welkom Rotterdam! Wij zijn er klaar voor.", "nl"),
        ("Bedankt Team! Tot morgen.", "nl"),
        ("Succes Maandag!", "nl"),
        ("Thanks Albert Heijn, the delivery was on time.", "en"),
        ("thx Bosch, de boor werkt weer", "nl"),
        ("Onderwerp: Welkom Rotterdam! Wij zijn er klaar voor.", "nl"),
    ],
)
def test_a_place_a_word_or_a_firm_after_a_thanks_is_no_one(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Nachtdienst rustig, sluis 2 om 04:00 gecontroleerd. -Jelmer", "Jelmer"),
    ("Schoenen maat 43 besteld voor de nieuwe monteur.\n-Femke\n", "Femke"),
])
def test_a_first_name_glued_to_a_dash_signs_a_note(text: str, name: str) -> None:
    # (stop 76) the dash and the name with no space between, closing the line
    assert name in found(text, "PERSON", "nl")


@pytest.mark.parametrize("text", ["Zie bijlage -Planning", "Kosten: 50 euro -Korting"])
def test_a_word_glued_to_a_dash_is_no_one(text: str) -> None:
    assert found(text, "PERSON", "nl") == []


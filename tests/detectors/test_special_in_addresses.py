"""A special-category term inside an e-mail or web address names a mailbox or a site, not
anyone's faith, health or union (special_terms._in_address): a surname in a sender's address
("<r.christen@...>"), an association's mailbox ("ledenadministratie@diabetes-nl.example"), a
mosque's site. Twins: the same term written in the text beside the address is still read.
Names and addresses synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, language: str = "nl") -> set[str]:
    return {d.entity for d in detect(text, language, document=True)
            if d.entity.startswith("SPECIAL_")}


IN_ADDRESSES = [
    ("nl", ("Van: Odile Christen <o.christen@voorbeeld.nl>\nOnderwerp: rooster\n\nIk kan vrijdag "
           "niet werken, zaterdag wel.\n\nGroet, Odile")),
    ("nl", ("Van: Joost Vrolijk\nAan: ledenadministratie@diabetesvereniging-oost.example\n\n"
           "Ik wil graag mijn adres wijzigen.\n\nJoost")),
    ("en", ("From: Femke <femke.baptist@example.org>\nSubject: shift swap\n\nI can take "
           "the Sunday shift if Ruud takes mine.\n\nFemke")),
    ("nl", ("Kandidaat Leendert Oosterwijk vraagt of hij de gegevens van de stichting kan "
           "opzoeken op www.moskee-alhouda.example of via https://vakbond-zuid.example/leden.")),
]
IN_TEXT = [
    ("nl", ("Van: Odile Vermaat <o.vermaat@voorbeeld.nl>\n\nIk ben christen en werk liever niet "
           "op zondag.\n\nGroet, Odile"), "SPECIAL_RELIGION"),
    ("en", ("From: Femke Otten <femke.otten@example.org>\n\nI am a Baptist and would like "
           "Sunday mornings off.\n\nFemke"), "SPECIAL_RELIGION"),
]


@pytest.mark.parametrize(("language", "text"), IN_ADDRESSES)
def test_a_term_inside_an_address_is_no_statement(language: str, text: str) -> None:
    assert _special(text, language) == set()


@pytest.mark.parametrize(("language", "text", "entity"), IN_TEXT)
def test_the_term_in_the_text_beside_an_address_is_still_read(
        language: str, text: str, entity: str) -> None:
    assert entity in _special(text, language)


def test_an_address_is_looked_for_near_the_term_only() -> None:
    from detectors.special_terms import _in_address

    low = "x/" * 400 + "kanker" + "/y" * 400 + "@voorbeeld.nl"
    at = low.index("kanker")
    assert not _in_address(low, at, at + 6)  # (its '@' 800 characters away: not its address)
    assert _in_address("k.christen@voorbeeld.nl", 2, 10)

"""PERSON (issue #14, stop 69): capitalised words that are no one in running text. A plural
of a thing after a count or "de" ("twee Ducato's", "onder de Kia's": Dutch sets no article
before a person's possessive); a month typed small after "in"/"vanaf" or a day ("herkeuring in jan.", "| 15 jan |")
even where a Jan is named in full; a common word that is a first name too, numbered ("Line
12", "Rose 3"). A person's possessive and a name typed small in chat stay names. Cases
written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Hij heeft vorige week de remmen van twee Ducato's vervangen, Kevin hielp mee.", "nl",
     "Ducato"),
    ("Wij stonden de hele nacht onder de Scudo's in de werkplaats met Kevin.", "nl", "Scudo"),
    ("In de loods staan 3 Transit's klaar voor de ploeg van Kevin.", "nl", "Transit"),
    (("Keuring van de heftrucks door Jan Overdijkink, herkeuring in jan. en vanaf feb nieuwe "
     "planning."), "nl", "jan"),
    ("Jan Overdijkink belt de klant.\nActie | wie | wanneer\nofferte sturen | Overdijkink | 15 jan |",
     "nl", "jan"),
    ("Delays on Line 12 after the storm; the controller on duty rerouted two buses.", "en",
     "Line"),
])
def test_plurals_months_and_numbered_words_are_no_one(text: str, lang: str, word: str) -> None:
    assert word not in found(text, "PERSON", lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Gisteren is Soufiane's auto blijven staan op de A4.", "nl", "Soufiane"),
    ("Jan Overdijkink komt. De keuring is vanaf feb klaar, jan belt je nog.", "nl", "jan"),
    ("Jan Overdijkink komt morgen. Om 3 uur komt jan langs voor de sleutels.", "nl", "jan"),
    ("Keuring door Jan Overdijkink; Jan belt de klant zelf.", "nl", "Jan"),
])
def test_possessives_and_small_names_stay(text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)

"""PERSON: a name seen in full, repeated in its possessive ("Jansens", "Ahmeds",
"Whitcombe's", "Okoye’s"), is reported there (a name with an apostrophe without its "'s":
the name's fingerprint); a common word that
is a part plus "s" ("Rooms" after "Eva Room") and a quote closing after a name are not."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "again"), [
    # Dutch: -s without an apostrophe after a name not ending in a sibilant
    ("Ahmed Benali is gestart. Ahmeds contract loopt tot mei.", "nl", "Ahmeds"),
    ("Sanne Jansen werkt hier. Jansens rooster is vol.", "nl", "Jansens"),
    ("Jan Smit begint maandag. Smits ploeg draait nachtdienst.", "nl", "Smits"),
    ("Intake: Wouter Kramer, orderpicker.\nKramers vorige werkgever gaf een goede referentie.",
     "nl", "Kramers"),
    # 's after a vowel, a typographic apostrophe
    ("Gesprek met Sanne Dijkstra gehad. Sanne's vraag ging over de reiskosten.", "nl",
     "Sanne's"),
    ("Notitie over Kevin Okoye. Okoye’s dossier is compleet.", "nl", "Okoye’s"),
    # English 's on a surname
    ("Mrs Daniela Whitcombe called. Whitcombe's manager agreed to the hours.", "en",
     "Whitcombe's"),
    ("We placed Tomasz Wiśniewski at the depot; Wiśniewski's badge expires in June.", "en",
     "Wiśniewski's"),
    ("Ruben Verhoeven (heftruck). Later bleek Verhoevens certificaat verlopen.", "nl",
     "Verhoevens"),
])
def test_possessive_of_a_name_seen_in_full(text: str, lang: str, again: str) -> None:
    at = text.rindex(again)  # (its ending kept, or the name alone where prose read it)
    assert any(d.start == at and d.end >= at + len(again.rstrip("s'’")) and d.entity == "PERSON"
               for d in detect(text, lang))


@pytest.mark.parametrize(("text", "absent"), [
    # a common word that is a part plus "s": the word
    ("Mieke Bank tekende het contract. Banks sturen de loonstroken niet meer.", "Banks"),
    # a quote closing after a name that ends in no sibilant: the name, not "Dewi'"
    ("Dewi de Groot belde. Dat is 'Dewi' voor de collega's.", "Dewi'"),
    ("Thomas Okafor meldde zich. Thomas' fiets stond buiten.", "Thomas'"),
    # a capitalised word after it: a firm named after its owner
    ("Eva Jansen kwam langs. Jansens Transport levert de pallets.", "Jansens"),
    # no thing possessed after it: a family's plural or a list, not a possessive
    ("Sanne Jansen belde. De Jansens en de Smits komen allebei.", "Jansens"),
    ("Contact: Ahmed Benali. Teams: Ahmeds, Planning en Verkoop.", "Ahmeds"),
    # a longer word that merely opens with the name
    ("Sanne Jansen werkt hier. Jansenstraat 4 is haar adres.", "Jansenstraat"),
])
def test_no_possessive(text: str, absent: str) -> None:
    assert absent not in _names(text)

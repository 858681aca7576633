"""Kinds measured on stop 60's blind sets (youth care and social work), tested with cases of
our own. Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, language: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language=language, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "place"), [
    # a title the namesake bore stands between the head and the name
    ("Dagbesteding: Huize Dr. Anton Philips, Eindhoven\nBegeleider: Fenna Hoekstra\n",
     "Anton Philips"),
    (("Site            Contact          Phone\nCommunity centre Prof. Hugo de Vries   "
      "Lotte Brands   06-31 72 84 90\n"), "Hugo de Vries"),
    # the places of sheltered housing and community work, and their abbreviated foundation
    ("Location          Worker\nSheltered housing Jan Wolkers     Daan Veenstra (nights)\n",
     "Jan Wolkers"),
    ("Opdrachtgever: Stg. Dirk Witte, Haarlem\nUren: 24 per week\n", "Dirk Witte"),
    # a housing or care foundation's compound head, and a youth help's
    ("Aan: Woonstichting Willem Kloos\nt.a.v. de crediteurenadministratie\n", "Willem Kloos"),
    ("Inlener: Jeugdhulp Herman Gorter, Alkmaar\nFunctie: groepsleider\n", "Herman Gorter"),
])
def test_a_place_of_care_named_after_someone_is_no_person(text: str, place: str) -> None:
    names = _names(text, "en" if "Location" in text or "Site" in text else "nl")
    assert not [n for n in names if n in place or place in n], names


@pytest.mark.parametrize(("text", "name"), [
    # a title without such a head before it is the person's own
    ("Gisteren sprak ik Dr. Anton Pieters over de overdracht.", "Anton Pieters"),
    # a bracket after a body names its contact person, not the body
    ("Gemeente (Sanne Dekker) wil eens per maand een update.", "Sanne Dekker"),
    ("Doorzetten naar schuldhulp (Kees Veldkamp, 050-311 42 77) vóór vrijdag.", "Kees Veldkamp"),
    # and someone placed at a foundation is still found beside it
    ("Stg. Dirk Witte: Mila Jansen werkt er sinds maart als activiteitenbegeleider.",
     "Mila Jansen"),
])
def test_the_person_beside_such_a_place_is_found(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(("text", "maiden"), [
    ("Partner: Anjali Rao (née Kulkarni), geboren 14-02-1991, paspoort volgt.", "Kulkarni"),
    ("Spouse: Elena Rossi née Ferrante, date of birth 2 May 1988", "Ferrante"),
    ("Moeder: Fatma Yilmaz (née Aydın)\nAdres: Kerkstraat 4, Tiel", "Aydın"),
])
def test_a_maiden_name_after_nee_is_a_name(text: str, maiden: str) -> None:
    assert maiden in _names(text, "en" if text.startswith("Spouse") else "nl")


@pytest.mark.parametrize(("text", "name"), [
    # (stop 60) first names a country's list ranks deeper (make_names.py DEEP 3 -> 4): a
    # Frisian, a Moroccan and a Turkish one, alone where the text gives no other cue
    ("Morgen begint Epko op de heftruck, hij heeft zijn certificaat al.", "Epko"),
    ("Soulaima belde dat ze later komt, de bus reed niet.", "Soulaima"),
    ("Emirkan wil volgende week graag de late dienst draaien.", "Emirkan"),
])
def test_a_first_name_ranked_deeper_is_a_name(text: str, name: str) -> None:
    assert name in _names(text), _names(text)

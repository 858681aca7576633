"""SPECIAL_HEALTH: an injury written as a wound and where it is ("snijwond aan de
linkerhand", "burn to the right forearm", "fracture of the wrist") or an operation on a
body part ("rotator cuff repair"), said of a named person in an incident report or a
medical certificate; and a field's value that wraps onto the next line keeps its label.
Twins: a toolbox talk on first aid in general and an incident without an injury name no
one's health. All names synthetic; texts written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _health(text: str, lang: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang, document=True)
            if d.entity == "SPECIAL_HEALTH"]


_INCIDENT_NL = ("Incidentmelding 12-11\nBetrokkene: Kofi Asante, monteur\nOmschrijving: bij "
                "het verwijderen van een afdekplaat liep Kofi een snijwond aan de linkerhand "
                "op.\n")
_ACCIDENT_NL = ("Ongevalsrapport\nMedewerker: Ilse Brouwer, heftruckchauffeur\nToedracht: Ilse "
                "raakte de uitlaat van de heftruck en liep een brandwond aan de rechterarm op.\n")
_INCIDENT_EN = ("Incident report\nPerson involved: Tomasz Nowak, lasher\nTreatment: burn to "
                "the right forearm, cooled and dressed by the medic.\n")
_FIRST_AID = ("First aid log\nName: Grace Mensah\nNotes: small cut on the left hand, closed "
              "with steri-strips.\n")
_RESTRICTION = ("Name: Lars Petersen\nRestriction: no climbing above 20 m for 3 months, "
                "following a rotator cuff repair of the right shoulder.\n")
# the field's value wraps onto a line of its own
_WRAPPED = ("Name: Lars Petersen\nRestriction: no climbing above 20 m for 3\nmonths, "
            "following a rotator cuff repair of the right shoulder.\n")


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        (_INCIDENT_NL, "nl", "snijwond aan de linkerhand"),
        (_ACCIDENT_NL, "nl", "brandwond aan de rechterarm"),
        (_INCIDENT_EN, "en", "burn to the right forearm"),
        (_FIRST_AID, "en", "cut on the left hand"),
        (_RESTRICTION, "en", "rotator cuff repair"),
        (_WRAPPED, "en", "rotator cuff repair"),
    ],
)
def test_an_injury_and_where_it_is_is_health(text: str, lang: str, term: str) -> None:
    assert term in _health(text, lang)


_TOOLBOX = "Toolbox 14-11: how to treat a cut on the hand; the first aid kit is in the canteen.\n"
_NO_INJURY = ("Incident report\nPerson involved: Kofi Asante, technician\nDescription: the "
              "cover plate has a sharp edge; gloves level D ordered. No injury.\n")
_BIKES = "Jan repareert de fietsen; bike repair is on the left side of the hall.\n"


@pytest.mark.parametrize("text", [_TOOLBOX, _NO_INJURY, _BIKES])
def test_first_aid_in_general_is_no_ones_health(text: str) -> None:
    assert _health(text, "en") == []


def test_a_wound_and_its_place_are_paired_halves_not_keys_of_every_pair() -> None:
    # the lexicon holds the wound's words and the body parts (with their forms) once each;
    # the matcher joins them where they stand side by side ("vingers": a part's plural)
    from detectors.special_lexicon import load_lexicon

    matcher = load_lexicon("nl").matcher
    text = "Toedracht: Ilse liep een snijwond aan de vingers op bij het snijden."
    assert [h.term for h in matcher.find(text)] == ["snijwond aan de vinger"]
    assert "snijwond aan de vingers" not in matcher._automaton
    assert "snijwond aan de" in matcher._automaton and "vingers" in matcher._automaton


# (stop 70) A burn and where it is ("verbranding van het hoornvlies", "burns on his
# forearm"), the eye's parts among the body's. Twins: a fire's or an engine's "verbranding"
# has no body part after it.
_SPLASH_NL = ("Ongevalsmelding\nNaam: Ruud Hoogkamp, schoonmaker\nToedracht: door een spat "
              "ontkalker liep Ruud een lichte verbranding van het hoornvlies op.\n")
_WELD_EN = ("Incident report\nPerson involved: Dmytro Savchuk, welder\nInjury: burns on his "
            "left forearm, cooled for 20 minutes.\n")


@pytest.mark.parametrize(("text", "lang", "term"), [
    (_SPLASH_NL, "nl", "verbranding van het hoornvlies"),
    (_WELD_EN, "en", "burns on his left forearm"),
])
def test_a_burn_and_where_it_is_is_health(text: str, lang: str, term: str) -> None:
    assert term in _health(text, lang)


@pytest.mark.parametrize("text", [
    "Notitie Ruud Hoogkamp: de verbranding van het afval in de oven loopt weer.\n",
    "Monteur Ruud Hoogkamp: verbranding van de diesel in de motor is onvolledig.\n",
])
def test_a_fires_or_an_engines_verbranding_is_no_ones_health(text: str) -> None:
    assert _health(text, "nl") == []


# (stop 75) a sudden pain, a strain or an overload and the part of the back it struck
@pytest.mark.parametrize(("text", "lang", "term"), [
    (("Melding arbeidsongeval\nBetrokken medewerker: Rik Jonker\n\nRik kreeg bij het tillen "
      "van een doos een scheut in de linkerschouder.\nVerzuim: ja\n"), "nl",
     "scheut in de linkerschouder"),
    ("Ik voelde een scheut in mijn onderrug en heb me ziek gemeld.\n\nGroet,\nRik\n", "nl",
     "scheut in mijn onderrug"),
    ("Verzuimmelding\nMedewerker: Rik Jonker\nOorzaak: verrekking van de bovenrug.\n", "nl",
     "verrekking"),
])
def test_pain_or_strain_and_its_part(text: str, lang: str, term: str) -> None:
    assert any(term in found for found in _health(text, lang))


def test_toolbox_on_lifting_names_no_ones_pain() -> None:
    text = "Toolbox tillen: een scheut in de rug voorkom je door door de knieën te gaan.\n"
    assert _health(text, "nl") == []

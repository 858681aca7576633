"""Biometric data asked for, proposed or refused is not held (rules.toml biometric_unheld,
biometric_taken; owners.toml quantifiers, stop 41): an objection to a fingerprint clock, a
works council's answer to a face-login proposal and a rule for every steward state no one's
template. The same sentence that says the data was taken after all still does. Synthetic."""

from __future__ import annotations

import pytest

from detectors import detect

BIOMETRIC = "SPECIAL_BIOMETRIC"


def _biometric(text: str, language: str) -> bool:
    return any(d.entity == BIOMETRIC for d in detect(text, language, document=True))


UNHELD = [
    ("nl", ("Van: Mila de Groot\n\nVanmorgen werd ik bij de poort gevraagd om mijn vingerafdruk "
            "te laten scannen. Dat wil ik niet, ik gebruik mijn pas.")),
    ("nl", ("Van: Karim Ouali\nBetreft: prikklok\n\nIk weiger mijn vingerafdruk te laten "
           "registreren voor de nieuwe prikklok in hal 4. Een pasje is prima.")),
    ("nl", ("Aan de directie\n\nDe OR stemt niet in met het voorstel om in te loggen met "
           "gezichtsherkenning op alle balies.\n\nNamens de OR, Mirjam Stoel")),
    ("nl", ("Beste planning,\n\nVolgens de opdrachtgever moeten alle chauffeurs vanaf maart met "
           "hun vingerafdruk de poort van het depot openen. Wat vinden jullie?\n\nGr. Lotte")),
    ("en", ("From: Tomasz Wrona\n\nMy supervisor says I have to register my fingerprint at the "
           "new terminal by Friday. I do not want my fingerprint scanned for clocking in.")),
    ("en", ("Dear HR,\n\nThe client wants every driver to unlock the van with their fingerprint "
           "from next month. Please let us know the alternative.\n\nRegards, Sanne")),
]

HELD = [
    ("nl", ("Notitie 12-03: Ewout weigerde eerst, maar zijn vingerafdruk is toch geregistreerd "
           "in de prikklok van de klant.")),
    ("en", ("Note: Grace refused at first; her fingerprint was registered anyway by the site "
           "guard on 4 May.")),
    ("nl", ("Mail van de klant: de vingerafdruk van Bram Kuipers is vandaag geregistreerd op "
           "terminal 2 (template 118).")),
    # a table's next row refuses, this one's is held: rows are read one by one
    ("nl", ("Toegang_lab.xlsx - opmerkingen\nRij  Naam        Opmerking\n7    K. Dekker   irisscan "
           "geregistreerd 02/4\n8    J. Mol      nog geen irisscan, pas 118\n")),
]


@pytest.mark.parametrize(("language", "text"), UNHELD)
def test_biometric_data_asked_for_or_refused_is_not_held(language: str, text: str) -> None:
    assert not _biometric(text, language)


@pytest.mark.parametrize(("language", "text"), HELD)
def test_biometric_data_taken_after_all_is_held(language: str, text: str) -> None:
    assert _biometric(text, language)


# A paragraph wrapped by hand: the refusal on the line before or after the term's line is
# the same sentence; an enrolment the writer was asked to make is not one made. Twins: a
# sentence that closed on the line before, and a wrapped sentence that says it was taken.
WRAPPED_UNHELD = [
    ("en", ("From: Ilse Vrankrijk\n\nToday the gate supervisor asked me\nto enrol my "
            "fingerprint. I refuse, as my badge\nworks fine for that door.")),
    ("en", ("Dear Facility desk,\n\nFacility asked to enrol my palm vein pattern before "
            "Monday.\nI will keep using my badge.\n\nRegards, Bas Ollongren")),
    ("nl", ("Hoi Ysbrand,\n\nIk weiger om mijn\nvingerafdruk af te staan voor de "
            "nieuwe klok van\nhal 2. Mag ik een pas?\n\nGroet, Wessel Tjoeng")),
]
WRAPPED_HELD = [
    ("nl", ("Hoi Ysbrand,\n\nIk wil geen pas meer.\nMijn vingerafdruk is gisteren "
            "geregistreerd in de klok van hal 2.\n\nGroet, Wessel Tjoeng")),
    ("en", ("Note: Ilse did not\nwant it at first, but her fingerprint was registered\n"
            "anyway on 4 May by the gate supervisor.")),
]


@pytest.mark.parametrize(("language", "text"), WRAPPED_UNHELD)
def test_a_refusal_wrapped_onto_another_line_holds_no_data(language: str, text: str) -> None:
    assert not _biometric(text, language)


@pytest.mark.parametrize(("language", "text"), WRAPPED_HELD)
def test_data_taken_in_a_wrapped_sentence_is_held(language: str, text: str) -> None:
    assert _biometric(text, language)

"""A notice's genre before its subject and an objection made (issue #15, stop 75): "Beleid:
gezichtsherkenning" names the text's topic, "I objected and got a card" says the trait was
never taken. Twins: a log that enrolled someone, a person's own field, still count."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

BIOMETRIC = "SPECIAL_BIOMETRIC"


def _found(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Privacy notice: vingerafdruk bij sleutelkast magazijn 2\n\nDe sleutelkast "
            "opent met een lezer. Omdat u daar werkt, leest u dit.\n\nWij slaan geen afbeelding "
            "van uw vingerafdruk op, enkel een template, en die staat in het slot zelf.\n\nMoet ik meedoen?\n"
            "Nee, u mag een pas kiezen.")),
    ("nl", ("Factsheet: gezichtsscan bij de kantine\n\nDe kassa herkent uw gezicht. Wij slaan "
            "alleen een template op.\n\nMoet ik meedoen?\nNee.")),
    ("en", ("Please send me all data you keep about me, including:\n- anything from the hand "
            "geometry reader at the warehouse gate (I objected in my first week and got a key "
            "fob)\n\nRegards,\nMila Dekker")),
    ("nl", ("Ik vraag inzage in mijn dossier, ook in:\n- gegevens van de "
            "handpalmscanner bij de poort (ik heb me in week 1 afgemeld en kreeg een pas)\n\n"
            "Groet,\nMila Dekker")),
])
def test_notice_topic_or_objection_is_no_biometric_data(lang: str, text: str) -> None:
    assert BIOMETRIC not in _found(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Enrolment log palm vein reader\n\n2026-03-02 Mila Dekker: template enrolled\n"),
    ("nl", "Naam: Mila Dekker\nIrisscan geregistreerd: ja\n"),
])
def test_enrolled_trait_still_found(lang: str, text: str) -> None:
    assert BIOMETRIC in _found(text, lang)

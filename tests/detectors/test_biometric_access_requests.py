"""SPECIAL_BIOMETRIC: what an access request asks to see is asked for, not stated (issue #15,
stop 77; rules.toml biometric_unheld: "inzage in", "of mijn", "a copy of", "whether my"). A
sentence that says the data was taken stays one (biometric_taken). Synthetic, made-up names."""

from __future__ import annotations

import pytest

from detectors import detect


def _biometric(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "SPECIAL_BIOMETRIC"]


@pytest.mark.parametrize(("text", "lang"), [
    (("Verzoek om inzage (AVG art. 15)\n\nIk wil graag weten:\n- welke uren er staan;\n"
      "- of mijn vingerafdruk bewaard blijft in de prikklok van hal 2.\n\nGroet,\nLotte Brink"),
     "nl"),
    (("Subject: access request\n\nPlease send me a copy of my personnel file, with the "
      "fingerprint data of the time clock.\n\nRegards,\nLotte Brink"), "en"),
    (("Subject: access request\n\nPlease tell me whether my fingerprint is still stored in "
      "the canteen terminal.\n\nRegards,\nLotte Brink"), "en"),
])
def test_an_access_request_asks_for_biometric_data(text: str, lang: str) -> None:
    assert _biometric(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Mijn vingerafdruk is op 3 maart in de prikklok geregistreerd.\n\nGroet,\nLotte Brink",
     "nl"),
    ("My fingerprint was registered at the time clock on 3 March.\n\nRegards,\nLotte Brink",
     "en"),
])
def test_a_stated_enrolment_stays(text: str, lang: str) -> None:
    assert _biometric(text, lang) != []

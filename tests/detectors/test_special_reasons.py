"""A conviction named as the reason of a decision about a record's person (detectors/
special_reasons.py, data reasons.toml, issue #15 stop 38): a reason field's value is the
person's, whatever authority its label names; a denial there, a VOG granted or requested,
and a conviction outside a reason field stay as before. All names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_reasons import ReasonsDataError, load_reasons

CRIMINAL = "SPECIAL_CRIMINAL"


def _criminal(text: str, language: str) -> bool:
    return any(d.entity == CRIMINAL for d in detect(text, language, document=True))


REASONS = [
    ("nl", ("VOG-dossier\nMedewerker: Bram Hoekstra\nAanvraag 03-2026: geweigerd. Reden volgens "
            "Justis: veroordeling wegens oplichting (2020).")),
    ("nl", ("Notitie HR - Lieke Smit\nVOG afgewezen. Weigeringsgrond in de brief van Justis: "
            "eerdere veroordeling voor heling.")),
    ("en", ("HR note - Daniel Evans\nDBS check: barred. Reason given by the DBS: conviction for "
            "assault in 2019.")),
    ("en", ("Screening file: Olivia Brooks\nGrounds for refusal (Justis letter): a prior "
            "conviction for fraud.")),
    ("nl", ("Plaatsing Kevin Bosman vervalt. Aanleiding volgens de inlener: strafblad "
            "(diefstal, 2022).")),
    ("nl", ("Dossier Ayla Demir\nOntslaggrond volgens de rechtbank: veroordeeld voor verduistering "
            "bij de vorige werkgever.")),
    ("en", ("Candidate record - Tom Price\nRejection reason from Justis: criminal record "
            "(burglary).")),
    ("nl", ("VOG-status Jelle Kramer\nReden afwijzing Justis: taakstraf voor mishandeling in "
            "2021.")),
]


@pytest.mark.parametrize("language, text", REASONS)
def test_a_conviction_as_a_decisions_reason_is_the_persons(language: str, text: str) -> None:
    assert _criminal(text, language)


NOT_STATED = [
    ("nl", "VOG-dossier\nMedewerker: Bram Hoekstra\nReden aanvraag Justis: functie beveiliger."),
    ("nl", "Notitie HR - Lieke Smit\nReden afwijzing: geen veroordeling, wel een onvolledige aanvraag."),
    ("en", "HR note - Daniel Evans\nReason: no conviction found, certificate issued by Justis."),
    ("nl", "VOG ontvangen van Justis voor Kevin Bosman, afgegeven op 12-01-2026."),
    ("en", "Screening file: Olivia Brooks\nReason for the VOG request: screening profile 'goods'."),
    ("nl", "Dossier Ayla Demir\nReden verzuim: griep."),
]


@pytest.mark.parametrize("language, text", NOT_STATED)
def test_a_reason_field_without_a_conviction_states_none(language: str, text: str) -> None:
    assert not _criminal(text, language)


def test_a_bad_reasons_file_names_its_key(tmp_path) -> None:
    bad = tmp_path / "reasons.toml"
    bad.write_text('[nl]\nreason_labels = ["Reden"]\n', encoding="utf-8")
    with pytest.raises(ReasonsDataError, match="reason_labels"):
        load_reasons.__wrapped__(bad)

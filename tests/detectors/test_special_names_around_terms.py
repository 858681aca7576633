"""Words around a term that look like a person and are not: a surname after initials and a
first name in brackets, a pronoun that points back ("Apart from that, I am ..."), a field
whose value is kept back."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "entity"), [
    (("Betreft: uw aanvraag, mevr. H.W. (Hanneke) Christen, geboren 3 maart 1990.\n\n"
     "Geachte mevrouw Christen,\n\nWij hebben uw aanvraag ontvangen."), "SPECIAL_RELIGION"),
    ("Re: Mr J.R. (John) Christian, staff number 4411\n\nDear Mr Christian,",
     "SPECIAL_RELIGION"),
])
def test_a_surname_after_initials_and_a_first_name(text: str, entity: str) -> None:
    assert found(text, entity) == []


@pytest.mark.parametrize("text", [
    "Besides that, I am an active member of the CNV and I sit on its youth board.",
    "Apart from that, she is a member of Unite.",
    "In addition to that, I am a member of FNV Metaal.",
])
def test_a_pronoun_pointing_back_opens_no_clause(text: str) -> None:
    assert found(text, "SPECIAL_TRADE_UNION", "en") != []


@pytest.mark.parametrize(("text", "lang"), [
    (("Naam: R. de Groot\nMedische gegevens: onder geheimhouding bij de arbodienst, niet "
     "verstrekt.\nBelastbaarheid: 4 uur per dag"), "nl"),
    (("Name: T. Okafor\nHealth details: kept under secrecy by the occupational physician.\n"
     "Hours: 20 a week"), "en"),
])
def test_a_value_kept_back(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_HEALTH", lang) == []


def test_a_value_given_stays() -> None:
    text = "Naam: R. de Groot\nMedische gegevens: hernia, wordt behandeld\n"
    assert found(text, "SPECIAL_HEALTH") == ["hernia"]

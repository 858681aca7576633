"""An offence named as the time of an event (detectors/special_events.py, data
events.toml, issue #15 stop 38): the incident, not the offence of the people the sentence
goes on to name. An agent after it or another tie to a person keeps it theirs. All names
synthetic."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_events import EventsDataError, _patterns

CRIMINAL = "SPECIAL_CRIMINAL"


def _criminal(text: str, language: str) -> bool:
    return any(d.entity == CRIMINAL for d in detect(text, language, document=True))


EVENT_TIME = [
    ("nl", "Na de inbraak in het magazijn heeft Sanne Kuipers alle sloten laten vervangen."),
    ("nl", "Sinds de diefstal bij de kassa controleert Youssef el Idrissi de kluis dagelijks."),
    ("nl", "Tijdens de overval op het tankstation stond Ilse Verbeek achter de balie."),
    ("en", "After the burglary at the depot, Tom Hendriks changed the alarm codes."),
    ("en", "Following the theft in the locker room, Mia de Groot reviewed the key list."),
    ("en", "During the robbery at the branch, Daan Smit called the police."),
    ("nl", ("Naar aanleiding van de vernieling van de slagboom heeft Fenna Bos een melding "
           "gemaakt.")),
    ("en", "Since the vandalism in car park B, Lotte Visser escorts the night shift out."),
]


@pytest.mark.parametrize("language, text", EVENT_TIME)
def test_an_offence_dating_an_event_is_no_ones(language: str, text: str) -> None:
    assert not _criminal(text, language)


OFFENDER_NAMED = [
    ("nl", "Na de diefstal door Kees Jansen is zijn contract beëindigd."),
    ("en", "After the theft by Mark Peters he was dismissed on the spot."),
    ("nl", "Kees Jansen is veroordeeld voor diefstal."),
    ("en", "Mark Peters was convicted of burglary in 2021."),
]


@pytest.mark.parametrize("language, text", OFFENDER_NAMED)
def test_an_offence_with_its_offender_stays(language: str, text: str) -> None:
    assert _criminal(text, language)


def test_a_bad_events_file_names_its_key(tmp_path) -> None:
    bad = tmp_path / "events.toml"
    bad.write_text('[nl]\ntime_words = ["Na"]\n', encoding="utf-8")
    with pytest.raises(EventsDataError, match="time_words"):
        _patterns.__wrapped__(bad)

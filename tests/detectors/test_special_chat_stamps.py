"""A chat export's line opens with a stamp before its speaker ("03-02-26 07:10 - Name:",
"[09:14] Name:", "12/03/2025, 09:14 - Name:"): the speaker is the line's label as it is
without the stamp, so what the speaker writes of their own health without a subject
("migraine sinds gisteravond") is tied to them (issue #15, stop 78; special_lexicon
CHAT_STAMP). A stamp without a clock time is no chat's, and a line that names no one stays
no one's; nor is a pet's condition the speaker's ("mijn kat is suikerpatiënt", "the vet
says arthritis": animals.toml animal_care, person_animals.names_an_animal). Made-up names."""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize(("text", "lang", "term"), [
    ("03-02-26 07:10 - Daan Mulder: migraine sinds vannacht, zie alles wazig. blijf thuis",
     "nl", "migraine"),
    ("12/03/2026, 07:10 - Daan Mulder: migraine since last night, staying home", "en",
     "migraine"),
    ("[03-02-26 07:10:44] Daan Mulder: hernia weer opgespeeld, kan niet tillen", "nl",
     "hernia"),
])
def test_a_speakers_subjectless_line_after_a_stamp_is_theirs(text: str, lang: str,
                                                              term: str) -> None:
    assert term in _special(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("03-02-26 07:10 - Daan Mulder: voor iedereen die migraine heeft: de stille ruimte is open",
     "nl"),
    ("2019 - 2021 Vrijwilliger: moskee Nour, kantinedienst", "nl"),
    ("[18:02] Sanne Bos: mijn kat is suikerpatiënt, moet twee keer per dag een prik",
     "nl"),
    ("18:02 - Sanne Bos: the vet says arthritis, so my dog gets painkillers now", "en"),
])
def test_what_no_one_states_stays_no_ones(text: str, lang: str) -> None:
    assert _special(text, lang) == []

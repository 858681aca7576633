"""Kinds found in the DEV sets' chat exports (stop 45), tested with cases of our own
(synthetic names): a chat export names its speaker as the phone saved the contact, a first
name and the desk or firm it writes for ("Dennis Planning:", "Ilse CMG planning:"); the
person is the first name. A desk alone ("Planning Noord:", "Team Rotterdam:") is no one.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize("chat, name", [
    (("14/03/27, 06:02 - Marloes Planning: Goedemorgen allemaal, bus vertrekt 06:30\n"
      "14/03/27, 06:05 - +48 601 223 874: ok\n14/03/27, 06:10 - Marloes Planning: top\n"),
     "Marloes"),
    (("[03/04/2027, 07:12] Bram Payroll NL: Vergeet je ID niet\n"
      "[03/04/2027, 07:15] Kasia: ok dank je\n"), "Bram"),
])
def test_a_contact_saved_as_a_first_name_and_a_desk(chat: str, name: str) -> None:
    found = _persons(chat)
    assert found.count(name) == chat.count(f"{name} "), found


def test_a_desk_alone_is_no_one() -> None:
    chat = ("14/03/27, 06:00 - Planning Noord: rooster staat online\n"
            "14/03/27, 06:01 - Team Rotterdam: ok\n")
    assert _persons(chat) == []


# (running-text-14 and others, stop 45) a surname that the hand list keeps out of names as it
# opens headings ("Winter", "Zomer", "Bank") is a name after a form of address or a first name
@pytest.mark.parametrize("text, name", [
    ("Referentie gecheckt met mevrouw Zomer van het callcenter.", "Zomer"),
    ("The minutes were taken by Mr. Bank after the break.", "Bank"),
    ("Contact bij de klant: Sanne Winter, inkoop.", "Sanne Winter"),
])
def test_a_heading_word_surname_after_an_address_or_a_first_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "Winter 2027: rooster en vakantieplanning\n",
    "Docent Engels gezocht voor de avondschool.",
    "Mevrouw Haar belde niet terug.",  # (a stop word: never a surname here)
])
def test_a_heading_word_alone_stays_no_one(text: str) -> None:
    assert _persons(text) == []

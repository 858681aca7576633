"""An address-shaped id of a message or an event ("Message-ID: <...@host>", "References:
<...>", an iCalendar "UID:") names no mailbox: no EMAIL_ADDRESS. The mailboxes beside it, and
a CV's "References:" line that names people and their addresses, still are (stop 54; the
kind found in identifiers-12 and -14)."""

from __future__ import annotations

from detectors import detect


def _emails(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "en", document=True)
            if d.entity == "EMAIL_ADDRESS"]


def test_message_and_event_ids_are_no_addresses() -> None:
    text = ("From: Lotte Vermeer <lotte.vermeer@example.nl>\n"
            "Message-ID: <DB9PR03MB7711C2A4@DB9PR03MB7711.eurprd03.prod.outlook.com>\n"
            "In-Reply-To: <a1b2c3d4e5@mail.example.org>\n"
            "References: <a1b2c3d4e5@mail.example.org> <f6e5d4c3@mail.example.org>\n\n"
            "BEGIN:VEVENT\nUID:7f3c9a21e0b4@calendar.example.com\n"
            "ORGANIZER;CN=Planner:mailto:planning@example.nl\nEND:VEVENT\n")
    assert _emails(text) == ["lotte.vermeer@example.nl", "planning@example.nl"]


def test_a_cvs_references_line_keeps_its_addresses() -> None:
    text = "References: Mr Daan Vos (shift lead), daan.vos@example.com, +31 6 1234 5678\n"
    assert _emails(text) == ["daan.vos@example.com"]

"""PERSON: a chat export's sender written as a handle before the message's time
("lieke.peeters  09:12  text"), as a pasted DM's sender before ":" is. Cases written here."""

from __future__ import annotations

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


def test_a_handle_before_its_messages_time_is_its_sender() -> None:
    text = ("#planning-noord  (export 2026-11-30)\n\n"
            "marieke.jansen  09:12  wie heeft de sleutel van hal 3?\n"
            "bram_kok  09:14  ik, leg hem zo terug\n"
            "marieke.jansen  09:15  top\n")
    assert _names(text).count("marieke.jansen") == 2
    assert "bram_kok" in _names(text)


def test_a_file_name_or_a_domain_before_a_time_is_no_sender() -> None:
    text = ("backup.log  02:00  job started\nrooster_week48.xlsx  07:30  opgeslagen\n"
            "connect-me.nl  08:00  site down\n")
    assert _names(text, "en") == []

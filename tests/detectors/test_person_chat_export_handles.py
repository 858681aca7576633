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


def test_a_handle_after_its_messages_date_and_time_is_its_sender() -> None:
    # a team chat's export: date and time first, then the sender, then the message with no
    # ":" between (the stamp alone marks the sender)
    text = ("#team-west - exported 2025-03-14\n\n"
            "2025-03-12 08:41  sanne.kuipers  wie pakt de nieuwsbrief op?\n"
            "2025-03-12 08:44  joost.b        ik, na de lunch\n"
            "[13-03-2025 10:02:19] sanne.kuipers dank je!\n"
            "13/03/2025, 10:05 - femke_de_wit: top\n")
    names = _names(text)
    assert names.count("sanne.kuipers") == 2
    assert {"joost.b", "femke_de_wit"} <= set(names)


def test_a_stamped_log_line_names_no_sender() -> None:
    # a system log: the word after the stamp is an event or a file, no person
    text = ("2025-03-12 08:41  backup.daily  started\n"
            "2025-03-12 08:44  user.login    failed for account 1002\n"
            "2025-03-12 08:45  rooster_week11.xlsx saved\n")
    assert _names(text, "en") == []


def test_a_handle_whose_first_name_is_a_word_too_is_its_sender() -> None:
    # "storm", "bloem", "job" are words as well as first names: the surname after the dot
    # says the handle is a person's, on a sender line alone over its message
    text = ("#flexpool-zuid\n\nstorm.dijkstra  11:02\nwie kan zaterdag in Breda?\n\n"
            "bloem.kuiper  11:04\nik, vanaf 9 uur\n\njob_brouwer  11:05\nik niet\n")
    names = _names(text)
    assert {"storm.dijkstra", "bloem.kuiper", "job_brouwer"} <= set(names)


def test_a_first_name_and_a_field_word_is_no_sender() -> None:
    text = "job_nr  11:02\nexport gestart\n\nstorm.kleur  11:04\nrood\n"
    assert _names(text) == []

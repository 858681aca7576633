"""PERSON: initials that a list of those present gives are people wherever they stand
(stop 40). Minutes write "Aanwezig: JvdB, MK, SA, TH (notulen), afwezig: PdG (ziek)" or
"Present: EdV (chair), RB" and then "SA heeft gesproken met ...", "RB to meet ...".
Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text) if d.entity == "PERSON"]


def test_initials_of_those_present_count_in_the_minutes_below() -> None:
    text = ("Notulen werkoverleg – 6 nov.\nAanwezig: JvdB, MK, SA, TH (notulen), afwezig: PdG "
            "(ziek)\n\n1. Klanten\nSA heeft gesproken met de klant. TH belt volgende week.\n"
            "PdG zou bellen, volgt na herstel.\n2. Rondvraag\nJvdB: uren schrijven voor vrijdag.")
    people = _people(text)
    for initials, times in (("JvdB", 2), ("MK", 1), ("SA", 2), ("TH", 2), ("PdG", 2)):
        assert people.count(initials) == times, (initials, people)


def test_english_minutes_with_a_role_in_brackets() -> None:
    text = ("Minutes - key accounts, 12 Nov\nPresent: EdV (chair), RB, KO\n\n"
            "1. EdV reports the agreement is extended. RB to meet procurement on 2 Dec.")
    people = _people(text)
    assert people.count("EdV") == 2 and people.count("RB") == 2 and "KO" in people


@pytest.mark.parametrize("text", [
    # departments and roles in the list are acronyms, not people
    "Aanwezig: HR, OR, CEO\nHR meldt dat de OR instemt met het voorstel.",
    "Present: IT, HR (chair)\nHR will send the memo on Monday.",
    # a label word with no list of initials
    "Minutes: 45\nChair: none this week.",
])
def test_acronyms_and_other_values_after_the_label_are_no_people(text: str) -> None:
    assert _people(text) == []


def test_listed_initials_in_a_record_row_stay_codes() -> None:
    """Beside a number in a delimited row the same letters are a record's code."""
    text = "Aanwezig: MK, SA\nMK meldt de cijfers.\ncode;aantal;plaats\nSA;12;Utrecht\n"
    people = _people(text)
    assert people.count("MK") == 2 and people.count("SA") == 1


def test_a_second_label_after_a_full_stop_ends_the_list() -> None:
    """"LvL. Minutes: KO.": the full stop before the next label ends LvL's item."""
    text = "Present: EdV (chair), RB, LvL. Minutes: KO.\n\nLvL thinks price was the reason."
    people = _people(text)
    assert people.count("LvL") == 2 and "KO" in people


def test_semicolons_between_clauses_are_no_record_row() -> None:
    """(stop 50) A sentence's semicolons ("...who started 1 Nov; asks whether ...; AS still
    wants ...") make no delimited row: the listed initials in it are people. A record's
    cells between semicolons stay a record's code."""
    text = ("Minutes - monthly steering\nAttendees: RvL (Vostra), AS (Vostra), LB (Connect-Me)\n\n"
            "1. Placements\nLB: 11 consultants placed. AS very happy with the data engineer who "
            "started on the first of November; asks whether a second profile like hers is "
            "available soon; AS still wants to see the CV for the QA chapter of the plan.\n")
    assert _people(text).count("AS") == 3
    record = ("Attendees: AS, LB\n\nexport;code;team\n4410;AS;data\n4411;LB;test\n")
    assert _people(record).count("AS") == 1

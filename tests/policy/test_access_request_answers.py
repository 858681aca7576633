"""The answer to a data-subject request lists what the file holds, absence records among
it: a letter, no absence record of its own."""

from __future__ import annotations

from tests.policy.scanned import classified

ANSWER = """Subject: Re: your access request (art. 15 GDPR), ref. PRIV-2026-118

Dear Mr Okafor,

Thank you for your request. Our systems hold the following about you:

- your employee file: name, address, date of birth, staff number
- absence records: the dates of your sick leave only, no cause of illness; the occupational
  physician's reports are kept by our occupational health service (Arbodienst Midden), not
  by us; ask them directly.
- the dates of your absence and of your recovery report
- payslips and annual statements, kept for seven years

Kind regards,
Marloes Hendriks
Privacy officer
"""

ANTWOORD = """Onderwerp: Re: verzoek inzage (art. 15 AVG)

Beste mevrouw Dekker,

U vroeg welke gegevens wij van u bewaren. Dat zijn uw NAW-gegevens, uw contracten, de data
van uw ziekmeldingen en hersteldmeldingen (geen oorzaak of diagnose) en uw loonstroken.
Verslagen van de bedrijfsarts bewaart de arbodienst.

Met vriendelijke groet,
Sander Visser, functionaris gegevensbescherming
"""

SICK_NOTE = """Ziekmelding

Medewerker: Tom Okafor
Ziek gemeld op: 3 maart 2026, verwacht herstel over een week.
De bedrijfsarts ziet hem op 10 maart op het spreekuur.
U heeft recht op inzage in uw verzuimdossier.
"""


def test_an_answer_to_an_access_request_is_no_absence_record() -> None:
    assert classified(ANSWER, "reply.txt") != "medical"
    assert classified(ANTWOORD, "antwoord_inzage.txt") != "medical"


def test_a_sick_note_that_names_the_right_of_access_stays_one() -> None:
    assert classified(SICK_NOTE, "ziekmelding.txt") == "medical"

"""An incident's notice, the accident register and a needle-stick report are typed by what
they are (other), whatever injury and absence words they hold; a sick report that names the
accident stays an absence record."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified

BODY = """Melder: Karin Smit (schoonmaker, pers.nr 51234)
Datum: 12-02-2026, 09:40
Wat is er gebeurd: uitgegleden op natte vloer in de keuken, pols gekneusd.
Eerste hulp: ja, door collega. Huisarts bezocht.
Verzuim: ja, 3 dagen ziek gemeld, verwachte duur herstel een week.
"""


@pytest.mark.parametrize("title", [
    "Melding incident (intern formulier, team Oost)",
    "Ongevalsregistratie 2026 - vestiging Deventer",
    "Prikaccident: melding en afhandeling",
])
def test_an_incident_report_is_no_absence_record(title: str) -> None:
    assert classified(f"{title}\n{BODY}", "melding.txt") == "other"


def test_a_sick_report_after_an_accident_stays_one() -> None:
    assert classified(f"Ziekmelding na ongeval\n{BODY}", "ziekmelding.txt") == "medical"

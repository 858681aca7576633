"""A debt counsellor's case note names a client's sick leave as why the income fell: a
household's finances, no employer's absence record."""

from __future__ import annotations

from tests.policy.scanned import classified

NOTE_NL = """Gespreksverslag schuldhulpverlening - wijkteam Noord
Hulpverlener: T. Bos
Cliënt: dhr. en mevr. Yilmaz

- Dhr. Yilmaz is sinds maart ziek thuis met een burn-out; het inkomen is gedaald.
- Schulden bij de zorgverzekeraar en de energieleverancier, samen ca. EUR 9.000.
Vervolg: aanvraag budgetbeheer en een minnelijke schuldregeling.
"""

NOTE_EN = """Case note - debt counselling, district team West
Counsellor: P. Meijer

- Mrs Adeyemi has been on sick leave since June because of a back injury; income fell.
- Arrears with the landlord and the water company.
Next step: apply for a debt settlement in the spring.
"""

SICK_NOTE = """Ziekmelding
Medewerker: dhr. Yilmaz
Ziek gemeld op 3 maart 2026, verwacht herstel over twee weken.
De bedrijfsarts ziet hem op 10 maart.
"""


def test_a_debt_counselling_note_is_no_absence_record() -> None:
    assert classified(NOTE_NL, "verslag.txt") != "medical"
    assert classified(NOTE_EN, "case_note.txt") != "medical"


def test_a_sick_report_stays_one() -> None:
    assert classified(SICK_NOTE, "ziekmelding.txt") == "medical"

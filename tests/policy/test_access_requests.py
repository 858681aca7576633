"""A data subject's own request to see or erase their data names the HR file it asks for; it
is no part of that file, and a BSN given in it to identify oneself has left HR
(bsn-outside-hr), however many HR words it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

REQUESTS = {
    "verzoek-inzage.txt": """Aan: privacy@voorbeeld-uitzend.nl
Onderwerp: verzoek om inzage

Beste privacyteam,

Tot vorig jaar werkte ik via uw bureau als orderpicker in Tilburg. Ik wil graag inzage in
mijn personeelsdossier, mijn urenregistratie en de verzuimregistratie die u over mij bijhoudt.
Mijn personeelsnummer was 44120 en mijn BSN is 123456782.

Met vriendelijke groet,
Bram Voskuilen
""",
    "verwijderen-gegevens.txt": """Geachte heer, mevrouw,

Hierbij doe ik een verwijderingsverzoek op grond van artikel 17 AVG. Mijn dienstverband
via u is per 1 maart geëindigd en ik wil dat mijn gegevens, ook de loonstroken en het
rooster, worden gewist zodra de wettelijke termijn dat toelaat.
Ter identificatie: BSN 111222333, werknemersnummer 9031.

Met vriendelijke groet,
Ineke Stoutjesdijk
""",
    "sar-former-employee.txt": """Subject: subject access request

Dear HR team,

I worked for your agency as an employee in the warehouse in Venlo until last summer. Under
article 15 GDPR I make a subject access request for my personnel file, my payslips and the
notes about my sick leave. My employee number was 7713; my BSN is 232262536.

Kind regards,
Tomasz Wilk
""",
}

HR_NOTE = """Personeelsdossier – wijziging gegevens
Medewerker: Bram Voskuilen, personeelsnummer 44120
BSN: 123456782
Nieuw adres per 1 mei; loonadministratie en rooster aangepast.
"""


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_a_request_for_ones_own_data_is_outside_hr(tmp_path: Path, name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, REQUESTS[name])
    assert "NL_BSN" in entities
    assert "bsn-outside-hr" in rules


def test_the_hr_file_itself_stays_exempt(tmp_path: Path) -> None:
    _, entities, rules = scan_text(tmp_path / "wijziging.txt", HR_NOTE)
    assert "NL_BSN" in entities
    assert "bsn-outside-hr" not in rules

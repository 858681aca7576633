"""A care worker's report about one client named at its head: its health terms are that
client's (special-category), though no cause of an employee's sickness."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

NAMED = {
    "dagrapportage-vermeer.txt": """Dagrapportage – Woongroep De Linde
Cliënt: mevr. Ans Vermeer (geb. 1958)
Begeleider: Youssef (avond)

16:00  Mevrouw was onrustig, liep veel over de gang.
18:30  Medicatie aangereikt: quetiapine 50 mg, afgetekend in het ECD.
21:00  Somber, zegt dat ze niet meer wil eten. Signaleringsplan fase oranje.
""",
    "daily-report-hughes.txt": """Daily report, supported living, Flat 3
Resident: Mr Thomas Hughes
Support worker: Lena (late)

17:10  Medication given: lithium 400 mg, administered and signed.
19:45  Mr Hughes reports he hears voices again; stayed with him for half an hour.
""",
}

UNNAMED = {
    "overdracht-groep.txt": """Overdracht avond naar nacht, groep 2
- J. rustig, medicatie om 20:00 afgetekend
- een bewoner met diabetes heeft zijn avondeten overgeslagen
""",
    "order-client.txt": """Order form, evening shift
Client: Bouwbedrijf Jansen, Deventer
Contact: Mr Ronald Jansen
Requirement: no workers with epilepsy on the scaffolding (insurer).
""",
}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_a_named_clients_health_is_special_category(tmp_path: Path, name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, NAMED[name])
    assert "SPECIAL_HEALTH" in entities
    assert "special-category" in rules
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("name", sorted(UNNAMED))
def test_no_client_named_no_record(tmp_path: Path, name: str) -> None:
    _, entities, _ = scan_text(tmp_path / name, UNNAMED[name])
    assert "SPECIAL_HEALTH" not in entities

"""SPECIAL_BIOMETRIC: a text whose first line names minutes, a policy, a procedure or a
brochure ("Notulen OR", "Biometriebeleid", "Minutes of the works council") speaks of a
system and of staff in general: a biometric data word there ("templates worden lokaal
opgeslagen") is a person's only where its person stands by it ("haar template"). The same
words in a log or a note about one employee stay hers. Cases written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.found import special_in_file

B = "SPECIAL_BIOMETRIC"


@pytest.mark.parametrize("text", [
    ("Notulen ondernemingsraad 3 april\nAanwezig: Karel Pet (voorzitter), Ineke Vos, Orhan "
     "Keskin; bestuurder W. Harkema\n\n5. Vingerscan kantine Venlo\nInstemming van de OR met "
     "de vingerscan bij de kantine ontbreekt nog. De bestuurder plant de plaatsing in juni.\n"),
    ("Minutes works council meeting, 9 April\nPresent: Karel Pet (chair), Ineke Vos, Orhan "
     "Keskin\n\n4. Face scan at gate B\nNo consent from the council yet for the face scan at gate "
     "B; the supplier comes back in May.\n"),
])
def test_a_system_in_minutes_or_a_policy_is_no_ones_data(tmp_path: Path, text: str) -> None:
    assert B not in special_in_file(tmp_path, "doc.txt", text)


@pytest.mark.parametrize("text", [
    ("Notulen OR-vergadering 4 maart\n\n3. Tijdregistratie\nBij Fenna Brouwersma werkt de "
     "vingerscan niet; haar template is opnieuw ingelezen.\n"),
    ("Inschrijflog toegangssysteem\n\n04-03 08:10  Joep Meulendijks: vingerafdruktemplate "
     "opgeslagen (2 vingers)\n"),
])
def test_a_persons_template_stays_hers(tmp_path: Path, text: str) -> None:
    assert B in special_in_file(tmp_path, "doc.txt", text)

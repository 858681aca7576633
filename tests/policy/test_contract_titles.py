"""An agency's contract titled in other words than "arbeidsovereenkomst" is an employment
contract (stop 40): a secondment agreement, an agency-work or zero-hours contract, in Dutch
and English. Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified as _type


@pytest.mark.parametrize("title", [
    "SECONDMENT AGREEMENT", "Secondment contract", "Nulurencontract", "Detacheringscontract",
    "Agency work agreement", "Zero-hours contract",
])
def test_an_agency_contract_by_another_name_is_an_employment_contract(title: str) -> None:
    text = (f"{title}\n\nBetween Flexwerk B.V. (the Agency) and S. de Boer (the Employee).\n"
            "1. Start date: 4 January 2027. 2. Notice period: one month.\n"
            "3. Hours: 32 per week at the client's site.\nSigned in duplicate.")
    assert _type(text) == "employment_contract"


def test_a_contract_with_a_client_stays_no_employment_contract() -> None:
    text = ("Secondment agreement\n\nBetween Flexwerk B.V. and Bouwbedrijf Noord B.V.\n"
            "Uurtarief: EUR 48,50. Facturatie per vier weken. Raamovereenkomst 2026.")
    assert _type(text) != "employment_contract"

"""NL_BSN: a certificate's or a pass's acronym in capitals right before a bare number names
it ("VCA-VOL 444636201", "BHV 169926904"), in a block of personal details or a list of
people as much as in a sentence; a kind noun right before a number names it even after a
BSN word earlier on its line ("BSN (... afspraak 565487279 ...): 441977820"). A BSN word in
capitals, a surname in capitals and a bare number in a block stay what they were. Numbers
are synthetic, 11-check valid."""

from __future__ import annotations

import pytest

from tests.detectors.found import found

_FORM = ("AANMELDFORMULIER\n"
         "Naam ................ Ruud Hoekstra\n"
         "Geboortedatum ....... 12-02-1991\n"
         "Adres ............... Kerkstraat 4, 5611 AB Eindhoven\n"
         "Certificaten ........ MBO-3 Installateur, {cert} {number} geldig tot 01-03-2029\n")


@pytest.mark.parametrize("cert", ["VCA-VOL", "VCA-B", "BHV", "SCC", "NEN-EHBO"])
def test_a_certificates_acronym_in_a_block_of_details_names_its_number(cert: str) -> None:
    assert found(_FORM.format(cert=cert, number="444636201"), "NL_BSN") == []


def test_a_list_of_people_with_a_pass_acronym_has_no_bsn_field() -> None:
    text = ("Toegang aanvragen voor de ploeg van maandag:\n"
            "1. Ruud Hoekstra - geb. 12/02/1991 - paspoort NX81KL2P4 - GPI 169926904 - 06 1234 5678\n"
            "2. Ilse de Bruin - geb. 03/07/1988 - ID-kaart IR72LP0K1 - GPI 537774038 - 06 8765 4321\n"
            "3. Emre Kaya - geb. 21/11/1995 - verblijfsdocument W2211804 - GPI 431184574\n")
    assert found(text, "NL_BSN") == []


def test_a_kind_noun_right_before_a_number_inside_a_bsn_words_brackets() -> None:
    text = ("Kopie ID gemaakt op 2 november.\n"
            "BSN (aangevraagd bij de gemeente, afspraak 565487279 op 3 maart): 441977820\n")
    assert found(text, "NL_BSN") == ["441977820"]


_BLOCK = ("Naam: Ruud Hoekstra\nGeboortedatum: 12-02-1991\n"
          "Adres: Kerkstraat 4, 5611 AB Eindhoven\n{line}\n")


@pytest.mark.parametrize("line", [
    "Gegevens: SOFI 471692074",  # a BSN word in capitals is the BSN's own label
    "Gegevens: BSN 471692074",
    "Diploma: MBO-3, 471692074",  # a bare number in a block of details is still one
    "Familie: VOS 471692074",  # a surname in capitals names whose, not what kind
])
def test_bsn_words_names_and_bare_numbers_in_a_block_keep_their_number(line: str) -> None:
    assert found(_BLOCK.format(line=line), "NL_BSN") == ["471692074"]

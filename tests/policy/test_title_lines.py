"""What a document's title is (stop 60): a list's item under the first line is none ("-
rijbewijs C/CE ok" in an intake note), and an instruction or a procedure about ID copies is
its genre ("Werkinstructie: kopie identiteitsbewijs maken"), not a copy of one. Synthetic
texts."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified as _type


@pytest.mark.parametrize("text", [
    ("K-40218 | R. Veldhuis | intake 3/9\n- rijbewijs B, geen code 95\n- wil alleen "
     "dagdiensten, liefst rond Deventer\n- ervaring orderpicken 2 jaar, reachtruck ja\n"
     "- beschikbaar per direct, 32 uur\n"),
    ("Intake 12-05 Mila Kraan\n* paspoort verloopt in juni, nieuw aangevraagd\n* zoekt "
     "werk in de bediening, weekenden vrij\n* heeft eigen vervoer\n"),
    ("Werkinstructie: kopie identiteitsbewijs maken bij indiensttreding\nVersie 2 - "
     "maart 2026\n\n1. Vraag de uitzendkracht om het originele paspoort of de "
     "identiteitskaart.\n2. Maak een kopie van de voorzijde; de pasfoto en het BSN (het "
     "persoonsnummer) mag je afschermen.\n3. Noteer het documentnummer en de geldigheid "
     "in het dossier.\n"),
    ("ID check procedure - branch offices\n\nEvery new temp worker shows a passport or an "
     "identity card before the first shift. You check the photo, the date of expiry and "
     "the document number, and you keep a copy in the personnel file.\n"),
])
def test_no_id_copy_by_a_list_item_or_an_instruction(text: str) -> None:
    assert _type(text) == "other"


def test_an_id_copy_stays_one() -> None:
    text = ("Kopie identiteitsbewijs\nSoort document: paspoort\nNaam: Veldhuis\n"
            "Voornamen: Rik Jan\nDocumentnummer: NW3K82LP4\nGeldig tot: 14-02-2031\n")
    assert _type(text, "kopie-id.txt") == "id_copy"


def test_a_request_to_see_and_erase_ones_data_is_no_application() -> None:
    """(stop 60) the request's short forms ("verzoek inzage", "art. 15 en 17") bar the
    motivation letter as the long ones do, however much the writer says "mijn cv"."""
    text = ("Aan: Uitzendbureau Flexwerk, t.a.v. de privacy officer\nVan: Joyce Verbeek\n"
            "Datum: 3 maart 2026\nOnderwerp: verzoek inzage en verwijdering (art. 15 en 17)\n\n"
            "Geachte heer, mevrouw,\n\nVan 2022 tot 2024 heb ik via uw bureau als "
            "magazijnmedewerker gewerkt in Tiel. Ik wil graag weten welke gegevens u nog van "
            "mij heeft. Ik denk aan:\n- mijn cv en mijn kopie id\n- mijn urenbriefjes\n- de "
            "notities van de intake\n\nDaarna wil ik dat u alles verwijdert wat niet bewaard "
            "hoeft te worden.\n\nMet vriendelijke groet,\nJoyce Verbeek\n")
    assert _type(text) == "other"


def test_a_register_of_who_is_ill_is_medical() -> None:
    """(stop 60) its title says what it is, whatever leave its rows name beside the sickness."""
    text = ("Ziekteregister maart - vestiging Zwolle\ndatum | pnr   | naam          | soort"
            "                 | hersteld\n02-03  | 51207 | R. Koster     | ziek                 "
            "| 04-03\n05-03  | 51219 | A. Demirci    | ziek                 |\n09-03  | 51230 |"
            " L. Smit       | ziek (kind)          | 10-03 (calamiteitenverlof)\n")
    assert _type(text) == "medical"

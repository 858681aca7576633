"""Kinds the set read at stop 53 showed (identifiers-44), each tested with cases of our own
(synthetic names, 11-check-valid numbers made for this file):

- an English system's column or field "citizen_no" / "citizen number" is the BSN's label
  (short for "citizen service number");
- a batch named by a compound ("Boekingsbatch", "Importbatch:") has a number of its own,
  as an order or a contract does: that number is no BSN;
- a health insurer's collective ("Collectiviteit 844...") and a recorded call ("In call
  753... the customer") have numbers of their own: no BSN;
- a "name" the place filter drops (a bank's or a firm's branch by its town or quarter,
  "Rabobank Amersfoort", "Schilder Noord", a route "Schiedam - Rotterdam Zuid") lends none
  of its words to the document's repeats of names;
- a first name and surname typed small that fill a person's field on their own (a web
  form's export under "Invitee Name", "naam - ..." on a handwritten CV) are a name, when the
  first name or the surname is a gazetteer's; a firm's or a course's field is no person's.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == entity]


@pytest.mark.parametrize("text, bsn", [
    ("client_id\tname\tcitizen_no\tdob\n40021\tVos, Anna\t816609068\t1990-04-02\n", "816609068"),
    ("employee;citizen number;start\nDemir, Okan;820660371;2026-01-05\n", "820660371"),
    ("Please confirm the citizen no. of the new starter: 504788917.\n", "504788917"),
])
def test_citizen_no_labels_a_bsn(text: str, bsn: str) -> None:
    assert bsn in _found(text, "NL_BSN", "en"), text


@pytest.mark.parametrize("text", [
    "Naam: Femke de Wit\nGeboortedatum: 12-03-1991\nBoekingsbatch: 904903977\n",
    "Importbatch 492035684 verwerkt op 02-11, 14 regels, geen fouten.\n",
    "Payment batch ref / Betaalbatch: 172031369 (salarissen week 45)\n",
])
def test_a_batch_compounds_number_is_no_bsn(text: str) -> None:
    assert _found(text, "NL_BSN") == [], text


def test_a_bsn_beside_a_batch_is_still_found() -> None:
    text = "Betaalbatch: 218261792\nBSN werknemer: 499371148\n"
    assert _found(text, "NL_BSN") == ["499371148"]


@pytest.mark.parametrize("text, word", [
    (("Onderwerp: Rabobank Amersfoort – wie is onze contactpersoon?\n\nHoi Sanne,\n\n"
     "Bij Rabobank werken sinds de fusie twee recruiters voor ons.\n"), "Rabobank"),
    (("NB Schilder Noord heeft nog geen PO gestuurd.\n"
     "Opdrachtgever: Installatiebedrijf Schilder Noord B.V.\n"), "Noord"),
    ("datum | route\n03-11 | Schiedam - Rotterdam Zuid\n10-11 | Schiedam - Delft\n", "Schiedam"),
])
def test_a_place_dropped_lends_no_repeat(text: str, word: str) -> None:
    assert word not in _found(text, "PERSON"), text


def test_a_name_beside_a_dropped_place_still_repeats() -> None:
    text = ("Onderwerp: Rabobank Amersfoort – overleg met Joost Verhagen\n\n"
            "Verhagen belt morgen terug.\n")
    assert _found(text, "PERSON") == ["Joost Verhagen", "Verhagen"]


@pytest.mark.parametrize("text, name", [
    (("Event,Invitee Name,Invitee Email\nIntake,Femke Jonker,f.jonker@example.nl\n"
     "Intake,okan yildiz,okan.y1988@example.com\n"), "okan yildiz"),
    ("cv\n\nnaam - ilona verschuren\ngeboren - 3 mei '01\n", "ilona verschuren"),
    ("Naam: marco van der steen\nTelefoon: 06-12345678\n", "marco van der steen"),
    ("naam;telefoon\nwendelien achterberg;0612345678\nPiet Jansen;0687654321\n",
     "wendelien achterberg"),
])
def test_a_name_typed_small_in_a_persons_field(text: str, name: str) -> None:
    assert name in _found(text, "PERSON"), text


@pytest.mark.parametrize("text", [
    "Bedrijfsnaam: bakkerij jansen\n",
    "Naam: zie bijlage\n",
    "Naam opleiding: mbo techniek\n",
    "Opmerking: okan yildiz belt terug\n",
])
def test_no_name_typed_small_outside_a_persons_field(text: str) -> None:
    assert _found(text, "PERSON") == [], text


def test_a_collectives_number_above_a_bsn_column_is_no_bsn() -> None:
    text = ("Collectiviteit 816609068 - aanmeldingen december\n"
            "relatienr;bsn;achternaam;voorletter\n4411;172031369;Kramer;R.\n")
    assert _found(text, "NL_BSN") == ["172031369"]


def test_a_calls_number_is_no_bsn() -> None:
    text = ("Calls for coaching (Jansen): 504788917 and 636698002. In call 504788917 the "
            "customer\ngave his date of birth and BSN and the agent repeated them.\n")
    assert _found(text, "NL_BSN", "en") == []


def test_a_bsn_beside_a_collective_is_still_found() -> None:
    text = "Zorgverzekering: collectiviteit 820660371\nNaam: Ruud Kramer\nBSN: 492035684\n"
    assert _found(text, "NL_BSN") == ["492035684"]

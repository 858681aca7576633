"""Issue #14, NL_BSN decoys: a number labelled as another kind, read by the label's parts.

- A number word in the plural or in another language with what it numbers ("Polisnummers
  ... en ...", "boekingsnrs", "Numer PESEL", "Număr CNP", "Номер на паспорт", "Nummer des
  Reisepasses"), also over a list of numbers it heads;
- another country's personal, tax or document number by its name (python-stdnum's names,
  data/foreign_ids.toml: "Asmens kodas", "EGN", "NIF", "IdNr");
- a short label in brackets right after the number ("(intern volgnr)", "(PESEL)").
Twins: the same shapes with a BSN word, and brackets that say where or why, stay BSNs.
"""

from __future__ import annotations

import random

import pytest
from faker import Faker
from stdnum.nl import bsn

from detectors import detect
from detectors.context import patterns

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(3515)
_RNG = random.Random(3515)


def _bsn() -> str:
    while True:
        head = f"{_RNG.randint(10_000_000, 99_999_999)}"
        for last in "0123456789":
            if bsn.is_valid(head + last):
                return head + last


def _filled(template: str) -> tuple[str, list[str]]:
    numbers = [_bsn() for _ in range(template.count("{}"))]
    return template.format(*numbers), numbers


def _reported(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl", document=True)
            if d.entity == "NL_BSN"]


NOT_BSN = [
    # a plural or foreign number word and what it numbers, over a list (a BSN word nearby)
    "BSN-controle gedaan. Parkeervergunningen nrs {} / {} staan op de lijst van de portier.",
    "Voor de BSN-check: Polisnummers {}, {} en {} (zorgverzekeraar).",
    "BSN's? Nee: boekingsnrs {}, {}, {}",
    "Pracownik (BSN w trakcie): Numer PESEL {}",
    "Candidat, BSN urmează. Număr CNP {}",
    "BSN: nog niet\nНомер на паспорт {}",
    "BSN volgt later; Nummer des Reisepasses {}",
    "Kandidatka bez BSN. Nr. paszportu {}",
    # another country's number by its stdnum name
    "Nog geen BSN, wel Asmens kodas {}",
    "BSN aanvragen bij RNI; EGN {}",
    "BSN onbekend, NIF {} (Portugal)",
    "Steuer-IdNr {} - BSN folgt",
    # (stop 67) the Caribbean Netherlands' tax number, kept beside a BSN by workers from the
    # islands
    "Nieuw BSN aangevraagd; tot dan CRIB-nummer {} gebruiken voor de loonadministratie.",
    "BSN follows. Bonaire tax number (CRIB {}) on the old payslips.",
    # a short label in brackets right after it
    "BSN-lijst bijgewerkt door {name}, {} (intern volgnr)",
    "BSN's gecontroleerd. {name}: {} (oud personeelsnr)",
    "BSN-overzicht: {name} {} (PESEL)",
    "Klantenlijst BSN-project: {name}, {} (zijn klantnummer)",
]
BSN = [
    "BSN-nummers {} en {}",
    "BSN nrs: {}, {}",
    "Burgerservicenummers: {} / {}",
    "bsn gekregen: {} (staat nu in het dossier)",
    "bsn {} (in dossier)",
    "BSN {} (nodig voor het contract!)",
    "- BSN {} (nagekeken met ID)",
    "BSN: {} (klantnr. 4471)",
    "{name}, {} (bsn), woont in Tilburg",
]


@pytest.mark.parametrize("template", NOT_BSN)
def test_a_number_labelled_as_another_kind_is_no_bsn(template: str) -> None:
    text, _ = _filled(template.replace("{name}", _FAKE.name()))
    assert _reported(text) == []


@pytest.mark.parametrize("template", BSN)
def test_the_same_shapes_under_a_bsn_word_stay_bsns(template: str) -> None:
    text, numbers = _filled(template.replace("{name}", _FAKE.name()))
    assert _reported(text) == numbers


@pytest.mark.parametrize("name", ["PESEL", "CNP", "EGN", "Asmens kodas", "NIF", "DNI",
                                  "CPF", "IdNr", "T.C. Kimlik No", "Aadhaar", "isikukood"])
def test_stdnums_names_are_decoy_words(name: str) -> None:
    decoy = patterns("NL_BSN")[1]
    assert decoy is not None and decoy.search(f"{name}: ") is not None


@pytest.mark.parametrize("word", ["BSN", "SSN", "sofinummer", "Social Security Number"])
def test_no_bsn_word_became_a_decoy(word: str) -> None:
    ctx = patterns("NL_BSN")[0]
    assert ctx is not None and ctx.search(word) is not None


# Mend of ids35: a note in brackets after a directly labelled BSN, and short stdnum names
# that are people's names, took BSNs away.
NOTE_AFTER_A_BSN_LABEL = [
    # a bracket ending on a bare number word says which number, not another kind
    "{name} - BSN {} (ID)",
    "BSN {} (kopie ID)",
    "BSN {} (zie kopie ID)",
    "bsn {} (nieuw nummer)",
    "bsn {} (oude nummer)",
    "bsn {} (correct nummer)",
    "bsn {} (juiste nr.)",
    "bsn {} (persoonlijk nummer)",
    "BSN {} (Tax ID)",
    "BSN {} (client code)",
    "BSN {} (beide nummers)",
    # a bare decoy word after a BSN label is no kind of number
    "bsn {} (werkgever)",
    "bsn {} (VAT)",
    "bsn {} (ICE)",
    "bsn {} (epic)",
    "BSN {} (btw)",
    "BSN: {} (order)",
]
KIND_AFTER_A_BSN_LABEL = [
    "bsn {} (intern volgnr)",
    "BSN {} (PESEL)",
    "BSN {} (personeelsnr)",
    "bsn {} (oud klantnummer)",
    "BSN {} (Asmens kodas)",
]
SHORT_NAMES_ARE_PEOPLE = [
    "Medewerkers (BSN)\nJansen, Rut  {}",
    "BSN van Rut: {}",
    "BSN van Bram Coe: {}",
    "BSN Kim Sin: {}",
    "bsn Ji-woo Sin {}",
    "BSN werknemer Jan Bis: {}",
    "BSN van Anum de Vries: {}",
    "bsn Nace Bakker {}",
    "BSN Moa Visser: {}",
    "BSN van Lotte Nir: {}",
]


@pytest.mark.parametrize("template", NOTE_AFTER_A_BSN_LABEL + SHORT_NAMES_ARE_PEOPLE)
def test_a_note_or_a_short_name_keeps_a_labelled_bsn(template: str) -> None:
    text, numbers = _filled(template.replace("{name}", _FAKE.name()))
    assert _reported(text) == numbers


@pytest.mark.parametrize("template", KIND_AFTER_A_BSN_LABEL)
def test_a_kind_of_number_in_brackets_overrides_a_bsn_label(template: str) -> None:
    text, _ = _filled(template)
    assert _reported(text) == []


@pytest.mark.parametrize("name", ["RUT", "COE", "SIN", "BIS", "NIR", "ANUM", "MOA", "NACE"])
def test_short_stdnum_names_are_decoys_only_in_capitals(name: str) -> None:
    decoy = patterns("NL_BSN")[1]
    assert decoy is not None and decoy.search(f"{name}: ") is not None
    assert decoy.search(f"{name.title()}: ") is None
    assert decoy.search(f"{name.lower()}: ") is None


# (stop 70) A line of fields: the BSN word labels its own value, and the next field's key,
# whatever it is ("RO CNP:", "Werkgeversnr:", an unknown abbreviation), labels the number after
# it; a key that puts the value before it right ("correctie:") keeps the BSN word's label.
SECOND_FIELD = [
    "BSN (NL): {}       RO CNP: {}      Pasnr.: 7730-118",
    "Burgerservicenummer: {}    Werkgeversnr: {}",
    "BSN {}   KRN: {}",
    "BSN: {}     UA RNOKPP: {}",
    "Burgerservicenummer {}   Lid nr.: {}",
]
RESTATED = [
    "BSN {}... correctie: {}",
    "Sofinummer: {}   i.e.: {}",
]


@pytest.mark.parametrize("template", SECOND_FIELD)
def test_a_second_fields_number_after_a_bsn_is_not_one(template: str) -> None:
    text, numbers = _filled(template)
    assert _reported(text) == numbers[:1]


@pytest.mark.parametrize("template", RESTATED)
def test_a_number_put_right_after_a_bsn_is_one(template: str) -> None:
    text, numbers = _filled(template)
    assert _reported(text) == numbers

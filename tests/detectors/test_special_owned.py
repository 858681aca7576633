"""Whose a biometric or genetic data term is (detectors/special_owned.py, data
owners.toml, issue #15 stop 38): a possessive, a person after "van"/"of"/"for" or a person's
record number in its clause makes the template, profile or test that person's data, whatever
else the clause names (a photo it was made from, a police inquiry, a CV's work section). The
same words with no owner, or an animal's, a denied or a manual's reader's, stay no one's.
A system's trait + data-word compound is read in either language ("FINGER_TEMPLATE" in a
Dutch export). All names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_owned import OwnersDataError, load_owners, owner

BIOMETRIC = "SPECIAL_BIOMETRIC"


def _biometric(text: str, language: str) -> bool:
    return any(d.entity == BIOMETRIC for d in detect(text, language, document=True))


OWNED = [
    # a possessive before the term, an own data word between
    ("nl", ("Cv Fenna Dijkstra\nWerkervaring\n2018-2024 Receptie, datacenter Groningen\n"
           "Let op: mijn eigen irisscan staat nog in hun systeem, graag laten wissen.")),
    ("en", ("Personal statement\nExperience\n2020-2024 Security officer, airport\n"
           "Please note my own fingerprint data is still held by my former employer.")),
    ("nl", "Hobby's\nGenealogie: dankzij mijn DNA-analyse vond ik familie in Suriname."),
    ("en", ("Ms Okafor asked that her facial template be removed from the turnstile at gate 3 "
           "after the product demo.")),
    # a person after "van"/"of"/"for"
    ("nl", ("Intake 04-03: de pasfoto is gebruikt om het gezichtsprofiel van Daan Verhoeven "
           "te maken voor de slagboom.")),
    ("en", ("The police compared the DNA sample of Pieter Hoekstra with the trace from the "
           "warehouse.")),
    ("en", ("Access audit: the palm template for employee 30917 was exported to the new "
           "system.")),
    # a person's record number in the clause
    ("nl", ("Exportregel: K. de Wit, personeelsnummer 55021, vingerafdruktemplate aangemaakt"
           " op terminal 2, kwaliteit 71.")),
    ("en", "Staff ID 20488 - iris template re-enrolled at door B after the lens change."),
    # a quoted record ends its sentence: a denial in the next one is not its clause's
    ("en", ('CV - Lars Vink\nNote from my old employer: "Staff ID 3391, face template enrolled '
           'at gate 1." Please delete it if not needed.')),
    # a second person in a letter to one named person
    ("nl", ("Beste Sanne Kuipers,\n\nHierbij bevestigen we dat je vingerafdrukgegevens uit de "
           "prikklok van hal 2 zijn verwijderd.\n\nMet groet, HR")),
    # a trait with a first or third person's possessive
    ("nl", "Motivatie - Ilse Mulder\nBij de bakkerij opende ik de kluis met mijn vingerafdruk."),
    ("en", "Agreement: the temp consents to the storage of his thumbprint at the client's gate."),
    # a system's compound in English in a Dutch export
    ("nl", ("# tijdklok hal B - gebruikers\nnr;naam;pas;FACE_TEMPLATE\n"
           "101;Jeroen Smit;55120;\"QmFzZTY0...==\"\n102;Fleur de Graaf;55121;\n")),
]


@pytest.mark.parametrize("language, text", OWNED)
def test_an_owned_template_or_profile_is_biometric_data(language: str, text: str) -> None:
    assert _biometric(text, language)


NOT_OWNED = [
    # a manual addresses whoever reads it
    ("nl", ("Handleiding terminal T4\nLeg je vinger plat op de lezer. Je vingerafdruk wordt "
           "niet opgeslagen, alleen een wiskundige sleutel.")),
    ("en", ("Quick start: place your finger on the sensor three times to enrol. Your "
           "fingerprint template is stored on the device only.")),
    ("en", "Hi Mark,\n\nYou can unlock the tablet with your fingerprint or a PIN.\n\nIT desk"),
    # an animal's, a denied one, a figure of speech
    ("nl", "De DNA-test van de hond van de buren bleek negatief."),
    ("en", "We do not store the fingerprint template of any employee (card only)."),
    ("nl", "Klantgericht werken zit in ons DNA."),
    # a product line and a maintenance log without a person
    ("nl", "Offerte: 2x vingerafdrukterminal met gezichtsherkenning, € 1.240 per stuk."),
    ("en", ("Maintenance log 12-02: firmware of the face recognition terminal at gate 2 "
           "updated, lens cleaned.")),
    ("nl", "Storingslog: vingerafdruklezer hal 3 reageert traag, monteur komt dinsdag."),
]


@pytest.mark.parametrize("language, text", NOT_OWNED)
def test_a_template_no_phrase_owns_stays_no_ones(language: str, text: str) -> None:
    assert not _biometric(text, language)


@pytest.mark.parametrize("text, term, expected", [
    ("via mijn eigen DNA-test", "DNA-test", "possessive"),
    ("het irisprofiel van hem", "irisprofiel", "of"),
    ("werknemersnr. 40112: vingerscan", "vingerscan", "record"),
    ("Leg je vinger op de scanner", "vinger", None),
])
def test_owner_kinds(text: str, term: str, expected: str | None) -> None:
    start = text.index(term)
    assert owner(text, start, start + len(term)) == expected


def test_a_bad_owners_file_names_its_key(tmp_path) -> None:
    bad = tmp_path / "owners.toml"
    bad.write_text('[nl]\npossessives = ["Mijn"]\n', encoding="utf-8")
    with pytest.raises(OwnersDataError, match="possessives"):
        load_owners.__wrapped__(bad)

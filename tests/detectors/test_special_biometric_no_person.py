"""A biometric or genetic word that is no person's trait (issue #15, stop 34): an animal's DNA,
prints left on a surface, a story on screen (rules.toml biometric_exclude); a named worker's
enrolment stays one."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

B = "SPECIAL_BIOMETRIC"

NO_PERSON = [
    ("nl", "Na de DNA-test van onze teckel bleek hij half beagle te zijn."),
    ("nl", "De fokker stuurt de DNA-uitslag van de pup mee, incl. stamboom."),
    ("nl", "Mijn kat heeft een DNA-test gehad, ze is voor een kwart Maine Coon 😹"),
    ("en", "Ordered an ancestry DNA test for the dog, he's apparently part husky."),
    ("en", "The vet took a cheek swab from my horse for a DNA test."),
    ("nl", "Spiegels in de toiletten zemen, vingerafdrukken op de vitrine poetsen."),
    ("nl", "Klacht: strepen en vingerafdrukken op de ruiten van de showroom."),
    ("en", "Please wipe the fingerprints off the display case before opening."),
    ("en", "Mirrors in the lobby: remove smudges and fingerprints daily."),
    ("nl", "Gisteren een aflevering van die misdaadserie gezien, de dader werd via een DNA-test gepakt."),
    ("en", "Just binged a crime drama on Netflix, they caught him with one fingerprint."),
    ("en", "In the documentary the police matched a DNA sample after 20 years."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PERSON)
def test_a_trait_that_is_no_persons_is_not_found(lang: str, text: str) -> None:
    assert B not in {m.entity for m in find_special(text, lang)}, text


ENROLMENTS = [
    ("nl", "Sanne Visser klokt in met haar vingerafdruk."),
    ("nl", "Vingerafdruktemplate van medewerker R. de Wit verwijderd na uitdienst."),
    ("en", "Your fingerprint template is stored for Ana Costa and linked to badge 4471."),
    ("en", "Dylan Clarke told me his DNA test showed he carries the BRCA2 gene."),
]


@pytest.mark.parametrize(("lang", "text"), ENROLMENTS)
def test_a_named_persons_trait_is_still_found(lang: str, text: str) -> None:
    assert B in {m.entity for m in find_special(text, lang)}, text

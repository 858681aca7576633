"""PERSON: initials written without full stops ("PJ Smit") where something says a person is
named, and the surname written first with initials and no comma ("Smit J.-P."); capitals that
are an acronym, a postcode's letters or a brand stay no one's initials."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Aanwezig: PJ Smit, AB de Vries en Sanne Bakker.", "nl",
     ["PJ Smit", "AB de Vries", "Sanne Bakker"]),
    ("Overleg met PJ Smit over de planning.", "nl", ["PJ Smit"]),
    ("Contactpersoon: PJ Smit", "nl", ["PJ Smit"]),
    ("Dhr. PJ Smit belt morgen terug.", "nl", ["PJ Smit"]),
    ("| 104233 | rijbewijs | 12-03-2024 | JK Visser |", "nl", ["JK Visser"]),
    ("Opgesteld 3-2-2024 – PJ Smit\n", "nl", ["PJ Smit"]),
    ("We met JR Smith from finance.", "en", ["JR Smith"]),
    ("Attendees: JR Smith", "en", ["JR Smith"]),
    # (stop 76) a meeting role in brackets after it, the surname on no list
    ("Verslag overleg Q1\nWG Oostermeijer (notulen)", "nl",
     ["WG Oostermeijer"]),
    ("Meeting notes\nFor the employer: TK Vandersteen (chair), 14 people present", "en",
     ["TK Vandersteen"]),
])
def test_capitals_as_initials_where_a_person_is_named(text: str, lang: str,
                                                      names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("Jansen Logistiek, Industrieweg 4, 1234 AB Den Haag", "nl"),
    ("Postadres: Postbus 12, 3500 AB De Bilt", "nl"),
    ("Afdeling: HR Planning", "nl"),
    ("De KPI en HR doen mee. Het MT keurt goed.", "nl"),
    ("Stuur je CV Bakker toe.", "nl"),
    ("The HR team and IT will join.", "en"),
    ("Voertuigen: DAF Tuber (2019), Volvo truck (2021)", "nl"),
    ("Verslag: HR Planning (notulen)", "nl"),
])
def test_capitals_that_are_no_initials(text: str, lang: str) -> None:
    assert not [n for n in _names(text, lang) if n.split()[0].isupper()]


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Medewerker: Smit J.-P.", "nl", ["Smit J.-P."]),
    ("Aanwezig: Jansen P., De Vries A.B. en Bakker S.", "nl",
     ["Jansen P.", "De Vries A.B.", "Bakker S."]),
    ("Naam;Afdeling\nSmit J.P.;Expeditie\nYilmaz A.;Planning", "nl", ["Smit J.P.", "Yilmaz A."]),
    ("Present: Smith J.R., Jones A.", "en", ["Smith J.R.", "Jones A."]),
])
def test_surname_first_with_initials(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("Hij werkt bij Bakker B.V., afdeling inkoop.", "nl"),
    ("Zie Bijlage A. en Bijlage B.", "nl"),
])
def test_surname_first_not_a_firm_or_an_appendix(text: str, lang: str) -> None:
    assert _names(text, lang) == []

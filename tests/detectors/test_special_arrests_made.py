"""A guard's arrests are work: an arrest the writer made, an arrest or a robbery someone was
at, and a security firm whose name holds a word of justice are no one's criminal record; an
arrest made of someone, or an offence someone is a party to, stays."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    ("Na de melding heb ik de jongen bij de kassa aangehouden en de politie gebeld.", "nl"),
    (("At the main entrance I detained him until the police arrived, together with my "
     "colleague."), "en"),
    ("We arrested a man who was shouting at the cashiers and handed him over to the police.",
     "en"),
])
def test_an_arrest_the_writer_made(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Hij heeft zijn enkel verstuikt bij een aanhouding in het winkelcentrum.", "nl"),
    ("Hij is bij een aanhouding in de supermarkt van de trap gevallen.", "nl"),
])
def test_an_arrest_someone_was_at(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    (("Aan: Noordhaven Security & Detention B.V., t.a.v. mevrouw Pauwels\n\nGeachte mevrouw "
     "Pauwels,\n\nHierbij onze offerte voor twintig portofoons."), "nl"),
    (("Dear Mr Oosting,\n\nThank you for choosing Riverside Guarding & Custody Ltd for your "
     "site. We attach the rota."), "en"),
])
def test_a_firms_name(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ik ben in 2019 aangehouden voor winkeldiefstal.", "nl"),
    ("I was arrested in 2019 for shoplifting.", "en"),
    ("Ik heb gehoord dat hij gisteren is aangehouden.", "nl"),
    ("Hij is betrapt bij een inbraak in de loods.", "nl"),
    ("Ze is bij haar aanhouding gewond geraakt.", "nl"),
])
def test_an_arrest_made_of_someone_stays(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) != []


@pytest.mark.parametrize(("text", "lang"), [
    (("Incidentrapport winkelcentrum\nOm 15:05 kreeg ik een melding van de drogist. Verdachte "
      "(vrouw, ca. 40 jaar) liep weg toen ik haar aansprak. Ik heb de politie gebeld."), "nl"),
    (("Incident log, car park B\nAt 22:10 I saw a suspect (male, about 20) trying car doors. "
      "When I called out to him he ran off towards the station."), "en"),
])
def test_an_unnamed_suspect_is_no_one_the_report_names(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Jan de Vries is verdachte in een fraudezaak.", "nl"),
    ("He is a suspect in a fraud case, his lawyer told us.", "en"),
])
def test_a_named_or_pointed_suspect_stays(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) != []

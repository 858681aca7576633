"""Custody work is no one's criminal record: the prison or the detention centre a job is
done at, and the detainees a worker cares for as a group; a person's own detention stays."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    ("Ik werk al vijf jaar als PIW'er in de gevangenis van Zwolle en zoek nu iets anders.",
     "nl"),
    ("I worked four years as a custody officer at the detention centre in Rotterdam.", "en"),
    ("Als arrestantenverzorger zorg ik voor de gedetineerden in het cellencomplex.", "nl"),
    ("She works as a night guard at the prison in Vught.", "en"),
])
def test_where_the_job_is(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ik heb als jongere in de jeugdgevangenis gezeten.", "nl"),
    ("Hij zat twee jaar in de gevangenis.", "nl"),
    ("He spent time in prison as a teenager.", "en"),
    ("Ik ben ex-gedetineerde en werk nu als beveiliger.", "nl"),
])
def test_a_persons_own_detention(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) != []

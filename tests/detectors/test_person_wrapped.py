"""Issue #14, PERSON: a surname a hard-wrapped paragraph carried to the next line is the
person's ("... met name Anouk Visser en Dragan⏎Jovanović, met wie ...";
detectors/person_wrapped.py); not a form's next field, a signature's firm or a common word.
running-text-12 showed the kind (a writer who wraps at 90 characters); cases written here,
names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "surname", "lang"), [
    (("Ze werkte vooral samen met haar directe collega Dragan\nJovanović, met wie ze de "
     "loonrun deed.\n"), "Jovanović", "nl"),
    (("Het conflict tussen de twee ploegleiders, Sjoerd\nWijnands en een collega, is "
     "opgelost.\n"), "Wijnands", "nl"),
    (("She worked closely with our HR systems lead, Bas\nvan Ommeren. Both describe her as "
     "accurate.\n"), "van Ommeren", "en"),
    ("The two candidates, Mr Rahul Menon and Ms Ewelina\nSadowska, were waiting for permits.\n",
     "Sadowska", "en"),
])
def test_a_surname_carried_to_the_next_line(text: str, surname: str, lang: str) -> None:
    assert surname in _people(text, lang)


@pytest.mark.parametrize("text", [
    "Voorletters ....... M.J.            Roepnaam ..... Mieke\nGeb. datum ........ 24-12-1967\n",
    "Uitbetaald op de rekening t.n.v. M.A. Yilmaz\nLoonbeslag ref. 862307843 (deurwaarder)\n",
    "Met vriendelijke groet, namens het hele team, Sanne\nPlanning is rond voor volgende week.\n",
    "Roepnaam: Mieke\nGeboorteplaats Hoorn, woont nu in Zwolle.\n",
])
def test_no_surname_after_a_form_field_or_a_closing(text: str) -> None:
    people = _people(text)
    assert not any(w in people for w in ("Geb", "Loonbeslag", "Planning", "Geboorteplaats"))

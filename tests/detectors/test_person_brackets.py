"""PERSON: a surname in brackets after a first name ("Sven (Kuiper)", "Oleksandr
(Bondarenko)") is the person's, both words; a firm, a team, a town, an acronym, a brand or a
chat speaker's firm tag in the brackets is not. Cases written here; identifiers-34,
running-text-28 and -29 showed the kind."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "surname"), [
    ("Overdracht nacht: kraan 3 bemand door Ruben (Hofstede) tot 04:00.", "Hofstede"),
    ("04:10 Taras (Melnyk) gebeld, hij zat in dezelfde bus.", "Melnyk"),
    ("Vervanging geregeld: Mirjam (Dijkhuizen) neemt de vroege dienst.", "Dijkhuizen"),
])
def test_a_surname_in_brackets_after_a_first_name(text: str, surname: str) -> None:
    assert surname in _names(text)


@pytest.mark.parametrize(("text", "word"), [
    ("[09:12] Sanne (Flexwerk): Hoi Kees, ik bel de portier.", "Flexwerk"),
    ("Overleg met Jan (HR) over het rooster.", "HR"),
    ("Karin (Planning) stuurt het rooster vanmiddag.", "Planning"),
    ("Kees (Utrecht) en Mark (Heineken) komen morgen langs.", "Utrecht"),
    ("Kees (Utrecht) en Mark (Heineken) komen morgen langs.", "Heineken"),
])
def test_no_surname_from_a_firm_team_town_or_brand(text: str, word: str) -> None:
    assert word not in _names(text)

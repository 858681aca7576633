"""DATE_OF_BIRTH after an abbreviated birth-date label ("geb.dat.", "Geb. dat.") that a name
and a verb follow: the label's full stop is an abbreviation's, no clause's end, so the
date after the name is still the label's (dates._label_passed_a_date)."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str) -> list[str]:
    return [d.normalized for d in detect(text, "nl") if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, born", [
    ("- geb.dat. Fatma staat in AFAS als 01-02-1988, klopt", "1988-02-01"),
    ("Geb.dat. Kees Bakker is 12.12.1991 (gecheckt)", "1991-12-12"),
    ("geb. dat. Piet volgens zijn paspoort 04-04-1984", "1984-04-04"),
    ("Geb. dat. Sanne: volgens BRP 12-03-1990.", "1990-03-12"),
    ("* geb.dat. Mo El Idrissi staat bij de gemeente als 7 mei 1993", "1993-05-07"),
    ("GEB.DAT. WOUTER DE GROOT STAAT OP 23-11-1979", "1979-11-23"),
    ("geb.dat. Anna (zus van Tom) is 2-2-2001, let op", "2001-02-02"),
    ("Geb.dat. Ilse Verbeek wordt in Loket 30/09/1986", "1986-09-30"),
])
def test_abbreviated_label_reaches_past_the_name(text: str, born: str) -> None:
    assert born in _dobs(text)


@pytest.mark.parametrize("text", [
    # a birth word whose own date stands before the next clause's date
    "geboren 28 juni 1969. Start 1 april 2024.",
    "Geb. 12-03-1990. Indienst 01-04-2024.",
])
def test_a_birth_word_with_its_own_date_first(text: str) -> None:
    assert "2024-04-01" not in _dobs(text)


def test_the_abbreviation_still_passes_its_own_first_date() -> None:
    # "geb.datum? A of B?": the label's date is the first; the second is another reading
    assert _dobs("En z'n geb.datum? 31-12-1979 of 31-12-1997?") == ["1979-12-31"]

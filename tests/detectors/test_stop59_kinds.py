"""Kinds measured on stop 59's blind sets (construction and installation staff), tested with
cases of our own. Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, language: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language=language, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "firm"), [
    (("Project: renovatie 48 woningen, opdrachtgever Aannemersbedrijf Verschoor.\n"
     "Jurgen Pals heeft eerder voor Verschoor gewerkt en kent de uitvoerder."), "Verschoor"),
    (("Locatie: Oss (inlener Elektrotechniek Van Wijngaarden BV)\n\n"
     "Maatregelen\n- Van Wijngaarden heeft de tijdelijke kabels laten verwijderen."),
     "Van Wijngaarden"),
    (("Inlener: Dorrestein Grondverzet (Zwolle)\n\n"
     "Sanne Mulder rijdt sinds maart op de kraan voor Dorrestein."), "Dorrestein"),
    (("Client: Hoogendoorn Installatietechniek B.V.\n\n"
     "Hoogendoorn wants two heat-pump fitters from Monday."), "Hoogendoorn"),
])
def test_a_firm_named_after_its_founder_is_no_person_by_its_surname_alone(
        text: str, firm: str) -> None:
    """The text writes the surname as a firm's (a trade's head before it, a trade word or a
    legal form after it) and no person in it bears the surname: alone it is the firm."""
    names = _names(text, "en" if text.startswith("Client") else "nl")
    assert not [n for n in names if n.split()[-1] == firm.split()[-1]], names


@pytest.mark.parametrize(("text", "name"), [
    # a person bears the surname too: alone it may be them
    (("Opdrachtgever: Aannemersbedrijf Verschoor.\nHenk Verschoor belde om 7 uur; "
     "Verschoor wil de steigers morgen al weg hebben."), "Verschoor"),
    # a title makes the surname a person
    (("Opdrachtgever: Aannemersbedrijf Verschoor.\nGesprek met dhr. Verschoor over de "
     "oplevering."), "dhr. Verschoor"),
])
def test_a_person_who_bears_the_firms_surname_stays(text: str, name: str) -> None:
    assert any(name.split()[-1] in n for n in _names(text)), _names(text)


def test_the_first_name_of_a_full_name_stays_whatever_firm_shares_it() -> None:
    text = ("Planning: Dewi Sastro, Tomasz Nowak.\nInlener: Stichting Dewi (kinderopvang).\n"
            "Is de wijk van Dewi ver van het depot?")
    assert _names(text).count("Dewi") >= 1, _names(text)

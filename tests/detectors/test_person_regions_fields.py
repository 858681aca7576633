"""Regions, fields, dates, streets, ranks and possessives around PERSON (issue #14, stop 73).

The kinds the stop-72 blind sets' PERSON errors were diagnosed as, each tested on sentences
of our own (all names made up):

- a region or a province in brackets after a first name is the worker's area, not a
  surname ("Joost (Veluwe)"), and a region in prose is a place ("de politie Veluwe");
- a place in brackets' company: a job's town before the worker's surname in brackets
  ("-> Dongen (Verhoeven)");
- a compound on a field's head after initials or alone is the field ("rijbewijs B.
  Klantnummer ..."), not a surname;
- a month's short form before a day or a short year ("Jun 24-Apr 25", "Jun 3, 2026") is a
  date, though "Jun" is a first name too;
- a street's short form glued to a name, with a house number ("P.C. Hooftln 12"), is the
  street;
- letters with a stroke ("Đ", "Ł") are read as their base letter when a name list is asked;
- a police or military rank before a surname is a title ("hoofdagent Brinkhuis"), and a
  title whose end is an animal word ("brigadier" ends on "dier") is no animal;
- an English possessive's apostrophe after a surname ("Mr. Hughes' car") ends the name.
"""

from __future__ import annotations

import pytest

from detectors import detect, person_places
from detectors.person_names import is_first_name, is_last_name, unaccented


def _persons(text: str, language: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language, document=True)
            if d.entity == "PERSON"]


FOUND = [
    ("Overleg met Joost (Achterhoek) en Fenna (Bosman) over de planning.", "nl", "Bosman"),
    ("Toen kwam brigadier Brinkhuis met een collega de melding opnemen.", "nl", "Brinkhuis"),
    ("De melding is bevestigd door hoofdagent Teunissen om 23:10.", "nl", "Teunissen"),
    ("The form was countersigned by Sgt. Pembury at the station.", "en", "Pembury"),
    ("Police came at 23:40. Officers Van Oorschot and Ouassou took the details.", "en", "Van Oorschot"),
    ("Daarna kwamen de agenten De Roover en Bakker de melding opnemen.", "nl", "De Roover"),
    # a professional named by the job: a town's name after it is the surname
    ("De hond werd nagekeken door dierenarts Van Velp, niets gebroken.", "nl", "Van Velp"),
    ("Please forward Mr. Hughes' new address to payroll.", "en", "Hughes"),
    ("Her invoice went to Ms. Davies' old mailbox.", "en", "Davies"),
    ("Contactpersoon: Łukasz Wróblewski, tel. 06 21 43 65 87", "nl", "Łukasz Wróblewski"),
]
NOT_FOUND = [
    ("Goedgekeurd door planners Joost (Veluwe) en Fenna (Betuwe).", "nl", "Veluwe"),
    ("Goedgekeurd door planners Joost (Veluwe) en Fenna (Betuwe).", "nl", "Betuwe"),
    ("Agent P. Brink van de politie Veluwe heeft geholpen.", "nl", "Veluwe"),
    ("Chauffeur heeft rijbewijs C. Klantnummer 8291, graag controleren.", "nl",
     "C. Klantnummer"),
    ("Overtime bonus (5% Jun 24-Apr 25) paid in full", "en", "Jun"),
    ("Start date: Jun 3, 2026 at the Venlo depot", "en", "Jun"),
    ("Sleutel afgeven op \"P.C. Hooftln 12\", bij de buren.", "nl", "P.C. Hooftln"),
]


@pytest.mark.parametrize("text, language, name", FOUND)
def test_found(text: str, language: str, name: str) -> None:
    assert name in _persons(text, language)


@pytest.mark.parametrize("text, language, name", NOT_FOUND)
def test_not_found(text: str, language: str, name: str) -> None:
    assert not any(name in p for p in _persons(text, language))


def test_job_town_before_a_bracketed_surname() -> None:
    """A place (places_nl) right before a surname in brackets is written as a town: the job's
    place, then who goes there ("-> Udenhout (Verhoeven) meegegeven"); a first name before
    brackets stays a name's ("Sven (Kuiper)")."""
    text = "09:40 Henk: klaar in Rijen. -> Udenhout (Verhoeven) meegegeven, Sven (Kuiper) ook."
    at = text.index("Udenhout")
    assert person_places._placed(text, at, at + len("Udenhout"))
    at = text.index("Sven")
    assert not person_places._placed(text, at, at + len("Sven"))


def test_stroked_letters_fold() -> None:
    assert unaccented("Đặng") == "Dang" and unaccented("Łódź") == "Lodz"
    assert is_last_name("Đặng") and is_first_name("Łukasz")


@pytest.mark.parametrize("text, firm", [
    ("Inlener:            Kip Hartgers Boxmeer, afd. uitbenen\nStart: 3 maart", "Kip Hartgers"),
    (("nr   | naam            | BSN       | inlener\n"
      "4001 | Sem Kuipers     | 123456782 | Bavaria Deurne\n"
      "4002 | Roos Verhagen   | 111222333 | Zuivel Brinkman Gorinchem\n"), "Bavaria Deurne"),
    (('"persnr";"achternaam";"voornaam";"opdrachtgever"\n'
      '"4001";"Kuipers";"Sem";"Hoeve Versteegen Oss"\n'), "Versteegen"),
])
def test_a_firm_slot_holds_no_person(text: str, firm: str) -> None:
    """A hirer's, a supplier's or a former employer's slot (person.toml firm_fields): its
    label on the line, or the whole header of its column, holds a firm however its words
    read ("Kip", a first name; a surname and a town)."""
    assert not any(firm in p or p in firm for p in _persons(text))


@pytest.mark.parametrize("text, name", [
    ("werkgever: P. van Dalen, vestigingsmanager        werknemer: T. Bakker", "P. van Dalen"),
    ("Contactpersoon inlener: Sem Kuipers, 06 21 43 65 87", "Sem Kuipers"),
    ("Klant: mevrouw Vermeulen-Bos, Dorpsstraat 4", "Vermeulen-Bos"),
])
def test_a_person_beside_a_firm_slot(text: str, name: str) -> None:
    """A contract's signatory under "werkgever:", a hirer's contact person, a care client."""
    assert name in _persons(text)


@pytest.mark.parametrize("text, language, place", [
    ("Before that he built kitchens on sites in Lyon and Braga for three years.", "en", "Braga"),
    ("Ze werkte eerder in Venlo en Horst, via een ander bureau.", "nl", "Horst"),
])
def test_a_place_joined_to_a_place(text: str, language: str, place: str) -> None:
    """A town that is a name too, joined by "and"/"en" to a place written as one after "in"
    (person_places._after_a_place), is the place."""
    assert place not in _persons(text, language)


@pytest.mark.parametrize("text, language, surname", [
    ("sorry for late mail, Ahmad (Al-Rashid) will do my friday shift ok", "en", "Al-Rashid"),
    ("Gesprek met Samir (El Haddouchi) over zijn rooster.", "nl", "El Haddouchi"),
])
def test_an_arabic_article_in_a_bracketed_surname(text: str, language: str, surname: str) -> None:
    """"Al"/"El" before a bracketed surname is its article, as "van" is, not a first name."""
    assert surname in _persons(text, language)


def test_a_call_name_span_opens_at_the_first_name() -> None:
    """A sentence's first word before a first name and its call name in quotes is no second
    given name: the span opens at the first name."""
    text = 'Met Abdelwahid "Wahid" Bouchtaoui gesproken over zijn rooster.'
    assert 'Abdelwahid "Wahid" Bouchtaoui' in _persons(text)

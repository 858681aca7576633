"""Kinds found on running-text-24 (stop 45), tested with cases of our own (synthetic names):

- minutes list those present by initials with full stops as often as without ("Aanwezig:
  E.Ö. (teamleider), S.V. (notulist), M.T., P.G. en ca. 25 medewerkers") and then write them
  alone ("S.V. legt uit"); a list's last item may be joined by "+" or "&" ("NG + 9 crew
  members");
- a case note keeps a client by initials and spells the name out once in brackets ("client
  R.T. (Rahel Tesfamariam)"): the name is a person, and so are its initials wherever they
  stand; letters that are not that name's ("HR (Petra Jansen)") are not.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize("lang, minutes, initials", [
    ("nl", ("Aanwezig: W. Postma (klant), B.Ç. (teamleider), D.R. (planner, notulist), L.M., "
            "T.O. en ca. 20 medewerkers\n\n1. Rooster\nD.R. legt uit hoe de ploegen draaien. "
            "L.M. vraagt om een vaste pauze.\n2. Rondvraag\nT.O.: kan het busje eerder?"),
     ("B.Ç.", "D.R.", "L.M.", "T.O.")),
    ("en", ("Present: A.N. (chair), K.W., F.J. and 6 pickers\n\n1. Housing\nK.W. reports a leak. "
            "Action: F.J. to call the landlord."), ("A.N.", "K.W.", "F.J.")),
])
def test_initials_with_stops_listed_as_present_and_repeated(lang: str, minutes: str,
                                                            initials: tuple[str, ...]) -> None:
    found = _persons(minutes, lang)
    for letters in initials:
        assert found.count(letters) == minutes.count(letters), (letters, found)


def test_a_lists_last_item_joined_by_a_plus() -> None:
    minutes = "Present: JvB (chair), MK, ES, TG + 9 crew members\n\n2. Rota\nTG said the van is late."
    assert _persons(minutes, "en").count("TG") == 2


@pytest.mark.parametrize("lang, note, name, initials", [
    ("en", ("Case note, client D.H.\n\nI met D.H. (Dawit Haile) at the office with an "
            "interpreter.\n\nActions:\n- D.H. to call the landlord"), "Dawit Haile", "D.H."),
    ("nl", ("Notitie jobcoaching – cliënt S.N.\nCliënt S.N. (Samira Nouri) werkt sinds maart "
            "bij de klant. S.N. komt op tijd."), "Samira Nouri", "S.N."),
])
def test_initials_spelled_out_as_a_name(lang: str, note: str, name: str, initials: str) -> None:
    found = _persons(note, lang)
    assert name in found
    assert found.count(initials) == note.count(initials), found


@pytest.mark.parametrize("text", [
    "Vragen over verlof? Zie HR (Petra Jansen) of de planning.",
    "Het contract loopt via ICT (helpdesk) en de KvK (Kamer van Koophandel).",
])
def test_letters_that_are_not_the_names_initials(text: str) -> None:
    found = _persons(text)
    assert "HR" not in found and "ICT" not in found and "KvK" not in found
    assert "Kamer van Koophandel" not in found


# (identifiers-31, stop 45) a table set with spaces lists people surname first, then an
# initial, then a column's gap ("Okonkwo A.      84   good empathy")
@pytest.mark.parametrize("table, names", [
    (("Scores per agent (out of 100)\n\nMensah K.       84   friendly, forgot closing\n"
      "Visser B.       91   best in team\nKowalski P.     62   two calls not verified\n"),
     ("Mensah K.", "Visser B.", "Kowalski P.")),
    (("Rooster week 12\nDekker J.   vroeg   06:00-14:30\nYilmaz S.   laat    14:00-22:30\n"),
     ("Dekker J.", "Yilmaz S.")),
])
def test_surname_and_initial_before_a_columns_gap(table: str, names: tuple[str, ...]) -> None:
    found = _persons(table)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "Leverancier   Bakker B.V.   KvK 12345678\n",
    "Afdeling   Inkoop N.V.   kamer 2.14\n",
])
def test_a_legal_form_before_a_gap_is_no_initial(text: str) -> None:
    assert _persons(text) == []


# (running-text-25, stop 45) initials that spell an acronym ("AB", "NB") with a meeting role
# in brackets among others' initials are someone's; a list of bodies stays none
def test_an_acronyms_letters_with_a_meeting_role_among_initials() -> None:
    minutes = ("Aanwezig: KV (voorzitter), RM, TdB, NB (notulen)\nAfwezig: LS\n\n"
               "1. Rooster\nNB meldt dat het rooster rond is.")
    assert _persons(minutes).count("NB") == 2


def test_a_list_of_bodies_with_a_role_is_no_one() -> None:
    assert _persons("Aanwezig: HR, OR (voorzitter), MT\n\nHR licht het plan toe.") == []

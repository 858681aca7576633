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


@pytest.mark.parametrize(("text", "initials"), [
    (("Aanwezig: T. Ruijters (TR, uitvoerder), A. Demir (AD, werkvoorbereider)\n\n"
     "Actielijst\n18.1 TR – steigerkeuring aanvragen – 21/11\n"
     "18.2 AD – bestelling kozijnen – 25/11\n"), ["TR", "AD"]),
    (("Present: Karin Olthof (KO), Pim Veldkamp (PV)\n\nActions\n4.1 KO - send the lifting plan\n"
     "4.2 PV - book the crane for Tuesday\n"), ["KO", "PV"]),
])
def test_initials_in_a_sub_numbered_action_list_are_persons(text: str, initials: list[str]
                                                           ) -> None:
    """"18.1 TR – ...": an action list's item number, not a record's code."""
    names = _names(text, "en" if text.startswith("Present") else "nl")
    actions = text[text.find("\n\n"):]
    for letters in initials:
        assert names.count(letters) >= 2, (letters, names, actions)


def test_a_size_before_two_capitals_is_no_action_item() -> None:
    text = "Jan Verbeek (JV) stuurt de tekeningen.\n\nBijlagen\n17.1 MB tekeningen.zip\n"
    assert "MB" not in _names(text)


@pytest.mark.parametrize(("text", "initials", "language"), [
    (("Van: Klaas-Jan Meijer\nAan: planning\n\nKunnen jullie maandag twee stukadoors sturen? "
     "Gr KJ"), "KJ", "nl"),
    (("From: Pieter-Jan de Smet\nTo: planning\n\nCan someone book the crane for Monday? "
     "Thanks PJ"), "PJ", "en"),
    (("[03-02 07:10] Jan-Willem Kuipers: Laat Sander hem maar inwerken.\n"
     "[03-02 07:11] Jan-Willem Kuipers: Prima. Groet JW"), "JW", "nl"),
])
def test_a_double_first_names_initials_after_a_closing_sign_the_message(
        text: str, initials: str, language: str) -> None:
    assert initials in _names(text, language), _names(text, language)


def test_a_closing_word_before_an_acronym_names_no_one() -> None:
    text = "Bestelling 4x IC 12V voeding, gr HB 2x.\nGroeten, inkoop"
    assert _names(text) == []


def _bsns(text: str, language: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language=language, document=True)
            if d.entity == "NL_BSN"]


# 11-check-valid numbers generated for these tests (python-stdnum, seed 59)
@pytest.mark.parametrize(("text", "language"), [
    (("ID-controle Andrej Petrović\nBSN (volgens document): 209697854\n"
     "Het BSN blijft zichtbaar op de kopie (nodig voor de salarisadministratie).\n\n"
     "Ook gezien:\nLuka Petrović - Bosnisch paspoort 580788635, werkvergunning volgt."),
     "nl"),
    ("Rui Costa has no BSN yet (RNI appointment 627768775 on 3 March in Den Haag).", "en"),
    ("Kun je het BSN van Marta opzoeken? Ze komt morgen langs, afspraak 796352410 om 9 uur.",
     "nl"),
])
def test_a_number_under_its_own_kind_noun_answers_no_bsn_question(text: str,
                                                                  language: str) -> None:
    """A BSN word asked about or said before, then a number its own kind noun names (a
    foreign passport's, an appointment's): that number is no BSN."""
    found = _bsns(text, language)
    assert all(n not in found for n in ("580788635", "627768775", "796352410")), found


def test_the_answer_to_a_bsn_question_is_still_one() -> None:
    text = "[09:12] Ilse: wat is het bsn van Sanne?\n[09:13] Ron: staat in loket: 559241732"
    assert _bsns(text) == ["559241732"]


@pytest.mark.parametrize(("text", "name"), [
    (("machinenr   omschrijving            uitgegeven aan       project\n"
     "640118273   kabelhaspel 25m         Ruud Veenstra        De Ruyterstraat      ja\n"),
     "Ruud Veenstra"),
    ("medewerker\tproject\nEmine Aksoy\tVan Speijkstraat 12\n", "Emine Aksoy"),
])
def test_a_column_gap_ends_the_name_before_a_street_in_the_next_column(text: str,
                                                                     name: str) -> None:
    """Two spaces or a tab end a cell: the street in the next column does not make the name
    the start of a street's name ("Dr. Martin Luther Kinglaan")."""
    assert name in _names(text), _names(text)


def test_a_street_named_after_a_person_in_one_cell_stays_a_street() -> None:
    assert _names("Adres: Dr. Martin Luther Kinglaan 4, Utrecht") == []


@pytest.mark.parametrize("text", [
    "Voor Sem staat als bsn nog 371270649 (dummy) in Loket, zijn echte nummer volgt.",
    "BSN: 371270649 (testnummer)",
    "burgerservicenummer 371270649 (fictief) - alleen voor de training",
])
def test_a_number_its_note_calls_a_placeholder_is_no_ones_bsn(text: str) -> None:
    assert _bsns(text) == []


def test_a_note_of_a_check_keeps_the_bsn() -> None:
    assert _bsns("BSN: 371270649 (gecheckt tegen ID)") == ["371270649"]


@pytest.mark.parametrize("text", [
    "rit 4-02  10:15  Zorgboerderij De Linde loc. Anna Paulowna   rollator mee",
    "De gemeente Anna Paulowna vraagt om een extra chauffeur op dinsdag.",
    "Vanaf maandag werkt ze op locatie Anna Paulowna, samen met Tim Bakker.",
])
def test_a_place_written_as_a_site_or_municipality_is_no_person(text: str) -> None:
    """A place that is a name too ("Anna Paulowna") after "loc.", "locatie", "vestiging" or
    "gemeente": the site's or the municipality's place."""
    assert "Anna Paulowna" not in _names(text), _names(text)


def test_the_same_name_said_of_someone_stays_a_person() -> None:
    assert "Anna Paulowna" in _names("Anna Paulowna belde vanmorgen over haar rooster.")

"""Kinds found on the stop-44 blind sets (agriculture and food processing), tested with cases
of our own (synthetic names, generated 11-check-valid numbers):

- minutes declare a double surname's initials by its first part ("Els Jansen-Vermeulen
  (EJ, voorzitter)") as often as by both;
- a possessive's "van" before a lone first name is no surname particle ("het afscheid van
  Gerda");
- letters, a space and digits only ("ABC 123456", "AB 1234567") are how Polish ID cards and
  passports print their number, never a Dutch document's;
- a batch file's first record (a date, a clock time) set in columns over the header that
  names them is no header;
- a grower's, farm's or lodging's name after its owner is no person ("Champignonkwekerij
  Hermans", "Logement Jan Barendse");
- a kind of data named in a clause or a notice ("gegevens over gezondheid en godsdienst")
  states nothing about anyone.
"""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.nl_bsn_number import is_valid


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == entity]


@pytest.mark.parametrize("minutes, letters", [
    (("Aanwezig: Ria de Boer-Kok (RB, notulist), Tom Smit (TS)\n\n1. Opening\nRB opent om 9:00."
      "\n2. Planning\nTS: drie diensten open. Actie: RB belt de teler."), "RB"),
    (("Present: Hanna Visser-Ahmadi (HV, chair), Piet Mol (PM)\n\n1. Housing\nHV reports two "
      "complaints. Action: HV to call the landlord; PM checks the rota."), "HV"),
])
def test_a_double_surnames_first_part_gives_its_initials(minutes: str, letters: str) -> None:
    found = _found(minutes, "PERSON")
    assert found.count(letters) == minutes.count(letters), found


@pytest.mark.parametrize("text, name", [
    ("Wie regelt het afscheid van Gerda? Zij stopt in december.", "Gerda"),
    ("De verjaardag van Noah vieren we vrijdag in de kantine.", "Noah"),
])
def test_a_possessives_van_is_no_particle_before_a_first_name(text: str, name: str) -> None:
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Gesprek met mevrouw van Gerven over haar rooster.",
    "Ingepland: Jan van Dijk en Kees de Vries.",
])
def test_a_particle_before_a_surname_stays(text: str) -> None:
    assert all(" " in n for n in _found(text, "PERSON")), _found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Legitimatie: ID DRT 615204 (Polen), tel. +48 601 222 333",
    "paspoort/ID: pasp. KF 5512907",
    "Nr 4 | Wójcik, Adam | ID card AWS 300118 | bus 2",
])
def test_a_polish_series_and_number_is_no_dutch_document(text: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize("text, number", [
    ("Paspoortnummer: NW 9R4K2P1", "NW 9R4K2P1"),
    ("ID-kaart XR10 01R5 8 gezien", "XR10 01R5 8"),
    ("Paspoort: BP12RF7K3", "BP12RF7K3"),
])
def test_a_dutch_number_typed_in_groups_stays(text: str, number: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == [number]


BATCH = """\
HDR LOONRUN  PERIODE 2026-W12  FLEXPOOL-ZUID  AANGEMAAKT 2026-03-20T09:14:02  GEBRUIKER JDEKKER
REC PERSNR    NAAM                 BSN          NETTO      DATUM
001 {p1} DE BOER K            {b1}    00412,10   20260323
002 {p2} YILMAZ S             {b2}    00388,75   20260323
TRL AANTAL 002
"""


def test_a_batch_files_first_record_is_no_header() -> None:
    p1, p2, b1, b2 = "506332433", "220269634", "471415200", "268866582"
    assert all(is_valid(n) for n in (p1, p2, b1, b2))
    text = BATCH.format(p1=p1, p2=p2, b1=b1, b2=b2)
    assert sorted(_found(text, "NL_BSN")) == sorted([b1, b2])


@pytest.mark.parametrize("text", [
    "Morgen 6 man naar Aardbeienkwekerij Smits in Horst.",
    "Overleg met de chef van Melkveebedrijf Jansen over de melktijden.",
    "Huisvesting: Logement Piet Hein, kamer 4; anders Pension Ria Mulder.",
    "Het contract met Huisvesting Leo Bos loopt tot mei.",
    "Inlener: Kraanverhuur Piet Mulder, Hoogeveen (G-rekening volgt).",
    "De monteurs gaan naar Installatiebedrijf Jan Smit en Steigerbouw Bakker.",
])
def test_a_business_named_after_its_owner_is_no_person(text: str) -> None:
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize("text, lang", [
    (("7. Geheimhouding: werknemer behandelt gegevens van collega's vertrouwelijk, waaronder "
      "gegevens over gezondheid en godsdienst die hij als ploegleider hoort."), "nl"),
    ("Crew leaders keep data about the health or religion of their colleagues confidential.",
     "en"),
])
def test_a_kind_of_data_named_is_no_ones(text: str, lang: str) -> None:
    assert [d for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")] == []


def test_a_colleagues_stated_religion_stays() -> None:
    text = "Ploegleider Piet Vos meldt: collega Ahmed Saidi is moslim en vast op vrijdag."
    assert "SPECIAL_RELIGION" in {d.entity for d in detect(text, "nl", document=True)}


@pytest.mark.parametrize("text, lang, term", [
    ("Appje van Karim: kan niet komen, last van z'n rug na het tillen.", "nl", "last van z'n rug"),
    ("Notitie: Sanne de Wit heeft pijn in m'n knie gezegd, bedoelt haar knie.", "nl",
     "pijn in m'n knie"),
    ("Joanna Nowak has a lower back problem and cannot lift crates.", "en", "lower back problem"),
    ("Uitslag: Dennis Kok testte positief op amfetamine.", "nl", "positief op amfetamine"),
])
def test_a_workers_plain_words_for_a_complaint(text: str, lang: str, term: str) -> None:
    assert term in [text[d.start:d.end] for d in detect(text, lang, document=True)
                    if d.entity == "SPECIAL_HEALTH"]


def test_a_test_in_general_is_no_ones_result() -> None:
    text = "De drugstest laat zien of iemand positief op cannabis test."
    assert [d for d in detect(text, "nl", document=True) if d.entity.startswith("SPECIAL_")] == []


@pytest.mark.parametrize("text, name", [
    ("De buurvrouw noemt een vaste medewerker, ‘Marek’ (achternaam onbekend).", "Marek"),
    ("The grower asked for ‘Agnieszka’ again, the packer from last spring.", "Agnieszka"),
])
def test_a_name_in_typographic_single_quotes(text: str, name: str) -> None:
    assert _found(text, "PERSON", "en" if text.startswith("The") else "nl") == [name]


@pytest.mark.parametrize("text, lang", [
    (("Re: verzuim week 30\n> Wat hadden ze? Griep? Rugklachten? Wij moeten plannen.\n"
      "Dat mogen wij niet delen; Piet is maandag terug."), "nl"),
    ("> What was wrong with them? Flu going round? Back pain?\nWe cannot share that.", "en"),
])
def test_a_question_in_a_record_states_nothing(text: str, lang: str) -> None:
    found = detect(text, lang, document=True, record=True)
    assert [d for d in found if d.entity == "SPECIAL_HEALTH"] == []


def test_a_records_answer_after_a_question_stays() -> None:
    text = "Ziekmelding Piet de Vries. Klachten? Rugpijn sinds maandag."
    assert "SPECIAL_HEALTH" in {d.entity for d in detect(text, "nl", document=True, record=True)}


@pytest.mark.parametrize("text", [
    "Uitslag drugstest Ricardo Lopes: negatief, bevestigd in het laboratorium (GC-MS).",
    "Drug test Ricardo Lopes: negative, confirmed by LC-MS in the lab (report ALS-T2).",
])
def test_a_disease_acronym_inside_a_longer_acronym_is_none(text: str) -> None:
    found = detect(text, "nl" if "Uitslag" in text else "en", document=True, record=True)
    assert [text[d.start:d.end] for d in found if d.entity == "SPECIAL_HEALTH"] == []


def test_a_disease_acronym_with_its_own_compound_stays() -> None:
    text = "Ziekmelding Ruud Kok: MS-klachten, bedrijfsarts ingeschakeld."
    assert "SPECIAL_HEALTH" in {d.entity for d in detect(text, "nl", document=True, record=True)}


@pytest.mark.parametrize("text, lang", [
    (("Let op: het draaihek bij de bouwkeet werkt met gezichtsherkenning van de aannemer.\n"
     "Ploeg: Jan de Vries, Piet Kok, Tomasz Nowak"), "nl"),
    (("Note: the site gate works with face recognition run by the client.\n"
     "Crew: Jan de Vries, Piet Kok, Tomasz Nowak"), "en"),
])
def test_an_entrance_that_works_with_biometrics_holds_no_ones_template(text: str,
                                                                        lang: str) -> None:
    assert [d for d in detect(text, lang, document=True) if d.entity == "SPECIAL_BIOMETRIC"] == []


def test_a_workers_enrolled_face_template_stays() -> None:
    text = "Inschrijving poort Noord: Jan de Vries, gezichtstemplate opgeslagen op 16-11."
    assert "SPECIAL_BIOMETRIC" in {d.entity for d in detect(text, "nl", document=True)}


@pytest.mark.parametrize("text", [
    ("03/02/26, 09:12 - Lisa (planning): Marco, stuur je geboortedatum en IBAN even privé\n"
     "03/02/26, 09:20 - Marco Rossi: doe ik"),
    ("[14-05-2026 07:02] Planner: Kamil, your date of birth please, privately\n"
     "[14-05-2026 07:05] Kamil Nowak: ok, sending now"),
])
def test_a_chat_messages_stamp_is_no_birth_date(text: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == []


def test_a_labelled_birth_date_with_a_clock_time_stays() -> None:
    assert _found("Geboortedatum:\n14-03-1991 00:00", "DATE_OF_BIRTH") == ["14-03-1991"]


@pytest.mark.parametrize("row", [
    "501 | Nowicka, Ewa        | PL | PL_PASSPORT | EK4418297 | ewa.n@wp.pl",
    "502 | Ionescu, Dan        | RO | RO-ID       | RX1234567 | +40 721 000 111",
])
def test_a_country_code_before_the_document_word_makes_it_that_countrys(row: str) -> None:
    assert _found(row, "NL_ID_DOCUMENT") == []


def test_a_dutch_code_before_the_document_word_keeps_it_dutch() -> None:
    assert _found("503 | de Vries, Jan | NL | NL_PASSPORT | EK4418297", "NL_ID_DOCUMENT") == [
        "EK4418297"]


@pytest.mark.parametrize("text", [
    "Nationality: Irish\nIdentity document: Irish passport PX5528107",
    "I enclose a copy of my Irish passport (PX4412873) for the payroll.",
    "Hij is een Afghan national, verblijfsvergunning aangevraagd.",
])
def test_a_nationality_that_is_a_first_name_too_stays_a_nationality(text: str) -> None:
    assert _found(text, "PERSON", "en") == []


def test_the_first_name_irish_stays_a_person() -> None:
    assert _found("Irish called me yesterday about the rota.", "PERSON", "en") == ["Irish"]


def test_a_known_surname_ending_like_a_trade_stays_a_name() -> None:
    # "Nijhuis" ends in "-huis" as "Modehuis" does; the gazetteer knows it as a surname
    assert "Nijhuis Kees" in _found("Rooster week 12: Nijhuis Kees, Bakker Piet.", "PERSON")

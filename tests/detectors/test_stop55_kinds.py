"""Kinds of failure read at stop 55 in the held-out sets of stop 54 (special-doctype-rules-50,
identifiers-45, running-text-40), tested with cases of our own. All names and numbers are
synthetic."""

from __future__ import annotations

import pytest

from detectors import detect
from scanner.extract.text_tables import split_tables


def _found(text: str, language: str, entity: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language, document=True)
            if d.entity == entity]


def _special(text: str, language: str) -> set[str]:
    return {d.entity for d in detect(text, language, document=True)
            if d.entity.startswith("SPECIAL_")}


# --- a CV's experience lines are no table ------------------------------------------------

CV_LINES = [
    ("Experience\n2019–2025  Line operator, Vleesgroep Oost (halal), Oss\n"
    "           - packing, cutting, cleaning\n2016–2019  Picker, Kwekerij De Zon (paprika), Venlo\n"
    "2014–2016  Cook, Hotel Mercure, Den Haag\n"),
    ("Werkervaring\n2020 - heden  Heftruckchauffeur, Bloemenveiling Noord, Aalsmeer\n"
    "- laden, lossen, orderpicken\n2017 - 2020  Orderpicker, Koelhuis West, Bleiswijk\n"
    "2015 - 2017  Inpakker, Bakkerij Ooms, Delft\n"),
]


@pytest.mark.parametrize("text", CV_LINES)
def test_a_period_of_years_or_a_bullet_opens_no_table_header(text: str) -> None:
    _, tables = split_tables(text)
    assert tables == []


def test_a_comma_export_under_its_header_is_still_a_table() -> None:
    _, tables = split_tables("naam,plaats,telefoon\nJan de Boer,Delft,0612345678\n"
                             "Ans Smit,Gouda,0687654321\n")
    assert len(tables) == 1


# --- religion: the employer's kind, a number, an organisation's affiliation -----------------

NO_BELIEF = [
    ("nl", ("Motivatie\nIk werk nu drie jaar bij Vleesgroep Oost, een halal slachterij, "
           "aan de uitbeenlijn.")),
    ("en", ("Cover letter\nI have worked for two years at Zeeland Meat, a kosher "
           "slaughterhouse, on the packing line.")),
    ("nl", "Sollicitatie\nIk werk al vier jaar in een halal uitbenerij in Oss."),
    ("nl", ("Geachte heer,\nWij zijn aangesloten bij de Christelijke Boerenbond en ons bedrijf "
           "werkt niet op zondag.")),
    ("nl", ("Geachte mevrouw,\n- Wij zijn lid van de Christelijke Werkgeversvereniging en ons "
           "bedrijf sluit op zondag.")),
    ("en", ("Dear Sir,\nWe are affiliated with the Protestant growers' union and our nursery "
           "is closed on Sundays.")),
]


@pytest.mark.parametrize("language, text", NO_BELIEF)
def test_a_workplace_a_count_or_a_firms_affiliation_states_no_belief(
        language: str, text: str) -> None:
    assert "SPECIAL_RELIGION" not in _special(text, language)


BELIEF = [
    ("nl", "Motivatie\nIk eet alleen halal en werk graag in een slachterij."),
    ("nl", "Verlofaanvraag\nIk vier met mijn familie het Suikerfeest en vraag vrij op 3 april."),
    ("nl", "Intake\nWij zijn lid van de Hervormde Gemeente, zei mevrouw Bakker."),
    ("nl", "Ik ben aangesloten bij de Christelijke Gereformeerde Kerk."),
]


@pytest.mark.parametrize("language, text", BELIEF)
def test_a_persons_own_diet_feast_or_membership_still_states_it(language: str, text: str) -> None:
    assert "SPECIAL_RELIGION" in _special(text, language)


# --- biometric: a subject line and a group identified -----------------------------------

NO_BIOMETRIC = [
    ("en", ("MEMO\nRe: fingerprint clocks at client sites\n\nThree clients now have time "
           "clocks. Ask for a badge instead.")),
    ("en", ("Memo\nThree clients now have time clocks that identify employees by fingerprint. "
           "Ask for a badge instead.")),
    ("nl", "Memo\nDrie klanten laten medewerkers inklokken met vingerafdruk. Vraag om een pas."),
]


@pytest.mark.parametrize("language, text", NO_BIOMETRIC)
def test_a_topic_or_a_groups_way_in_is_no_ones_biometric_data(language: str, text: str) -> None:
    assert "SPECIAL_BIOMETRIC" not in _special(text, language)


BIOMETRIC = [
    ("nl", "Tijdregistratie Jan de Vries\nVingerafdruk geregistreerd: ja, template opgeslagen."),
    ("en", "Incident\nThe clock failed to identify Sara Jansen by her fingerprint template."),
]


@pytest.mark.parametrize("language, text", BIOMETRIC)
def test_a_persons_template_is_still_biometric_data(language: str, text: str) -> None:
    assert "SPECIAL_BIOMETRIC" in _special(text, language)


# --- a phone after a number that is a CSV field of its own --------------------------------

def test_a_phone_after_a_numeric_csv_field_is_found() -> None:
    text = ("plaats,kamer,buspas,tel\nNaaldwijk,2,412345670,06 3141 5926\n"
            "Naaldwijk,3,512345671,06 2718 2818\n")
    assert _found(text, "nl", "PHONE_NUMBER") == ["06 3141 5926", "06 2718 2818"]


@pytest.mark.parametrize("text", ["Saldo 1,0612345678 na correctie", "Factor 12,0628471190"])
def test_a_decimal_is_still_no_phone(text: str) -> None:
    assert _found(text, "nl", "PHONE_NUMBER") == []


# --- a letter's place and date line -----------------------------------------------------

def test_a_letters_date_line_under_a_birth_date_is_no_birth_date() -> None:
    text = ("Betreft: loonbeslag\nInzake: dhr. Jan de Boer, geboren 07-08-1988\n\n"
            "Utrecht, 4 december 2025\n\nGeachte heer,\n")
    assert _found(text, "nl", "DATE_OF_BIRTH") == ["07-08-1988"]
    text = "Inzake: mw. A. Smit, geboren 1 mei 1979\nDen Haag, 2 januari 2024\nGeachte heer,"
    assert _found(text, "nl", "DATE_OF_BIRTH") == ["1 mei 1979"]


def test_a_birth_place_and_date_under_a_label_stay_a_birth_date() -> None:
    assert _found("Geboren:\nUtrecht, 3 maart 1990\nAdres: Laan 3", "nl",
                  "DATE_OF_BIRTH") == ["3 maart 1990"]


# --- names: a signature's role, a job's compound, a chat's emoji, a saint's place ----------

@pytest.mark.parametrize("text, names", [
    ("Groet,\n\ndrs. B.J. Mulder, bedrijfsarts\nArbodienst Midden, tel 030-2720155\n",
     ["B.J. Mulder"]),
    ("Met vriendelijke groet,\nFenna Rachidi\nRegiomanager Westland\n", ["Fenna Rachidi"]),
    ("Groet,\nFenna Rachidi\nVestigingsdirecteur Dekker\n", ["Fenna Rachidi"]),
    ("Naam, voornaam\nJansen, Piet\n", ["Jansen, Piet"]),
    ("Bedrijfsarts\nPetra Mulder\n", ["Petra Mulder"]),
    ("Vier mensen voor de witloofforcerie in Sint-Katelijne-Waver, vorig jaar ook.", []),
    ("Ze woont in Sint-Michielsgestel bij Jan de Vries.", ["Jan de Vries"]),
])
def test_names_beside_roles_jobs_and_places(text: str, names: list[str]) -> None:
    assert _found(text, "nl", "PERSON") == names


def test_a_chat_speaker_with_an_emoji_is_a_name() -> None:
    text = ("[27/11/25, 19:40] Kiri 🌸: hi, my payslip is late\n[27/11/25, 19:41] Coen: ok\n"
            "[27/11/25, 19:42] Kiri 🌸: thanks\n")
    assert _found(text, "en", "PERSON").count("Kiri") == 2


# --- places and firms that read as names ---------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Ravi Kumar\nLocatiemanager BSO De Eik, Leidsche Rijn\nT 030 760 24 81", ["Ravi Kumar"]),
    ("Marta Silva studeerde farmacie (USP, São Paulo) en werkt nu in Leiden.", ["Marta Silva"]),
    ("Nog in Kuala Lumpur; de MVV is aangevraagd voor Daniel Tan.", ["Daniel Tan"]),
    ("Project: ASML Veldhoven, cleanroom, start 4 januari.", []),
    ("De BASF Antwerpen site vraagt een A1 voor Piotr Nowak.", ["Piotr Nowak"]),
    ("Naam: JANSEN Piet\nAdres: Laan 3", ["JANSEN Piet"]),
    ("Reislijst\nSZŐCS Enikő            2000-05-19\nKRAVETS Oleksandr      1988-12-24\n",
     ["SZŐCS Enikő", "KRAVETS Oleksandr"]),
])
def test_cities_and_acronym_firms_are_no_names(text: str, names: list[str]) -> None:
    assert _found(text, "nl", "PERSON") == names


# --- a name with a bracketed aside before its verb -----------------------------------------

@pytest.mark.parametrize("text", [
    "Medewerker Karin de Bruin (planner) zit vier weken thuis met een gescheurde kruisband.",
    "Sem Visser (19) heeft sinds maandag een hernia.",
])
def test_a_name_with_an_aside_still_opens_its_clause(text: str) -> None:
    assert "SPECIAL_HEALTH" in _special(text, "nl")


# --- a recruiter's shorthand and a named subject before a worker --------------------------

@pytest.mark.parametrize("language, text", [
    ("nl", "ATS-notities Joris Hendriks\n3/4 tel.gespr. kand. heeft diabetes, wil dagdienst."),
    ("en", "Mail\nPriya Nair told our team leader that she is pregnant and due in June."),
])
def test_shorthand_and_named_subjects_tie_health_terms(language: str, text: str) -> None:
    assert "SPECIAL_HEALTH" in _special(text, language)


def test_a_worker_named_alone_before_a_pronoun_still_rules_it_out() -> None:
    text = "Advies\nDe bedrijfsarts adviseert; hij bespreekt je beperkingen in het volgende gesprek."
    assert "SPECIAL_HEALTH" not in _special(text, "nl")


# --- a form set in two columns is no table ---------------------------------------------------

def test_a_two_column_form_labels_each_value_by_its_own_row() -> None:
    text = ("Persoonsgegevens\nAchternaam\tMahabier\nRoepnaam\tRavi\nGeboortedatum\t09-08-1994\n"
            "Telefoon\t06-12345678\n")
    found = {(d.entity, text[d.start : d.end]) for d in detect(text, "nl", document=True)}
    assert {("PERSON", "Mahabier"), ("PERSON", "Ravi"), ("DATE_OF_BIRTH", "09-08-1994")} <= found


def test_a_two_column_export_still_reads_its_header() -> None:
    text = "naam\tgeboortedatum\nJansen\t12-03-1985\nBakker\t01-02-1990\n"
    assert _found(text, "nl", "DATE_OF_BIRTH") == ["12-03-1985", "01-02-1990"]


# --- a chat turn that needs the birth date, answered by the next speaker ---------------------

@pytest.mark.parametrize("text, date", [
    (("[03/12/2026, 10:01] Noor Visser: For your contract I need your date of birth and your "
     "IBAN pls\n[03/12/2026, 10:04] Bilal Aziz: 17/05/2001, NL20INGB0001234567\n"), "17/05/2001"),
    (("03-12-2026 10:01 - Sanne de Wit: Hoi Fenna, we missen nog je geboortedatum voor de "
     "loonstrook.\n03-12-2026 10:09 - Fenna: 22-02-2004 is het\n"), "22-02-2004"),
])
def test_an_answer_to_a_turn_that_needs_the_birth_date(text: str, date: str) -> None:
    assert _found(text, "nl", "DATE_OF_BIRTH") == [date]


def test_an_answer_to_a_turn_that_needs_something_else_is_no_birth_date() -> None:
    text = ("[03/12/2026, 10:01] Noor Visser: Ik mis nog je startdatum\n"
            "[03/12/2026, 10:04] Bilal Aziz: 17-05-2001\n")
    assert _found(text, "nl", "DATE_OF_BIRTH") == []


# --- a named person's relative ------------------------------------------------------------------

def test_a_named_persons_mothers_illness_is_health_data() -> None:
    text = ("Leave request\nDaan's mother has advanced Parkinson's disease and moves to a "
            "nursing home; he asks for ten days of care leave.")
    assert "SPECIAL_HEALTH" in _special(text, "en")


# --- a street with its house number and postcode ---------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Adres:   Korte Vijverberg 7-A, 2513 AB Den Haag\n", []),
    ("Femke Jansen\nLange Voorhout 9b\n2514 EA  Den Haag\n", ["Femke Jansen"]),
    ("Aanwezig: Jan de Vries 12 uur, Piet Bakker 8 uur\n", ["Jan de Vries", "Piet Bakker"]),
])
def test_a_street_before_its_postcode_is_no_name(text: str, names: list[str]) -> None:
    assert _found(text, "nl", "PERSON") == names


# --- a nationality's adjective used as one ------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Bram de Wit starts as account manager for our Irish clients.", ["Bram de Wit"]),
    ("Reference: very accurate, knows Irish and Dutch payroll, trained two juniors.", []),
    ("Candidate: Omid Rahimi (Afghan, residence permit, referred by the municipality)",
     ["Omid Rahimi"]),
    ("She taught the whole desk how to make proper Afghan tea.", []),
    ("Irish called back at ten and wants the job.", ["Irish"]),
])
def test_a_nationality_used_as_an_adjective_is_no_name(text: str, names: list[str]) -> None:
    assert _found(text, "en", "PERSON") == names

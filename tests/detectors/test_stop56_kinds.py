"""Kinds of failure read at stop 56 in the held-out sets of stop 55 (identifiers-46,
running-text-41, special-doctype-rules-51), tested with cases of our own. All names and
numbers are synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, language: str, entity: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language, document=True)
            if d.entity == entity]


def _special(text: str, language: str) -> set[str]:
    return {d.entity for d in detect(text, language, document=True)
            if d.entity.startswith("SPECIAL_")}


# --- "Surname, First name" whose first name no list holds, under a person's column ----------

UNKNOWN_GIVEN = [
    (("Medewerker           | pas     | afdeling\nKovačević, Dragoljub | P-204   | bar\n"
     "Oyelaran, Tomiwa     | P-311   | kassa\n"), ["Kovačević, Dragoljub", "Oyelaran, Tomiwa"]),
    (("Nr  Name                    Shift\n1   Quispe, Yupanqui        late\n"
     "2   Balogun, Ifeoluwa       early\n"), ["Quispe, Yupanqui", "Balogun, Ifeoluwa"]),
]


@pytest.mark.parametrize(("text", "names"), UNKNOWN_GIVEN)
def test_an_inverted_name_under_a_person_column_is_found_without_a_known_first_name(
        text: str, names: list[str]) -> None:
    found = _found(text, "nl", "PERSON")
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "Locatie            | uren\nZwolle, Stadshagen | 8\nAmersfoort, Vathorst | 6\n",
    "Functie             | uren\nStagehand, Rigging  | 8\nHost, Garderobe     | 6\n",
])
def test_an_inverted_pair_under_another_column_is_no_name(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


# --- a name after a name noun in prose: "(achternaam Verbeek)" -----------------------------

@pytest.mark.parametrize(("text", "language", "name"), [
    ("De nieuwe host (roepnaam Tiwa, geloof ik) begint morgen.", "nl", "Tiwa"),
    ("Ze stond er als Eva, meisjesnaam Terpstra, in het systeem.", "nl", "Terpstra"),
    ("The runner, surname Okonjo if I remember well, did not show up.", "en", "Okonjo"),
])
def test_a_name_after_a_name_noun_is_found(text: str, language: str, name: str) -> None:
    assert name in _found(text, language, "PERSON")


# --- a name hyphened to a noun is the thing named after the person ------------------------

@pytest.mark.parametrize("text", [
    ("12-05-2026  Bos, Ilse        hostess     Willem Kloos-lezing       6,0\n"
    "13-05-2026  Bos, Ilse        hostess     Anne Frank-tentoonstelling  4,0\n"),
])
def test_a_name_hyphened_to_a_noun_is_no_person(text: str) -> None:
    found = _found(text, "nl", "PERSON")
    assert not any(w in f for f in found for w in ("Kloos", "Frank", "Bomans", "Freezer")), found


def test_a_double_surname_with_a_particle_stays_a_name() -> None:
    text = "Contactpersoon: Mees Jansen-van Dam, en Lotte Smit-de Graaf.\n"
    found = _found(text, "nl", "PERSON")
    assert any("Jansen" in f for f in found) and any("Smit" in f for f in found), found


# --- venues and services named as a one-word name ----------------------------------------

@pytest.mark.parametrize("text", [
    "I will ask Paradiso about the wristbands and Ahoy about the parking.\n",
    "Van: Arbodienst Vitaal Werk <spreekuur@voorbeeld.example>\nAan: planning\n",
])
def test_a_venue_or_a_service_is_no_person(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


# --- what to look for: a condition's signs in an instruction -------------------------------

@pytest.mark.parametrize(("text", "language"), [
    (("Toolbox zomer\n- Signalen van een zonnesteek: hoofdpijn, braken, verwardheid.\n"
     "- Drink voldoende.\n"), "nl"),
    (("Crew briefing\n- Warning signs of heat stroke: confusion, vomiting, fainting.\n"
     "- Report to first aid.\n"), "en"),
])
def test_an_instructions_list_of_signs_is_no_one_s_health(text: str, language: str) -> None:
    assert _special(text, language) == set()


def test_a_record_s_complaints_label_still_states_health() -> None:
    text = "Ziekmelding\nMedewerker: R. Doornbos\nKlachten: braken en koorts sinds zondag.\n"
    assert _special(text, "nl") == {"SPECIAL_HEALTH"}


# --- an injury told as a verb with the person's possessive --------------------------------

@pytest.mark.parametrize("text", [
    ("Incidentmelding\nBetrokkene: Sem Vos\nOmschrijving: Sem gleed uit op de trap en kneusde "
    "zijn rechterpols.\n"),
    ("Ongevalsrapport\nGetroffene: Mirjam Ates\nWat gebeurde er: Mirjam bezeerde haar hand aan "
    "een decorstuk.\n"),
])
def test_an_injury_verb_with_a_possessive_states_health(text: str) -> None:
    assert _special(text, "nl") == {"SPECIAL_HEALTH"}


# --- a drug or alcohol test's sample field in a report naming the tested person -----------

SAMPLE_REPORTS = [
    (("Vertrouwelijk - personeelsdossier\nUitslag alcohol- en drugstest na incident\n\n"
      "Naam: Wendy Kroon\nFunctie: reachtruckchauffeur (DC Tilburg, via uitzendbureau)\n"
      "Pers.nr: 55120\nDatum test: 14-03-2026, 07:45, locatie DC Tilburg\n\n"
      "Aanleiding: aanrijding met reachtruck tegen stelling.\nBlaastest: 0,00 promille\n"
      "Speekseltest: positief op amfetamine\n\n"
      "Gevolg: Wendy is direct naar huis gestuurd. Gesprek met HR gepland op 16-03.\n"), "nl"),
    (("Confidential - personnel file\nAlcohol and drug test result after incident\n\n"
      "Name: Sara Lindqvist\nRole: reach truck driver (DC Venlo, via agency)\n"
      "Staff no: 55121\nTest date: 14-03-2026, 07:45, DC Venlo\n\n"
      "Reason: collision of a reach truck with a rack.\nBreath test: 0.00 per mille\n"
      "Saliva test: positive for amphetamine\n\n"
      "Outcome: Sara was sent home at once. Meeting with HR on 16-03.\n"), "en"),
]


@pytest.mark.parametrize(("text", "language"), SAMPLE_REPORTS)
def test_a_positive_sample_field_about_a_named_person_states_health(
        text: str, language: str) -> None:
    assert "SPECIAL_HEALTH" in _special(text, language)


def test_a_policy_s_example_sample_field_states_no_one_s_health() -> None:
    text = ("Alcohol- en drugsbeleid\nVoorbeeld van een uitslag:\nUrinetest: positief op "
            "cocaïne\nEen positieve uitslag betekent schorsing.\n")
    assert _special(text, "nl") == set()


# --- a sentence that opens with a first name and a surname names someone --------------------

def test_a_named_sentence_in_a_text_with_policy_words_keeps_its_statement() -> None:
    text = ("Notitie rooster\n\nMarloes Hendriks (lijn 2) vertelde dat ze zwanger is. Volgens "
            "de risico-inventarisatie mag ze niet meer in de vriescel staan.\n")
    assert _special(text, "nl") == {"SPECIAL_HEALTH"}


# --- an account holder as a bank prints it: initials without stops, surname in capitals -----

@pytest.mark.parametrize(("text", "name"), [
    ("Netto uitbetaald op NL20INGB0001234567 t.n.v. R D MAHABIER\n", "R D MAHABIER"),
    ("nieuw nummer NL91ABNA0417164300\ntnv T OKONKWO\n", "T OKONKWO"),
    ("Paid to NL02RABO0123456789, account holder: E LUNDQVIST\n", "E LUNDQVIST"),
])
def test_an_account_holder_in_capitals_is_a_name(text: str, name: str) -> None:
    assert name in _found(text, "nl", "PERSON")


@pytest.mark.parametrize("text", [
    "Over te maken op NL20INGB0001234567 t.n.v. CJIB Leeuwarden onder vermelding van het kenmerk.\n",
    "Betalen op NL91ABNA0417164300 t.n.v. Bos Incasso\nB.V., Rotterdam\n",
])
def test_an_organisation_holding_the_account_is_no_name(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


# --- a name between a line's action or remark word and its colon ---------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Intake 12-03\nRijbewijs B\nOpmerking Fenna: heeft al een VCA-diploma.\n", "Fenna"),
    ("Actiepunten\n- Actie Hendriks: offerte naar de klant sturen.\n", "Hendriks"),
    ("Weekly call\nAction Priya: send the rota to the client.\n", "Priya"),
])
def test_a_name_after_a_line_s_action_word_is_found(text: str, name: str) -> None:
    assert name in _found(text, "nl", "PERSON")


@pytest.mark.parametrize("text", [
    "Actie Rotterdam: vergunning aanvragen bij de gemeente.\n",
    "Opmerking Heftruck: keuring verlopen.\n",
])
def test_a_place_or_a_thing_after_an_action_word_is_no_name(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


# --- a conversation copied without time stamps -----------------------------------------------

def test_speakers_taking_turns_without_time_stamps_are_names() -> None:
    text = ("Overgetypt uit Instagram door de planning\n\n"
            "kemaly: hoi is die vacature voor de afwas nog open\n"
            "Noor: Hoi! Ja, vanaf zaterdag. Heb je ervaring?\n"
            "kemaly: ja twee jaar bij een pizzeria in Delft\n"
            "Noor: Top, ik bel je morgen even.\n")
    found = _found(text, "nl", "PERSON")
    assert found.count("kemaly") == 2, found


@pytest.mark.parametrize("text", [
    ("Leiden: 4 open diensten in de keuken\nDelft: 2 open diensten in de bar\n"
    "Leiden: na 18 uur geen bezetting\nDelft: zondag dicht vanwege verbouwing\n"),
    "uid: jbakker\ncn: Jan Bakker\nsn: Bakker\nuid: pdevries\ncn: Piet de Vries\nsn: de Vries\n",
    "given_name: Anna\nfamily_name: Smit\ngiven_name: Ravi\nfamily_name: Persaud\n",
])
def test_a_table_s_or_an_export_s_keys_are_no_speakers(text: str) -> None:
    found = _found(text, "nl", "PERSON")
    assert not any(w in found for w in ("Leiden", "Delft", "cn", "sn", "uid", "given_name")), found


# --- a first name and the surname in brackets, with particles or a note ----------------------

@pytest.mark.parametrize(("text", "surname"), [
    ("Overleg: Marleen (van Houten) neemt de roosters over.\n", "van Houten"),
    ("Beslag binnen voor Yusuf (Aydın, wnr 40417), hij is gebeld.\n", "Aydın"),
    ("Controle door Henk (ter Beek, teamleider). Akkoord.\n", "ter Beek"),
    ("Daarna schuift Anouk (de Graaf) aan.\n", "de Graaf"),
])
def test_a_bracketed_surname_with_particles_or_a_note_is_found(text: str, surname: str) -> None:
    assert surname in _found(text, "nl", "PERSON")


def test_a_nationality_in_brackets_is_no_surname() -> None:
    text = "- Kovács Petra (Hongaars, achternaam eerst) belt morgen terug.\n"
    assert "Hongaars" not in _found(text, "nl", "PERSON")


# --- rooms, halls and buildings named after people ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Overleg 3 maart, spreekkamer \"Marie Curie\" (1e verdieping)\n",
    "Location: meeting room 'Vincent van Gogh', 2nd floor\n",
    "Training in vergaderruimte Johan Cruijff, daarna lunch.\n",
    "Wedstrijd op Sportpark Henk Angenent, Veldhoven.\n",
])
def test_a_room_or_a_building_named_after_a_person_is_no_name(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


def test_a_person_in_a_room_is_still_a_name() -> None:
    text = "Op de kamer zat Fleur Hendriks al te wachten.\n"
    assert "Fleur Hendriks" in _found(text, "nl", "PERSON")


@pytest.mark.parametrize("text", [
    "Nieuwe opdrachtgever: kinderdagverblijf De Kleine Prins (4 locaties)\n",
    "Invalkracht gezocht voor kinderopvang De Kleine Beer in Tilburg.\n",
])
def test_a_childcare_centre_named_with_an_article_is_no_name(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


# --- a firm's national branch: a name and a country ---------------------------------------------

@pytest.mark.parametrize("text", [
    "References: Mark de Wit, Head of Payroll, Flexpool Nederland\n",
    "- Tilburg loc. Visser Holland: akkoord op 4 pers.\n",
])
def test_a_firm_and_its_country_is_no_name(text: str) -> None:
    found = _found(text, "nl", "PERSON")
    assert not any("Holland" in f or "Nederland" in f for f in found), found


def test_a_title_and_a_surname_that_is_a_country_stay_a_name() -> None:
    text = "Mrs Holland called about the invoice; she wants a reply today.\n"
    assert any("Holland" in f for f in _found(text, "en", "PERSON"))


# --- "ten name van", "op naam van": the phrase's "van" is no particle ----------------------------

@pytest.mark.parametrize("text", [
    "Te voldoen op NL20INGB0001234567 ten name van Stichting Schuldhulp Oost.\n",
    "De boete staat op naam van Flexwerkt en niet op jou persoonlijk.\n",
])
def test_the_van_of_in_name_of_opens_no_name(text: str) -> None:
    found = _found(text, "nl", "PERSON")
    assert not any(f.startswith("van ") for f in found), found


def test_a_person_in_whose_name_something_stands_is_found() -> None:
    text = "De reservering staat op naam van De Graaf-Bosman, twee personen.\n"
    assert any("Graaf-Bosman" in f for f in _found(text, "nl", "PERSON"))


# --- a role's label before a town: the branch ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Met vriendelijke groet,\nMarit Jonker\nIntercedent Apeldoorn - 055 123 45 67\n",
    "De vacature recruiter Emmen is nog open.\n",
])
def test_a_town_after_a_role_label_is_the_branch(text: str) -> None:
    found = _found(text, "nl", "PERSON")
    assert not any(t in found for t in ("Apeldoorn", "Emmen")), found


def test_a_town_as_a_surname_under_a_name_label_stays() -> None:
    assert "Oosterhout" in _found("Achternaam: Oosterhout\nVoornaam: Bram\n", "nl", "PERSON")


# --- an acronym in prose is no name; a name in capitals on a form stays -----------------------

@pytest.mark.parametrize("text", [
    "Note for payroll: the bank says EU IBAN is fine for her.\n",
    "Uitkomst: ANWB wil nog een tweede gesprek met haar.\n",
])
def test_an_acronym_in_prose_is_no_name(text: str) -> None:
    found = _found(text, "nl", "PERSON")
    assert not any(w in found for w in ("IBAN", "ANWB")), found


def test_a_known_name_in_capitals_in_prose_stays() -> None:
    text = "Note: KAROL asked whether his salary can be paid earlier this month.\n"
    assert "KAROL" in _found(text, "en", "PERSON")


# --- a birthday without its year ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Let op: Bram is jarig op 7 maart, hij wil die dag vrij.\n", "7 maart"),
    ("Nice touch: Ewa is jarig deze week (2 oktober), taart?\n", "2 oktober"),
    ("Notes: prefers early shifts. Birthday 23/11 (born 1990)\n", "23/11"),
])
def test_a_birthday_without_its_year_is_a_date_of_birth(text: str, value: str) -> None:
    assert value in _found(text, "nl", "DATE_OF_BIRTH")


def test_the_days_of_a_birthday_calendar_are_dates_of_birth() -> None:
    text = "Verjaardagskalender afdeling Noord\n\nmaart\n  4 mrt.   Joris\n  19 mrt   Hatice\n"
    assert _found(text, "nl", "DATE_OF_BIRTH") == ["4 mrt.", "19 mrt"]


@pytest.mark.parametrize("text", [
    "Startdatum 7 maart, eerste dienst om 6 uur.\n",
    "De verjaardag van de zaak vieren we op 3 mei.\n",
])
def test_a_day_without_a_birthday_is_no_date_of_birth(text: str) -> None:
    assert _found(text, "nl", "DATE_OF_BIRTH") == []


def test_a_yearless_birthday_normalises_as_iso_month_and_day() -> None:
    found = [d.normalized for d in detect("Kees is jarig op 29 feb.\n", "nl", document=True)
             if d.entity == "DATE_OF_BIRTH"]
    assert found == ["--02-29"]

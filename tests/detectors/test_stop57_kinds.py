"""Kinds of failure read at stop 57 in the held-out sets of stop 56 (running-text-42,
identifiers-47, identifiers-48, special-doctype-rules-52 and -53), tested with cases of our
own. All names and numbers are synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, language: str, entity: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language, document=True)
            if d.entity == entity]


def _special(text: str, language: str) -> set[str]:
    return {d.entity for d in detect(text, language, document=True)
            if d.entity.startswith("SPECIAL_")}


# --- a number booked on a cost centre is no BSN --------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    (("Naam: Ruud Blom\nGeboortedatum: 04-09-1979\nAdres: Kerkpad 7\n"
     "Cursus boeken op kostenplaats 111222333."), "nl"),
    ("Name: Ada Ncube\nDate of birth: 12/07/1990\nCost centre 111222333 pays the course.", "en"),
])
def test_a_cost_centre_number_is_no_bsn(text: str, language: str) -> None:
    assert _found(text, language, "NL_BSN") == []


def test_a_bsn_beside_a_cost_centre_is_still_found() -> None:
    text = "Naam: Ruud Blom\nBSN 111222333, cursus op kostenplaats 4711."
    assert _found(text, "nl", "NL_BSN") == ["111222333"]


# --- a birth word's own date on one line, a labelled date on the next ----------------------

@pytest.mark.parametrize(("text", "birth", "other"), [
    ("Betreft: dhr. T. Wolters, geb. 02-11-1984\nAfspraak: 9 januari 2025\n",
     "02-11-1984", "9 januari 2025"),
    ("Betreft: mw. R. Kamp-Visser, geb. 21-03-1977\nSpreekuur: 30 juni 2024\n",
     "21-03-1977", "30 juni 2024"),
])
def test_a_labelled_date_under_a_birth_dates_line_is_no_birth_date(
        text: str, birth: str, other: str) -> None:
    found = _found(text, "nl", "DATE_OF_BIRTH")
    assert birth in found and other not in found, found


def test_a_partners_birth_date_on_the_next_line_stays() -> None:
    text = "Kandidaat: Jan Bos, geb. 14-08-1986\nPartner: Els Bos, 03-05-1988\n"
    assert "03-05-1988" in _found(text, "nl", "DATE_OF_BIRTH")


# --- special categories: the kind of an institution, an example of what not to write --------

@pytest.mark.parametrize(("text", "language"), [
    ("Before this I was a stage manager at a deaf theatre company in Ghent for two years.", "en"),
    ("I spent four years as an editor for a Christian broadcaster in Hilversum.", "en"),
    ("Daarvoor werkte ik als cameraman bij een christelijke omroep in Hilversum.", "nl"),
])
def test_a_category_word_that_describes_an_employer_states_nothing(
        text: str, language: str) -> None:
    assert _special(text, language) == set()


def test_a_category_word_about_the_writer_is_still_stated() -> None:
    assert "SPECIAL_HEALTH" in _special("I am deaf in my left ear and lip-read well.", "en")


@pytest.mark.parametrize(("text", "language"), [
    (('Agents must not write reasons in the CRM (e.g. "stopped because of her cancer" or '
     '"moved to the Jewish weekly"), only the code.'), "en"),
    ('Noteer geen reden in het veld, bijvoorbeeld "opgezegd vanwege zijn depressie".', "nl"),
])
def test_a_quoted_example_of_a_reason_states_nothing(text: str, language: str) -> None:
    assert _special(text, language) == set()


# --- names: initials spelled out, greeted, in brackets, without accents, as chat handles -----

def test_acronym_letters_spelled_out_as_a_name_are_initials_everywhere() -> None:
    text = ("Aanwezig: KvD (Karin van Dam, planner), PR (Pieter Rozendaal, teamleider), "
            "notulist Bo\n\n1. Planning\nPR meldt dat de bezetting rond is. KvD vraagt of "
            "PR het rooster deelt.\n")
    found = _found(text, "nl", "PERSON")
    assert found.count("PR") == 3, found


def test_acronym_letters_with_a_department_in_brackets_stay_an_acronym() -> None:
    text = "Aanwezig: KvD (Karin van Dam), PR (afdeling communicatie)\n\nPR stuurt het bericht."
    assert "PR" not in _found(text, "nl", "PERSON")


def test_the_surname_after_given_names_spelled_out_is_found() -> None:
    text = ("Drie namen: Anouk Smit en R.P. (Roel Pieter) Haaksbergen. Daarna vraagt HvdL of "
            "Haaksbergen kan.")
    found = _found(text, "nl", "PERSON")
    assert found.count("Haaksbergen") == 2, found


@pytest.mark.parametrize(("text", "initials"), [
    ("Van: Anne-Fleur Mulder\nOnderwerp: rooster\n\nHoi AF,\n\nKun je morgen?\n", "AF"),
    ("From: Jan-Willem Prins\n\nHi JW!\n\nSee the sheet.\n", "JW"),
])
def test_initials_greeted_on_their_own_line_are_a_person(text: str, initials: str) -> None:
    assert initials in _found(text, "nl", "PERSON")


@pytest.mark.parametrize("text", ["Beste MT,\n\nHierbij de cijfers.\n", "Hi HR,\n\nA question.\n"])
def test_a_team_greeted_by_its_acronym_is_no_person(text: str) -> None:
    assert _found(text, "nl", "PERSON") == []


def test_a_greeted_name_before_a_slash_is_found() -> None:
    assert "Mirthe" in _found("Hoi Mirthe / ochtendploeg,\n\nAlles liep goed.\n", "nl", "PERSON")


@pytest.mark.parametrize(("text", "given"), [
    ("Chauffeur: D. Zandvliet (Dyani), depot Oss", "Dyani"),
    ("Teamleider: K. Ramsaran (Kirtee) | locatie Utrecht", "Kirtee"),
])
def test_the_given_name_an_initial_stands_for_in_brackets_is_found(
        text: str, given: str) -> None:
    assert given in _found(text, "nl", "PERSON")


def test_a_department_in_brackets_after_an_initial_is_no_name() -> None:
    found = _found("Contact: P. Jansen (Planning), S. Smit (Sales)", "nl", "PERSON")
    assert "Planning" not in found and "Sales" not in found


def test_a_name_written_again_without_its_accents_is_found() -> None:
    text = "Naam: Dilan Şenkaya\nIn het rooster staat ze als Senkaya, dat klopt."
    assert "Senkaya" in _found(text, "nl", "PERSON")


def test_a_chat_handle_after_a_time_stamp_is_a_speaker() -> None:
    text = ("[10:02] lotte.vermeulen: build 2.1 crasht\n[10:04] Sem Bakker: kijk ik naar\n"
            "[10:05] lotte.vermeulen: top\n")
    assert _found(text, "nl", "PERSON").count("lotte.vermeulen") == 2


def test_a_bots_handle_after_a_time_stamp_is_no_person() -> None:
    text = "09:12 build.server: deploy failed\n09:13 jenkins.bot: retry\n"
    assert _found(text, "en", "PERSON") == []


# --- names that are no person: studios, abbreviations, verbs, adjectives, streets ------------

@pytest.mark.parametrize(("text", "language"), [
    ("Opnames in Studio Wim Kuijpers, daarna naar de set.", "nl"),
    ("Invoice 2231;Studio Lotte Pauw Producties;12,00", "nl"),
    ("Levering door Fa. Bosch & Zn., zoals altijd.", "nl"),
    ("1. Opening. Vz opent de vergadering om 19:30.\n2. Notulen vastgesteld.", "nl"),
    ("the app keeps crashing on my Irish phone since the update", "en"),
    ("De training is aan de Dr. Martin Luther Kingweg in Leiden.", "nl"),
])
def test_words_that_name_no_person_are_not_reported(text: str, language: str) -> None:
    assert _found(text, language, "PERSON") == [], _found(text, language, "PERSON")


def test_a_name_repeated_in_a_publishers_name_is_not_the_person() -> None:
    text = "Fenna Kuijt belde over de factuur.\n2231;Uitgeverij Meulenhoff Kuijt;12,00"
    assert _found(text, "nl", "PERSON") == ["Fenna Kuijt"]


def test_a_first_name_typed_small_before_an_object_pronoun_is_a_verb() -> None:
    text = ("ok ik zie het\nkun je ping hem even? hij reageert niet\nja doe ik\n"
            "fijn, en bel morgen sanne even\n")
    found = _found(text, "nl", "PERSON")
    assert "ping" not in found and "sanne" in found, found


# --- kinds read in identifiers-49 and running-text-43 (this stop's own sets) ----------------

def test_first_names_in_a_roster_under_days_are_found() -> None:
    text = ("ROOSTER milieustraat  wk 12\n\n        ma        di        wo        do        vr\n"
            "wk12\nbalie   Femke     Femke     Teun      Teun      Femke\n"
            "pers    Milan     -         Milan     Joost     Joost\n\n"
            "wk13\nbalie   Teun      Teun      Femke     Femke     Teun\n")
    found = _found(text, "nl", "PERSON")
    assert found.count("Femke") == 5 and found.count("Joost") == 2, found


def test_places_in_a_roster_under_days_are_no_names() -> None:
    text = ("        ma        di        wo        do\nochtend Kantine   Kantine   Magazijn  Balie\n"
            "middag  Balie     Balie     Kantine   Magazijn\n")
    assert _found(text, "nl", "PERSON") == []


def test_a_first_name_before_a_room_is_found() -> None:
    text = "De sleutels van wagen 14 liggen bij Gerrit in de kantine, zei de planner."
    assert "Gerrit" in _found(text, "nl", "PERSON")


def test_a_shop_named_like_a_first_name_is_no_person() -> None:
    assert _found("Ik werkte eerst bij Zara in de winkel.", "nl", "PERSON") == []


def test_initials_closing_a_list_item_after_the_role_are_declared() -> None:
    text = ("Present: R. Doesburg – province, roads (RD); ir. W.P. Amankwah-Boateng – "
            "municipality, waste (WA); H. El Idrissi – agency, planner (HE)\n\n"
            "1. Figures\nHE showed the figures. WA asked about Saturdays. RD agreed.\n")
    found = _found(text, "en", "PERSON")
    assert found.count("WA") == 2 and found.count("HE") == 2, found


@pytest.mark.parametrize(("text", "parts"), [
    ("Kraanmachinist: Haruki 'Haru' Nakamura | certificaat tot 2027", ["Haruki", "Nakamura"]),
    ("Reserve voor Koningsdag: Chidubem 'Dubem' Okafor", ["Chidubem", "Okafor"]),
])
def test_a_call_name_quoted_inside_a_name_keeps_the_name(text: str, parts: list[str]) -> None:
    found = _found(text, "nl", "PERSON")
    assert all(any(p in f for f in found) for p in parts), found


@pytest.mark.parametrize(("text", "language"), [
    ("Mobile: +353 85 111 2233 (Irish), Dutch number 06 1234 5678", "en"),
    ("- Irish driving licence 4471202 (B), exchange pending", "en"),
    ("Aan: Gerechtsdeurwaarderskantoor Hoekstra & Amrani, Zwolle", "nl"),
])
def test_nationality_words_and_offices_are_no_names(text: str, language: str) -> None:
    assert _found(text, language, "PERSON") == [], _found(text, language, "PERSON")


# --- kinds read in special-doctype-rules-54 --------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    (("Sinds mei 4 prikaccidenten gemeld. K. Doornbos vraagt of sorteerders gratis hepatitis "
     "B-vaccinatie kunnen krijgen. HR zoekt uit."), "nl"),
    ("Sanne vroeg of chauffeurs met diabetes nachtdiensten mogen rijden.", "nl"),
])
def test_a_question_about_a_group_states_nothing_of_the_asker(text: str, language: str) -> None:
    assert _special(text, language) == set()


def test_the_askers_own_condition_is_still_stated() -> None:
    assert "SPECIAL_HEALTH" in _special(
        "T. Brouwer vraagt of hij vanwege zijn hernia minder mag tillen.", "nl")


def test_a_cv_timelines_indented_second_line_is_work() -> None:
    from detectors.special_lexicon import load_lexicon
    from detectors.special_rules import in_work_section

    text = ("Naam: Jorrit Kuipers\n\nOverig\n"
            "2020 - 2023   Medewerker receptie (bijbaan), landelijk bureau van een\n"
            "              politieke jongerenorganisatie (DWARS), Amsterdam: post, zalen\n"
            "Hobby's: zwemmen\n")
    lex = load_lexicon("nl")
    assert in_work_section(text, text.index("DWARS"), lex)
    assert not in_work_section(text, text.index("zwemmen"), lex)


def test_an_insurers_letter_on_a_workforces_figures_names_no_one() -> None:
    text = ("Verzuimverzekeraar Noord - Verzuim\n\nApeldoorn, 2 maart 2026\n"
            "Betreft: premieherziening verzuimverzekering\n\nGeachte heer, mevrouw,\n\n"
            "Uit onze geanonimiseerde branchecijfers blijkt dat bij uw chauffeurs "
            "rugklachten en psychische klachten de belangrijkste verzuimoorzaak zijn. Wij "
            "ontvangen geen diagnoses op persoonsniveau.\n\nMet vriendelijke groet,\n\n"
            "drs. K.L. Brink\nAccountmanager\n")
    found = {d.entity for d in detect(text, "nl", document=True, record=True)
             if d.entity.startswith("SPECIAL_")}
    assert found == set()


def test_initials_in_a_dutch_list_do_not_make_it_english() -> None:
    from detectors.language import guess_language

    rows = "Medewerker: Jansen, P.\nMedewerker: Bakker, A.\nMedewerker: Smit, A.\nlid bond: FNV"
    assert guess_language(rows) == "nl"
    assert guess_language("A driver and a planner are needed for the weekend.") == "en"


def test_a_known_surname_in_capitals_before_a_comma_takes_any_given_name() -> None:
    text = ("851468421  KRASNIQI, Fatlum       attendant (sat)   2025-06-07\n\n"
            "Note: Fatlum's contract ended, badge to be blocked.\n")
    found = _found(text, "en", "PERSON")
    assert "KRASNIQI, Fatlum" in found and "Fatlum" in found, found


@pytest.mark.parametrize("text", ["TOTAL, Hours worked this week: 38\n",
                                  "NOTE, Please return the badge.\n"])
def test_capitals_before_a_comma_and_a_word_are_no_name(text: str) -> None:
    assert _found(text, "en", "PERSON") == []


def test_a_log_entrys_date_after_a_row_ending_in_a_birth_date_is_no_birth_date() -> None:
    text = ("2026-03-02  Sem de Groot     Dutch ID card XR4T9PL21, exp 2031-01-01; DOB 1990-06-14\n"
            "2026-03-03  Nadia Bakri      Dutch passport NW83KD2P1, exp 2032-05-05; DOB 1986-02-27\n")
    found = _found(text, "en", "DATE_OF_BIRTH")
    assert found == ["1990-06-14", "1986-02-27"], found


def test_a_list_under_a_birth_date_heading_keeps_its_dates() -> None:
    found = _found("Geboortedata kinderen:\n12-03-2015 Jan\n13-04-2017 Piet\n", "nl",
                   "DATE_OF_BIRTH")
    assert found == ["12-03-2015", "13-04-2017"], found


def test_initials_owning_an_action_after_a_dash_are_a_person() -> None:
    text = "Actie: RB – nabellen over de uren. TK – regelt een nieuw pasje voor maandag."
    assert _found(text, "nl", "PERSON") == ["RB", "TK"]


def test_a_glossarys_abbreviations_before_a_dash_are_no_person() -> None:
    text = "Begrippen: RSI — repetitive strain injury. NAH — niet-aangeboren hersenletsel."
    assert _found(text, "nl", "PERSON") == []


def test_letters_signing_a_note_on_its_last_dash_line_are_a_person() -> None:
    text = "Call with the candidate, contract follows in the portal.\n\n– SM\n"
    assert _found(text, "en", "PERSON") == ["SM"]


@pytest.mark.parametrize(("text", "nickname"), [
    ('Ik heb Wouter-Jan (bij iedereen bekend als "WJ") twee jaar begeleid.', "WJ"),
    ("Our driver, known to all as 'Zizou', starts at six.", "Zizou"),
])
def test_a_name_one_is_known_by_is_found(text: str, nickname: str) -> None:
    assert nickname in _found(text, "nl", "PERSON")


def test_a_project_known_by_a_quoted_name_is_no_person() -> None:
    assert _found('Het project, bekend als "Veilig Werken", loopt tot mei.', "nl",
                  "PERSON") == []


@pytest.mark.parametrize(("text", "language"), [
    ("- Volunteer at Utrecht Pride, as a proud gay man I enjoyed running the info stand", "en"),
    ("As a gay couple we would prefer a flat in the city over a village.", "en"),
])
def test_an_orientation_the_writer_states_with_pride_or_as_a_couple_is_found(
        text: str, language: str) -> None:
    assert _special(text, language) == {"SPECIAL_SEXUAL_ORIENTATION"}


@pytest.mark.parametrize("text", ["Our hotel welcomes every gay couple.",
                                  "The documentary follows a gay couple in Amsterdam."])
def test_a_couple_of_others_states_nothing(text: str) -> None:
    assert _special(text, "en") == set()

"""Special-category terms in form fields and table rows: a register, an export, a leave list
or an intake form is about the person of its row or form, so a belief, an origin, an
orientation or a conviction in a field's value is stated about that person; a field about
work, a topic, a language or a nationality, an organisation as a value, a category's own
name, a code and an empty or zero column are not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from detectors import detect
from detectors.special_category import find_special
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item

B = "SPECIAL_BIOMETRIC"
R, E, S, C, U, P = ("SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_SEXUAL_ORIENTATION",
                    "SPECIAL_CRIMINAL", "SPECIAL_TRADE_UNION", "SPECIAL_POLITICS")
NOW = datetime(2026, 1, 15, tzinfo=UTC)

FIELDS = [
    ("nl", "Reden (zie aanvraag): Suikerfeest", R),
    ("nl", "Toelichting HR: joods, houdt sabbat", R),
    ("nl", "Notitie intake: Javaans-Surinaams, spreekt ook Sranantongo", E),
    ("nl", "Notitie intake: Surinaams-Javaans, ouders uit Paramaribo", E),
    ("nl", "Opmerking leidinggevende: homoseksueel, woont samen met partner", S),
    ("nl", "Antecedenten: werkstraf in 2019", C),
    ("en", "Leave reason (HR): Eid al-Fitr", R),
    ("en", "Intake note: bisexual, asked about the LGBT network", S),
]
ROWS = [
    ("nl", "Jansen, P. | 10-04-2024 | Suikerfeest | akkoord", R),
    ("nl", "El Amrani, Fatima | 11-04 | Ramadan, eerder weg | akkoord", R),
    ("nl", "A. de Vries;12-03-2024;Pesach;goedgekeurd", R),
    ("en", "Smith, J. | 02-05-2024 | Yom Kippur | approved", R),
    ("nl", "naam;periode;bruto;inhouding_vakbond;netto\nJansen, P.;03-2024;2500,00;14,20;1900,00",
     U),
]
NOT_ABOUT_A_PERSON = [
    ("nl", "Talen: Marokkaans (moedertaal), Nederlands, Engels"),
    ("nl", "Nationaliteit: Marokkaans"),
    ("nl", "Feestdag: Suikerfeest (bijzonder verlof op aanvraag)"),
    ("nl", "Onderwerp: religie op de werkvloer"),
    ("nl", "Religie: n.v.t."),
    ("nl", "Klant: FNV Bouwen & Wonen"),
    ("nl", "Coalitie: GroenLinks-PvdA en CDA in de gemeenteraad"),
    ("nl", "Type: biometrische toegangscontrole, 2 stuks"),
    ("en", "Languages: Turkish (native), English"),
    ("en", "Public holiday: Eid al-Fitr (office closed)"),
    ("nl", "Jansen, P. | 10-04-2024 | SP-204113 | verzonden"),
    ("nl", "naam;periode;bruto;inhouding_vakbond;netto\nJansen, P.;03-2024;2500,00;0,00;1900,00"),
    ("nl", "Datum | Feestdag | Kantoor\n10-04-2024 | Suikerfeest | open\n25-12-2024 | Kerst | dicht"),
]


@pytest.mark.parametrize("lang, text, entity", FIELDS + ROWS)
def test_a_field_or_row_value_is_about_its_person(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("lang, text", NOT_ABOUT_A_PERSON)
def test_fields_about_work_topics_languages_and_codes_are_not(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


def _special(path: Path, text: str) -> set[str]:
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=NOW)
    cfg = ScanConfig(key=b"k" * 32, policy_path=None, limits=Limits(), now=NOW)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return {f.entity for f in first.findings if f.entity.startswith("SPECIAL_")}


def test_a_leave_register_export_states_the_belief_of_its_rows(tmp_path: Path) -> None:
    """Through the pipeline a delimited export is read column by column ("header: value"):
    the reason column still ties the holiday to the row's person."""
    text = ("Naam;Datum;Reden (toelichting);Status\n"
            "Jansen, P.;10-04-2024;Suikerfeest;akkoord\n"
            "Bakker, A.;11-04-2024;verhuizing;akkoord\n"
            "Visser, K.;12-04-2024;tandarts;akkoord\n")
    assert _special(tmp_path / "verlofregister.csv", text) == {R}


def test_a_holiday_calendar_export_states_nothing(tmp_path: Path) -> None:
    text = ("Datum;Feestdag;Kantoor\n10-04-2024;Suikerfeest;open\n25-12-2024;Kerstmis;dicht\n"
            "27-04-2024;Koningsdag;dicht\n")
    assert _special(tmp_path / "feestdagen.csv", text) == set()


# Vocabulary with breadth (issue #15): where someone or their family comes from, joined to
# every country of origins.txt; youth wings and full party names; coming out and sexuality;
# holidays and sabbath spelt otherwise; police reports and custody.
VOCABULARY = [
    ("nl", "Ik ben in 2015 gevlucht uit Syrië.", E),
    ("nl", "Mijn ouders komen oorspronkelijk uit Kaapverdië.", E),
    ("nl", "Als Eritrese vluchtelinge kwam zij in 2016 naar Nederland.", E),
    ("en", "I was born in Ghana and moved to Rotterdam at twelve.", E),
    ("en", "As a Syrian refugee he arrived in 2015.", E),
    ("nl", "Ik ben lid van de Jonge Democraten.", P),
    ("nl", "Hij is actief bij PerspectieF.", P),
    ("nl", "Hij is in 2015 uit de kast gekomen.", S),
    ("nl", "Kandidaat sprak open over zijn seksualiteit.", S),
    ("en", "She came out as bisexual when she was nineteen.", S),
    ("nl", "Ik vier Divali met mijn familie.", R),
    ("nl", "Ik werk niet op sabbat.", R),
    ("nl", "Tegen hem is proces-verbaal opgemaakt wegens heling.", C),
    ("en", "He wore an ankle tag until March.", C),
]
NOT_VOCABULARY = [
    ("nl", "Veel vluchtelingen uit Syrië vinden werk in de logistiek."),
    ("nl", "Ik kom uit Utrecht en woon nu in Ede."),
    ("nl", "Ik pakte de map uit de kast."),
    ("nl", "Er zijn maatregelen genomen na het incident."),
    ("nl", "Hij bekijkt het vanuit een ander perspectief."),
    ("en", "My results came out last week."),
    ("nl", "Wij helpen Syrische vluchtelingen aan werk."),
]


@pytest.mark.parametrize("lang, text, entity", VOCABULARY)
def test_statements_in_a_broader_vocabulary_are_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("lang, text", NOT_VOCABULARY)
def test_everyday_words_near_the_new_vocabulary_are_not(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


# Options no one ticked, an organisation's own things, a rule about anyone and a device's
# fields are no statement about a person.
NOT_STATED = [
    ("nl", "Soort verlof:  [x] ziekte   [ ] zorgverlof   [ ] zwangerschap   [ ] anders"),
    ("nl", "Religie:  ☐ christelijk  ☐ islamitisch  ☐ anders"),
    ("en", "I attended FNV's training on safe lifting at my previous job."),
    ("en", "He read the GMB's report on warehouse pay."),
    ("nl", "Een uitzendkracht kan zijn vakbondscontributie via de werkkostenregeling verrekenen."),
    ("nl", "Model: BioEntry W2 vingerafdruk-/kaartlezer"),
    ("en", "Device: ZK fingerprint terminal, 2 pcs"),
]
STILL_STATED = [
    ("nl", "Reden verlof:  [ ] verhuizing   [x] Suikerfeest   [ ] anders", R),
    ("en", "I am a member of the FNV and attended its training.", U),
    ("nl", "De uitzendkracht betaalt zijn vakbondscontributie zelf aan de FNV.", U),
]


@pytest.mark.parametrize("lang, text", NOT_STATED)
def test_unticked_options_owners_and_devices_state_nothing(lang: str, text: str) -> None:
    assert [m for m in find_special(text, lang) if m.entity != "SPECIAL_HEALTH"
            or "zwangerschap" in m.term] == []


@pytest.mark.parametrize("lang, text, entity", STILL_STATED)
def test_ticked_options_and_members_still_state(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


# Third-person reports: a person named by initials, in the passive of a report or an
# incident note ("K. Bakker werd aangehouden"); a party as the subject stays a party.
REPORTS = [
    ("nl", "K. Bakker werd aangehouden na een vechtpartij.", C),
    ("nl", "Volgens de politie is K. Bakker verdachte in een strafzaak.", C),
    ("nl", "J. de Vries zat twee weken in voorarrest.", C),
    ("nl", "Verslag: A. heeft een werkstraf gekregen.", C),
    ("en", "J. Smith was arrested on site.", C),
    ("en", "T. Brown received a caution for shoplifting last year.", C),
]
NOT_REPORTS = [
    ("nl", "De PVV werd de grootste partij in Venlo."),
    ("nl", "Het CDA werd in 2019 kleiner."),
    ("nl", "J. de Vries werkt als jurist bij de reclassering."),
    ("en", "The GMB became the largest union in the sector."),
]


@pytest.mark.parametrize("lang, text, entity", REPORTS)
def test_reports_about_a_person_by_initials_are_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("lang, text", NOT_REPORTS)
def test_an_organisation_as_subject_is_not_a_person(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


# "als" and "bij" inside a clause are "as" and "at" ("werkt als chauffeur bij Van Dijk"),
# not a condition about anyone; at the start of a clause or a list item they still are.
INSIDE_A_CLAUSE = [
    ("nl", "Harpreet werkt al 9 jaar als heftruckchauffeur, hij is sikh en draagt een tulband.",
     R),
    ("nl", "Fatima werkt sinds 2019 bij Van Dijk Logistiek en is lid van de FNV.", U),
    ("en", "Tom has worked as a driver since 2019 and he is a member of Unite.", U),
]
CONDITIONS = [
    ("nl", "4. Bij zwangerschap heeft de medewerker recht op verlof."),
    ("nl", "De werkgever betaalt door, als de werknemer lid is van een vakbond."),
    ("nl", "- Als een medewerker joods is, mag hij op Jom Kipoer vrij nemen."),
]


@pytest.mark.parametrize("lang, text, entity", INSIDE_A_CLAUSE)
def test_as_and_at_inside_a_clause_are_no_condition(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("lang, text", CONDITIONS)
def test_a_condition_opening_a_clause_is_about_anyone(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


# One person's tie to a party written into the party's name: "PVV-stemmer", "SP-sympathisant";
# the plural ("PVV-stemmers") is voters in general.
PARTY_TIES = [
    ("nl", "Notitie: PVV-stemmer, wil niet met collega X werken.", P),
    ("nl", "Gespreksverslag: SP-sympathisant, helpt bij acties.", P),
    ("en", "Note: Green Party voter, asked about the network.", P),
]
NOT_PARTY_TIES = [
    ("nl", "PVV-stemmers zijn volgens het onderzoek vaker ontevreden."),
    ("nl", "De PVV-lijst werd in maart gepresenteerd."),
]


@pytest.mark.parametrize("lang, text, entity", PARTY_TIES)
def test_a_voter_or_supporter_of_a_party_is_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("lang, text", NOT_PARTY_TIES)
def test_voters_in_general_and_a_party_list_are_not(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


# A biometric term that names the kind of a device ("vingerafdruk-/kaartlezer", "biometrisch
# toegangssysteem") is a product; a person's stored data stays data.
DEVICES = [
    ("nl", "Product: Suprema BioEntry 2 vingerafdruk-/kaartlezer"),
    ("nl", "Wij installeren een biometrisch toegangssysteem bij de hoofdingang."),
    ("en", "We ordered two fingerprint/card readers for the warehouse."),
]
STORED = [
    ("nl", "Van medewerker is een vingerafdruk geregistreerd voor de tijdregistratie.", B),
    ("nl", "De vingerafdrukscanner registreert de vingerafdruk-template van de medewerker.", B),
]


@pytest.mark.parametrize("lang, text", DEVICES)
def test_a_biometric_device_is_no_ones_data(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize("lang, text, entity", STORED)
def test_a_persons_stored_biometric_data_is_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


# Biometric and genetic data written otherwise: an iris code, DNA taken, a genetic test,
# an ID card's chip; "gezichtsherkenningspoortjes" stays a gate, not a trace.
BIOMETRIC_FORMS = [
    ("en", "Her iris code is stored in the access system.", B),
    ("nl", "Bij de medewerker is DNA afgenomen; de DNA-afname is vastgelegd.", B),
    ("en", "The genetic testing of the candidate showed a BRCA2 mutation.", B),
    ("nl", "Chip: gezichtsopname en twee vingerafdrukken", B),
]


@pytest.mark.parametrize("lang, text, entity", BIOMETRIC_FORMS)
def test_biometric_data_written_otherwise_is_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


def test_a_gate_is_no_biometric_trace() -> None:
    assert find_special("Ervaring met het onderhoud van gezichtsherkenningspoortjes.", "nl") == []


# Sex life and same-sex partners written out (GDPR art. 9: "sex life or sexual orientation").
SEX_LIFE = [
    ("nl", "Uit het onderzoek blijkt dat hij een seksuele relatie had met een stagiaire.", S),
    ("nl", "Zij woont samen met haar vriendin in Utrecht.", S),
    ("en", "She said he is marrying his boyfriend next year.", S),
]


@pytest.mark.parametrize("lang, text, entity", SEX_LIFE)
def test_sex_life_and_same_sex_partners_are_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


def test_a_talk_on_relationships_at_work_is_about_no_one() -> None:
    assert find_special("Voorlichting over seksuele relaties op de werkvloer.", "nl") == []


# A note in brackets between a category's label and its colon.
BRACKETED_LABELS = [
    ("nl", "Afkomst (zelf opgegeven, volgens de kandidaat tijdens de intake): Turks", E),
    ("en", "Ethnicity (self-described): Black British", E),
]


@pytest.mark.parametrize("lang, text, entity", BRACKETED_LABELS)
def test_a_bracketed_note_after_a_label_keeps_it_a_label(lang: str, text: str,
                                                          entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


def test_a_bracketed_label_with_no_value_says_nothing() -> None:
    assert find_special("Religie (optioneel): -\nAfkomst (optioneel): n.v.t.", "nl") == []


@pytest.mark.parametrize(("text", "found"), [
    (("Kantine: dieetwensen personeelsfeest\nSanne de Vries — notenallergie\n"
     "Mohammed el Amrani — halal\nPieter Jansen — geen\n"), True),
    ("Vrije dagen\nJ. Bakker – Suikerfeest\nP. de Vries – Koningsdag\n", True),
    # a menu's or a calendar's line names no one
    ("Kantine: menu personeelsfeest\nMenu Vrijdag — halal vlees en vegetarische lasagne\n", False),
    ("Feestdagen 2025\nEerste Paasdag — 20 april\nSuikerfeest — 30 maart\n", False),
])
def test_a_list_line_of_a_name_a_dash_and_a_value(text: str, found: bool) -> None:
    """"<name> — <value>" at a line's start: the value is that person's (special_rows)."""
    assert ("SPECIAL_RELIGION" in {d.entity for d in detect(text, "nl")}) is found

"""Kinds the sets read at stop 54 showed (running-text-38, special-doctype-rules-48), each
tested with cases of our own (synthetic names):

- a first name that is also a function word ("An", "Wil", "Ben", "Elke", "Uwe": stop words,
  so no gazetteer first name) is a name with the surname after it inside a sentence, and at
  a line's start before a gazetteer surname; not where it opens a sentence as a word ("Dan
  Visser bellen": then call Visser), nor a firm named after someone ("Ben Jansen Bouw");
- a firm's legal form written as initials and its seat ("Hoogendoorn Logistiek B.V. te
  Zwolle") is no person's initials and surname;
- a name and its verb right after a colon open a clause of their own ("Wat de moeder
  doorgaf: Mila heeft epilepsie"), though no field rule reads the long label before it;
- an accident report's injury field names a swelling and a count of body parts ("gezwollen
  rechterenkel", "cuts on both hands");
- an acronym of many meanings that a union goes by ("AVV") opening a club's name ("AVV
  Swift") under a CV's volunteering heading is no membership; a union's branch by its town
  ("De Unie Zwolle") still is.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == entity]


@pytest.mark.parametrize("text, name, lang", [
    ("Onze nieuwe collega, Elke Janssens, begint maandag op de vestiging.", "Elke Janssens", "nl"),
    ("Ik heb het afgestemd met mijn teamleider Uwe Becker van de nachtdienst.", "Uwe Becker", "nl"),
    ("De aanvraag is getekend door zijn vrouw (An Verhaegen) en door hemzelf.", "An Verhaegen",
     "nl"),
    ("Attendees: Ben Okafor, Sophie Clarke and the planner.", "Ben Okafor", "en"),
    ("Jubilarissen dit kwartaal\n- Wil Bakker, 25 jaar in dienst\n", "Wil Bakker", "nl"),
])
def test_a_first_name_that_is_a_word(text: str, name: str, lang: str) -> None:
    assert name in _found(text, "PERSON", lang), text


@pytest.mark.parametrize("text, wrong", [
    ("Dan Visser bellen over het rooster van volgende week.", "Dan Visser"),
    ("Elke Maandag begint de ploeg om zes uur.", "Elke Maandag"),
    ("Hij werkt sinds maart bij Ben Jansen Bouw in Lelystad.", "Ben Jansen"),
])
def test_a_function_word_before_a_capital_is_no_name(text: str, wrong: str) -> None:
    assert not any(f.startswith(wrong) for f in _found(text, "PERSON")), text


@pytest.mark.parametrize("text", [
    "Hij is als orderpicker in dienst bij Hoogendoorn Logistiek B.V. te Zwolle.",
    "Opdrachtgever: Kroonenberg Transport B.V. te Emmeloord, afdeling planning.",
])
def test_a_legal_form_and_its_seat_is_no_person(text: str) -> None:
    assert not any(f.startswith("B.V.") for f in _found(text, "PERSON")), text


def test_initials_that_spell_a_legal_form_still_name_a_person() -> None:
    text = "Aanwezig: B.V. de Graaf (notulen) en K. Mulder.\n"
    assert "B.V. de Graaf" in _found(text, "PERSON")


@pytest.mark.parametrize("text, lang", [
    (("Wat de moeder bij de inschrijving doorgaf: Mila heeft epilepsie en draagt een "
     "armband.\n"), "nl"),
    (("Anything the supervisor should know about the new starter: Tomasz has diabetes and "
     "carries insulin.\n"), "en"),
])
def test_a_name_after_a_colon_opens_a_clause(text: str, lang: str) -> None:
    assert _found(text, "SPECIAL_HEALTH", lang), text


@pytest.mark.parametrize("text, lang", [
    (("Ongevalsmelding\nBetrokkene: Sem de Ruiter (uitzendkracht)\n"
     "Letsel: gezwollen rechterenkel na misstap op de trap\n"), "nl"),
    (("Incident report\nInjured person: Oksana Melnyk (temp)\n"
     "Injury: cuts on both hands from the broken crate\n"), "en"),
])
def test_an_injury_field_names_a_swelling_or_cuts(text: str, lang: str) -> None:
    assert _found(text, "SPECIAL_HEALTH", lang), text


def test_a_clubs_acronym_under_volunteering_is_no_union() -> None:
    text = ("Jasper Kooistra\n\nWerkervaring\n- kassamedewerker Jumbo (2 jaar)\n\n"
            "Vrijwilligerswerk\n- jeugdtrainer bij AVV Swift, zaterdagochtend\n")
    assert _found(text, "SPECIAL_TRADE_UNION") == []


def test_a_unions_branch_by_its_town_is_still_a_membership() -> None:
    text = ("Jasper Kooistra\n\nWerkervaring\n- teamleider magazijn (6 jaar)\n\n"
            "Nevenfuncties\n- voorzitter afdeling De Unie Zwolle\n")
    assert _found(text, "SPECIAL_TRADE_UNION")


@pytest.mark.parametrize("text, name", [
    (("locatie;kamer;bewoner;incheck\nHet Anker;3;DUMITRESCU A.;02-03-2026\n"
     "Het Anker;4;NOWAK P.;02-03-2026\n"), "DUMITRESCU"),
    ("Sleuteloverdracht kamer 12\nBewoner: Szymański, Tomasz\nBorg: 150 euro\n", "Szymański"),
    ("course;start;cursist;result\nVCA basis;2026-02-10;Ionescu Radu;passed\n", "Ionescu Radu"),
])
def test_a_resident_tenant_or_trainee_column_names_a_person(text: str, name: str) -> None:
    assert any(name in f for f in _found(text, "PERSON")), text


@pytest.mark.parametrize("text, lang", [
    (("While opening a crate the knife slipped. She suffered a deep cut in her right palm and "
     "was taken to the first-aid post.\n"), "en"),
    (("Bij het snijden van de wikkelfolie schoot het mes uit: hij liep een snee in zijn "
     "linkerwijsvinger op en is naar de huisartsenpost gebracht.\n"), "nl"),
])
def test_a_cut_into_a_small_part_of_the_hand(text: str, lang: str) -> None:
    assert _found(text, "SPECIAL_HEALTH", lang), text


@pytest.mark.parametrize("text, name", [
    ("Gisteren heb ik Rishi Ramdat gesproken over zijn rooster bij de kwekerij.", "Rishi Ramdat"),
    ("De nieuwe orderpicker, Ishaan Kalloe, begint maandag in de nachtploeg.", "Ishaan Kalloe"),
    ("Please add Farhan Qureshi to the Thursday shift at the packing station.", "Farhan Qureshi"),
])
def test_first_names_of_the_hindustani_pakistani_and_turkish_dutch(text: str, name: str) -> None:
    lang = "en" if text.startswith("Please") else "nl"
    assert name in _found(text, "PERSON", lang), text


def test_the_department_store_is_no_first_name() -> None:
    text = "De kerstpakketten komen dit jaar weer van de Hema in Roermond."
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Chauffeurs week 12\n1. Jansen, Piet      - rijbewijs C\n2. Wiśniewska, Ewa    - reserve\n",
     "Jansen, Piet"),
    ("Wachtlijst\n  1) Ahmadi, Farid\n  2) Dumitru, Elena\n", "Ahmadi, Farid"),
    ("Ploeg B:\n- Kowalczyk, Marek\n- Nowak, Ewa\n", "Kowalczyk, Marek"),
])
def test_surname_comma_first_name_after_a_number_or_bullet(text: str, name: str) -> None:
    assert name in _found(text, "PERSON"), text


@pytest.mark.parametrize("text, firm", [
    (("Vandaag sprak ik Gerrit Hulshof. Hij wil graag naar Hulshof Logistiek in Venlo, het "
     "bedrijf van zijn oom.\n"), "Hulshof"),
    (("Intake met Sandra Kuipers gehad. Ze werkte eerder als inpakker bij Kuipers Catering "
     "(geen familie).\n"), "Kuipers"),
])
def test_a_surname_repeated_before_a_trade_word_is_the_firm(text: str, firm: str) -> None:
    found = _found(text, "PERSON")
    assert any(firm in f for f in found), found  # the full name stays a person
    at = text.index(f"{firm} ", text.index(firm) + len(firm))
    assert not any(d.start == at for d in detect(text, "nl", document=True)
                   if d.entity == "PERSON"), text


def test_a_surname_repeated_in_a_sentence_is_still_the_person() -> None:
    text = "Vandaag sprak ik Gerrit Hulshof over de nachtdienst. Hulshof begint maandag.\n"
    starts = [d.start for d in detect(text, "nl", document=True) if d.entity == "PERSON"]
    assert text.rindex("Hulshof") in starts


@pytest.mark.parametrize("text, phone", [
    ("Bereikbaar op 06-2031-7745 of via de mail.", "06-2031-7745"),
    ("mobiel: 06.2044.9187 (na 17 uur)", "06.2044.9187"),
])
def test_a_mobile_whose_second_group_reads_as_a_year(text: str, phone: str) -> None:
    assert phone in _found(text, "PHONE_NUMBER"), text


def test_a_month_and_year_is_still_no_phone() -> None:
    assert _found("Contract geldig van 06-2026 tot 12-2027, verlenging mogelijk.", "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, born, lang", [
    (("[08:12] Planner Ruud: stuur je geboortedatum even, de kopie is onleesbaar\n"
     "[08:15] Bogdan: 17 maart 1989\n[08:16] Planner Ruud: dank je\n"), "17 maart 1989", "nl"),
    (("09:40 - Recruiter: pls send your date of birth for the site pass\n"
     "09:44 - Ama: 02/11/1996\n"), "02/11/1996", "en"),
])
def test_a_date_given_when_asked_to_send_it(text: str, born: str, lang: str) -> None:
    assert born in _found(text, "DATE_OF_BIRTH", lang), text


@pytest.mark.parametrize("text, born, recent", [
    (("Intakeformulier (ingevuld op 21-10-2026 door Mirjam)\nNaam: Kofi Mensah\n"
     "Geb.datum: 14-02-1994\nTelefoon: 06 41 22 90 17\n"), "14-02-1994", "21-10-2026"),
    ("Op 02-11-2026 belde mevrouw Lale Demir (geb. 30-05-1987) over haar loonstrook.\n",
     "30-05-1987", "02-11-2026"),
])
def test_a_recent_date_beside_a_birth_word_is_no_birth_date(text: str, born: str,
                                                            recent: str) -> None:
    found = _found(text, "DATE_OF_BIRTH")
    assert born in found and recent not in found, found


def test_a_childs_birth_date_after_its_own_word_stays() -> None:
    text = "Aanvraag geboorteverlof: zijn zoon is geboren op 12 oktober 2026.\n"
    assert _found(text, "DATE_OF_BIRTH") == ["12 oktober 2026"]


@pytest.mark.parametrize("text, name", [
    ('Nieuw in de ploeg: Wouter "Woody" Brink, heftruckchauffeur.', 'Wouter "Woody" Brink'),
    ("Ik sprak Johanna 'Jo' van Leeuwen over haar rooster.", "Johanna 'Jo' van Leeuwen"),
    ('Team lead: Aleksandra "OLA" Nowicka (nights).', 'Aleksandra "OLA" Nowicka'),
])
def test_a_call_name_in_quotes_inside_a_name(text: str, name: str) -> None:
    lang = "en" if text.startswith("Team") else "nl"
    assert name in _found(text, "PERSON", lang), text


def test_a_quoted_title_after_a_first_name_is_no_call_name() -> None:
    text = 'Het boek "Werk" Jansen las ik niet.'
    assert not any('"' in f for f in _found(text, "PERSON")), text

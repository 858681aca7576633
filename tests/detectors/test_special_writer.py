"""Who wrote a text, and whose partner a field names (special_partner, issue #15 stop 36): the
writer's name read from the places a document puts it (its own title, a field inside a line,
a closing after the last sentence or before a role, a request's person field), a partner
field's label read by its parts, and a friend word made a partner by the writer's own couple
verb. Every kind has twins that must not fire (the other sex, no writer known, a note's title,
a friend who is a friend). All names and texts are our own."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_partner import writer_sex

ORIENTATION = "SPECIAL_SEXUAL_ORIENTATION"


def _oriented(text: str, lang: str) -> bool:
    return any(m.entity == ORIENTATION for m in find_special(text, lang))


# a title naming the writer's own document, a separator, then the writer's name
@pytest.mark.parametrize(("text", "sex"), [
    ("Curriculum vitae: Pieter van Dam\nLogistiek planner", "M"),
    ("CV - Femke Jansen\nDoktersassistent", "F"),
    ("Résumé | Daniel Hughes\nWarehouse lead", "M"),
    ("RESUME — Emily Carter\nNurse", "F"),
    ("Motivatiebrief – Joost Kramer\n\nGeachte mevrouw,", "M"),
    ("Cover letter: Hannah Brooks\n\nDear Sir or Madam,", "F"),
    ("Sollicitatie · Wouter de Graaf\n", "M"),
    ("Personal statement - Laura Evans\n", "F"),
])
def test_the_writers_name_after_their_own_documents_title(text: str, sex: str) -> None:
    assert writer_sex(text) == sex


def test_a_notes_title_names_its_subject_not_its_writer() -> None:
    assert writer_sex("Belnotitie - Pieter van Dam\nKandidaat belde terug.") is None
    assert writer_sex("Gespreksverslag: Femke Jansen\n") is None


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Curriculum vitae: Pieter van Dam\nPrivé: woont in Delft met mijn man Joris.", "nl", True),
    ("Curriculum vitae: Pieter van Dam\nPrivé: woont in Delft met mijn vrouw Eva.", "nl", False),
    ("Résumé | Hannah Brooks\nAbout me: relocated in 2020 with my wife Claire.", "en", True),
    ("Résumé | Hannah Brooks\nAbout me: relocated in 2020 with my husband Tom.", "en", False),
    # a field label at a line's start is no chat speaker: the CV's writer speaks on
    ("CV - Daniel Hughes\nPersonal: living in Leeds with my husband Oliver.", "en", True),
    ("CV - Daniel Hughes\nHobbies: cycling with my husband Oliver.", "en", True),
    # a speaker whose name gives no sex stays no signatory
    ("[10:02] Robin: my husband picks me up\n\nKind regards,\nMark Smith", "en", False),
])
def test_a_cv_titled_with_its_writers_name(text: str, lang: str, found: bool) -> None:
    assert _oriented(text, lang) is found


# a name or sender field among other fields on one line
@pytest.mark.parametrize(("text", "sex"), [
    ("Ruilverzoek – naam: Sjoerd – dienst: zondag vroeg", "M"),
    ("Dienstruil | Naam: Ilse | datum: 3 mei", "F"),
    ("Voice note – from: Gareth – to: planning desk", "M"),
    ("Bericht · van: Mirjam · aan: roostering", "F"),
    ("Swap request; name: Oliver; shift: night", "M"),
    ("Formulier - naam: Anouk - afdeling: expeditie", "F"),
    ("Overwork claim – Name: Bastiaan – hours: 4", "M"),
    ("Memo; van: Priscilla; onderwerp: rooster", "F"),
])
def test_a_name_field_inside_a_line(text: str, sex: str) -> None:
    assert writer_sex(text) == sex


def test_a_field_in_a_line_needs_its_separator() -> None:
    # "Teamnaam:" is no name field, "naam" standing inside another word
    assert writer_sex("Rooster teamnaam: Sjoerd en co") is None


@pytest.mark.parametrize(("text", "sex"), [
    ("Dank voor de bloemen! Liefs, Marieke (kantine)", "F"),
    ("Thanks for the card, everyone. Cheers, Kevin (night shift)", "M"),
    ("Tot morgen allemaal. Groetjes, Jeroen", "M"),
    ("See you Monday! Best, Rachel (reception)", "F"),
    ("Bedankt voor alles.\nGroetjes,\nSaskia (team Oost)", "F"),
    ("Fijne kerst! Gr, Bram (magazijn)", "M"),
    ("Happy holidays. Thanks, Joanne (HR desk)", "F"),
    ("Top gedaan. Mvg, Dirk (planning)", "M"),
])
def test_a_closing_after_the_last_sentence_or_before_a_role(text: str, sex: str) -> None:
    assert writer_sex(text) == sex


def test_a_thanks_inside_a_sentence_is_no_closing() -> None:
    assert writer_sex("We said thanks, Kevin and all, for the help on Monday.") is None


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Dank voor het cadeau! Mijn vrouw Ilona en ik genoten. Liefs, Marieke (kantine)", "nl",
     True),
    ("Dank voor het cadeau! Mijn man Ruud en ik genoten. Liefs, Marieke (kantine)", "nl", False),
    ("Thanks for the flowers. My husband Liam loved them. Cheers, Kevin (night shift)", "en",
     True),
    ("Thanks for the flowers. My wife Amy loved them. Cheers, Kevin (night shift)", "en", False),
])
def test_a_one_paragraph_notes_closing_gives_the_writer(text: str, lang: str,
                                                        found: bool) -> None:
    assert _oriented(text, lang) is found


# a partner field's label read by its parts; an honorific before the name says the sex too
@pytest.mark.parametrize(("person", "line", "found"), [
    ("Medewerker: Jeroen Smit", "Naam geregistreerd partner: de heer Sven Kok", True),
    ("Medewerker: Jeroen Smit", "Naam geregistreerd partner: mevrouw Iris Kok", False),
    ("Werknemer: Marieke Post", "Gegevens echtgenote: mevr. Lotte de Wit", True),
    ("Werknemer: Marieke Post", "Gegevens echtgenoot: dhr. Rob de Wit", False),
    ("Employee: Daniel Hughes", "Name of spouse: Mr Oliver Grant", True),
    ("Employee: Daniel Hughes", "Name of spouse: Mrs Olivia Grant", False),
    ("Employee: Hannah Brooks", "Spouse's first name: Claire", True),
    ("Naam: Sjoerd Visser", "Partner (voornaam): Thijs", True),
    ("Naam: Sjoerd Visser", "Partner (voornaam): Sanne", False),
    # a partner word among other words is no partner field
    ("Naam: Sjoerd Visser", "Partner organisatie: Thijs Bakker BV", False),
    ("Employee: Daniel Hughes", "Partner company contact: Mr Oliver Grant", False),
])
def test_a_partner_field_by_its_labels_parts(person: str, line: str, found: bool) -> None:
    text = f"Wijziging personeelsgegevens\n{person}\n{line}\n"
    assert _oriented(text, "nl") is found


# a friend word as the object of the writer's own couple verb, in one clause
@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Verlofaanvraag\nMedewerker: Jeroen Smit\nIk trouw in augustus met mijn vriend Koen.",
     "nl", True),
    ("Verlofaanvraag\nMedewerker: Jeroen Smit\nIk trouw in augustus met mijn vriendin Eva.",
     "nl", False),
    ("Leave request\nEmployee: Hannah Brooks\nI am getting married to my girlfriend in May.",
     "en", True),
    ("Leave request\nEmployee: Hannah Brooks\nI am getting married to my boyfriend in May.",
     "en", False),
    (("Hoi allemaal, wij gaan samenwonen: ik verhuis met mijn vriend naar Gouda.\n"
      "Groetjes,\nBram"), "nl", False),  # a comma between the couple word and the friend
    ("Ik ben getrouwd en ga met mijn vriend Koen op reis.\nGroetjes,\nBram", "nl", False),
    ("Mijn zus trouwt in mei met mijn vriend Koen.\nGroetjes,\nBram", "nl", False),  # no "ik"
    ("Verzoek vrije dag\nNaam: Saskia Mol\nIk ga op 4 juni trouwen met m'n vriendin Iris.",
     "nl", True),
])
def test_a_friend_married_by_the_writer(text: str, lang: str, found: bool) -> None:
    assert _oriented(text, lang) is found


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("[08:10] Bram: mijn vriend en ik wonen sinds maart samen, dus ik kom later", "nl", True),
    ("[08:10] Bram: mijn vriendin en ik wonen sinds maart samen, dus ik kom later", "nl", False),
    ("[08:10] Emma: my girlfriend and I have lived happily together since May", "en", True),
    ("[08:10] Bram: mijn vriend en ik werken sinds maart samen aan de website", "nl", False),
])
def test_living_together_said_with_samen(text: str, lang: str, found: bool) -> None:
    assert _oriented(text, lang) is found


# a relation with a date in brackets, an honorific, or a partnership by its name
@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Medewerker: Joost Kramer\nBurgerlijke staat: gehuwd (sinds 2019) met de heer Bas Kok\n",
     "nl", True),
    ("Medewerker: Joost Kramer\nBurgerlijke staat: gehuwd (sinds 2019) met mevrouw Eva Kok\n",
     "nl", False),
    ("Employee: Hannah Brooks\nChange: civil partnership with Ms. Claire Dunn from 1 May.\n",
     "en", True),
    ("Employee: Hannah Brooks\nChange: civil partnership with Mr. Liam Dunn from 1 May.\n",
     "en", False),
    ("Werknemer: Iris de Wit\nWijziging: geregistreerd partnerschap met mevr. Noor Bos\n",
     "nl", True),
    ("Werknemer: Iris de Wit\nWijziging: samenlevingscontract met Sanne Bos per 1 juni\n",
     "nl", True),
    ("Employee: Daniel Hughes\nStatus: registered partnership with Robin Hale\n", "en", False),
    ("Employee: Daniel Hughes\nStatus: married (2015) to Mr Oliver Grant\n", "en", True),
])
def test_a_relation_with_a_date_an_honorific_or_a_partnership(text: str, lang: str,
                                                               found: bool) -> None:
    assert _oriented(text, lang) is found


def test_the_relations_term_holds_no_date() -> None:
    text = "Medewerker: Joost Kramer\nBurgerlijke staat: gehuwd (sinds 2019) met de heer Bas Kok\n"
    terms = [m.term for m in find_special(text, "nl") if m.entity == ORIENTATION]
    assert terms and all("2019" not in t and "Bas" not in t for t in terms)


# a couple named before "en ik", and a request's title naming its filer
@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Hoi,\nMijn vriend Koen en ik gaan in mei trouwen.\nGroet,\nJeroen Smit", "nl", True),
    ("Hoi,\nMijn vriend Koen en ik gaan in mei trouwen.\nGroet,\nMarieke Smit", "nl", False),
    ("Hi,\nMy girlfriend Claire and I are getting married in June.\nBest regards,\nEmily Carter",
     "en", True),
    ("Hi,\nMy girlfriend Claire and I went running.\nBest regards,\nEmily Carter", "en", False),
    ("Verlofaanvraag — Jeroen Smit (magazijn)\nReden: mijn man Koen en ik verhuizen.", "nl", True),
    ("Verlofaanvraag — Marieke Smit (magazijn)\nReden: mijn man Koen en ik verhuizen.", "nl",
     False),
    ("Leave request – Daniel Hughes\nReason: my husband's surgery day.", "en", True),
    ("Belnotitie – Daniel Hughes\nBeller zei: my husband is ill.", "en", False),
])
def test_a_named_couple_and_a_requests_filer(text: str, lang: str, found: bool) -> None:
    assert _oriented(text, lang) is found


# a CV's title and name with no separator, a name line that ends in a role
@pytest.mark.parametrize(("text", "sex"), [
    ("CV Pieter van Dam\nLogistiek planner", "M"),
    ("Cv Femke Jansen\nDoktersassistent", "F"),
    ("Curriculum Vitae Daniel Hughes\n", "M"),
    ("Resume Hannah Brooks\n", "F"),
    ("Joost Kramer – heftruckchauffeur en orderpicker\n", "M"),
    ("Laura Evans | Senior HR advisor | Leeds\n", "F"),
    ("Bastiaan de Graaf, logistiek medewerker, Zwolle\n", "M"),
    ("Mirjam Post · verpleegkundige niveau 4\n", "F"),
])
def test_a_cv_title_without_separator_or_a_name_line_with_a_role(text: str, sex: str) -> None:
    assert writer_sex(text) == sex


def test_a_title_before_a_job_is_no_name() -> None:
    assert writer_sex("Sollicitatie Medewerker Magazijn\nGeachte heer,") is None


@pytest.mark.parametrize(("text", "lang", "found"), [
    # a speaker in neither name list, in a chat export another person signs: not the signer
    ("[10:02] Xandro: my husband picks me up\n\nKind regards,\nMark Smith", "en", False),
    ("[10:02] Sepp: mijn man haalt me op\n\nMet vriendelijke groet,\nMark de Vries", "nl",
     False),
    ("12-03-2025 09:14 - Zyon: my boyfriend cooks tonight\n\nExported by Lisa Evans", "en",
     False),
    # a known field label at a line's start stays the document's writer's line
    ("CV - Daniel Hughes\nBackground: moved to York with my husband Oliver.", "en", True),
    ("CV - Pieter van Dam\nThuissituatie: woon samen met mijn man Joris.", "nl", True),
    ("CV - Pieter van Dam\nPersoonlijk: woon in Delft met mijn man Joris.", "nl", True),
])
def test_a_speaker_in_neither_name_list_is_not_the_writer(text: str, lang: str,
                                                          found: bool) -> None:
    """Only a known label word at a line's start is a field; another capitalised word before
    a colon is an unknown chat speaker, whose partner word is no known writer's."""
    assert _oriented(text, lang) is found

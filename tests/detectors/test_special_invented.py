"""Special categories (stop 48): a text whose first line says it is invented (a training
case, an example, a role play: "(fictief)", "fictitious") describes no identifiable person,
so none of its terms is someone's data; the same sentences in a real note stay findings. An
organisation's statement on diversity names categories for everyone. Cases written here;
special-doctype-rules-39 showed the kind."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_subject import declares_invented


def _categories(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


INVENTED = [
    ("nl", ("Compliance-training – oefencasus 2\nEen klant van de bank is lid van de PVV en zit "
           "in de gemeenteraad. Hij is eerder veroordeeld voor fraude.\nVragen: is dit een PEP?")),
    ("nl", ("Verzuimtraining leidinggevenden: casus (fictief)\nKarin belt op maandag af. Ze heeft "
           "een hernia en is depressief.\nBespreek: wat mag je vastleggen?")),
    ("en", ("Screening workshop - fictitious case\nThe applicant says he is a Muslim and has "
           "a conviction for theft.\nDiscuss in pairs what you may record.")),
]
REAL = [
    ("nl", ("Gespreksverslag klant\nDe klant is lid van de PVV en zit in de gemeenteraad. Hij "
           "is eerder veroordeeld voor fraude.")),
    ("nl", "Verzuimnotitie\nKarin belt op maandag af. Ze heeft een hernia en is depressief."),
    ("en", "Screening notes\nThe applicant says he is a Muslim and has a conviction for theft."),
]


@pytest.mark.parametrize(("lang", "text"), INVENTED)
def test_an_invented_case_states_no_ones_data(lang: str, text: str) -> None:
    assert declares_invented(text, lang)
    assert _categories(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), REAL)
def test_the_same_sentences_in_a_real_note_stay_findings(lang: str, text: str) -> None:
    assert not declares_invented(text, lang)
    assert _categories(text, lang)


def test_fictief_in_a_field_value_is_no_invented_text() -> None:
    text = "Kopie ID-bewijs\nGeboortedatum: 01-01-1990 (fictief)\nReligie: moslim\n"
    assert not declares_invented(text, "nl")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", ("Diversity & Inclusion statement 2026\nWe welcome candidates regardless of "
           "religion or disability. If you need an adjustment because of a disability or "
           "dyslexia, tell your recruiter.")),
    ("nl", ("Diversiteitsbeleid Flexwerk\nWe verwelkomen iedereen, ongeacht afkomst of "
           "geloof. Heb je een aanpassing nodig vanwege een beperking of dyslexie, meld het.")),
])
def test_a_diversity_statement_states_no_ones_data(lang: str, text: str) -> None:
    assert _categories(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", ("DPIA summary - palm-vein terminals at the Venlo warehouse\nPrepared by: privacy "
            "office\nThe terminals store a biometric template per employee; templates are "
            "deleted when the assignment ends. Risk: high; measures: encryption, a card as "
            "an alternative.")),
    ("nl", ("DPIA gezichtsherkenning poort 3\nDe leverancier slaat per medewerker een "
            "gezichtstemplate op. Alternatief: een pas. Templates worden na uitdiensttreding "
            "verwijderd.")),
    ("en", ("TOOLBOX MEETING - Heat and dehydration\nCrew: asphalt team | Led by: the foreman\n"
            "Headache and dizziness are early signs of heat stress. Anyone on blood pressure "
            "medication should tell the first aider.")),
    ("nl", ("Presentielijst toolbox 'Rugklachten voorkomen' - 12-03\nnr | naam | paraaf\n"
            "1 | Kees Brouwer | KB\n2 | Fatma Yilmaz | FY\nOnderwerp: hernia en rugklachten "
            "door verkeerd tillen.")),
    ("nl", ("Vraag en antwoord: mag de planner vragen wat ik heb?\nNee. Je meldt je ziek, "
            "niet waarom: of je nu griep hebt, een hernia of een burn-out.")),
])
def test_an_assessment_a_toolbox_or_a_qa_states_no_ones_data(lang: str, text: str) -> None:
    assert _categories(text, lang) == set()
    # taken for a record about one person (the classifier's medical type), its terms are
    # still no one's
    assert {m.entity for m in find_special(text, lang, record=True)} == set()


def test_a_toolbox_that_records_one_persons_injury_keeps_it() -> None:
    text = ("Toolbox 12 maart\nNaam: Kees Brouwer\nKees heeft sinds de val van de ladder een "
            "gebroken pols en een hersenschudding.\n")
    assert "SPECIAL_HEALTH" in _categories(text, "nl")



@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Notulen OR 14 maart\nBlaastest alleen vrijwillig. OR wil dat verslaving als ziekte "
            "wordt behandeld en hulp voorop staat. Aangenomen.")),
])
def test_a_work_arrangement_or_a_council_speaking_states_no_ones_data(lang: str, text: str) -> None:
    assert _categories(text, lang) == set()


def test_a_personal_work_arrangement_keeps_its_statement() -> None:
    text = ("Werkafspraak met Ahmed Yilmaz\nAhmed is moslim en mag om 13:30 tien minuten "
            "bidden in de kantine.\n")
    assert "SPECIAL_RELIGION" in _categories(text, "nl")


@pytest.mark.parametrize("text", [
    ("Intake tel. – Dewi Kartosen\n- zoekt werk als acceptant\n- zegt zelf: heeft reuma, kan "
    "daardoor niet fulltime\n"),
    "Belnotitie kandidaat\ngeeft aan: suikerziekte, moet op vaste tijden eten\n",
])
def test_a_notes_she_says_herself_gives_the_persons_own_health(text: str) -> None:
    assert "SPECIAL_HEALTH" in _categories(text, "nl")


def test_a_client_saying_no_health_word_stays_nothing() -> None:
    assert _categories("Klant zegt: rooster klopt niet, graag aanpassen.\n", "nl") == set()

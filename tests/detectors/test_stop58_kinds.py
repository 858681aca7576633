"""Kinds measured on stop 58's blind sets (funeral, cemetery and crematorium staff; laundry,
telecom), tested with cases of our own. Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import first_names


def _names(text: str, language: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, language=language, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize("name", ["Wytse", "Wopke", "Sytse", "Rients", "Jildou", "Phuc"])
def test_regional_and_diaspora_first_names_are_in_the_gazetteer(name: str) -> None:
    """A country's own names below its list depth (Frisian names rank 2,500-4,000 in the
    Dutch list) and Vietnamese names (Faker vi_VN; names-dataset has no Vietnam list)."""
    assert name in first_names()


@pytest.mark.parametrize("word", ["Klusbedrijf", "Haagse", "Praca", "Madrid", "Dhr", "Sr",
                                  "Hermans"])
def test_the_deep_lists_bring_no_firm_place_title_or_surname_as_a_first_name(word: str) -> None:
    """names-dataset's lists hold firms' and places' pages that deep: they stay out."""
    assert word not in first_names()


@pytest.mark.parametrize(("text", "name"), [
    ("Morgen draait Wytse de late dienst op de mangel, samen met Esther.", "Wytse"),
    ("Ask Sytse for the keys of the hearse, he has the night shift.", "Sytse"),
    ("Overleg met Wopke over de planning van de condoleancekamer.", "Wopke"),
])
def test_a_regional_first_name_alone_in_a_sentence_is_a_person(text: str, name: str) -> None:
    language = "en" if text.startswith("Ask") else "nl"
    assert name in _names(text, language)


@pytest.mark.parametrize("text", [
    "Linh works as a nurse on the stroke care unit.",
    "Sanne worked for two years on the dementia care unit of the hospice.",
    "Since March she has been working at the oncology unit in Zwolle.",
])
def test_a_ward_someone_works_on_is_the_workplace_in_a_record_too(text: str) -> None:
    """The ward's condition is its patients', though the worker is named in the clause."""
    assert not [d for d in detect(text, language="en", record=True)
                if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize("text", [
    "Employee: Tom Baker. He was admitted to the dementia care unit last week.",
    "Priya works nights. She was admitted to the stroke unit on Monday.",
])
def test_a_patient_on_the_ward_keeps_the_term(text: str) -> None:
    assert "SPECIAL_HEALTH" in {d.entity for d in detect(text, language="en", record=True)}


@pytest.mark.parametrize(("text", "initials"), [
    ("Bankrekening gewijzigd in het systeem.\nVerwerkt in Loket: 24-11 YK\n", ["YK"]),
    ("Schade doorgegeven aan de verzekeraar.\n\nHdJ 02-12-2026\n", ["HdJ"]),
    ("Formulier ontvangen: 30-11-2026 PW", ["PW"]),
    ("Received and filed 2026-12-01 MvL\n", ["MvL"]),
    ("datum verwerking: 03-12-2026   controle 2e persoon: TvdB\n", ["TvdB"]),
    ("Checked by payroll (initials): KvdB\nNote: called the employee.", ["KvdB"]),
])
def test_initials_paraphing_a_line_beside_a_date_are_a_person(text: str,
                                                                initials: list[str]) -> None:
    assert [n for n in _names(text) if n in initials] == initials


@pytest.mark.parametrize("text", [
    "Vergadering verzet naar 12-03 OK\n",
    "Geldig tot 2030-06-01 NLD\n",
    "naam   vervaldatum   status\nJan    2026-01-01    NaT\n",
    "Levering 12-03 HR\n",
    "Paraaf: HB\n",
    # (stop 66) a day's abbreviation before a date heads that day's lines
    "Planning week 12\n\nMA 16/03\n  08:00  intake nieuwe kracht\nDO 19/03\n  13:00  evaluatie\n",
])
def test_capitals_after_a_date_that_are_no_ones_initials(text: str) -> None:
    """An acronym, a country's code, an empty cell, and a register's paraph column (the
    writers label it as often as not) stay unreported."""
    assert not [n for n in _names(text) if n.isupper() or n in ("NaT", "HB")]


@pytest.mark.parametrize(("text", "name"), [
    ("vr 11/12  koffietafel 80 pers. familie Hoogendoorn    ALLEN", "Hoogendoorn"),
    ("Opbaring thuis bij fam. Ramautar, Den Haag.", "Ramautar"),
    ("Zij deed eerder de condoleance bij de familie Van der Linden-Oost.", "Van der Linden-Oost"),
    ("The Okonkwo family asked for a later time at the chapel.", "Okonkwo"),
    ("De familie van Geertje belde over de rouwkaarten.", "Geertje"),
    ("Delft\tfam. Tran\t015-2140011\tOPEN", "Tran"),
])
def test_a_family_named_by_its_surname_is_a_person(text: str, name: str) -> None:
    language = "en" if text.startswith("The") else "nl"
    assert name in _names(text, language)


@pytest.mark.parametrize("text", [
    "Name,Given Name,Family Name,Nickname,Birthday\n",
    "De familie is erg dankbaar voor de zorg.",
    "Familiebedrijf sinds 1921, Familie Bedrijven Groep.",
])
def test_family_as_a_word_names_no_one(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Is Fenna beschikbaar voor de condoleance?", "Fenna", "nl"),
    ("Kan Wietske morgen de late dienst doen?", "Wietske", "nl"),
    ("Maar Akke zei dat de kist al klaarstond.", "Akke", "nl"),
    ("Can Priya take the night shift on Friday?", "Priya", "en"),
])
def test_a_first_name_after_a_sentence_opening_verb_is_a_person(text: str, name: str,
                                                                 language: str) -> None:
    """A question's or a sentence's opening word is capitalised by its place, not a capital
    beside the name."""
    assert name in _names(text, language)


@pytest.mark.parametrize(("text", "name"), [
    ("Noodcontact     : Abeba Tesfamariam (partner) +31 (0)6 1081 5021", "Abeba Tesfamariam"),
    ("Contact bij nood: Yonas Tewolde, 06-11223344", "Yonas Tewolde"),
    ("Next of kin: Amina Diallo (sister)", "Amina Diallo"),
])
def test_the_emergency_contact_on_a_personnel_card_is_a_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Ceremonies deze week (aula Jan Hendriks): di 11:00, do 14:30.",
    "Opdrachtgever: Van der Meulen Uitvaartzorg, vestiging Zwolle",
    "Afspraken graag overleggen met Ait Haddou uitvaarten Rotterdam.",
    "12-11-2026,Uitvaartonderneming P.C. Hooft-Smits,723583262",
    "Begrafenisvereniging Smit levert de dragers.",
])
def test_a_funeral_firm_or_hall_named_after_someone_is_no_person(text: str) -> None:
    assert _names(text) == []


def test_a_funeral_of_a_named_person_keeps_the_name() -> None:
    assert "Henk Jansen" in _names("De uitvaart van Henk Jansen is vrijdag om 11 uur.")


def test_a_surname_wrapped_after_a_sentence_with_a_colon_is_carried() -> None:
    text = ("Voor de nachtploeg stelde hij een neef voor: Krzysztof\n"
            "Kowalczyk, 06 44 18 02 93. Die heeft al VCA.")
    assert "Kowalczyk" in _names(text)


def test_a_forms_field_does_not_carry_the_next_line() -> None:
    assert "Visser" not in _names("Naam kandidaat: Anouk\nVisser, geboren 1990")


@pytest.mark.parametrize("text", [
    "Partner Ewa Nowak werkt ook bij ons (pas 379489107), zelfde adres, geb. 02-03-1991.",
    "Sleutels bij dhr. Van Amstel, Postjesweg 44.\nPas 808594667 staat nog op naam van Demir, G.",
    "Kun je naar begraafplaats Oud Eik? Graf 816658109 moet om 11u open, fam. Jansen komt.",
    "sorry. Tiago Ferreira, 23-05-1994, cert 757116188\n",
])
def test_a_number_its_kind_noun_names_is_no_bsn_in_a_block_of_details(text: str) -> None:
    """A kind noun that is a stop word or a surname too ("pas", "Graf") still names the
    number's kind where it is written small or opens the sentence."""
    assert [d for d in detect(text, language="nl", document=True) if d.entity == "NL_BSN"] == []


def test_a_kind_noun_names_its_number_after_a_bsn_label_too() -> None:
    text = "Ozan Demir, geb. 09-05-2003, bsn 879416506, plaatsing 990894022 (ramp D-pier)"
    found = [text[d.start:d.end] for d in detect(text, language="nl", document=True)
             if d.entity == "NL_BSN"]
    assert found == ["879416506"]


@pytest.mark.parametrize(("text", "date"), [
    ("- intake K. Bos: bsn 237729660 / geb.10-10-1973 / tel 013-4379070", "10-10-1973"),
    ("Mw. Yilmaz, geb.3-4-1988, woont in Delft.", "3-4-1988"),
])
def test_a_birth_label_glued_to_its_date_by_its_full_stop(text: str, date: str) -> None:
    assert date in [text[d.start:d.end] for d in detect(text, language="nl", document=True)
                    if d.entity == "DATE_OF_BIRTH"]


def test_a_number_before_the_full_stop_still_glues_no_date_on() -> None:
    text = "Versie 1.10-10-1973 van het geboorteregister."
    assert not [d for d in detect(text, language="nl", document=True)
                if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "language"), [
    ("Hij wil de Mercedes niet meer rijden zolang de achterklep kapot is.", "nl"),
    ("He parked his Porsche behind the depot again.", "en"),
])
def test_a_brand_named_after_a_person_after_an_article_is_the_thing(text: str,
                                                                     language: str) -> None:
    assert _names(text, language) == []


def test_a_first_name_that_is_a_brand_is_still_a_person_without_an_article() -> None:
    assert "Mercedes" in _names("Ik heb Mercedes gisteren gebeld over haar rooster.")


@pytest.mark.parametrize(("text", "name"), [
    ("İlhan belde. De koffietafel is bij familie Verschuren.", "Verschuren"),
    ("İrem heeft het gecontroleerd.\nVerwerkt door TvdB\n", "TvdB"),
    ("İlknur, datum verwerking: 03-12-2026   controle 2e persoon: RvdM\n", "RvdM"),
])
def test_a_cue_after_a_letter_that_lowers_to_two_is_read_in_its_place(text: str,
                                                                       name: str) -> None:
    """"İ" lowers to two characters: a cue found in the text lower-cased is placed back in
    the text as written (word_scan.find_words)."""
    assert name in _names(text)

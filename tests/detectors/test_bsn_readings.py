"""Issue #14, BSN recall: general readings of how people write a BSN that the detector
missed. Examples are ours (synthetic 11-check numbers), NL and EN, as a pasted e-mail or a
.txt export gives them:

- a number given "for instance" whose owner follows it is one of the numbers the sentence
  lists, not a format's example;
- a second number in a sentence whose BSN word labelled the first (a partner's, a
  correction) is a BSN too, unless a word between names another kind;
- a bare number word closing a BSN label ("Sofinummer no.") is part of that label;
- digit groups set apart by a full stop or dash and a space ("1234. 56. 782");
- the plural "BSNs".
"""

from __future__ import annotations

import pytest

from detectors import detect

A, B = "123456782", "111222333"  # pass the 11-check


def _bsns(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ((f"Vraag: de BSN's in het bestand kloppen niet, bijv. {A} (mw. Jansen) en 111 222 333 "
     "(dhr. Vermeulen). Graag nakijken."), "nl", [A, "111 222 333"]),
    (f"Controleer de BSN's, bijvoorbeeld {A} van mevrouw Jansen en {B} van haar partner.",
     "nl", [A, B]),
    (f"Please check the BSNs, e.g. {A} (Mrs Jansen) and {B} (Mr Vermeulen).", "en", [A, B]),
    (f"Please check the citizen service numbers, for example {A} for Ms Jansen.", "en", [A]),
])
def test_an_example_with_an_owner_is_someones_bsn(text: str, lang: str,
                                                 want: list[str]) -> None:
    assert _bsns(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    (f"The number is always 9 digits (e.g. {A}) and is used by the tax office.", "en"),
    (f"Een BSN heeft negen cijfers, zoals {A}.", "nl"),
    (f"Een BSN heeft negen cijfers, zoals {A} van de Belastingdienst.", "nl"),
    (f"Een BSN heeft negen cijfers, bijvoorbeeld {A} (fictief) en {B} (ook fictief).", "nl"),
])
def test_an_example_of_the_format_stays_nobodys(text: str, lang: str) -> None:
    assert _bsns(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    (f"Het BSN is {A} en dat van haar partner is 111 222 333.", "nl", [A, "111 222 333"]),
    ((f"Op het formulier staat BSN ({A}?? nee, klopt niet) -- in het systeem staat {B} en "
     "dat klopt wel."), "nl", [A, B]),
    (f"The BSN on the form was {A}, but the payroll system still shows {B} for him.", "en",
     [A, B]),
    (f"Her BSN is {A} and her husband's is {B}.", "en", [A, B]),
    # a word between that names another kind, or a sentence's end: the first only
    (f"Het BSN is {A} en het ordernummer is {B}.", "nl", [A]),
    (f"Het BSN is {A} en zijn personeelsnummer {B}.", "nl", [A]),
    (f"BSN: {A}; klant {B}", "nl", [A]),
    (f"BSN {A} was checked. Reference {B} closed.", "en", [A]),
])
def test_a_second_number_of_a_bsn_sentence(text: str, lang: str, want: list[str]) -> None:
    assert _bsns(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Burgerservicenummer  /  Sofinummer no.  1234. 56. 782  [niet gecontroleerd!]", "nl",
     ["1234. 56. 782"]),
    (f"Sofinummer no. {A}", "nl", [A]),
    (f"BSN-nummer nr: {A}", "nl", [A]),
    (f"Citizen service number no. {A}", "en", [A]),
    (f"Klantnummer no. {A}", "nl", []),
    (f"BSN\nPolis nr. {A}", "nl", []),
])
def test_a_number_word_closing_a_bsn_label(text: str, lang: str, want: list[str]) -> None:
    assert _bsns(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("BSN: 123. 456. 782", "nl", "123. 456. 782"),
    ("BSN nr. 1234 - 56 - 782", "nl", "1234 - 56 - 782"),
    ("Citizen service no. 123- 456- 782", "en", "123- 456- 782"),
    ("Geboren 12. 03. 1990, BSN 111. 222. 333", "nl", "111. 222. 333"),
    ("Tel. 020 - 123 45 67, BSN 111 - 222 - 333.", "nl", "111 - 222 - 333"),
])
def test_groups_set_apart_by_a_stop_or_dash_and_a_space(text: str, lang: str,
                                                        want: str) -> None:
    assert _bsns(text, lang) == [want]


def test_groups_that_are_no_nine_digit_number_stay_apart() -> None:
    assert _bsns("Stap 1. 2. 3. 4. 5. 6. 7. 8. 9") == []
    assert _bsns("Tel. 020 - 123 45 67") == []


def test_the_plural_bsns_labels_its_numbers() -> None:
    assert _bsns(f"Their BSNs are {A} and {B}.", "en") == [A, B]


EIGHT = "18795134"  # an 11-check BSN with its leading zero dropped


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a decoy noun after a preposition is where the number is written, not its kind
    (f"Je BSN ontbrak in onze lijst, het staat nu wel in je dossier ({EIGHT}).", "nl",
     [EIGHT]),
    (f"BSN gecontroleerd tegen kopie ID-bewijs in het dossier: {A}, klopt.", "nl", [A]),
    (f"Her BSN was checked against the passport and the file: {A}, all fine.", "en", [A]),
    (f"Het BSN is bekend, maar de order {A} is nog niet verzonden.", "nl", []),
    (f"Het BSN staat in het klantnummer {A}.", "nl", []),
    (f"BSN gecontroleerd, klantnr in het dossier: {A}, klopt.", "nl", []),
    (f"In het dossier: {A}", "nl", []),
])
def test_a_place_the_number_is_written_in_is_no_kind(text: str, lang: str,
                                                     want: list[str]) -> None:
    assert _bsns(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # eight digits as the number the sentence's BSN word speaks of
    (f"Je BSN stond er niet in vermeld, dus graag nu nog even opsturen ({EIGHT}).", "nl",
     [EIGHT]),
    (f"Your BSN was missing from the form; please send it again ({EIGHT}).", "en", [EIGHT]),
    (f"BSN volgt. Sleutels en pas ({EIGHT}) inleveren.", "nl", []),
    (f"Het BSN en KvK-nummer ({EIGHT}) zijn bekend.", "nl", []),
])
def test_eight_digits_of_a_bsn_sentence(text: str, lang: str, want: list[str]) -> None:
    assert _bsns(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    # a chat message: a function word before the colon introduces the value, it is no label
    (("[12-03 10:15] Kees Jans: kun je je BSN even sturen? Dat is nodig voor de loonstrook\n"
     f"[12-03 10:17] Fatma Yilmaz: sorry, hier is ie al: {A}"), "nl"),
    (("[10:15] Kees: can you send me your BSN? payroll needs it\n"
     f"[10:17] Fatma: sorry, here it is: {A}"), "en"),
])
def test_a_colon_after_a_function_word_is_no_label(text: str, lang: str) -> None:
    assert _bsns(text, lang) == [A]


def test_a_card_before_a_colon_still_names_its_number() -> None:
    assert _bsns(f"BSN volgt.\nPas: {A}") == []


RECORDS = ("De gegevens van de nieuwe uitzendkrachten:\n\n"
           "J. (Johan) Bakker\nKerkstraat 12, 1234 AB Utrecht\n12-03-1990\n{one}\n\n"
           "Mw. Fatma Yilmaz-de Boer\nStationsweg 3-A, 2345 CD Leiden\n01.02.1985\n{two}\n\n"
           "Graag verwerken.")


@pytest.mark.parametrize(("one", "two"), [(A, EIGHT), (EIGHT, B)])
def test_eight_digits_where_a_sibling_record_holds_its_bsn(one: str, two: str) -> None:
    assert _bsns(RECORDS.format(one=one, two=two)) == [one, two]


def test_eight_digits_in_records_without_a_bsn_stay_apart() -> None:
    text = ("Bestellingen:\n\nJan Bakker\nKerkstraat 12, 1234 AB Utrecht\n12-03-2024\n"
            f"{EIGHT}\n\nPiet Jansen\nStationsweg 3, 2345 CD Leiden\n01.02.2024\nPas 44809906")
    assert _bsns(text) == []


@pytest.mark.parametrize("number", ["123 456  782", "1234  56 782", "123  456 782"])
def test_groups_spaced_unevenly(number: str) -> None:
    assert _bsns(f"Burgerservicenummer      {number}") == [number]
    assert _bsns(f"Tel. 020  123 45 67, BSN {number}") == [number]


def test_sibling_records_with_four_digit_postcodes_and_a_final_newline() -> None:
    text = ("Nieuwe medewerkers, graag invoeren:\n\nJ. (Johan) Bakker\n"
            "Orderpicker, Molenweg 12, 2000 Antwerpen\n12-03-1990\n123456782\n\n"
            "Mw. Fatma Yilmaz-de Boer\nHeftruckchauffeur, Stationsplein 3-A, 3511 Utrecht\n"
            f"01.02.1985\n{EIGHT}\n")
    assert _bsns(text) == ["123456782", EIGHT]

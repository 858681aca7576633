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
    (f"Vraag: de BSN's in het bestand kloppen niet, bijv. {A} (mw. Jansen) en 111 222 333 "
     "(dhr. Vermeulen). Graag nakijken.", "nl", [A, "111 222 333"]),
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
    (f"Op het formulier staat BSN ({A}?? nee, klopt niet) -- in het systeem staat {B} en "
     "dat klopt wel.", "nl", [A, B]),
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

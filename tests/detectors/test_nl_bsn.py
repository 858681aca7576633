"""NL_BSN: helpers, written forms, context, decoys and the personal-details block rule."""

from __future__ import annotations

import random

import pytest
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

from detectors import detect, nl_bsn
from tests.eval import synth

_RNG = random.Random(3)
# 25 synthetic numbers (python-stdnum valid), written in every form.
VALID = [
    synth.bsn_form(synth.bsn(_RNG, eight=f == "eight"), f)
    for f in synth.BSN_FORMS
    for _ in range(5)
] + ["111222333", "123456782"]

INVALID = [
    # fails the 11-check
    "111222334",
    "123456789",
    "1234.56.783",
    # wrong length
    "1234567",
    "1234567890",
    # letters
    "12345678A",
    "BSN123456",
]


@pytest.mark.parametrize("number", VALID)
def test_valid(number: str) -> None:
    assert nl_bsn.is_valid(number)
    assert len(nl_bsn.validate(number)) == 9
    assert nl_bsn.mask(number).endswith(nl_bsn.compact(number)[-3:])


@pytest.mark.parametrize("number", INVALID)
def test_invalid(number: str) -> None:
    assert not nl_bsn.is_valid(number)
    with pytest.raises((InvalidChecksum, InvalidLength, InvalidFormat)):
        nl_bsn.validate(number)


@pytest.mark.parametrize("number", VALID)
def test_every_form_found_with_label(number: str) -> None:
    text = f"Burgerservicenummer: {number}"
    assert [(d.entity, d.start, d.end) for d in detect(text, "nl")] == [
        ("NL_BSN", 21, 21 + len(number))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BSN: 111222333", [(5, 14)]),
        ("BSN: 111222334", []),  # fails 11-check
        ("bsn 1234.56.782 en meer", [(4, 15)]),  # dotted 4-2-3
        ("Sofi-nr: 12.34.56.782", [(9, 21)]),  # dotted 2-2-2-3
        ("sofinummer 123 456 782.", [(11, 22)]),  # spaced 3-3-3
        ("BSN: 12345672", [(5, 13)]),  # leading zero dropped
        ("Citizen service number: 111222333", [(24, 33)]),  # English
        ("Citizen Service Number (BSN) 123 456 782", [(29, 40)]),
        ("BSN\n111222333", [(4, 13)]),  # label on the line above
        ("111222333 (burgerservicenummer)", [(0, 9)]),  # word after it
        ("BSN: 1112223330", []),  # 10 digits
        ("BSN: 111222333,00", []),  # decimals: an amount
    ],
)
def test_nl_bsn_in_text(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(d.start, d.end) for d in detect(text, "nl") if d.entity == "NL_BSN"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordernummer: 123456782",
        "Factuurnummer 123456782",
        "Invoice no. 123456782",
        "Klantnummer: 111222333",
        "Customer number: 111222333",
        "Polisnummer: 123456782",
        "Policy number 123456782",
        "Rekeningnummer: 12.34.56.782",  # old Dutch bank account
        "Giro 123456782",
        "Tel: 111222333",
        "Bel +31 6 11222333",  # phone, 8 valid digits inside
        "(06) 11222333",
        "IBAN NL91 ABNA 0417 1643 00",
        "IBAN NL94ABNA0123456782",  # BSN-valid digits inside an IBAN
        "Totaal € 123456782",  # amount
        "Bedrag: 123.456.782,00",
        "Datum: 19900312",  # 8-digit date
        "Leuk dat je er was, 123456782 keer bedankt.",  # bare, no context
        # the employer's loonheffingennummer: its RSIN (11-check valid) plus L01
        "Loonheffingennummer 1234.56.782.L01",
        "Werkgever: Voorbeeld B.V., loonheffingennummer: 123456782L01",
        "Loonheffingennummer 123456782",
        "Uw werkgever (123456782L02) heeft aangifte gedaan.",
    ],
)
def test_decoys_not_reported(text: str) -> None:
    assert [d for d in detect(text, "nl") if d.entity == "NL_BSN"] == []


PERSONAL = (
    "Personalia\nNaam: Sanne de Vries\nAdres: Dorpsstraat 12\n1234 AB Utrecht\n"
    "Geboortedatum: 12-03-1990\n{n}\nNationaliteit: Nederlandse\n"
)
ORDER_LIST = (
    "Bestelling 12-03-2024\nOrdernummers:\n{n}  2x koffie  € 12,50\n"
    "111222333  1x thee  € 3,00\nTotaal € 15,50\n"
)
CV_HEADER = "Jan Jansen\nKerkweg 7\n3511 AB Utrecht\n06-12345678\n{n}\njan.jansen@voorbeeld.nl\n"


@pytest.mark.parametrize(
    "template, found",
    [
        (PERSONAL, True),  # unlabelled BSN next to name, address, birth date
        (CV_HEADER, True),  # CV header: name, street, postcode, phone, e-mail
        (ORDER_LIST, False),  # the same digits in an order list
    ],
)
def test_unlabelled_bsn_block_rule(template: str, found: bool) -> None:
    number = "123456782"
    text = template.format(n=number)
    start = text.index(number)
    hits = [d for d in detect(text, "nl") if d.entity == "NL_BSN" and d.start == start]
    assert bool(hits) is found
    if found:
        assert hits[0].explanation == "personal-details block"


@pytest.mark.parametrize("make", [synth.mrz_td3, synth.mrz_td1])
def test_bsn_in_mrz_optional_data(make) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    number = synth.bsn(rng)
    mrz = make(rng, "XR1001R58", "850312", "310101", number)
    found = {(d.entity, d.explanation) for d in detect(f"Kopie paspoort\n{mrz}\n", "nl")}
    assert ("NL_BSN", "MRZ optional-data field") in found
    assert ("NL_ID_DOCUMENT", "MRZ check digits") in found


@pytest.mark.parametrize(
    "number, expected",
    [
        ("19900312", True),
        ("12031990", True),
        ("11222333", False),
        ("123456782", False),
    ],
)
def test_is_date_like(number: str, expected: bool) -> None:
    assert nl_bsn.is_date_like(number) is expected


def _bsns(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize("text, lang, found", [
    # a label phrase longer than the label window: its last word alone reads as a decoy
    ("I attached my passport and my citizen service number of the new employee is 123456782.",
     "en", ["123456782"]),
    ("Het burgerservicenummer van de nieuwe medewerker is 123456782.", "nl", ["123456782"]),
    # the sentence names another kind of number further back than a label
    (("Het BSN volgt. Het registratienummer van de nieuwe medewerker in het systeem is "
     "123456782."), "nl", []),
    ("BSN on file. The membership number of the candidate, as registered, is 123456782.",
     "en", []),
    # a number given as an example of the format
    ("Een BSN heeft negen cijfers, bijv. 111222333.", "nl", []),
    ("A citizen service number has nine digits, e.g. 111222333.", "en", []),
    ("Het BSN bestaat uit 9 cijfers (bijvoorbeeld 111222333).", "nl", []),
])
def test_a_number_labelled_by_its_sentence(text: str, lang: str, found: list[str]) -> None:
    assert _bsns(text, lang) == found


@pytest.mark.parametrize("text, found", [
    # the BSN word labels the other number: the first one is no BSN
    ("Jan, Piet  9:15\n123456782 (BSN is 111222333, geboren 12/03/1990)", ["111222333"]),
    ("Eva Smit, Kerkstraat 4, Delft\n123456782\nBSN: 111222333\nGeboren: 03-02-1990",
     ["111222333"]),
    ("Citizen service number: 111222333. Name: Eva Smit, born 03-02-1990, ref 123456782",
     ["111222333"]),
])
def test_a_person_has_one_bsn_in_a_block(text: str, found: list[str]) -> None:
    assert _bsns(text) == found


@pytest.mark.parametrize("text, found", [
    # a label in two languages is one label: the Dutch half names the BSN
    ("Persoonsnummer/Personal No.\n1234.56.782", ["1234.56.782"]),
    ("Burgerservicenummer / Citizen service no.: 111222333", ["111222333"]),
    ("Klantnummer/Customer no.: 123456782", []),
    # the label on the line above, cut by the label window: read whole
    ("Burgerservicenr.:                      |  2010 - 2014\n111-222-333      |  Magazijn",
     ["111-222-333"]),
])
def test_labels_in_two_languages_and_cut_labels_above(text: str, found: list[str]) -> None:
    assert _bsns(text) == found


@pytest.mark.parametrize("address", ["anna@project.nl", "a.devries@relatie-beheer.nl",
                                     "info@verzekering.nl", "https://polisnummer.example"])
def test_a_word_inside_an_address_above_a_bare_number_is_no_decoy_label(address: str) -> None:
    # a personal-details block whose e-mail or web address holds a decoy word ('project',
    # 'relatie', 'verzekering', 'polis'): the address is a value, not the number's label
    text = f"Anna de Vries\nKerkweg 3\n1012 AB Amsterdam\n{address}\n100000009\n0612345678"
    assert [d.entity for d in detect(text) if d.entity == "NL_BSN"] == ["NL_BSN"]


@pytest.mark.parametrize("noun", ["Claim", "Huurder", "Nota", "Zaak", "Lid",
                                  "claim", "Subscription", "Voucher", "Locker"])
@pytest.mark.parametrize("template", [PERSONAL.replace("{n}", "{w} {n}"),
                                      CV_HEADER.replace("{n}", "{w} {n}")])
def test_a_common_noun_before_a_bare_number_names_another_number(noun: str,
                                                                 template: str) -> None:
    # inside a block of personal details, "Claim 123456782" is the claim's number
    assert _bsns(template.format(w=noun, n="123456782")) == []


@pytest.mark.parametrize("word", ["Jansen", "Boukhari", "BSN", "bsn is", "sofinummer"])
def test_a_name_or_a_bsn_word_before_a_number_is_no_other_label(word: str) -> None:
    # "Jansen 123456782" in a block: the person's number; a BSN word: its label
    assert _bsns(PERSONAL.format(n=f"{word} 123456782")) == ["123456782"]


@pytest.mark.parametrize("text, found", [
    # eight digits that open with a zero: the nine-digit number 001000007 with one zero dropped
    ("BSN 01000007 – ingevoerd door HR", ["01000007"]),
    ("Burgerservicenummer: 01000019", ["01000019"]),
    ("Citizen service number 01000020.", ["01000020"]),
    # unlabelled, eight digits with a leading zero are no BSN
    ("Bel 01000007 voor de planning.", []),
])
def test_an_eight_digit_bsn_with_a_leading_zero(text: str, found: list[str]) -> None:
    assert _bsns(text) == found


@pytest.mark.parametrize("row,sep", [
    ("{name},{bsn},01-02-1990", ","), ("{name},{bsn},1-2-1990", ","),
    ("{name},{bsn},01/02/1990", ","), ("{name},{bsn},01.02.1990", ","),
    ("{name}, {bsn},12-11-1985", ","),
])
def test_a_comma_text_export_with_a_date_after_the_bsn(row: str, sep: str) -> None:
    """In a comma export pasted as text, "123456782,01-02-1990" is a BSN field and a date
    field, not a number with decimals (",01" read as cents hid every BSN of the column)."""
    rng = random.Random(row)
    bsns = [synth.bsn(rng) for _ in range(5)]
    lines = [sep.join(["Naam", "BSN", "Geboortedatum"])]
    lines += [row.format(name=f"Jan Jansen{i}", bsn=b) for i, b in enumerate(bsns)]
    text = "\n".join(lines) + "\n"
    found = [text[d.start:d.end] for d in detect(text) if d.entity == "NL_BSN"]
    assert found == bsns


@pytest.mark.parametrize("text", ["Bedrag: 123456782,01 euro", "Totaal 123456782,50.",
                                  "saldo 123456782,01"])
def test_a_number_with_decimals_is_still_no_bsn(text: str) -> None:
    assert [d for d in detect(text) if d.entity == "NL_BSN"] == []

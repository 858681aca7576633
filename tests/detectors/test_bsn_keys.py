"""NL_BSN and a value's own key: in a log line (logfmt), a URL's query or a JSON record, the
key right before a number names it ("run=", "&emp=", '"candidateId": '), whatever BSN word
the line's message or another field holds; a BSN key, or a generic "value" key, does not
take a BSN away. All numbers synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("text", [
    # a connector's log: the message speaks of a BSN, the keyed numbers are a run and a record
    ('ts=2026-03-02T04:00:01Z lvl=warn msg="bsn rejected, record skipped" run=246820007 '
     'emp=246820019 bsn=246820020 name="Visser, Anna"'),
    # a URL's query: the BSN's own key, then a trace id's
    "GET /api/v2/werknemer?bsn=246820020&expand=loon trace=246820032 status=502",
    # a JSON record: an id under its own key beside the BSN's
    '{"candidateId": 246820044, "bsn": "246820020", "geboortedatum": "1991-04-12"}',
])
def test_a_keyed_number_is_what_its_key_says(text: str) -> None:
    assert _found(text) == ["246820020"]


@pytest.mark.parametrize("text", [
    '{"field": "bsn", "value": "246820056", "naam": "Anna Visser"}',  # a generic key
    "sync ok: socialSecurityNumber=246820056 naam=Visser",  # a BSN key in camelCase
    "export regel 4: burgerservicenummer=246820056; achternaam=Visser",
])
def test_a_bsn_key_or_a_generic_key_keeps_the_bsn(text: str) -> None:
    assert _found(text) == ["246820056"]


@pytest.mark.parametrize("text", [
    # a record's BSN field closed, then a message naming another number by its noun
    ('body={"iban":"NL91ABNA0417164300","bsn":"246820020"} '
     'reason="employee locked by payroll run 246820081"'),
    ('response: 500 "Veld SoSe: BSN is al in gebruik bij medewerker W-58817 (E. Visser)" '
     "trace 246820093 -->"),
])
def test_a_number_past_a_closed_bsn_field_is_what_its_noun_says(text: str) -> None:
    assert "246820081" not in _found(text) and "246820093" not in _found(text)


def test_in_prose_the_bsn_word_speaks_on_past_a_first_number() -> None:
    text = ("Hij heeft een ander BSN: in ons systeem staat 246820020 maar op zijn nieuwe "
            "pas staat 2468.20.111?? Navragen.")
    assert _found(text) == ["246820020", "2468.20.111"]


BLOCK = "Naam: Anna Visser\nGeboren: 12-03-1990\nAdres: Dorpsstraat 1, 3511 AB Utrecht\n"


@pytest.mark.parametrize("line", [
    "Herstart de export met --vanaf 246820020",  # a command's option
    "Our build is 246820020, client version 4.8.",  # the noun said to be it
    "Haar claim was 246820020, die is afgewezen.",
])
def test_a_number_named_by_an_option_or_a_noun_it_is_said_to_be_is_no_bsn(line: str) -> None:
    assert _found(BLOCK + line) == []


@pytest.mark.parametrize("line", [
    "$ sync-tool --bsn 246820020 --dry-run",
    "Haar bsn is 246820020.",
])
def test_a_bsn_option_or_a_bsn_said_to_be_it_stays_a_bsn(line: str) -> None:
    assert _found(BLOCK + line) == ["246820020"]


@pytest.mark.parametrize("line, found", [
    # a field name in snake_case reads as the words it joins when they name our kind
    ("  personal_no      246820020", ["246820020"]),
    ("  order_no         246820020", []),
    # a card or pass a compound names keeps its own number, even in a block of details
    ("klantenkaart 246820020  -> moet personeelspas worden", []),
    ("Personeelspas: 246820020", []),
    # an aside saying where the BSN was read from leaves the BSN its label
    ("BSN betrokkene (van toegangspas): 246820020", ["246820020"]),
    ("BSN (zie ID-kaart): 246820020", ["246820020"]),
])
def test_snake_case_fields_cards_and_source_asides(line: str, found: list[str]) -> None:
    assert _found(BLOCK + line) == found

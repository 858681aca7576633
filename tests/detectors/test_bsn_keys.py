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

"""The BSN's personal-details block test stops scanning once its answer is known."""

from __future__ import annotations

from detectors import nl_bsn_rows


def test_two_shape_cues_end_the_search() -> None:
    assert nl_bsn_rows.personal_cues("geb. 01-02-1990, mail: jan@voorbeeld.nl") == {"date", "email"}


def test_fewer_than_two_cues_are_all_found() -> None:
    around = "Dorpsstraat 12, tel. 06-12345678"
    full = {m.lower() for m in nl_bsn_rows.personal_words().findall(around)}
    assert nl_bsn_rows.personal_cues(around) == full | {"street"}


def test_an_order_cue() -> None:
    assert nl_bsn_rows.order_cue("bedrag € 12,50") and not nl_bsn_rows.order_cue("geb. 01-02-1990")

"""NL_BSN opening a table row whose row above ends in a bracketed number ("ja (wk 6)",
"(2)"): the bracket ends that row, it is no area code of the number on the next line
(detectors/nl_bsn.py _PRE). An area code in brackets on the number's own line still is one.
All numbers synthetic (11-check valid)."""

from __future__ import annotations

import pytest

from detectors import detect

BSNS = ["192589544", "925362037", "707141850", "735972461"]


def _found(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("tail", ["ja (wk 6)", "(2)", "herhaald (3x, zie 4)", "melding (1)"])
def test_a_row_after_a_bracketed_number(tail: str) -> None:
    head = "BSN        | Naam               | Geb.datum  | Opmerking"
    rows = [f"{b}  | {n:<18} | {d} | {tail}" for b, n, d in zip(
        BSNS, ["Kramer, Joost", "Yildiz, Elif", "Mendes, Ana", "Brouwer, Tim"],
        ["03-04-1991", "17-11-1986", "22-02-1999", "09-08-1979"], strict=True)]
    text = "Verzuim per medewerker\n\n" + head + "\n" + "\n".join(rows) + "\n"
    assert _found(text) == BSNS


def test_a_bracketed_area_code_on_its_own_line_is_still_one() -> None:
    assert _found("Bel (06) 952730054 voor een afspraak.") == []
    assert _found("Telefoon: (0 6) 952730054") == []

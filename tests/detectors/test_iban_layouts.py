"""IBAN_CODE as forms and tables leave it: after a bank's name as its label, run past a
line's end or a cell's bar, typed in a form's boxes. Every value is checked by mod-97 and
its country's format (stdnum), whole."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.iban import IbanRecognizer

NL = "NL91ABNA0417164300"
DE = "DE89370400440532013000"
GB = "GB29NWBK60161331926819"
BE = "BE21001234567803"  # (a national check the generator computed)


def _ibans(text: str, lang: str = "nl") -> list[str]:
    return [d.normalized for d in detect(text, lang) if d.entity == "IBAN_CODE"]


LAYOUTS = [
    (f"ING: {NL}", NL),
    (f"Rabobank rekening {NL[:4]} {NL[4:8]} {NL[8:12]} {NL[12:16]} {NL[16:]} t.n.v. J. Smit", NL),
    (f"Bankrek. (ABN): {NL}", NL),
    ((f"Commerzbank Konto: {DE[:4]} {DE[4:8]} {DE[8:12]}\n                   "
      f"{DE[12:16]} {DE[16:20]} {DE[20:]}"), DE),
    (f"IBAN:\n{NL[:4]} {NL[4:8]}\n{NL[8:12]} {NL[12:16]} {NL[16:]}", NL),
    (f"| IBAN | {GB[:4]} {GB[4:8]} {GB[8:12]} | {GB[12:16]} {GB[16:20]} {GB[20:]} |", GB),
    ("IBAN:  " + "  ".join(" ".join(NL[i:i + 4]) for i in range(0, len(NL), 4)), NL),
    ("Rekeningnummer (België): " + " ".join(BE), BE),
    (f"> Bank account: {BE[:4]} {BE[4:8]}\n> {BE[8:12]} {BE[12:]}", BE),
]


@pytest.mark.parametrize("text, iban", LAYOUTS)
def test_an_iban_in_a_layout(text: str, iban: str) -> None:
    assert _ibans(text) == [iban]


@pytest.mark.parametrize("text, ibans", [
    (f"IBAN: {NL}\nBIC ABNANL2A", [NL]),  # whole on its line: the next line is its own
    (f"IBAN: {NL} | {DE} |", [NL, DE]),  # two cells, two IBANs
    (f"IBAN: {NL[:4]} {NL[4:8]}\n{NL[8:12]} 1643 01", []),  # wrapped, fails mod-97
    ("Code: N L 9 1  A B N A  0 4 1 7  1 6 4 3  0 1", []),  # boxed, fails mod-97
])
def test_no_other_iban(text: str, ibans: list[str]) -> None:
    assert _ibans(text) == ibans


@pytest.mark.parametrize("cell, size", [
    (f"{NL} | ", 2_000_000),  # a bar-separated column of IBANs: each a whole match
    (f"{NL}\n", 2_000_000),
])
def test_many_whole_ibans_are_each_looked_up_once(cell: str, size: int) -> None:
    # Every wrapped or boxed match is checked against the whole IBANs found: a scan of all
    # of them per match was quadratic (minutes at this size); a bisect is not.
    text = (cell * (size // len(cell) + 1))[:size]
    spans = list(IbanRecognizer().candidates(text))
    assert len(spans) == text.count(NL)
    assert all(text[s:e] == NL for s, e in spans)


def test_the_whole_text_scans_find_what_a_look_behind_first_finds() -> None:
    """_WRAPPED and _BOXED open with their first capital and look behind it afterwards (a
    faster scan): on random texts of the characters that matter they match exactly where the
    look-behind-first forms do."""
    import random
    import re

    from detectors.iban import _BOXED, _WRAPPED

    plain = {
        _WRAPPED: re.compile(r"(?<![\w\-])" + _WRAPPED.pattern.replace(
            r"[A-Z](?<![\w\-][A-Z])", "[A-Z]", 1)),
        _BOXED: re.compile(r"(?<![\w\-])" + _BOXED.pattern.replace(
            r"[A-Z](?<![\w\-][A-Z])", "[A-Z]", 1)),
    }
    rng = random.Random(40)
    alphabet = "NLABGR0123456789  \n|->xé"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for fast, slow in plain.items():
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)], text
    boxed = "Rekening: N L 9 1  A B N A  0 4 1 7  1 6 4 3  0 0"
    assert _BOXED.search(boxed) and not _BOXED.search("x" + boxed[10:])

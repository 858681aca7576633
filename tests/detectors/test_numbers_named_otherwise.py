"""A number that may be a BSN or a driving licence number by its digits is one only when
what it is says so: eight digits (a BSN with its leading zero dropped) only under a BSN
label, ten digits opening with a zero (a Dutch phone number's shape) only under a licence
label, whatever BSN or licence word stands nearby."""

from __future__ import annotations

import pytest

from detectors import detect

EIGHT = "12345623"  # 012345623 passes the 11-check: a BSN written without its leading zero


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize(("text", "lang"), [
    (f"Sleutels en pas ({EIGHT}) inleveren laatste werkdag. BSN van Jan staat in het dossier.", "nl"),
    (f"Dossier: {EIGHT}. Jan Jansen, BSN bekend.", "nl"),
    (f"Jan Jansen, Kerkstraat 1, 1234 AB Utrecht, geb. 01-02-1980, {EIGHT}", "nl"),
    (f"Klantnummer ({EIGHT}), bsn volgt.", "nl"),
    (f"Badge ({EIGHT}) returned on the last day; the BSN is on file.", "en"),
])
def test_eight_digits_without_a_bsn_label_are_no_bsn(text: str, lang: str) -> None:
    assert _found(text, "NL_BSN", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    (f"BSN: {EIGHT}", "nl"),
    (f"Burgerservicenummer {EIGHT} (zonder voorloopnul)", "nl"),
    (f"Zijn bsn is {EIGHT}.", "nl"),
    (f"Citizen service number: {EIGHT}", "en"),
])
def test_eight_digits_under_a_bsn_label_are_a_bsn(text: str, lang: str) -> None:
    assert _found(text, "NL_BSN", lang) == [EIGHT]


@pytest.mark.parametrize(("text", "lang", "licence", "phone"), [
    ("Kandidaat heeft 06 gewijzigd -> 0612345678. rijbewijs 5012345678, bsn gecheckt.", "nl",
     ["5012345678"], ["0612345678"]),
    ("Nieuw mobiel nummer 0687654321; rijbewijs B geldig, nummer 4012345678.", "nl",
     ["4012345678"], ["0687654321"]),
    ("New number 0612345678 (driving licence checked)", "en", [], ["0612345678"]),
    ("Rijbewijsnummer: 0123456789", "nl", ["0123456789"], []),
])
def test_a_phone_shaped_number_near_a_licence_word(text: str, lang: str, licence: list[str],
                                                    phone: list[str]) -> None:
    assert _found(text, "NL_DRIVERS_LICENSE", lang) == licence
    assert _found(text, "PHONE_NUMBER", lang) == phone

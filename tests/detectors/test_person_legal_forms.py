"""PERSON: a surname seen in full, then repeated right before a firm's legal form ("Kamphuis
B.V.") or before a trade word and a Romanian, Hungarian, Czech or Slovak legal form
("Vlădescu Constructii SRL", "Kertész Kft."), is the firm the owner named, no person; the
owner's full name stays one. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "owner", "firm", "lang"), [
    ("Met vriendelijke groet,\n\nHenk Ruisendaal\nRuisendaal B.V., Zwolle\n", "Henk Ruisendaal",
     "Ruisendaal B.V.", "nl"),
    ("Kind regards,\nCostel Vlădescu\nVlădescu Constructii SRL, Brașov\n", "Costel Vlădescu",
     "Vlădescu Constructii", "en"),
    ("Best regards,\nZoltán Kertész\nKertész Kft., Győr\n", "Zoltán Kertész", "Kertész Kft.",
     "en"),
])
def test_the_firm_is_no_person(text: str, owner: str, firm: str, lang: str) -> None:
    names = _names(text, lang)
    at = text.index(firm)
    assert owner in names
    assert not [d for d in detect(text, lang) if d.entity == "PERSON" and d.start <= at < d.end], \
        names

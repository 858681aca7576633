"""EMAIL_ADDRESS and PHONE_NUMBER: positions in text, decoys, normalization."""

from __future__ import annotations

import pytest

from detectors import contact, detect


@pytest.mark.parametrize(
    "text, expected",
    [
        ("E-mail: jan.jansen@voorbeeld.nl", [(8, 31)]),
        ("Mail <s.de.vries+cv@mail.example.co.uk>.", [(6, 38)]),
        ("Contact: jan@localhost", []),  # a bare host, no domain
        ("info@server.lokaal", []),  # an unknown top-level domain
        # internal and reserved domains that mail systems use: still a person's address
        ("Mail: j.smit@bedrijf.local of p.kok@firma.example", [(6, 26), (30, 49)]),
        ("sanne.dekker@hr.intranet.internal", [(0, 33)]),
        ("twitter: @sanne", []),
    ],
)
def test_email_in_text(text: str, expected: list[tuple[int, int]]) -> None:
    found = [(d.start, d.end) for d in detect(text, "nl") if d.entity == "EMAIL_ADDRESS"]
    assert found == expected


@pytest.mark.parametrize(
    "text, e164",
    [
        ("Tel: 06-12345678", "+31612345678"),
        ("Mobiel 06 1234 5678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("+31 (0)6 1234 5678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("bel 020-1234567", "+31201234567"),
        ("(030) 123 4567", "+31301234567"),
        ("Phone +44 20 7946 0958", "+442079460958"),
        ("Handy +49 30 12345678", "+493012345678"),
        ("Tel. 0612345678 123", "+31612345678"),  # a following number is not swallowed
        # area code and number apart with " - ", "/" or " / ", and other spacings
        ("Tel: 020 - 123 45 67", "+31201234567"),
        ("Telefoon 010/1234567", "+31101234567"),
        ("telefoon: 010 / 123 45 67", "+31101234567"),
        ("tel. 06 - 12 34 56 78", "+31612345678"),
        ("bel +31 (0)6 12 34 56 78", "+31612345678"),
        ("0031 6 12 34 56 78", "+31612345678"),
        ("+31 6 - 12345678", "+31612345678"),
        ("06.12.34.56.78", "+31612345678"),
        # the en or em dash a word processor makes of " - ", in running text too
        ("Bel de receptie, 010 \u2013 1 23 45 67, voor een afspraak.", "+31101234567"),
        ("Ik ben bereikbaar op 06 \u2013 12 34 56 78.", "+31612345678"),
        ("(030 \u2013 123 45 67)", "+31301234567"),
        ("Call me on 06 \u2014 12345678.", "+31612345678"),
        # international numbers in their own countries' layouts
        ("+48 601 234 567", "+48601234567"),
        ("+48 22 123 45 67", "+48221234567"),
        ("+90 532 123 45 67", "+905321234567"),
        ("+212 6 12 34 56 78", "+212612345678"),
        ("+212 612-345678", "+212612345678"),
        ("+32 470 12 34 56", "+32470123456"),
        ("0032 470 12 34 56", "+32470123456"),
        ("+49 (0)30 1234 5678", "+493012345678"),
        ("+49 151 23456789", "+4915123456789"),
    ],
)
def test_phone_in_text(text: str, e164: str) -> None:
    found = [d.normalized for d in detect(text, "nl") if d.entity == "PHONE_NUMBER"]
    assert found == [e164]


@pytest.mark.parametrize(
    "text",
    [
        "Geboortedatum: 01-02-1990",  # date
        "BSN: 111222333",  # BSN
        "Rijbewijsnummer: 0612345678",  # labelled as something else
        "Tel: 06-1234",  # too short
        "Bedrag € 1.234,56",
        "Postcode 1234 AB",
        "Werkzaam 01-02-2015 - 31-12-2019",  # a date range, not area code and number
        "Periode 2019 - 2021",
        "Werkzaam 01-2015 \u2013 03-2019, 2015 \u2013 2019",
        "Werktijden 08 \u2013 17 uur, 06\u201312 maanden",
    ],
)
def test_not_a_phone(text: str) -> None:
    assert [d for d in detect(text, "nl") if d.entity == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Jan.Jansen@Voorbeeld.NL", "jan.jansen@voorbeeld.nl"),
        ("jan@localhost", None),
    ],
)
def test_normalize_email(value: str, expected: str | None) -> None:
    assert contact.normalize_email(value) == expected


@pytest.mark.parametrize("text, found", [
    # a signature's one-letter labels make a number outside the allocated ranges a phone
    ("Jan Smit\nM: +49 1512 345 678\nE: jan@example.nl", ["+49 1512 345 678"]),
    ("T: +48 6012 345 678", ["+48 6012 345 678"]),
    ("Jan Smit\n+49 1512 345 678\nE: jan@example.nl", []),
])
def test_one_letter_phone_labels(text: str, found: list[str]) -> None:
    assert [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PHONE_NUMBER"] == found


@pytest.mark.parametrize("text", [
    "naam,mail,tel\nJan,jan@voorbeeld.nl,06-12345678\n",
    "x,\"Jan\",,06-12345678,y",
    "jan@voorbeeld.nl,0201234567",
])
def test_a_phone_in_a_comma_separated_field(text: str) -> None:
    """A comma that separates fields may stand right before a number (a CSV row); a digit
    before the comma makes a decimal instead."""
    assert [d.entity for d in detect(text, "nl")].count("PHONE_NUMBER") == 1


@pytest.mark.parametrize("text", ["Bedrag 1,0612345678", "totaal: 12,0201234567"])
def test_a_decimal_is_no_phone(text: str) -> None:
    assert all(d.entity != "PHONE_NUMBER" for d in detect(text, "nl"))

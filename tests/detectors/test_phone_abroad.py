"""PHONE_NUMBER abroad: a national number without its country code, which the Dutch plan
cannot read, read in the plan of a country the text names (phone_abroad.py), under a phone
label or word; and the phrases that say a number is someone's phone in prose."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.phone_abroad import regions_named


def _phones(text: str, lang: str = "nl") -> list[str]:
    return [d.normalized for d in detect(text, lang) if d.entity == "PHONE_NUMBER"]


ABROAD = [
    # Belgian landlines (a zone of one or two digits, eight digits after the 0)
    ("Rijksdienst voor Arbeidsvoorziening, kantoor Mechelen (België)\nTel. 015 28 44 90",
     "nl", "+3215284490"),
    ("Maatschappelijke zetel: Gent, België. Telefoon: 09/265.41.20", "nl", "+3292654120"),
    ("Uw dossierbeheerder bij de RVA is bereikbaar op 02 515 41 11.", "nl", "+3225154111"),
    ("Rijksregisternummer: zie bijlage\nGSM vader: 03 225 18 90 (vast, Antwerpen)", "nl",
     "+3232251890"),
    # British numbers written nationally (eleven digits)
    ("Occupational Health, NHS Trust, Leeds\nPhone: 0113 496 0123", "en", "+441134960123"),
    ("He moved back to England last year; mobile 07400 123456.", "en", "+447400123456"),
    ("Reference from his British employer, call 020 7946 0321 before Friday.", "en",
     "+442079460321"),
    # German and Turkish numbers that no Dutch length reads
    ("Arbeitgeber in Deutschland. Telefon: 030 12345678", "nl", "+493012345678"),
    ("Praca w Polsce (Polska), numer telefonu: 0048 22 123 45 67", "nl", "+48221234567"),
    ("Zijn Duitse mobiel: 0151 23456789", "nl", "+4915123456789"),
    ("Adres in Turkije (Izmir), gsm 0532 418 77 09", "nl", "+905324187709"),
]


@pytest.mark.parametrize("text, lang, e164", ABROAD)
def test_national_number_of_a_named_country(text: str, lang: str, e164: str) -> None:
    assert _phones(text, lang) == [e164]


@pytest.mark.parametrize("text, lang", [
    ("Tel. 015 28 44 90", "nl"),  # no country named: no plan to read it in
    ("Vakantie in België; factuur 015 28 44 90 betaald.", "nl"),  # no phone word
    ("In Deutschland: Kundennummer 030 12345678", "nl"),  # no phone word
    ("Uit België, tel. 015 2", "nl"),  # no number of any plan
    ("Born in England, NI number QQ 12 34 56 C", "en"),
])
def test_no_number_abroad(text: str, lang: str) -> None:
    assert _phones(text, lang) == []


def test_a_dutch_reading_comes_first() -> None:
    # ten digits with a trunk 0: the Dutch plan reads it (SPEC: +31), whatever country is named
    assert _phones("Belgisch adres, tel. 020 123 4567") == ["+31201234567"]


PROSE = [
    ("And my number is the German one, +49 1512 3348790.", "en", "+4915123348790"),
    ("Zijn nummer is +48 601 234 567, hij spreekt Engels.", "nl", "+48601234567"),
    ("We reached her on +44 7700 900 982 after lunch.", "en", "+447700900982"),
    ("Mevrouw niet bereikt op +351 912 345 678, voicemail ingesproken.", "nl", "+351912345678"),
    ("Your number is +90 532 418 77 03 in our system.", "en", "+905324187703"),
    ("Haar nummer: +212 6 12 34 56 78", "nl", "+212612345678"),
    ("Left a voicemail at +40 721 234 567.", "en", "+40721234567"),
    ("Their number is +359 88 123 4567 (Bulgaria).", "en", "+359881234567"),
]


@pytest.mark.parametrize("text, lang, e164", PROSE)
def test_prose_says_a_phone(text: str, lang: str, e164: str) -> None:
    assert _phones(text, lang) == [e164]


@pytest.mark.parametrize("text, lang", [
    ("Invoice number, as mentioned before: 0612345678", "en"),
    ("Het ordernummer is 0201234567", "nl"),
])
def test_another_kind_of_number_stays_one(text: str, lang: str) -> None:
    assert _phones(text, lang) == []


def test_regions_by_how_often_named() -> None:
    text = "Duitsland ... België, Belgische eID, rva.be, +32 ..."
    assert regions_named(text) == ("BE", "DE")


@pytest.mark.parametrize("text, lang", [
    # a kind noun before "number is": another kind's number, whatever country is named
    ("Your invoice number is 0191 203 1200. Thank you for shopping with British Gas.", "en"),
    ("Your order number is 01632 960 001. Ships from Germany.", "en"),
    ("Het klantnummer is 0151 2334 8790, Duitse vestiging.", "nl"),
    # a possessive number word of another sentence
    ("Hoi, je nummer is genoteerd. Dossiernummer 0151 2334 8790 bij de Duitse vestiging.",
     "nl"),
    ("Your number was updated.\n\nCase 0151 2334 8790, Duitse vestiging.", "en"),
])
def test_number_words_name_their_own_sentence(text: str, lang: str) -> None:
    assert _phones(text, lang) == []


@pytest.mark.parametrize("text, lang, e164", [
    ("Je nummer is 0151 2334 8790, bij de Duitse vestiging?", "nl", "+4915123348790"),
    ("Hier is mijn nummer: 0151 2334 8790 (Duitsland).", "nl", "+4915123348790"),
])
def test_a_possessive_in_the_sentence_still_names_a_phone(text: str, lang: str,
                                                          e164: str) -> None:
    assert _phones(text, lang) == [e164]


@pytest.mark.parametrize("text, regions", [
    ("Frans Bauer", ()),  # a first name
    ("Ik spreek Duits en Frans", ()),  # languages name no country
    ("Talen: Engels (C1), Duits (B2), Pools (A2)", ()),
    ("Languages: German, French, Polish", ()),
    ("jan@firma.de", ("DE",)),  # a domain at an address's end
    ("Zie www.firma.be/contact of mail ons.", ("BE",)),
    ("Mail hr@firma.co.uk.", ("GB",)),
    ("Bel +3214408611", ("BE",)),  # a country code glued to its number
    ("Zie doc.It is klaar.", ()),  # no domain in upper case
])
def test_what_names_a_region(text: str, regions: tuple[str, ...]) -> None:
    assert regions_named(text) == regions


@pytest.mark.parametrize("text, phones", [
    # only a domain names the country
    ("Kantoor Turnhout, info@vdb-logistiek.be\nTel. 014 40 86 11", ["+3214408611"]),
    ("Bewerbung: k.schulz@spedition-nord.de\nTelefon: 030 12345678", ["+493012345678"]),
    # a CV's languages name no country
    ("Curriculum vitae\nTalen: Duits, Frans\nTel. 030 12345678", []),
    ("Frans de Boer, tel. 09 265 41 20", []),
])
def test_domain_and_language_cues(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones


def test_a_number_abroad_keeps_only_its_region_in_metadata() -> None:
    from detectors.contact import REGION_KEY, PhoneRecognizer
    text = "Kantoor Turnhout (België)\nTel. 014 40 86 11"
    results = PhoneRecognizer().analyze(text, ["PHONE_NUMBER"])
    metas = [r.recognition_metadata for r in results]
    assert [m[REGION_KEY] for m in metas] == ["BE"]
    assert not any("3214408611" in str(v) for m in metas for v in m.values())
    assert _phones(text) == ["+3214408611"]

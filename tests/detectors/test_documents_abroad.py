"""A passport or ID-card number of the Dutch shape that its label, row or bracket says is
another country's (a Polish passport: 2 letters and 7 digits) is no NL_ID_DOCUMENT; the
same number said to be Dutch, or said to be nothing, still is."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from detectors import detect
from tests.eval import synth

_FAKE = Faker("pl_PL")
_FAKE.seed_instance(15)


def _polish_passport(rng: random.Random) -> str:
    """2 letters and 7 digits: the Polish passport's number, of the Dutch number's shape."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(
        rng.choice("0123456789") for _ in range(7))


def _polish_id(rng: random.Random) -> str:
    """3 letters and 6 digits: the Polish ID card's ("dowód osobisty") number."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "".join(
        rng.choice("0123456789") for _ in range(6))


def _ids(text: str) -> list[str]:
    return [d.normalized for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"]


ABROAD = [
    "Paspoort (Polen): {n}",
    "Poolse identiteitskaart nr.: {n}",
    "Polish passport no.: {n}",
    "Identity document: Irish passport, no.: {n}",
    "Legitimatie: paspoort Republiek Polen, nr. {n}",
    "Dowód osobisty: {n}",
    "Paspoortnummer {n} (afgegeven in Roemenië)",
    "Hij legitimeerde zich met zijn Filipijnse paspoort, nummer {n}.",
    "Naam | Nationaliteit | Document | Nummer\n{name} | Pools | Paspoort | {n}",
    "Naam;Document;Nummer\n{name};paszport (PL);{n}",
    "Name: {name}\nID card number (Croatian): {n}",
]

DUTCH = [
    "Paspoort (Nederland): {n}",
    "Nederlands paspoort nr.: {n}",
    "Paspoortnummer: {n}",
    "Naam | Nationaliteit | Document | Nummer\n{name} | Nederlandse | Paspoort | {n}",
    "Naam: {name}\nNationaliteit: Nederlandse\nPaspoortnummer: {n}",
    # a foreign birthplace in another field of the line, a second nationality besides Dutch
    "Geboorteplaats: Gdańsk, Polen   Paspoort: {n}",
    "Nationaliteit: Nederlandse en Poolse\nID-kaart: {n}",
    # a recruiter's initials in a cell are no country's code
    "Naam;Door;Document;Nummer\n{name};KP;Paspoort;{n}",
    # a nationality on another line of the block says whose the holder is, not whose the
    # document (a CV's passport number stays a finding)
    "Naam: {name}\nNationaliteit: Portugees\nPaspoortnummer: {n}",
]


@pytest.mark.parametrize("i, template", list(enumerate(ABROAD)))
def test_a_number_said_to_be_another_countrys_is_not_dutch(i: int, template: str) -> None:
    rng = random.Random(i)
    number = (_polish_passport if i % 2 else _polish_id)(rng)
    assert _ids(template.format(n=number, name=_FAKE.name())) == []


@pytest.mark.parametrize("i, template", list(enumerate(DUTCH)))
def test_a_number_said_to_be_dutch_or_nothing_stays(i: int, template: str) -> None:
    rng = random.Random(100 + i)
    number = synth.doc_number(rng) if i % 2 else _polish_passport(rng)  # both shapes are Dutch
    assert _ids(template.format(n=number, name=_FAKE.name())) == [number]


# A country said earlier on the line, outside the number's own label (a birthplace's, an
# address's, another document's bracket), says nothing of the number: a Dutch one stays.
# "(NO)" after a label is the number's abbreviation, no Norway.
EARLIER_ON_THE_LINE = [
    "Geboorteplaats: Keulen (DE), paspoortnummer {n}",
    "Adres: Grote Markt 1, 2000 Antwerpen (BE), ID-kaart {n}",
    "Rijbewijs (BE) en paspoort {n}",
    "Woonplaats: Aken (Duitsland); paspoortnr. {n}",
    "Stage gelopen in Gent (BE). Paspoort {n}",
    "ID (NO): {n}",
]
# ... while the bracket or country of the number's own label still says whose it is.
OWN_LABEL = [
    "Geboorteplaats: Utrecht, paspoort (DE): {n}",
    "Adres: Kerkstraat 4, ID-kaart (Polen) {n}",
    "Rijbewijs en paspoort (BE) {n}",
    "Ausweis (DE), no.: {n}",
]


@pytest.mark.parametrize("template", EARLIER_ON_THE_LINE)
def test_a_country_outside_the_numbers_own_label_keeps_it(template: str) -> None:
    assert _ids(template.format(n="KP7Y3M2T5")) == ["KP7Y3M2T5"]


@pytest.mark.parametrize("template", OWN_LABEL)
def test_the_numbers_own_label_still_names_another_country(template: str) -> None:
    assert _ids(template.format(n="KP7Y3M2T5")) == []


# A Dutch word a negation denies names no Dutch document (data/abroad.toml `negations`): the
# country said beside it decides. A Dutch word not denied keeps the number Dutch.
DENIED = [
    "Paspoort (Roemenië) {n} - geen Nederlands paspoort",
    "Polish ID card {n}, not a Dutch document",
    "Bulgaarse ID-kaart {n} (niet Nederlands!)",
    "Portuguese passport {n} - NOT Dutch, do not register",
    "Dowód osobisty {n}; geen Nederlandse identiteitskaart",
    "Lithuanian passport {n} (never a Dutch one)",
    "Roemeens paspoort: {n} – nooit als Nederlands invoeren",
    "Passport (Ghana) {n}, is not the Dutch passport",
]
NOT_DENIED = [
    "Paspoort {n} - niet verlopen, Nederlands",
    "ID card {n} - not expired, Dutch",
    "Paspoortnummer: {n} (Nederlands, geen kopie gemaakt)",
]


@pytest.mark.parametrize("i, template", list(enumerate(DENIED)))
def test_a_denied_dutch_word_keeps_it_abroad(i: int, template: str) -> None:
    number = (_polish_passport if i % 2 else _polish_id)(random.Random(200 + i))
    assert _ids(template.format(n=number)) == []


@pytest.mark.parametrize("i, template", list(enumerate(NOT_DENIED)))
def test_a_dutch_word_not_denied_keeps_it_dutch(i: int, template: str) -> None:
    number = synth.doc_number(random.Random(300 + i))
    assert _ids(template.format(n=number)) == [number]


# The number's own label names another country: a Dutch word after the number speaks of
# something else (a field, a desk, a second document), not of this one.
LABEL_FIRST = [
    "Poolse ID-kaart {n}, niet in het NL-veld invullen",
    "Romanian passport {n} - copy sent to the Dutch desk",
    "Bulgaars paspoort {n} (aanvraag Nederlandse verblijfsvergunning loopt)",
    "Polish ID card {n}; the NL payroll file has no field for it",
    "Paspoort (Polen): {n}, kopie naar Nederlandse vestiging",
    "Lithuanian ID card {n}, registered with the Dutch municipality",
    "Portugees paspoort {n} - BSN via Nederlandse gemeente aangevraagd",
    "Ghanaian passport {n} (Dutch visa inside)",
]


@pytest.mark.parametrize("i, template", list(enumerate(LABEL_FIRST)))
def test_the_labels_country_is_the_documents(i: int, template: str) -> None:
    number = (_polish_passport if i % 2 else _polish_id)(random.Random(400 + i))
    assert _ids(template.format(n=number)) == []

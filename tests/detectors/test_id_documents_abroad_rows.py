"""Issue #14, NL_ID_DOCUMENT: a passport or ID-card number of the Dutch shape is another
country's when the cell before it in a row set in columns names that country ("Paspoort
(RO)      XB1234567"), or when a country's code stands before the document's word ("PL ID
CDR771034", "LT passport ..."). Twins: the Netherlands named, a form's field with a value
of its own before it, or no country at all keep the number."""

from __future__ import annotations

import pytest
from faker import Faker

from detectors import detect

_FAKE = Faker("pl_PL")
_FAKE.seed_instance(3516)


def _documents(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"]


def _columns(*rows: tuple[str, ...]) -> str:
    return "\n".join("".join(cell.ljust(22) for cell in row).rstrip() for row in rows)


ABROAD = [
    _columns(("Medewerker", "Legitimatie", "Nummer"), (_FAKE.name(), "Paspoort (RO)", "XB1234567")),
    _columns(("Naam", "Document", "Nummer"), (_FAKE.name(), "ID-kaart (PL)", "ABC123456")),
    _columns(("Kandidaat", "Soort", "Nr"), (_FAKE.name(), "paszport (Polen)", "EK4418203")),
    _columns(("Naam", "Document", "Nummer"), (_FAKE.name(), "Bulgarian passport", "KX5522107")),
    f"{_FAKE.last_name()}  {_FAKE.first_name()}  1993-07-14  PL  PL ID CDR 771034  2027-03-30",
    f"Werknemer {_FAKE.name()}, RO paspoort XB7734021, geldig tot 2029",
    f"{_FAKE.name()} - LT passport LK2093317 - intake 12-03",
    "Identiteit: BG ID card MZ4471093 (kopie in dossier)",
]
DUTCH = [
    _columns(("Medewerker", "Legitimatie", "Nummer"), (_FAKE.name(), "Paspoort (NL)", "NW4K8T2P6")),
    _columns(("Naam", "Document", "Nummer"), (_FAKE.name(), "ID-kaart", "SP5R1Z9K3")),
    "Geboorteplaats: Gdansk, Polen   Paspoort: EK4418203",
    "Legitimatie: ID NW4K8T2P6",
    f"Werknemer {_FAKE.name()}, NL paspoort XR7734021, geldig tot 2029",
]


@pytest.mark.parametrize("text", ABROAD)
def test_another_countrys_document_number_is_no_dutch_one(text: str) -> None:
    assert _documents(text) == []


@pytest.mark.parametrize("text", DUTCH)
def test_a_dutch_document_number_stays_one(text: str) -> None:
    assert len(_documents(text)) == 1


# Mend of ids35: a holder's nationality is not the document's country. A code after a
# nationality label, or after a word that names no document, and a row's nationality cell
# before the number keep a Dutch document number.
HOLDERS_NATIONALITY = [
    "Nat. PL Paspoort: NW92BR3K4",
    "Nationaliteit NL, PL paspoort NW92BR3K4",
    "Nationaliteiten NL / RO - paspoort SP5R1Z9K3",
    "Nationality: BG, ID-kaart XR7734021",
    "Staatsburgerschap PL ID-kaart NW4K8T2P6",
    "Naam | Nationaliteit | Paspoortnummer\n" + _columns((_FAKE.name(), "Poolse", "NW92BR3K4")),
    _columns(("Naam", "Nationaliteit", "Paspoortnummer"), (_FAKE.name(), "Roemeens", "SP5R1Z9K3")),
    _columns(("Kandidaat", "Herkomst", "Paspoortnr"), (_FAKE.name(), "Bulgaarse", "XR7734021")),
]
STILL_ABROAD = [
    "Nationaliteit: Pools. Paspoort (PL): NW92BR3K4",
    "Nationaliteit NL; document: PL paspoort NW92BR3K4",
    _columns(("Naam", "Document", "Nummer"), (_FAKE.name(), "Paspoort (BG)", "XR7734021")),
]


@pytest.mark.parametrize("text", HOLDERS_NATIONALITY)
def test_a_holders_nationality_keeps_a_dutch_document(text: str) -> None:
    assert len(_documents(text)) == 1


@pytest.mark.parametrize("text", STILL_ABROAD)
def test_the_documents_own_country_still_names_it(text: str) -> None:
    assert _documents(text) == []


# A delimited row's document cell written as the document's word, then its country's code
# in capitals ("paspoort PL", "passport IE"): that country's document. "ID", "NO" and "NR"
# after a document word are its own words ("Documentnr ID: ..."), and "NL" is ours.
CODE_AFTER_WORD = [
    f"2A;{_FAKE.name()};1984-10-02;paspoort PL;EP4482916;;0048 691 027 331",
    f"| 3 | {_FAKE.name()} | 27-04-1992 | paspoort HU| BE4412871 | 30-06-2027 |",
    f"{_FAKE.last_name()},{_FAKE.first_name()},1991-08-08,passport IE,PE4418203,IRL,host",
    f"{_FAKE.name()}\tID-kaart DE\tXK7RT2P45\t2031-01-01",
]
CODE_AFTER_WORD_OURS = [
    f"2B;{_FAKE.name()};1984-10-02;paspoort NL;EP4482916;;06 1234 5678",
    "Documentnr ID: RS5XPN1M4",
    f"{_FAKE.name()},1991-08-08,ID-kaart NLD,XK7RT2P45,bar crew",
]


@pytest.mark.parametrize("text", CODE_AFTER_WORD)
def test_a_document_word_then_a_countrys_code_is_that_countrys(text: str) -> None:
    assert _documents(text) == []


@pytest.mark.parametrize("text", CODE_AFTER_WORD_OURS)
def test_a_document_word_then_our_code_or_its_own_word_stays_dutch(text: str) -> None:
    assert len(_documents(text)) == 1


# A list's column of document kinds, each cell a country's code and the document's word
# ("LT passport" in a crew or staff list set apart by bars, semicolons or tabs), and a form
# that names the document on the line above a bare number word ("Soort: paszport (Polen)"
# over "Nummer: ..."): the document is that country's. Twins: the Netherlands named in the
# cell or the line above, a document with no country, or a nationality line above (no
# document named there) keep the number.
_NAME = _FAKE.name()
KIND_ABROAD = [
    f"Nr | Naam | Nat. | Doc. type | Doc. no.\n3 | {_NAME} | LT | LT passport | LK2093317",
    f"naam;land;document;nummer\n{_NAME};HR;HR ID card;KX5522107",
    f"Name\tDocument\tNumber\n{_NAME}\tBG passport\tMZ4471093",
    "Soort ....... paszport (Polen)\nNummer ...... EK4418203\nGeldig tot .. 2031",
    "Document: Roemeense identiteitskaart\nNr.: XB7734021",
    "Type of document: Lithuanian passport\n\nNumber: LK2093317",
]
KIND_DUTCH = [
    f"Nr | Naam | Nat. | Doc. type | Doc. no.\n3 | {_NAME} | LT | NL passport | NW92BR3K4",
    f"naam;document;nummer\n{_NAME};ID card;SP5R1Z9K3",
    "Soort ....... Nederlandse ID-kaart\nNummer ...... SP5R1Z9K3",
    "Soort document: paspoort\nNummer: NW92BR3K4",
    "Nationaliteit: Pools\nPaspoortnummer: NW92BR3K4",
]


@pytest.mark.parametrize("text", KIND_ABROAD)
def test_a_kind_named_in_its_cell_or_above_is_another_countrys(text: str) -> None:
    assert _documents(text) == []


@pytest.mark.parametrize("text", KIND_DUTCH)
def test_a_dutch_or_countryless_kind_keeps_the_number(text: str) -> None:
    assert len(_documents(text)) == 1

"""Issue #14, NL_ID_DOCUMENT: a number of the Dutch passport / ID-card shape is a residence
document's (a verblijfsdocument, a permit card, a visa, another country's residence title)
when the document word nearest before it in its field or sentence names one, or a cell of its
row does and none names a passport or ID card. The SPEC's entity is a Dutch passport or
identity card. Twins: a passport or ID card named nearer, an option left unticked, a field with
a value of its own, or a residence word after the number keep the number."""

from __future__ import annotations

import pytest
from faker import Faker

from detectors import detect

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(3614)


def _documents(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_ID_DOCUMENT"]


RESIDENCE = [
    "Verblijfspasnummer: KP7Y3M2T5",
    "Soort document: EU-verblijfsdocument, nummer KP7Y3M2T5",
    "Her residence card was renewed last week and the new card number is KP7Y3M2T5.",
    "Aufenthaltstitel Nr. KP7Y3M2T5 (gültig bis 2030)",
    "Titre de séjour n° KP7Y3M2T5, délivré à Lyon",
    f"{_FAKE.name()} | werkvergunning | KP7Y3M2T5 | 2028-01-31",
    "Nummer verblijfsvergunning\nKP7Y3M2T5",
    "EU Blue Card no.: KP7Y3M2T5",
    "MVV-sticker in zijn pas, nummer KP7Y3M2T5",
    "Documentnummer (verblijfsdocument): KP7Y3M2T5",
    "Studievergunning (max. 16 uur per week), doc.nr. KP7Y3M2T5",
    "Vreemdelingendocument (W-document) nr. KP7Y3M2T5",
]
DUTCH = [
    "Paspoort: KP7Y3M2T5 (verblijfsvergunning niet nodig)",
    "Verblijfsvergunning: n.v.t.   Paspoortnummer: KP7Y3M2T5",
    "Ze heeft geen verblijfsvergunning nodig. Haar Nederlandse paspoort heeft nummer KP7Y3M2T5.",
    "[ ] verblijfsdocument [x] identiteitskaart   nr. KP7Y3M2T5",
    "Legitimatie: [x] paspoort  [ ] verblijfsdocument   Nummer: KP7Y3M2T5",
    f"{_FAKE.name()} | NL paspoort | KP7Y3M2T5 | werkvergunning n.v.t.",
    "Rijbewijs en verblijfspas gezien; ID-kaart KP7Y3M2T5 gekopieerd",
    "Verblijfsvergunning: ja   Documentnummer: KP7Y3M2T5",
    # the Kingdom's travel documents for aliens and refugees (Paspoortwet, art. 2): Dutch
    # passports in the SPEC's sense, whoever holds them
    "Reisdocument: vreemdelingenpaspoort, nr. KP7Y3M2T5",
    "Vluchtelingenpaspoort KP7Y3M2T5 (geldig tot 2031)",
    "Hij reist met een vreemdelingenpaspoort; het nummer is KP7Y3M2T5.",
    "Vreemdelingenpaspoortnummer: KP7Y3M2T5",
]


@pytest.mark.parametrize("text", RESIDENCE)
def test_a_residence_documents_number_is_no_dutch_id_document(text: str) -> None:
    assert _documents(text) == []


@pytest.mark.parametrize("text", DUTCH)
def test_a_passport_or_id_card_named_nearer_keeps_the_number(text: str) -> None:
    assert _documents(text) == ["KP7Y3M2T5"]


# A residence word that decides nothing: one of a label's options beside a passport or ID
# card (joined by '/', ',', 'of', 'or'), a box left unticked after or inside ("[  ]") its
# word, a clause or bracket that says it is not there or not needed ("niet nodig", ": nee",
# "n.v.t."), and words of a stay or a card brand, no document ("verblijfplaats", "Visa").
DUTCH_OPTIONS = [
    "Nummer paspoort/ID-kaart/verblijfsdocument: KP7Y3M2T5",
    "ID-kaart / verblijfsdocument nr. KP7Y3M2T5",
    "Legitimatiebewijs (paspoort, ID-kaart of verblijfsdocument): KP7Y3M2T5",
    "Passport/visa number: KP7Y3M2T5",
    "Passport / residence permit no.: KP7Y3M2T5",
    "Identiteitsbewijs (verblijfspas en/of paspoort), nummer KP7Y3M2T5",
    "Soort: ID-kaart [x] verblijfsdocument [ ] nummer KP7Y3M2T5",
    "Soort: ID-kaart (X) verblijfsdocument ( ) nummer KP7Y3M2T5",
    "[x] ID-kaart [  ] verblijfsdocument nummer KP7Y3M2T5",
    "ID-kaart: ja, verblijfsdocument: nee, nummer KP7Y3M2T5",
]
DUTCH_NEGATED = [
    "Identiteitskaart (geen werkvergunning nodig): KP7Y3M2T5",
    "Paspoort (visum niet nodig): KP7Y3M2T5",
    "Document: ID-kaart (verblijfsvergunning niet van toepassing), nr KP7Y3M2T5",
    "Kopie ID-kaart ontvangen, verblijfsvergunning niet nodig, documentnummer KP7Y3M2T5",
    "Identiteitsbewijs: Nederlands paspoort; verblijfstitel n.v.t.; nummer KP7Y3M2T5",
    "Passport (no work permit required): KP7Y3M2T5",
]
DUTCH_STAY = [
    f"Verblijfplaats {_FAKE.city()}, documentnummer KP7Y3M2T5",
    "Verblijfsadres Hotel Centraal, ID nummer KP7Y3M2T5",
    "Tijdens zijn verblijf in Spanje verloor hij zijn identiteitsbewijs, nieuw nummer KP7Y3M2T5",
    "ID-kaart van de partner (voor het verblijf): KP7Y3M2T5",
    "Betaalwijze: Visa, documentnummer KP7Y3M2T5",
    "Verblijfsduur 3 maanden, legitimatie nr. KP7Y3M2T5",
]
# ... while a list of residence options alone, a ticked residence box, a bracket naming the
# document and a visa's own number stay a residence document's.
RESIDENCE_TWINS = [
    "Verblijfsdocument / verblijfspas nr. KP7Y3M2T5",
    "Soort: ID-kaart [ ] verblijfsdocument [x] nummer KP7Y3M2T5",
    "[ ] ID-kaart [x] verblijfsdocument nummer KP7Y3M2T5",
    "Visa number: KP7Y3M2T5",
    "ID-kaart: nee, verblijfsdocument: ja, nummer KP7Y3M2T5",
    "Verblijfskaart (geldig tot 2030), nummer KP7Y3M2T5",
]


@pytest.mark.parametrize("text", DUTCH_OPTIONS + DUTCH_NEGATED + DUTCH_STAY)
def test_a_residence_word_that_decides_nothing_keeps_the_number(text: str) -> None:
    assert _documents(text) == ["KP7Y3M2T5"]


@pytest.mark.parametrize("text", RESIDENCE_TWINS)
def test_a_residence_word_that_decides_still_drops_the_number(text: str) -> None:
    assert _documents(text) == []

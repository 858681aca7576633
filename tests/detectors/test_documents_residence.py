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
]


@pytest.mark.parametrize("text", RESIDENCE)
def test_a_residence_documents_number_is_no_dutch_id_document(text: str) -> None:
    assert _documents(text) == []


@pytest.mark.parametrize("text", DUTCH)
def test_a_passport_or_id_card_named_nearer_keeps_the_number(text: str) -> None:
    assert _documents(text) == ["KP7Y3M2T5"]

"""A letter's title above its "Aan:"/"Datum:" block is its title (classify._above_header).

A letter laid out as a memo (a title, then "Aan:", "Datum:") was read as an e-mail, whose
title is only its subject line: the title that says what it is was lost, and a decision
letter about one person's VOG was typed by its body's words alone. Synthetic texts, written
for these tests in several layouts and both languages.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify, rule_verdict


def _item(name: str = "brief.txt") -> SourceItem:
    return SourceItem(path=f"/share/{name}", member=None, size=1,
                      modified=datetime(2026, 11, 30, tzinfo=UTC))


def _title(text: str) -> str:
    doc = rule_verdict(_item(), [TextChunk(text, "body")]).doc
    assert doc is not None
    return doc.title


@pytest.mark.parametrize("text, doc_type", [
    # a decision on a VOG application, by the screening authority, in a memo layout
    (("Dienst Justis - Besluit op aanvraag verklaring omtrent het gedrag\n\n"
     "Aan: mevrouw T. Koster\nDatum: 3 maart 2026\nKenmerk: 2026-4471\n\n"
     "Wij hebben uw aanvraag beoordeeld. Wij geven de verklaring niet af, omdat in het "
     "justitieel documentatiesysteem een strafbaar feit staat dat van belang is voor het doel "
     "waarvoor u de verklaring vraagt. U kunt binnen zes weken bezwaar maken bij ons."),
     "vog"),
    (("Justis, screeningsautoriteit\nVoornemen afwijzing VOG\n\nAan: de heer R. Kramer\n"
     "Datum: 14 januari 2026\n\nWij zijn van plan uw aanvraag af te wijzen. Wij hebben in de "
     "gegevens een antecedent gevonden dat past bij de risico's van de functie. U mag ons "
     "binnen twee weken uw mening geven, schriftelijk of per e-mail aan ons adres."),
     "vog"),
    (("Screening Authority Justis\nDecision on your application: certificate of conduct\n\n"
     "To: Ms P. Hendriks\nDate: 2 June 2026\n\nWe have assessed your application. We refuse "
     "to issue the certificate because the judicial records hold an offence that matters for "
     "the position you applied for. You may lodge an objection with us within six weeks of "
     "this letter; our address is given below."),
     "vog"),
    # a confirmation of employment sent to the new employee, in a memo layout
    (("Bevestiging indiensttreding\n\nAan: dhr. B. Smit\nDatum: 1 februari 2026\n\n"
     "Hierbij bevestigen wij dat u per 1 maart 2026 in dienst treedt als monteur, voor "
     "bepaalde tijd van zes maanden, met een proeftijd van een maand. Uw bruto maandsalaris "
     "en de cao staan in de bijlage. Teken deze brief voor akkoord en stuur hem terug."),
     "employment_contract"),
    # minutes with a distribution list: their title says what they are, however many
    # absence words they hold
    (("Notulen werkoverleg magazijn\n\nAan: alle medewerkers magazijn\nDatum: 9 april 2026\n\n"
     "Verzuim: twee collega's zijn ziek, de bedrijfsarts is op de hoogte. Herstel wordt "
     "verwacht binnen twee weken. Planning: de ploegen blijven zoals ze zijn. Rondvraag: "
     "geen punten. Volgende overleg op 7 mei, dezelfde tijd."),
     "other"),
])
def test_a_memo_layout_keeps_its_title(text: str, doc_type: str) -> None:
    assert classify(_item(), [TextChunk(text, "body")])[0] == doc_type


@pytest.mark.parametrize("text, title", [
    # a letterhead and a title above the block: both are the title's lines
    ("Connect B.V.\nVerslag gesprek verzuim\n\nAan: mw. S. Bos\nDatum: 2 mei 2026\n\nTekst.",
     "connect b.v.\nverslag gesprek verzuim"),
    # an e-mail opens with its header: only its subject is its title
    ("Van: a@voorbeeld.nl\nAan: b@voorbeeld.nl\nOnderwerp: rooster week 12\n\nHoi, hier is het.",
     "rooster week 12"),
    ("From: planning@example.com\nTo: staff@example.com\nSubject: Shifts\n\nHi all.",
     "shifts"),
    # a field above the header block ("Naam:") is no title
    ("Naam: Sam de Wit\nAan: salarisadministratie\nDatum: 3 mei 2026\n\nGraag wijzigen.", ""),
    # a sentence above the block is too long to be a title
    (("Wij schrijven u deze brief omdat wij bij de controle van de administratie van afgelopen "
     "maand een verschil hebben gevonden dat wij graag met u willen bespreken\nAan: dhr. Bos\n"
     "Datum: 4 mei 2026\n\nTekst."), ""),
])
def test_the_lines_above_the_block_are_the_title(text: str, title: str) -> None:
    assert _title(text) == title

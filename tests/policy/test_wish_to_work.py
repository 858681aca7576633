"""An application said as the writer's wish to work for or through the reader (doc_signals
motivation_letter.require_frames, issue #15 stop 36): a first-person wish, a few words, then a
job or joining the reader ("ik wil graag een vakantiebaan via jullie", "I'd love to join your
warehouse crew"). A wish about a shift, a day or a form is no application. Synthetic texts,
written for these tests, in both languages and several layouts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import rule_verdict


def _item(name: str = "bericht.txt") -> SourceItem:
    return SourceItem(path=f"/share/{name}", member=None, size=1,
                      modified=datetime(2026, 11, 30, tzinfo=UTC))


def _vetoed(text: str) -> bool:
    """Whether the rules veto `motivation_letter` for want of any required word."""
    verdict = rule_verdict(_item(), [TextChunk(text, "body")])
    return "motivation_letter" in verdict.vetoed


@pytest.mark.parametrize("text", [
    ("Hallo,\n\nIk ben Sem, 17 jaar. Ik wil graag een vakantiebaan via jullie, het liefst in een "
    "magazijn. Ik kan elke doordeweekse dag.\n\nGroetjes,\nSem Bakker"),
    ("Beste mensen,\n\nGraag wil ik in de zomer een bijbaantje in de bediening. Ik heb al "
    "ervaring bij een snackbar.\n\nGroet,\nLieke Mol"),
    ("Goedemiddag,\n\nIk zou graag bij u aan het werk gaan; ik heb tien jaar als heftruckchauffeur "
    "gewerkt.\n\nMet vriendelijke groet,\nKees Brouwer"),
    ("Hoi!\n\nIk ben op zoek naar een parttime baan naast mijn studie. Zaterdag en zondag kan ik "
    "altijd.\n\nLiefs,\nFenna"),
    ("Hi there,\n\nI'd love to join your warehouse crew this winter. I have a forklift licence "
    "and I'm available from Monday.\n\nThanks,\nJake Miller"),
    ("Hello,\n\nI would like to work for you as a cleaner in the evenings; I did this for four "
    "years at a hotel.\n\nKind regards,\nMaria Lopez"),
    ("Dear team,\n\nI'm looking for a part-time job in hospitality while I finish my degree.\n\n"
    "Best,\nSophie Turner"),
    ("Hello,\n\nI hope to start with your agency soon - I have driven vans for six years.\n\n"
    "Cheers,\nTom Baker"),
])
def test_a_wish_to_work_for_the_reader_lifts_the_veto(text: str) -> None:
    assert not _vetoed(text)


@pytest.mark.parametrize("text", [
    "Hoi planning,\n\nIk wil graag zaterdag een extra dienst draaien als dat kan.\n\nGroet,\nSem",
    ("Hoi,\n\nIk wil graag mijn adreswijziging doorgeven, het formulier zit in de bijlage.\n\n"
    "Groet,\nLieke"),
    "Hi,\n\nI would like to swap my Friday shift with Anna.\n\nThanks,\nJake",
    "Hello,\n\nI want to change my bank account for the payslips.\n\nKind regards,\nMaria",
])
def test_a_wish_about_a_shift_or_a_form_is_no_application(text: str) -> None:
    verdict = rule_verdict(_item(), [TextChunk(text, "body")])
    assert verdict.doc_type != "motivation_letter"
    assert _vetoed(text)


@pytest.mark.parametrize("text", [
    ("Beste HR,\n\nIk wil graag een werkplekaanpassing, mijn rug laat een gewone stoel niet meer "
     "toe.\n\nGroet,\nSanne de Vries"),
    "Beste HR,\n\nIk zou graag een functiewijziging bespreken.\n\nMet vriendelijke groet,\nDaan Smit",
    "Hoi Karin,\n\nIk ben op zoek naar een baanbrekend idee voor de teamdag.\n\nGroet,\nLisa Mol",
    ("Hallo,\n\nIk wil graag een stageplekbeoordeling invullen voor mijn stagiair.\n\nGroet,\n"
     "Bram Visser"),
    "Beste,\n\nGraag wil ik een functieomschrijving van mijn eigen rol.\n\nGroet,\nEva Jansen",
])
def test_a_job_word_inside_a_longer_word_is_no_job(text: str) -> None:
    """A job word is a whole word: "werkplekaanpassing" (an adjustment request, often
    medical) or "functiewijziging" in an e-mail to HR requires no application."""
    assert _vetoed(text)


@pytest.mark.parametrize("text", [
    "Beste,\n\nIk zoek een werkplek voor twee dagen per week in Utrecht.\n\nGroet,\nJoris de Boer",
    "Hallo,\n\nIk zou graag een functie in de logistiek willen.\n\nGroet,\nNina Bos",
])
def test_a_whole_job_word_still_lifts_the_veto(text: str) -> None:
    assert not _vetoed(text)


@pytest.mark.parametrize("text", [
    ("Beste,\n\nIk wil graag een afspraak maken bij u voor volgende week.\n\nGroet,\n"
     "Sanne de Vries"),
    "Goedemorgen,\n\nIk wil graag bij u langskomen om de offerte te bespreken.\n\nGroet,\nTim Kok",
    ("Geachte heer Bakker,\n\nIk wil graag voor uw begrip vragen nu de levering later is.\n\n"
     "Met vriendelijke groet,\nFleur Dekker"),
    "Hoi,\n\nIk zou graag via jullie een pakket terugsturen.\n\nGroet,\nRuben Hendriks",
    "Beste,\n\nGraag wil ik bij u mijn klacht melden over de rekening.\n\nGroet,\nAnouk Meijer",
])
def test_a_wish_bij_u_without_a_work_verb_is_no_application(text: str) -> None:
    """A wish "bij/via/voor u" counts only with a work verb or a job word: an appointment, a
    visit, a complaint or "voor uw begrip" requires no application."""
    assert _vetoed(text)


@pytest.mark.parametrize("text", [
    "Beste,\n\nIk wil graag bij jullie werken als kok.\n\nGroet,\nJesse van Dijk",
    "Hallo,\n\nIk zou graag via u aan de slag gaan als schoonmaker.\n\nGroet,\nIlse Vos",
    "Goedendag,\n\nIk wil graag voor u werken in de avonduren.\n\nGroet,\nSem Peters",
    "Beste,\n\nIk wil graag solliciteren bij jullie, mijn cv volgt.\n\nGroet,\nNoor Willems",
    "Hoi,\n\nIk zou graag bij jullie stage lopen dit voorjaar.\n\nGroet,\nMila de Graaf",
])
def test_a_wish_to_work_bij_u_still_lifts_the_veto(text: str) -> None:
    assert not _vetoed(text)

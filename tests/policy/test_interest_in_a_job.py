"""An application said as the writer's interest in a job the reader offers (doc_signals
motivation_letter.require_frames): "met belangstelling heb ik de vacature ... gelezen", "ik heb
grote interesse in de functie", "I read your vacancy with great interest" has no "solliciteer"
or "apply" in it, yet applies. Interest in something that is no job of the reader's (a
newsletter, a training, a house) is no application, and a recruiter's reply to an
application stays no letter of one. Synthetic texts in both languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify_verdict, rule_verdict

ITEM = SourceItem(path="/share/brief.txt", member=None, size=1,
                  modified=datetime(2026, 11, 30, tzinfo=UTC))


def _verdict(text: str):  # type: ignore[no-untyped-def]
    return rule_verdict(ITEM, [TextChunk(text, "body")])


def _type(text: str) -> str:
    """The type the scan gives: the rules, and the learned model where they are unsure
    (no longer barred from a letter that states no required word)."""
    return classify_verdict(ITEM, [TextChunk(text, "body")])[0]


@pytest.mark.parametrize("text", [
    ("Geachte mevrouw Smit,\n\nMet belangstelling heb ik de vacature Financieel Administrateur "
     "bij Hoekstra Bouw gelezen. Ik werk zes jaar als crediteurenadministrateur.\n\nIk kom graag "
     "langs voor een gesprek.\n\nMet vriendelijke groet,\nNoah de Graaf"),
    ("Beste Tim,\n\nIk heb grote interesse in de functie van planner die je noemde. Ik plan nu "
     "drie jaar de ritten van een koeriersbedrijf.\n\nGroet,\nYara Koster"),
    ("Dear Mr Evans,\n\nWith great interest I read your vacancy for a payroll specialist. For "
     "five years I have run the payroll of a 300-person firm.\n\nKind regards,\nLiam Carter"),
    ("Hello Emma,\n\nI am very interested in the warehouse lead role you posted last week; I "
     "have led a night shift of twelve pickers.\n\nBest wishes,\nOlivia Brooks"),
])
def test_interest_in_the_readers_job_is_an_application(text: str) -> None:
    assert "motivation_letter" not in _verdict(text).vetoed
    if "vacancy" in text or "vacature" in text:  # (a two-line note is left to the learned
        assert _type(text) == "motivation_letter"  # model, which decides on longer texts)


@pytest.mark.parametrize("text", [
    ("Beste Tim,\n\nIk heb grote interesse in de training Veilig Heffen die jullie in maart "
     "geven. Kan ik me nog aanmelden?\n\nGroet,\nYara Koster"),
    ("Hello Emma,\n\nI am very interested in the newsletter you mentioned, please add me.\n\n"
     "Best wishes,\nOlivia Brooks"),
    ("Geachte heer De Graaf,\n\nMet belangstelling hebben wij uw sollicitatie gelezen. Helaas "
     "moeten wij u meedelen dat wij voor een andere kandidaat hebben gekozen.\n\n"
     "Met vriendelijke groet,\nP. Smit, HR"),
])
def test_interest_in_no_job_or_a_reply_to_one_is_no_application(text: str) -> None:
    assert _type(text) != "motivation_letter"

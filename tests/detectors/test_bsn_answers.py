"""Issue #14, a BSN given in answer: a chat or a mail thread asks for someone's BSN, and a
later message gives the number without the word. Nothing between the question and the
number names another number, or is one."""

from __future__ import annotations

import pytest

from detectors import detect

BSN = "232262536"


def _found(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN"]


@pytest.mark.parametrize("text", [
    # a WhatsApp paste: asked, then answered two messages on
    ("[14-03 09:12] Kim Jansen: heb jij het bsn van Sanne Bakker?\n"
     "[14-03 09:20] Ron Visser: even kijken\n"
     f"[14-03 09:31] Ron Visser: Sanne Bakker? staat in ats: {BSN}\n"),
    # a Teams chat: the message heads are a name and a time
    ("Lotte de Graaf 10:02\nbsn van de nieuwe orderpicker heb ik nog niet\n"
     "Mehmet Yilmaz 10:05\nnee staat al in het systeem, niet hier zetten aub\n"
     f"Lotte de Graaf 10:07\nsorry 🙈 had hem al: {BSN}\n"),
    # a mail thread: a request, then the number in the reply
    ("Van: Planning\nKun je mij het burgerservicenummer van dhr. Kowalski sturen voor de "
     "loonadministratie.\n\nVan: Vestiging Tilburg\nDie heeft hij gisteren op het "
     f"intakeformulier gezet, {BSN} volgens mij.\n"),
])
def test_a_bsn_given_in_answer(text: str) -> None:
    assert _found(text) == [BSN]


@pytest.mark.parametrize("text", [
    # the answer names its number as another kind
    ("[09:12] Kim: wat is het bsn van Sanne?\n"
     f"[09:20] Ron: weet ik niet, haar personeelsnummer is {BSN}\n"),
    # another number answered the question first
    ("[09:12] Kim: wat is het bsn van Sanne?\n[09:20] Ron: bel 06 1234 5678\n"
     f"[09:21] Ron: of order {BSN} checken\n"),
    # no question, no request and no chat: a remark about the BSN, then a number
    f"Het BSN staat in het dossier. De pas met nummer {BSN} is ingeleverd.",
])
def test_a_number_that_answers_no_bsn_question(text: str) -> None:
    assert _found(text) == []

"""The form marker words the learned type model reads before a document's text."""

from __future__ import annotations

import pytest

from scanner.policy.doc_structure import MARK, structure
from scanner.policy.learned_type import fields


def _words(text: str) -> set[str]:
    return {w.removeprefix(MARK) for w in structure(text.lower()).split()}


@pytest.mark.parametrize("text, present, absent", [
    # an export: a table of many rows (';' or '|' or tab cells)
    ("naam;afdeling;uren\n" + "".join(f"medewerker {n};magazijn;{n}\n" for n in range(12)),
     {"rowsmany"}, {"greeting", "email"}),
    # an e-mail: a Van:/Aan: header
    (("Van: hr@bedrijf.example\nAan: sanne@bedrijf.example\nOnderwerp: rooster\n\nHoi Sanne,\n"
     "Het rooster staat klaar.\nGroet,\nPeter"), {"email", "greeting", "closing"}, {"rowsfew"}),
    # a letter in the first person: greeting, closing, "ik"
    (("Geachte heer Bakker,\n\nMet deze brief solliciteer ik naar de functie; mijn cv is "
     "bijgevoegd.\n\nMet vriendelijke groet,\nAnna de Vries"), {"greeting", "closing", "firstone"},
     {"email"}),
    # a record: many "Label: value" fields, dates, one other person
    (("Verzuimregistratie\nNaam: P. Jansen\nAfdeling: magazijn\nZiek gemeld: 03-03-2025\n"
     "Hersteld: 17-03-2025\nToelichting: de medewerker is hersteld."), {"fieldsfew", "datesone",
                                                                          "otherone"}, {"email"}),
    # a text to a group: "medewerkers", "u", "wij"
    (("Alle medewerkers melden zich ziek voor 9 uur. Wij vragen u dat telefonisch te doen; "
     "u belt uw leidinggevende."), {"groupfew"}, {"firstone", "greeting"}),
    ("Dear Sam,\nI attach my CV for the role.\nKind regards,\nAnna", {"greeting", "closing",
                                                                       "firstone"}, {"email"}),
])
def test_the_form_of_a_document(text: str, present: set[str], absent: set[str]) -> None:
    words = _words(text)
    assert present <= words and not absent & words


def test_marker_words_are_no_text_words_and_come_first() -> None:
    from datetime import UTC, datetime

    from scanner.models import SourceItem, TextChunk
    from scanner.policy.classify import rule_verdict

    item = SourceItem(path="/x/brief.txt", member=None, size=1, modified=datetime(2026, 3, 1,
                                                                                   tzinfo=UTC))
    verdict = rule_verdict(item, [TextChunk("Beste Sanne,\nik ben ziek.\nGroet,\nPiet", "body")])
    assert verdict.doc is not None
    body = fields(verdict.doc)["b"]
    assert body.startswith(f"{MARK}greeting") and body.endswith(verdict.doc.text)
    assert not any(w.startswith(MARK) for w in verdict.doc.tokens)  # the rules never see them

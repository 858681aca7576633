"""Evidence carries the label it was read under (word and kind), and readers ask that field,
never the words of ``why``; a line above longer than the reach is read by its own last
characters, never from the text's first line. Own synthetic cases (11-check-valid numbers)."""

from __future__ import annotations

import pytest

from detectors import contact, context, dates
from detectors.context import Evidence
from detectors.label_above import boxes_under_a_heading, line_above
from detectors.labels import Label


def _label(entity: str, text: str, value: str) -> Label | None:
    ev = context.label_evidence(entity, text, text.index(value))
    return None if ev is None else ev.label


@pytest.mark.parametrize(("entity", "text", "value", "want"), [
    ("NL_BSN", "BSN: 963408756", "963408756", Label("bsn", "context")),
    ("NL_BSN", "Burgerservicenummer\n714058361", "714058361", Label("burgerservicenummer", "context")),
    ("DATE_OF_BIRTH", "Geboortedatum: 24-06-1985", "24-06-1985", Label("geboortedatum", "context")),
    ("DATE_OF_BIRTH", "Date of birth 03/11/1979", "03/11/1979", Label("date of birth", "context")),
    # a word a break split is read joined, as its label
    ("NL_BSN", "Burger- servicenummer: 963408756", "963408756",
     Label("burgerservicenummer", "context")),
    # another kind of number's label: a decoy, its word kept with its kind
    ("NL_BSN", "Personeelsnummer: 164592386", "164592386", Label("personeelsnummer", "decoy")),
    ("PHONE_NUMBER", "Factuurnummer 0612345678", "0612345678", Label("factuurnummer", "decoy")),
])
def test_label_evidence_carries_its_label(entity: str, text: str, value: str, want: Label) -> None:
    assert _label(entity, text, value) == want


@pytest.mark.parametrize("pad", [28, 30, 32])
def test_a_phrase_the_window_cut_is_carried_whole(pad: int) -> None:
    """The label window holds the last characters of a line: a context phrase it cut ("...b.
    datum") is the phrase the text holds, not the cut word its reason names."""
    text = "Geb. datum " + "x" * pad + ": 24-06-1985"
    ev = context.label_evidence("DATE_OF_BIRTH", text, text.index("24-06"))
    assert ev is not None and ev.why == "label '...datum'"
    assert ev.label == Label("geb. datum", "context")


def test_no_label_is_none() -> None:
    ev = context.context_evidence("NL_BSN", "963408756", 0, 9)
    assert ev.label is None


# Readers read the label, not the reason's words: a reason that names a label is no label.
def test_boxes_read_the_label_not_the_reason() -> None:
    text = "Rijbewijs categorieën behaald per jaar\n1 2 0 3 1 9 9 0"
    start, end = text.index("1 2"), len(text)
    assert boxes_under_a_heading(text, start, end, Label("rijbewijs", "context"))
    assert not boxes_under_a_heading(text, start, end, None)


def test_passed_date_reads_the_label_not_the_reason() -> None:
    text = "Geboren 1985 te Zwolle, verhuisd op 24-06-2001"
    start = text.index("24-06")
    read = Evidence(0.95, "", Label("geboren", "context"))
    named = Evidence(0.95, "label 'geboren'")  # (a reason alone: nothing to read)
    assert dates._label_passed_a_date(text, start, read)
    assert not dates._label_passed_a_date(text, start, named)


def test_another_clause_reads_the_decoy_label_not_the_reason() -> None:
    text = "btw, the turkish one 0612345678"
    start = text.index("06")
    assert contact._decoy_labels_another(text, start, Evidence(0.05, "", Label("btw", "decoy")))
    assert not contact._decoy_labels_another(text, start, Evidence(0.05, "decoy label 'btw'"))
    assert not contact._decoy_labels_another(text, start, Evidence(0.05, "", Label("btw", "context")))


# A value under a line longer than the reach: that line's last characters are its label, past
# a blank line, a mark or a page's footer, whatever digits the text's first lines hold.
_PROSE = "De medewerker heeft het formulier ingevuld en op tijd teruggestuurd aan de afdeling. " * 6
_LONG_LINE_CASES = [
    ("Dossier 2024-118\n" + _PROSE + "Burgerservicenummer:\n\n963408756", "963408756", "NL_BSN"),
    ("Ref. 17\n" + _PROSE + "Mijn BSN is\n|\n714058361", "714058361", "NL_BSN"),
    ("Week 12 overleg\n" + _PROSE + "Geboortedatum:\n\n24-06-1985", "24-06-1985", "DATE_OF_BIRTH"),
    ("Page 3 of 9\n" + _PROSE + "date of birth\n\n03/11/1979", "03/11/1979", "DATE_OF_BIRTH"),
    ("Kamer 4.02\n" + _PROSE + "Citizen service number:\n\n\n164592386", "164592386", "NL_BSN"),
    ("> Op 3 mei schreef X:\n> " + _PROSE + "sofinummer\n>\n> 748132697", "748132697", "NL_BSN"),
    ("Versie 2\n" + _PROSE + "burgerservicenummer\nPagina 1 van 2\n963408756", "963408756", "NL_BSN"),
    ("Team 7\n" + _PROSE * 2 + "Geboren op\n\n12-03-1990", "12-03-1990", "DATE_OF_BIRTH"),
]


@pytest.mark.parametrize(("text", "value", "entity"), _LONG_LINE_CASES)
def test_a_long_line_above_is_read_by_its_end(text: str, value: str, entity: str) -> None:
    label = _label(entity, text, value)
    assert label is not None and label.kind == "context"


@pytest.mark.parametrize(("text", "value", "entity"), _LONG_LINE_CASES)
def test_line_above_never_reads_past_its_reach(text: str, value: str, entity: str) -> None:
    start = text.index(value)
    newline = text.rfind("\n", 0, start)
    above = line_above(text, newline, 40)
    assert above and "\n" not in above and len(above) <= 40


def test_initials_after_a_label_carry_it() -> None:
    from detectors import person_initials

    found = list(person_initials.listed("Notulist: JK\nAanwezig: PB en MvdB\n"))
    assert [ev.label for *_, ev in found] == [
        Label("notulist", "context"), Label("aanwezig", "context"), Label("aanwezig", "context")]


@pytest.mark.parametrize(("text", "value", "word"), [
    ("Brief uit Antwerpen, België.\nU kunt ons bereiken op tel. 014 40 86 11 tijdens kantooruren.",
     "014 40 86 11", "tel."),
    ("Kantoor Gent (België)\nTelefoon: 09 223 41 87", "09 223 41 87", "telefoon"),
])
def test_a_number_abroad_keeps_its_label(text: str, value: str, word: str) -> None:
    """A number a country the text names holds (phone_abroad) adds to its reason and keeps
    the label it was read under."""
    start = text.index(value)
    ev = contact._abroad(text, start, start + len(value))
    assert ev is not None and ev.label is not None and ev.label.word == word

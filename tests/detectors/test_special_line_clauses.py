"""Where a statement's clause starts in forms and transcripts (issue #15, stop 36).

A line break with no mark is no sentence end in wrapped prose, so a term's clause used to
reach back into the line before: a form's field ("Functie: verpleegkundige", "Medewerker:
...") put its job word into the next line's statement and ruled it out, and a transcript
line's "[21:48] Ronald:" stood between a message's own subject and its term. A field line ends
its clause when the next line opens a sentence with a capital; a transcript's time and
speaker are no words of the message (special_rules.clause_start). Wrapped prose (a value
continued in lower case) and the field lines themselves read as before; of short lines only a
document's first (its title) ends a clause; a named asker of an
indirect question ("Ilse wil weten wie er ...") states nothing about herself. All names are
made up.
"""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

FOUND = [
    # a person field, then a statement about the person
    ("Medewerker: Wim Dekker\nWim is slechthorend; het alarm krijgt een lamp.", "nl",
     "slechthorend"),
    ("Employee: Tom Baker\nTom has diabetes and keeps glucose tablets at his desk.", "en",
     "diabetes"),
    # a job field whose job word would rule a health term out ("verpleegkundige ... zorg")
    ("Functie: verpleegkundige\nSara heeft een burn-out.", "nl", "burn-out"),
    ("Role: care assistant\nMaria has depression and works mornings only.", "en",
     "depression"),
    # a form's author with a role word, then the statement
    ("Ingevuld door: Lisa (preventie)\nAnouk Meijer heeft een RSI-klacht.", "nl", "RSI"),
    # a transcript's time and speaker, then a message about a named colleague
    ("Groepsapp nachtdienst\n[21:48] Ronald: Marco is weer ziek, zijn hernia speelt op.", "nl",
     "hernia"),
    ("Chat export\n03-02-2026 09:12 - Tom: Aylin called, her migraine is back.", "en",
     "migraine"),
    ("[07:15] Joke: Pieter belde af, hij heeft griep en koorts.", "nl", "koorts"),
]
NOT_FOUND = [
    # the field lines themselves: a job and a care sector, no one's health
    ("Functie: verpleegkundige diabeteszorg\nAfdeling: interne geneeskunde", "nl"),
    ("Werkervaring: 2019-2021 verpleegkundige\nOncologie, Erasmus MC Rotterdam", "nl"),
    ("Experience: support worker\nMental health services, 2018-2021", "en"),
    # a transcript about a policy, no one's
    ("[10:02] Ilse: de nieuwe regeling voor zwangerschapsverlof staat op intranet", "nl"),
]


@pytest.mark.parametrize("text, language, term", FOUND)
def test_a_statement_after_a_field_or_speaker_line_is_found(text: str, language: str,
                                                            term: str) -> None:
    found = [text[m.start : m.end] for m in find_special(text, language)
             if m.entity == "SPECIAL_HEALTH"]
    assert any(term.lower() in f.lower() for f in found), found


@pytest.mark.parametrize("text, language", NOT_FOUND)
def test_the_field_lines_themselves_stay_no_ones(text: str, language: str) -> None:
    assert [m for m in find_special(text, language) if m.entity == "SPECIAL_HEALTH"] == []


# with the speaker out of the clause, a named asker is the clause's subject: an indirect
# question about whoever ("wie er", "vraagt wie") keeps the term no one's
ASKED = [
    ("[08:00] Priya: Ilse wil weten wie er met Divali vrij wil.", "SPECIAL_RELIGION"),
    ("[09:10] Anton: Kees vraagt wie er tijdens de ramadan een dienst wil ruilen.",
     "SPECIAL_RELIGION"),
    ("[16:20] Ruud: Eva vroeg wie er kosher eet, voor de lunch.", "SPECIAL_RELIGION"),
    ("[14:00] Lies: Mirjam wil weten wie er Suikerfeest viert, voor de planning.",
     "SPECIAL_RELIGION"),
]
TOLD = [
    ("[08:00] Priya: Ilse viert Divali met haar familie.", "SPECIAL_RELIGION"),
    ("[11:30] Noor: Jan is lid van de FNV.", "SPECIAL_TRADE_UNION"),
]


@pytest.mark.parametrize("text, entity", ASKED)
def test_a_named_asker_of_whoever_states_nothing(text: str, entity: str) -> None:
    assert [m for m in find_special(text, "nl") if m.entity == entity] == []


@pytest.mark.parametrize("text, entity", TOLD)
def test_a_named_subject_in_a_transcript_line_is_found(text: str, entity: str) -> None:
    assert [m for m in find_special(text, "nl") if m.entity == entity] != []


# only a document's first line is a title that ends its clause: a short line further on is
# an entry of a list, its words still the next entry's context (a school's name)
def test_a_short_line_further_on_is_no_title() -> None:
    text = ("Naam: Samira Bouali\n\nopleidingen\nVMBO-kader – Techniek College\n"
            "Mavo – Christelijk Lyceum Oost\n")
    assert [m for m in find_special(text, "nl") if m.entity == "SPECIAL_RELIGION"] == []

"""A health term on a line that tells a named worker's absence is that worker's sickness cause.

Shop-floor notes say who is away and why in a few words, with no verb that ties the term to
the person: "di – Fatima ziek (longontsteking) → Wendy vult in", "Mark called in sick,
migraine again", "[07:02] Piotr: chory, enkelband gescheurd". The term's sentence has only a
name before an absence word (rules.toml ``absent_words``) and the term after it through words
that give a cause (``absent_links``), so the health term is the absent person's, and the cause
of the absence (AP, "De zieke werknemer": the employer may
record that someone is ill, not why).
https://autoriteitpersoonsgegevens.nl/themas/werk-en-uitkering/ziekte-op-het-werk
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from detectors.spans import line_start_within
from detectors.special_lexicon import Lexicon
from detectors.special_link import has_name
from detectors.special_partner import SPEAKER
from detectors.special_rules import is_negated, norm
from detectors.special_sentences import sentence

HEALTH = "SPECIAL_HEALTH"
# the writer's own words ("ik ben ziek, mijn astma") are a letter's or a CV's as well: not here
ABOUT_OTHERS = ("term_only", "third_person", "linked", "cause")
LINE_REACH = 200  # characters of a line read either side of the term: one note, not a page
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# one word listed between commas before the term: "chory, zapalenie, griep"
LIST_ITEM = re.compile(r"(?<=[,(])[^\S\n]*[^\W\d_][\w'’-]*[^\S\n]*(?=[,)])")
# what opens one item of a note before its name: "di –", "wo |", "Notes:", a tab, a comma
ITEM_OPENER = re.compile(r"[:|\t,;(•→]|\s[-–—]\s")
NAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "el", "al",
                            "bin", "da", "du", "le", "la", "von"})


class Term(Protocol):
    """What is read of a match (special_category.SpecialMatch)."""

    @property
    def entity(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def term(self) -> str: ...
    @property
    def rule_key(self) -> str: ...
    @property
    def status(self) -> bool: ...
    @property
    def open(self) -> bool: ...


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding text[start:end], at most LINE_REACH either side (read
    back at most LINE_REACH: thousands of terms on one unbroken line stay linear).

    >>> line_around("a\\nFatima ziek (griep)\\nb", 15, 20)
    (2, 21)
    """
    lo = line_start_within(text, start, LINE_REACH)
    hi = text.find("\n", end, end + LINE_REACH)
    return lo, (hi if hi >= 0 else min(len(text), end + LINE_REACH))


def _absent_before(text: str, lo: int, start: int, lex: Lexicon) -> list[re.Match[str]]:
    """The absence words of text[lo:start] that tell an absence ("ziek", "called in sick"):
    not under a negation ("niet ziek"), not a figure ("ziek van"), not denied after it
    ("ziek? Nee hoor"), and the term reached from it through only the words that give a
    cause (rules.toml absent_links: "ziek (griep)", "afgemeld ivm migraine"), so "absent
    from the quiz; the answer was diabetes" and "thuis met zijn zoontje, die heeft griep"
    (a relative's, a resident's illness) are none."""
    out = []
    for m in lex.phrases["absent_words"].finditer(text, lo, start):
        if is_negated(text, m.start(), lex) \
                or lex.phrases["absent_figures"].match(text, m.start()) is not None \
                or lex.phrases["absent_denials"].match(text, m.end()) is not None:
            continue
        gap = lex.phrases["absent_words"].sub(" ", text[m.end() : start])
        gap = LIST_ITEM.sub(" ", lex.phrases["absent_links"].sub(" ", gap))
        if WORD.search(gap) is None:
            out.append(m)
    return out


def _only_name(part: str, lex: Lexicon) -> bool:
    """``part`` (the words before an absence word, after the last mark that opens a note's
    item: "di –", "wo |", "Notes:") is a name and at most the words that join it to the
    absence word ("Sem heeft zich afgemeld", "Tom was absent")."""
    items = [i.strip(" \"'") for i in ITEM_OPENER.split(part)]
    if items[-1] == "" and len(items) > 1:
        # the absence word opens a cell of a row whose earlier cell is a name:
        # "60021","Noor Bakker","2026-02-03","ziek - griep"
        return any(i and _is_name(i, lex) for i in items[:-1])
    return _is_name(items[-1], lex)


def _is_name(item: str, lex: Lexicon) -> bool:
    rest = lex.phrases["absent_joins"].sub(" ", item)
    return has_name(item) and all(w[0].isupper() or w in NAME_PARTICLES
                                  for w in WORD.findall(rest))


def _another_subject(part: str, lex: Lexicon) -> bool:
    """A subject other than the chat speaker before her absence word: a name, "hij",
    "collega", a resident ("[08:00] Anouk: bewoner kamer 3 ziek")."""
    return has_name(part) or lex.phrases["not_workers"].search(part) is not None or any(
        lex.trigger_kind[norm(t.group())] == "third_person" for t in lex.triggers.finditer(part))


def absence_line(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """Whose absence the term's sentence tells: "other" when only a name stands before an
    absence word that the term follows ("di – Fatima ziek (longontsteking)") or opens a cell
    of a row that names someone, "speaker" when no other subject stands before the absence
    word in a chat message ("[07:02] Piotr: chory, enkelband gescheurd": the writer's own
    words, as "ik"; not "[08:00] Anouk: bewoner kamer 3 ziek"), else None. A bare "uitval", "afwezig" with no name right
    before it ("Afwezig: Tom, Lisa", "Uitval lijn 3 door storing") tells no one's."""
    line_lo, _ = line_around(text, start, end)
    lo = max(line_lo, sentence(text, start, end)[0])
    speaker = SPEAKER.match(text, line_lo, start)
    body = speaker.end() if speaker is not None else lo
    whose = None
    if lex.phrases["not_workers"].search(text, lo, start) is not None:
        return None  # "zorg voor zieke bewoner (diabetes)", "haar moeder is ziek (kanker)"
    for m in _absent_before(text, lo, start, lex):
        if _only_name(text[max(lo, body) : m.start()], lex):  # the speaker is no cell
            return "other"
        if speaker is not None and body >= lo and has_name(text[line_lo:body]) \
                and not _another_subject(text[body : m.start()], lex):
            whose = "speaker"
    return whose


def absence_causes(text: str, matches: Sequence[Term], lex: Lexicon) -> dict[int, str]:
    """The health matches about someone else or about no one yet (term-only) on a line that
    tells a worker's absence, by index: whose ("other", "speaker": absence_line)."""
    out = {}
    for i, m in enumerate(matches):
        if m.entity == HEALTH and m.rule_key in ABOUT_OTHERS and not m.status \
                and m.term not in lex.absence:
            whose = absence_line(text, m.start, m.end, lex)
            if whose is not None:
                out[i] = whose
    return out

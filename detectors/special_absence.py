"""A health term on a line that tells a named worker's absence is that worker's sickness cause.

Shop-floor notes say who is away and why in a few words, with no verb that ties the term to
the person: "di – Fatima ziek (longontsteking) → Wendy vult in", "Mark called in sick,
migraine again", "[07:02] Piotr: chory, enkelband gescheurd". The line names someone and says
that someone is away ill (rules.toml ``absent_words``), so the health term on it is the
absent person's, and the cause of the absence (AP, "De zieke werknemer": the employer may
record that someone is ill, not why).
https://autoriteitpersoonsgegevens.nl/themas/werk-en-uitkering/ziekte-op-het-werk
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from detectors.special_lexicon import Lexicon
from detectors.special_link import has_name
from detectors.special_partner import SPEAKER
from detectors.special_rules import is_negated

HEALTH = "SPECIAL_HEALTH"
# the writer's own words ("ik ben ziek, mijn astma") are a letter's or a CV's as well: not here
ABOUT_OTHERS = ("term_only", "third_person", "linked", "cause")
LINE_REACH = 200  # characters of a line read either side of the term: one note, not a page


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


def line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding text[start:end], at most LINE_REACH either side.

    >>> line_around("a\\nFatima ziek (griep)\\nb", 15, 20)
    (2, 21)
    """
    lo = max(text.rfind("\n", 0, start) + 1, start - LINE_REACH)
    hi = text.find("\n", end, end + LINE_REACH)
    return lo, (hi if hi >= 0 else min(len(text), end + LINE_REACH))


def absence_line(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """Whose absence the term's line tells: "other" when it names someone (not only its chat
    speaker) and says someone is away ill ("ziek", "called in sick"), "speaker" when only a
    chat line's speaker is named (the writer's own words, as "ik"), else None. Not under a
    negation ("niet ziek") nor as a figure ("ziek van", "sick of")."""
    lo, hi = line_around(text, start, end)
    if not any(not is_negated(text, m.start(), lex)
               and lex.phrases["absent_figures"].match(text, m.start()) is None
               for m in lex.phrases["absent_words"].finditer(text, lo, hi)):
        return None
    speaker = SPEAKER.match(text, lo, start)
    body = speaker.end() if speaker is not None else lo
    if has_name(text[body:start]) or has_name(text[end:hi]):
        return "other"
    return "speaker" if body > lo and has_name(text[lo:body]) else None


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

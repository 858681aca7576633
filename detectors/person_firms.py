"""A firm the document names after its founder, then by the surname alone.

"inlener Elektrotechniek Van Kessel BV ... Uitvoerder Bas Hermans (Van Kessel) ... Van Kessel
heeft alle doorlussingen laten verwijderen"; "projectleider Bouwbedrijf Dijkhuis ... Wojciech
heeft eerder voor Dijkhuis gewerkt": where the text writes a surname as a firm's name (after
a trade's head, before a trade word or a legal form) and no full name of a person bears it,
the surname alone after it is the firm too. A weak guess (a prose reading, a repeat) is dropped; a
title or a field keeps it a person ("dhr. Dijkhuis", "Naam: Dijkhuis").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from detectors.base import EXPLANATION_KEY
from detectors.person_shape import LEGAL_FORM, PARTICLES
from detectors.presidio_light import RecognizerResult

# the readings a bare surname may stand on that the firm's name in the text overrules
WEAK = ("prose", "name seen in full", "name found alone elsewhere")
# particles written before a surname ("Van Kessel", "van der Heijden"), read back from it
_PARTICLES_BEFORE = regex.compile(
    r"(?:(?<![\p{L}'’])(?:" + "|".join(sorted((regex.escape(p) for p in PARTICLES), key=len,
                                              reverse=True))
    + r")[ ]+)+\Z", regex.IGNORECASE)
# a legal form after the name: "Van Kessel BV", "Dijkhuis B.V.", "Jansen Holding"
_LEGAL_FORM_AFTER = regex.compile(r"[ ]+(?:" + LEGAL_FORM + r"|Holding(?![\w.]))")

Predicate = Callable[[str, int], bool]


def without_firm_surnames(text: str, results: Sequence[RecognizerResult],
                          org_before: Predicate, trade_after: Predicate
                          ) -> list[RecognizerResult]:
    """The results less a bare surname, weakly read, that the text writes elsewhere as a
    firm's name, where no fuller name found (a first name, initials) holds the word.
    ``org_before(text, start)``: a trade's or an organisation's head before a name;
    ``trade_after(text, end)``: a trade word after it (person.py)."""
    bare: list[tuple[RecognizerResult, str]] = []
    persons: set[str] = set()  # every word of a fuller name: "Dewi" of "Dewi Sastro"
    for r in results:  # (one pass: a dense text has a thousand results)
        name = text[r.start:r.end]
        if " " not in name:
            if _weak(r):
                bare.append((r, name))
            continue
        words = name.split()
        if all(w.lower() in PARTICLES for w in words[:-1]):  # "Van Kessel"
            if _weak(r):
                bare.append((r, words[-1]))
        else:
            persons.update(words)
    firms: dict[str, int | None] = {}
    dropped = set()
    for r, core in bare:
        if core in persons:
            continue
        if core not in firms:
            firms[core] = _first_as_firm(text, core, org_before, trade_after)
        first = firms[core]
        # the text names the firm first and then shortens it; a person met before a firm
        # that bears their name ("Gesprek met Okonkwo ... richting Okonkwo Bouw") stays
        if first is not None and first <= r.start:
            dropped.add(id(r))
    return [r for r in results if id(r) not in dropped] if dropped else list(results)


def _weak(r: RecognizerResult) -> bool:
    return r.recognition_metadata[EXPLANATION_KEY].startswith(WEAK)


def _first_as_firm(text: str, core: str, org_before: Predicate,
                   trade_after: Predicate) -> int | None:
    """Where the surname first stands in the text as a firm's name (None: nowhere): its head
    before it ("Bouwbedrijf Dijkhuis", "Elektrotechniek Van Kessel"), a trade word or a
    legal form after it ("Dijkhuis Transport", "Van Kessel BV")."""
    # (str.find, not a pattern per surname: a dense text has dozens of bare surnames)
    at = text.find(core)
    while at >= 0:
        end = at + len(core)
        if _whole(text, at, end):
            particles = _PARTICLES_BEFORE.search(text, max(0, at - 20), at)
            start = particles.start() if particles is not None else at
            if (org_before(text, start) or trade_after(text, end)
                    or _LEGAL_FORM_AFTER.match(text, end) is not None):
                return start
        at = text.find(core, end)
    return None


def _whole(text: str, start: int, end: int) -> bool:
    """The surname found is a word of its own, not part of a longer one or a compound."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalpha() or before in "-'’") and not (after.isalpha() or after == "-")

"""PERSON: the one a wish or a thanks is said to, named at the sentence's end ("Thank you,
Tes!", "Welkom in het team, Zarmina!", "Succes morgen, Nazdar!") or right after it ("Welkom
Abdel!", "dank Nata.").

A sentence that opens with thanks, a welcome, congratulations or a wish (person.toml
vocative_openers) and closes on a comma, one capitalised word and "!" or "?" calls that word
by name: a person's, however rare the name. Not a common word, a place or a word the
hand lists keep out ("Thanks, Amsterdam!" is no one; person.py's place filter runs after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from detectors.context import Evidence, scores
from detectors.person_names import (
    alone_first_names,
    common_words,
    first_names,
    is_name_shaped,
    person_words,
    surname_listed,
)


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each name a wish or a thanks is said to."""
    ev = Evidence(scores("PERSON").extra["first_alone"] + 0.1, "called by name")
    called = [m.span(1) for m in _vocative().finditer(text)] if (
        "!" in text or "?" in text) else []
    short = person_words()["thanks_openers"]
    # (right after a chat's short thanks only a listed first name: "thx Dyson" thanks a brand)
    thanked = [m.span(2) for m in _thanked().finditer(text) if m.group(2) in first_names() or (
        m.group(1).lower() not in short and not surname_listed(m.group(2)))]
    # (stop 76) a first name signing a note glued to its dash at the line's end, after a
    # sentence or alone ("... even langs geweest voor koffie. -Joris", "-Joris")
    signed = [m.span(1) for m in _GLUED_DASH.finditer(text) if m.group(1) in alone_first_names()
              ] if "-" in text else []
    for start, end in (*called, *thanked, *signed):
        word = text[start:end]
        # (is_name_shaped leaves out the hand-kept and stop words; a gazetteer name that is
        # a common word too is no one here: "Thanks, Team!")
        if is_name_shaped(word) and word.lower() not in common_words():
            yield start, end, ev


_GLUED_DASH = re.compile(r"(?:^|(?<=[.!?])[ \t]+)[ \t]*-([A-ZÀ-Þ][a-zà-ÿ'’]+)[ \t]*$",
                         re.MULTILINE)


@cache
def _vocative() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in sorted(person_words()["vocative_openers"],
                                                    key=len, reverse=True))
    # the opener starts its sentence; at most a few words before the comma; the name alone
    # before "!" or "?"
    return re.compile(rf"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][ ]))(?i:{openers})\b"
                      rf"[^.!?\n,]{{0,60}},[ \t]+([A-ZÀ-Þ][a-zà-ÿ'’]+)[ \t]*[!?]",
                      re.MULTILINE)


@cache
def _thanked() -> re.Pattern[str]:
    """(stop 71) The opener right before the name, the name ending its clause: "Welkom
    Abdel!", "dank Nata.", "thx Yus, ik kijk ernaar"; the opener opens its line (after an
    emoji or a chat's marks) or its sentence."""
    openers = "|".join(re.escape(w) for w in sorted(
        person_words()["vocative_openers"] | person_words()["thanks_openers"], key=len,
        reverse=True))
    # (stop 76) or a chat message's opening after its speaker's colon ("[08:09] Naima: Dank
    # je Rick")
    return re.compile(rf"(?:^[^\w\n]*|(?<=[.!?])[ \t]+|(?<=\w:)[ \t]+)(?i:({openers}))[ \t]+"
                      r"([A-ZÀ-Þ][a-zà-ÿ'’]+)[ \t]*(?=[!?.,]|$)", re.MULTILINE)

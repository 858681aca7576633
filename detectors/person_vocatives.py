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
from detectors.word_scan import find_words


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each name a wish or a thanks is said to."""
    ev = Evidence(scores("PERSON").extra["first_alone"] + 0.1, "called by name")
    called = [m.span(1) for m in _vocative().finditer(text)] if (
        "!" in text or "?" in text) else []
    short = person_words()["thanks_openers"]
    # (right after a chat's short thanks only a listed first name: "thx Dyson" thanks a brand)
    thanked = [m.span(2) for m in _thanked_matches(text) if m.group(2) in first_names() or (
        m.group(1).lower() not in short and not surname_listed(m.group(2)))]
    # (stop 76) a first name signing a note glued to its dash at the line's end, after a
    # sentence or alone ("... even langs geweest voor koffie. -Joris", "-Joris")
    signed = [m.span(1) for m in _DASHED.finditer(text) if m.group(1) in alone_first_names()
              and _opens(text, m.start(), _AFTER_STOP)] if "-" in text else []
    for start, end in (*called, *thanked, *signed):
        word = text[start:end]
        # (is_name_shaped leaves out the hand-kept and stop words; a gazetteer name that is
        # a common word too is no one here: "Thanks, Team!")
        if is_name_shaped(word) and word.lower() not in common_words():
            yield start, end, ev


# (the dash is found first: a pattern that opens on a line's start or a look-behind is
# tried at every character, 20 ms a MB; where it may stand is read in Python, _opens)
_DASHED = re.compile(r"-([A-ZÀ-Þ][a-zà-ÿ'’]+)[ \t]*$", re.MULTILINE)
_WORD_CHAR = re.compile(r"\w")


def _opens(text: str, at: int, after: tuple[str, ...], marks: bool = False) -> bool:
    """Whether ``at`` opens its line (only spaces before it on the line; with ``marks``, no
    letter or digit: an emoji, a chat's marks), or follows one of ``after`` ("." a
    sentence's end, ":" a chat speaker's name) and a space or a tab."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    head = before.rstrip(" \t")
    if not head or (marks and _WORD_CHAR.search(before) is None):
        return True
    return len(head) < len(before) and (
        (head[-1] in ".!?" and "." in after) or (
            ":" in after and head[-1] == ":" and _WORD_CHAR.match(head[-2:-1]) is not None))


_AFTER_STOP = (".",)  # a sentence's end before it
_AFTER_STOP_OR_SPEAKER = (".", ":")  # or a chat speaker's "Naima:"


@cache
def _vocative() -> re.Pattern[str]:
    openers = "|".join(re.escape(w) for w in sorted(person_words()["vocative_openers"],
                                                    key=len, reverse=True))
    # the opener starts its sentence; at most a few words before the comma; the name alone
    # before "!" or "?"
    return re.compile(rf"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][ ]))(?i:{openers})\b"
                      rf"[^.!?\n,]{{0,60}},[ \t]+([A-ZÀ-Þ][a-zà-ÿ'’]+)[ \t]*[!?]",
                      re.MULTILINE)


def _thanked_matches(text: str) -> Iterator[re.Match[str]]:
    """(stop 71) The opener right before the name, the name ending its clause: "Welkom
    Abdel!", "dank Nata.", "thx Yus, ik kijk ernaar"; the opener opens its line (after an
    emoji or a chat's marks) or its sentence, or (stop 76) a chat message after its
    speaker's colon ("[08:09] Naima: Dank je Rick"). Tried only where an opener stands
    (word_scan.find_words; the pattern opening on a look-behind cost 50 ms a MB)."""
    openers, pattern = _thanked()
    end = 0
    for at in sorted({at for at, _ in find_words(text, openers)}):
        if at < end or not _opens(text, at, _AFTER_STOP_OR_SPEAKER, marks=True):
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()


@cache
def _thanked() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """(the openers in lower case, the opener and the name after it)."""
    words = sorted(person_words()["vocative_openers"] | person_words()["thanks_openers"],
                   key=len, reverse=True)
    openers = "|".join(re.escape(w) for w in words)
    return tuple(w.lower() for w in words), re.compile(
        rf"(?i:({openers}))[ \t]+([A-ZÀ-Þ][a-zà-ÿ'’]+)[ \t]*(?=[!?.,]|$)", re.MULTILINE)

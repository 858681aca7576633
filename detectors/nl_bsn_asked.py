"""A BSN given in answer: a chat or a mail thread asks for someone's BSN, and a later
message gives the number without the word ("Sanne Bakker? staat in ats: ...", "sorry, had
al: ...", "die heeft ie op het intakeformulier gezet, ... volgens mij").

Asked only of a valid number no label decided: the nearest BSN word before it, within
REACH characters, stands in a question or a request (or a chat's message heads come between:
the messages after one about the BSN speak of it), and nothing between them is another
number or a word that labels one (the first number after the question answers it).
"""

from __future__ import annotations

import regex

from detectors.context import is_number_word, patterns
from detectors.labels import decisive_hit

ENTITY = "NL_BSN"
REACH = 500
# a number of seven digits or more (with a separator or two): another answer
_NUMBER = regex.compile(r"\d(?:[ .\-]?\d){6}")
_SENTENCE_END = regex.compile(r"[.!?\n]")
# a chat message's head: "[12-03 10:15] Kim:", "[10:15]", "Kim de Vries 10:15" (Teams)
_CHAT = regex.compile(r"^[^\S\n]*\[[\d\-/.: ]{4,16}\]|^[^\n]{0,40}\b\d{1,2}:\d{2}[^\S\n]*$",
                      regex.MULTILINE)
_REQUEST = regex.compile(
    r"\b(?:stuur|sturen|stuurt|doorgeven|doorsturen|geef|graag|nodig|mag ik|kun je|kan je|"
    r"kunt u|wil je|wilt u|ontbreekt|mist|missen|send|please|need|can you|could you)\b",
    regex.IGNORECASE)


def asked_before(text: str, start: int) -> str | None:
    """The BSN word of a question or request the number at ``start`` answers, else None.

    >>> asked_before("[10:11] Kim: wat is het bsn van Sanne?\\n[10:12] Ron: ats: 1", 51)
    'bsn'
    >>> asked_before("BSN is bekend. Order 1234567 is verstuurd, nummer 1", 51) is None
    True
    >>> asked_before("[9:01] Kim: bsn heb ik niet\\n[9:02] Ron: had al: 1", 44)
    'bsn'
    >>> asked_before("Het bsn staat in het dossier. Bel me op nummer 1", 47) is None
    True
    >>> asked_before("[9:01] Kim: je bsn graag?\\n[9:02] Ron: number is 1", 48)
    'bsn'
    """
    ctx, _ = patterns(ENTITY)
    if ctx is None:
        return None
    last = max(ctx.finditer(text, max(0, start - REACH), start), key=lambda m: m.end(),
               default=None)
    if last is None:
        return None
    between = text[last.end() : start]
    hit = decisive_hit(*patterns(ENTITY), between)
    if _NUMBER.search(between) or (hit is not None and not is_number_word(hit.word)):
        return None  # (a bare "nummer" names no kind: "number is ..." answers the question)
    close = _SENTENCE_END.search(text, last.end(), start)
    opened = max(text.rfind(c, 0, last.start()) for c in ".!?\n") + 1
    asked = close is not None and close.group() == "?"
    if asked or _REQUEST.search(text, opened, close.start() if close else start) is not None:
        return last.group().strip()
    # in a chat, the messages after one about the BSN speak of it ("bsn heb ik niet" ...
    # "sorry, had al: ...")
    return last.group().strip() if _CHAT.search(text, last.end(), start) else None

"""NL_BSN: a BSN the text reports once is that BSN wherever else its nine digits stand.

A letter names its subject's BSN under a label once, then writes it again where no label
reads it: inside a file reference ("WW-2024-123456782-01"), after a name in an address block,
in a table row of its own. Those digits are the same person's number (the same fingerprint),
so they are findings too. Only for a text that reports a few BSNs: a letter or a form about
one person or a household, not an export (whose columns say each row's number themselves).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detectors.nl_bsn_number import compact, unboxed
from detectors.spans import overlapping

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

ENTITY = "NL_BSN"
_MAX_VALUES = 8  # distinct BSNs reported: more is a list, whose rows carry their own labels
WHY = "the text's BSN again"
_MAX_REPEATS = 200  # places one value is reported again (a letter has a few; a bound)


def repeats(text: str, kept: Sequence[RecognizerResult],
            weighed: Sequence[RecognizerResult] = ()) -> list[RecognizerResult]:
    """Results for the other places the nine digits of a BSN reported at label score (its
    label's, an MRZ's: not a nearby word's or a block's guess) stand, not inside a longer
    number, nor overlapping another reported result or a place the recognizer ``weighed``
    and found labelled as something else (a personnel-number column: not this BSN).

    >>> from presidio_analyzer import RecognizerResult as R
    >>> text = "BSN: 111222333. Kenmerk WW-2024-111222333-01, 9111222333"
    >>> [(r.start, r.end) for r in repeats(text, [R("NL_BSN", 5, 14, 0.95)])]
    [(32, 41)]
    >>> repeats(text, [R("NL_BSN", 5, 14, 0.7)])
    []
    >>> decoy = R("NL_BSN", 32, 41, 0.05, recognition_metadata={"explanation": "decoy label"})
    >>> repeats(text, [R("NL_BSN", 5, 14, 0.95)], [decoy])
    []
    """
    values = {v for r in kept if r.entity_type == ENTITY and r.score >= _score()
              and len(v := compact(unboxed(text[r.start:r.end]))) == 9 and v.isdigit() and v[0] != "0"}
    if not values or len(values) > _MAX_VALUES:
        return []
    from presidio_analyzer import RecognizerResult

    # not glued to a letter either: "P111222333", "111222333A" are another code's
    pattern = re.compile(r"(?<![^\W_])(?<!\d[.,])(?:" + "|".join(sorted(values))
                         + r")(?![.,]?\d|[^\W\d_])")
    # (spans.overlapping: a bisection a place; a walk over all spans per place was quadratic
    # in a text repeating the number thousands of times)
    taken = overlapping([(r.start, r.end) for r in kept] + [
        (r.start, r.end) for r in weighed if r.entity_type == ENTITY and _why(r) != _BARE])
    out = []
    found = dict.fromkeys(values, 0)
    for m in pattern.finditer(text):
        if found[m.group()] >= _MAX_REPEATS:
            continue
        if not taken(m.start(), m.end()) and not _decoys_value(text, m.start()):
            found[m.group()] += 1
            out.append(RecognizerResult(ENTITY, m.start(), m.end(), _score(),
                                        recognition_metadata={"explanation": WHY}))
    return out


_BARE = "11-check only"  # nl_bsn's evidence for a number no label or word names
# nl_bsn's evidence for a number its own label or sentence names as another kind
_OTHER_KIND = ("decoy label", "labelled as something else", "its own kind noun",
               "named another kind", "taken back as another kind")


def without_decoyed(text: str, kept: Sequence[RecognizerResult],
                    weighed: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``kept`` less a BSN guessed from the words near it (a BSN word in reach, a block of
    personal details: below a label's score) whose nine digits the same text labels as
    another kind of number elsewhere ("WHERE personeelsnummer IN (111222333, ...)" above a comment
    "-- 111222333" under a heading about sofinummers; "inspect 111222333" then
    "Candidate(id=111222333"): the text says what the number is (stop 71).

    >>> from presidio_analyzer import RecognizerResult as R
    >>> text = "Ordernummer: 111222333. BSN-controle: 111222333"
    >>> guess = R("NL_BSN", 38, 47, 0.85, recognition_metadata={"explanation": "context"})
    >>> other = R("NL_BSN", 13, 22, 0.05, recognition_metadata={"explanation": "decoy label"})
    >>> without_decoyed(text, [guess], [guess, other])
    []
    """
    label = _score()
    guesses = [r for r in kept if r.entity_type == ENTITY and r.score < label]
    if not guesses:
        return list(kept)
    other = {compact(unboxed(text[r.start:r.end])) for r in weighed
             if r.entity_type == ENTITY and _why(r).startswith(_OTHER_KIND)}
    if not other:
        return list(kept)
    return [r for r in kept if not (r.entity_type == ENTITY and r.score < label
                                    and compact(unboxed(text[r.start:r.end])) in other)]


def _why(r: RecognizerResult) -> str:
    return str((r.recognition_metadata or {}).get("explanation", ""))


def _decoys_value(text: str, start: int) -> bool:
    """The digits open the value of another number's label before them on their line (or
    the line above, when nothing precedes them on theirs): "Klantnummer: 111222333-01",
    "Relatienummer: R-111222333". A reference that holds them among parts of its own
    ("Kenmerk WW-2024-111222333-01", "dossier ZW/111222333/2025") keeps them."""
    from detectors.context import patterns
    from detectors.labels import decisive_hit

    lo = text.rfind("\n", 0, start) + 1
    before = text[max(lo, start - _LABEL_REACH):start]
    if not before.strip() and lo > 0:
        before = text[max(text.rfind("\n", 0, lo - 1) + 1, lo - 1 - _LABEL_REACH):lo - 1] + " "
    hit = decisive_hit(*patterns(ENTITY), before)
    if hit is None or hit.kind != "decoy":
        return False
    rest = before[before.rfind(hit.word) + len(hit.word):]
    return _OPENS_VALUE.fullmatch(rest) is not None


_LABEL_REACH = 60  # characters of a line read as the label before a repeat
# between another number's label and its value: punctuation, then a one-letter series mark
_OPENS_VALUE = re.compile(r"[\s:.#=()]*(?:[^\W\d_][-/ ]?)?")


def _score() -> float:
    from detectors.context import scores

    return scores(ENTITY).label

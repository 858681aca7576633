"""PERSON: who speaks on a line of a chat export ("[09:14] sanne: ben je er?").

A line that opens with a time stamp and then one to three words and ":" names its speaker,
typed small as often as not ("[1-12-2026 09:14] Okonkwo Ade:", "14:02 - wojcik:"). A word that
is a common word, a compound or a noun ("09:30 Planning: rooster") names nobody. A line without
a time stamp is left to the prose model: a form's "Functie: chauffeur" and a CV's "Frans:
redelijk" open their lines the same way (measured: such a rule reported 83 labels and values
for 5 speakers over the DEV sets).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.context import Evidence, scores
from detectors.person_names import alone_first_names, excluded
from detectors.person_openers import after_break, line_matches
from detectors.person_prose import word_evidence

_WORD = r"[^\W\d_][\w'’\-]*"
# A chat export's time stamp: "[09:14]", "09:14 -", "[1-12-2026 09:14]", "1/12/26, 09:14 -",
# then the speaker's one to three words and ":".
# A day may open it ("ma 21:04", "[zaterdag 09:14]"). The speaker ends at ":" or, when the
# first word is a gazetteer first name, at a dash or at the line's end (the message below
# it: "21:04 Sanne - ben er", "[21:04] Sanne⏎ben er"): a town after a time is a timetable.
_DAY = (r"(?:(?i:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
        r"zondag|gisteren|vandaag|mon|tue|wed|thu|fri|sat|sun|yesterday|today)\.?,?[ ]+)?")
# A display name's tag of the firm or team the speaker writes for ("Kevin (HorecaFlex):",
# "Mandy | Flex Brabant:"): the person is the name before it.
_TAG = r"(?:[ \t]*\([^()\n]{1,40}\)|[ \t]+\|[^:|\n]{1,40})?"
_TIMED = re.compile(
    rf"^[ \t]*\[?{_DAY}(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}},?[ ]+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?"
    rf"[ \t]*(?:[-–][ \t]*)?({_WORD}(?:[ ]{_WORD}){{0,2}}){_TAG}[ \t]*(:[ \t]*\S|[-–—][ \t]+\S|\r?$)",
    re.MULTILINE,
)
_TIMED_BROKEN = after_break(_TIMED)
_NAMED = ("first_name", "name_common", "surname", "unknown", "")  # ("": a particle)


def speakers(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each speaker named after a time stamp at a line's start."""
    if ":" not in text:
        return
    ev = Evidence(scores("PERSON").extra["greeting"], "speaker line")
    for _, m in line_matches(_TIMED, _TIMED_BROKEN, text):
        if _names(m.group(1)) and (m.group(2)[:1] == ":" or _first_name(m.group(1))):
            yield m.start(1), m.end(1), ev


def _names(words: str) -> bool:
    """True when every word is a name or a particle, the first and last a name of two
    letters or more, in capitals or typed small ("sanne"), not in block capitals."""
    parts = words.split(" ")
    if words.lower() in excluded() or len(parts[0]) < 2 or any(
            w.isupper() and len(w) > 1 for w in parts):
        return False  # ("Ik:", "A:", "TODO:")
    kinds = [word_evidence(w[0].upper() + w[1:])[1] for w in parts]
    return kinds[0] != "" and kinds[-1] != "" and all(k in _NAMED for k in kinds)


def _first_name(words: str) -> bool:
    """True when the first word is a gazetteer first name that is no common word."""
    first = words.split(" ")[0]
    return word_evidence(first[0].upper() + first[1:])[1] == "first_name"


# A transcript's speaker in block capitals opening a line, before ":" or alone on the line,
# maybe with a stage note ("SANNE: ja", "KOFI (lacht):", "MARIA JOSE⏎ja hoor").
# (stdlib re from the line break, as _TIMED: a word's capitals are checked in Python)
_CAPS = re.compile(
    r"^[ \t]*([^\W\d_]{2,}(?:[ \-][^\W\d_]{2,})?)[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?::|\r?$)",
    re.MULTILINE,
)
_CAPS_BROKEN = after_break(_CAPS)


def caps_speakers(text: str, seen: frozenset[str]) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each speaker of a transcript written in block capitals: a
    gazetteer first name or a name the text gives elsewhere (``seen``, lower case), on two
    speaker lines of the text or more (one line in capitals is a heading or a label:
    "NAAM:", "LET OP:")."""
    found = [m for _, m in line_matches(_CAPS, _CAPS_BROKEN, text)
             if m.group(1).isupper() and _caps_name(m.group(1), seen)]
    if len(found) < 2:
        return
    ev = Evidence(scores("PERSON").extra["greeting"], "speaker line in capitals")
    for m in found:
        yield m.start(1), m.end(1), ev


def _caps_name(words: str, seen: frozenset[str]) -> bool:
    """True when each word of a speaker in capitals is a first name or a seen name part."""
    names = alone_first_names()
    return all(w.title() in names or w.lower() in seen for w in re.split(r"[ \-]", words))

"""PERSON: who speaks on a line of a chat export ("[09:14] sanne: ben je er?").

A line that opens with a time stamp and then one to three words and ":" names its speaker,
typed small as often as not ("[1-12-2026 09:14] Okonkwo Ade:", "14:02 - wojcik:"). A word that
is a common word, a compound or a noun ("09:30 Planning: rooster") names nobody. A line without
a time stamp is left to the prose model: a form's "Functie: chauffeur" and a CV's "Frans:
redelijk" open their lines the same way (measured: such a rule reported 83 labels and values
for 5 speakers over the DEV sets).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from detectors.context import Evidence, scores
from detectors.person_names import (
    alone_first_names,
    common_words,
    excluded,
    is_seat,
    person_words,
)
from detectors.person_openers import after_break, line_matches
from detectors.person_prose import word_evidence
from detectors.person_shape import PARTICLES

_WORD = r"[^\W\d_][\w'’\-]*"
# A chat export's time stamp: "[09:14]", "09:14 -", "[1-12-2026 09:14]", "1/12/26, 09:14 -",
# then the speaker's one to three words and ":".
# A day may open it ("ma 21:04", "[zaterdag 09:14]"). The speaker ends at ":" or, when the
# first word is a gazetteer first name, at a dash or at the line's end (the message below
# it: "21:04 Sanne - ben er", "[21:04] Sanne⏎ben er"): a town after a time is a timetable.
# (the days: data/person.toml chat_days)
# A display name's tag of the firm or team the speaker writes for ("Kevin (HorecaFlex):",
# "Mandy | Flex Brabant:"): the person is the name before it.
# An emoji or two after a display name ("Kiri 🌸:", "Tomek 👷‍♂️:") is its decoration.
_TAG = (r"(?:[ \t]*\([^()\n]{1,40}\)|[ \t]+\|[^:|\n]{1,40})?"
        r"(?:[ \t]*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]{1,8})?")
# a line opening with a time stamp: the next line of a speaker alone on its line must not
# (a date's year may be left out: "[07/11 06:12] Tomek Housing: ...")
_STAMPED = re.compile(r"[ \t]*\[?(?:[^\W\d_]{2,10}\.?,?[ ]+)?(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ ]+)?\d{1,2}:\d{2}")


@cache
def _timed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    days = "|".join(sorted(map(re.escape, person_words()["chat_days"]), key=len, reverse=True))
    day = rf"(?:(?i:{days})\.?,?[ ]+)?"
    timed = re.compile(
        rf"^[ \t]*\[?{day}(?:\d{{1,2}}[-/.]\d{{1,2}}(?:[-/.]\d{{2,4}})?,?[ ]+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?"
        rf"[ \t]*(?:[-–][ \t]*)?({_WORD}(?:[ ]{_WORD}){{0,2}}){_TAG}[ \t]*(:[ \t]*\S|[-–—][ \t]+\S|\r?$)",
        re.MULTILINE,
    )
    return timed, after_break(timed)


_NAMED = ("first_name", "name_common", "surname", "unknown", "")  # ("": a particle)


def speakers(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each speaker named after a time stamp at a line's start."""
    if ":" not in text:
        return
    ev = Evidence(scores("PERSON").extra["greeting"], "speaker line")
    found, tagged, unknown = [], [], []
    for _, m in line_matches(*_timed(), text):
        if _names(m.group(1)):
            found.append(m)
        elif m.group(2)[:1] == ":" and _first_name_tagged(m.group(1)):
            tagged.append(m)
        elif m.group(2)[:1] == ":" and _first_name_tagged(m.group(1), unknown=True):
            unknown.append(m)
    # (a name on no list with a tag, "Tomek Housing:", is a speaker where the chat has it
    # speak twice or more: a contact's display name, not a one-off heading)
    spoke = Counter(m.group(1) for m in unknown)
    tagged += [m for m in unknown if spoke[m.group(1)] >= REPEATED]
    # ("12/10/26, 05:48 - Dennis Planning: ...": a contact saved as a first name and the
    # desk it writes for; the person is the first name)
    for m in tagged:
        yield m.start(1), m.start(1) + len(m.group(1).split(" ")[0]), ev
    # A first name after a time and before a dash (the message after it) is a speaker; alone on
    # its line only in a chat: one with ":" speaker lines, or the message on the next line
    # untimed. An agenda's "11:00 Jade⏎14:00 Iris" names its rooms.
    colon = any(m.group(2)[:1] == ":" for m in found)
    for m in found:
        if m.group(2)[:1] == ":" or (_first_name(m.group(1)) and (
                m.group(2)[:1] in "-–—" and m.group(2) or colon or _message_below(text, m))):
            yield m.start(1), m.end(1), ev


def _message_below(text: str, m: re.Match[str]) -> bool:
    """True when the speaker stands alone on its line and the next line is untimed text."""
    end = text.find("\n", m.end())
    if end < 0:
        return False
    line = text[end + 1:text.find("\n", end + 1) if "\n" in text[end + 1:] else len(text)]
    return bool(line.strip()) and not _STAMPED.match(line)


def _names(words: str) -> bool:
    """True when every word is a name or a particle, the first and last a name of two
    letters or more, in capitals or typed small ("sanne"), not in block capitals."""
    parts = words.split(" ")
    if words.lower() in excluded() or len(parts[0]) < 2 or any(
            w.isupper() and len(w) > 1 for w in parts):
        return False  # ("Ik:", "A:", "TODO:")
    kinds = [word_evidence(w[0].upper() + w[1:])[1] for w in parts]
    return kinds[0] != "" and kinds[-1] != "" and all(k in _NAMED for k in kinds)


REPEATED = 2  # lines a tagged display name on no list speaks before it is read as a name


def _first_name_tagged(words: str, unknown: bool = False) -> bool:
    """True for a gazetteer first name, then a team's or a firm's words: a department, a
    seat or a common word, an acronym ("Dennis Planning", "Ilse CMG planning", "Hakan TL");
    ``unknown``: a capitalised word on no list in the first name's place ("Tomek Housing")."""
    first, *rest = words.split(" ")
    opens = (first[:1].isupper() and not first.isupper()
             and word_evidence(first)[1] == "unknown") if unknown else _first_name(first)
    return bool(rest) and opens and all(
        is_seat(w) or (w.isupper() and len(w) <= 4) or word_evidence(w)[1] == "common"
        for w in rest)


def _first_name(words: str) -> bool:
    """True when the first word is a gazetteer first name that is no common word."""
    first = words.split(" ")[0]
    return word_evidence(first[0].upper() + first[1:])[1] == "first_name"


# A transcript's speaker in block capitals opening a line, before ":" or alone on the line,
# maybe with a stage note ("SANNE: ja", "KOFI (lacht):", "MARIA JOSE⏎ja hoor").
# (stdlib re from the line break, as _timed(): a word's capitals are checked in Python)
# (the gaps possessive: three words reach a closing's "MET VRIENDELIJKE GROET" and its run
# of spaces; given back space by space, two gaps read 200 KB of them quadratically)
_CAPS = re.compile(
    r"^[ \t]*+([^\W\d_]{2,}(?:[ \-][^\W\d_]{2,}){0,2})[ \t]*+(?:\([^)\n]{0,40}\))?[ \t]*+"
    r"(?::|\r?$)",
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
    # two speakers, not two lines: a table's "MAX: 30⏎...⏎MAX:" repeats one label (one name
    # and a role, "FENNA⏎...⏎RECRUITER", is an interview)
    if len({m.group(1) for m in found}) < 2 and not (len(found) > 1 and _role_line(text)):
        return
    ev = Evidence(scores("PERSON").extra["greeting"], "speaker line in capitals")
    for m in found:
        yield m.start(1), m.end(1), ev


def _role_line(text: str) -> bool:
    """True when a speaker line in capitals names an interview's role ("RECRUITER:")."""
    roles = person_words()["speaker_roles"]
    return any(m.group(1).isupper() and m.group(1).lower() in roles
               for _, m in line_matches(_CAPS, _CAPS_BROKEN, text))


def _caps_name(words: str, seen: frozenset[str]) -> bool:
    """True when each word of a speaker in capitals is a first name or a seen name part."""
    names, common = alone_first_names(), common_words()
    lower = words.lower()
    if lower in seen or _after_particles(lower) in seen:
        return True  # a surname seen in full with its particles: "DE JONG", "VAN DER MEER"
    # (a common word, "MAX", "AMBER", is a label unless the text names someone so)
    return all(w.lower() in seen or (w.title() in names and w.lower() not in common)
               for w in re.split(r"[ \-]", words))


def _after_particles(lower: str) -> str:
    """A speaker's words after its leading particles ("de jong" -> "jong"), or "" when only
    particles or no particle open it ("VAN DE" is no name, "LET OP" opens with none)."""
    words = lower.split(" ")
    rest = list(itertools.dropwhile(lambda w: w in PARTICLES, words))
    return " ".join(rest) if rest and len(rest) < len(words) else ""


# (stop 56) A conversation copied without time stamps ("djaylano: broer waar is dat
# magazijn⏎Rachid: achter de Lidl⏎djaylano: ..."): a line's name before ":" is its speaker
# where two speakers or more each speak twice or more and take turns. One such line alone is
# a form's label ("Frans: redelijk"), and a form's labels are common words; a town's lines
# ("Tilburg: 5 uur") are a table's.
# (no indent and no "_" in a word: a YAML file's or an LDAP export's keys, "given_name: Anna",
# "  bsn: ...", take turns too; and a speaker says something of three words or more once:
# a key's value is one)
_UNTIMED = re.compile(
    r"^([^\W\d_][^\W_]*+(?:['’\-][^\W\d_][^\W_]*+)*(?:[ .][^\W\d_][^\W_]*+"
    r"(?:['’\-][^\W\d_][^\W_]*+)*){0,3})[ \t]*+:[ \t]*+(\S[^\n]*)",
    re.MULTILINE)
_UNTIMED_BROKEN = after_break(_UNTIMED)
_TURNS = 2  # changes of speaker among the speakers' lines
_SAID_WORDS = 3
_SPEAKER_LETTERS = 3
_GLUED_LETTERS = 14  # a longer word is words run together, no name


def untimed_speakers(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each speaker of a conversation without time stamps."""
    lines = [m for _, m in line_matches(_UNTIMED, _UNTIMED_BROKEN, text)]
    if len(lines) < 2 * _TURNS:
        return
    spoke = Counter(m.group(1) for m in lines)
    said = {m.group(1) for m in lines if len(m.group(2).split()) >= _SAID_WORDS}
    names = {w for w, n in spoke.items() if n >= REPEATED and w in said and _speaker_name(w)}
    if len(names) < 2:
        return
    turns = [m for m in lines if m.group(1) in names]
    if sum(1 for a, b in itertools.pairwise(turns) if a.group(1) != b.group(1)) < _TURNS:
        return
    ev = Evidence(scores("PERSON").extra["greeting"], "speaker of a conversation")
    for m in turns:
        yield m.start(1), m.end(1), ev


def _speaker_name(words: str) -> bool:
    """A name of every word (a handle's parts too: "shurendy.rosaria"), none a place."""
    from detectors.person_places import area_towns, cities_abroad, places_nl

    spaced = words.replace(".", " ")
    if spaced.title() in area_towns() or spaced.title() in places_nl() or (
            spaced.title() in cities_abroad()) or any(is_seat(w) for w in spaced.split(" ")):
        return False
    parts = spaced.split(" ")
    if len(parts[0]) < _SPEAKER_LETTERS or any(len(w) > _GLUED_LETTERS for w in parts):
        return False  # an LDAP export's "cn:", "sn:"; a firm's handle "werkenbijhorecaflex:"
    camel = any(w[:1].islower() and not w.islower() for w in parts)
    return not camel and _names(spaced) and words.count(".") <= 1

"""DATE_OF_BIRTH: a birthday written without its year.

A day and a month alone are no date of birth by themselves: a text names many such days (a
start, a meeting, a deadline; the blind sets give 251 of them as decoys). Tied to a birthday
they are one: right after "jarig (op)", "verjaardag", "birthday" ("Kasia is jarig op 9
juni", "Birthday 12/03"), or in brackets after "jarig ... week" ("jarig deze week (3
mei)"), right after a birth word ("geboren op 14 maart", "was born 2 June"), and each
line of a birthday calendar, a document whose opening lines name
birthdays ("Verjaardagskalender" over "12 jan.   Senait"). Writers label these (14 in DEV).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from detectors.word_scan import find_words

_CUES = r"(?:jarig|verjaardag|verjaardagen|birthday|birthdays|bday)"
# an abbreviation's full stop belongs to the date ("12 jan."), a sentence's does not ("3 mei.")
_SHORT = r"(?i:jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_TITLE_LINES = 3
# the birthday words as plain text ("verjaardag" in "verjaardagen"): found with str.find in
# the text in lower case, ~4x faster than a case-blind regex scan of 100 KB (1.4 ms)
_CUE_WORDS = ("jarig", "verjaardag", "birthday", "bday", "geboren", "born")
# (where lower() changes the text's length)
_ANY_CUE = regex.compile(rf"(?i){_CUES}|geboren|born")
_TITLE = regex.compile(rf"(?i)(?<![\w]){_CUES}|verjaardagskalender|birthday calendar")


@cache
def _day_month_named() -> str:
    """A day and a month's name, no year after it ("18 april", "12 jan.", "21 sept."), with
    dates.py's Dutch and English month names (imported here: dates.py imports this module)."""
    from detectors.dates import MONTHS_NL_EN

    months = "|".join(sorted(MONTHS_NL_EN, key=len, reverse=True))
    return (rf"{_DAY}[ ]+(?:{months})(?:(?<={_SHORT})\.)?(?![\w])"
            rf"(?![ ]*[,.]?[ ]*\d{{2,4}})")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(a date right after a birthday word, right after a birth word, a calendar line's)."""
    # "18 april", "12 jan.", "21 sept.", "12/03", "18-04": no year after it
    day_month = (rf"(?:{_day_month_named()}"
                 rf"|{_DAY}[/-](?:1[0-2]|0?[1-9])(?![\w/.-]|[.-]\d))")
    # the cue, a few words at most ("jarig op", "jarig deze week (", "Birthday: ") and the
    # date (not a firm's or a team's: "de verjaardag van de zaak op 3 mei")
    cued = regex.compile(
        rf"(?i)(?<![\w]){_CUES}(?![\w])(?![ ]+(?:van|of)[ ]+(?:de|het|ons|onze|the|our)[ ])"
        rf"[^\n\d]{{0,24}}?(?<![\w\d])({day_month})")
    # (stop 73) a birth word right before the date: "geboren op 14 maart", "was born 2 June"
    # (a newborn in a newsletter, a tenant's baby); no other word between
    born = regex.compile(rf"(?i)(?<![\w])(?:geboren|born)(?:[ ]+(?:op|on))?[ ]+({day_month})")
    # a calendar's line: the date opens it, a name or more follows
    line = regex.compile(rf"(?im)^[ \t]*({day_month})[ \t]+\p{{Lu}}")
    return cued, born, line


@cache
def _listed() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a date in brackets after a name, a date after an age turned): a month by its name."""
    day_month = _day_month_named()
    # (stop 74) a birthday list's entry: "Joop (4 maart)", "Okan Sezer (30 mrt.)"
    bracketed = regex.compile(rf"(?i)\p{{L}}[,]?[ ]\([ ]?({day_month})[ ]?\)")
    # (stop 74) an age a person turns on a day: "Hij wordt 60 op 2 maart", "Aylin turns
    # 40 on 3 May" (a pronoun or a name before it; "het wordt 3 jaar op 1 juni" is a firm's)
    turned = regex.compile(
        rf"(?<![\w])(?:(?i:hij|zij|ze|he|she)|(?!(?:Het|Dit|Dat|Er|It|This|That|There)[ ])"
        rf"\p{{Lu}}\p{{Ll}}+)[ ]+(?i:wordt|turns)[ ]+\d{{1,3}}"
        rf"(?i:[ ]+(?:jaar|years?(?:[ ]+old)?))?[ ]+(?i:op|on)[ ]+((?i:{day_month}))")
    return bracketed, turned


@cache
def _reversed() -> regex.Pattern[str]:
    """(stop 76) A birthday said the other way round: the day first, then the age turned
    ("Op 4 mei wordt onze planner, Kees, 60."; "On 3 May she turns 40"), an age reached on
    it ("pas 11 geworden op 6 augustus", "turned 45 on 2 March"), or the day before "jarig"
    ("Kees is 15 juni jarig"). The age closes its clause: "Op 4 mei wordt versie 2
    uitgerold" turns no one."""
    day_month = _day_month_named()
    age = r"\d{1,3}(?:[ ]+(?:jaar|years?(?:[ ]+old)?))?"
    return regex.compile(
        rf"(?i)(?<![\w])(?:op|on)[ ]+({day_month})(?:[ ]+(?:he|she))?[ ]+(?:wordt|turns)[ ]+[^\n.!?\d]{{0,60}}?"
        rf"(?<![\w]){age}[ ]*(?:[.!,;]|$)"
        rf"|(?<![\w])\d{{1,3}}[ ]+(?:jaar[ ]+)?(?:geworden|turned)[ ]+(?:op|on)[ ]+({day_month})"
        rf"|(?<![\w])turned[ ]+\d{{1,3}}[ ]+on[ ]+({day_month})"
        rf"|(?<![\w\d])({day_month})[ ]+jarig(?![\w])", regex.MULTILINE)


# the words a day-first birthday turns on, and how far its day stands before the word and
# its age after it ("Op 4 november wordt <a name and a role>, 67.")
_REVERSED_WORDS = ("wordt ", "turns ", "geworden ", "turned ", " jarig")
_REVERSED_BEFORE, _REVERSED_AFTER = 40, 90
_DIGIT = regex.compile(r"\d")
_MATCH_REACH = 120  # characters a cue and its date span at most ("jarig deze week (3 mei)")
_SECTION_REACH = 600  # characters of a birthday heading's paragraph read for its entries
_HEADING_WORDS = 5  # words of a line that heads a birthday list at most ("Jarig in december")


def birthdays(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of each yearless birthday in ``text``."""
    seen: set[int] = set()
    yield from _turned(text, seen)
    starts = _cue_starts(text)
    if not starts:
        return  # most texts: no birthday word
    cued, born, line = _patterns()
    for at in starts:
        # (an end to each match: the regex module looks for a pattern's required word ahead of
        # the match, to the text's end without one, 0.9 ms a call in 900 KB of "birthday")
        stop = at + _MATCH_REACH
        m = cued.match(text, at, stop) or born.match(text, at, stop)
        if m is not None and m.start(1) not in seen:
            seen.add(m.start(1))
            yield m.start(1), m.end(1), "a birthday without its year"
        yield from _section(text, at, seen)
    opening = "\n".join(text.lstrip().split("\n", _TITLE_LINES)[:_TITLE_LINES])
    if _TITLE.search(opening) is None:
        return
    for m in line.finditer(text):
        if m.start(1) not in seen:
            yield m.start(1), m.end(1), "a day of a birthday calendar"


def _turned(text: str, seen: set[int]) -> Iterator[tuple[int, int, str]]:
    """The day someone turns an age: "Hij wordt 60 op 2 maart" (the age gives the year)."""
    if not any(w in text for w in _REVERSED_WORDS):
        return  # (most texts)
    for m in _listed()[1].finditer(text):
        if m.start(1) not in seen:
            seen.add(m.start(1))
            yield m.start(1), m.end(1), "a birthday without its year"
    # (read only around each verb or "jarig", found case-blind by str.find: one scan of the
    # whole text with the pattern costs 0.1 s a 400 KB of prose)
    pattern = _reversed()
    for at, end in find_words(text, _REVERSED_WORDS):
        lo = max(at - _REVERSED_BEFORE, 0)
        # (a day or an age stands before the word, or an age right after "turned")
        if not _DIGIT.search(text, lo, at) and not (
                text[at:end].lower() == "turned " and _DIGIT.match(text, end)):
            continue
        for m in pattern.finditer(text, lo, min(len(text), at + _REVERSED_AFTER)):
            # (each of the pattern's four alternatives holds one group: the day)
            if m.start(m.lastindex) not in seen:
                seen.add(m.start(m.lastindex))
                yield m.start(m.lastindex), m.end(m.lastindex), "a birthday without its year"


def _section(text: str, at: int, seen: set[int]) -> Iterator[tuple[int, int, str]]:
    """The entries of a birthday list under a heading line that names birthdays ("Jarig in
    maand" over "Joop Brouwer (4 maart), Fenna (19 maart)"): each day in brackets
    after a name, up to the paragraph's end."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    heading = text[start:stop].strip().rstrip(":")
    if not heading or len(heading.split()) > _HEADING_WORDS or any(c.isdigit() for c in heading):
        return
    end = text.find("\n\n", stop, stop + _SECTION_REACH)
    end = min(len(text), stop + _SECTION_REACH) if end < 0 else end
    for m in _listed()[0].finditer(text, stop, end):
        if m.start(1) not in seen:
            seen.add(m.start(1))
            yield m.start(1), m.end(1), "a day of a birthday list"


def _cue_starts(text: str) -> list[int]:
    """Where each birthday word starts, in text order."""
    low = text.lower()
    if len(low) != len(text):  # ("İ" lowers to two characters: the places would shift)
        return [m.start() for m in _ANY_CUE.finditer(text)]
    found = []
    for word in _CUE_WORDS:
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)

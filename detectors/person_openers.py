"""PERSON: where a name may open, found by a few C-level scans of the text.

A capitalised word before another one or a particle, a word after a title, greeting,
relation or closing, after a label mark or opening a cell, and a capitalised word alone
that is a first name or that the prose model may weigh as a name (person_prose.py). The
runs of name-shaped words that person_shape.py reads start at these places only; the
lower-case words after a greeting come from the same scan (person_lower.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import pairwise

import ahocorasick
import regex

from detectors.context import trie, trie_regex
from detectors.person_names import alone_first_names, is_name_shaped, person_words
from detectors.person_prose import may_be_name, word_total


def openers(text: str) -> list[int]:
    """Where a name may open: a capitalised word before another one or a particle, after a
    title, greeting, colon or closing line, or a gazetteer first name alone. Found by C-level
    scans, so the many capitalised words that open a sentence cost no Python work.

    The two scans of the regex module run without its ``timeout``: both are linear (a match
    opens only where no word character stands before it and reads one word and the spaces
    after it, with no nested quantifier), so no input can make them backtrack, and the
    timeout's clock checks made them ~2.5x slower (measured: 1.0 vs 0.38 ms per 20 KB)."""
    multi, _, word = _cues()
    alone = alone_first_names()
    found = {m.start() for m in multi.finditer(text)}
    for start, upper in cued_words(text):
        if upper:
            found.add(start)
        elif (m := _PARTICLED.match(text, start)) is not None:
            found.add(m.end())  # "mevrouw van Dijk": the surname opens, its lead read back
    found.update(s for s in _marked(text) if text[s].isupper())
    if "  " in text:  # a cell in capitals of a row set with spaces ("123456782  JANSEN  PIETER")
        found.update(m.start(1) for m in _CAPS_CELL.finditer(text))
    # a capitalised word after a number: a record's surname ("123456782 JANSEN, geb. ...",
    # "123456782 Okonkwo 02-02-1990")
    found.update(m.end() for m in _AFTER_NUMBER.finditer(text))
    # (stop 51) the value on the line under a name's label on a line of its own, as an ID
    # card's copy and a form set one field a line ("Naam/Surname/Nom⏎EL AMRANI",
    # "Achternaam⏎van den Heuvel"): a surname nobody's list holds opens there too
    if "\n" in text:
        found.update(under_name_labels(text))
    # a capitalised word alone: a candidate for the prose model (person_prose.py) when it
    # may be a name (no common word), most of them sentence starts and headings; the word
    # lists are looked up per word (is_name_shaped is cached per distinct word), the place
    # only for the name-shaped ones. (One finditer pass: ~2x faster than finding the
    # distinct words first and then their places with a keyword automaton, measured.)
    verdicts = _VERDICTS
    if len(verdicts) > _MAX_VERDICTS:
        verdicts.clear()
    for m in word.finditer(text):
        g = m.group()
        v = verdicts.get(g)
        if v is None:  # (once per distinct word: a dict lookup per word after that)
            v = verdicts[g] = True if g in alone else word_total(g) if is_name_shaped(g) else False
        if v is True:
            found.add(m.start())
        elif v is not False and (start := m.start()) not in found and may_be_name(
                text, start, m.end(), v):  # (a start found already needs no weighing: a
            found.add(start)  # third of them in name-dense prose, the second word of a name)
    return sorted(found)


# A capitalised word's verdict: True (a first name alone), False (no name: a common word),
# or its word_total() for may_be_name to weigh with its place.
_VERDICTS: dict[str, bool | float] = {}
_MAX_VERDICTS = 100_000


# Lower-case particles after a title, then the surname's capital ("mevrouw van der Linden",
# "dhr. ten Have", "mw. de Groot"): particles as in person_shape.PARTICLES' Dutch ones.
_PARTICLED = regex.compile(r"(?:(?:van|de|der|den|ten|ter|te|het|'t|’t|v\.d\.|vd|von|da|"
                           r"dos|di|del|du|le|la|el|al)[ ]+){1,3}(?=\p{Lu}\p{Ll})")


def occurrences_in(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """(start, word) of every occurrence of each of ``words`` in ``text`` (inside longer
    words too), by end position: one pyahocorasick pass."""
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    if len(automaton) == 0:
        return []
    automaton.make_automaton()
    return [(last + 1 - len(w), w) for last, w in automaton.iter(text)]


def after_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A MULTILINE pattern that opens with "^" as one that opens with the line break before
    it: re tries a "^" at every character, a literal first item only where it stands (~5x
    faster on CVs and prose). For patterns whose matches hold no line break (line_matches)."""
    assert pattern.pattern.startswith("^") and pattern.flags & re.MULTILINE
    return re.compile("\n" + pattern.pattern[1:], pattern.flags)


def line_matches(pattern: re.Pattern[str], broken: re.Pattern[str],
                 text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(line start, match) of each match of ``pattern``, as its finditer finds them: the one
    on the first line, then those of ``broken`` (after_break(pattern)), whose groups are the
    same and whose match opens one character early, on the line break."""
    first = pattern.match(text)
    if first is not None:
        yield 0, first
    for m in broken.finditer(text):
        yield m.start() + 1, m


# "Naam: Jansen", "(Jansen)", and a cell of a row: "1001;Bakker;Sanne", "| de Groot |",
# "1001,Bakker,Sanne" (a comma with no space: prose writes ", "), a quoted cell
# ("1001","Bakker") and the first cell of a tab-separated row: "Jansen\tPieter\t..." under
# "Achternaam\t...". A tab is read from the start of its run of spaces and tabs: every tab
# of the run reads the same word after it, and each tab's reading it afresh took quadratic
# time on a long run with no letter after it (detect(): 16 s for 20,000 spaces and tabs).
_LABEL_MARK = re.compile(r"(?:[:(;|]|(?<![ \t])[ ]*+\t[ \t]*+|,(?=\"?[^\W\d_])|"
                         r"^(?=[^\t\n]{1,60}\t))"
                         r"(?=[ \t]*\"?(?:(?i:van|de|den|der|ter|ten|el|al)[ ]+)*([^\W\d_]))",
                         re.MULTILINE)
# The same marks in a text without a tab (most prose and CVs: no line can open a tab's row):
# one class of mark characters first, so re jumps from one to the next in C instead of trying
# three branches at every character (~4x faster; the same matches, tests/detectors/
# test_person_fast_paths.py).
_LABEL_MARK_NO_TAB = re.compile(
    r"[:(;|,](?:(?<=,)(?=\"?[^\W\d_])|(?<!,))"
    r"(?=[ \t]*\"?(?:(?i:van|de|den|der|ter|ten|el|al)[ ]+)*([^\W\d_]))")


# _LABEL_MARK's matches by its branches, each a scan that re opens on a character in C: the
# marks of a text without a tab (_LABEL_MARK_NO_TAB), a run of spaces and tabs read from its
# last tab (every tab of the run reads the word after the run; a tab with another after it
# fails at once, so a long run is read once, not once per tab), and a line that a tab
# within 61 characters makes a row's first cell, read from its line break. The branches'
# matches never overlap (a tab's run holds no mark or line break), so the union of the
# scans is what the one pattern found, ~3x faster on a tab-separated export (6.2 vs 2.2 ms
# per 100 KB; tests/detectors/test_person_fast_paths.py).
_MARK_AFTER = _LABEL_MARK.pattern[_LABEL_MARK.pattern.index(r"(?=[ \t]*"):]
_TAB_RUN = re.compile(r"\t[ ]*+(?![ \t])" + _MARK_AFTER)
_TAB_LINE = re.compile(r"(?=[^\t\n]{1,60}\t)" + _MARK_AFTER)
_TAB_LINE_BROKEN = re.compile(r"\n(?=[^\t\n]{1,60}\t)" + _MARK_AFTER)


# A form's dot leader between a label and its value ("Achternaam ............ Tahiri"), as a
# colon: the word after it may open a name (its label is read by label_before).
_LEADER = re.compile(r"(?:\.{3,}|…+)[ \t]*(?=([^\W\d_]))")


def _marked(text: str) -> list[int]:
    """Where _LABEL_MARK's word after a mark starts (its group 1), each place once or more."""
    starts = [m.start(1) for m in _LABEL_MARK_NO_TAB.finditer(text)]
    if "..." in text or "…" in text:
        starts += [m.start(1) for m in _LEADER.finditer(text)]
    if "\t" not in text:
        return starts
    starts += [m.start(1) for m in _TAB_RUN.finditer(text)]
    starts += [m.start(1) for m in _TAB_LINE_BROKEN.finditer(text)]
    first = _TAB_LINE.match(text)
    return starts if first is None else [*starts, first.start(1)]


# (from the gap's first space: one match per gap, however long)
_CAPS_CELL = regex.compile(r"(?<![ ])[ ]{2,}+(\p{Lu}{2})")
# (a word in capitals after four digits, "E1023 NOWAK"; a word typed as names are only
# after eight, as person_records reads them: a CV's "2019 Albert Heijn" opens nothing new)
# (tried from a digit run's first digit only, taken whole: the same ends as "\d{4}" and "\d{8}"
# tried at every digit, at ~0.7x the cost on an export of numbers)
_AFTER_NUMBER = regex.compile(
    r"(?<!\d)\d{4,}+[ \t:]++(?:(?=\p{Lu}{2,}(?![\w'’]))|(?=\p{Lu}\p{Ll})(?<=\d{8}[ \t:]++))")


@lru_cache(maxsize=2)
def cued_words(text: str) -> tuple[tuple[int, bool], ...]:
    """(start, capitalised) of each word right after a title, greeting, relation or closing:
    a capital opens a name here; person_lower reads the lower-case ones ("hoi sanne") from
    the same scan."""
    matches = _cued_matches(_cues()[1], lower_in_place(text))
    return tuple((m.start(1), text[m.start(1)].isupper()) for m in matches
                 if _word_starts(text, m.start()))


def _cued_matches(cued: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """``cued.finditer(low)``'s matches, the pattern tried only where one of its words
    starts (a keyword automaton's hits, in C) instead of at every character: every match
    opens with a whole title, greeting, relation or closing (its trie holds no shorter
    string), and a match ends where finditer goes on. ~1.5x faster (3.0 vs 2.0 ms per 100 KB
    of HR notes, measured); the same matches (tests/detectors/test_person_fast_paths.py)."""
    automaton = _cue_automaton()
    if automaton is None:
        yield from cued.finditer(low)
        return
    # (a hit inside a word is skipped before the pattern is tried: its \b fails there, and
    # words such as "vergadering", "mandaat" or "drie" hold many. 'dr' * 100,000: 3.0 ms by
    # finditer, 24 with a match tried per hit, 15 with this test, most of it the automaton's
    # hits themselves; cpu, min of 5)
    starts = sorted({s for last, n in automaton.iter(low)
                     if not (s := last + 1 - n) or not _is_word_char(low[s - 1])})
    end = 0
    for start in starts:
        if start >= end and (m := cued.match(low, start)) is not None:
            end = m.end()
            yield m


def _is_word_char(c: str) -> bool:
    """What re's \\w matches in a str pattern (a letter, digit or number sign, or "_")."""
    return c.isalnum() or c == "_"


def lower_in_place(text: str) -> str:
    """The text in lower case with the same offsets (a case-sensitive scan is much faster
    than an IGNORECASE one); the rare letters whose lower case is longer stay as they are."""
    lower = text.lower()
    return (
        lower
        if len(lower) == len(text)
        else "".join(c if len(c.lower()) > 1 else c.lower() for c in text)
    )


def _word_starts(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "._")


@cache
def _cue_words() -> tuple[list[str], list[str]]:
    """(titles, greetings, relations and name nouns without their full stop; closings): the
    words a cued name follows."""
    words = person_words()
    leads = [t.rstrip(".") for t in
             words["titles"] | words["greetings"] | words["relations"] | words["name_nouns"]]
    return leads, list(words["closings"])


@cache
def _cue_automaton() -> ahocorasick.Automaton | None:
    """The cue words in lower case as trie() folds them, each to its length; None when one
    is empty (a title "." in person.toml: the pattern may then match anywhere) or opens
    with no word character (_cued_matches skips hits after a word character, where the
    pattern's \b fails only before a word character)."""
    leads, closings = _cue_words()
    words = {w.lower() for w in [*leads, *closings]}
    if not all(w and _is_word_char(w[0]) for w in words):
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


@cache
def _cues() -> tuple[regex.Pattern[str], re.Pattern[str], regex.Pattern[str]]:
    words = person_words()
    from detectors.person_shape import PARTICLES  # (person_shape reads its runs from here)

    part = "|".join(regex.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
    # (possessive: only the whole word can be followed by a space or hyphen, so giving
    # back letters, which the lookahead then tried one by one, never found a match; and
    # the spaces after it: fewer spaces leave a space where a capital must stand, and each
    # was tried on a row set with spaces)
    multi = regex.compile(
        r"\p{Lu}(?<![\w.\-'’]\p{Lu})[\w'’.]*+(?=(?:[ ]++|[ ]?-[ ]?)"
        r"(?:\p{Lu}|[dl]['’]\p{Lu}|(?i:" + part + r")[ ]))"
    )
    # Titles, greetings and closings as one trie (a keyword automaton, see context.py); the
    # capital after them is checked in Python (stdlib re has no \p{Lu}).
    # (a relation or role before a name opens a run too: "haar collega Priyanka")
    leads, closings = _cue_words()
    lead = trie_regex(trie(leads))
    closing = trie_regex(trie(closings))
    # The first letters as a lookahead before the word boundary: tried first, they skip
    # most positions cheaply (~30% faster, as base._gate_words). The spaces and blank lines
    # after a closing are possessive: giving them back can never bring a letter in reach, and
    # a closing before a long run of spaces with no letter after it took quadratic time
    # (3.6 s for 10,000 spaces; tests/detectors/test_hostile.py). A cue ends its word: "hee"
    # in "heeft", "gr" in "groot" cue nothing (a cue inside a word named nobody, and each
    # such hit cost a match and a look in Python).
    first = "".join(sorted({re.escape(w[0].lower()) for w in [*leads, *words["closings"]] if w}))
    cued = re.compile(
        rf"(?=[{first}])\b(?:{lead}(?:\.|(?!\w))|{closing}(?!\w)[ \t]*+[,.!]?(?:[ \t]*+\r?\n)*+)"
        rf"(?=[ \t]*+([^\W\d_]))"
    )
    word = regex.compile(r"\p{Lu}(?<![\w.\-'’]\p{Lu})\p{Ll}+(?=['’]s\b|(?![\w'’\-]))")
    return multi, cued, word


# A short line, perhaps ending in a colon, over a line whose first capital opens the value
# (particles in lower case may come first): a label over its value ("Surname⏎Karimi").
_LABEL_LINE = regex.compile(r"[ \t]*([^\W\d_][^:|;\t\d]{1,40}?)[ \t]*:?[ \t]*")
_VALUE_START = regex.compile(r"[ \t]*(?:(?:van|de|der|den|ter|ten|el|al)[ ]+){0,3}(?=\p{Lu})")
_LABEL_MAX = 44  # characters of a label's line


def under_name_labels(text: str) -> list[int]:
    """Where the value under a line that is a name's label alone opens. (Lines walked in
    Python, only the short ones read: a pattern tried at every line break of a dense text
    cost ~2.4 ms per 100 KB, the walk a fraction of it.)"""
    out = []
    lines = text.split("\n")
    pos = 0
    for line, below in pairwise(lines):
        start = pos + len(line) + 1
        pos = start
        if len(line) > _LABEL_MAX or not below or (m := _LABEL_LINE.fullmatch(line)) is None:
            continue
        if not name_label(m.group(1)) or name_label(below.strip()):
            continue  # (not a second label under the first: "Prénoms / Given names")
        value = _VALUE_START.match(below)
        if value is not None:
            out.append(start + value.end())
    return out


@lru_cache(maxsize=4096)
def name_label(line: str) -> bool:
    """True for a line that is a PERSON label and nothing more ("Naam/Surname/Nom",
    "Achternaam", "Given names"): its label word is a context word (not a decoy's) and
    nothing but a second language's words follow it."""
    from detectors.context import patterns  # (context's labels: loaded with the detectors)
    from detectors.labels import decisive_hit

    hit = decisive_hit(*patterns("PERSON"), line)
    return hit is not None and hit.kind == "context" and hit.start <= 24 and len(line) <= 40

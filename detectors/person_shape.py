"""The shape of a written name: runs of name-shaped words and the names a run can hold.

A run is titles, initials, particles and capitalised words in a row on one line ("dhr.
J.Th. van der Berg-de Vries"). Each word gets a type, and one small grammar over the types
("T" title, "I" initials, "P" particle, "N" capitalised word, "-" hyphen) says where the
names are. Dutch name conventions: https://nl.wikipedia.org/wiki/Tussenvoegsel,
https://taaladvies.net/aanhef-in-brieven/ (titles and forms of address).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import ahocorasick
import regex

from detectors.context import trie, trie_regex
from detectors.person_names import alone_first_names, is_known, is_name_shaped, person_words
from detectors.person_prose import may_be_name, word_total

# A capitalised word: "Jansen", "O'Brien", "d'Ancona", "McDonald", "Özdemir", "Ní".
# Surinamese-Chinese surnames join three parts by a one-letter middle one: "Tjon-A-Fat".
NAME = (r"(?:[dDlLO]['’])?\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)*(?:\p{Lu}\p{Ll}+)?"
        r"(?:-\p{Lu}-\p{Lu}\p{Ll}+)?")
# Initials with full stops, multi-letter ones too ("J.", "J.Th.", "Chr.", "J. P."), or up
# to three capitals without stops before a particle ("JP de Vries") or a surname ("PJ
# Smit"; person.py gates that one: "CV Bakker" is no name).
_INITIAL = r"\p{Lu}(?:hr|h|oh|ac|r|m)?\."
_INITIALS = rf"{_INITIAL}(?:[ ]?{_INITIAL}){{0,4}}"
_CAPS = r"\p{Lu}{1,3}"
# Tussenvoegsels and the particles of other languages, in any case ("Van der", "v.d.").
PARTICLES = frozenset(
    ["van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "’t", "v.d.", "v/d", "vd"]
    + ["v.", "von", "vom", "zu", "da", "das", "dos", "do", "di", "del", "della", "du", "le"]
    + ["la", "el", "al", "bin", "ben", "ibn", "abu", "ould", "mac"]
)
# Names of the grammar: optional titles (a particle before one: "de heer"), then a first
# name with perhaps a middle name or initials, then the surname: particles, a word, and a
# second surname after a hyphen ("Jansen-de Vries"), a particle joined by one ("El-Amrani").
_GRAMMAR = regex.compile(
    r"(?P<t>(?:P?T)*)(?P<f>N(?:-N)?(?:N(?:-N)?)?|I|C(?=[PN]))?(?P<l>P{0,3}(?:P-)?N(?:-P{0,3}N)?)"
)
_ROLES = {"t": "T", "f": "F", "l": "L"}
_MAX_RUN = 12  # words: longer runs are cut into pieces (headings in capitals)
_MAX_NAME = 8  # words of one name: "mr. drs. J.Th. van der Berg-de Vries"


class Token(NamedTuple):
    """A word of a run: its text, span and type (T, I, C, P, N, -). A named tuple: runs
    make one per word of every capitalised stretch, at a third of a frozen dataclass's cost."""

    text: str
    start: int
    end: int
    kind: str


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(runs opening with a capital, the titles and particles that may lead one)."""
    titles = sorted(person_words()["titles"], key=len, reverse=True)
    title = "|".join(regex.escape(t.rstrip(".")) + r"\.?" for t in titles)
    part = "|".join(regex.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
    lead = rf"(?i:{title}|{part})"
    opener = rf"(?:{_INITIALS}|{NAME}|{_CAPS}(?![\w.]))"
    word = rf"(?:{opener}|{lead}(?![\w']))"
    sep = r"(?:[ ]+|[ ]?-[ ]?)"
    # A run opens with a capital (found by _OPENER) and holds at most _MAX_RUN words;
    # lower-case titles and particles before it ("de heer", "van") are found looking back.
    run = regex.compile(rf"{opener}(?:{sep}{word}){{0,{_MAX_RUN - 1}}}")
    leading = regex.compile(rf"(?<![\w'’.\-])(?:{lead}[ ]+)+$", regex.REVERSE)  # (person._BEFORE)
    return run, leading


_INITIALS_RE = regex.compile(_INITIALS)
_NAME_RE = regex.compile(NAME)
_CAPS_RE = regex.compile(_CAPS)
_GREETING = regex.compile(r"(?:^|[\s,])(\w+)[ ]+$", regex.REVERSE)  # (person._BEFORE)
_GREETING_END = regex.compile(r"[ ]*(?:[,:!]|\r?\n|$)")
_SIGNATURE_END = regex.compile(r"[ ]*[,(<|]")


@lru_cache(maxsize=8192)
def _kind(word: str) -> str:
    lower = word.lower()
    if lower in person_words()["titles"] or lower + "." in person_words()["titles"]:
        return "T"
    if lower in PARTICLES:
        return "P"
    if _INITIALS_RE.fullmatch(word):
        return "I"
    if _CAPS_RE.fullmatch(word):
        return "C"
    return "N" if _NAME_RE.fullmatch(word.removesuffix(".")) else "x"


_WORD = regex.compile(rf"\p{{Lu}}\p{{Ll}}+-\p{{Lu}}-\p{{Lu}}\p{{Ll}}+|{_INITIALS}|[\w'’./]+|-")
# Words joined by spaces or hyphens on one line: what a name may span (typed one by one;
# _run_at follows it word by word, tests/detectors/test_person_fast_paths.py compares).
_STRETCH = regex.compile(r"[\w'’./]+(?:(?:[ ]{1,2}|[ ]?-[ ]?)[\w'’./]+)*")


def tokens(text: str) -> Iterator[list[Token]]:
    """The runs of name-shaped words in ``text``, each a list of typed tokens."""
    end = 0
    for start in _openers(text):
        if start < end:
            continue
        run = _run_at(text, start)
        end = run[-1].end if run else start + 1
        if len(run) == 1 and not is_name_shaped(run[0].text):
            continue  # one ordinary word ("Werkervaring"): the most common run, no name
        if run and _led(text, start):
            run = _lead(text, start) + run
        if run:
            yield run


def _openers(text: str) -> list[int]:
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
    found.update(start for start, upper in cued_words(text) if upper)
    found.update(m.start(1) for m in _LABEL_MARK.finditer(text) if text[m.start(1)].isupper())
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
        if v is True or (v is not False and may_be_name(text, m.start(), m.end(), v)):
            found.add(m.start())
    return sorted(found)


# A capitalised word's verdict: True (a first name alone), False (no name: a common word),
# or its word_total() for may_be_name to weigh with its place.
_VERDICTS: dict[str, bool | float] = {}
_MAX_VERDICTS = 100_000


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


# "Naam: Jansen", "(Jansen)", and a cell of a row: "1001;Bakker;Sanne", "| de Groot |"
# and the first cell of a tab-separated row: "Jansen\tPieter\t..." under "Achternaam\t..."
_LABEL_MARK = re.compile(r"(?:[:(;|\t]|^(?=[^\t\n]{1,60}\t))"
                         r"(?=[ \t]*(?:(?i:van|de|den|der|ter|ten|el|al)[ ]+)*([^\W\d_]))",
                         re.MULTILINE)


@lru_cache(maxsize=2)
def cued_words(text: str) -> tuple[tuple[int, bool], ...]:
    """(start, capitalised) of each word right after a title, greeting, relation or closing:
    a capital opens a name here; person_lower reads the lower-case ones ("hoi sanne") from
    the same scan."""
    cued = _cues()[1]
    return tuple((m.start(1), text[m.start(1)].isupper()) for m in cued.finditer(_lower(text))
                 if _word_starts(text, m.start()))


def _lower(text: str) -> str:
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
def _cues() -> tuple[regex.Pattern[str], re.Pattern[str], regex.Pattern[str]]:
    words = person_words()
    part = "|".join(regex.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
    # (possessive: only the whole word can be followed by a space or hyphen, so giving
    # back letters, which the lookahead then tried one by one, never found a match)
    multi = regex.compile(
        r"\p{Lu}(?<![\w.\-'’]\p{Lu})[\w'’.]*+(?=(?:[ ]+|[ ]?-[ ]?)"
        r"(?:\p{Lu}|[dl]['’]\p{Lu}|(?i:" + part + r")[ ]))"
    )
    # Titles, greetings and closings as one trie (a keyword automaton, see context.py); the
    # capital after them is checked in Python (stdlib re has no \p{Lu}).
    # (a relation or role before a name opens a run too: "haar collega Priyanka")
    leads = [t.rstrip(".") for t in words["titles"] | words["greetings"] | words["relations"]]
    lead = trie_regex(trie(leads))
    closing = trie_regex(trie(list(words["closings"])))
    # The first letters as a lookahead before the word boundary: tried first, they skip
    # most positions cheaply (~30% faster, as base._gate_words).
    first = "".join(sorted({re.escape(w[0].lower()) for w in [*leads, *words["closings"]] if w}))
    cued = re.compile(
        rf"(?=[{first}])\b(?:{lead}\.?|{closing}[ \t]*[,.!]?(?:[ \t]*\r?\n)*)"
        rf"(?=[ \t]*([^\W\d_]))"
    )
    word = regex.compile(r"\p{Lu}(?<![\w.\-'’]\p{Lu})\p{Ll}+(?=['’]s\b|(?![\w'’\-]))")
    return multi, cued, word


def _run_at(text: str, start: int) -> list[Token]:
    """The typed words from ``start`` while they may belong to a name: up to a lower-case
    word, a punctuation mark, the end of a sentence or the line, or _MAX_RUN words.

    The words are those of the stretch of words joined by spaces or hyphens that opens at
    ``start`` (_STRETCH, within 160 characters), read one by one: a word ends the stretch
    unless the gap before it is one or two spaces or none (a hyphen: at most one space on
    each side of it, and a word after it). Checked per word read instead of matching the
    stretch first: most runs end at their first or second word (measured: the stretch's
    match was a third of this function's time)."""
    run: list[Token] = []
    prev, dash = -1, False  # the end of the word before, and whether it was a hyphen
    for w in _WORD.finditer(text, start, min(len(text), start + 160)):
        word, at = w.group(), w.start()  # (no _WORD match ends in a space)
        if prev < 0:
            if at != start or word == "-":
                break  # no word's letter at ``start``: no stretch
        elif at != prev and (text[prev:at] not in _GAPS or (
                (dash or word == "-") and at - prev > 1)) or (dash and word == "-"):
            break
        prev, dash = at + len(word), word == "-"
        cased, kind = _typed(word)
        if kind == "x" or len(run) == _MAX_RUN:
            break  # (before a Token is made: most runs end at their first ordinary word)
        if kind == "N":
            if cased[-1] == ".":  # "Jansen." ends a sentence
                run.append(Token(cased[:-1], at, at + len(word) - 1, "N"))
                break
            if cased[-2:] in _POSSESSIVE:  # "Okonkwo's planning"
                run.append(Token(cased[:-2], at, at + len(word) - 2, "N"))
                break
        run.append(Token(cased, at, at + len(word), kind))
    while run and run[-1].kind in "-P":
        run.pop()  # (a hyphen no word follows is no part of the stretch either)
    return run


_GAPS = (" ", "  ")


def _lead(text: str, start: int) -> list[Token]:
    """Lower-case titles and particles right before a run ("de heer", "van")."""
    lead = _patterns()[1].search(text, max(0, start - 30), start)
    return [] if lead is None else [_token(w) for w in _WORD.finditer(text, lead.start(), start)]


def _led(text: str, start: int) -> bool:
    """True when the word before ``start`` is a lower-case title or particle ("heer")."""
    before = text[max(0, start - 12) : start]
    if not before.endswith(" "):
        return False
    words = _CELL_BREAK.split(before)[-1].split()
    return bool(words) and _kind(words[-1]) in "TP"


_POSSESSIVE = ("'s", "’s")
_CELL_BREAK = re.compile(r"[;|\t(:]")  # a particle opening a cell: ";de Groot"


def _token(m: regex.Match[str]) -> Token:
    word = m.group().rstrip()
    start = m.start()
    text, kind = _typed(word)
    return Token(text, start, start + len(word), kind)


@lru_cache(maxsize=16384)
def _typed(word: str) -> tuple[str, str]:
    """(text, type) of a word, once per distinct word: a run's words repeat across a text."""
    if len(word) > 3 and word.isupper():
        return _upper_typed(word)
    return word, "-" if word == "-" else _kind(word)


def _upper_typed(word: str) -> tuple[str, str]:
    """A word in capitals as its name would be written ("JANSEN" -> "Jansen"): surnames in
    capitals head CVs, passports and registers ("PIETER JANSEN", "EL AMRANI Yasmina"). Only
    a gazetteer name, or a longer word that may be a name (no common word: "WERKERVARING"
    is a heading); three capitals stay initials or an acronym ("JAN", "UWV", "HBO")."""
    cased = _title(word)
    kind = _kind(word)
    if len(cased) == len(word) and kind in "Cx" and _kind(cased) == "N" and (
            is_known(cased) or is_name_shaped(cased)):
        return cased, "N"
    return word, kind


@lru_cache(maxsize=4096)
def _title(word: str) -> str:
    """'JANSEN' -> 'Jansen', "O'BRIEN" -> "O'Brien", "D'ANCONA" -> "d'Ancona"."""
    cased = word.title()
    return cased if not _ELISION.match(cased) else cased[0].lower() + cased[1:]


_ELISION = regex.compile(r"[DL]['’]")  # (compiled once: regex.match(str) looks up its cache)


def cuts(run: list[Token], kinds: str, i: int) -> Iterator[tuple[tuple[Token, ...], str]]:
    """The names that may start at word ``i`` of ``run`` (its types ``kinds``), longest
    first, with the role of each word (T title, F first/middle, I initials, P particle,
    L surname, - hyphen)."""
    for j, roles in _shapes(kinds, i):
        yield tuple(run[i:j]), roles


@lru_cache(maxsize=8192)
def _shapes(kinds: str, i: int) -> tuple[tuple[int, str], ...]:
    """(end, roles) of every grammatical cut from ``i``: runs repeat a few type strings."""
    found = (
        (j, m)
        for j in range(min(len(kinds), i + _MAX_NAME), i, -1)
        if (m := _GRAMMAR.fullmatch(kinds, i, j)) is not None
    )
    return tuple((j, _roles(m, i, j)) for j, m in found)


def _roles(m: regex.Match[str], i: int, j: int) -> str:
    roles = []
    for k in range(i, j):
        group = next(g for g in ("t", "f", "l") if m.start(g) <= k < m.end(g))
        kind = m.string[k]
        if kind in "P-" and group != "t":
            roles.append(kind)
        elif kind in "IC":
            roles.append("I")
        else:
            roles.append(_ROLES[group])
    return "".join(roles)


def greeting_before(text: str, start: int, end: int) -> bool:
    """True for "Beste Fatima," / "Dear John:" / "Hoi Sanne!": a greeting before the name,
    and a comma, colon, exclamation mark or the end of the line after it."""
    before = text[max(0, start - 20) : start].lower()
    m = _GREETING.search(before)
    if m is None or m.group(1) not in person_words()["greetings"]:
        return False
    return _GREETING_END.match(text[end : end + 3]) is not None


def closing_before(text: str, start: int, end: int) -> bool:
    """True when the name signs a letter: it fills its line ("Groet, Kees" counts too) and
    the line before it (blank lines skipped) closes the letter ("Met vriendelijke groet,")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if rest.strip(" \t\r.,") and not _SIGNATURE_END.match(rest):
        return False
    head = text[line_start:start]
    if head.strip():
        return _is_closing(head.strip(" \t,"))
    above = text[max(0, line_start - 120) : line_start].rstrip().rsplit("\n", 1)[-1]
    return _is_closing(above.strip(" \t,.!"))


def _is_closing(line: str) -> bool:
    return line.lower() in person_words()["closings"]

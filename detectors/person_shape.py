"""The shape of a written name: runs of name-shaped words and the names a run can hold.

A run is titles, initials, particles and capitalised words in a row on one line ("dhr.
J.Th. van der Berg-de Vries"). Each word gets a type, and one small grammar over the types
("T" title, "I" initials, "P" particle, "N" capitalised word, "-" hyphen) says where the
names are. Dutch name conventions: https://nl.wikipedia.org/wiki/Tussenvoegsel,
https://taaladvies.net/aanhef-in-brieven/ (titles and forms of address).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from detectors.person_names import (
    alone_first_names,
    first_names,
    is_known,
    is_name_shaped,
    last_names,
    person_words,
)
from detectors.person_openers import openers

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
# Legal forms written as initials: "Bakker B.V." and "N.V.Nederland" are firms (lower case)
LEGAL_FORMS = frozenset(["b.v.", "n.v.", "c.v.", "v.o.f.", "b. v.", "n. v.",
                         # (stop 74) Latin America's, Spain's, France's and Italy's
                         "s.a.s.", "s.a.", "s.l.", "s.r.l.", "s.p.a.", "s.a.r.l."])
# A firm's legal form as written after its name ("B.V.", "BV", "V.O.F.", "GmbH"), for the
# patterns that read a firm's name (person._LEGAL_AFTER, person_firms)
LEGAL_FORM = (r"(?:B\.[ ]?V\.?|BV|N\.[ ]?V\.?|NV|V\.O\.F\.?|VOF|GmbH|Ltd\.?|LLC|S\.A\.S\.|S\.A\.|Sp\."
              # (stop 72) a Romanian, Hungarian, Czech or Slovak firm's ("Popa Construct SRL")
              r"|SRL|S\.R\.L\.|Kft\.?|s\.r\.o\.)"
              r"(?![\w.])")
PARTICLES = frozenset(
    ["van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "’t", "v.d.", "v/d", "vd"]
    # (stop 51) "in" only with the particle after it, one word ("A. in 't Veld", "J. in den
    # Bosch"): alone it is the preposition ("Jan in Amsterdam"), and "in de" too often is
    + ["in 't", "in ’t", "in den", "in der"]
    + ["v.", "von", "vom", "zu", "da", "das", "dos", "do", "di", "del", "della", "du", "le"]
    + ["la", "el", "al", "bin", "ben", "ibn", "abu", "ould", "mac"]
    # (stop 70) the Philippines' particles, written as one word: "Dela Paz", "Delos Reyes"
    + ["dela", "delos"]
)
# Names of the grammar: optional titles (a particle before one: "de heer"), then a first
# name with perhaps a middle name or initials (capitals without stops: up to three words of
# them, "S K RAMCHARAN" as a bank prints a holder; person_initials.caps_name), then the
# surname: particles, a word, and a second surname after a hyphen ("Jansen-de Vries"), a
# particle joined by one ("El-Amrani").
_GRAMMAR = regex.compile(
    r"(?P<t>(?:P?T)*)(?P<f>N(?:-N)?(?:N(?:-N)?)?|I|C{1,3}(?=[PN]))?(?P<l>P{0,3}(?:P-)?N(?:-P{0,3}N)?)"
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


# (stop 62) the particle of Twente and Achterhoek surnames, written with a capital ("Oude
# Elferink", "Jansen-Oude Hengel"); in lower case it is the adjective ("de oude kerk")
_OUDE = "Oude"
_INITIALS_RE = regex.compile(_INITIALS)
_NAME_RE = regex.compile(NAME)
_CAPS_RE = regex.compile(_CAPS)
_GREETING = regex.compile(r"(?:^|[\s,])(\w+)[ ]+$", regex.REVERSE)  # (person._BEFORE)
_GREETING_END = regex.compile(r"[ ]*(?:[,:!]|\r?\n|$|/[ ])")  # ("Hey Femke / day team,")
_SIGNATURE_END = regex.compile(r"[ ]*[,(<|]")
# (stop 68) two who sign together on one line: the other's first name (and a surname) after
# or before an "&", "+", "en" or "and" ("Femke & Joyce", "Kees en Marga Dekker")
_PAIR = r"[ ]*(?:&|\+|en|and)[ ]+"
_SIGNER = r"\p{Lu}[\p{Ll}'’\-]+(?:[ ]\p{Lu}[\p{Ll}'’\-]+)?"
_PAIR_AFTER = regex.compile(rf"{_PAIR}{_SIGNER}[ \t\r.,!]*")
_PAIR_BEFORE = regex.compile(rf"[ \t]*{_SIGNER}{_PAIR}")
_PUNCT_ONLY = regex.compile(r"[ \t\r.,]*+")  # (what closing_before strips off a line's rest)


@lru_cache(maxsize=8192)
def _kind(word: str) -> str:
    lower = word.lower()
    if is_title(lower, person_words()["titles"]) and not (
            word.isupper() and lower in person_words()["caps_not_titles"]):
        return "T"
    if lower in PARTICLES or word == _OUDE:
        return "P"
    if _INITIALS_RE.fullmatch(word):
        return "I"
    if _CAPS_RE.fullmatch(word):
        return "C"
    return "N" if _NAME_RE.fullmatch(word.removesuffix(".")) else "x"


_WORD = regex.compile(rf"(?i:in)[ ](?:['’]t|de[nr])(?![\w'’])"  # a two-word particle
                      rf"|\p{{Lu}}\p{{Ll}}+-\p{{Lu}}-\p{{Lu}}\p{{Ll}}+|{_INITIALS}|[\w'’./]+|-")
# Words joined by spaces or hyphens on one line: what a name may span (typed one by one;
# _run_at follows it word by word, tests/detectors/test_person_fast_paths.py compares).
_STRETCH = regex.compile(r"[\w'’./]+(?:(?:[ ]{1,2}|[ ]?-[ ]?)[\w'’./]+)*")


def tokens(text: str) -> Iterator[list[Token]]:
    """The runs of name-shaped words in ``text``, each a list of typed tokens."""
    end = 0
    for start in openers(text):
        if start < end or _opens_code(text, start):
            continue
        run = _run_at(text, start)
        end = run[-1].end if run else start + 1
        if len(run) == 1 and not is_name_shaped(run[0].text):
            lead = _lead(text, start) if _led(text, start) else []
            if not lead or ("T" not in [t.kind for t in lead] and not _opens_cell(
                    text, lead[0].start)):
                continue  # one ordinary word ("Werkervaring"): the most common run, no name
            run = lead + run  # (a surname may be a word: "dhr. ten Have", ";van der Veen;")
        elif run and _led(text, start):
            lead = _lead(text, start)
            run = run if _given_after_particle(run, lead) else lead + run
        if run:
            yield run


def _given_after_particle(run: list[Token], lead: list[Token]) -> bool:
    """True where a lone first name that is no surname follows a bare particle: "het
    afscheid van Gerda", "de taart van Noah" (a possessive's "van", no surname's); a title
    before the particle leads a name whatever follows ("mevrouw van Gerven")."""
    if not all(t.kind == "P" for t in lead) or run[0].text not in first_names():
        return False
    if len(run) == 1:
        return run[0].text not in last_names()
    # (stop 72) a first name and more of a name after it: the particle is the possessive's,
    # the name opens after it ("de afwezigheid van Yara van der Pol", "het dossier van Evert
    # Ganzeboom"), whatever else the first name is
    return run[1].kind in "NP-"


_UPPER, _DIGITS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), frozenset("0123456789")


def _opens_code(text: str, start: int) -> bool:
    """True where two capitals and a digit open a word ("NL91ABNA0417164300", "NL52"): an
    IBAN, a postcode's or a product's code, whose run _run_at finds empty (the word holds a
    digit, which no name, initial, particle or title does: person.toml's titles are checked
    once). Half the places a run may open in an export of IBANs; ~4 us each to type."""
    head = text[start : start + 3]
    return (len(head) == 3 and head[0] in _UPPER and head[1] in _UPPER and head[2] in _DIGITS
            and not person_words()["titles_with_digits"])


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
        if word[-1] in _APOSTROPHES and word[-2:-1].isalpha():
            cased, kind = _typed(word[:-1])  # (stop 73) "Mr. Evans' new address"
            if kind == "N":
                run.append(Token(cased, at, at + len(word) - 1, "N"))
            break  # (a possessive's mark, or a closing quote, ends the name)
        cased, kind = _typed(word)
        if kind == "P" and cased == _OUDE and run and run[-1].kind == "P":
            kind = "N"  # ("Recreatiepark De Oude Molen": no particle follows another so)
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
_NEAR = regex.compile(r"(?i:near)[ -]$")


def _lead(text: str, start: int) -> list[Token]:
    """Lower-case titles and particles right before a run ("de heer", "van")."""
    lead = _patterns()[1].search(text, max(0, start - 30), start)
    if lead is None:
        return []
    found = [_token(w) for w in _WORD.finditer(text, lead.start(), start)]
    if found and found[0].text.lower() == "miss" and _NEAR.search(
            text, max(0, lead.start() - 6), lead.start()):
        return []  # "near miss Amersfoort": an incident's kind, no form of address
    offices = person_words()["offices"]
    # an office before a particle names its place ("burgemeester van Utrecht"): no title
    cut = [k for k, t in enumerate(found[:-1]) if t.kind == "T" and found[k + 1].kind == "P"
           and t.text.lower() in offices]
    return found[cut[-1] + 1 :] if cut else found


def _led(text: str, start: int) -> bool:
    """True when the word before ``start`` is a lower-case title or particle ("heer")."""
    before = text[max(0, start - 18) : start]  # (the longest title: "staatssecretaris ")
    if not before.endswith(" "):
        return False
    words = _CELL_BREAK.split(before)[-1].split()
    return bool(words) and _leads(words[-1])


def _leads(word: str) -> bool:
    """``_kind(word) in "TP"`` (a title or a particle) without typing the word: the words
    before runs are mostly ordinary ones, each of which took a place in _kind's cache."""
    lower = word.lower()
    return is_title(lower, person_words()["titles"]) or lower in PARTICLES


def is_title(lower: str, titles: Collection[str]) -> bool:
    """A title in lower case, with or without the full stop it is listed with ("prof" for
    "prof."): _kind, _leads and person's title pairs ask this one question."""
    return lower in titles or lower + "." in titles


_POSSESSIVE = ("'s", "’s")
_APOSTROPHES = ("'", "’")
_CELL_OPENERS = (";", "|", "\t", ",", '"')


def _opens_cell(text: str, start: int) -> bool:
    """True when ``start`` opens a cell of a row (after ";", "|", a tab, a comma with no
    space or a quote), where a column's label may make a name of it."""
    return text[max(0, start - 2) : start].rstrip(" ")[-1:] in _CELL_OPENERS
_CELL_BREAK = re.compile(r"[;|\t(:,\"]")  # a particle opening a cell: ";de Groot", ',"van Dijk"'


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
    if text[start - 1 : start] != " ":
        return False  # (a greeting stands a space before its name; most names: none)
    before = text[max(0, start - 20) : start].lower()
    m = _GREETING.search(before)
    if m is None or m.group(1) not in person_words()["greetings"]:
        return False
    if m.group(1) in person_words()["informal_greetings"] and not (
            _first_name_at(text, start) or " " in text[start:end] or text[end : end + 1] == ","):
        return False  # ("Hola Barcelona!", "heey Samsung")
    return (_GREETING_END.match(text[end : end + 3]) is not None
            or _ASIDE_THEN_END.match(text, end) is not None)


# (stop 76) an aside in brackets between the greeted name and the greeting's comma ("Hello
# Wendelien (I hope this reaches the right desk),")
_ASIDE_THEN_END = regex.compile(r"[ ]\([^()\n]{1,80}\)[ ]*(?:[,:!]|\r?\n|$)")
_WORD_AT = re.compile(r"[^\W\d_]+")


def _first_name_at(text: str, start: int) -> bool:
    """True when the word at ``start`` is a gazetteer first name that is no common word."""
    m = _WORD_AT.match(text, start)
    return m is not None and m.group().title() in alone_first_names()


def closing_before(text: str, start: int, end: int) -> bool:
    """True when the name signs a letter: it fills its line ("Groet, Kees" counts too) and
    the line before it (blank lines skipped) closes the letter ("Met vriendelijke groet,")."""
    line_end = text.find("\n", end)
    hi = len(text) if line_end < 0 else line_end
    # (the rest of the line read from its start: in prose it is most of a paragraph, and
    # its first word settles it)
    if not _PUNCT_ONLY.fullmatch(text, end, hi) and not _SIGNATURE_END.match(text, end, hi) and (
            not _PAIR_AFTER.fullmatch(text, end, hi)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    # (the second of two who sign together: "Femke & Joyce", "Kees en Marga")
    paired = _PAIR_BEFORE.fullmatch(text, line_start, start) is not None
    if not paired and _NOT_SPACE.search(text, line_start, start):  # (text before it on its line)
        closing = _head_closes(text, line_start, start)
        if not closing and (stop := _LAST_STOP.search(text, max(line_start, start - 40), start)):
            # the closing after the message's last sentence, on its line: "Tot vrijdag. Groet Wessel"
            closing = _head_closes(text, stop.end(), start)
    else:
        above = text[max(0, line_start - 120) : line_start].rstrip().rsplit("\n", 1)[-1]
        closing = _is_closing(above.strip(" \t,.!"))
    if closing and closing in person_words()["informal_closings"]:  # ("thx⏎Philips")
        return _first_name_at(text, start) or " " in text[start:end].strip()
    return bool(closing)


# the end of a sentence, the closing and the name after it to the end of the line
_LAST_STOP = regex.compile(r"[.!?][ \t]+(?=[^.!?\n]*$)")


# a dash before the name, or a mail's signature delimiter ("-- Wim")
_DASH_BEFORE = regex.compile(r"(?:^|[ ])(?:--|[-–—])[ ]?$", regex.MULTILINE)


def dash_signed(text: str, start: int, end: int) -> bool:
    """True when the name signs a message after a dash at its line's end ("Graag vóór
    vrijdag. - Joop", "Akkoord – Bram", a last line "- Ruud"), not as an item of a list of
    dash lines ("- Planning" above or below it)."""
    if text[max(0, start - 3) : start].strip(" ")[-1:] not in ("-", "–", "—"):
        return False  # (nearly every name: no dash right before it)
    if not _DASH_BEFORE.search(text, max(0, start - 3), start):
        return False
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(" \t\r.!"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _NOT_DASH.search(text, line_start, start):
        return True  # after a sentence on its line
    return not _dash_line_beside(text, line_start, line_end)


def _dash_line_beside(text: str, line_start: int, line_end: int) -> bool:
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    below = "" if line_end < 0 else text[line_end + 1 : line_end + 80].split("\n", 1)[0]
    return any(line.lstrip()[:1] in "-–—•*" and line.strip() for line in (above, below))


def _is_closing(line: str) -> str:
    """The closing the line is, lower case, or ""."""
    low = line.lower()
    return low if low in person_words()["closings"] else ""


# (searched from a line's start: on a long line, the first character settles it)
_NOT_SPACE, _NOT_PAD = re.compile(r"\S"), re.compile(r"[^ \t,]")
_NOT_DASH = re.compile(r"[^ \t\-–—]")
_HEAD_REACH = 64  # characters read back past the longest closing for the head's end


@cache
def _longest_closing() -> int:
    return max(map(len, person_words()["closings"]), default=0)


def _head_closes(text: str, line_start: int, start: int) -> str:
    """``_is_closing(text[line_start:start].strip(" \t,"))``, reading only the end of the
    line's head: no closing is longer than _longest_closing (lower() never shortens), so a
    head that runs on before that is none, and a name on a long line reads no more of it."""
    most = _longest_closing()
    lo = max(line_start, start - most - _HEAD_REACH)
    end = lo + len(text[lo:start].rstrip(" \t,"))
    if end == lo and lo > line_start:  # padding all the way back: the plain reading
        return _is_closing(text[line_start:start].strip(" \t,"))
    if _NOT_PAD.search(text, line_start, max(line_start, end - most)):
        return ""  # the head starts further back than the longest closing
    return _is_closing(text[max(line_start, end - most) : end].lstrip(" \t,"))

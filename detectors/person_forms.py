"""PERSON in the written forms of registers and letters that a run of words does not hold.

- inverted, as registers and exports sort people: "Jansen, P.", "Berg, J.Th. van den",
  "Öztürk-Bakker, A.B.", and in a cell of its own "Jansen, Pieter", "EL AMRANI, Yasmina";
- a call name in brackets between first name or initials and surname: "A. (Anna) de Vries",
  "dhr. J.Th. (Johan) Mulder", "Sanne (Sas) Bakker-de Wit".

Dutch conventions: https://nl.wikipedia.org/wiki/Roepnaam,
https://nl.wikipedia.org/wiki/Tussenvoegsel (sorting by surname, particles after initials).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

from detectors.context import Evidence, scores
from detectors.person_names import (
    common_words,
    first_names,
    is_known,
    is_name_shaped,
    last_names,
    listed_firm,
    person_words,
)
from detectors.person_shape import _INITIAL, _INITIALS, LEGAL_FORMS, NAME, PARTICLES, Token

# a fixed-width record's id opening its line and filling its column, one space before the
# next field ("10-2231 Okafor, Chidubem"): a code with a digit, no letters but a prefix's
RECORD_ID = r"[A-Z]{0,3}[\-/]?\d[\d\-/.]{2,}"
# a cell: between delimiters or a line's ends, or (a table set with spaces) a gap of two;
# a list's item after its number or bullet ("3. Jansen, Piet"); after a record's id. Not a
# label's value: "Aanwezig: Mark, Sanne" lists two first names
_CELL_OPEN = (r"(?:^|(?<=[|;\t])[ ]*|(?<=[ ]{2})"
              r"|(?<=^[ \t]{0,8}(?:\d{1,3}[.)]|[-•*–])[ ]{1,3})"
              rf"|(?<=^{RECORD_ID}[ ]))")
_CELL_CLOSE = r"(?=[ ]*(?:[|;\t]|$)|[ ]{2})"


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    part = "|".join(regex.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))
    particles = rf"(?:(?i:{part})[ ]+){{0,3}}"
    # (a double surname's second part may be joined by hyphens around its particle too:
    # "Smit-van-Dijk", "Bakker-de Wit")
    joined = rf"(?:(?i:{part})(?:[ ]+|-)){{0,3}}"
    surname = rf"{particles}{NAME}(?:[ ]?-[ ]?{joined}{NAME}){{0,2}}"
    edge, end = r"(?<![\w'’.\-])", r"(?![\w'’\-])"
    # In a cell of its own: "Jansen, Pieter", "EL AMRANI, Yasmina" (a BRP extract).
    upper = r"\p{Lu}{2,}(?:[ \-]\p{Lu}{2,}){0,2}"
    long_upper = r"(?:\p{Lu}{2,3}[ \-])?\p{Lu}{4,}(?:[ \-]\p{Lu}{2,}){0,2}"  # no acronym
    # (a surname in capitals too, as exchange records write it: "KOWALCZYK, A.")
    inverted = regex.compile(
        rf"{edge}(?P<l>{surname}|{long_upper}),[ ]+(?P<i>{_INITIALS})(?:[ ]+(?P<p>(?i:{part})"
        rf"(?:[ ]+(?i:{part})){{0,2}}))?{end}")
    # A surname in capitals says it is one anywhere: "1. JANSEN, Pieter", "is EL AMRANI, Yasmina".
    # The particles after the first name, as after initials: "Dijk, Pieter van",
    # "BERG, Anna van den".
    first = rf"(?P<f>{NAME}(?:[ ]{NAME}){{0,2}})(?:[ ]+(?P<p>(?i:{part})(?:[ ]+(?i:{part})){{0,2}}))?"
    # (a record in capitals writes the first name so too: "MAZUR, ANDRZEJ", "RAMDIN, ANIL")
    first_upper = r"(?P<f>\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:[ ]\p{Lu}{2,}){0,1})"
    in_cell = regex.compile(
        rf"{_CELL_OPEN}(?P<l>{surname}|{upper}),[ ]+{first}{_CELL_CLOSE}"
        rf"|{_CELL_OPEN}(?P<l>{upper}),[ ]+{first_upper}{_CELL_CLOSE}"
        rf"|{edge}(?P<l>{long_upper}),[ ]+{first}{end}", regex.MULTILINE)
    # the name one goes by in brackets or quotes: "Agnieszka (Aga) Kowalczyk", 'Jeroen "JJ"
    # Jansen', "Johannes 'Hans' de Boer"
    nick = rf"(?:{NAME}(?:-{NAME})?|\p{{Lu}}{{2,3}})"
    # (two given names or a double one before it, "Luiz Carlos", "Pieter-Jan"; a one-letter
    # part inside a Surinamese-Chinese surname after it, "Tjon-A-Fat")
    given = rf"{NAME}(?:-{NAME})?(?:[ ]{NAME}(?:-{NAME})?)?"
    joined_letter = rf"{particles}{NAME}(?:-(?:\p{{Lu}}(?=-)|{joined}{NAME})){{0,3}}"
    called = regex.compile(
        rf"{edge}(?P<f>{_INITIALS}|{given})[ ]+(?|\((?P<c>{nick})\)|[\"“'‘](?P<c>{nick})[\"”'’])"
        rf"[ ]+(?P<l>{joined_letter}|{surname}){end}")
    # The surname first without a comma, as lists and registers sort: "Smit J.-P.",
    # "Bakker A." before the end of a cell or line (a column's gap of two spaces too: a
    # table set with spaces), a comma, a semicolon or "en"; a role in brackets may stand
    # between ("Smit A. (voorzitter), ...").
    hyphened = rf"{_INITIAL}(?:[ ]?-?{_INITIAL}){{0,4}}"
    # (stop 75) the surname in capitals too, as an export prints it ("NOWAK P.", "DE JONG R.")
    first = regex.compile(
        rf"{edge}(?P<l>{surname}|{particles}{long_upper})[ ]+(?P<i>{hyphened})"
        rf"(?=(?:[ ]\([^()\n]{{1,30}}\))?(?:[ ]{{2}}|[ ]*(?:[,;|\t]|$|[ ](?:en|and)[ ])))",
        regex.MULTILINE)
    return inverted, in_cell, called, first


def _surname_ok(surname: str, particles: str | None = None) -> tuple[bool, bool]:
    """(every word that must look like a name does, some word is a gazetteer name); a
    surname whose particles follow the first name or initials ("Meer, J.P. van der") may be
    an ordinary word, as after a particle in front ("van der Meer")."""
    words = regex.split(r"[ \-]+", surname.strip())
    shaped, known, after_particle = True, False, bool(particles)
    for w in words:
        if w.lower() in PARTICLES or (len(w) == 1 and len(words) > 2):
            after_particle = True  # (and the one-letter part of "Tjon-A-Fat")
            continue
        cased = w if not w.isupper() else w.title()
        shaped &= after_particle or is_name_shaped(cased)
        known |= is_known(cased)
        after_particle = False
    return shaped, known


def _tokens(m: regex.Match[str], groups: str) -> tuple[tuple[Token, ...], str]:
    """Tokens of the matched groups, a role each (L surname, I initials, F first name, P
    particle): the parts person.py reads to find the surname alone later."""
    out: list[tuple[Token, str]] = []
    for g, role in zip(groups, groups.upper().replace("C", "F"), strict=True):
        if m.group(g) is None:
            continue
        for w in regex.finditer(r"[^\s\-]+", m.group(g)):
            kind = "P" if w.group().lower() in PARTICLES else role
            s = m.start(g) + w.start()
            out.append((Token(w.group(), s, s + len(w.group()), kind), kind))
    out.sort(key=lambda tr: tr[0].start)
    return tuple(t for t, _ in out), "".join(r for _, r in out)


# What every match of a pattern holds, found by a plain scan much faster than the pattern's
# own (~20x on dense text): after a comma, initials (inverted) or up to three words that end
# a cell (in a cell); a word in brackets between spaces (call name). Letters are
# [^\W\d_] here: every \p{Lu} and \p{Ll} is one.
_INVERTED_CUE = re.compile(r",[ ]+[^\W\d_](?:hr|h|oh|ac|r|m)?\.")
# (both open with the comma, so the scan jumps from comma to comma; a capital surname before
# one: "JANSEN, Pieter")
_CELL_CUE = re.compile(r",(?:[ ]+[^\W\d_][\w'’\-]*(?:[ ][\w'’\-]+){0,2}(?:[ ]*(?:[|;\t]|$)|[ ]{2})"
                       r"|(?<=[A-ZÀ-ÖØ-Þ]{2},)[ ]+[^\W\d_])", re.MULTILINE)
_CALLED_CUE = re.compile(r"[ ](?:\([^\W\d_][\w'’\-]*\)|[\"“'‘][^\W\d_][\w'’\-]*[\"”'’])[ ]")
# (from the spaces after the surname's last letter, which _lines_with checks: a scan that
# opens on a space is ~2x faster than one that tries every letter; from the first space of a
# run only, the one after that letter: opening on each space of a long run was quadratic,
# 4 CPU-s on 20,000 spaces. The space is the pattern's first item and the look-back follows
# it, "(?<![ ])[ ]+" as "[ ](?<![ ]{2})[ ]*": re then jumps from space to space in C instead
# of trying the look-back at every character, measured ~9% of PERSON on CVs)
_FIRST_CUE = re.compile(r"[ ](?<![ ]{2})[ ]*[^\W\d_]{1,3}\.(?:[ ]?-?[^\W\d_]{1,3}\.)*"
                        r"(?:[ ]\([^()\n]{1,30}\))?"  # (a role in brackets: "Smit A. (vz),")
                        r"(?:[ ]{2}|[ ]*(?:[,;|\t\n]|$| en | and ))", re.MULTILINE)
# A passenger's name as an airline books it (IATA's name element: SURNAME/GIVEN NAMES, then a
# title): "AYDIN/EMRE MR", "DE VRIES/ANNA MARIA MS", a slash set apart by a travel agent
# ("OKONKWO / ADAEZE MS"). The title is needed: a passport's
# months ("MRT/MAR", "JUN/JUN") and codes ("HR/ICT", "DNI/NIE") have the rest of the shape.
_TICKET = regex.compile(
    r"(?<![\w/])(?P<l>\p{Lu}{2,}(?:[ '\-]\p{Lu}{2,}){0,2})(?:/|[ ]/[ ])(?P<f>\p{Lu}{2,}"
    r"(?:[ \-](?!(?:MR|MRS|MS|MSTR|MISS|DR)\b)\p{Lu}{2,}){0,2})"
    r"(?:[ ]?(?P<t>MR|MRS|MS|MSTR|MISS|DR))?(?![\w/])")


def _lines_with(cue: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The lines that hold a match of ``cue``, adjacent ones merged: no pattern match
    spans a line break, so the patterns find in these lines all they find in the text,
    and skip the rest (most of a CV or letter) at the cost of a plain scan."""
    regions: list[tuple[int, int]] = []
    letter = cue is _FIRST_CUE  # (its match must follow a letter: [^\W\d_])
    for m in cue.finditer(text):
        if regions and m.start() < regions[-1][1]:
            continue  # on a line already taken
        if (letter and not _may_open_first(text, m)) or (
                cue is _CELL_CUE and not _may_be_in_cell(text, m.start())):
            continue
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.start())
        hi = len(text) if hi < 0 else hi
        if regions and lo == regions[-1][1] + 1:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    return regions


def _may_open_first(text: str, m: re.Match[str]) -> bool:
    """What a _FIRST_CUE hit needs to end a "Smit J.-P." form: a surname's last letter, a
    lower-case one (NAME ends in \\p{Ll}+) or the last of four capitals, before the spaces,
    and a capital opening the initials. Most hits in running text are a sentence's last short
    word ("... op de bus.") and fail here, so the form's pattern skips their (long) lines."""
    i = m.start()
    if not (i and text[i - 1].isalnum() and not text[i - 1].isdecimal()):
        return False
    j = i + len(m.group()) - len(m.group().lstrip(" "))
    # (or a capital after four capitals: a surname in capitals, "NOWAK P.")
    return (text[i - 1].islower() or text[max(0, i - 4):i].isupper()) and text[j].isupper()


# A character no surname of the in-cell form holds (letters, particles' '.', '/', quotes,
# spaces and hyphens are all it holds): a comma, a digit, a bracket, ...
_NO_NAME_CHAR = re.compile(r"[^\w \-'’./]|[\d_]")


_LIST_MARK = re.compile(r"[ \t]{0,8}(?:\d{1,3}[.)]|[-•*–])[ ]{1,3}")
RECORD_OPENS = re.compile(RECORD_ID + "[ ](?! )")


def _may_be_in_cell(text: str, comma: int) -> bool:
    """What an in-cell form ("Jansen, Pieter", "EL AMRANI, Yasmina") needs at a _CELL_CUE
    hit's comma: a name's first letter after it (a capital, or d'/l'/O' and one), and before
    it either a cell of nothing but a surname's characters (the form fills its cell) or
    four capitals in a row among capitals, spaces and hyphens (a surname in capitals). A
    list of skills ("Python, SQL, Excel") or a CV's job line ("2006 - 2010 Illustrator bij
    Trespa, Vredenheim") has neither, and its line is skipped."""
    j = comma + 1
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or not (text[j].isupper() or (
            text[j] in "dDlLO" and text[j + 1 : j + 2] in ("'", "’"))):
        return False
    line = text.rfind("\n", 0, comma) + 1
    cell = max(line, 1 + max(text.rfind(ch, line, comma) for ch in "|;\t"),
               2 + text.rfind("  ", line, comma))
    if (mark := _LIST_MARK.match(text, line, comma)) is not None and cell <= mark.end():
        cell = mark.end()  # "3. Jansen, Piet", "- Kowalczyk, Marek": the item after its mark
    elif (mark := RECORD_OPENS.match(text, line, comma)) is not None and cell <= mark.end():
        cell = mark.end()  # "10-2231 Okafor, Chidubem": the field after a record's id
    if _NO_NAME_CHAR.search(text, cell, comma) is None:
        return True  # (the cell holds only what a surname is written with)
    run = k = comma
    while k > line and (text[k - 1].isupper() or text[k - 1] in " -"):
        k -= 1
        run = run if text[k].isupper() else k
        if run - k >= 4:
            return True
    return False


def _matches(pattern: regex.Pattern[str], text: str, cue: re.Pattern[str]) -> Iterator[
        regex.Match[str]]:
    for lo, hi in _lines_with(cue, text):
        yield from pattern.finditer(text, lo, hi)


# the why of an in-cell form whose first name no list holds: kept only under a label
UNLABELLED = "surname, first name unknown"
# the why of a full name with the name one goes by inside it: 'Tinus "Skippy" Dukker'
CALL_NAME = "call name"


def names(text: str) -> Iterator[tuple[tuple[Token, ...], str, Evidence]]:
    """(tokens, roles, evidence) of every inverted or bracketed name in ``text``."""
    s = scores("PERSON").extra
    inverted, in_cell, called, first_form = _patterns()
    for m in _matches(first_form, text, _FIRST_CUE):
        shaped, known = _surname_ok(m.group("l"))
        if shaped and known and m.group("i").lower() not in LEGAL_FORMS:
            yield (*_tokens(m, "li"), Evidence(s["initials"], "surname, initials"))
    if "/" in text:
        # an airline's or a travel agent's booking: "AYDIN/EMRE MR", "DE VRIES/ANNA MS"
        for m in _TICKET.finditer(text):
            given = m.group("f").split()[0].title()
            surname = any(w.title() in last_names() for w in regex.split(r"[ '\-]", m.group("l")))
            if m.group("t") and (given in first_names() or surname):
                yield (*_tokens(m, "lf"), Evidence(s["full"], "surname/first name, as booked"))
    if "," in text or "(" in text:
        yield from _comma_forms(text, inverted, in_cell)
    if "(" in text or '"' in text or "“" in text or "'" in text or "‘" in text:
        yield from _called(text, called)


def _title_as_initials(initials: str) -> bool:
    """The "initials" are a form of address or a title ("Mr.", "Dr.", "Ir."): the next
    person's, after a comma that ends the word before ("worked at Vopak, Mr. Thijs Aarts")."""
    word = initials.strip().lower()
    titles = person_words()["titles"]
    return word in titles or word.rstrip(".") in titles


def _comma_forms(text: str, inverted: regex.Pattern[str], in_cell: regex.Pattern[str]
                 ) -> Iterator[tuple[tuple[Token, ...], str, Evidence]]:
    """"Jansen, P.", "Jansen, Pieter": the inverted forms."""
    s = scores("PERSON").extra
    for m in _matches(inverted, text, _INVERTED_CUE):
        shaped, known = _surname_ok(m.group("l"), m.group("p"))
        if shaped and not _title_as_initials(m.group("i")):  # ("at Vopak, Mr. Thijs Aarts")
            yield (*_tokens(m, "lip"),
                   Evidence(s["initials"] if known else s["initials_unknown"], "surname, initials"))
    for m in _matches(in_cell, text, _CELL_CUE):
        if listed_firm(" ".join(m.group("f").lower().split())):
            continue  # "Orderverzamelaar, Jan Linders": a job and its employer, a chain
        shaped, known = _surname_ok(m.group("l"), m.group("p"))
        given = m.group("f").split()[0]
        if shaped and (given in first_names() or (given.isupper() and given.title() in first_names())):
            yield (*_tokens(m, "lfp"), Evidence(s["full"] if known else s["first_only"],
                                               "surname, first name"))
        elif shaped and known and m.group("l").isupper() and len(m.group("l")) >= _CAPS_SURNAME \
                and given.lower() not in common_words():
            # "HOXHA, Arben": a known surname in capitals, as a register writes it, says the
            # word after its comma is the given name, on a list or not
            yield (*_tokens(m, "lfp"), Evidence(s["first_only"], "SURNAME, given name"))
        elif shaped:
            # "Tahiri, Arben", "Nguyen, Minh Anh": no list holds the first name; a name only
            # under a person's label or in a names column (person.py weighs UNLABELLED)
            yield (*_tokens(m, "lfp"), Evidence(0.0, UNLABELLED))


_CAPS_SURNAME = 4  # letters of a surname in capitals ("HOXHA"; "NL", "ZZP" are codes)


def _called(text: str, called: regex.Pattern[str]
            ) -> Iterator[tuple[tuple[Token, ...], str, Evidence]]:
    """The name one goes by between a first name and the surname."""
    s = scores("PERSON").extra
    for m in _matches(called, text, _CALLED_CUE):
        shaped, known = _surname_ok(m.group("l"))
        first = m.group("f")
        # (a first name on no list, no common word, before a quoted call name: "Hiroshi
        # 'Hiro' Tanaka", 'Godfried "Go" Lieuw-Kie-Song': the quotes say name)
        if shaped and ("." in first or m.group("c") in first_names() or all(
                w in first_names() or (is_name_shaped(w) and w.lower() not in common_words())
                for w in regex.split(r"[ \-]", first))):
            tokens, roles = _tokens(m, "fcl")
            if " " in first and _sentence_word(tokens[0].text):
                # (stop 73) "Met Abdelkader "Kader" Ouazzani gesproken": a sentence's first
                # word, no second given name
                tokens, roles = tokens[1:], roles[1:]
            yield (tokens, roles,
                   Evidence(s["initials"] if known else s["initials_unknown"], CALL_NAME))


def _sentence_word(word: str) -> bool:
    """A common word that is no first name ("Met", "Voor", "Bel")."""
    return word.lower() in common_words() and word not in first_names()

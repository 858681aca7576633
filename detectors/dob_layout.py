"""DATE_OF_BIRTH without a label right before it: what the layout and the words around a
date say (a table's header over a row out of line, a personal-details block, a birth word
further back in the sentence) and the "van" that is no period's start. dates.py asks these
only of a date no label or nearby word decided."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

import regex

from detectors import cell_gaps
from detectors.base import _gate_hits
from detectors.context import (
    Evidence,
    Label,
    _load,
    bare_heads,
    label_before,
    patterns,
    scores,
    window_evidence,
    words_pattern,
)
from detectors.labels import decisive_hit
from detectors.spans import line_end, line_start

ENTITY = "DATE_OF_BIRTH"
# A date is a birth date by these rules only when it is one a worker may have: at least
# MIN_AGE years before the document's own latest date (a letter's, a meeting's, an export's
# date); BORN_BY where the document writes no recent date. Read from the document, so a scan does not depend on the
# day it runs, and the limit moves with the documents instead of ageing.
BORN_BY = 2010
MIN_AGE = 15
# A written date's year ("12-03-2024", "3 mei 2024", "2024-03-12"); one after a validity or
# end word ("geldig tot", "t/m", "vervaldatum", "until", "expiry") is a future date, no
# sign of when the document was written.
# (A digit first and the look-behind after it: re then jumps from digit to digit in C,
# where a look-behind first had it try every character, ~4x slower on CVs and prose. The
# year of "2024-03-12" is the match's first four characters.)
_DATED_YEAR = re.compile(r"\d(?<!\d\d)(?:\d?[-./ ](?:\d{1,2}|[^\W\d_]{3,9}\.?)[-./ ]((?:19|20)\d\d)"
                         r"|(?:(?<=1)9|(?<=2)0)\d\d[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)")
_FUTURE = re.compile(r"(?:tot|t/m|until|till|geldig|valid|verval|expir|einde?|end)\W*[^\n]{0,12}$",
                     re.IGNORECASE)
_BORN_BY: dict[str, tuple[str, int]] = {}


def born_by(text: str) -> int:
    """The latest birth year a worker named in ``text`` may have: MIN_AGE years before the
    latest date the document writes (not a validity's end), at least BORN_BY. Found once per
    text, and only for a date no label decided.

    >>> born_by("Verslag 12-03-2031. Sanne (12-03-2014)"), born_by("Sanne (12-03-2014)")
    (2016, 2010)
    >>> born_by("Paspoort geldig tot 12-03-2034")
    2010
    """
    return max(BORN_BY, latest_year(text) - MIN_AGE)


def latest_year(text: str) -> int:
    """The latest year of a date ``text`` writes (not a validity's end), 0 for none: the
    document's own days. Found once per text.

    >>> latest_year("Verslag 12-03-2031. Sanne (12-03-2014)"), latest_year("geen datum")
    (2031, 0)
    """
    state = _BORN_BY.get("last")
    if state is not None and state[0] is text:
        return state[1]
    latest = max((int(m.group(1) or text[m.start() : m.start() + 4])
                  for m in _DATED_YEAR.finditer(text)
                  if not _FUTURE.search(text, max(0, m.start() - 30), m.start())), default=0)
    _BORN_BY["last"] = (text, latest)
    return latest


# "van", "per", "from" are decoys as the start of a period ("van 1-3-2024 tot ...", "per
# 1-3-2024"): right before the date. Not one further back (a name's "van": "Jan van der Berg
# (12-03-1985)", "Velden-van Ooste 123.456.782 12-03-1985"; "Date of birth per ID copy:
# 12-03-1985", "DOB (from passport copy): ..."), not "van" after a birth word ("een
# geboortedatum van 12 juni 1985"), nor "is van <date>" (born on) with no end of a period
# after it ("Zij is van 12 juni 1985.").
_PREPOSITIONS = frozenset({"van", "per", "vanaf", "from", "sinds", "since", "as of", "m.i.v.",
                           "m.i.v", "ingaande"})
_BIRTH_VAN = regex.compile(r"[ ]van[ ]*$", regex.IGNORECASE)
_IS_VAN = regex.compile(r"(?<!\w)(?:is|ben|bent|zijn|was|waren)[ ]van[ ]*$", regex.IGNORECASE)
_PERIOD_END = regex.compile(r"[ ]*(?:tot|t/m|-|–|to|until|till)(?!\w)", regex.IGNORECASE)


def preposition_not_a_period(text: str, start: int, end: int, born: date | None) -> Evidence | None:
    """The evidence of a date whose decoy label is a preposition that opens no period: the
    label before one further back decides, else the rules for an unlabelled date (base)."""
    label = label_before(text, start)
    ctx, decoy = patterns(ENTITY)
    hit = decisive_hit(ctx, decoy, label)
    if hit is None or hit.word.lower() not in _PREPOSITIONS:
        return None
    s = scores(ENTITY)
    if _apart(label[hit.end :]):  # words between: not the period's preposition
        while hit is not None and hit.word.lower() in _PREPOSITIONS and _apart(label[hit.end :]):
            hit = decisive_hit(ctx, decoy, label[: hit.start])
        if hit is None or hit.word.lower() in _PREPOSITIONS:  # a birth word near, else none
            return (window_evidence(ENTITY, text, start, end)
                    or Evidence(s.base, "a preposition apart from the date"))
        return Evidence(s.label if hit.kind == "context" else s.decoy, "the label before it",
                        Label(hit.word.lower(), hit.kind))
    if hit.word.lower() != "van":
        return None
    before = decisive_hit(ctx, decoy, label[: hit.start])
    if before is not None and before.kind == "context" and _BIRTH_VAN.match(label, before.end):
        phrase = f"{before.word.lower()} van"
        return Evidence(s.label, f"label '{phrase}'", Label(phrase, "context"))
    if (_IS_VAN.search(label) and born is not None and born.year <= born_by(text)
            and not _PERIOD_END.match(text, end)):
        return Evidence(s.window, "'is van' a birth year's date")
    return None


def put_right(text: str, start: int, born: date | None) -> Evidence | None:
    """A birth year's date under a bare date word ("datum", "echte datum", "the correct
    date") with a birth word before it in its sentence: "Geb.datum is onjuist (staat
    1-1-1990), echte datum: 12 oktober 1990" gives the birth date, not another kind."""
    label = label_before(text, start)
    ctx, decoy = patterns(ENTITY)
    hit = decisive_hit(ctx, decoy, label)
    words = hit.word.lower().split() if hit is not None else []
    if (hit is None or ctx is None or born is None or born.year > born_by(text)
            or words[-1:] not in (["datum"], ["date"]) or len(words) > 2
            or label[hit.end :].strip(" \t:=") != ""  # the word right before the value
            or (len(words) == 2 and words[0] not in bare_heads())):
        return None
    at = text.rfind(hit.word, max(0, start - 2 * _SENTENCE_CHARS), start)
    if at < 0:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - _SENTENCE_CHARS), at)]
    lo = ends[-1] if ends else max(0, at - _SENTENCE_CHARS)
    if ctx.search(text, lo, at) is None:
        return None
    return Evidence(scores(ENTITY).window, "a birth date put right in its sentence")




def _apart(between: str) -> bool:
    """Two words or more, or a word and a bracket, comma or a cell's end, between a
    preposition and the date: "per ID copy:", "van der Berg (", "van Dijk, ", "van Dijk
    " (a row's name cell), not "vanaf maandag" (the period's)."""
    return (len(between.split()) >= 2 or between.rstrip().endswith(("(", ","))
            or _CELL_END.search(between) is not None)


# a word and the gap that ends its cell in a row set in columns ("A. van Dijk     12/03/'85")
_CELL_END = re.compile(r"\S(?:[ ]{2,}|\t)")


# A date alone on its line: in a personal-details block (a CV's or form's name, address,
# e-mail, phone, each on its own line) the one bare date of a birth year is the birth date.
# (maybe an item of a list: "* 12-03-1990", "- 12-03-1990", "• 12-03-1990")
DATE_LINE = re.compile(r"^[ \t]*(?:[-*•·–+][ \t]+)?\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d{2}[ \t]*$",
                       re.MULTILINE)
# the lines above that make it a details block: an e-mail address, a postcode, a phone number
# (or an address with a postcode of four digits, as Belgium writes it and people shorten a
# Dutch one: "Kerkstraat 12, 2000 Antwerpen", "Molenweg 3-A, 3511 Utrecht")
_DETAIL = regex.compile(r"@[\w-]+\.\w|\b\d{4}[ ]?[A-Z]{2}\b|(?:\+31|\b0)[1-9][\d -]{7,}"
                        r"|\p{Lu}[\p{L}.'\-]+[ ]\d{1,4}(?:[ \-]?[A-Za-z])?,?[ ]\d{4}[ ]\p{Lu}\p{Ll}")
_BLOCK_LINES = 3


def in_details_block(text: str, start: int, born: date | None) -> Evidence | None:
    """A birth year's date alone on its line, right below lines of personal details and
    the only bare date there (a letter's date stands apart, and is a recent one)."""
    line = DATE_LINE.match(text, line_start(text, start))
    if line is None or born is None or born.year > born_by(text):
        return None
    lo = start
    for _ in range(_BLOCK_LINES):
        lo = line_start(text, max(0, lo - 1))
    above = text[lo : line.start()]
    if not _DETAIL.search(above) or "\n\n" in above or DATE_LINE.search(above):
        return None
    return Evidence(scores(ENTITY).window, "alone below personal details")


# A table set with spaces whose rows a long name pushed out of line ("Naam  BSN  Geb.datum"
# over "Sloot-Huijben  123.456.782  31-01-1981"): columns.py reads a column by character
# position and stops at the first row out of line; here a row's cell is read by its number.
_CELL_GAP = cell_gaps.GAP
_BLOCK_CHARS = 20_000  # how far below its header a table's rows are read


def header_blocks(text: str) -> list[tuple[int, int]]:
    """The blocks (up to a blank line) below each line that holds a birth word and a gap
    between cells or no digit (a heading): a header's rows, a list under a heading, however
    far below it (the gate's one scan, shared)."""
    out = []
    for lo in sorted({line_start(text, s) for s, _, who in _gate_hits(text) if ENTITY in who}):
        if _CELL_GAP.search(text, lo, _line_end(text, lo)) or _heading(text, lo):
            hi = text.find("\n\n", lo, lo + _BLOCK_CHARS)
            out.append((lo, min(len(text), lo + _BLOCK_CHARS) if hi < 0 else hi))
    return out


def _line_end(text: str, lo: int) -> int:
    hi = line_end(text, lo)
    return len(text) if hi < 0 else hi


def under_header(text: str, start: int) -> Evidence | None:
    """The header cell of the same number as the date's cell, at the top of its block, is
    a birth-date label; the header has as many cells as the row."""
    # (the cells counted from the text's gaps, found once: a row's split for each of its
    # dates was quadratic on a long line)
    lo = line_start(text, start)
    row = cell_gaps.count(text, lo, _line_end(text, lo))
    if row < 2 or not cell_gaps.has_gap(text, lo, start):
        return None
    top = text.rfind("\n\n", max(0, start - _BLOCK_CHARS), lo)
    top = max(0, start - _BLOCK_CHARS) if top < 0 else top + 2
    header = cell_gaps.count(text, top, _line_end(text, top))
    idx = 0 if cell_gaps.is_blank(text, lo, start) else cell_gaps.count(text, lo, start)
    if top == lo or header != row or idx >= header:
        return None
    hit = decisive_hit(*patterns(ENTITY), cell_gaps.cell(text, top, _line_end(text, top), idx))
    return Evidence(scores(ENTITY).label, "a birth-date column") if hit and hit.kind == "context" else None


# A list under a heading that names birth dates ("Geboortedata medewerkers:" over "- Kees
# Smit 12-03-1985", "Piet Bakker, 01-02-1979"): each line of the run below it holds a date.
_ANY_DATE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2} [^\W\d_]{3,9}\.? \d{4}")
_LIST_LINES = 200


def _heading(text: str, lo: int) -> bool:
    """A short line with no digit and no value after a colon ("Geboortedata team:", not
    "Geboorteplaats: Utrecht", a label whose value is on its line)."""
    hi = _line_end(text, lo)
    line = text[lo:hi]
    return hi - lo <= 80 and not any(c.isdigit() for c in line) and not (
        ":" in line and line.split(":", 1)[1].strip(" .:-"))


def under_heading(text: str, start: int, end: int, born: date | None) -> Evidence | None:
    """A birth year's date in a run of dated lines right below a heading with a birth word."""
    if born is None or born.year > born_by(text) or _PERIOD_END.match(text, end):
        return None
    head, distance = _run_head(text, line_start(text, start))
    if head is None or distance > _LIST_LINES:
        return None
    hit = decisive_hit(*patterns(ENTITY), text[head : _line_end(text, head)])
    if hit is None or hit.kind != "context" or not_birth_dates(
            text, head, _line_end(text, head)):
        return None  # ("Geboortedata volgen later, eerst de startdata:")
    return Evidence(scores(ENTITY).window, "a list under a birth-date heading")


def not_birth_dates(text: str, lo: int, hi: int) -> bool:
    """A list's heading or lead-in text[lo:hi] holds a word for another kind of date, or puts
    its birth dates off or elsewhere in the birth word's own clause ("Startdata van de
    ploeg:", "Geboortedata volgen later"; not "naam en geboortedatum nodig, geen BSN")."""
    other, deferred = _notes()
    if other.search(text, lo, hi):
        return True
    ctx = patterns(ENTITY)[0]
    for w in [] if ctx is None else ctx.finditer(text, lo, hi):
        a = max(text.rfind(c, lo, w.start()) for c in ",;:()!?") + 1
        b = _CLAUSE_END.search(text, w.end(), hi)
        if deferred.search(text, max(a, lo), hi if b is None else b.start()):
            return True
    return False


_CLAUSE_END = re.compile(r"[,;:()!?]|[.](?:\s|$)")


@cache
def _notes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    notes = _load("dob_notes.toml")
    return words_pattern(notes["other_dates"]), words_pattern(notes["deferred"])


# Every row of an export holds a date: walking up from each row anew was quadratic (a 100 KB
# ';' CSV 0.22 -> 0.13 MB/s). The first line above a run of dated lines is found once per
# run and remembered for the text being read.
# (One (text, heads) pair swapped whole: a thread reading another text never sees its lines.)
_RUNS: dict[str, tuple[str, dict[int, Any]]] = {}


def _run_head(text: str, lo: int) -> tuple[int | None, int]:
    """(start of the heading line above the run of dated lines holding line ``lo``, or None
    when the first line above the run is no heading or the text starts; lines up to it)."""
    state = _RUNS.get("last")
    if state is None or state[0] is not text:
        state = _RUNS["last"] = (text, {})
    heads: dict[int, tuple[int | None, int]] = state[1]
    walked: list[int] = []
    found: tuple[int | None, int] = (None, 0)
    while lo not in heads:
        if lo == 0:
            break
        up = line_start(text, lo - 1)
        walked.append(lo)
        if not _ANY_DATE.search(text, up, lo - 1):  # a dated line is never a heading
            found = (up if _heading(text, up) else None, 0)
            break
        lo = up
    else:
        found = heads[lo]
    head, distance = found
    for line in reversed(walked):
        distance += 1
        heads[line] = (head, distance)
    return heads[walked[0]] if walked else found


# A birth word further away than the window, in the same sentence of prose ("Zijn
# geboortedatum staat in het dossier: volgens zijn paspoort is dat 3 oktober 1985.").
_SENTENCE_END = regex.compile(r"[.!?][ \n]|\n")
_SENTENCE_CHARS = 160


def same_sentence(text: str, start: int, end: int, born: date | None) -> Evidence | None:
    """A birth year's date with a birth word in its sentence, beyond the window."""
    lo = max(0, start - _SENTENCE_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    m = _SENTENCE_END.search(text, end, end + _SENTENCE_CHARS)
    hi = m.start() if m else min(len(text), end + _SENTENCE_CHARS)
    ctx, _ = patterns(ENTITY)
    if ctx is None or born is None or born.year > born_by(text) or not ctx.search(text, lo, hi):
        return None
    return Evidence(scores(ENTITY).window, "a birth word in its sentence")


# A row of personal details with no header over it, pasted into a mail or a note ("Jan de
# Vries,123456782,01-02-1990,Utrecht", "J. Bakker  123.456.782  12.03.1990"): a name, a
# number that passes the BSN's 11-check and one date of a birth year on one line. The
# date is the person's birth date: a row that identifies someone by BSN dates their birth.
# (not a decimal's digits, but a comma that ends a CSV field: "123456782,01-02-1990")
_BSN_SHAPED = regex.compile(r"(?<![\w.\-/])(\d{3}([. \-]?)\d{2,3}\2\d{3,4}|\d{8})"
                            r"(?![\w\-/]|[.,]\d(?!\d?[-./]))")
# (not three groups of a longer run of digit groups: a phone number "06 12 34 56 78")
_OTHER_DATE = regex.compile(r"(?<!\d[ ]?)\d{1,2}[-./ ](?:\d{1,2}|[^\W\d_]{3,9}\.?)[-./ ]"
                            r"(?:19|20)?\d\d(?!\d|[ ]\d)|(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d")
_ROW_CHARS = 240
_LONG_ROW_CHARS = 600  # a delimited row of many fields ("naam,adres,postcode,plaats,...")
_FIELD_SEP = regex.compile(r"[,;\t|]")


def row_chars(text: str, lo: int, hi: int) -> int:
    """How long the line at ``lo``-``hi`` may be to read as a row: a line of prose is a
    short one, a delimited row (three cells or more) of an export may hold many fields."""
    if hi - lo <= _ROW_CHARS or hi - lo > _LONG_ROW_CHARS:
        return _ROW_CHARS  # (a line longer than any row: no count of its separators)
    return _LONG_ROW_CHARS if len(_FIELD_SEP.findall(text, lo, hi)) >= 3 else _ROW_CHARS


def in_person_row(text: str, start: int, end: int, born: date | None) -> Evidence | None:
    """A birth year's date, the only date on its line, beside a name and a valid BSN that
    no label names another kind of number ("Ordernr 123456782, 01-02-1990")."""
    from detectors.nl_bsn_rows import names_someone

    if born is None or born.year > born_by(text):
        return None
    lo, hi = line_start(text, start), _line_end(text, start)
    if hi - lo > row_chars(text, lo, hi):
        return None
    rest = text[lo:start] + " | " + text[end:hi]
    if _under_a_header(text, lo) or _OTHER_DATE.search(rest):
        return None
    found = [b for m in _BSN_SHAPED.finditer(text, lo, hi)
             if (m.end() <= start or m.start() >= end) and (b := _bsn(text, m))]
    # a number labelled BSN names its person as well as a name does ("pawel 19800203 bsn ...")
    if not found or not (names_someone(rest) or "label" in found and not _word_label(
            text[lo:start])):
        return None
    return Evidence(scores(ENTITY).window, "a row with a name and a BSN")


_LAST_WORD = regex.compile(r"([^\W\d_]+)[^\w\n]*$")


def _word_label(before: str) -> bool:
    """The word right before the date is a common word, no name ("In dienst 01-03-1999 bsn
    ...", "Mutatie 19990312 BSN ..."): it labels the date, which is no birth date for it."""
    from detectors.person_names import common_words, is_known

    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in common_words() and not is_known(
        m.group(1).title())


def _under_a_header(text: str, lo: int) -> bool:
    """The run of dated lines holding line ``lo`` stands under a header that names its
    columns ("Naam  BSN  In dienst"): the header says what the dates are, not this rule."""
    head, _ = _run_head(text, lo)
    return head is not None and len(_CELL_SEP.findall(text, head, _line_end(text, head))) >= 2


_CELL_SEP = regex.compile(r"[,;\t|]|[ ]{2,}")


def _bsn(text: str, m: regex.Match[str]) -> str:
    """"label" when the number passes the 11-check under a BSN label, "bare" when it passes
    with no label or one of no other kind, "" otherwise."""
    from detectors.context import label_evidence
    from detectors.nl_bsn import is_valid

    if not is_valid(m.group(1).translate(_GROUPING).zfill(9)):
        return ""
    ev = label_evidence("NL_BSN", text, m.start())
    if ev is None:
        return "bare"
    return "label" if ev.score >= scores("NL_BSN").label else (
        "bare" if ev.score > scores("NL_BSN").decoy else "")


_GROUPING = str.maketrans("", "", " .-")

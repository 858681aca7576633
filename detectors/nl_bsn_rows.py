"""NL_BSN: a bare number among a person's details (a block of lines, or one row).

The personal-details block: name, address and birth date around a bare number with no
label of its own. The person row: one short line of such cells, pasted into a mail or a
note with no header over it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from detectors.context import Evidence, context_words, patterns, scores, words_pattern
from detectors.nl_bsn_number import is_date_like, is_valid
from detectors.person_names import common_words, is_known, is_name_shaped

ENTITY = "NL_BSN"
_POSTCODE = regex.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
_STREET = regex.compile(
    r"\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|"
    r"hof|park|steeg|dreef|markt|pad|lei|baan)\s+\d+"
)
_DATE = regex.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b")
_EMAIL = regex.compile(r"\S@\S+\.\w")
_HOUSE_LINE = regex.compile(r"^\p{Lu}[\p{L} .'\-]+ \d{1,4} ?[a-zA-Z]?$", regex.MULTILINE)
# (not the comma that ends a CSV field before a date or a phone number: "1990,06-12345678")
_AMOUNT = regex.compile(r"(?:€|EUR)\s*\d|\d,\d{2}\b(?![-/.:]\d)")


def around(text: str, start: int, end: int, chars: int) -> str:
    """The ``chars`` before and after the span, the span itself left out."""
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    return text[lo:start] + " " + text[end:hi]


def personal_cues(around: str, enough: int = 2) -> set[str]:
    """Personal-details cues in ``around``, found until there are ``enough``: a block needs
    two, so the remaining scans are skipped (cheapest first; a cue is a word, or the name of
    a shape: "postcode", "street", "date", "email")."""
    cues: set[str] = set()
    checks = (("date", _DATE.search), ("email", _EMAIL.search), ("street", _HOUSE_LINE.search),
              ("postcode", _POSTCODE.search), ("street", _STREET.search))
    for cue, search in checks:
        if cue not in cues and search(around):
            cues.add(cue)
            if len(cues) >= enough:
                return cues
    cues.update(m.lower() for m in personal_words().findall(around))
    return cues


def order_cue(around: str) -> bool:
    """An order-list cue in ``around``: an order word or an amount."""
    return _AMOUNT.search(around) is not None or order_words().search(around) is not None


@lru_cache(maxsize=1)
def personal_words() -> regex.Pattern[str]:
    return words_pattern(context_words()["blocks"]["personal"])


@lru_cache(maxsize=1)
def order_words() -> regex.Pattern[str]:
    return words_pattern(context_words()["blocks"]["order"])


# A person's row with no header over it, pasted into a mail or a note ("Jan de Vries,
# 123456782,01-02-1990,Utrecht", "Bakker, A.  123.456.782  12.03.1990", "Mw. Bakker 123 456
# 782 12-03-1990"): a bare number beside a name and a birth year's date or an address on one
# short line is that person's BSN. Not when a cell of the row names another kind of number
# ("Polis", "Klantnr" as a cell of its own) or holds an amount, nor when a second number on
# it passes the 11-check too (which would be the BSN?). A header over the row decided before.
_LONG_ROW = 600  # the longest line read as a row (dob_layout.row_chars)
_NAME_WORD = regex.compile(r"(?<![\w'’\-])\p{Lu}[\p{L}'’\-]*\p{Ll}")
_ROW_DATE = regex.compile(r"(?<![\d\w])(?:\d{1,2}[-./ ](?:\d{1,2}|[^\W\d_]{3,9}\.?)[-./ ]"
                          r"(?:19|20)?\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)")
_OTHER_NUMBER = regex.compile(r"(?<![\w.\-/])\d{3}([. \-]?)\d{2,3}\1\d{3,4}(?![\w\-/]|[.,]\d)")
_KIND_WORD_VALUE = regex.compile(r"[^\S\n]*[:#=.]?[^\S\n]*\d")  # a label's own value after it


def person_row(text: str, start: int, end: int) -> Evidence | None:
    """A bare number on a short line beside a name and a birth date or an address."""
    from detectors.dob_layout import row_chars

    lo = text.rfind("\n", max(0, start - _LONG_ROW), start) + 1
    hi = text.find("\n", end, end + _LONG_ROW)
    hi = len(text) if hi < 0 and len(text) - end <= _LONG_ROW else hi
    if hi < 0 or (lo == 0 and start > _LONG_ROW) or hi - lo > row_chars(text, lo, hi):
        return None
    # (the padding of cells set with spaces shortened: the scans below read each character)
    after = _GAP.sub("  ", text[end:hi])
    rest = _GAP.sub("  ", text[lo:start]) + " | " + after
    if not names_someone(rest):
        return None
    if not (_birth_date_in(text, rest) or _POSTCODE.search(rest) or _STREET.search(rest)):
        return None
    # a kind word before the number was the decisive word of its sentence already
    # (_sentence_names_another), or a context word after it labelled the number
    if any(_another_bsn(rest, m) for m in _OTHER_NUMBER.finditer(rest)) or _kind_cell(
            after) or order_cue(rest):
        return None
    return Evidence(scores(ENTITY).extra["block"], "a person's row")


_GAP = regex.compile(r"[ \t]{3,}")


def _birth_date_in(text: str, rest: str) -> bool:
    """A date of a birth year in ``rest`` (see dob_layout.born_by), written out or as a
    system writes one: eight digits, year first or last ("19800203", "03021980")."""
    from detectors.dates import parse
    from detectors.dob_layout import born_by

    born = [d for m in _ROW_DATE.finditer(rest) if (d := parse(m.group())) is not None]
    born += [d for m in _COMPACT_DATE.finditer(rest) if (d := parse(m.group())) is not None]
    return any(d.year <= born_by(text) for d in born)


_COMPACT_DATE = regex.compile(r"(?<![\w.,\-/])(?:(?:19|20)\d{6}|[0-3]\d[01]\d(?:19|20)\d\d)"
                              r"(?![\w\-/]|[.,]\d)")
# a name in capitals, as a register or an exchange file writes it ("JANSEN", "DE VRIES")
_CAPS_WORD = regex.compile(r"(?<![\w'’\-])\p{Lu}{3,}(?![\w'’\-])")


def names_someone(rest: str) -> bool:
    """A name in ``rest``: a capitalised name-shaped word, or a known name in capitals that
    is no common word ("JANSEN", not "INFO" or "KAMP").

    >>> names_someone("864291504 19660816 BAKKER P"), names_someone("REC DLN INFO 19660816")
    (True, False)
    """
    if any(is_name_shaped(w) for w in _NAME_WORD.findall(rest)):
        return True
    # in capitals: two known names, or one beside an initial ("BAKKER P") or in a row with
    # a sex code ("BAKKER|19731020|m"); one alone is as often a register's code ("MUT NOVA")
    known = [m for m in _CAPS_WORD.finditer(rest)
             if is_known(m.group().title()) and m.group().lower() not in common_words()]
    return len(known) >= 2 or bool(known and _SEX_CODE.search(rest)) or any(
        _INITIAL_BEFORE.search(rest, 0, m.start()) or _INITIAL_AFTER.match(rest, m.end())
        for m in known)


_SEX_CODE = regex.compile(r"(?<![\w'’\-.])[mvfMVF](?![\w'’\-.])")
_INITIAL_BEFORE = regex.compile(r"(?<![\w'’\-])\p{Lu}{1,2}\.?[ \t]*[,;|]?[ \t]*$")
_INITIAL_AFTER = regex.compile(r"[ \t]*[,;|]?[ \t]*\p{Lu}{1,2}\.?(?![\w'’\-])")


def _another_bsn(rest: str, m: regex.Match[str]) -> bool:
    """A second number of the row that could be its BSN: 11-check-valid, and neither a date
    a system writes as eight digits ("20030614") nor a number its own word names."""
    return is_valid(m.group()) and not is_date_like(m.group()) and not _own_kind(rest, m.start())


def _own_kind(rest: str, start: int) -> bool:
    """The number at ``start`` follows a word that names its kind ("Polis 123456782",
    "IKV: 123456782"): it is that number, so it leaves the row's bare number the BSN.

    >>> _own_kind("Jan Smit 01-02-1990 polis 123456782", 26)
    True
    >>> _own_kind("Jan Smit 01-02-1990 123456782", 20)
    False
    """
    decoy = patterns(ENTITY)[1]
    word = _WORD_BEFORE.search(rest, max(0, start - 40), start)
    return decoy is not None and word is not None and decoy.fullmatch(word.group(1)) is not None


_WORD_BEFORE = regex.compile(r"([^\W\d][\w.\-]*)[^\S\n]*[:#=]?[^\S\n]*$")


def _kind_cell(rest: str) -> bool:
    """A word of the row that names another kind of number without a value of its own
    ("Polis", "Klantnr." as a cell; not "tel. 06-12345678", whose number it labels)."""
    decoy = patterns(ENTITY)[1]
    return decoy is not None and any(
        _KIND_WORD_VALUE.match(rest, m.end()) is None for m in decoy.finditer(rest))


# Records of lines set apart by blank lines, one field a line and no labels ("A. Jansen /
# Kerkstraat 1, 1234 AB Utrecht / 12-03-1990 / 123456782"): the layout labels each line.
_BLANK = regex.compile(r"\n[^\S\n]*\n")
_NINE = regex.compile(r"\d{9}|\d{3}([ .\-])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3}")


def sibling_record(text: str, start: int, end: int) -> Evidence | None:
    """A number alone on its line in a record of personal details, on the line where the
    record before or after it, of as many lines, holds an 11-check nine-digit number: a
    BSN with its leading zero dropped where the others have nine digits."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if text[lo:hi].strip() != text[start:end]:
        return None
    record = _record(text, start)
    lines = text[record[0] : record[1]].rstrip().split("\n")
    at = text.count("\n", record[0], lo)
    if len(personal_cues(around(text, start, end, 200))) < 2:
        return None
    for other in (_record(text, record[0] - 2), _record(text, record[1] + 2)):
        if other == record or other[1] - other[0] > 600:
            continue
        sibling = text[other[0] : other[1]].rstrip().split("\n")
        if len(sibling) == len(lines) and _NINE.fullmatch(cell := sibling[at].strip()) and (
                is_valid(cell)):
            return Evidence(scores(ENTITY).extra["block"], "a sibling record's BSN line")
    return None


def _record(text: str, at: int) -> tuple[int, int]:
    """The block of lines around ``at`` between blank lines (at most 600 characters back)."""
    at = max(0, min(at, len(text)))
    before = list(_BLANK.finditer(text, max(0, at - 600), at))
    lo = before[-1].end() if before else text.rfind("\n", 0, max(0, at - 600)) + 1
    nxt = _BLANK.search(text, at)
    return lo, nxt.start() if nxt is not None else len(text)

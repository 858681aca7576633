"""NL_BSN: burgerservicenummer / sofinummer in every written form, with context rules.

https://www.rvig.nl/bsn  ·  https://arthurdejong.org/python-stdnum/doc/stdnum.nl.bsn
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

import regex
from stdnum.nl import bsn as _bsn

from detectors.base import ContextRecognizer
from detectors.columns import column_label
from detectors.context import (
    Evidence,
    context_words,
    label_before,
    label_evidence,
    nearest,
    patterns,
    scores,
    words_pattern,
)
from detectors.labels import decisive_hit
from detectors.mask import mask as _mask
from detectors.nl_id_document import find_mrz
from detectors.person_names import (
    common_words,
    excluded,
    is_known,
    is_name_shaped,
    person_words,
)
from detectors.presidio_light import Pattern

ENTITY = "NL_BSN"

# Not glued to letters, digits, '+', '/', '-' or a digit group before it (IBANs, phone
# numbers, amounts, dates; a comma may end a CSV field), and not followed by more digits or
# decimals (",50"; a longer number after a comma is the next CSV field, and so is a date:
# "123456782,01-02-1990"), or by the "L01" that makes an employer's RSIN its
# loonheffingennummer.
_PRE = r"(?<![\w+/\-]|\d[ .]|\d\)\s?|[.,]\d|\d\.)"
# A space and a digit after it are more of the number's digit groups, unless a date opens
# there: a person's row set with spaces ("Jan de Vries 123456782 12-03-1990").
_DATE_NEXT = (r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d(?!\d)|\d{1,2}[ ][^\W\d_]{3}"
              r"|(?:19|20)\d\d-\d{1,2}-\d")
_POST = rf"(?![\w/\-]|\.\d|,\d{{1,2}}(?!\d|[-/.]\d)|[ ](?!{_DATE_NEXT})\d|\.?L\d{{2}}\b)"
PATTERNS = (
    Pattern("bsn_9", _PRE + r"\d{9}" + _POST, 0.3),  # 123456782
    Pattern("bsn_8", _PRE + r"\d{8}" + _POST, 0.3),  # leading zero dropped
    # Nine digits in groups as people write them, one separator throughout: 1234.56.782,
    # 123 456 782, 12.34.56.782, but also 123-45-6789, 123 45 67 89, 1234 567 89. The
    # lookahead holds it to exactly nine digits (a phone number has ten, a date eight).
    # A form's boxes, one digit a box, typed over with spaces or drawn with bars:
    # "1 2 3 4 5 6 7 8 2", "|1|2|3|4|5|6|7|8|2|" (only under a BSN label: see evidence)
    # (its first two characters looked at first: a scan of the text fails fast elsewhere)
    Pattern("bsn_boxed", r"(?=\d[ |])" + _PRE + r"\d(?:(?P<box>[ ]?\|[ ]?|[ ])\d)(?:(?P=box)\d){7}"
            + _POST, 0.3),
    Pattern("bsn_grouped", _PRE + r"(?=(?:\d[ .\-]?){8}\d(?![\d]))"
            r"\d{1,5}([ .\-])\d{1,5}(?:\1(?!" + _DATE_NEXT + r")\d{1,5}){0,3}" + _POST, 0.3),
)
# A bare number next to a currency sign is an amount.
_CURRENCY = regex.compile(r"(?:€|\$|£|EUR|eur)\s*$")
_POSTCODE = regex.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
_STREET = regex.compile(
    r"\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|"
    r"hof|park|steeg|dreef|markt|pad|lei|baan)\s+\d+"
)
_DATE = regex.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b")
_EMAIL = regex.compile(r"\S@\S+\.\w")
_HOUSE_LINE = regex.compile(r"^\p{Lu}[\p{L} .'\-]+ \d{1,4} ?[a-zA-Z]?$", regex.MULTILINE)
# "Label: value" right before the number: it is labelled, so it is no bare number.
_OWN_LABEL = regex.compile(r"[^\W\d_]{2,}\.?\)?[^\S\n]*[:#=][^\S\n]*$")
# (not the comma that ends a CSV field before a date or a phone number: "1990,06-12345678")
_AMOUNT = regex.compile(r"(?:€|EUR)\s*\d|\d,\d{2}\b(?![-/.:]\d)")


_SEPARATORS = str.maketrans("", "", " -.")  # what stdnum's compact() removes
_BOXED = regex.compile(r"\d(?:[ ]?\|[ ]?|[ ])\d(?:(?:[ ]?\|[ ]?|[ ])\d){7}")


def unboxed(number: str) -> str:
    """A number typed in a form's boxes with its bars as spaces (stdnum's compact() keeps
    bars).

    >>> unboxed("1|2|3|4|5|6|7|8|2")
    '1 2 3 4 5 6 7 8 2'
    """
    return number.replace("|", " ") if "|" in number else number


@lru_cache(maxsize=4096)
def compact(number: str) -> str:
    """Digits only, left-padded to 9 (the 8-digit form drops a leading zero).

    >>> compact("1234.56.782")
    '123456782'
    >>> compact("11222333")
    '011222333'
    """
    if number.isascii() and "`" not in number:  # stdnum's clean() changes nothing else here
        return number.translate(_SEPARATORS).strip().zfill(9)
    return _bsn.compact(number)


def validate(number: str) -> str:
    """The compact number; raises stdnum's InvalidLength / InvalidChecksum / InvalidFormat.

    >>> validate("123 456 782")
    '123456782'
    """
    return _bsn.validate(number)


@lru_cache(maxsize=4096)
def is_valid(number: str) -> bool:
    """True when ``number`` is a BSN that passes the 11-check.

    Cached: a value is validated once however often it is seen (recognizer, normalizer).

    >>> is_valid("111222333"), is_valid("111222334")
    (True, False)
    """
    if number.isascii():  # the int check is stdnum's own there, both ways (_fails_11check)
        return not _fails_11check(number)
    return not _fails_11check(number) and bool(_bsn.is_valid(number))


def _fails_11check(number: str) -> bool:
    """True when an ASCII candidate fails the 11-check in plain int arithmetic: stdnum would
    reject it too (same compact form, same check), and accepts what it passes (on ASCII its
    clean() only changes '`', which fails here). Non-ASCII is left to stdnum.

    >>> _fails_11check("1234.56.782"), _fails_11check("123456789"), _fails_11check("12345678")
    (False, True, True)
    """
    if not number.isascii():
        return False
    s = number.translate(_SEPARATORS).strip().zfill(9)
    if len(s) != 9 or not s.isdigit() or int(s) <= 0:
        return True
    return (sum((9 - i) * int(c) for i, c in enumerate(s[:8])) - int(s[8])) % 11 != 0


def mask(number: str) -> str:
    """The masked compact number.

    >>> mask("1234.56.782")
    '******782'
    """
    return _mask(compact(number))


def is_date_like(number: str) -> bool:
    """True for an 8-digit run that reads as YYYYMMDD or DDMMYYYY (a date, not a BSN).

    >>> is_date_like("19900312"), is_date_like("12031990"), is_date_like("11222333")
    (True, True, False)
    """
    digits = "".join(c for c in number if c.isdigit())
    if len(digits) != 8:
        return False
    forms = ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2]))
    return any(_is_date(*f) for f in forms)


def _is_date(y: str, m: str, d: str) -> bool:
    try:
        return 1900 <= date(int(y), int(m), int(d)).year <= 2099
    except ValueError:
        return False


def _has_own_label(text: str, start: int) -> bool:
    """A label of its own that names no BSN: "NIF (PT): 123456782", "Lidmaatschap: ...",
    or a column header above it in a pasted export. A BSN word nearby (not earlier on its
    line), or a block of personal details, does not make such a number a BSN."""
    line = text[text.rfind("\n", max(0, start - 300), start) + 1 : start]
    line = line[_last_break(line) :]  # a BSN word in an earlier sentence labels nothing here
    bsn_word = patterns(ENTITY)[0]
    if bsn_word is not None and bsn_word.search(line):
        return False  # "BSN van mevrouw Jansen: ..." names its number further back
    own = _OWN_LABEL.search(line) or _OWN_LABEL.search(label_before(text, start))
    if own is not None:
        return not _names_a_person(own.group())
    return column_label(text, start) is not None or _noun_before(text, start) is not None


# A word, one space, the number: "Polis 123456782", "claim 123456782", "Pas 123456782", or
# the number in brackets after it ("zijn ziekmelding (123456782)").
_WORD_BEFORE = regex.compile(r"(?<![\w\-])(\p{L}[\p{L}\-]{2,})(?:\.? | ?\()$")


def _noun_before(text: str, start: int) -> str | None:
    """The common noun right before a bare number, which names it whatever kind it is
    ("Claim 123456782", "Huurder 123456782" in a block of personal details).
    Not a name ("Jansen 123456782" in a list), a stop word ("is"), an unknown word, a person
    ("werknemer 123456782": whose number, not what kind) or a word of a BSN label."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    word = m.group(1)
    lower = word.lower()
    if (lower not in common_words() and not _ends_on_a_kind(lower)) or is_known(
            word.title()) or lower in excluded():
        return None
    if lower in person_words()["relations"] or lower in _BSN_TAILS:
        return None
    if any(p is not None and p.fullmatch(word) for p in (patterns(ENTITY)[0],
                                                         patterns("PERSON")[0])):
        return None
    return lower


_BSN_TAILS = frozenset(context_words()[ENTITY]["tails"])


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    """The longer kind words of the BSN decoys and kind_nouns: a compound on one names that
    kind too."""
    words = context_words()[ENTITY]["decoy"] + context_words()[ENTITY]["kind_nouns"]
    return tuple(w for w in words if len(w) >= 6 and w.isalpha())


def _ends_on_a_kind(word: str) -> bool:
    """A compound on a kind of number ("ziekmelding", "verzuimdossier", "werkorder").

    >>> _ends_on_a_kind("ziekmelding"), _ends_on_a_kind("ziek")
    (True, False)
    """
    return word.endswith(_kinds())


_SENTENCE_BREAK = regex.compile(r"[.!?;]\s+(?=\p{Lu})|\n")


def _sentence_names_another(text: str, start: int) -> bool:
    """The sentence names another kind of number before its value, further back than a
    label ("Het registratienummer van de nieuwe medewerker in ons systeem is 123456782"):
    the number word nearest the value decides."""
    before = text[max(0, start - 200) : start]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(before)]
    hit = decisive_hit(*patterns(ENTITY), before[breaks[-1] if breaks else 0 :])
    return hit is not None and hit.kind == "decoy"


# The end of a sentence on a line: a word of lower-case letters (or an acronym) and a full
# stop, '!' or '?' before a capital ("BSN gecontroleerd. In het systeem stond ..."), or a semicolon; not an
# abbreviation ("Geb. Datum", "nr. 5").
_IN_LINE_BREAK = regex.compile(r"(?:(?<=\p{Ll}{3}|\p{Lu}{3})[.!?][^\S\n]+(?=\p{Lu})|;[^\S\n]+)")


def _last_break(line: str) -> int:
    """Where the last sentence of ``line`` starts (0 when it holds one)."""
    return max((m.end() for m in _IN_LINE_BREAK.finditer(line)), default=0)


def _bsn_word_in_earlier_sentence(text: str, start: int) -> bool:
    """The line before the number holds a BSN word only in a sentence before the number's
    ("We hebben zijn BSN gecontroleerd; in de mail stond 123456782"): no label of it."""
    line = text[text.rfind("\n", max(0, start - 300), start) + 1 : start]
    cut = _last_break(line)
    ctx = patterns(ENTITY)[0]
    return (cut > 0 and ctx is not None and ctx.search(line, 0, cut) is not None
            and ctx.search(line, cut) is None)


# After the number, in its clause: a link ("als", "is", "dat bleek", "which is") and then the
# kind it is ("123456782, dat bleek zijn klantnummer", "123456782 as her application number").
_LINK_AFTER = regex.compile(
    r"[^\w\n]{0,3}(?:[\p{L}]+[^\S\n]+){0,2}?(?:als|as|is|was|bleek|blijkt|zijnde|being)"
    r"[^\S\n]+", regex.IGNORECASE)


def _named_after(text: str, end: int) -> bool:
    """The clause after the number says it is another kind of number (a label after it)."""
    clause = text[end : end + 80]
    clause = clause[: min((m.start() for m in _SENTENCE_BREAK.finditer(clause)),
                          default=len(clause))]
    link = _LINK_AFTER.match(clause)
    if link is None:
        return False
    hit = decisive_hit(*patterns(ENTITY), clause[link.end() : link.end() + 40])
    return hit is not None and hit.kind == "decoy"


# A number that opens brackets, and the words in them that say what it is: "een fout bsn
# (123456782 is het ordernummer ...)", "(123456782, zijn personeelsnummer)", "(123456782 =
# klantnr)". The aside is about the number, nearer to it than a label before the bracket.
_OPENS_BRACKET = regex.compile(r"\([ ]?$")
_ASIDE = regex.compile(r"[ ]?(?:[,;:=\-–][ ]?)?(?:(?:het|de|een|zijn|haar|hun|ons|onze|the|his"
                       r"|her|their|our|a|an)[ ]+)?(\S+)", regex.IGNORECASE)


def _bracket_names_another(text: str, start: int, end: int) -> bool:
    """The number opens brackets in which its first word names another kind of number."""
    if not _OPENS_BRACKET.search(text, max(0, start - 2), start):
        return False
    if _named_after(text, end):
        return True
    aside = _ASIDE.match(text, end)
    if aside is None:
        return False
    hit = decisive_hit(*patterns(ENTITY), aside.group(1).rstrip(").,;:"))
    return hit is not None and hit.kind == "decoy"


# A BSN word with its own number right after it ("BSN: ...", "BSN is ...", "bsn nr ...").
_LABELS_A_NUMBER = regex.compile(
    r"[^\w\n]{0,3}(?:(?:is|was|nr|nummer|number)[^\w\n]{1,3})?(\d[\d.\- ]{6,10}\d)",
    regex.IGNORECASE)


def _bsn_words(text: str, start: int, end: int, chars: int) -> Iterator[tuple[int, str, bool]]:
    """(distance, word, labels another number) of each BSN word within ``chars``: in
    "123456782 (BSN is 111222333)" the word is the other number's label."""
    ctx = patterns(ENTITY)[0]
    if ctx is None:
        return
    for m in ctx.finditer(text, max(0, start - chars), min(len(text), end + chars)):
        if start < m.end() and m.start() < end:
            continue
        own = _LABELS_A_NUMBER.match(text, m.end())
        distance = start - m.end() if m.end() <= start else m.start() - end
        yield distance, m.group(), own is not None and own.start(1) != start


def _free_context(text: str, start: int, end: int, chars: int) -> tuple[int, str] | None:
    """(distance, word) of the nearest BSN word within ``chars`` that labels no other number."""
    return min(((d, w) for d, w, other in _bsn_words(text, start, end, chars) if not other),
               default=None)


def _bsn_labelled_near(text: str, start: int, end: int, chars: int) -> bool:
    """Another number is labelled BSN within ``chars``: a person's block holds one BSN,
    so a bare number beside it is some other number."""
    return any(other for _, _, other in _bsn_words(text, start, end, chars))


def _names_a_person(label: str) -> bool:
    """'Jansen:' before a number in a list of people's numbers is a name, not a label."""
    word = label.rstrip(" \t:#=).")
    return word.istitle() and is_name_shaped(word)


def _around(text: str, start: int, end: int, chars: int) -> str:
    """The ``chars`` before and after the span, the span itself left out."""
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    return text[lo:start] + " " + text[end:hi]


def _personal_cues(around: str, enough: int = 2) -> set[str]:
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
    cues.update(m.lower() for m in _personal_words().findall(around))
    return cues


def _order_cue(around: str) -> bool:
    """An order-list cue in ``around``: an order word or an amount."""
    return _AMOUNT.search(around) is not None or _order_words().search(around) is not None


@lru_cache(maxsize=1)
def _personal_words() -> regex.Pattern[str]:
    return words_pattern(context_words()["blocks"]["personal"])


@lru_cache(maxsize=1)
def _order_words() -> regex.Pattern[str]:
    return words_pattern(context_words()["blocks"]["order"])


class NlBsnRecognizer(ContextRecognizer):
    """BSN: 11-check, then label > decoy label > nearby words > personal-details block."""

    NEEDS_DIGIT = True

    ENTITY = ENTITY
    PATTERNS = PATTERNS

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid(unboxed(pattern_text))

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        yield from super().candidates(text)
        yield from (span for mrz in find_mrz(text) if (span := mrz.bsn_span) is not None)

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        if not self.validate_result(text[start:end]):
            return None
        s = scores(ENTITY)
        if any(m.bsn_span == (start, end) for m in find_mrz(text)):
            return Evidence(s.extra["mrz"], "MRZ optional-data field")
        label = None if _bsn_word_in_earlier_sentence(text, start) else label_evidence(
            ENTITY, text, start)
        if label is not None:
            if label.score >= s.label and _bracket_names_another(text, start, end):
                return Evidence(s.base, "named another kind in its brackets")
            return label
        if _CURRENCY.search(text, max(0, start - 6), start) or is_date_like(text[start:end]):
            return Evidence(s.decoy, "amount or date")
        if (_has_own_label(text, start) or _sentence_names_another(text, start)
                or _named_after(text, end) or _bracket_names_another(text, start, end)):
            return Evidence(s.base, "labelled as something else")
        if _BOXED.fullmatch(text, start, end):  # a row of nine one-digit counts is none
            return Evidence(s.base, "boxed digits without a BSN label")
        if sum(c.isdigit() for c in text[start:end]) == 8:
            # a BSN with its leading zero dropped only under its own label: eight bare
            # digits near a BSN word or in a block of details are a pass, a KvK, a client
            # number far more often ("Sleutels en pas (12345623) inleveren", "BSN volgt")
            return Evidence(s.base, "eight digits without a BSN label")
        return (self._window(text, start, end) or self._block(text, start, end)
                or _person_row(text, start, end) or Evidence(s.base, "11-check only"))

    def _window(self, text: str, start: int, end: int) -> Evidence | None:
        """A BSN word nearby counts unless an order-list cue is nearer (a list of orders
        under a sentence about BSNs is still a list of orders)."""
        s = scores(ENTITY)
        ctx = _free_context(text, start, end, s.window_chars)
        if ctx is None:
            return None
        order = nearest(_order_words(), text, start, end, s.window_chars)
        if order is not None and order[0] < ctx[0]:
            return None
        return Evidence(s.window, f"context '{ctx[1].lower()}'")

    def _block(self, text: str, start: int, end: int) -> Evidence | None:
        """A bare number beside name, address and birth date; not one with its own label
        ("Lidmaatschap: 123456782": the labels that name a number are decoys already)."""
        s = scores(ENTITY)
        chars = int(s.extra["block_chars"])
        # cheapest decisive test first: most numbers lack a block and stop at the first
        around = _around(text, start, end, chars)
        if (len(_personal_cues(around)) >= 2 and not _order_cue(around)
                and not _bsn_labelled_near(text, start, end, chars)):
            return Evidence(s.extra["block"], "personal-details block")
        return None


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


def _person_row(text: str, start: int, end: int) -> Evidence | None:
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
    if not any(is_name_shaped(w) for w in _NAME_WORD.findall(rest)):
        return None
    if not (_birth_date_in(text, rest) or _POSTCODE.search(rest) or _STREET.search(rest)):
        return None
    # a kind word before the number was the decisive word of its sentence already
    # (_sentence_names_another), or a context word after it labelled the number
    if any(is_valid(m.group()) for m in _OTHER_NUMBER.finditer(rest)) or _kind_cell(
            after) or _order_cue(rest):
        return None
    return Evidence(scores(ENTITY).extra["block"], "a person's row")


_GAP = regex.compile(r"[ \t]{3,}")


def _birth_date_in(text: str, rest: str) -> bool:
    """A date of a birth year in ``rest`` (see dob_layout.born_by)."""
    from detectors.dates import parse
    from detectors.dob_layout import born_by

    born = [d for m in _ROW_DATE.finditer(rest) if (d := parse(m.group())) is not None]
    return any(d.year <= born_by(text) for d in born)


def _kind_cell(rest: str) -> bool:
    """A word of the row that names another kind of number without a value of its own
    ("Polis", "Klantnr." as a cell; not "tel. 06-12345678", whose number it labels)."""
    decoy = patterns(ENTITY)[1]
    return decoy is not None and any(
        _KIND_WORD_VALUE.match(rest, m.end()) is None for m in decoy.finditer(rest))

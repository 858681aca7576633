"""NL_BSN: burgerservicenummer / sofinummer in every written form, with context rules.

https://www.rvig.nl/bsn  ·  https://arthurdejong.org/python-stdnum/doc/stdnum.nl.bsn
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import regex

from detectors import nl_bsn_kinds as kinds
from detectors import nl_bsn_rows as rows
from detectors.base import ContextRecognizer
from detectors.context import Evidence, Label, label_evidence, nearest, scores
from detectors.fixed_width import glued_column_spans
from detectors.mrz import bsn_spans as mrz_bsn_spans
from detectors.nl_bsn_asked import asked_before
from detectors.nl_bsn_lists import first_item
from detectors.nl_bsn_number import compact, is_date_like, is_valid, mask, unboxed, validate
from detectors.nl_bsn_retracted import retracted_after
from detectors.nl_id_document import find_mrz
from detectors.presidio_light import Pattern
from detectors.record_fields import record_fields

__all__ = ["ENTITY", "PATTERNS", "NlBsnRecognizer", "compact", "is_date_like", "is_valid",
           "mask", "unboxed", "validate"]

ENTITY = "NL_BSN"

# Not glued to letters, digits, '+', '/', '-' or a digit group before it (IBANs, phone
# numbers, amounts, dates; a comma may end a CSV field), and not followed by more digits or
# decimals (",50"; a longer number after a comma is the next CSV field, and so is a date:
# "123456782,01-02-1990"), or by the "L01" that makes an employer's RSIN its
# loonheffingennummer. A digit group (1-5 digits) before it is more of one number; a value of
# its own is not: a row read across with single spaces ("12-03-1990 123456782", "PJ/2024/017
# 649911635", "634566933 355245140": a PDF's text layer, tesseract).
# A closing bracket after a digit is an area code ("(06) 12345678") on its own line only: a
# row that ends "(wk 6)" is no part of the number that opens the next row.
# (one look-behind a width, as the `re` module reads them: see ANCHOR)
_PRE = (r"(?<![\w+/\-])"
        + "".join(rf"(?<!(?<![\w.,/\-])\d{{{n}}}[ .])" for n in range(1, 6))
        + r"(?<!\d\))(?<!\d\)[^\S\n])(?<![.,]\d)(?<!\d\.)")
# A space and a digit after it are more of the number's digit groups, unless a date opens
# there: a person's row set with spaces ("Jan de Vries 123456782 12-03-1990"), or another
# whole number of six digits or more (a row of numbers read across).
_DATE_NEXT = (r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d(?!\d)|\d{1,2}[ ][^\W\d_]{3}"
              r"|(?:19|20)\d\d-\d{1,2}-\d|\d{6,}(?![\w/\-]|[.,]\d)")
_POST = rf"(?![\w/\-]|\.\d|,\d{{1,2}}(?!\d|[-/.]\d)|[ ](?!{_DATE_NEXT})\d|\.?L\d{{2}}\b)"
_SEP = r"[.\-][ ]|[ ]-[ ]"
# A form's box between two digits: a bar (spaced or not), brackets, one or two spaces.
_BOX = r"[ ]?\|[ ]?|\]\[|[ ]{1,2}"
# After a wrapped number's digits: spaces, then punctuation or the line's end.
_WRAP_END = r"(?=[ \t]*(?:[^\w\s]|\r?\n|$))"
PATTERNS = (
    Pattern("bsn_9", _PRE + r"\d{9}" + _POST, 0.3),  # 123456782
    Pattern("bsn_8", _PRE + r"\d{8}" + _POST, 0.3),  # leading zero dropped
    # Nine digits in groups as people write them, one separator throughout: 1234.56.782,
    # 123 456 782, 12.34.56.782, but also 123-45-6789, 123 45 67 89, 1234 567 89. The
    # lookahead holds it to exactly nine digits (a phone number has ten, a date eight).
    # A form's boxes, one digit a box, typed over with spaces or drawn with bars:
    # "1 2 3 4 5 6 7 8 2", "|1|2|3|4|5|6|7|8|2|" (only under a BSN label: see evidence)
    # (its first two characters looked at first: a scan of the text fails fast elsewhere)
    # (also drawn with brackets, "[1][2]...[2]", or typed two spaces apart: "1  2  3 ...")
    Pattern("bsn_boxed", r"(?=\d[ |\]])" + _PRE + r"\d(?:(?P<box>" + _BOX + r")\d)(?:(?P=box)\d){7}"
            + _POST, 0.3),
    Pattern("bsn_grouped", _PRE + r"(?=(?:\d[ .\-]?){8}\d(?![\d]))"
            r"\d{1,5}([ .\-])\d{1,5}(?:\1(?!" + _DATE_NEXT + r")\d{1,5}){0,3}" + _POST, 0.3),
    # A separator may also be a full stop or a dash with a space after it, or a dash set
    # apart: "1234. 56. 782", "123 - 456 - 782" (looked for only where one follows digits).
    Pattern("bsn_spaced_stop", r"(?<!\d)(?=\d{1,5}[ .\-]-?[ ])" + _PRE
            + r"(?=(?:\d(?:" + _SEP + r")?){8}\d(?![\d]))\d{1,5}(" + _SEP + r")\d{1,5}"
            r"(?:\1(?!" + _DATE_NEXT + r")\d{1,5}){1,3}" + _POST, 0.3),
    # Nine digits a scan or a hurried typist split once, anywhere ("772 359969", "7723599 69"):
    # only under a BSN label (see evidence), as other numbers split so are many.
    Pattern("bsn_split", r"(?=\d{1,8}[ ]\d)" + _PRE + r"(?=(?:\d[ ]?){8}\d(?!\d))"
            r"(?:\d{6,8}[ ]\d{1,3}|\d{1,3}[ ]\d{6,8})" + _POST, 0.3),
    # Nine digits wrapped at a line's end, with or without a hyphen ("1234\n56782",
    # "12345-\n6782"): only under a BSN label (see evidence), as the split ones. At least
    # four digits before the break, and nothing but punctuation after the digits on the next
    # line: a number whose next line opens with a count ("12345678\n2 Kinderen") is no wrap.
    Pattern("bsn_wrapped", r"(?=\d{4,8}-?\n\d)" + _PRE + r"(?=(?:\d(?:-?\n)?){8}\d(?!\d))"
            r"\d{4,8}-?\n\d{1,5}" + _POST + _WRAP_END, 0.3),
    # Groups set with one or two spaces, unevenly, as a justified export or a hurried typist
    # leaves them: "123 456  782", "1234  56 782".
    Pattern("bsn_spaced", r"(?<!\d)(?=\d{2,5}[ ])" + _PRE
            + r"(?=(?:\d[ ]{0,2}){8}\d(?![\d]))(?=[\d ]{0,12}?\d[ ]{2}\d)"
            r"\d{2,5}(?:[ ]{1,2}(?!" + _DATE_NEXT + r")\d{2,5}){2,3}" + _POST, 0.3),
)
# A bare number next to a currency sign is an amount.
_CURRENCY = regex.compile(r"(?:€|\$|£|EUR|eur)\s*$")
_BOXED = regex.compile(r"\d(?:" + _BOX + r")\d(?:(?:" + _BOX + r")\d){7}")
_WRAPPED = regex.compile(r"\d{4,8}-?\n\d{1,5}")
_SPLIT = regex.compile(r"\d{6,8}[ ]\d{1,3}|\d{1,3}[ ]\d{6,8}")
# A form's boxes, one digit a box a space or two apart, that ran past the line's end: the
# rest under it, indented to the boxes' column or after the form's bar ("Burgerservicenr :
# 6 0 1 6 2 3" and, on the next line, "6 7 8"). Looked for apart (its indentation breaks
# the anchor's reach) and reported only under a BSN label.
_BOXES_WRAPPED = regex.compile(r"(?<![\w+/\-])(?=\d[ ]{1,2}\d)\d(?:[ ]{1,2}\d){1,7}[ \t]*\n"
                               r"[ \t|]*\d(?:[ ]{1,2}\d){0,7}(?![ ]{0,2}\d)")


def _boxes_wrapped(text: str) -> Iterator[tuple[int, int]]:
    """The spans of nine boxed digits wrapped at a line's end (a plain scan for a boxed
    line's end first: most texts have none)."""
    if _BOXED_LINE_END.search(text) is None:
        return
    for m in _BOXES_WRAPPED.finditer(text):
        if sum(map(str.isdigit, m.group())) == 9:
            yield m.span()


_BOXED_LINE_END = re.compile(r"\d[ ]{1,2}\d[ \t]*\n[ \t|]*\d")


def _listed(text: str, start: int, end: int) -> bool:
    """A decoy word that gives the number as one its sentence lists: an example with an
    owner after it, or the place a BSN is written in (asked only of a decoy: the checks
    read the sentence)."""
    return kinds.someones_example(text, start, end) or kinds.placed_after_bsn(text, start)


def _listed_after_another(text: str, start: int) -> bool:
    """A later item of a list whose first number has a label of its own naming another kind
    ("Klantnummers: 123456782, 234567893"): that label names the whole list."""
    first = first_item(text, start)
    if first is None:
        return False
    label = label_evidence(ENTITY, text, first)
    if label is not None:
        return label.score < scores(ENTITY).label
    return kinds.has_own_label(text, first)


def _sentence_word(text: str, start: int) -> Evidence | None:
    """The number its sentence's BSN word speaks of, further back than the window: a
    dictated or spoken sentence names the BSN and gives it later ("ze wil dat haar bsn erin
    staat ... namelijk 123456782"), no other number word between them."""
    # only a line longer than the window before the number has a word the window missed
    if text.rfind("\n", max(0, start - scores(ENTITY).window_chars), start) >= 0:
        return None
    word = kinds.bsn_word_of_sentence(text, start)
    if word is None or _negated_clause(text, text.rfind(word, 0, start), len(word), start):
        return None
    return Evidence(scores(ENTITY).window, f"its sentence's '{word.lower()}'")


# A BSN word its clause says is missing or still to come ("het bsn stond niet op het
# formulier", "geen BSN", "BSN volgt", "I don't have my BSN"): the number the sentence gives
# later is another one.
_CLAUSE_END = regex.compile(r"[,;:!?]|\.(?!\w)|\s(?:en|maar|dus|want|and|but|so)\s",
                            regex.IGNORECASE)
_CLAUSE_NEGATION = regex.compile(
    r"(?<!\w)(?:niet|geen|volgt|nooit|not|no|never|don't|doesn't|didn't|without|zonder)(?!\w)",
    regex.IGNORECASE)

_CONTRAST = regex.compile(r"(?<!\w)(?:maar|toch|but|however|though)(?!\w)", regex.IGNORECASE)


def _negated_clause(text: str, at: int, length: int, start: int) -> bool:
    """The BSN word at `at` stands in a clause with a negation (before the number)."""
    if at < 0:
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, at - 80), at)), default=at - 80)
    end = _CLAUSE_END.search(text, at + length, start)
    clause = text[max(0, lo):end.start() if end else start]
    # (a contrast after it gives the number all the same: "heeft ze niet bij zich maar ze
    # weet het uit haar hoofd ... 965544576")
    return (_CLAUSE_NEGATION.search(clause) is not None
            and _CONTRAST.search(text, at + length, start) is None)


def _record_field(text: str, start: int, end: int) -> Evidence | None:
    """The field of a headerless record run that holds a BSN on every line."""
    if (start, end) not in record_fields(text).bsn:
        return None
    return Evidence(scores(ENTITY).extra["fixed_column"], "a record's BSN field")


class NlBsnRecognizer(ContextRecognizer):
    """BSN: 11-check, then label > decoy label > nearby words > personal-details block."""

    NEEDS_DIGIT = True

    ENTITY = ENTITY
    PATTERNS = PATTERNS
    # Every pattern opens on a digit not glued on, and reads eight more digits or more with
    # at most three separator characters between two: one scan finds those places for all
    # seven patterns (~1,800 in 100 KB of dense HR text), which are tried there only. It opens
    # on the digit it stands on, its look-behind read after it: a scan skips to a digit in C
    # instead of trying the look-behind at every character (the digit is a word character,
    # so the place after it is never one: the same places as the zero-width form).
    ANCHOR = r"\d(?<![\w+/\-]\d)(?=(?:[ .|\-\[\]\n]{0,3}\d){7})"
    # The digits each pattern's match opens with (a digit after them is no end of its number
    # and no separator of its groups): nine or eight whole, one before a box, the first
    # group (1-5), the split's first part (1-8) or the wrap's (4-8); a phone number's or an IBAN's
    # ten digits or more are tried by none.
    OPENING_RUNS: ClassVar[dict[str, tuple[int, int]]] = {
        "bsn_9": (9, 9), "bsn_8": (8, 8), "bsn_boxed": (1, 1), "bsn_grouped": (1, 5),
        "bsn_spaced_stop": (1, 5), "bsn_split": (1, 8), "bsn_wrapped": (4, 8),
        "bsn_spaced": (2, 5)}

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid(unboxed(pattern_text))

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        yield from super().candidates(text)
        yield from (span for mrz in find_mrz(text) if (span := mrz.bsn_span) is not None)
        yield from glued_column_spans(text)
        yield from record_fields(text).bsn  # ("0001 123456782": a row's field, no digit group)
        yield from _boxes_wrapped(text)

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        if not self.validate_result(text[start:end]):
            return None
        s = scores(ENTITY)
        if (start, end) in mrz_bsn_spans(text):
            return Evidence(s.extra["mrz"], "MRZ optional-data field")
        if (start, end) in glued_column_spans(text):  # (no pattern finds it: no label read)
            return Evidence(s.extra["fixed_column"], "a fixed-width file's column")
        label = None if kinds.bsn_word_in_earlier_sentence(text, start) else label_evidence(
            ENTITY, text, start)
        if label is not None and kinds.bare_number_label(label.label):
            # (stop 71) "het goede nummer is ...": what kind, the text around says
            if (word := kinds.put_right(text, start, label.label)) is not None:
                return Evidence(s.window, f"a '{word.lower()}' put right")
            label = None
        elif label is not None and kinds.bare_number_answer(text, start, label.label) and (
                word := asked_before(text, start)) is not None:
            return Evidence(s.window, f"the answer to '{word.lower()}'")  # "number is ..."
        subject = None
        if label is None or label.score < s.label:
            # "Het BSN van het juiste personeelsdossier is ...", "Zijn BSN op de scan van
            # zijn verblijfspas is ...": the phrase says whose BSN, not what kind of number
            subject = kinds.bsn_subject_before(text, start)
            if subject is not None:
                label = Evidence(s.label, f"label '{subject.lower()} ... is'",
                                 Label(subject.lower(), "context"))
        if label is not None and label.score < s.label:  # a decoy label, unless ...
            if (word := kinds.bsn_word_with_tail(text, start)) is not None:
                label = Evidence(s.label, f"label '{word.lower()} ...'",
                                 Label(word.lower(), "context"))
            elif _listed(text, start, end):
                label = None
        if kinds.placeholder_after(text, end):
            return Evidence(s.base, "a placeholder, no one's number")  # "400287961 (dummy)"
        if label is not None and label.score >= s.label and kinds.holder_before(text, start):
            return Evidence(s.base, "a person's record number")  # "BSN check: employee ..."
        if label is not None and label.score >= s.label and subject is None and (
                kinds.kind_noun_before(text, start)):
            return Evidence(s.base, "its own kind noun")  # "bsn ..., plaatsing 305740040"
        if label is not None:
            if label.score >= s.label and (kinds.bracket_names_another(text, start, end)
                                           or kinds.bracket_after_names_another(text, end, True)):
                return Evidence(s.base, "named another kind in its brackets")
            if label.score >= s.label and retracted_after(text, end):
                return Evidence(s.base, "taken back as another kind of number")
            return label
        if _CURRENCY.search(text, max(0, start - 6), start) or is_date_like(text[start:end]):
            return Evidence(s.decoy, "amount or date")
        other = ((kinds.sentence_names_another(text, start) and not _listed(text, start, end))
                 or kinds.named_after(text, end) or retracted_after(text, end)
                 or kinds.bracket_names_another(text, start, end)
                 or kinds.bracket_after_names_another(text, end)
                 # its own kind noun, even after a BSN word on its line, and then no answer
                 # to a question about the BSN before it ("BSN op kopie ... nodig ...
                 # Servisch paspoort 111222333", "BSN (..., afspraak 123456782 ...): ...")
                 or kinds.kind_noun_before(text, start) is not None
                 or kinds.listed_under_kind(text, start))
        if not other and (word := asked_before(text, start)) is not None:
            return Evidence(s.window, f"the answer to '{word.lower()}'")  # "ats: ...", a chat
        if other or kinds.has_own_label(text, start) or kinds.holder_before(text, start):
            return Evidence(s.base, "labelled as something else")
        if _listed_after_another(text, start):
            return Evidence(s.base, "listed after a number labelled as something else")
        if _BOXED.fullmatch(text, start, end) or _BOXES_WRAPPED.fullmatch(text, start, end):
            # (a row of nine one-digit counts is none; nor boxes wrapped, unlabelled)
            return Evidence(s.base, "boxed digits without a BSN label")
        if _SPLIT.fullmatch(text, start, end):
            return Evidence(s.base, "split digits without a BSN label")
        if _WRAPPED.fullmatch(text, start, end):
            return Evidence(s.base, "wrapped digits without a BSN label")
        if sum(map(str.isdigit, text[start:end])) == 8:
            # a BSN with its leading zero dropped only under its own label or as the number
            # its sentence's BSN word speaks of: eight bare digits near a BSN word or in a
            # block of details are a pass, a KvK, a client number far more often ("Sleutels
            # en pas (12345623) inleveren", "BSN volgt")
            word = kinds.bsn_word_of_sentence(text, start)
            if word is not None:
                return Evidence(s.window, f"its sentence's '{word.lower()}'")
            return rows.sibling_record(text, start, end) or _record_field(
                text, start, end) or Evidence(s.base, "eight digits without a BSN label")
        # a record's BSN field before a person row: one column, one score
        return (self._window(text, start, end) or self._block(text, start, end)
                or _record_field(text, start, end) or rows.person_row(text, start, end)
                or _sentence_word(text, start) or Evidence(s.base, "11-check only"))

    def _window(self, text: str, start: int, end: int) -> Evidence | None:
        """A BSN word nearby counts unless an order-list cue is nearer (a list of orders
        under a sentence about BSNs is still a list of orders)."""
        s = scores(ENTITY)
        words = kinds.bsn_words_near(text, start, end, s.window_chars)
        ctx = min(((d, w) for d, w, other in words if not other), default=None)
        if ctx is None:
            # (read only where a BSN word before it labels another number)
            listed = None if not any(other for _, _, other in words) else (
                kinds.listed_after_bsn(text, start, s.window_chars))
            return None if listed is None else Evidence(
                s.window, f"listed after a '{listed.lower()}' number")
        order = nearest(rows.order_words(), text, start, end, s.window_chars)
        if order is not None and order[0] < ctx[0]:
            return None
        return Evidence(s.window, f"context '{ctx[1].lower()}'")

    def _block(self, text: str, start: int, end: int) -> Evidence | None:
        """A bare number beside name, address and birth date; not one with its own label
        ("Lidmaatschap: 123456782": the labels that name a number are decoys already)."""
        s = scores(ENTITY)
        chars = int(s.extra["block_chars"])
        # cheapest decisive test first: most numbers lack a block and stop at the first
        around = rows.around(text, start, end, chars)
        if (len(rows.personal_cues(around)) >= 2 and not rows.order_cue(around)
                and not kinds.bsn_labelled_near(text, start, end, chars)):
            return Evidence(s.extra["block"], "personal-details block")
        return None


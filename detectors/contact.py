"""EMAIL_ADDRESS (offline public-suffix check) and PHONE_NUMBER (phonenumbers).

https://github.com/john-kurkowski/tldextract  ·  https://github.com/daviddrysdale/python-phonenumbers
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import phonenumbers
import regex

from detectors.base import EXPLANATION_KEY, ContextRecognizer, regex_timeout, trimmed
from detectors.context import Evidence, _load, context_evidence, context_words, scores
from detectors.mail_domains import (  # noqa: F401 - re-exported: tests and benches use them
    RESERVED_TLDS,
    _extractor,
    has_public_suffix,
    is_mail_domain,
)
from detectors.mask import mask as _mask
from detectors.phone_abroad import national_abroad, regions_named
from detectors.presidio_light import Pattern, RecognizerResult

EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
DEFAULT_REGION = "NL"  # SPEC: Dutch numbers without country code get +31
# Between digit groups people write nothing, a space, or '.', '-', '/' with or without
# spaces around it ("020 - 123 45 67", "010 / 1234567", "06.12.34.56.78"), and the en or em
# dash a word processor makes of " - " ("010 – 1 23 45 67"); or two spaces, a justified
# line's or a scan's ("06  12 34 56 78"); a scan's text layer widens a dash to two spaces a
# side ("088  -  972 72 72").
# The widened dash only right after the area code: inside the subscriber number a separator
# has at most a space a side (else "0 2 0  -  0 2 0  -  ..." runs on, one number a repeat).
_SEP = r"(?:[ ]?[.\-/\u2013\u2014][ ]?|[ ]{1,2})?"
_AREA_SEP = r"(?:[ ]{0,2}[.\-/\u2013\u2014][ ]{0,2}|[ ]{1,2})?"
# A national number's trunk prefix and area code: "06", "020", "0475"; on a scanned form
# with a digit a box, each digit a space apart ("0 6 - 1 2 ...", "0 8 8 - 2 7 ..."), set off
# from the subscriber's boxes by a dash, a slash or a wider gap: ten digits a space apart
# are a row of scores or marks ("Punten per vraag: 0 6 2 4 3 1 5 2 0 1").
_AREA_CODE = r"0(?:[1-9]\d{0,2}|[ ][1-9](?:[ ]\d){0,2}(?=[ ]{0,2}[\-/\u2013\u2014]|[ ]{2}\d))"
# A number's last group is never one digit after a longer group: "020  -  560 040 0" is a
# score or a range, not a number (boxes, one digit each throughout, are).
_LAST_GROUP = r"(?<!\d\d[ .\-/]\d)"
_AREA_DASH = re.compile(r"[\-/\u2013\u2014]")
# a municipality's number: 14 and its area code (phone_municipal)
_MUNICIPAL_NUMBER = r"14[ ]?0\d{2,3}"
_MUNICIPAL = re.compile(_MUNICIPAL_NUMBER)
# the phone word right before it on its line (not context.toml's label reading, which takes
# a column's header above it too, nor a phone word elsewhere: "in week 14 020 ... gebeld")
_MUNICIPAL_CUE = re.compile(r"(?i)\b(?:tel(?:efoon(?:nummer)?)?|phone|bel|call|nummer|"
                            r"number)\.?[ \t]*:?[ \t]*\Z")
# One digit of a form's boxes after the one before: a box's end, a space, a box's start.
_BOX_SEP = r"(?:[ ]?\][ ]?\[?[ ]?|[ ]\[?[ ]?)"
_BOX_DIGIT = _BOX_SEP + r"\d"
# A number whose first three digits stand each in its own box (no number is written so)
_BOXED = re.compile(r"(?:\[[ ]?)?\d" + _BOX_SEP + r"\d" + _BOX_SEP + r"\d(?:[ ]?\]|[ ])")

# A written date opening the match is a date (range), not an area code: "01-02-2015 - 31-12",
# "03-2015 - 07-2019".
# Not a mobile number whose second group reads as a year: "06-1994 0337", "06-2044-9187" (a
# month and year is followed by no four-digit group, after a space or a separator).
_DATE_START = regex.compile(r"\d{1,2}([-/.])(?:\d{1,2}\1(?:19|20)\d{2}(?!\d)"
                            r"|(?:19|20)\d{2}(?!\d)(?![ .\-/]\d{4}(?!\d)))")
# Opening hours are no number: "09.00-17.00", "8:30 - 12:00".
# A roster's shifts, a wide gap apart, are a table's cells, not one number ("06-14  06-14
# 06"); an OCR'd form's wide gaps inside one number ("06  52  01  77  48") are not
_CELL_GAP = regex.compile(r"(?<!\d)[0-2]\d-[0-2]\d(?:[ ]{2,}|\t)[0-2]\d-[0-2]\d(?!\d)")
_TIME_RANGE = regex.compile(r"[0-2]?\d[.:][0-5]\d[ ]?[-\u2013\u2014][ ]?[0-2]?\d[.:][0-5]\d(?!\d)")


@lru_cache(maxsize=4096)
def normalize_email(value: str) -> str | None:
    """Lower case, or None when its domain is not one mail is delivered to.

    >>> normalize_email("Jan.Jansen@Voorbeeld.NL")
    'jan.jansen@voorbeeld.nl'
    """
    value = value.strip()
    if not value.isprintable() or " " in value:  # (wrapped: "jan@\n   voorbeeld.nl")
        value = _WRAP_BREAK.sub("", value)
    local, _, domain = value.rpartition("@")
    return value.lower() if local and _is_mail_domain(domain) else None


# A line break, its indentation (a table's bar, a reply's '>') and a scan's spaces inside an address (never in one: RFC
# 5322's dot-atom), after the '@' or a domain's '.' or '-' where a paper's line wrapped it.
_WRAP_BREAK = re.compile(r"(?<=[@.\-])\s[\s|>]*")


@lru_cache(maxsize=4096)
def _is_mail_domain(domain: str) -> bool:
    return is_mail_domain(domain)  # addresses differ, their domains repeat


@lru_cache(maxsize=4096)
def normalize_phone(value: str) -> str | None:
    """E.164, Dutch numbers without a country code getting +31; None if not a valid number.

    Cached: a value is parsed once however often it is seen (each cut of a candidate, its
    evidence, its normalisation). phonenumbers decides validity in every case.

    A number written with its country code ("+351 912 345 678") that is possible for that
    country (its length) counts even where the metadata holds its range unallocated: people
    write numbers of countries whose plans change, and a number so written is a phone
    number whatever its range (the recognizer asks such a one for a label, see
    PhoneRecognizer.evidence).

    >>> normalize_phone("06-12345678"), normalize_phone("+31 (0)20 123 4567")
    ('+31612345678', '+31201234567')
    """
    number = _parsed(value)
    if number is None:
        return None
    if not (_is_valid(number) or _possible_abroad(value, number) or _possible_here(number)):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def mobile_shaped(value: str) -> bool:
    """A foreign number written with its country code that has the shape of that country's
    mobile numbers, its length and its first two digits, in a range its plan does not
    allocate ("+44 7700 918342": a UK mobile's eleven digits after 07, in a range Ofcom keeps
    back); a Dutch mobile's "06" dashed apart likewise. Written so it is a phone number:
    nothing else has that shape."""
    number = _parsed(value)
    if number is not None and number.country_code == 31 and _DUTCH_MOBILE.match(value):
        # (stop 77) "06-70 31 22 84": a Dutch mobile's 06 dashed apart and eight digits, in a
        # range the plan keeps for other services: nothing but a phone is written so
        return _possible_here(number)
    if number is None or not _foreign_code(value, number):
        return False
    nsn = phonenumbers.national_significant_number(number)
    lengths, leads = _mobile_shape(number.country_code)
    return len(nsn) in lengths and nsn.startswith(leads)


# "06-", "06 -": the mobile's prefix dashed apart, as only a phone number is written ("06 76
# 34 56 78" may be a reference: test_phone_readings)
_DUTCH_MOBILE = re.compile(r"\s*06[ ]?-")


@lru_cache(maxsize=256)  # a country code each
def _mobile_shape(country_code: int) -> tuple[frozenset[int], tuple[str, ...]]:
    """(the lengths, the first two digits) of the example mobile numbers of the regions of
    ``country_code`` (phonenumbers' metadata); none where it has no example. Two digits: a
    country's first digit alone holds unallocated blocks that codes are written in
    ("+351 999 000 111" is no Portuguese mobile's "91")."""
    lengths: set[int] = set()
    leads: set[str] = set()
    for region in phonenumbers.region_codes_for_country_code(country_code):
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        if example is not None:
            nsn = phonenumbers.national_significant_number(example)
            lengths.add(len(nsn))
            leads.add(nsn[:2])
    return frozenset(lengths), tuple(sorted(leads))


@lru_cache(maxsize=4096)  # is_valid_phone asks again for what normalize_phone parsed
def _parsed(value: str) -> phonenumbers.PhoneNumber | None:
    """parse(value, "NL"), or None; its callers only read the number, never change it."""
    national = _plain_national(value)
    if national is not None:  # parse() would read it exactly so: skip its general work
        return phonenumbers.PhoneNumber(country_code=31, national_number=int(national))
    try:
        return _undropped(phonenumbers.parse(value, DEFAULT_REGION))
    except phonenumbers.NumberParseException:
        return None


def _undropped(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """The number without a mobile prefix its country's plan dropped and people still write
    after the code ("+52 1 55 1234 5678" dials +52 55 1234 5678; data/phone_prefixes.toml),
    when what is left is a valid number; else the number as parsed."""
    prefix = _dropped_prefixes().get(number.country_code)
    nsn = str(number.national_number)
    if prefix is None or not nsn.startswith(prefix) or phonenumbers.is_valid_number(number):
        return number
    rest = phonenumbers.PhoneNumber(country_code=number.country_code,
                                    national_number=int(nsn[len(prefix) :]))
    return rest if phonenumbers.is_valid_number(rest) else number


@lru_cache(maxsize=1)
def _dropped_prefixes() -> dict[int, str]:
    return {int(code): str(digits) for code, digits in _load("phone_prefixes.toml")["dropped"].items()}


def _possible_here(number: phonenumbers.PhoneNumber) -> bool:
    """A Dutch number of a possible length outside the allocated ranges ("06 76 ...", "040 -
    012 ..."), or a neighbour's written without its country code ("gsm 0475 12 34 56"):
    SPEC gives such a one +31. The recognizer asks it for a label, as it does abroad."""
    return number.country_code == 31 and _NINE_DIGITS.fullmatch(
        phonenumbers.national_significant_number(number)) is not None


def _possible_abroad(value: str, number: phonenumbers.PhoneNumber) -> bool:
    """Written with a foreign country code and of a possible length for that country."""
    return _foreign_code(value, number) and phonenumbers.is_possible_number(number)


def _foreign_code(value: str, number: phonenumbers.PhoneNumber) -> bool:
    """Written with its country code ("+", "00"), a country other than the Netherlands."""
    return value.lstrip().startswith(("+", "00")) and number.country_code != 31


@lru_cache(maxsize=4096)
def is_valid_phone(value: str) -> bool:
    """True for a number in an allocated range (stricter than normalize_phone)."""
    number = _parsed(value)
    return number is not None and _is_valid(number)


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number, a number of a country code of one region decided by
    one match (_valid_table; a shared code such as +1 or +44 asks phonenumbers)."""
    table = _valid_table(number.country_code)
    if table is None:
        return bool(phonenumbers.is_valid_number(number))
    nsn = phonenumbers.national_significant_number(number)
    pattern = table.get(len(nsn))
    return pattern is not None and pattern.fullmatch(nsn) is not None


# The number types is_valid_number tries, in the order of phonenumbers' _number_type_helper.
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
          "voicemail", "fixed_line", "mobile")


@lru_cache(maxsize=256)  # a country code each
def _valid_table(country_code: int) -> dict[int, re.Pattern[str]] | None:
    """Per length of a national significant number of ``country_code``, one pattern that
    matches where is_valid_number does: the general description and one type's, each with
    its possible lengths, built from phonenumbers' own metadata (~20x faster than its walk
    over the types; tests/detectors/test_fast_paths.py compares the two). None for a code
    that is no one region's alone (+1, +7, +44: is_valid_number finds the region first)."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) != 1 or regions[0] == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY or (
            phonenumbers.country_code_for_valid_region(regions[0]) != country_code):
        return None
    meta = phonenumbers.PhoneMetadata.metadata_for_region(regions[0])
    if meta is None:
        return None
    types = [getattr(meta, t) for t in _TYPES
             if not (t == "mobile" and meta.same_mobile_and_fixed_line_pattern)]
    out = {}
    for n in range(1, 18):  # phonenumbers' longest national number: 17 digits
        alts = [d.national_number_pattern for d in types if _fits(d, n)]
        if alts and _fits(meta.general_desc, n):
            general = meta.general_desc.national_number_pattern
            out[n] = re.compile(rf"(?=(?:{general})\Z)(?:{'|'.join(f'(?:{a})' for a in alts)})")
    return out


def _fits(desc: phonenumbers.PhoneNumberDesc | None, n: int) -> bool:
    """phonenumbers' length test of a description (no pattern: never matches)."""
    if desc is None or not desc.national_number_pattern:
        return False
    return not desc.possible_length or n in desc.possible_length


_GROUP_SEPARATORS = str.maketrans("", "", " -./")
_TEN_DIGITS = re.compile(r"0[1-9][0-9]{8}")
_NINE_DIGITS = re.compile(r"[1-9][0-9]{8}")


def _plain_national(value: str) -> str | None:
    """The national significant number of a Dutch number written plainly, as parse(value,
    "NL") reads it: ten ASCII digits, the first the national prefix 0 and the second not 0,
    with only spaces, '-', '.' or '/' between them ("06-12345678", "020 - 123 45 67").
    parse() drops that prefix (no NL number pattern opens with 0; nine digits is a possible
    length) and finds no country code, extension or second number in such a string. None
    for every other form (tests/detectors/test_fast_paths.py compares the two on 30,000).

    >>> _plain_national("06-12345678"), _plain_national("+31 6 12345678")
    ('612345678', '612345678')
    >>> _plain_national("+31 (0)6 12345678"), _plain_national("(020) 123 4567")
    ('612345678', '201234567')
    >>> _plain_national("0031 06 12345678"), _plain_national("+31 6 1234 x")
    (None, None)
    """
    if not (value.isascii() and value[-1:].isdigit()):
        return None
    # "(020) 123 4567": brackets around the area code are punctuation to parse() too
    area = _AREA.match(value)
    if area is not None:
        value = area.group(1) + value[area.end() :]
    if value[:1] == "0" and value[1:2] != "0":
        digits = value.translate(_GROUP_SEPARATORS)
        return digits[1:] if _TEN_DIGITS.fullmatch(digits) else None
    # "+31 6 12345678", "0031 20 123 4567": parse() reads the country code and nine
    # digits that open with no 0 (no national prefix to strip); "+31 (0)6 12345678": the
    # national prefix in brackets, which it strips.
    rest = value[3:] if value[:3] == "+31" else value[4:] if value[:4] == "0031" else None
    if rest is None:
        return None
    dropped = _DROPPED_PREFIX.match(rest)
    digits = (rest[dropped.end() :] if dropped else rest).translate(_GROUP_SEPARATORS)
    return digits if _NINE_DIGITS.fullmatch(digits) else None


_AREA = re.compile(r"\((0[1-9]\d{0,2})\)")
_DROPPED_PREFIX = re.compile(r"[ ]?\(0\)")


def mask(value: str) -> str:
    """The masked value.

    >>> mask("+31612345678")
    '*********678'
    """
    return _mask(value)


# An address a paper's or a mail's line wrapped: the line ends right after the '@' or after a
# '.' or '-' of its domain, and the address goes on at the next line's first word, maybe
# indented or after a table's bar or a reply's quote marks ("janneke.kortekaas@",
# "      hotmail.com"; "payroll@workforce-", "> logistics.nl").
# Only a break after those: an address ending its line is whole ("mail: a@b.nl" + "Tel:").
_WRAPPED = regex.compile(r"(?<![\w.%+\-])[\w.%+\-]+@(?:\w+[.\-])*(?<=[@.\-])[ \t]*\n[ \t|>]*"
                         r"\w+(?:[.\-]\w+)*(?![\w\-])")


class EmailRecognizer(ContextRecognizer):
    """Addresses whose domain ends in a public suffix (no network: bundled PSL) or is an
    internal or reserved one (bedrijf.local, firma.example)."""

    ENTITY = EMAIL
    # RFC 5322 dot-atom, simplified: what people write in CVs and signatures.
    PATTERNS = (
        Pattern(
            "email",
            r"(?<![\w.%+\-])[\w.%+\-]+@(?:[\w\-]+\.)+[A-Za-z]{2,24}"
            r"(?![\w\-])",
            0.9,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return normalize_email(pattern_text) is not None

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """Matches around each '@' only: scanning every word for a local part is slow."""
        pos = 0
        while (at := text.find("@", pos)) >= 0:
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._%+-"):
                start -= 1
            m = self._compiled[0].match(text, start, timeout=regex_timeout())
            if m is None and "\n" in text[at:at + 80]:
                m = _WRAPPED.match(text, start, timeout=regex_timeout())
            if m is not None and not _message_id(text, start):
                yield m.span()
            pos = max(at + 1, m.end() if m else 0)


# A mail header or a calendar field that names a message or an event, not a mailbox: the
# "id@host" of "Message-ID: <...>", "In-Reply-To: <...>", "References: <...>" (a CV's
# "References: Mr Kooiman, bas@..." names people), an iCalendar "UID:".
_ID_FIELD = re.compile(r"(?:message-id|in-reply-to|references|content-id|resent-message-id"
                       r"|x-ms-exchange-[\w-]+)[ \t]*:[ \t]*<|uid:", re.IGNORECASE)


def _message_id(text: str, start: int) -> bool:
    """True when the address at ``start`` stands on a line of a message's or an event's id."""
    line = text.rfind("\n", 0, start) + 1
    return start - line < 200 and _ID_FIELD.match(text, line, start) is not None


# a clause between a word and the number: a comma, a semicolon or a sentence's end, then
# two words ("btw, the turkish one +90 ...", "factuur gestuurd; mijn nummer is 06 ...")
_CLAUSE = regex.compile(r"[,;.!?)][ ]+\p{L}+[ ]+\p{L}")


_DECOY_REACH = 80  # characters before the number read back for the decoy word


def _decoy_labels_another(text: str, start: int, ev: Evidence) -> bool:
    """The decoy word that scored the number labels something else: it stands in another
    clause, it is an interjection, or a value of its own stands between it and the number.
    The word is looked up once, as the label reader found it (in lower case)."""
    if ev.label is None or ev.label.kind != "decoy":
        return False
    word = ev.label.word
    lo = max(0, start - _DECOY_REACH)
    at = text[lo:start].lower().rfind(word)
    if at < 0:
        return False
    after = lo + at + len(word)
    return (_in_another_clause(text, after, start) or _value_between(text, after, start)
            or _interjection(text, lo + at, after, start, word))


def _in_another_clause(text: str, after: int, start: int) -> bool:
    """The decoy word (ending at ``after``) stands in a clause before the number's, so it
    labels nothing of it: "btw" is "by the way" in an English chat, "order" a verb. Not when
    a ':' follows the clause break: an aside between a label and its value ("BTW, zie
    bijlage: ...")."""
    breaks = list(_CLAUSE.finditer(text, after, start))
    # a ':' after the last break opens the labelled value: "Factuurnummer, zoals gemeld: 06 ..."
    return bool(breaks) and ":" not in text[breaks[-1].start():start]


# a value of its own: three digits in a row or more ("4103.30.772", "71380973")
_OWN_VALUE = re.compile(r"\d{3}")
_LIST_SEPARATOR = re.compile(r"[,;·|\t]|[ ]{2}")


def _value_between(text: str, after: int, start: int) -> bool:
    """The decoy word (ending at ``after``) labels a value of its own that stands between
    it and the number: "BSN 4103.30.772, 06-2871 6650", "KvK 71380973 · T +31 20 ..."."""
    own = _OWN_VALUE.search(text, after, start)
    # (a list's separator after that value: "factuur 2026-0114: 06..." is one field still)
    return own is not None and _LIST_SEPARATOR.search(text, own.end(), start) is not None


@lru_cache(maxsize=1)
def _interjections() -> tuple[frozenset[str], frozenset[str]]:
    table = context_words()[PHONE]
    return (frozenset(table.get("interjections", [])),
            frozenset(table.get("interjection_not_before", [])))


_NEXT_WORD = regex.compile(r"[ ]+(\p{L}+)")


def _interjection(text: str, at: int, after: int, start: int, word: str) -> bool:
    """The decoy word (at ``at``) is an interjection: "btw Nadia's number: +31 6 ..." is "by
    the way" in a chat, written in lower case and followed by a word that names no number
    ([PHONE] interjections in context.toml); "BTW Nadia: ..." is the VAT's label."""
    words, numbers = _interjections()
    if word not in words or text[at:after] != word:
        return False
    nxt = _NEXT_WORD.match(text, after, start)
    return nxt is not None and nxt.group(1).lower() not in numbers


@lru_cache(maxsize=1)
def _said_words() -> frozenset[str]:
    return frozenset(context_words()[PHONE].get("said_words", []))


_SAID_WHY = regex.compile(r"(?:context|label) '([^']*)'")
# a sentence's end: its stop and a space, or a blank line
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")


def _said_elsewhere(text: str, start: int, end: int, ev: Evidence) -> bool:
    """The window word that scored the number is a possessive number word ("je nummer") of
    another sentence: "je nummer is genoteerd. Dossiernummer 0151 ..." names no phone."""
    said = _SAID_WHY.match(ev.why)
    word = said.group(1) if said else ""
    if word not in _said_words():
        return False
    reach = scores(PHONE).window_chars
    before = text[max(0, start - reach):start].lower().rfind(word)
    if before >= 0:
        lo = max(0, start - reach) + before + len(word)
        if _SENTENCE_END.search(text, lo, start) is None:
            return False
    after = text[end:end + reach].lower().find(word)
    return after < 0 or _SENTENCE_END.search(text, end, end + after) is not None


REGION_KEY = "region"  # the region whose plan read a national number (detectors._to_detection)
_ABROAD_WHY = ", a number of a country the text names"


def _abroad(text: str, start: int, end: int) -> Evidence | None:
    """A national number the Dutch plan cannot read, under a phone label or word, that a
    country the text names holds (phone_abroad): "tel. 014 40 86 11" in a Belgian letter."""
    value = text[start:end]
    if _DATE_START.match(value) or _TIME_RANGE.match(value) or value[:1] not in "0(":
        return None
    ev = context_evidence(PHONE, text, start, end)
    if ev.score <= scores(PHONE).base or _said_elsewhere(text, start, end, ev) or national_abroad(value, regions_named(text)) is None:
        return None
    return ev._replace(why=ev.why + _ABROAD_WHY)  # the label it was read under stays


class PhoneRecognizer(ContextRecognizer):
    """Phone numbers written like ones: starting with +, 00, (0 or 0; valid per phonenumbers."""

    NEEDS_DIGIT = True

    ENTITY = PHONE
    PATTERNS = (
        # International: +31 6 12345678, 0031 (0)20 1234567, +44 20 7946 0958.
        Pattern(
            "phone_intl",
            rf"(?<![\w+])(?:\+|00)[1-9]\d{{0,2}}{_SEP}(?:\(0\){_SEP})?"
            rf"\(?\d{{1,4}}\)?(?:{_SEP}\d){{4,12}}(?!\w)",
            0.65,
        ),
        # National Dutch: 06-12345678, 020 123 4567, (020) 1234567, 0031-less forms.
        Pattern(
            # (after a comma only when it separates fields: "x@y.nl,06-12345678"; a digit
            # before it makes a decimal, "1,0612345", unless its digits are a CSV field of
            # their own: "Hoogweg 14,3,847508511,06 2847 1190")
            "phone_nl", rf"(?<![\w+\-/.])(?<![^\d,\t\n]\d{{1,12}},)\(?{_AREA_CODE}\)?{_AREA_SEP}\d(?:{_SEP}\d){{5,7}}"
            rf"{_LAST_GROUP}(?!\w)",
            0.65
        ),
        # A form's boxes, a digit a box, a space apart or bracketed ("[ 0 6 ] 1 8 2 5 4 4 7 3",
        # "[0][6][1][8]...", "0 6 1 8 2 5 4 4 7 3"): a Dutch number's ten digits, each on its own.
        Pattern("phone_boxed", rf"(?<![\w+\]])(?:\[[ ]?)?0(?:{_BOX_DIGIT}){{9}}(?:[ ]?\])?(?![ ]?\d)",
                0.65),
        # (stop 76) A municipality's number: 14 and its area code ("Telefoon 14 0513", "bel
        # 14 010"), one number for every Dutch municipality; read under a phone word only.
        Pattern("phone_municipal", rf"(?<![\w+\-/.]){_MUNICIPAL_NUMBER}(?![\w\-/.])", 0.65),
    )

    def validate_result(self, pattern_text: str) -> bool:
        if (_DATE_START.match(pattern_text) or _TIME_RANGE.match(pattern_text)
                or _CELL_GAP.search(pattern_text)):
            return False
        return normalize_phone(pattern_text) is not None

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        """A foreign number outside the allocated ranges needs a label or a phone word, and
        so does a national number only the plan of a country the text names reads."""
        ev = super().evidence(text, start, end)
        s = scores(PHONE)
        if (_BOXED.match(text, start, end) and _AREA_DASH.search(text, start, end) is None
                and (ev is None or ev.score <= s.base)):
            return None  # a run of boxed digits is a phone under a phone word only (a dash
            # after the area code, "0 3 0 - 7 1 4 ...", writes one on its own)
        if _MUNICIPAL.fullmatch(text, start, end) and not _MUNICIPAL_CUE.search(
                text, max(0, start - 24), start):
            return None  # "14 0513" is a phone number right after a phone word only
        if ev is None:
            return _abroad(text, start, end)
        if ev.score == s.decoy and _decoy_labels_another(text, start, ev):
            ev = Evidence(s.base, "a decoy word in another clause")
        if ev is not None and _said_elsewhere(text, start, end, ev):
            ev = Evidence(s.base, "a possessive number word of another sentence")
        if ev is None or ev.score != s.base or is_valid_phone(text[start:end]):
            return ev
        if mobile_shaped(text[start:end]):
            return Evidence(s.extra["mobile_shaped"], "a mobile's shape, range not allocated")
        return Evidence(s.extra.get("possible", 0.45), "possible number, no label")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The numbers scored; one read in another country's plan carries that region's code
        (REGION_KEY), which its value alone does not say (never the number itself: metadata
        may be logged; _to_detection reads the E.164 form from the value and the region)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            meta = r.recognition_metadata
            if meta is not None and meta.get(EXPLANATION_KEY, "").endswith(_ABROAD_WHY):
                read = national_abroad(text[r.start:r.end], regions_named(text))
                if read is not None:
                    meta[REGION_KEY] = read[1]
        return results

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """The longest valid cut of each match (a greedy match may take the next number),
        and the numbers after a cut that stops short: two numbers side by side ("+90 532
        418 77 03 / 06 2291 0034", "+44 20 7946 0958 / 020 123 4567") are two. A match that
        runs on from inside a number already cut is no number of its own."""
        cuts: list[tuple[int, int]] = []
        for start, end in super().candidates(text):
            k = bisect.bisect_left(cuts, (start, start))
            if k and cuts[k - 1][0] < start < cuts[k - 1][1] < end:
                continue  # "0958 / 020 123": the last group of one number and the next's head
            yield from self._cut_runs(text, start, end, cuts)

    def _cut_runs(self, text: str, start: int, end: int, cuts: list[tuple[int, int]],
                  depth: int = 0) -> Iterator[tuple[int, int]]:
        """The cut of one match, then of each number in what the cut left of it."""
        if (date := _DATE_START.match(text, start) or _TIME_RANGE.match(text, start)) is not None:
            # a date or period ("03-2015 - 07-2019") is no phone; a number may follow it in
            # the match ("01-03-1984  06 12 34 56 78", a row's birth date and mobile)
            if depth <= 3 and end > date.end():  # (most such matches are the date alone)
                yield from self._next_run(text, date.end(), cuts, depth)
            return
        cut = self._cut(text, start, end)
        bisect.insort(cuts, cut)
        yield cut
        if cut[1] < end and depth <= 3:
            yield from self._next_run(text, cut[1], cuts, depth)

    def _next_run(self, text: str, lo: int, cuts: list[tuple[int, int]],
                  depth: int) -> Iterator[tuple[int, int]]:
        """The cut of the first match that starts after ``lo`` on its line, within 60
        characters: the number after a date or after a cut that stopped short."""
        stop = text.find("\n", lo)
        hi = min(len(text) if stop < 0 else stop, lo + 60)
        rest = sorted(span for p in self._compiled for span in self._spans(p, text, lo, hi))
        for s, e in rest[:1]:
            yield from self._cut_runs(text, s, e, cuts, depth + 1)

    def _cut(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The longest cut in an allocated range, else the longest valid one: a number
        possible abroad only ("+90 532 418 77 03 / 06" read as one) gives way to the
        allocated number inside it, when what it drops opens another number."""
        # cuts validated lazily, longest first: most numbers stop at the first (an allocated
        # one), and an export's thousands of numbers made validating them all a cost
        valid = (s for s in trimmed(text, start, end, " .-/")
                 if self.validate_result(text[s[0] : s[1]]))
        longest = next(valid, None)
        if longest is None:
            return (start, end)
        if is_valid_phone(text[longest[0] : longest[1]]):
            return longest
        cut = next((s for s in valid if is_valid_phone(text[s[0] : s[1]])), longest)
        if cut == longest or self._opens_a_number(text, cut[1], longest[1]):
            return cut
        return longest  # "+358 40 123 4567 89": the tail is the number's own last group

    def _opens_a_number(self, text: str, lo: int, hi: int) -> bool:
        """A match of a number starts in text[lo:hi] (what an allocated cut drops)."""
        stop = text.find("\n", lo)
        end = min(len(text) if stop < 0 else stop, lo + 60)
        return any(lo <= s < hi for p in self._compiled for s, _ in self._spans(p, text, lo, end))

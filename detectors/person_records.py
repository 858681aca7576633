"""PERSON: a name right after an identifier, as exchange records write them.

A payroll, pension or benefits record sets its fields on one line with no label, the
surname often in capitals ("0001 123456782 JANSEN P 19800312", "E1023 NOWAK MARTA",
":NAM:NL91ABNA0417164300:DE VRIES"); a letter cites a person by number and surname
("loonbeslag 123456782 Okonkwo"). Capitals alone name no one (headings, firms: person.py
drops them), and one capitalised word alone is weighed by the prose model, but the number
before the words is what a record's person field follows. Words that are no name (a common
word, a compound, a firm's word) keep their verdict, and one word of the name must be a
gazetteer name: a record's other fields (a place, a job, a status) rarely are both
capitalised and name-shaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from detectors.context import number_words
from detectors.person_names import first_names, is_known, is_org_word
from detectors.person_prose import NO_NAME_KINDS, word_evidence

# An identifier ending right before the name: digits, maybe among capitals ("123456782",
# "E1023", "NL91ABNA0417164300"), then spaces or a record's ':' ("...4300:JANSEN").
_ID_BEFORE = regex.compile(
    r"(?<![\w.\-/])([\p{Lu}\d]*\d{5,}[\p{Lu}\d]*|\p{Lu}{1,2}\d{4,})(?:[ \t]+|:)$",
    regex.REVERSE)



@cache
def _key_after() -> regex.Pattern[str]:
    """A field's colon right after the word, maybe past a bracketed aside or a number word
    ("Tax no.:", context.number_words; "ID", "code"). A record's cells padded to a colon
    (":M JANSEN      :") are its fields' ends, not keys."""
    words = "|".join(map(regex.escape, (*number_words(), "id", "code")))
    return regex.compile(rf"(?:[ ]?\([^)\n]{{0,30}}\)|[ ](?i:{words})\.?)?:")
_WORD_AFTER = regex.compile(r"[ ]\p{Lu}{4,}")  # (initials after a surname: "JANSEN PJ")
# A surname alone after five digits or fewer has initials after it ("12345 JANSEN P"): a
# postcode abroad, or a branch's number, stands before its town ("12345 UTRECHT"); typed
# as words are, after eight digits or more (a BSN, a personnel number: not "Order 2024001
# Utrecht").
_INITIALS_AFTER = regex.compile(r"[ ]\p{Lu}{1,3}\.?(?![\w'’])|,[ ]?\p{Lu}\.")


def identifier_before(text: str, start: int) -> bool:
    """True when an identifier ends right before ``start`` on its line ("123456782 PJ")."""
    return _ID_BEFORE.search(text, max(0, start - 40), start) is not None


def _long_enough(ident: str, capitals: bool, text: str, end: int) -> bool:
    """Whether the identifier before a surname alone names a person's record: six
    characters or more before one in capitals, eight digits or more before one typed as
    words are (not an account's IBAN), any before initials."""
    if capitals:
        return len(ident) >= 6 or _INITIALS_AFTER.match(text, end) is not None
    return len(ident) >= 8 and ident.isdigit()


def after_identifier(text: str, start: int, end: int, words: Sequence[str], roles: str) -> bool:
    """True when the name at text[start:end] follows an identifier on its line and its
    words read as a name: ``words`` are its name-shaped words as a name is written
    ("Jansen"), ``roles`` the name's (person.py's cuts: F first, I initials, L surname).
    None may be a common word, a compound or a firm's word; a surname alone ("JANSEN",
    "DE VRIES-BAKKER") must be a gazetteer name with no capital word after it, and two
    words a gazetteer first name ("NOWAK MARTA": two surnames are a place and its district
    more often, "TILBURG NOORD", and so is its first word alone).

    >>> after_identifier("123456782 JANSEN P", 10, 16, ["Jansen"], "L")
    True
    >>> after_identifier("Periode 202401 SALARIS", 15, 22, ["Salaris"], "L")
    False
    >>> after_identifier("V0012 TILBURG NOORD", 6, 19, ["Tilburg", "Noord"], "FL")
    False
    >>> after_identifier("V0012 TILBURG NOORD", 6, 13, ["Tilburg"], "L")
    False
    >>> after_identifier("Pasnr: 4471093   Tel: 06-12345678", 17, 20, ["Tel"], "F")
    False
    """
    before = _ID_BEFORE.search(text, max(0, start - 40), start) if words else None
    if before is None or (len(roles) == 1 and _key_after().match(text, end)):
        return False  # (one word and a colon: the next field's key, "Tel:", "Lot (kavel):")
    if any(word_evidence(w)[1] in NO_NAME_KINDS or is_org_word(w) for w in words):
        return False
    if "I" in roles:
        return True  # initials and a name-shaped surname ("J DE VRIES", "A.B. OKONKWO")
    if "F" not in roles:
        return (any(is_known(w) for w in words) and _WORD_AFTER.match(text, end) is None
                and _long_enough(before.group(1), text[start:end].isupper(), text, end))
    return any(w in first_names() for w in words)

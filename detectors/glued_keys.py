"""The words of a field key written glued together, read one way by every detector.

Software names its fields by gluing words: camelCase ("bsnNummer", "geboorteDatum",
"emergencyContactLastName"), snake_case ("geboorte_datum"), dotted or dashed ("person.bsn",
"last-name"); a header pasted without its gaps glues its labels the same way
("BurgerservicenummerPersoneelsnummer"). A label reader splits them into the words it knows;
a key reader compares them flat.
"""

from __future__ import annotations

import re

__all__ = ["GLUED", "GLUED_AT", "SNAKE", "flat_key", "key_words", "unglued"]

# a lower-case letter (accented too) right before a capital: where two glued words meet
GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
# Whether GLUED matches (from a position on), asked of every label read: opening on the
# capital, its look-behind read after it, the search skips in C to the capitals (a search
# for GLUED tries its look-behind at every character)
GLUED_AT = re.compile(r"[A-Z](?<=[a-zà-ÿ][A-Z])")
_SEPARATORS = re.compile(r"[_\-.\s]+")
# an underscore between letters: where a snake_case key's words meet ("personal_no"; not
# "__init__" or "_1")
SNAKE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")


def unglued(text: str) -> str:
    """``text`` with a space where glued words meet, all else as it was.

    >>> unglued("bsnNummer: 123"), unglued("BurgerservicenummerPersoneelsnummer")
    ('bsn Nummer: 123', 'Burgerservicenummer Personeelsnummer')
    """
    return GLUED.sub(" ", text)


def key_words(key: str) -> str:
    """The key's words, a space apart, as written.

    >>> key_words("candidateId"), key_words("personal_no"), key_words("smoke.werknemer.bsn")
    ('candidate Id', 'personal no', 'smoke werknemer bsn')
    """
    return _SEPARATORS.sub(" ", unglued(key))


def flat_key(key: str) -> str:
    """The key's words in lower case, without what glued or separated them.

    >>> flat_key("emergencyContact_LastName"), flat_key("geboorte-datum"), flat_key("sn")
    ('emergencycontactlastname', 'geboortedatum', 'sn')
    """
    return _SEPARATORS.sub("", key).lower()

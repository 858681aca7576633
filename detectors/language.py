"""A cheap nl/en guess from function words, for chunks whose language nobody told us.

Dutch surname particles ("de Vries", "van den Berg", "Van der Linden") and street names
("Laan van Meerdervoort") in an English document are no evidence of Dutch: a particle before
a capitalised word is not counted. Words both languages write ("is", "in") count for neither.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
NL = frozenset({
    "de", "het", "van", "op", "een", "en", "ik", "niet", "met", "voor", "zijn", "bij",
    "naar", "heb", "ook", "dat", "die", "wordt", "worden", "werd", "om", "maar", "als",
    "deze", "wij", "er", "aan", "te", "uw", "je", "hebben", "heeft", "kan", "zal",
    # a CV's or a form's headings, for a text of fields with hardly a sentence (stop 64)
    "ervaring", "werkervaring", "opleiding", "talen", "beschikbaar", "telefoon", "gezondheid",
    "vaardigheden", "alleen", "graag", "geen", "goed"
})
EN = frozenset({
    "the", "and", "of", "to", "a", "i", "with", "for", "are", "have", "at", "my", "was",
    "on", "this", "that", "you", "we", "from", "be", "has", "will", "our", "their", "which",
    "been", "were", "it", "your", "by", "an", "not", "as", "he", "she", "his", "her",
    # a CV's or a form's headings, for a text of fields with hardly a sentence (stop 64)
    "experience", "education", "languages", "available", "phone", "health", "skills", "only",
    "please", "no", "good"
})
# "de", "van", "het", "op" before a capital (after more particles) are part of a name
PARTICLES = frozenset({"de", "het", "van", "op"})
NAME_PARTS = frozenset({"de", "den", "der", "van", "het", "ter", "ten", "te", "in", "op"})
# a one-letter word ("a", "I") is an article or a pronoun only with a word after it: not an
# initial ("Bakker, A."), a roster's shift code or a column's value ("A       A       N")
_ONE_LETTER_WORD = re.compile(r" [^\W\d_]")
SAMPLE = 4000  # characters looked at: enough for a page, cheap on a long text


def guess_language(text: str) -> str:
    """'en' when English function words outnumber Dutch ones, else 'nl' (the default).

    >>> guess_language("I have worked with the team for years"), guess_language("Ik heb een auto")
    ('en', 'nl')
    >>> guess_language("Meeting with Jan de Vries and Anna van den Berg on the Laan van Meerdervoort")
    'en'
    """
    sample = text[:SAMPLE]
    words = [m.group() for m in _WORD.finditer(sample)
             if len(m.group()) > 1 or _ONE_LETTER_WORD.match(sample, m.end())]
    lower = [w.lower() for w in words]
    dutch = sum(1 for i, w in enumerate(lower)
                if w in NL and not (w in PARTICLES and _before_name(words, lower, i + 1)))
    return "en" if sum(1 for w in lower if w in EN) > dutch else "nl"


def _before_name(words: list[str], lower: list[str], i: int) -> bool:
    """The words from ``i`` on are more particles and then a capitalised word."""
    while i < len(words) and lower[i] in NAME_PARTS and not words[i][0].isupper():
        i += 1
    return i < len(words) and words[i][0].isupper()

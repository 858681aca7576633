"""A `regex`-module pattern scanned by the standard `re` module, where both read a text alike.

The recognizers compile with the `regex` module (Unicode properties, branch-reset groups,
a per-call timeout). Scanning a whole text with it costs about twice what `re` costs for the
same simple pattern (a zero-width anchor, pattern_scan._anchored_spans: ~12 against ~6 ms per 100 KB
of dense HR text). The two engines differ only in how they read a character outside ASCII
(which characters are \\w, \\d or \\s, which ones match an ASCII letter case-insensitively,
from Unicode tables of their own). A pattern written in ASCII, without the `regex` module's
own syntax, finds the same matches in both on a text whose every non-ASCII character both
engines read alike; ``alike`` checks that per text (per distinct character, remembered).
The pattern is linear (no nested quantifiers, see pattern_scan._anchored_spans): `re` has no timeout.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

_FLAGS = ((regex.IGNORECASE, re.IGNORECASE), (regex.MULTILINE, re.MULTILINE),
          (regex.DOTALL, re.DOTALL), (regex.VERBOSE, re.VERBOSE))
_OTHER_FLAGS = regex.ASCII | regex.LOCALE | regex.FULLCASE | regex.VERSION1 | regex.BESTMATCH
_CLASSES = (r"\w", r"\d", r"\s", ".")


@cache
def _classes_alike(ch: str) -> bool:
    """Both engines put ``ch`` in the same classes (\\w, \\d, \\s, '.'); a word boundary
    follows \\w."""
    return all(bool(re.match(c + "$", ch)) == bool(regex.match(c + "$", ch)) for c in _CLASSES)


# The ASCII characters the two read otherwise: \x1c-\x1f, whitespace to `re` only (each
# looked for with `in`: four C scans cost a hundredth of one scan for the set).
_UNLIKE_ASCII = tuple(chr(i) for i in range(128) if not _classes_alike(chr(i)))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_CHARS = [chr(i) for i in range(128)]
# the `regex` module's own syntax: properties, branch reset, nested sets and set operations,
# word starts and ends, \G, named lists, graphemes, reverse search, versions, fuzzy matching
_REGEX_ONLY = (r"\p", r"\P", "(?|", "[[", "--", "&&", "||", "~~", r"\m", r"\M", r"\G",
               r"\L", r"\X", "(?r", "(?V", "{e", "(?e", "(?b")


def as_re(pattern: str, flags: int) -> re.Pattern[str] | None:
    """``pattern`` compiled by `re`, or None when it is not plain: not ASCII, a flag `re`
    does not have, or syntax `re` reads otherwise or not at all."""
    if not pattern.isascii() or flags & _OTHER_FLAGS or any(s in pattern for s in _REGEX_ONLY):
        return None
    try:
        return re.compile(pattern, sum(r for g, r in _FLAGS if flags & g))
    except re.error:
        return None


@lru_cache(maxsize=4)  # the chunk being analysed (as base.has_digit)
def alike(text: str) -> bool:
    """True when `re` and `regex` read every character of ``text`` alike."""
    return not any(ch in text for ch in _UNLIKE_ASCII) and (text.isascii() or all(
        map(_alike_char, set(_NON_ASCII.findall(text)))))


@cache
def _alike_char(ch: str) -> bool:
    """A non-ASCII character both engines put in the same classes, and neither matches to
    an ASCII character case-insensitively ("ſ" reads as "s", the Kelvin sign as "k")."""
    return _classes_alike(ch) and not any(
        re.fullmatch(re.escape(a), ch, re.IGNORECASE)
        or regex.fullmatch(regex.escape(a), ch, regex.IGNORECASE) for a in _ASCII_CHARS)

"""Keyword gates: a label pattern is not run over a string that holds none of its words.

Every match of a label pattern (labels.context_regex and decoy_regex, context.words_pattern)
holds one of the pattern's words, in some case. On text dense with values most labels and
context windows hold none of them: a keyword automaton (pyahocorasick) says so at a fraction
of the cost of the pattern's own search, which then is not run. The gate is only used where
lower() compares as IGNORECASE does (an ASCII string); any other string is searched whole,
so the matches are the same either way (tests/detectors/test_keyword_gate.py).
"""

from __future__ import annotations

import re
import string
from functools import cache

import ahocorasick

Pattern = re.Pattern[str]
# A pattern's id -> (the pattern, kept alive so its id stays its own; its words in lower
# case, or None when an ASCII string may match it without holding one).
_KEYS: dict[int, tuple[Pattern, frozenset[str] | None]] = {}
_AUTOMATA: dict[tuple[int, ...], tuple[ahocorasick.Automaton | None, int]] = {}


def register(pattern: Pattern, words: list[str]) -> Pattern:
    """Note that every match of ``pattern`` (IGNORECASE) holds one of ``words``."""
    keys = _ascii_keys(words)
    known = _KEYS.get(id(pattern), (pattern, frozenset()))[1]
    merged = None if keys is None or known is None else keys | known
    if id(pattern) in _KEYS and merged != known:
        _AUTOMATA.clear()  # (the same pattern compiled from other words: rebuild)
    _KEYS[id(pattern)] = pattern, merged
    return pattern


def registered(pattern: Pattern | None) -> bool:
    """True for None and for a registered pattern (kept here for good: its id is its own)."""
    return pattern is None or _KEYS.get(id(pattern), (None,))[0] is pattern


def _ascii_keys(words: list[str]) -> frozenset[str] | None:
    """The words in lower case as an ASCII string can hold them; None when one could match
    an ASCII string unseen ("" matches anywhere, "ſ" matches "s" case-insensitively). A word
    with a character no ASCII character matches is never in an ASCII string."""
    keys = set()
    for word in words:
        if not word or any(_folds_to_ascii(ch) for ch in word if not ch.isascii()):
            return None
        if word.isascii():
            keys.add(word.lower())
    return frozenset(keys)


@cache
def _folds_to_ascii(ch: str) -> bool:
    return any(re.fullmatch(re.escape(ch), a, re.IGNORECASE) for a in string.printable)


def _automaton(patterns: tuple[Pattern | None, ...]) -> tuple[ahocorasick.Automaton | None, int]:
    """One automaton over the words of ``patterns``, each word's value the bits of the
    patterns holding it (bit i: patterns[i]), and the bits of the patterns that are not
    None; no automaton when a pattern's words are not known."""
    every = sum(1 << i for i, p in enumerate(patterns) if p is not None)
    words = [frozenset() if p is None else _KEYS.get(id(p), (p, None))[1] for p in patterns]
    if any(w is None for w in words):
        return None, every
    automaton = ahocorasick.Automaton()
    automaton.add_word("\0", 0)  # an automaton needs a word; this one sets no bit
    for bit, keys in enumerate(words):
        for word in keys or ():
            automaton.add_word(word, automaton.get(word, 0) | 1 << bit)
    automaton.make_automaton()
    _AUTOMATA[tuple(map(id, patterns))] = automaton, every
    return automaton, every


def may_hold(patterns: tuple[Pattern | None, ...], s: str) -> int:
    """Bit i set when ``s`` may hold a match of patterns[i] (None never matches)."""
    automaton, every = _AUTOMATA.get(tuple(map(id, patterns))) or _automaton(patterns)
    if automaton is None or not s.isascii():
        return every
    found = 0
    for _, bits in automaton.iter(s.lower()):
        found |= bits
        if found == every:
            break
    return found

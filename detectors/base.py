"""The shared shape of our recognizers: compiled patterns, a checksum, context scoring.

https://microsoft.github.io/presidio/analyzer/adding_recognizers/
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from detectors.cell_lines import table_end as cells_end
from detectors.columns import run_end
from detectors.context import (
    Evidence,
    context_evidence,
    context_words,
    label_chars,
    scores,
)
from detectors.markup_rows import table_end
from detectors.pattern_scan import (  # noqa: F401 - re-exported: the scanner and tests use them
    REGEX_TIMEOUT,
    _spans,
    _spans_at,
    _starts,
    note_timeout,
    regex_timeout,
    set_regex_timeout,
    timeouts,
)
from detectors.plain_scan import alike, as_re
from detectors.presidio_light import Pattern, PatternRecognizer, RecognizerResult
from detectors.sql_columns import statement_end

if TYPE_CHECKING:  # Presidio's NLP engine imports spaCy: the recognizers never tokenise
    from presidio_analyzer.nlp_engine import NlpArtifacts

EXPLANATION_KEY = "explanation"
_DIGITS, _PLAIN_DIGITS = regex.compile(r"\d*"), re.compile(r"\d*")  # ContextRecognizer.OPENING_RUNS


class ContextRecognizer(PatternRecognizer):
    """A PatternRecognizer that validates each match and scores it on its surroundings.

    Subclasses set ``ENTITY`` and ``PATTERNS`` and implement ``validate_result``; the
    score comes from data/thresholds.toml via ``evidence`` (override it for special rules).
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    FLAGS: ClassVar[int] = regex.MULTILINE
    # True when the entity is never reported without a context word (its base score is
    # below the threshold): then only the lines around context words are searched.
    CONTEXT_GATED: ClassVar[bool] = False
    # Where a match of every pattern may start (zero-width, same flags): a necessary
    # condition, found by a scan much cheaper than the patterns' own (a long alternation
    # tried at every position). None: the patterns scan the text themselves.
    ANCHOR: ClassVar[str | None] = None
    # True when every candidate holds a digit (every pattern asks for one): a chunk without
    # any (a page of prose) is then not searched at all.
    NEEDS_DIGIT: ClassVar[bool] = False
    # Per pattern name (with an ANCHOR), the (least, most) digits of the run every match of
    # it opens with: the pattern is tried only at the anchor's places whose run fits (one
    # match of a digit run a place instead of one attempt a pattern; a pattern not named is
    # tried everywhere). A necessary condition, as the anchor is.
    OPENING_RUNS: ClassVar[dict[str, tuple[int, int]]] = {}

    def __init__(self, supported_language: str = "nl") -> None:
        name = f"{type(self).__name__}_{supported_language}"
        super().__init__(
            supported_entity=self.ENTITY,
            name=name,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),
            global_regex_flags=self.FLAGS,
        )
        self._name = name
        self._compiled = [regex.compile(p.regex, self.FLAGS) for p in self.PATTERNS]
        self._anchor = regex.compile(self.ANCHOR, self.FLAGS) if self.ANCHOR else None
        # the same anchor and patterns in the `re` module, for texts both modules read alike
        # (plain_scan; a pattern `re` cannot read stays the `regex` one)
        self._plain_anchor = as_re(self.ANCHOR, self.FLAGS) if self.ANCHOR else None
        self._plain = [as_re(p.regex, self.FLAGS) or c
                       for p, c in zip(self.PATTERNS, self._compiled, strict=True)]

    def load(self) -> None:
        """Nothing to load: patterns compile in __init__."""

    def candidates(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of pattern matches (subclasses may trim or add)."""
        regions = context_regions(self.ENTITY, text) if self.CONTEXT_GATED else [(0, len(text))]
        yield from self._scan(text, regions)

    def _scan(self, text: str, regions: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """The spans of each pattern in turn over ``regions``. With an anchor, its one scan
        of a region serves every pattern (each is tried at the anchor's positions)."""
        if self._anchor is None:
            for pattern in self._compiled:
                for lo, hi in regions:
                    yield from self._spans(pattern, text, lo, hi)
            return
        plain = self._plain_anchor is not None and alike(text)
        anchor = self._plain_anchor if plain else self._anchor
        starts = [_starts(anchor, text, lo, hi, type(self).__name__) for lo, hi in regions]
        runs = self._opening_runs(text, regions, starts, plain)
        for spec, pattern in zip(self.PATTERNS, self._plain if plain else self._compiled,
                                 strict=True):
            fits = self.OPENING_RUNS.get(spec.name)
            for n, ((_, hi), at) in enumerate(zip(regions, starts, strict=True)):
                if fits is not None:
                    at = [a for a, k in zip(at, runs[n], strict=True) if fits[0] <= k <= fits[1]]
                yield from _spans_at(pattern, at, text, hi, type(self).__name__)

    def _opening_runs(self, text: str, regions: list[tuple[int, int]],
                      starts: list[list[int]], plain: bool) -> list[list[int]]:
        """How many digits open each place of ``starts``, read up to its region's end as the
        patterns read them (by the module that scans them): for OPENING_RUNS."""
        if not self.OPENING_RUNS:
            return []
        run = (_PLAIN_DIGITS if plain else _DIGITS).match
        return [[run(text, a, hi).end() - a for a in at]  # type: ignore[union-attr]
                for (_, hi), at in zip(regions, starts, strict=True)]

    def _spans(self, pattern: regex.Pattern[str], text: str, lo: int, hi: int
               ) -> list[tuple[int, int]]:
        """The spans of ``pattern`` in text[lo:hi], found at the anchor's positions when the
        recognizer has one (by the `re` module when it reads ``text`` as `regex` does)."""
        anchor = self._plain_anchor if self._plain_anchor and alike(text) else self._anchor
        return _spans(pattern, text, lo, hi, type(self).__name__, anchor)

    def validate_result(self, pattern_text: str) -> bool:
        """True when the matched text passes the format/checksum of the entity."""
        return True

    def evidence(self, text: str, start: int, end: int) -> Evidence | None:
        """The score and reason of a candidate; None rejects it."""
        if not self.validate_result(text[start:end]):
            return None
        return context_evidence(self.ENTITY, text, start, end)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Candidates that validate, scored by their context (no NLP needed)."""
        if (entities and self.ENTITY not in entities) or (
            self.NEEDS_DIGIT and not has_digit(text)
        ):
            return []
        seen: set[tuple[int, int]] = set()
        results = []
        for start, end in self.candidates(text):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            ev = self.evidence(text, start, end)
            if ev is not None:
                results.append(self._result(start, end, ev))
        return results

    def _result(self, start: int, end: int, ev: Evidence) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=ev.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                EXPLANATION_KEY: ev.why,
            },
        )


_DIGIT = regex.compile(r"\d")  # the recognizers' own \d: any Unicode decimal digit


@lru_cache(maxsize=4)
def has_digit(text: str) -> bool:
    """True when ``text`` holds a digit: one scan shared by the number recognizers of a
    chunk (the cache holds the chunk being analysed)."""
    return _DIGIT.search(text) is not None


def trimmed(text: str, start: int, end: int, seps: str = " -") -> Iterator[tuple[int, int]]:
    """The span, then shorter spans cut at each separator from the right.

    A greedy pattern for a spaced number may swallow a following word or number; the
    checksum picks the right cut.

    >>> ["AB 12 3"[s:e] for s, e in trimmed("AB 12 3", 0, 7)]
    ['AB 12 3', 'AB 12', 'AB']
    """
    yield start, end
    for i in range(end - 1, start, -1):
        if text[i] in seps and text[i - 1] not in seps:
            yield start, i


GATED = ("DATE_OF_BIRTH", "NL_DRIVERS_LICENSE", "NL_KVK")


@lru_cache(maxsize=1)
def _gate_words() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One pattern for the context words of every gated entity, and word -> entities."""
    owners: dict[str, set[str]] = {}
    for entity in GATED:
        table = context_words()[entity]
        for word in [*table["context"], *(s.lstrip("*") for s in table.get("stems", []))]:
            owners.setdefault(word.lower(), set()).add(entity)
    # A long stem opens a word ("handelsregister" in "Handelsregisternummer"); short words
    # ("geb") would open too many ordinary ones ("gebruik"), so they end at a word boundary.
    opening = {w for w in owners if len(w) > 3 or not w[-1].isalnum()}  # "°1985" too
    trie = _gate_trie(sorted(owners), opening)
    # The first letters as a lookahead before the lookbehind: tried first, they skip most
    # positions cheaply (~25% faster on dense text).
    first = "".join(sorted({re.escape(w[0]) for w in owners}))
    return re.compile(rf"(?=[{first}])(?<![^\W_]){_gate_regex(trie)}", re.IGNORECASE), {
        w: frozenset(e) for w, e in owners.items()
    }


_OPEN_END, _WORD_END = "<open>", "<end>"  # trie markers (longer than one character)


def _gate_trie(words: list[str], opening: set[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_OPEN_END if word in opening else _WORD_END] = {}
    return root


def _gate_regex(node: dict[str, Any]) -> str:
    """A trie as a regex, where a word that opens longer ones may go on, others end."""
    alts = [re.escape(ch) + _gate_regex(sub) for ch, sub in sorted(node.items()) if len(ch) == 1]
    if _OPEN_END in node:
        return "(?:" + "|".join(alts) + ")?" if alts else ""
    if _WORD_END in node:
        alts.append(r"(?![^\W_])")
    return "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]


@lru_cache(maxsize=4)
def _gate_hits(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """(start, end, entities) of every gated context word: one scan shared by the gated
    recognizers of a chunk (the cache holds the chunk being analysed)."""
    pattern, owners = _gate_words()
    return tuple(
        (m.start(), m.end(), owners.get(m.group().lower(), frozenset()))
        for m in pattern.finditer(text)
    )


def context_regions(entity: str, text: str) -> list[tuple[int, int]]:
    """Whole-line regions around the context words of ``entity``, merged.

    A gated recognizer only searches these: a label sits at most a line above its value
    and window words within ``window_chars``.
    """
    reach = scores(entity).window_chars + label_chars() + 80
    regions: list[tuple[int, int]] = []
    for start, end, entities in _gate_hits(text):
        if entity not in entities:
            continue
        lo = text.rfind("\n", 0, max(0, start - reach)) + 1
        hi = text.find("\n", min(len(text), end + reach))
        hi = max(len(text) if hi < 0 else hi, run_end(text, start),  # a header's column
                 statement_end(text, start), table_end(text, start),  # an SQL column
                 cells_end(text, start))  # list's rows, a markup table's, a table one cell
                 # a line
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions

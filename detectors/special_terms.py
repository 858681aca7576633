"""One pass over a text for every special-category term: a keyword automaton over the
lower-cased text (pyahocorasick), then word-boundary and compound checks on its hits.

Dutch writes compounds as one word ("rugoperatie", "longontsteking", "chemokuur"): a word that
ends in a compound head after any prefix ("ontsteking", "kanker"), or in a weak head after a
known modifier ("rug" + "operatie", "chemo" + "kuur"), is a term too. Inflections are keys of
their own (built by special_lexicon), so a hit must end where a word ends.

https://pyahocorasick.readthedocs.io/ (Aho-Corasick: every key found in one pass, O(n + hits))
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

MIN_PREFIX = 3  # "longontsteking" counts, a stray "xontsteking" does not
# linking letters between a modifier and a weak head: "darm" + "s" + ..., "ziekte" + "n"
LINKING = frozenset({"s", "e", "n", "en", "er", "es"})
# Characters that join the parts of one word: a hyphenated compound is one word.
JOINERS = frozenset("-")
# Same-length folds, so offsets in the folded text are offsets in the original (chained
# str.replace: ~50x faster than str.translate with a table).
# An export's column names join words with "_" ("inhouding_vakbond", "contributie_fnv"):
# a space to the matcher.
FOLD = (("’", "'"), ("‘", "'"), ("\t", " "), ("\n", " "), ("\r", " "), ("\xa0", " "),
        ("_", " "))


# The halves of a term the matcher pairs: a wound's words and a body part standing right
# after them ("snijwond aan de" + "linkerhand"). Keys of every pair cost ~25 MB per process.
SITE_LEAD, SITE_PART = "site_lead", "site_part"


@dataclass(frozen=True)
class Entry:
    """What a key means: a whole term, the head of compounds ("strong": any prefix), or a
    half of a paired term."""

    entity: str
    term: str  # the lemma reported in explanations
    kind: str  # "term" | "head" | "weak_head" | SITE_LEAD | SITE_PART
    status: bool = False  # a work-capacity status word, not a condition (see health.toml)
    # names a person's category by itself: "vakbondslid", "Marokkaanse afkomst", "irisscan"
    statement: bool = False


@dataclass(frozen=True)
class TermHit:
    start: int
    end: int
    entity: str
    term: str
    status: bool
    statement: bool = False
    compound: bool = False  # a word on a compound head ("longontsteking"), no listed term


class TermMatcher:
    """All keys of all categories of one language in one automaton."""

    def __init__(
        self, entries: dict[str, list[Entry]], modifiers: Iterable[str],
        not_terms: Iterable[str] = (),
    ) -> None:
        self.modifiers = frozenset(modifiers)
        self.not_terms = frozenset(not_terms)
        self._automaton = ahocorasick.Automaton()
        for key, values in entries.items():
            self._automaton.add_word(key, (len(key), tuple(values)))
        self._automaton.make_automaton()

    def holds(self, key: str) -> bool:
        """Whether ``key`` (lower case) is a key of the automaton: a term or a head."""
        return key in self._automaton

    def find(self, text: str) -> list[TermHit]:
        """Every term and compound in ``text``, leftmost-longest, without overlaps.

        >>> m = TermMatcher({"operatie": [Entry("H", "operatie", "weak_head")],
        ...                  "ontsteking": [Entry("H", "ontsteking", "head")]}, ["rug"])
        >>> [(h.term) for h in m.find("Na een rugoperatie en een longontsteking.")]
        ['rugoperatie', 'longontsteking']
        >>> m.find("Een logistieke operatie.")
        []
        """
        low = _fold(text)
        halves: list[tuple[int, int, Entry]] = []
        found = [hit for end, value in self._automaton.iter(low)
                 for hit in self._hits(low, end + 1, *value, halves)]
        if halves:
            found += self._paired(low, halves)
        if found and ("@" in low or "www." in low or "://" in low):  # (most texts: none)
            found = [h for h in found if not _in_address(low, h.start, h.end)]
        return _leftmost_longest(found)

    def _paired(self, low: str, halves: list[tuple[int, int, Entry]]) -> list[TermHit]:
        """A lead's words and a body part one space after them: one term over both, as a key
        of the pair would have matched ("snijwond aan de linkerhand")."""
        parts: dict[int, list[tuple[int, Entry]]] = {}
        for start, stop, e in halves:
            if e.kind == SITE_PART:
                parts.setdefault(start, []).append((stop, e))
        return [TermHit(start, end, lead.entity, f"{lead.term} {part.term}", False)
                for start, stop, lead in halves if lead.kind == SITE_LEAD
                and low[stop : stop + 1] == " "
                for end, part in parts.get(stop + 1, ())
                if part.entity == lead.entity and low[start:end] not in self.not_terms]

    def _hits(self, low: str, stop: int, length: int, entries: tuple[Entry, ...],
              halves: list[tuple[int, int, Entry]]) -> list[TermHit]:
        if stop < len(low) and low[stop].isalnum():
            return []  # inside a longer word: "hivx", "kankers" is its own key
        start = stop - length
        at_word_start = start == 0 or not low[start - 1].isalnum()
        hits = []
        for e in entries:
            if e.kind in (SITE_LEAD, SITE_PART):
                if at_word_start:
                    halves.append((start, stop, e))  # (paired by find once all are in)
            elif e.kind == "term":
                # a not_term is also a form the lemma tables give a term ("genomen", taken)
                if at_word_start and low[start:stop] not in self.not_terms:
                    hits.append(TermHit(start, stop, e.entity, e.term, e.status, e.statement))
            elif not at_word_start or low[start - 1] in JOINERS:
                word_start = _word_start(low, start)
                if low[word_start:stop] in self.not_terms:
                    continue
                if self._is_compound(low[word_start:start], e.kind):
                    hits.append(TermHit(word_start, stop, e.entity, low[word_start:stop], e.status,
                                          e.statement, compound=True))
        return hits

    def _is_compound(self, prefix: str, kind: str) -> bool:
        bare = prefix.rstrip("-")
        if len(bare) < MIN_PREFIX and bare not in self.modifiers:
            return False
        if kind == "head":
            return True
        # a weak head needs a known first part, maybe with a linking s or e ("hartoperatie",
        # "nekklachten", "rugs-"? no: "heupsoperatie" is rare, but "darmkanker"/"kankerpatiënt")
        # (only a linking letter: "epipen-h" + "ouders" is "houders", no "epipen ouders")
        return bare in self.modifiers or (bare[-1:] in LINKING and bare[:-1] in self.modifiers) or (
            bare[-2:] in LINKING and bare[:-2] in self.modifiers)


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        # a few characters lower-case to two ("İ"): keep those as they are, offsets must hold
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for old, new in FOLD:
        if old in low:
            low = low.replace(old, new)
    return low


# What ends an e-mail address or a web address around a hit: space and the marks that
# enclose one ("<a.b@c.nl>", "(www.x.nl)").
_ADDRESS_ENDS = " <>()[]\"',;"
_ADDRESS_REACH = 256  # characters read each side of a hit for its address


def _in_address(low: str, start: int, end: int) -> bool:
    """A hit inside an e-mail or web address names a mailbox or a site, no one's category
    ("m.baptist@...", "info@diabetesvereniging.nl", "www.moskee-x.nl").

    >>> _in_address("van: <k.christen@voorbeeld.nl>", 7, 14), _in_address("ik ben christen", 7, 15)
    (True, False)
    """
    floor, ceiling = max(0, start - _ADDRESS_REACH), min(len(low), end + _ADDRESS_REACH)
    # (bounded: a long run with no space, a blob, is read in part)
    lo = max(low.rfind(c, floor, start) + 1 for c in _ADDRESS_ENDS) or floor
    hi = min((i for c in _ADDRESS_ENDS if (i := low.find(c, end, ceiling)) >= 0), default=ceiling)
    token = low[lo:hi]
    return "@" in token or "://" in token or token.startswith("www.")


def _word_start(low: str, i: int) -> int:
    while i > 0 and (low[i - 1].isalnum() or low[i - 1] in JOINERS):
        i -= 1
    return i


def _leftmost_longest(hits: list[TermHit]) -> list[TermHit]:
    kept: list[TermHit] = []
    for h in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if not kept or h.start >= kept[-1].end:
            kept.append(h)
    return kept

"""The special-category readings' fast paths give what the slow ones gave, on random texts
built from the characters and words each one reads: the sentence end matched from its mark,
a term's sentence sought once per text, a handle's "@" matched first, a label's compound
head found by one suffix test."""

from __future__ import annotations

import random
import re

import pytest

SEED = 20261202
# what a sentence end reads: marks, abbreviations and initials before a period, whitespace
_PIECES = ["Dhr.", "dhr.", "Mw.", "mevr.", "J.", "K.L.", "bijv.", "Prof.", "nr.", "bv.", "ca.",
           "st.", "drs.", "ing.", "Mrs.", "ms.", "x.", "zo.", "heeft", "diabetes", "Sanne",
           "ziek", "de", "a", "!", "?", ";", ".", "..", ":", ",", "- ", "• ", "* ", "– "]
_GAPS = [" ", " ", " ", "\n", "\n\n", "\t", "  ", "", "\r\n", " \n", "\n  "]


def _texts(n: int, rng: random.Random) -> list[str]:
    return ["".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


# special_sentences.SENTENCE_END as it was: four lookbehinds tried before the period
_SLOW_END = re.compile(r"(?:[!?;\n]|(?<!\b\w)(?<!\b(?:mw|mr|dr|ir|ms|st|ca|nr|bv))"
                       r"(?<!\b(?:dhr|drs|ing|mrs))(?<!\b(?:mevr|bijv|prof))\.)\s",
                       re.IGNORECASE)


@pytest.mark.parametrize("text, ends", [
    ("Dhr. Vos heeft diabetes. Hij", [25]),       # a title's period ends nothing
    ("J. de Vries is ziek! Ze", [21]),            # nor an initial's
    ("Zie bijv. de brief; hij", [20]),
    ("Prof. Jansen\n\nwerkt", [14]),               # a blank line does
    ("Prof. Jansen\nwerkt", []),                   # a wrapped line does not
    ("Het is zo. Klaar", [11]),                    # a two-letter word's period does
    ("a.\tb", []),                                 # a one-letter word's does not
    ("Mrs. Osei?\nOk", [11]),                      # (the "?" and its line break, once)
    ("Ca. 12 mensen. En", [15]),
    ("Einde.", []),                                # a period with nothing after it
])
def test_sentence_end_matches_its_cases(text: str, ends: list[int]) -> None:
    from detectors.special_sentences import SENTENCE_END

    assert [m.end() for m in SENTENCE_END.finditer(text)] == ends


def test_sentence_end_from_its_mark_finds_what_the_lookbehinds_found() -> None:
    """SENTENCE_END matches the period before reading back past it: the same matches as the
    pattern that tried its lookbehinds at every character, over a whole text and a window."""
    from detectors.special_sentences import ENDS, SENTENCE_END

    slow_ends = re.compile(_SLOW_END.pattern + r"|\n(?=[ \t]*[-–•*]\s)", re.IGNORECASE)
    assert SENTENCE_END.pattern != _SLOW_END.pattern
    rng = random.Random(SEED)
    found = 0
    for text in _texts(2_000, rng):
        for fast, slow in ((SENTENCE_END, _SLOW_END), (ENDS, slow_ends)):
            spans = [m.span() for m in slow.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == spans, repr(text)
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            assert [m.span() for m in fast.finditer(text, lo, hi)] == [
                m.span() for m in slow.finditer(text, lo, hi)], (repr(text), lo, hi)
            found += len(spans)
    assert found > 5_000


def test_a_terms_sentence_is_the_same_asked_once_or_again() -> None:
    """sentence() remembers the sentences sought in a text: the bounds asked again, in any
    order, are those sought afresh, and another text with the same offsets has its own."""
    from detectors.special_sentences import _sentence, sentence

    rng = random.Random(SEED)
    texts = _texts(300, rng)
    for text, other in zip(texts, reversed(texts), strict=True):
        spans = [(s, min(len(text), s + rng.randint(0, 12)))
                 for s in (rng.randrange(len(text) + 1) for _ in range(12))]
        for start, end in spans + rng.sample(spans, len(spans)):
            assert sentence(text, start, end) == _sentence(text, start, end)
            if end <= len(other):
                assert sentence(other, start, end) == _sentence(other, start, end)


def test_sentence_bounds_of_a_note() -> None:
    from detectors.special_sentences import sentence

    text = "Notitie\n- Dhr. Vos belde. Hij heeft een hernia.\n- Verder niets"
    start = text.index("hernia")
    assert text[slice(*sentence(text, start, start + 6))] == "Hij heeft een hernia"
    assert sentence(text, start, start + 6) == sentence(text, start, start + 6)
    first = text.index("Vos")
    assert text[slice(*sentence(text, first, first + 3))] == "- Dhr. Vos belde"


# person_handles._AT as it was: the lookbehind tried at every character, then the "@"
_SLOW_AT = re.compile(r"(?<![\w.@/])@([^\W\d_][^\W_]*(?:[._]+[^\W_]+)*)")
_HANDLE_PIECES = ["@", "@", "nina", "de", "wit", ".", "_", "/", "x", "2", "mail", "nl", "@@",
                  "é", " ", "\n", ":", "-", "Kees"]


@pytest.mark.parametrize("text, handles", [
    ("@nina.de.wit schreef", ["nina.de.wit"]),
    ("mail sanne@voorbeeld.nl", []),               # an address: a word before the "@"
    ("zie site.nl/@kees", []),                    # a URL's path
    ("(@tess_jnsn)", ["tess_jnsn"]),
    ("@@ilse", []),                                # an "@" before it
    ("@ilse", ["ilse"]),                           # the text's first character
    (".@bas", []),
    ("x @2pac @lotte_vd_berg", ["lotte_vd_berg"]),
])
def test_handle_after_at_cases(text: str, handles: list[str]) -> None:
    from detectors.person_handles import _AT

    assert [m.group(1) for m in _AT.finditer(text)] == handles


def test_handle_at_first_finds_what_the_lookbehind_found() -> None:
    from detectors.person_handles import _AT

    assert _AT.pattern != _SLOW_AT.pattern
    rng = random.Random(SEED)
    found = 0
    for _ in range(3_000):
        text = "".join(rng.choice(_HANDLE_PIECES) for _ in range(rng.randint(1, 25)))
        spans = [m.span(1) for m in _SLOW_AT.finditer(text)]
        assert [m.span(1) for m in _AT.finditer(text)] == spans, repr(text)
        found += len(spans)
    assert found > 300


def _slow_by_parts(label: str, words: frozenset[str]) -> bool:
    """special_roles._by_parts as it was: every word of the list tried as each part's head."""
    from detectors.special_roles import COMPOUND_HEAD, WORD

    if label in words:
        return True
    return any(p in words or any(len(w) >= COMPOUND_HEAD and p.endswith(w)
                                 and len(p) > len(w) + 2 for w in words)
               for p in WORD.findall(label))


def test_label_by_parts_reads_as_before() -> None:
    """A label read by its parts (the whole, a word, a compound's head) with the heads tried
    in one suffix test: the same verdicts, on the roles' own lists and on random ones."""
    from detectors.special_roles import _by_parts, load_roles

    roles = load_roles("nl")
    lists = [roles.requirement_labels, roles.org_roles, roles.job_heads, roles.ward_heads,
             frozenset(), frozenset({"eis", "eisen", "afdeling", "kantoor", "a"})]
    rng = random.Random(SEED)
    stems = ["functie", "werk", "verpleeg", "dag", "x", "ab", "abc", "campagne", "vakbonds", ""]
    agree = hits = 0
    for words in lists:
        pool = sorted(words) or ["eisen"]
        for _ in range(600):
            parts = [rng.choice(stems) + rng.choice([*pool, "", "s"]) for _ in range(
                rng.randint(1, 3))]
            label = rng.choice([" ", "-", " / "]).join(parts)
            verdict = _slow_by_parts(label, words)
            assert _by_parts(label, words) == verdict, (label, sorted(words)[:5])
            agree += 1
            hits += verdict
    assert agree == 3_600 and 500 < hits < 3_000


# special_link's name patterns as they were: the lookbehind tried at every character
_SLOW_INITIALS_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.[^\S\n]?){1,3}(?:(?:van|de|der|den|ter|"
                                 r"ten|el|al)[^\S\n]+)*[A-Z][a-zà-ÿ'’-]{2,}")
_SLOW_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’]+(?![\w'’-])")
_NAME_PIECES = ["J.", "K.L.", "A.", "J.P.", "van", "de", "der", "Vries", "Bakker", "sanne", "Sanne",
                "O'Brien", "d'Ancona", "-", ".", "'", "’", "x", "1", " ", " ", "\n", "Éva", "é"]


@pytest.mark.parametrize("part, initials, capitalised", [
    ("J. de Vries belde", ["J. de Vries"], ["Vries"]),
    ("K.L. van der Berg", ["K.L. van der Berg"], ["Berg"]),
    ("mr.J. Smit", [], ["Smit"]),                  # a word's period before the initial
    ("x.A. Bos", [], ["Bos"]),
    ("Sanne en Ahmed", [], ["Sanne", "Ahmed"]),
    ("Jansen-Bakker", [], []),                     # a double name is no one capitalised word
    ("d'Ancona", [], []),
    ("A.B.C.D. Janssen", [], ["Janssen"]),        # three initials at most, none after a "."
])
def test_name_pattern_cases(part: str, initials: list[str], capitalised: list[str]) -> None:
    from detectors.special_link import CAPITALISED, INITIALS_NAME

    assert [m.group() for m in INITIALS_NAME.finditer(part)] == initials
    assert [m.group() for m in CAPITALISED.finditer(part)] == capitalised


def test_name_patterns_from_the_capital_find_what_the_lookbehinds_found() -> None:
    from detectors.special_link import CAPITALISED, INITIALS_NAME

    rng = random.Random(SEED)
    found = 0
    for _ in range(3_000):
        text = "".join(rng.choice(_NAME_PIECES) + rng.choice(["", " ", " "])
                       for _ in range(rng.randint(1, 20)))
        for fast, slow in ((INITIALS_NAME, _SLOW_INITIALS_NAME), (CAPITALISED, _SLOW_CAPITALISED)):
            spans = [m.span() for m in slow.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == spans, repr(text)
            found += len(spans)
    assert found > 3_000

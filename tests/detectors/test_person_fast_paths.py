"""PERSON's fast paths give what the slow ones gave, on random texts built from the words
and separators each one reads: possessive scans, the run read word by word, the greeting
looked for only where it can end."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

SEED = 20261201
_NAMES = ["Jansen", "Jan", "de", "Vries", "Pietersen", "Sanne", "Bakker", "van", "O'Brien"]
_GLUE = [" ", " ", " ", ", ", " en ", " & ", ".", "\n", "(", ")", ":", ";", "x", "  ", "-"]


def test_opener_scan_without_backtracking_finds_what_it_found() -> None:
    """The scan for a capitalised word before another (person_openers._cues) takes the word
    possessively: the same starts as the pattern that gave letters back."""
    import regex

    from detectors import person_openers

    multi = person_openers._cues()[0]
    slow = regex.compile(multi.pattern.replace("[\\w'’.]*+", "[\\w'’.]*", 1))
    assert slow.pattern != multi.pattern
    rng = random.Random(SEED)
    words = [*_NAMES, "J.", "Th.", "De", "VAN", "d'Ancona", "O’Brien", "x1", "Ö", "éa", "’t"]
    texts = ["".join(rng.choice(words) + rng.choice(_GLUE) for _ in range(rng.randint(1, 30)))
             for _ in range(3_000)]
    found = 0
    for text in texts:
        starts = [m.start() for m in slow.finditer(text)]
        assert [m.start() for m in multi.finditer(text)] == starts, repr(text)
        found += len(starts)
    assert found > 5_000


def _run_at_by_stretch(text: str, start: int) -> list:
    """person_shape._run_at as it was: the stretch matched first, then its words typed."""
    from detectors.person_shape import _MAX_RUN, _POSSESSIVE, _STRETCH, _WORD, Token, _typed

    m = _STRETCH.match(text, start, min(len(text), start + 160))
    run: list = []
    for w in _WORD.finditer(text, start, m.end() if m else start):
        word = w.group().rstrip()
        cased, kind = _typed(word)
        if kind == "x" or len(run) == _MAX_RUN:
            break
        token = Token(cased, w.start(), w.start() + len(word), kind)
        if token.kind == "N" and token.text.endswith("."):
            run.append(Token(token.text[:-1], token.start, token.end - 1, "N"))
            break
        if token.kind == "N" and token.text[-2:] in _POSSESSIVE:
            run.append(Token(token.text[:-2], token.start, token.end - 2, "N"))
            break
        run.append(token)
    while run and run[-1].kind in "-P":
        run.pop()
    return run


def test_runs_read_word_by_word_are_the_runs_of_the_stretch() -> None:
    """_run_at checks the gap before each word instead of matching the stretch first: the
    same tokens from every position, with hyphens, double spaces, initials, "Tjon-A-Fat",
    punctuation and the 160-character reach."""
    from detectors.person_shape import _run_at

    rng = random.Random(SEED)
    words = [*_NAMES, "J.", "J. P.", "Th.", "Tjon-A-Fat", "PIETER", "JP", "de", "heer", "dhr.",
             "Jansen.", "Okonkwo's", "x1", "v/d", "’t", "-", "--", "planning", "É",
             "Wolfeschlegelsteinhausen", "Abdelkarimoglu-Vandenberghe"]  # (160 reached)
    glue = [" ", " ", "  ", "   ", "-", " -", "- ", " - ", "  -", "-  ", ", ", ".", "\n", "(", ""]
    texts = ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 40)))
             for _ in range(2_000)]
    texts += [" ".join(["Wolfeschlegelsteinhausen"] * 8), "Jan " + "-".join(["Abdelkarim"] * 16),
              " ".join(["J. P."] * 40)]
    tokens = 0
    for text in texts:
        for start in range(len(text)):
            run = _run_at_by_stretch(text, start)
            assert _run_at(text, start) == run, (text, start)
            tokens += len(run)
    assert tokens > 50_000


def test_labelled_lines_taken_possessively_are_the_same_lines() -> None:
    """person_initials._LABELLED takes its label possessively: the same matches."""

    from detectors.person_initials import _LABELLED

    slow = re.compile(_LABELLED.pattern.replace("{2,40}+", "{2,40}"), re.MULTILINE)
    assert slow.pattern != _LABELLED.pattern
    rng = random.Random(SEED)
    parts = ["Aanwezig", ": ", "JK", ", ", "MvdB", "\n", "Notulist:", " ", "x" * 38, ":", "a"]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 30))) for _ in range(3_000)]
    found = 0
    for text in texts:
        full = [(m.span(), m.groups()) for m in slow.finditer(text)]
        assert [(m.span(), m.groups()) for m in _LABELLED.finditer(text)] == full, repr(text)
        found += len(full)
    assert found > 2_000


def test_lower_case_names_after_a_greeting_skip_only_words_no_greeting_can_lead() -> None:
    """person_lower._after_greeting looks for the greeting only where _LEAD may end: the
    same (start, end) as looking before every cued word, "groet,\\nsanne" included."""
    from detectors import person_lower

    def slow(text: str) -> list[tuple[int, int]]:
        leads = person_lower.person_words()["greetings"] | person_lower.person_words()["closings"]
        out = []
        for start, upper in person_lower.cued_words(text):
            lead = person_lower._LEAD.search(text, max(0, start - 25), start)
            m = person_lower._WORD.match(text, start)
            if not upper and m and lead and lead.group(1).lower() in leads:
                out.append((start, m.end()))
        return out

    rng = random.Random(SEED)
    parts = ["hoi", "Hoi", "groetjes", "groet", "beste", "ingang", "sanne", "Kees", "kees",
             " ", " ", ",", ", ", "\n", " \n", ",\n", "!", "x"]
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 25))) for _ in range(3_000)]
    found = 0
    for text in texts:
        full = slow(text)
        assert list(person_lower._after_greeting(text)) == full, repr(text)
        found += len(full)
    assert found > 300


def test_coordinated_first_names_are_looked_for_only_after_a_joining_word() -> None:
    """person._coordinated tries _AND_BEFORE only where the text before the name ends in
    ",", " en", " and" or " &" and spaces: the same first names as trying it everywhere."""
    from detectors import person

    def slow(text: str, found: list) -> list:
        out = []
        for name, _ in found:
            start = name.tokens[0].start
            m = person._AND_BEFORE.search(text, max(0, start - 30), start)
            if m and m.group(1) in person.alone_first_names() and not any(
                    n.start <= m.start(1) < n.end for n, _ in found):
                out.append((m.start(1), m.end(1)))
        return out

    rng = random.Random(SEED)
    parts = ["Eva", "Thijs", "Sophie", "de Boer", "Ruben", "en", "and", "&", ",", " ", " ",
             "  ", "x", "\n", "Planning"]
    recognizer = person.PersonRecognizer()
    texts = ["".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(2, 20)))
             for _ in range(1_500)]
    found_any = 0
    for text in texts:
        found = list(recognizer._names(text))
        full = slow(text, found)
        assert [(s, e) for s, e, _ in person._coordinated(text, found)] == full, repr(text)
        found_any += len(full)
    assert found_any > 15


def _texts(parts: list[str], n: int = 3_000) -> list[str]:
    rng = random.Random(SEED)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def _same_matches(slow, fast, texts: list[str]) -> int:
    """Asserts that both patterns find the same spans and groups in every text; the count."""
    found = 0
    for text in texts:
        want = [(m.span(), m.regs) for m in slow.finditer(text)]
        assert [(m.span(), m.regs) for m in fast.finditer(text)] == want, repr(text)
        found += len(want)
    return found


def test_scans_that_open_on_a_character_class_find_what_the_branches_found() -> None:
    """The whole-text scans rewritten so re can jump to a first character in C (a class or a
    literal as the pattern's first item): the same matches as they were written before."""

    from detectors.person_forms import _FIRST_CUE
    from detectors.person_lower import _OPENS
    from detectors.person_openers import _LABEL_MARK_NO_TAB

    first = re.compile(r"(?<![ ])[ ]+[^\W\d_]{1,3}\.(?:[ ]?-?[^\W\d_]{1,3}\.)*"
                       r"(?:[ ]{2}|[ ]*(?:[,;|\t\n]|$| en | and ))", re.MULTILINE)
    opens = re.compile(r"(?:[.!?:][ \t>]+|\n[ \t>]*)([a-zA-Z])")
    mark = re.compile(r"(?:[:(;|]|,(?=\"?[^\W\d_]))"
                      r"(?=[ \t]*\"?(?:(?i:van|de|den|der|ter|ten|el|al)[ ]+)*([^\W\d_]))")
    parts = ["Smit", " ", "  ", "J.", "Th.", "-", ",", ";", "|", "\t", "\n", " en ", " and ",
             ".", "!", "?", ":", ">", "a", "x1", "é", "(", '"', "van ", "de ", "Van ", "_", "9"]
    assert _same_matches(first, _FIRST_CUE, _texts(parts)) > 300
    assert _same_matches(opens, _OPENS, _texts(parts)) > 2_000
    no_tab = [p for p in parts if p != "\t"]
    assert _same_matches(mark, _LABEL_MARK_NO_TAB, _texts(no_tab)) > 4_000


def test_line_patterns_scanned_from_line_breaks_find_what_their_finditer_finds() -> None:
    """Bullets, labelled lines and chat speakers found from the line breaks (and the first
    line) instead of trying "^" at every character: the same matches and line starts."""
    from detectors import person_initials as pi
    from detectors import person_speakers as ps
    from detectors.person_openers import line_matches

    parts = ["- ", "-- ", "• ", "1. ", "12) ", "JK", "MvdB", ": ", "->", "→", "\r", "\n", "\n",
             " ", "\t", "Aanwezig", "x" * 38, "[09:14] ", "1-12-2026 ", "09:14 - ", "sanne", "a",
             "\n[09:14] sanne: ja", "\n1/12/26, 09:14 - Okonkwo Ade: ok"]
    for pattern, broken in ((pi._BULLET, pi._BULLET_BROKEN), (pi._LABELLED, pi._LABELLED_BROKEN),
                            ps._timed()):
        found = 0
        for text in _texts(parts):
            want = [(m.start(), m.regs[1:], m.end()) for m in pattern.finditer(text)]
            got = [(start, m.regs[1:], m.end()) for start, m in line_matches(pattern, broken, text)]
            assert got == want, repr(text)
            found += len(want)
        assert found > 50, pattern.pattern


def test_cued_words_tried_where_a_cue_word_starts_are_finditer_s() -> None:
    """person_openers._cued_matches tries the cue pattern only where the keyword automaton
    finds one of its words: the same matches (spans and the word after) as its finditer,
    with cue words inside longer words, cues back to back, closings over line breaks,
    punctuation after a title and characters outside the BMP."""
    from detectors import person_openers

    cued = person_openers._cues()[1]
    rng = random.Random(SEED)
    parts = ["dhr", "dhr.", "mevrouw", "de heer", "beste", "hoi", "collega", "groet", "groeten",
             "met vriendelijke groet", "mw", "dr", "ing", "vergadering", "dr.ir.", "bij", "sanne",
             "jansen", "x1", "é", "😀", "𝒳", " ", " ", "  ", ",", ".", "!", "\n", "\r\n", " \n", ":",
             "-", "", "\t", " \t ", "\r", "|", "_", "9", "mvg", "regards", "drie", "mandaat"]
    # (characters outside the BMP: the automaton's offsets are code points)
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 40))) for _ in range(3_000)]
    found = 0
    for text in texts:
        full = [(m.span(), m.span(1)) for m in cued.finditer(text)]
        assert [(m.span(), m.span(1)) for m in person_openers._cued_matches(cued, text)] == full, (
            repr(text))
        found += len(full)
    assert found > 2_000  # (a cue ends its word: "dr" in "drie" is no match)


class _CountedMatches:
    """A compiled pattern that counts its match calls (the pattern itself answers them)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:  # (the fall-back when the automaton cannot be built)
        return self.pattern.finditer(text)


def test_the_cue_pattern_is_tried_only_where_a_cue_word_opens_a_word() -> None:
    """_cued_matches tries the pattern at a cue word's hit only where no word character
    stands before it (its \\b fails inside a word): "vergadering" holds "ing", "hydrant" "dr",
    and a text of such words costs no pattern call per hit."""
    from detectors import person_openers

    cued = person_openers._cues()[1]
    cases = [  # (text, pattern calls)
        ("dr" * 1_000, 1),
        ("vergadering roman hydrant " * 200, 0),
        ("_dr x1dr 9ing édr", 0),
        ("dr Jansen, ing. Smit;dr. Bakker", 3),
        ("Met vriendelijke groet,\n\nSanne", 1),  # (the closing's match holds "vriend" and
        ("Groeten\t \t|", 1),  # "groet": not tried again)
    ]
    for text, calls in cases:
        counted = _CountedMatches(cued)
        low = person_openers.lower_in_place(text)
        got = [(m.span(), m.span(1)) for m in person_openers._cued_matches(counted, low)]
        assert got == [(m.span(), m.span(1)) for m in cued.finditer(low)], text[:40]
        assert counted.calls == calls, text[:40]


def test_a_tab_mark_read_from_its_run_s_start_finds_the_words_each_tab_found() -> None:
    """person_openers._LABEL_MARK reads a run of spaces and tabs once, from its start: the
    same words (group 1) as each mark character read on its own, as it was written before."""
    from detectors.person_openers import _LABEL_MARK

    each = re.compile(r"(?:[:(;|\t]|,(?=\"?[^\W\d_])|^(?=[^\t\n]{1,60}\t))"
                      r"(?=[ \t]*\"?(?:(?i:van|de|den|der|ter|ten|el|al)[ ]+)*([^\W\d_]))",
                      re.MULTILINE)
    parts = ["Smit", " ", "  ", "\t", "\t\t", " \t ", ":", ";", "|", "(", ",", '"', "\n", "van ",
             "de ", "Van ", "9", "_", "é", "x" * 30, "x" * 61, "-"]
    found = 0
    for text in _texts(parts):
        want = {m.start(1) for m in each.finditer(text)}
        assert {m.start(1) for m in _LABEL_MARK.finditer(text)} == want, repr(text)
        found += len(want)
    assert found > 5_000


def test_a_word_leads_a_run_when_typed_a_title_or_particle() -> None:
    """person_shape._leads answers _kind(word) in "TP" for titles with and without their
    full stop, particles in any case, initials, capitals and ordinary words; both ask
    is_title, which finds a title listed with its full stop only ("prof." for "prof")."""
    from detectors.person_names import person_words
    from detectors.person_shape import PARTICLES, _kind, _leads, is_title

    words = ["heer", "dhr", "dhr.", "Dhr", "mevrouw", "mw.", "van", "Van", "VAN", "v.d.", "'t",
             "J.", "JP", "Jansen", "planning", "x1", "", "-", "dr", "Dr.", "ir.", "prof", "der"]
    titles = person_words()["titles"]
    for word in words:
        assert _leads(word) == (_kind(word) in "TP"), word
        assert (_kind(word) == "T") == is_title(word.lower(), titles), word
        assert _leads(word) == (is_title(word.lower(), titles) or word.lower() in PARTICLES)
    cases = [  # (word in lower case, titles, a title)
        ("prof", {"prof."}, True), ("prof.", {"prof."}, True), ("prof", {"prof"}, True),
        ("prof.", {"prof"}, False), ("pro", {"prof."}, False), ("prof", set(), False),
        ("de heer", {"de heer"}, True), ("", {"."}, True),
    ]
    for word, listed, title in cases:
        assert is_title(word, frozenset(listed)) is title, (word, listed)


_LIST_PARTS = ["Sanne", "Okafor", "Piet", "Jansen", "de Vries", " ", "  ", ", ", ",", ";", "; ",
               " en ", " and ", "\n", "\n\n", "\r\n", "(planner)", "- ", "1. ", ".", "\t", "x1",
               "12-03-1990", "planning", "Jan;123", "|"]


def _spans_of(text: str) -> list[tuple[int, int]]:
    """Capitalised words of ``text`` as found names: every other one, so that lists hold
    found names and words both."""
    import regex

    return [m.span() for k, m in enumerate(regex.finditer(r"\p{Lu}\p{Ll}+", text)) if k % 2 == 0]


def test_a_list_is_walked_back_only_past_a_separator_as_the_search_found() -> None:
    """person_lists._list_start searches back for a word and separator only where one of
    " ,;" ends right before the item (or before its line break): the same list starts as
    the search tried at every item, on texts of names, separators, line breaks and rows."""
    from detectors.person_lists import _WORD_SEP_BEFORE, _list_start

    def searched(text: str, start: int) -> int:
        while (m := _WORD_SEP_BEFORE.search(text, max(0, start - 40), start)) is not None:
            start = m.start()
        return start

    walked = 0
    for text in _texts(_LIST_PARTS):
        forward: dict[int, int] = {}  # (the starts known from every position before)
        backward: dict[int, int] = {}
        for start in range(len(text) + 1):
            want = searched(text, start)
            assert _list_start(text, start, {}) == want, (text, start)
            assert _list_start(text, start, forward) == want, (text, start)
            walked += want != start
        for start in range(len(text), -1, -1):
            assert _list_start(text, start, backward) == searched(text, start), (text, start)
    assert walked > 5_000


def test_names_set_one_a_line_are_read_past_rows_as_before() -> None:
    """person_lists.lines skips a found name with more than an item's tail after it on its
    line before reading the line: the same items as it found reading every such line."""
    from detectors import person_lists

    def lines_read_each(text: str, spans: list[tuple[int, int]]) -> list:
        spans = sorted(set(spans))
        out: list = []
        done: set[int] = set()
        for start, end in spans:
            ls = text.rfind("\n", max(0, start - 8), start) + 1
            if not ls and start > 8 or text[end : end + 1] not in person_lists._ENDS:
                continue
            if ls in done or person_lists._item_on(text, ls, spans) != (start, end, True):
                continue
            items = person_lists._block(text, spans, ls)
            done.update(i[3] for i in items)
            out += person_lists._scored(text, [(s, e, f, "") for s, e, f, _ in items])
        return out

    rng = random.Random(SEED)
    bullets = ["", "- ", "• ", "2) ", "  ", "\t"]
    items = ["Sanne", "Okafor", "Piet", "Jansen", "Fatma", "Okonkwo", "Daan Visser", "planning",
             "Sanne Bakker", "x1", "12-03-1990", "Kowalski"]
    tails = ["", "", "", ",", ".", " ", ";123456782", "; NL91", " en Piet", "  \t  ;", "\r",
             ";" * 17 + "x", " " * 20 + "Fatma"]
    found = 0
    for _ in range(3_000):
        text = "\n".join(rng.choice(bullets) + rng.choice(items) + rng.choice(tails)
                         for _ in range(rng.randint(1, 12)))
        spans = _spans_of(text)
        spans += [(s, e + 2) for s, e in spans[:1] if text[e : e + 2].strip()]  # (a span over
        want = lines_read_each(text, spans)  # a line break now and then)
        assert person_lists.lines(text, spans) == want, repr(text)
        found += len(want)
    assert found > 500


def test_label_marks_scanned_branch_by_branch_are_the_one_pattern_s() -> None:
    """person_openers._marked finds _LABEL_MARK's words by a scan per branch (marks, a tab's
    run from its first tab, a row's first cell from its line break): the same places as the
    one pattern's finditer, in texts with and without tabs."""
    from detectors.person_openers import _LABEL_MARK, _marked

    parts = ["Smit", " ", "  ", "\t", "\t\t", " \t ", ":", ";", "|", "(", ",", '"', "\n", "van ",
             "de ", "Van ", "9", "_", "é", "x" * 30, "x" * 61, "-", "\r\n", "\n\t", "\t\n"]
    found = 0
    for text in _texts(parts, 6_000):
        want = {m.start(1) for m in _LABEL_MARK.finditer(text)}
        assert set(_marked(text)) == want, repr(text)
        found += len(want)
    assert found > 10_000


def test_a_record_s_word_after_a_number_is_found_from_the_number_s_first_digit() -> None:
    """person_openers._AFTER_NUMBER reads a digit run whole from its first digit: the same
    places after a number as four or eight digits tried at every digit."""
    import regex

    from detectors.person_openers import _AFTER_NUMBER

    each = regex.compile(r"\d{4}[ \t:]++(?=\p{Lu}{2,}(?![\w'’]))|\d{8}[ \t:]++(?=\p{Lu}\p{Ll})")
    parts = ["1", "12", "1234", "12345678", "123456782", "٣٤", " ", "  ", "\t", ":", "JANSEN",
             "Jansen", "NL", "J", "x", "'", "-", "\n", "Ö"]
    found = 0
    for text in _texts(parts, 6_000):
        want = {m.end() for m in each.finditer(text)}
        assert {m.end() for m in _AFTER_NUMBER.finditer(text)} == want, repr(text)
        found += len(want)
    assert found > 400


def test_the_opener_scan_takes_the_spaces_after_a_word_possessively() -> None:
    """The scan for a capitalised word before another takes the spaces between them
    possessively: the same starts as giving spaces back one by one (a row set with spaces)."""
    import regex

    from detectors import person_openers

    multi = person_openers._cues()[0]
    slow = regex.compile(multi.pattern.replace("(?:[ ]++|", "(?:[ ]+|", 1))
    assert slow.pattern != multi.pattern
    parts = ["Jansen", "Jan", "de", "van ", "Van", "d'Ancona", "J.", "x1", " ", "  ", " " * 9, "-",
             " - ", "\n", ";", "'t", "’t ", "PIETER", "é"]
    found = 0
    for text in _texts(parts, 6_000):
        starts = [m.start() for m in slow.finditer(text)]
        assert [m.start() for m in multi.finditer(text)] == starts, repr(text)
        found += len(starts)
    assert found > 3_000


@pytest.mark.parametrize("unit, every", [
    (["Jansen;", "Piet;"], 1),  # the reviewer's shape: ";".join(["Jansen", "Piet"] * n)
    (["Jansen, ", "Piet, "], 1),
    (["Sanne, ", "Okonkwo, ", "Bakker en ", "Fatma; "], 1),
    (["Sanne (planner), ", "Okonkwo, "], 1),
    (["Jansen, ", "Piet, ", "Okonkwo, "], 2),  # every other word a found name
    (["Jansen; en ", "Piet and "], 2),
])
def test_a_long_list_is_walked_back_over_once(
        monkeypatch: pytest.MonkeyPatch, unit: list[str], every: int) -> None:
    """person_lists.listed walks back over each item of a list once, however many of its
    names lie past the 30 items _chain reads: each name walked back to the list's start
    (400 items: tens of thousands of searches back, 20 s at 20 KB), and it answers as
    the walk without the known starts."""
    from detectors import person_lists

    def plain(text: str, spans: list[tuple[int, int]]) -> list[tuple]:
        spans = sorted(set(spans))
        out, done = [], set()
        for start, _ in spans:
            if start in done:
                continue
            while person_lists._sep_ends_at(text, start) and (
                    m := person_lists._WORD_SEP_BEFORE.search(
                        text, max(0, start - 40), start)) is not None:
                start = m.start()
            items = person_lists._chain(text, spans, start)
            done.update(s for s, _, found, _ in items if found)
            out += person_lists._scored(text, items)
        return out

    text = "Aanwezig: " + "".join(unit * (400 // len(unit))) + "verder niemand."
    spans = [m.span() for k, m in enumerate(re.finditer(r"[A-Z][a-z]+", text))
             if k % every == 0 and m.start() > 0]

    class Counted:
        def __init__(self, pattern: object) -> None:
            self.pattern, self.calls = pattern, 0

        def search(self, *args: object) -> object:
            self.calls += 1
            return self.pattern.search(*args)

    want = plain(text, spans)
    counted = Counted(person_lists._WORD_SEP_BEFORE)
    monkeypatch.setattr(person_lists, "_WORD_SEP_BEFORE", counted)
    assert person_lists.listed(text, spans) == want
    assert counted.calls <= 2 * len(spans) + 30


def test_a_word_that_two_capitals_and_a_digit_open_holds_no_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """person_shape.tokens skips the places where _opens_code is true without reading a run
    there: _run_at finds none at any of them (IBANs, codes, postcodes glued to words), and
    tokens gives the same runs as with the skip turned off."""
    from detectors import person_shape
    from detectors.person_shape import _opens_code, _run_at, tokens

    parts = ["NL91ABNA0417164300", "NL52", "AB1", "XR10 01R5 8", "NL", "N", "Jansen", "J.", "JP",
             " ", "  ", "-", ";", "\n", "9", "dhr. ", "van ", "ÉÉ9", "Ⓐ", "AB", "1"]
    texts = list(_texts(parts, 4_000))
    skipped = 0
    for text in texts:
        for start in range(len(text)):
            if _opens_code(text, start):
                assert _run_at(text, start) == [], (text, start)
                skipped += 1
    assert skipped > 5_000
    real = [list(tokens(text)) for text in texts]
    monkeypatch.setattr(person_shape, "_opens_code", lambda text, start: False)
    assert [list(tokens(text)) for text in texts] == real
    assert sum(map(len, real)) > 1_000


def test_inside_looks_at_the_two_spans_around_a_start_as_the_slice_did() -> None:
    """person_repeats.inside answers as the slice of the span before and the span at the
    bisection point did, on sorted spans (overlapping, nested and empty ones too)."""
    from detectors.person_repeats import inside

    def sliced(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        import bisect

        i = bisect.bisect_right(spans, (start, 1 << 62))
        return any(a < end and start < b for a, b in spans[max(0, i - 1) : i + 1])

    rng = random.Random(SEED)
    hits = 0
    for _ in range(3_000):
        spans = sorted((a, a + rng.randint(0, 6)) for a in rng.sample(range(60), rng.randint(0, 9)))
        for start in range(-1, 62):
            for end in (start, start + 1, start + rng.randint(2, 9)):
                want = sliced(spans, start, end)
                assert inside(spans, start, end) is want, (spans, start, end)
                hits += want
    assert hits > 50_000


def test_the_initials_scan_finds_what_its_look_behind_first_form_finds() -> None:
    # person_initials._CAPITALS opens on its capital; the plain form it replaced opened on
    # its look-behind (tried at every character). Same spans on random texts of our own.
    import random
    import re

    from detectors.person_initials import _CAPITALS
    plain = re.compile(
        r"(?<![\w.&/\-])(?:[A-Z](?:[a-z]{0,3}[A-Z]){1,4}|(?:[A-Z]\.){2,5})(?![\w&/\-])")
    rng = random.Random(35)
    parts = ["JV", "TdG", "J.K.", "J.K.S.", "MvdB", "A", "b", ".", "-", "/", "&", " ", "\n",
             "Jan", "x1", "AB12", "(", ")", ":", "é", "É"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in _CAPITALS.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text

"""Hostile input: findings scale with the input, a crafted file scans to a result, and the
bounded readings of a long line answer as the whole-line readings they replaced.

The texts come from tests/bench/hostile.py (bench_hostile.py times them at n and 2n); the
equivalence tables are cases of our own, synthetic, checked against the plain definitions.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from detectors import detect
from detectors.spans import line_start_within
from detectors.special_rows import (
    NAME_CELL,
    _delimiter,
    header_values,
    is_header_row,
    row_person,
)
from detectors.special_rules import TICKED_OPTION, TICKED_REACH
from scanner.cli import cli
from tests.bench.hostile import SHAPES, own_labels
from tests.eval import synth

# (shape, n): small enough for a test, several repeats of each unit
SCALED = [("own_labels", 2), ("labelled_numbers", 12), ("long_line", 10),
          ("ticked_boxes", 10), ("long_row", 6), ("long_table", 12), ("repetition", 4),
          ("brackets", 40), ("names_line", 30), ("contacts_line", 6), ("digit_run", 20),
          ("id_documents", 4), ("aligned_table", 12), ("wide_header", 8),
          ("unbroken_values", 10), ("labelled_list", 20), ("labelled_list_en", 20),
          ("partners_line", 8), ("padded_closing", 10), ("dump_line", 6), ("values_line", 6), ("names_list", 40),
          ("names_comma_list", 20), ("birthday_words", 20)]
# (tabbed_rows_line is left out: on a one-line export no BSN after the ninth is read, before
# stop 35's mend as after it; its work per value is tests/detectors/test_line_reads.py's)


def _kinds(text: str) -> Counter[str]:
    return Counter(d.entity for d in detect(text, "nl"))


@pytest.mark.parametrize("shape, n", SCALED)
def test_findings_grow_by_the_same_count_with_each_n(shape: str, n: int) -> None:
    """Each further n repeats adds the same findings: nothing is lost to a cut-off or a
    budget on a long line, a long row or a long table."""
    make = SHAPES[shape]
    one, two, three = (_kinds(make(k * n)) for k in (1, 2, 3))
    assert {e: two[e] - one[e] for e in one | two} == {e: three[e] - two[e] for e in two | three}


def test_every_maker_makes_twice_the_text_at_twice_n() -> None:
    for shape, make in SHAPES.items():
        assert 1.8 < len(make(20)) / len(make(10)) < 2.2, shape


def _scan(tmp_path: Path, name: str, text: str) -> dict[str, object]:
    share = tmp_path / "share"
    share.mkdir()
    (share / name).write_text(text, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(share), "--jsonl", str(out), "--db",
                                      str(tmp_path / "i.sqlite"), "--workers", "1", "--quiet",
                                      "--timeout", "60"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return next(r for r in records if r["type"] == "file")


def test_the_crafted_long_word_file_scans_to_a_result(tmp_path: Path) -> None:
    """300 KB of long lines ending in eight-digit numbers took minutes (every number read
    all the text before it); within the per-file limit it is scanned, not a timeout."""
    text = own_labels(100)
    assert len(text) > 300_000
    record = _scan(tmp_path, "notes.txt", text)
    assert (record["status"], record["error"]) == ("scanned", None)


def test_one_long_line_of_health_statements_scans_to_a_result(tmp_path: Path) -> None:
    text = SHAPES["long_line"](4000)
    assert "\n" not in text and len(text) > 250_000
    record = _scan(tmp_path, "regel.txt", text)
    assert (record["status"], record["error"]) == ("scanned", None)


# --- the bounded readings answer as the plain definitions ---------------------------------


def _plain_line(text: str, pos: int) -> str:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return text[lo : len(text) if hi < 0 else hi]


def _plain_row_person(text: str, start: int) -> bool | None:
    """row_person's definition on a delimited line (None: no delimited line)."""
    lo = text.rfind("\n", 0, start) + 1
    line = _plain_line(text, start)
    delim = _delimiter(line)
    if delim is None:
        return None
    here = line.count(delim, 0, start - lo)
    return any(NAME_CELL.match(c) for i, c in enumerate(line.split(delim)) if i != here)


CELLS = ["Jansen, P.", "El Amrani, Fatima", "J. Bakker", "burn-out", "FNV", "12-03-1990",
         "", " vakbond ", "naam", "reden", "ja", "14,20", "Anna de Vries", "x"]


def _random_table(rng: random.Random) -> str:
    delim = rng.choice(["|", ";", "\t", ","])
    lines = []
    for _ in range(rng.randint(1, 6)):
        width = rng.choice([1, 2, 3, 4, 5, 40])
        lines.append(delim.join(rng.choice(CELLS) for _ in range(width)))
    return "\n".join(lines) + rng.choice(["", "\n"])


def test_row_readings_answer_as_the_whole_line_readings() -> None:
    rng = random.Random(33)
    for _ in range(400):
        text = _random_table(rng)
        for m in re.finditer(r"burn-out|FNV|vakbond|reden", text):
            plain = _plain_row_person(text, m.start())
            if plain is not None:
                assert row_person(text, m.start(), m.end()) == plain, (text, m.start())


@pytest.mark.parametrize("text, term, header, value", [
    ("naam;inhouding_vakbond;netto\nJansen, P.;14,20;2100", "vakbond", True, True),
    ("naam;inhouding_vakbond;netto\nJansen, P.;;2100", "vakbond", True, False),
    ("naam;vakbond;netto\n" + "Jansen;;1\n" * 60 + "Bakker;FNV;1", "vakbond", True, False),
    ("naam;vakbond;netto\n" + "Jansen;;1\n" * 40 + "Bakker;FNV;1", "vakbond", True, True),
    ("naam;vakbond;netto", "vakbond", True, False),
    ("Jansen;vakbond;12", "vakbond", False, False),
])
def test_a_header_term_reads_the_rows_under_it(text: str, term: str, header: bool,
                                              value: bool) -> None:
    """A header cell states its category of a row below it (within 50 rows) that holds a
    value in its column; a row with a digit is no header."""
    start = text.index(term)
    assert is_header_row(text, start) == header
    assert header_values(text, start, lambda cell: cell not in ("", "0")) == value


def test_a_ticked_box_is_searched_back_only_as_far_as_it_reaches() -> None:
    rng = random.Random(7)
    parts = ["[x]", "[ ]", "☒", "☐", "(x)", " ", "ja, ", "diabetes ", "a" * 30, "\n"]
    for _ in range(500):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 30))) + "term"
        pos = len(text) - 4
        plain = TICKED_OPTION.search(text, text.rfind("\n", 0, pos) + 1, pos) is not None
        bounded = TICKED_OPTION.search(text, line_start_within(text, pos, TICKED_REACH), pos)
        assert (bounded is not None) == plain, text


def test_an_own_label_is_read_on_a_long_line_too() -> None:
    """A number labelled "Polis:" at the end of a line of 2,000 characters is a policy
    number, as on a short line; labelled "BSN:" it is a BSN."""
    number = synth.bsn(random.Random(5))
    lead = "Zie het overzicht hieronder en de bijlage " * 50
    for line_start in ("", lead):
        polis = {d.entity for d in detect(f"{line_start}Polis: {number}\n", "nl")}
        bsn = {d.entity for d in detect(f"{line_start}BSN: {number}\n", "nl")}
        assert "NL_BSN" not in polis and "NL_BSN" in bsn


def test_a_closing_is_read_from_the_end_of_a_long_head() -> None:
    """closing_before reads the end of the name's line only: it answers as the whole head
    read (stripped, lower case, one of the closings) on heads of any length and padding."""
    from detectors.person_shape import _head_closes, _is_closing

    rng = random.Random(11)
    parts = ["Met vriendelijke groet", "Groet", "groeten", " ", "\t", ",", "x" * 50, "Jan",
             "Kind regards", " " * 150]
    for _ in range(600):
        head = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        text = "Vorige regel\n" + head + "Kees"
        start = len(text) - 4
        assert _head_closes(text, 13, start) == _is_closing(head.strip(" \t,")), head


def test_span_queries_answer_as_every_pair_compared() -> None:
    from detectors.spans import covering, within

    rng = random.Random(3)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 60) for _ in range(6))]
        inside, covered = within(spans), covering(spans)
        for s in range(-2, 75):
            assert inside(s) == any(a <= s < b for a, b in spans)
            e = s + rng.randint(1, 8)
            assert covered(s, e) == any(a <= s and e <= b for a, b in spans)


# --- stop 33's mend: three readings that grew with the square of a line ------------------


def _plain_header_values(text: str, start: int, has_value: object) -> bool:
    """header_values' definition: the header line split, each row below split again."""
    lines = text.split("\n")
    lo = text.rfind("\n", 0, start) + 1
    index = text.count("\n", 0, start)
    delim = _delimiter(lines[index])
    if delim is None or any(ch.isdigit() for ch in lines[index]):
        return False
    column, width = lines[index].count(delim, 0, start - lo), lines[index].count(delim)
    for below in (lines[index + 1 : index + 51] or [""]):
        if below.count(delim) != width:
            break
        if callable(has_value) and has_value(below.split(delim)[column].strip().strip('"')):
            return True
    return False


def test_header_values_answers_as_each_row_split_again() -> None:
    """Rows below read from the chunk's table of cells answer as each row split once per
    header term, over tables whose rows hold other delimiters too ("a|b;c|d")."""
    rng = random.Random(34)
    cells = ["", "ja", "0", "FNV", "a|b", "x;y", '"1"', " vakbond ", "reden"]
    for _ in range(400):
        delim = rng.choice([";", "|", "\t"])
        width = rng.choice([3, 4, 6])
        header = delim.join(rng.choice(["naam", "vakbond", "reden", "geloof"])
                            for _ in range(width))
        rows = [delim.join(rng.choice(cells) for _ in range(rng.choice([width, width, 2])))
                for _ in range(rng.randint(0, 5))]
        text = "\n".join([header, *rows]) + rng.choice(["", "\n"])
        for m in re.finditer(r"vakbond|reden", header):
            def has(cell: str) -> bool:
                return cell not in ("", "0")
            assert header_values(text, m.start(), has) == _plain_header_values(
                text, m.start(), has), (text, m.start())


def test_a_wide_header_reads_each_row_below_once() -> None:
    """Every header term of a header of hundreds of columns asks the 50 rows below it: each
    row is read into the chunk's table once (it was split again per term), and every term
    answers as before (empty cells: no value, no finding)."""
    from detectors.special_rows import _chunk

    text = SHAPES["wide_header"](300)
    column = text.index("inhouding_vakbond")
    assert not header_values(text, column, lambda cell: cell != "")
    detect(text, "nl")
    chunk = _chunk(text)
    starts = [0] + [b + 1 for b in chunk.breaks]
    assert set(chunk.rows) | {lo for lo, _ in chunk.cells} <= set(starts)
    assert all(len(chunk.rows[lo].starts) == 301 for lo in starts[1:])  # the rows below


@pytest.mark.parametrize("lead, expected", [
    ("", ("Personeelsnummer", "BSN")),
    ("x" * 500 + " ", (None, None)),  # a first label of 500 characters: no label
    ("Zie: " + "x" * 500 + ". ", ("Personeelsnummer", "BSN")),  # a colon far back
    ("a / b / " * 100, ("Personeelsnummer", "BSN")),  # separators far back on the line
    ("Zie het overzicht. " * 20, ("Personeelsnummer", "BSN")),
    ("regel\n", ("Personeelsnummer", "BSN")),
])
def test_a_paired_value_is_read_within_reach_of_a_long_line(
        lead: str, expected: tuple[str | None, str | None]) -> None:
    """paired_cell reads at most _MAX_LINE characters back on a line without a break (it
    read the text from its start once per value: thousands of values on one line), and
    pairs labels and values there as before."""
    from detectors.header_line import _MAX_LINE, paired_cell

    rng = random.Random(35)
    first, second = synth.bsn(rng), synth.bsn(rng)
    text = f"{lead}Personeelsnummer/BSN: {first} / {second}"
    assert (paired_cell(text, text.index(first)), paired_cell(text, text.index(second))) \
        == expected
    for start in range(0, len(text), 37):
        plain = text.rfind("\n", 0, start) + 1
        assert line_start_within(text, start, _MAX_LINE) == max(plain, start - _MAX_LINE)


@pytest.mark.parametrize("text, term, label", [
    ("Reden: migraine, migraine", "migraine", "reden"),
    ("Reden: " + "migraine, " * 200 + "rug", "rug", "reden"),
    ("Reden: griep. Ik heb migraine", "migraine", None),  # a sentence ends before the term
    ("Reden: griep; migraine", "migraine", None),
    ("Dhr. Vos belt\nReden: migraine", "migraine", "reden"),
    ("Reden: griep\nmigraine", "migraine", None),  # the label is on the line above
    ("Om 14:02 migraine", "migraine", None),  # a clock time, no label
])
def test_a_line_label_is_read_once_per_line(text: str, term: str, label: str | None) -> None:
    """line_label reads the line's label and its first sentence end once per line (it
    searched from the label to every term: thousands on one line), and answers as before:
    the label when no sentence ends between it and the term."""
    from detectors.special_lexicon import load_lexicon
    from detectors.special_rules import _openings, line_label

    lex = load_lexicon("nl")
    starts = [m.start() for m in re.finditer(term, text)]
    got = [line_label(text, s, lex) for s in starts]
    assert {None if g is None else g[0] for g in got} == {label}
    assert len(_openings(text)) == len({text.rfind("\n", 0, s) for s in starts})


def test_a_quotation_is_found_by_its_marks_on_the_line_as_a_full_count_finds_it() -> None:
    """special_partner reads a partner word's quotation from the text's quote offsets by
    bisection: on lines within its reach it answers as counting the line's marks does."""
    from detectors.special_partner import NEWLINE, QUOTE, _quoted_sex

    rng = random.Random(7)
    pieces = ("mijn vrouw ", '"', "Sanne zei: ", "hij ", "\n", "Mark: ", "en ", "“", "”")
    for _ in range(300):
        text = "Gesprek met Anne de Vries\n" + "".join(rng.choice(pieces) for _ in range(12))
        newlines = [m.start() for m in NEWLINE.finditer(text)]
        quotes = [m.start() for m in QUOTE.finditer(text)]
        for pos in range(len(text)):
            line = text.rfind("\n", 0, pos) + 1
            odd = len(QUOTE.findall(text, line, pos)) % 2 == 1
            assert (_quoted_sex(text, pos, newlines, quotes) is not None) == odd, (text, pos)


def test_a_couple_and_a_quoted_partner_on_one_long_line_scale_linearly() -> None:
    """A couple's words are looked for a bounded way after "mijn vriendin en ik" and a
    quotation's mark a bounded way back: on one long line every unit still counts."""
    from tests.bench.hostile import partners_line

    one, two, three = (_kinds(partners_line(k))["SPECIAL_SEXUAL_ORIENTATION"]
                       for k in (40, 80, 120))
    assert one > 0 and two - one == three - two > 0


@pytest.mark.parametrize("pad", [" ", "\t", " \t", "\t "])
def test_a_closing_before_200_kb_of_spaces_and_tabs_reads_as_before_a_short_gap(
        pad: str) -> None:
    """A closing ("Met vriendelijke groet") followed by 200 KB of spaces and tabs with no
    letter after them: the words cued and the findings are those of the same letter with a
    gap of four, moved by the gap's length (it took minutes: the cue pattern gave the run
    back space by space and every tab read the rest of the run again)."""
    from detectors.person_openers import cued_words
    from tests.bench.hostile import padded_closing

    short = padded_closing(1).replace(" \t" * 50, pad * (4 // len(pad)))
    long = padded_closing(1).replace(" \t" * 50, pad * (200_000 // len(pad)))
    shift = len(long) - len(short)
    gap = short.index("|")

    def moved(i: int) -> int:
        return i + shift if i >= gap else i

    assert len(long) > 200_000
    assert cued_words(long) == tuple((moved(i), upper) for i, upper in cued_words(short))
    found = [(d.entity, d.start, d.end) for d in detect(long, "nl")]
    want = [(d.entity, moved(d.start), moved(d.end)) for d in detect(short, "nl")]
    assert found == want and ("PERSON", moved(short.index("Pieter")),
                              moved(short.index("Pieter")) + 15) in want


LABEL_LINES = ["Afkomst: Turks", "  - Religie: islam", "\t• Vakbond (sinds 2019): FNV",
               "*Afkomst : x", "   -   Geloof:", "- - Religie: x", "Religie", "  Religie (n.v.t.)",
               " \t Afkomst\t(eigen opgave)\t: Marokkaans", "Kleur: blauw", "-Religie:x",
               "    ", "Naam: Mark de Vries", "  Locatie 2: kerk", "  * Religion: x",
               "\t- Ethnicity (self-reported) : y", "Trade union"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_label_line_is_read_as_the_backtracking_pattern_read_it(language: str) -> None:
    """The label patterns take a line's indent whole (possessive): on label lines of every
    indent and bullet they match as the pattern that gave the indent back did."""
    from detectors.special_lexicon import _phrase, load_lexicon

    lex = load_lexicon(language)
    old = re.compile(r"^[ \t]*[-•*]?[ \t]*(" + _phrase(list(lex.label_entity))
                     + r")(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*:", re.IGNORECASE | re.MULTILINE)
    text = "\n".join(LABEL_LINES)
    assert [(m.span(), m.group(1)) for m in lex.labels.finditer(text)] == \
        [(m.span(), m.group(1)) for m in old.finditer(text)]
    assert lex.labels.search(text) is not None


@pytest.mark.parametrize("pad", [" ", "\t", " \t", " - "])
def test_200_kb_of_blanks_after_a_name_is_no_statement(pad: str) -> None:
    """A name line then 200 KB of blanks (it took minutes: the label pattern gave the blanks
    back in n² ways): no statement, and a label after the blanks is still read."""
    from detectors.special_category import find_special
    from detectors.special_lexicon import load_lexicon

    blanks = pad * (200_000 // len(pad))
    assert find_special("Mark de Vries\n" + blanks, "nl") == []
    assert load_lexicon("nl").labels.search("Mark de Vries\n" + blanks + "\nReligie: islam")

"""The memoised walks over runs of rows (detectors/row_runs.py) answer as the plain walks
of columns.py do, line by line, on generated exports: long runs (a delimited run has no
length bound; aligned walks keep MAX_LINES lines, MAX_CHARS characters), header-like rows
inside them, rows of another width, blank lines alone and in pairs, rules, quoted cells and
over-long lines."""

from __future__ import annotations

import random

import pytest

from detectors import columns, row_runs
from detectors.columns import MAX_CHARS, MAX_LINE, MAX_LINES, _count, _is_header_line, _line_at

CELLS = ["123456782", "Jansen", "12", "a b", '"x;y"', "naam", "bsn"]


def _plain_row_head(text: str, lo: int, line: str) -> tuple[str | None, ...]:
    """columns._row_head as a walk over every line above: the run ends at a line of
    another width (returned), two blank lines in a row, an over-long line, or above a
    header line under a blank line; it has no length bound."""
    delimiter = columns._delimiter(line)
    if delimiter is None:
        return None, None, None
    count, header = _count(line, delimiter), None
    lines = text.split("\n")
    k = text.count("\n", 0, lo)
    below, blanks, gap = line, 0, False
    for above in reversed(lines[:k]):
        if len(above) >= MAX_LINE:
            break
        if not above.strip():
            blanks, gap = blanks + 1, True
            if blanks == 2:
                break
            continue
        blanks = 0
        if columns._RULE.match(above):
            continue
        if _count(above, delimiter) != count:
            return delimiter, header, above
        if gap and _is_header_line(below, delimiter):
            break  # ``below`` heads a table of its own
        if _is_header_line(above, delimiter):
            header = above
        below, gap = above, False
    return delimiter, header, None


def _plain_run_end(text: str, pos: int, limit: int | None) -> int:
    lo, line = _line_at(text, pos)
    delimiter = columns._delimiter(line)
    if lo < 0 or delimiter is None:
        return columns.run_end(text, pos, limit)  # not a delimited row: no run walk
    end, count = lo + len(line), _count(line, delimiter)
    blank = gap = False
    while end < len(text) and (limit is None or end - pos < limit):
        nxt, below = _line_at(text, end + 1)
        if nxt < 0:
            break
        if not below.strip():
            if blank:
                break  # two blank lines in a row
            blank = gap = True
        elif not columns._RULE.match(below):
            if _count(below, delimiter) != count or (gap and _is_header_line(below, delimiter)):
                break
            blank = gap = False
        else:
            blank = False
        end += 1 + len(below)
    return min(end, len(text))


def _plain_aligned_label(text: str, lo: int, line: str, x: int) -> str | None:
    """columns._aligned_label as it was first written: one walk per value (and the header
    over the value is the topmost line at least as wide as its row, when there is one);
    then the header words over the value where that cell stands over none of it, and over
    a number set one space from the field before it; last, the cell narrowed to the words
    over the value (columns._narrowed)."""
    row = columns._segments(line)
    # (stop 75) a half-empty row, a number and one cell, reads the nearest header only
    half = len(row) < 3
    if half and not (len(row) == 2 and x == 0 and row[0][1][0].isdigit()):
        return None
    inside = not (x == 0 or line[max(0, x - 2):x] == "  ")
    if inside and (line[x - 1:x] != " " or not line[x:x + 1].strip()):
        return None
    # (stop 66) letters one space after an id: the header word starting in their column
    letters_after_id = inside and not line[x].isdigit()
    if letters_after_id and not any(ch.isdigit() for ch in line[:x - 1].split(" ")[-1]):
        return None
    if not inside and columns._FORM_LABEL.search(line, 0, x):
        return None
    index = next((i for i, (s, _) in enumerate(row) if s == x), None)
    found = by_index = None
    full: list[tuple[str | None, tuple]] = []
    head: tuple = ()
    for walked, above in enumerate(columns._lines_above(text, lo, MAX_LINES)):
        cells = columns._segments(above)
        if len(cells) < 2 and (named := columns._split_names(above, len(row))):
            if index is not None and not inside:
                return named[index]  # a '|'-split header over the aligned rows
            break
        if len(cells) < 2 or (walked >= columns.MAX_ALIGNED and len(cells) != len(row)):
            break
        if columns._NUMBER.search(above) or not all(columns._is_name(c) for _, c in cells):
            continue
        found, head = columns._over(cells, row, x), cells  # (the header cell over x)
        if len(cells) >= len(row):
            full.append((found, cells))
        if index is not None and len(cells) == len(row):
            by_index = cells[index][1]
        if half:
            break
    if full:
        found, head = full[-1]
    if letters_after_id:
        return next((w for s, c in head for w, at in _word_starts(c, s) if at == x), None)
    if inside:
        word = line[x:].split(" ", 1)[0]
        return columns._words_over(head, word, x) if head else None
    value = dict(row).get(x, "")
    if head and (found is None or not columns._overlap(head, found, x, len(value))):
        found = columns._words_over(head, value, x) or found
    name = by_index or found
    # (stop 50: a fixed-width header's two names one space apart, read by the words over
    # the value; the same last step on both walks)
    return None if name is None else columns._narrowed(head, name, value, x, line)


def _word_starts(cell: str, start: int) -> list[tuple[str, int]]:
    """Each word of a header cell and the character column it starts at."""
    out, at = [], 0
    for word in cell.split(" "):
        if word:
            out.append((word, start + at))
        at += len(word) + 1
    return out


def _plain_aligned_end(text: str, lo: int, line: str, limit: int) -> int:
    width, end = len(columns._segments(line)), lo + len(line)
    if width < 3:
        return end
    full, gap = columns._segments(line), 0  # the last line as wide, lines since
    while end < len(text) and end - lo < limit:
        nxt, below = _line_at(text, end + 1)
        cells, gap = (columns._segments(below) if nxt >= 0 else ()), gap + 1
        if nxt < 0 or (len(cells) != width and below.strip() and not columns._RULE.match(below)
                       and not columns._under(cells, full if gap <= columns._FULL_ABOVE
                                              else ())):
            break
        full, gap = (cells, 0) if len(cells) == width else (full, gap)
        end += 1 + len(below)
    return min(end, len(text))


def _aligned(rng: random.Random) -> str:
    def cell() -> str:
        return rng.choice(["Naam", "Geboren", "Jan Smit", "123456782", "01-02-1990", "x"])

    rows = []
    for _ in range(rng.randint(50, 500)):
        r = rng.random()
        width = 4 if r < 0.9 else rng.randint(1, 5)
        rows.append("" if r < 0.03 else "-----" if r < 0.04
                    else "| Naam | Geboren | Nummer | Plaats |" if r < 0.045
                    else "".join(cell().ljust(rng.choice([12, 12, 14])) for _ in range(width))
                    .rstrip() + ("" if r < 0.99 else " " * 2100))
    return "\n".join(rows)


@pytest.mark.parametrize("seed", range(8))
def test_aligned_walks_match_the_plain_walks(seed: int) -> None:
    rng = random.Random(seed)
    text = _aligned(rng)
    _clear()
    positions = list(range(0, len(text) + 1, max(1, len(text) // 400)))
    rng.shuffle(positions)
    limit = rng.choice([MAX_CHARS, 300, 5000])
    for pos in positions:
        lo, line = _line_at(text, pos)
        if lo < 0:
            continue
        for x in {pos - lo, *(s for s, _ in columns._segments(line))}:
            assert columns._aligned_label(text, lo, line, x) == _plain_aligned_label(
                text, lo, line, x)
        assert columns._aligned_end(text, lo, line, limit) == _plain_aligned_end(
            text, lo, line, limit)


def test_run_ends_at_every_limit() -> None:
    """The walk's character limit, one by one: the run stops at the first line ending
    ``limit`` or more past where it started."""
    text = "a;b\nc;d\n\ne;f\n-----\ng;h;i\n" + "Jan Smit    123  45  6\n" * 6
    for limit in range(1, 60):
        _clear()
        for pos in range(len(text) + 1):
            assert columns.run_end(text, pos, limit) == _plain_run_end(text, pos, limit)
            lo, line = _line_at(text, pos)
            assert columns._aligned_end(text, lo, line, limit) == _plain_aligned_end(
                text, lo, line, limit)


def _export(rng: random.Random) -> str:
    d, width = rng.choice(";|,\t"), rng.randint(2, 4)
    rows = [d.join(["naam"] * width)]
    for _ in range(rng.randint(50, 700)):
        r = rng.random()
        rows.append(
            "" if r < 0.04 else "-----" if r < 0.05
            else d.join(["bsn", "naam", "x", "y"][:width]) if r < 0.09  # header-like
            else d.join(["1"] * (width + 1)) if r < 0.10  # another width
            else "z" * 2100 if r < 0.102  # over-long: the plain walk decides
            else d.join(rng.choice(CELLS) for _ in range(width)) + " " * rng.choice([0, 0, 400])
        )
    return "\n".join(rows) + rng.choice(["", "\n", "\n\n"])


def _clear() -> None:
    for cached in (columns._row_head, columns.column_label, row_runs.lines_of,
                   columns._aligned_heads):
        cached.cache_clear()


@pytest.mark.parametrize("seed", range(12))
def test_walks_match_the_plain_walks(seed: int) -> None:
    rng = random.Random(seed)
    text = _export(rng)
    _clear()
    positions = list(range(0, len(text) + 1, max(1, len(text) // 400)))
    rng.shuffle(positions)  # recognizers ask in any order; the memo must not care
    limit = rng.choice([None, MAX_CHARS, 300, 5000])
    for pos in positions:
        lo, line = _line_at(text, pos)
        if lo >= 0:
            assert columns._row_head(text, lo, line) == _plain_row_head(text, lo, line)
        assert columns.run_end(text, pos, limit) == _plain_run_end(text, pos, limit)


def test_a_row_any_distance_under_its_header_is_labelled() -> None:
    """A run of rows has no length bound: the last of 5,000 rows reads its header as the
    first does (a run ends at its shape, never at a count of lines)."""
    text = "naam;bsn\n" + "".join(f"Jansen;{i:09d}\n" for i in range(5000))
    _clear()
    first, last = text.index("\n") + 8, text.rindex("Jansen") + 7
    assert columns.column_label(text, first) == "bsn"
    assert columns.column_label(text, last) == "bsn"
    assert columns.run_end(text, 5) == len(text)  # the whole column under "bsn"

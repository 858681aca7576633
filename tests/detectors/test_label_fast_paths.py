"""The label readings' early exits give what the full readings give: a row of values under a
line of labels (header_line) left before its cells are split when it has more words than a
row has cells, and an OCR-confused label (labels.ocr_read) left unread when none of its
confusions is in it. Synthetic rows and labels (Faker nl_NL words, 11-check-valid numbers)."""

from __future__ import annotations

import random
import re

from faker import Faker

from detectors import context, header_line, labels
from tests.eval import synth

SEED = 20261201


def _cells_in_full(line: str) -> list[tuple[int, str]]:
    """header_line's cell split before the early exit: every row split."""
    gap = r"(?:[ \t]{2,}|\t)" if header_line._GAP.search(line) else r"\s"
    return [(m.start(), m.group()) for m in re.finditer(rf"\S(?:(?!{gap}).)*", line)]


def _paired_in_full(head: str, row: str, x: int) -> str | None:
    """header_line._paired as it read every row: the cells first, then the count."""
    if not head.strip():
        return None
    values = _cells_in_full(row)
    index = next((i for i, (s, c) in enumerate(values) if s <= x < s + len(c)), None)
    if index is None or not 2 <= len(values) <= header_line._MAX_CELLS:
        return None
    if not any(ch.isdigit() for ch in values[index][1]):
        return None
    gapped = header_line._GAP.search(row) is not None
    if not gapped and not all(any(ch.isdigit() for ch in c) for _, c in values):
        return None
    if header_line._OWN_LABEL.search(row):
        return None
    found = header_line._labels(head, gapped)
    if found is None or len(found) != len(values):
        return None
    return found[index]


def _row(fake: Faker, rng: random.Random) -> str:
    """A row of values, or a line of prose with numbers in it, single- or double-spaced."""
    values = [rng.choice([synth.bsn(rng), synth.phone(rng), fake.date(pattern="%d-%m-%Y"),
                          fake.word(), f"{rng.randint(1, 99999)}", "\u00a0", "Jan:"])
              for _ in range(rng.randint(1, 12))]
    return rng.choice([" ", "  ", "\t", " \u2003"]).join(values)


def _head(fake: Faker, rng: random.Random) -> str:
    words = ["Burgerservicenummer", "Personeelsnummer", "Geboortedatum", "Telefoon",
             "Ons kenmerk", "Uw kenmerk", fake.word(), ""]
    return rng.choice([" ", "  ", "\t"]).join(rng.choice(words)
                                               for _ in range(rng.randint(1, 9)))


def test_rows_left_early_read_as_the_full_split_reads_them() -> None:
    fake, rng = Faker("nl_NL"), random.Random(SEED)
    fake.seed_instance(SEED)
    read = 0
    for _ in range(1_500):
        head, row = _head(fake, rng), _row(fake, rng)
        for x in range(0, len(row), 3):
            want = _paired_in_full(head, row, x)
            assert header_line._paired(head, row, x) == want, (head, row, x)
            read += want is not None
    assert read > 100  # the rows that do read a label are among them


def test_a_label_without_a_confusion_is_not_rewritten() -> None:
    fake, rng = Faker("nl_NL"), random.Random(SEED)
    fake.seed_instance(SEED)
    parts = ["Sofinurnmer", "8SN", "5OFI", "Geb0ortedatum", "Burgerservicenumrner", "daturn",
             "BSN:", "Naam", "0612", "rn", "Mrn", "1990", "Ø8SN", "a1b", " ", ": ", "\n"]
    seen = 0
    for _ in range(5_000):
        label = "".join(rng.choice([*parts, fake.word(), fake.last_name()])
                        for _ in range(rng.randint(0, 6)))
        read = labels._OCR_RN.sub("m", label)
        read = labels._OCR_DIGIT.sub(lambda m: labels._OCR_LETTER[m.group()], read)
        read = labels._OCR_CAPS.sub(lambda m: labels._OCR_LETTER[m.group()].upper(), read)
        assert labels.ocr_read(label) == (read if read != label else None), label
        seen += read != label
    assert seen > 250


def test_label_readings_remembered_only_for_patterns_that_stay() -> None:
    """context._label_hit remembers a label's reading by its patterns' ids (a compiled
    pattern's hash reads its whole program): the data files' patterns, registered and kept,
    are remembered; one compiled here, which may go and leave its id to another, is not."""
    context._LABEL_HITS.clear()
    ctx, decoy = context.patterns("NL_BSN")
    bsn = labels.Label("bsn", "context")
    assert context._label_hit(ctx, decoy, 0.95, "BSN: ")[2] == (0.95, "label 'bsn'", bsn)
    assert (id(ctx), id(decoy), 0.95, "BSN: ") in context._LABEL_HITS
    passing = re.compile("bsn", re.IGNORECASE)
    assert context._label_hit(passing, None, 0.95, "BSN: ")[2] == (0.95, "label 'bsn'", bsn)
    assert (id(passing), id(None), 0.95, "BSN: ") not in context._LABEL_HITS


def _document(fake: Faker, rng: random.Random) -> str:
    """Lines of labels over values, labels and values listed after a colon or a copula
    (over a line break too), rows of an HR note and prose, in any order."""
    lines = []
    for _ in range(rng.randint(4, 14)):
        kind = rng.random()
        if kind < 0.3:
            lines += [_head(fake, rng), _row(fake, rng)]
        elif kind < 0.55:  # (the sentence may open on the line above its values)
            lines.append(rng.choice(["Personeelsnummer/BSN: ",
                                     "Hierbij mijn BSN en personeelsnummer: ",
                                     "The BSN and personnel number are ",
                                     "Graag: het BSN en personeelsnummer zijn\n",
                                     "As discussed: the BSN and personnel number are\n"])
                         + rng.choice([" / ", " en ", ", ", " and\n"]).join(
                             [synth.bsn(rng), synth.bsn(rng)]))
        elif kind < 0.8:
            lines.append(f"{fake.name()}; BSN {synth.bsn(rng)}; {synth.phone(rng)}; "
                         f"geb. {fake.date(pattern='%d-%m-%Y')}")
        else:
            lines.append(fake.sentence(rng.randint(3, 14)))
    return "\n".join(lines)


def test_labels_read_once_per_line_read_as_each_value_alone() -> None:
    """header_cell and paired_cell keep what a line's values share (the row's cells, whether
    a colon or copula stands on the line or the one above) per line: every value, asked in
    any order, reads the label it reads alone in a fresh reading of the full text."""
    fake, rng = Faker("nl_NL"), random.Random(SEED)
    fake.seed_instance(SEED)
    read = 0
    for _ in range(300):
        text = _document(fake, rng)
        starts = [m.start() for m in re.finditer(r"\d+", text)]
        alone = []
        for s in starts:
            header_line._lines.cache_clear()
            alone.append((header_line.header_cell(text, s), _paired_in_full_text(text, s)))
        header_line._lines.cache_clear()
        order = list(range(len(starts)))
        rng.shuffle(order)
        for i in order:
            s = starts[i]
            assert (header_line.header_cell(text, s), header_line.paired_cell(text, s)) == \
                alone[i], (text, s)
        read += sum(a is not None or b is not None for a, b in alone)
    assert read > 100  # values that do read a label are among them


def _paired_in_full_text(text: str, start: int) -> str | None:
    """paired_cell without its per-line look for a colon or copula (every value read)."""
    real = header_line._unmarked
    header_line._unmarked = lambda text, start: False
    try:
        return header_line.paired_cell(text, start)
    finally:
        header_line._unmarked = real

"""Edges of the readers added at stop 31, found by review: a value under no header word, long
runs of spaces and many small literals in a script, random digits in short fixed-width runs,
dots in addresses in a text written with capitals, PostgreSQL literals. Each case failed
(a crash, quadratic time, a false or lost finding) before its mend. Synthetic values only."""

from __future__ import annotations

import random

from faker import Faker

from detectors import detect
from detectors.fixed_width import glued_column_spans
from detectors.literal_rows import literal_column
from detectors.nl_bsn_number import is_valid
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(3131)


def _found(text: str, entity: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity}


def test_a_first_column_under_no_header_word_is_read_not_a_crash() -> None:
    rng = random.Random(1)
    a, b = synth.bsn(rng), synth.bsn(rng)
    text = (" " * 15 + "naam" + " " * 7 + "datum\n"
            f"{a}  Jan Smit  03-02-1990\n{b}  Piet Bos  04-05-1981\n")
    detect(text, "nl")  # raised KeyError in the header walk: the whole file was lost


def test_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """The row item pattern's lazy run before optional spaces took 5 s at 20k spaces, and
    PERSON's initials cue opened on every space of a run (4 s at 20k): at 200k each would
    take minutes. The result is what it was for short runs."""
    text = "cols = ['a', 'b']\n(x" + " " * 200_000 + "y)\nrows = [(1, 'Jan')]"
    assert literal_column(text, text.index("y)")) is None
    assert detect(text, "nl") is not None
    assert "Jan Smit" in _found("Dhr. Jan" + " " * 200_000 + "\nJan Smit belt morgen.", "PERSON")


def test_many_small_literals_under_many_headers_are_read_once_each() -> None:
    """A script of 6,000 header and row pairs (rows x headers was 20 s at 254 KB): each row
    is named by its own header."""
    rng = random.Random(2)
    people = [(synth.bsn(rng), _FAKE.last_name().replace("'", "")) for _ in range(3000)]
    text = "\n".join(f"f(['bsn{i}', 'naam'])\ng('{n}', '{s}')"
                     for i, (n, s) in enumerate(people))
    last = text.rindex(people[-1][0])
    assert literal_column(text, last) == f"bsn{len(people) - 1}"


def test_short_fixed_width_runs_of_random_digits_hold_no_bsn_column() -> None:
    """3 lines of 60 random digits held a column of 11-check numbers once in 30 runs."""
    rng = random.Random(3)
    found = 0
    for _ in range(400):
        lines = ["TX" + "".join(rng.choice("0123456789") for _ in range(60)) for _ in range(3)]
        found += len(glued_column_spans("\n".join(lines)))
    assert found == 0


def test_a_long_fixed_width_run_still_names_its_column() -> None:
    rng = random.Random(4)
    rows = []
    for i in range(6):
        rows.append(f"{i:04d}{_FAKE.last_name()[:10]:<10}{synth.bsn(rng)}"
                    f"{rng.randrange(10**8):08d}")
    text = "\n".join(rows)
    spans = glued_column_spans(text)
    assert len(spans) == 6
    assert all(is_valid(text[s:e]) for s, e in spans)


def test_addresses_do_not_make_a_capitalised_text_typed_small() -> None:
    text = ("Beste collega's,\n\nDe planning staat op www.intranet-flex.nl en de uren gaan via "
            "uren.flexwerk.nl. Vragen? Mail servicedesk@flexwerk.nl of kijk op "
            "wiki.flexwerk.nl onder project fenna en server sanne.\n\nMet vriendelijke groet,\n"
            "Team Planning\n")
    assert not {"fenna", "sanne"} & _found(text, "PERSON")


def test_postgresql_literals_and_any_case_keep_their_names() -> None:
    first, last = "Sanne", "Wijnhoven"
    for row in (f"('{first}'::varchar, '{last}'::text)", f"(E'{first}', '{last}')",
                f"(N'{first}', '{last}'::character varying(40))"):
        text = f"INSERT INTO kandidaat (voornaam, achternaam) VALUES {row};"
        assert {first, last} <= _found(text, "PERSON"), row
    text = f"insert into kandidaat (voornaam, achternaam) Values ('{first}', '{last}');"
    assert {first, last} <= _found(text, "PERSON")


def test_a_comment_header_names_rows_without_quotes() -> None:
    rng = random.Random(5)
    a, b = synth.bsn(rng), synth.bsn(rng)
    text = f"# (id, bsn, postcode)\n(1, {a}, 1234)\n(2, {b}, 5678)\n"
    assert literal_column(text, text.index(b)) == "bsn"

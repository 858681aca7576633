"""PERSON: a one-word cell under a column of ranks, jobs or roles ("Mate" under "Rank",
"Kok" under "Functie") is a job, never a name, in a row set with bars and padded with spaces
as in a delimited export; a cell of towns under "Woonplaats" padded with spaces is a town.
Twin: a quoted cell after a comma ('"Smit, Jan"', the space the cell's own) keeps its
name. Names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found

CREW = ("Nr | Name                | Rank       | Nat\n"
        "1  | WOLTERINK, Gerrit   | Skipper    | NL\n"
        "2  | HIEMSTRA, Jorrit    | {rank}     | NL\n")


@pytest.mark.parametrize("text", [
    CREW.format(rank="Mate"),
    "naam;functie\nWolterink;Kok\nHiemstra;Mate",
    "Medewerker\tRol\nJ. Wolterink\tTrainer\nA. Hiemstra\tMate\n",
    "| Naam          | Woonplaats |\n| Jorrit Sikkema | Horst      |\n",
])
def test_a_cell_under_a_rank_or_a_town_column_is_no_name(text: str) -> None:
    assert "Mate" not in found(text, "PERSON") and "Horst" not in found(text, "PERSON")


def test_a_quoted_cell_after_a_comma_is_no_padded_cell() -> None:
    text = 'naam,functie\n"Wolterink, Luuk",kok\n"Hiemstra, Daan",monteur\n'
    assert {"Luuk", "Daan"} <= set(found(text, "PERSON"))

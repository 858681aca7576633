"""DATE_OF_BIRTH: a second person's birth date in a gapped clause that shares the first's
verb ("Zij is geboren op 3 mei 1990 en haar man op 4 juni 1988", "born on ..., her husband
on ..."); a clause with a verb of its own gives another date ("en start op 4 juni 2026")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "second"), [
    ("Mw. Brink is geboren op 14-02-1987, dhr. Brink op 2 maart 1984 (gezien op ID).", "nl",
     "2 maart 1984"),
    ("Zij is geboren op 3 mei 1990 en haar man op 4 juni 1988.", "nl", "4 juni 1988"),
    ("She was born on 3 May 1990, her husband on 4 June 1988.", "en", "4 June 1988"),
])
def test_a_gapped_clauses_date_is_a_birth_date(text: str, lang: str, second: str) -> None:
    assert second in found(text, "DATE_OF_BIRTH", lang)


@pytest.mark.parametrize("text", [
    "Hij is geboren op 3 mei 1990, en start op 4 juni 2026.",
    "Zij is geboren op 3 mei 1990, Jan start op 4 juni 2026.",
    "Geboren op 3 mei 1990; in dienst op 1 juni 2020.",
])
def test_a_clause_with_its_own_verb_gives_another_date(text: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == ["3 mei 1990"]

"""An ID-check log's document-type column is known by what it holds ("paspoort",
"ID-kaart", "rijbewijs"), not only by a header that says so ("Soort document"). Under a
plain "Document" or "Wat" header the column was no kind column, so the number column
beside it ("Nummer") read each number under a bare "Nummer": the pipeline lost passport
and ID-card numbers that detect() finds in the same text. Numbers are format-valid and
generated, never a real document's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_text_tables import scan

IDS = ("BN7KD42L1", "PX3RT81M6", "KL9WQ27H4")
LICENCE = "5012345678"


def _log(kind_head: str, sep: str) -> str:
    rows = [("Datum", "Kandidaat", kind_head, "Nummer", "Geldig tot"),
            ("08-01-2024", "Visser, Anna", "paspoort", IDS[0], "11-02-2029"),
            ("08-01-2024", "Bakker, Tim", "ID-kaart", IDS[1], "30-09-2026"),
            ("09-01-2024", "Smit, Lotte", "rijbewijs", LICENCE, "17-05-2030"),
            ("10-01-2024", "Jansen, Bas", "Paspoort (NL)", IDS[2], "02-12-2032")]
    if sep == "  ":
        body = "\n".join("".join(c.ljust(16) for c in r).rstrip() for r in rows)
    else:
        body = "\n".join(sep.join(r) for r in rows)
    return f"ID-controle vestiging Utrecht\n{body}\n\nGecontroleerd door de planner.\n"


@pytest.mark.parametrize("kind_head", ["Document", "Wat", "Legitimatie", "Doc."])
@pytest.mark.parametrize("sep", ["  ", ";", "\t"])
def test_the_kind_column_is_known_by_its_values(tmp_path: Path, kind_head: str,
                                               sep: str) -> None:
    path = tmp_path / "id-controle.txt"
    path.write_text(_log(kind_head, sep), encoding="utf-8")
    findings = scan(path)
    ids = sorted(f.masked[-3:] for f in findings if f.entity == "NL_ID_DOCUMENT")
    assert ids == sorted(v[-3:] for v in IDS)
    assert [f.masked[-3:] for f in findings if f.entity == "NL_DRIVERS_LICENSE"] == [
        LICENCE[-3:]]
    assert all(f.location.endswith("column Nummer") for f in findings
               if f.entity in ("NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE"))


def test_a_column_of_other_words_is_no_kind_column(tmp_path: Path) -> None:
    """Under a bare 'Nummer' beside a column of job titles, a nine-character code is no
    passport number: nothing names a document type."""
    text = ("Planning week 12\nNaam;Functie;Nummer\nVisser, Anna;chauffeur;BN7KD42L1\n"
            "Bakker, Tim;orderpicker;PX3RT81M6\nSmit, Lotte;planner;KL9WQ27H4\n")
    path = tmp_path / "planning.txt"
    path.write_text(text, encoding="utf-8")
    assert [f for f in scan(path) if f.entity == "NL_ID_DOCUMENT"] == []

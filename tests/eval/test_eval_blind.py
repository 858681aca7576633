"""eval_blind's own reading of the labels (no blind document is opened here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.eval_blind import _spec_names


def test_a_category_written_with_a_space_or_hyphen_is_the_spec_name() -> None:
    label = {"doc": "1-x.txt", "special": ["trade union", "trade-union", "health",
                                           "SPECIAL_CRIMINAL", "sexual orientation"]}
    assert _spec_names(label)["special"] == [
        "SPECIAL_TRADE_UNION", "SPECIAL_TRADE_UNION", "SPECIAL_HEALTH", "SPECIAL_CRIMINAL",
        "SPECIAL_SEXUAL_ORIENTATION"]


@pytest.mark.parametrize("name", ["astrology", "SPECIAL_TRADE UNIONS", "trade_unions"])
def test_a_name_that_is_no_spec_category_raises(name: str) -> None:
    with pytest.raises(ValueError, match="none of the SPEC's"):
        _spec_names({"doc": "1-x.txt", "special": [name]})


def test_conventions_are_read_by_the_trainers_reader_and_none_without_the_file(
        tmp_path: Path) -> None:
    from detectors.data.learned.train import other_convention
    from tests.eval.eval_blind import Conventions, conventions

    absent = tmp_path / "conventions.toml"
    assert conventions("special-doctype-rules-1", absent) == Conventions()
    assert other_convention("special-doctype-rules-1", absent) == frozenset()
    absent.write_text('[doc_type.s-1]\ndocuments = ["001"]\n[rules.s-1]\nbsn-on-cv = ["002"]\n'
                      '[severity.s-1]\nspecial-category = "high"\n', encoding="utf-8")
    read = conventions("s-1", absent)
    assert read.doc_type == other_convention("s-1", absent) == frozenset({"001"})
    assert read.rules == (("bsn-on-cv", frozenset({"002"})),)
    assert read.severity == (("special-category", "high"),)


def test_a_labelled_value_found_inside_a_longer_token_is_neither_hit_nor_false_positive() -> None:
    from tests.eval.eval_blind import Span, score_found

    # a passport's machine-readable line holds the BSN the writer labelled on its own line;
    # the whole-word rule cannot label it there, so finding it there is neither
    doc = "BSN 1112.22.333\nXR4B12ZH80NLD7811023M3309173111222333<<<<<44\nkenmerk 111222334x\n"
    label = {"entities": [{"entity": "NL_BSN", "text": "1112.22.333"}], "decoys": []}
    inside = doc.index("3111222333") + 1
    found = [Span("NL_BSN", 4, 15), Span("NL_BSN", inside, inside + 9)]
    counts, _ = score_found(doc, label, found)
    assert counts == {("NL_BSN", "tp"): 1}
    # another text inside a longer token is still a false positive
    other = doc.index("111222334")
    counts, _ = score_found(doc, label, [*found, Span("NL_BSN", other, other + 9)])
    assert counts == {("NL_BSN", "tp"): 1, ("NL_BSN", "fp"): 1}

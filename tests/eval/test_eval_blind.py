"""eval_blind's own reading of the labels (no blind document is opened here)."""

from __future__ import annotations

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

"""The learned second opinion's finding shows a word, never a name (issue #15, stop 73).

A special-category finding's term is written out as it stands (the SPEC: special-category
findings give the matched term itself, since it is not an identifier). The learned model's
finding is its evidence sentence's strongest word for the category, and in the texts it
learned from a person's first name can weigh for one ("Yvonne" in one absence record): that
word would have gone into the report and the index as written. Its strongest word is now
chosen among words of three letters or more that are no listed name written with a capital
("moslim", a name too, stays the word in "Ik ben moslim"). Names here are made up.
"""

from __future__ import annotations

from detectors.special_learned import Evidence, _shown, _strongest


class _Model:
    """The one attribute _strongest reads: per word, its weight for each class."""

    def __init__(self, by_words: dict[str, tuple[float, ...]]) -> None:
        self.by_words = by_words


def test_names_and_short_words_are_never_shown() -> None:
    assert not _shown("yvonne", "Yvonne") and not _shown("kwame", "Kwame")
    assert not _shown("ik", "ik") and not _shown("voor_de", "voor de")  # function words
    assert _shown("partner", "partner") and _shown("politie", "Politie")
    assert _shown("moslim", "moslim")  # (a listed name too, written as the word it is)


def test_the_strongest_shown_word_is_chosen() -> None:
    text = "Yvonne is herstel"
    words = [(0, 6, "yvonne"), (7, 9, "is"), (10, 17, "herstel")]
    model = _Model({"yvonne": (3.0, 0.0), "is": (1.0, 0.0), "herstel": (0.5, 0.0)})
    found = _strongest(words, model, 0, text)  # type: ignore[arg-type]
    assert isinstance(found, Evidence) and found.word == "herstel"


def test_no_shown_word_no_finding() -> None:
    model = _Model({"yvonne": (3.0, 0.0), "ik": (1.0, 0.0)})
    found = _strongest([(0, 6, "yvonne"), (7, 9, "ik")], model, 0, "Yvonne ik")  # type: ignore[arg-type]
    assert found is None


def test_no_listed_name_of_the_shipped_model_is_shown_capitalised() -> None:
    """Every word of the shipped model's vocabulary that is a listed first name or surname
    (and no common word) is never shown when the text writes it with a capital."""
    from detectors.person_names import common_words, is_first_name, is_last_name
    from detectors.special_learned import load_learned

    names = [w for w in load_learned().by_words if isinstance(w, str) and w.isalpha()
             and w not in common_words()
             and (is_first_name(w.title()) or is_last_name(w.title()))]
    assert names  # (the model holds such words: the reason for the rule)
    assert not any(_shown(w, w.title()) for w in names)

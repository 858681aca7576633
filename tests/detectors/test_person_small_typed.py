"""Names typed small in a text typed small throughout (detectors/person_lower.py): a
speech-to-text transcript or a chat whose sentences open in lower case. A gazetteer first
name that is no common word, with its surname or alone in a sentence, is a name there; the
same words in a text written with capitals, a first name that is an ordinary word in lower
case, and a log's or table's value are not. All names synthetic (Faker nl_NL style); texts
written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_lower import small_typed


def _names(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


_TAIL = " oké. ja. dat klopt. nee hoor."  # (a transcript's short turns, typed small)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # first name and gazetteer surname, after a filler or a greeting
        ("eh ja, goedemorgen, u spreekt met ilse verbeek van de gemeente." + _TAIL,
         "ilse verbeek"),
        ("uh ja, mijn naam is hidde vlasblom en ik bel over mijn aanvraag." + _TAIL,
         "hidde vlasblom"),
        # particles: the word after them may be an ordinary word ("dam", "berg")
        ("ja dat heb ik met kees van dam besproken vorige week." + _TAIL, "kees van dam"),
        ("sorry, gerrit van den berg van de woningcorporatie belt terug." + _TAIL,
         "gerrit van den berg"),
        # a first name alone inside a sentence
        ("ja ik heb fenna gisteren nog gesproken over het rooster." + _TAIL, "fenna"),
        ("thx sanne, dan zie ik je morgen.\nok top. tot dan. ja.", "sanne"),
    ],
)
def test_a_name_typed_small_in_a_text_typed_small(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same sentence in a text written with capitals: left to the prose model, which
        # weighs capitals (a lower-case word there is a word)
        "Goedemorgen, u spreekt met ilse verbeek. Dat klopt. Ja. Prima. Tot ziens.",
        # a first name that is an ordinary word typed small (data/person.toml small_words)
        "ja ik doe de opleiding vmbo kader en dan verder. oké. ja. nee.",
        "ja ik nam een peer en een appel mee. oké. ja. nee hoor.",
        # a log's or a table's value: after a digit, a bracket, "=" or a dash
        "status: 9: fenna\nok: done. retry: no. user=sanne. todo(fenna). ok.",
        # a common word after a first name is no surname
        "ja ik heb sanne gisteren nog gesproken. oké. goed. dan doen we dat.",
    ],
)
def test_no_name_typed_small_where_the_text_or_the_word_says_otherwise(text: str) -> None:
    found = _names(text)
    assert not [n for n in found if " " in n], found
    assert not {"kader", "peer", "ilse verbeek"} & set(found), found
    if "status:" in text:
        assert found == [], found


def test_small_typed_reads_nothing_in_a_text_written_with_capitals() -> None:
    text = ("Ja, u spreekt met kees van dam. Dat klopt. Hij belt terug. Prima. "
            "Tot ziens.")
    assert list(small_typed(text)) == []

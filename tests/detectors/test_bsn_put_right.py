"""NL_BSN: a number put right under a bare label ("het goede nummer is ...", "the correct
number is ...") after a BSN that was wrong is the BSN; the same words after another kind of
number, or with no BSN before them, name no BSN. All numbers synthetic (11-check-valid, the
wrong ones not)."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    (("In het contract staat een BSN dat niet klopt (123456700, geen elfproef). Het juiste "
     "nummer is 123456782, zoals op de verblijfspas."), "nl"),
    (("BSN op de loonstrook: 123456700?? Dat haalt de check niet. Correcte nummer is "
     "123456782, gecheckt met de kopie."), "nl"),
    (("The BSN we have for Mr Antwi-Larbi fails the check (123456700). The correct number is "
     "123456782 according to his residence card."), "en"),
])
def test_a_bsn_put_right_is_the_bsn(text: str, lang: str) -> None:
    assert "123456782" in found(text, "NL_BSN", lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Het klantnummer op de factuur was fout, dit is het goede nummer: 123456782.", "nl"),
    ("BSN goed, klantnummer fout; het goede nummer is 123456782.", "nl"),
    ("The order number on the slip was wrong. The correct number is 123456782.", "en"),
    ("Pasje ingeleverd.\nNummer: 123456782", "nl"),
])
def test_the_same_words_after_another_kind_name_no_bsn(text: str, lang: str) -> None:
    assert found(text, "NL_BSN", lang) == []


# The answer to a question about the BSN under a bare number word ("number is ..."), the
# whole number after part of it ("het volledige nummer ..."), and a BSN said to be for
# something ("BSN voor het nieuwe contract is ...") are the BSN too; a bare number word
# with no BSN asked for before it stays no one's.
@pytest.mark.parametrize(("text", "lang"), [
    ("[09:12] Marit (HR): stuur je BSN nog door aub\n[09:15] Tadeusz: number is 123456782",
     "nl"),
    (("Zijn BSN eindigt volgens hem op 782; het volledige nummer "
     "123456782 staat zo in ons dossier."), "nl"),
    ("BSN voor het nieuwe contract is 123456782 toch?", "nl"),
])
def test_an_answer_the_whole_number_or_a_bsn_for_something(text: str, lang: str) -> None:
    assert "123456782" in found(text, "NL_BSN", lang)


@pytest.mark.parametrize("text", [
    "[09:12] Marit (HR): kun je me terugbellen?\n[09:15] Tadeusz: number is 123456782",
    "Zijn klantnummer eindigt op 782; het volledige nummer is 123456782.",
    ("[09:12] Marit (HR): stuur je BSN nog door aub\n[09:15] Tadeusz: de borg staat klaar "
    "onder nr 123456782"),
])
def test_a_bare_number_word_with_no_bsn_asked_stays_no_ones(text: str) -> None:
    assert found(text, "NL_BSN") == []

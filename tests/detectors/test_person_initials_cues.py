"""PERSON: the initials of a name seen in full (person_initials.of_names) after stop 35's
review: two bare capitals count only where the text cues a person, a cue word or a sentence's
opener before initials does not make them a form's code, and a long line of initials is read
once (synthetic names)."""

from __future__ import annotations

import pytest

from detectors import detect, person_initials
from tests.work_count import lines_run


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


# (text, letters that are an acronym here, not the initials of a name the text gives)
@pytest.mark.parametrize(("text", "acronym"), [
    ("Aanwezig: Olga Rutten, Ilse Claassen.\nZij ligt op de IC.", "IC"),
    ("Aanwezig: Mark Ruiter, Tim Kok.\nDe MR vergadert dinsdag.", "MR"),
    ("Deelnemers: Willem Oosting en Sara Vos. Zij studeert WO, hij doet een AD.", "WO"),
    ("Deelnemers: Anouk Dekker. Zij volgt een AD in Breda.", "AD"),
    ("Present: Sarah Mills, Ben Cole. The SM was late to stand-up.", "SM"),
    ("Aanwezig: Rik van Capelle. De RvC keurt het plan goed.", "RvC"),
    ("Aanwezig: Vera Bos. Het VB van de school is rond.", "VB"),
    ("Present: Grace Price. Her GP referred her.", "GP"),
    ("Present: Emma Reed. She went to the ER at night.", "ER"),
])
def test_two_capitals_with_no_cue_stay_an_acronym(text: str, acronym: str) -> None:
    assert acronym not in _names(text, "en" if "Present" in text else "nl")


# (text, initials that stand for a name given in full)
@pytest.mark.parametrize(("text", "lang", "initials"), [
    # introduced in brackets, then opening a sentence and after a verb
    ("Aanwezig: Sanne Bosman (SB).\nSB licht de cijfers toe. Daarna belt SB de klant.",
     "nl", ["SB", "SB", "SB"]),
    # after a dash and as a speaker at a line start
    ("Aanwezig: Lars Kramer.\nOfferte navragen – LK\nLK: de klant belt terug.\n", "nl",
     ["LK", "LK"]),
    # cue words and sentence openers before them (a capitalised word that does not block)
    ("Aanwezig: Jan Verbeek. Actie JV. Volgens JV is het klaar. Door JV.", "nl",
     ["JV", "JV", "JV"]),
    ("Attendees: Grace Okafor. Owner GO. By GO, with help from the team.", "en", ["GO", "GO"]),
    # mixed case is never an acronym's: free without a cue
    ("Aanwezig: Tim de Graaf. Het rooster ligt bij TdG.", "nl", ["TdG"]),
])
def test_cued_initials_are_a_person(text: str, lang: str, initials: list[str]) -> None:
    assert [n for n in _names(text, lang) if n in initials] == initials


@pytest.mark.parametrize("text", [
    # a capitalised word that is no cue before the letters: a form's column, a heading
    "Opgesteld door Jan Verbeek\nParaaf Werkgever JV Datum\n",
    "Medewerker: Jan Verbeek\nStatus Akkoord JV\n",
])
def test_a_capitalised_column_word_still_makes_a_code(text: str) -> None:
    assert "JV" not in _names(text)


# (what stands between the initials on one long line) the work per initials stays the same
# however many came before on the line (the line was cut out and searched back for each)
@pytest.mark.parametrize("between", ["overleg met ", "actie: ", "; "])
def test_initials_on_one_long_line_grow_linearly(between: str) -> None:
    from detectors.person import Name  # noqa: F401  (the names come from detect's reading)

    def found(n: int) -> int:
        return len(_names("Aanwezig: Jan Verbeek. " + f"{between}JV, " * n))

    def work(n: int) -> int:
        text = "Aanwezig: Jan Verbeek. " + f"{between}JV, " * n
        return lines_run(person_initials.__file__, lambda: detect(text, "nl"))

    one, two, three = found(200), found(400), found(600)
    assert two - one == three - two
    small, large = work(200), work(400)
    assert large <= 2.2 * small

"""A BSN a text reports under its label is that BSN wherever else its nine digits stand
(issue #14): inside a reference, after a name, in a row, in a file name mentioned. Only a
BSN reported at label score is repeated, and only in a text about a few people. All numbers
are synthetic (generated to pass the 11-check)."""

from __future__ import annotations

import pytest

from detectors import detect
from tests.work_count import lines_run

BSN = "546533784"
OTHER = "392968630"


def _found(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "NL_BSN"]


@pytest.mark.parametrize(("text", "lang"), [
    (f"Burgerservicenummer: {BSN}\nOns kenmerk: WW-2025-{BSN}-03\n", "nl"),
    (f"Uw dossier ZW/{BSN}/2025 is in behandeling.\nBSN {BSN}\n", "nl"),
    (f"Citizen service number: {BSN}\nReference: HR_{BSN}_final\n", "en"),
    (f"Sofinummer: {BSN}\n\nDhr. K. Vermeulen\n{BSN}\nPostbus 12\n", "nl"),
    (f"BSN werknemer: {BSN}\nBijlage: loonstrook-{BSN}.pdf\n", "nl"),
    (f"Re: case {BSN}-B\nThe employee's BSN is {BSN}.\n", "en"),
    (f"Betreft: A. Peters ({BSN}), ziekmelding\n\nBurgerservicenummer: {BSN}\n", "nl"),
    (f"BSN: {BSN}\nUw kenmerk: ZW-{BSN}-2\n", "nl"),
])
def test_a_labelled_bsn_again_where_no_label_reads_it(text: str, lang: str) -> None:
    assert _found(text, lang) == [BSN, BSN]


@pytest.mark.parametrize("text", [
    # a number no label reports is not repeated (nothing to repeat)
    f"Ordernummer: {BSN}\nReferentie WW-2025-{BSN}-03\n",
    # a column that names another number holds no repeat
    f"| Naam | Relatienummer |\n| A. Peters | {BSN} |\n\nBurgerservicenummer: {BSN}\n",
    # its digits inside a longer number are no repeat
    f"BSN: {BSN}\nRekening 1{BSN}\nBedrag {BSN}.50\nCode {BSN}7\n",
    # the value of another number's label that opens with its digits, or a code whose
    # letters are glued to them: that number's, not this BSN
    f"Burgerservicenummer: {BSN}\nKlantnummer: {BSN}-02\n",
    f"BSN: {BSN}\nPolisnummer: {BSN}\n",
    f"BSN: {BSN}\nLidmaatschapsnummer: L-{BSN}\n",
    f"BSN: {BSN}\nRelatienummer\n{BSN}\n",
    f"BSN: {BSN}\nContractnummer: C{BSN}\n",
    f"BSN: {BSN}\nArtikel {BSN}B is besteld.\n",
    f"BSN: {BSN}\nZending 7X{BSN} onderweg\n",
    f"BSN: {BSN}\nDossiernummer: AB{BSN}\n",
])
def test_what_is_no_repeat(text: str) -> None:
    assert _found(text).count(BSN) <= 1


def test_only_a_labelled_bsn_is_repeated() -> None:
    # the first number is a BSN by a nearby word only: its other place stays unreported
    text = (f"De gegevens van de nieuwe kracht zijn binnen, het BSN staat hieronder.\n\n"
            f"Nummer {OTHER} is gecontroleerd.\nRef X-{OTHER}-1\n")
    assert f"X-{OTHER}" not in "".join(
        text[d.start - 2:d.end] for d in detect(text, "nl") if d.entity == "NL_BSN")


def test_a_list_of_many_bsns_repeats_none() -> None:
    numbers = ["959030657", "264519826", "245902818", "154806298", "546533784", "392968630",
               "419174618", "532657184", "867527420"]
    text = "\n".join(f"BSN: {n}" for n in numbers) + f"\nRef X-{numbers[0]}-1\n"
    assert _found(text).count(numbers[0]) == 1


# (what stands between the repeats on one line) the repeats of one labelled BSN: the work
# per repeat stays the same however many came before (it was a walk over all spans each)
@pytest.mark.parametrize("between", ["x@y.nl ", "Ref ", "zie ook dossier "])
def test_repeats_work_grows_linearly(between: str) -> None:
    from presidio_analyzer import RecognizerResult

    from detectors import nl_bsn_repeats, spans

    def run(n: int) -> int:
        text = f"BSN: {BSN} " + f"{between}{BSN} " * n
        kept = [RecognizerResult("NL_BSN", 5, 14, 0.95)]
        # another finding beside each repeat, as an e-mail address is one
        kept += [RecognizerResult("EMAIL_ADDRESS", m, m + 1, 0.9)
                 for m in range(15, len(text), 40)]
        # (the overlap test is spans.overlapping's: its lines count too)
        return lines_run((nl_bsn_repeats.__file__, spans.__file__),
                         lambda: nl_bsn_repeats.repeats(text, kept))

    small, large = run(100), run(200)
    assert large <= 2.2 * small


def test_repeats_of_one_value_are_bounded() -> None:
    from presidio_analyzer import RecognizerResult

    from detectors.nl_bsn_repeats import _MAX_REPEATS, repeats

    text = f"BSN: {BSN}\n" + f"Zie {BSN}.\n" * (_MAX_REPEATS + 50)
    assert len(repeats(text, [RecognizerResult("NL_BSN", 5, 14, 0.95)])) == _MAX_REPEATS

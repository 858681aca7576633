"""NL_BSN: a number guessed a BSN from the words near it (a BSN word in reach, a block of
personal details) is no BSN where the same text labels its nine digits as another kind of
number elsewhere: the text says what it is. A BSN under its own label stays one, whatever
else the text writes; a guess with no such label elsewhere stays too. All numbers synthetic
(11-check-valid)."""

from __future__ import annotations

from tests.detectors.found import found

_BLOCK = ("Naam: Gerrit Oudshoorn-Brak\nGeboortedatum: 12-03-1980\nAdres: Molenweg 4, Ede\n"
          "123456782\n")


def test_a_record_id_the_text_labels_so_is_no_bsn() -> None:
    text = ("$ python -m tools.inspect_candidate 123456782\n"
            "Candidate(id=123456782, name='Gerrit', bsn=None, status='new')\n")
    assert found(text, "NL_BSN") == []


def test_a_personnel_number_the_query_names_is_no_bsn_beside_the_bsns() -> None:
    text = ("-- sofinummers van twee werknemers controleren\n"
            "SELECT pnr, sofi FROM personeel WHERE pnr IN (123456782, 111222333);\n"
            "-- 123456782 | 725763863\n-- 111222333 | 162275869\n")
    assert found(text, "NL_BSN") == ["725763863", "162275869"]


def test_a_guess_with_no_other_label_or_a_labelled_bsn_stays() -> None:
    assert found(_BLOCK, "NL_BSN") == ["123456782"]
    text = "BSN: 123456782\nOrdernummer: 123456782 (fout ingevoerd, zie melding)\n"
    assert "123456782" in found(text, "NL_BSN")

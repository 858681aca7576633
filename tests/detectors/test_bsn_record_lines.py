"""NL_BSN in a register's record lines (a UWV or payroll extract, one person a line): the
bare number beside a name and a birth date written as eight digits is the BSN, when the
row's other 11-check numbers are named by their own word ("IKV", "kenmerk") or are dates;
and a number that opens its line takes no label from the line above when that line ends
in a value of its own (the label there is that value's). All numbers synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str = "NL_BSN") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity]


# (BSN, birth date, name, the row's other numbers): each line opens with its BSN
ROWS = [
    ("246810002", "19840312", "VERMEULEN, T.", "20230101          IKV 700000008"),
    ("246810014", "19920728", "Bakker, Sanne", "20250601 20261130 dossier 700000021"),
    ("246810026", "19760105", "HENDRIKS, M.", "20190301          IKV: 700000033"),
    ("246810038", "20011119", "Yılmaz, Emre", "20260101          kenmerk 700000045"),
]


def _register(title: str) -> str:
    return title + "\n" + "\n".join(f"  {b} {d} {n:<28}{rest}" for b, d, n, rest in ROWS)


@pytest.mark.parametrize("title", [
    "UITTREKSEL POLISADMINISTRATIE - AANVRAAG 2026-1187",
    "Overzicht inkomstenverhoudingen per 1 december",
])
def test_a_register_lines_bare_number_beside_name_and_compact_date_is_the_bsn(
        title: str) -> None:
    text = _register(title)
    assert _found(text) == [b for b, *_ in ROWS]
    # the numbers named by their own word stay what their word says
    assert not {"700000008", "700000021", "700000033", "700000045"} & set(_found(text))


@pytest.mark.parametrize("text", [
    # two bare 11-check numbers on a row: which would be the BSN?
    "  246810051 19840312 VERMEULEN, T.   700000008\n  246810063 19920728 BAKKER, S.   700000021",
    # no birth year's date and no address: a list of codes, not of people
    "  246810051 20260312 VERMEULEN, T.   IKV 700000008\n",
])
def test_a_register_line_that_cannot_say_which_number_holds_no_bsn(text: str) -> None:
    assert _found(text) == []


def test_a_number_opening_its_line_takes_no_label_from_a_value_above() -> None:
    # the line above ends in a BSN under its label; the order numbers below are no BSNs
    text = ("Klant: J. Verbeek, BSN 246810075\n246810087 besteld op 3 maart\n"
            "246810099 besteld op 4 maart")
    assert _found(text) == ["246810075"]


def test_a_label_alone_on_the_line_above_still_labels_the_number() -> None:
    assert _found("Burgerservicenummer\n246810105") == ["246810105"]
    assert _found("Telefoon 2\n0612345678", "PHONE_NUMBER") == ["0612345678"]


def test_a_fixed_width_exports_fields_one_space_apart_are_named_by_the_header_over_them(
        ) -> None:
    """Fields that fill their columns stand one space apart ("19830517 246810117 06..."),
    and a personnel number that overflows its column shifts them a few characters: each is
    named by the header word it stands under most, so the personnel numbers (11-check-valid
    too) are not BSNs and the BSNs are."""
    people = [("246810117", "Verbeek, J.", "19830517", "0612345678"),
              ("246810129", "Bouzid, N.", "19990921", "0687001254"),
              ("246810002", "Mulder, P.", "19751102", "0104567832")]
    persnrs = ["700000008", "700000021", "700000033"]
    head = "PERSNR  NAAM              GEBDAT   BSN       TELEFOON       INDIENST"
    rule = "------  ----------------  -------- --------- -------------- --------"
    rows = [f"{p} {n:<16}  {d} {b} {t:<14} 20180312"
            for p, (b, n, d, t) in zip(persnrs, people, strict=True)]
    text = "\n".join([head, rule, *rows, "------", "3 records"])
    bsns = [d for d in detect(text, "nl") if d.entity == "NL_BSN"]
    assert [text[d.start:d.end] for d in bsns] == [b for b, *_ in people]
    assert {d.explanation for d in bsns} == {"label 'bsn'"}  # its column's, not a guess
    assert _found(text, "DATE_OF_BIRTH") == [d for _, _, d, _ in people]



def test_a_person_rows_other_dates_under_their_own_column_are_no_birth_dates() -> None:
    """A row with a name and a BSN makes its unlabelled date a birth date; not a date under
    a column of its own ("INDIENST"), where the row's phone cell is empty and the date
    stands alone after the BSN."""
    text = ("PERSNR  NAAM                          VOORN.       GEBDAT   BSN       TELEFOON"
            "       INDIENST\n"
            "------  ----------------------------  -----------  -------- --------- "
            "-------------- --------\n"
            "700000008 VERBEEK                       Jan          19830517 246810117 0612345678"
            "     20180312\n"
            "700000021 VAN DER BERG-SMIT             Nora         19620228 246810129          "
            "      20030915\n")
    assert _found(text, "DATE_OF_BIRTH") == ["19830517", "19620228"]

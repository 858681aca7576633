"""Issue #14, NL_ID_DOCUMENT typed in groups: a match is never cut out of a longer run of
digit groups. "BSN 948 154 718" holds the Dutch document number's shape from the label's
letters to the second group ("BSN 948 154"); a document number typed in groups ends where its
groups end. Twins: a grouped passport or ID-card number with words, a date or a comma after
it is still one."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity]


RUNS = [
    "paspoort gezien, BSN 948 154 718",
    "ID-kaart gecontroleerd: BSN 405 456 888 (via DigiD)",
    "NR BSN 639 575 158 - checken met ID",
    "the employee's BSN 965 544 576 is on his passport copy",
    "Paspoort ok. KLM 123 456 789 012",
    "identiteitsbewijs: REF AB 123 456 789",
    "Documentnummer volgt; PIN 12 34 56 78 90",
    "ID-kaart: Tel AA 06 12 34 56 78",
]
GROUPED = [
    "Paspoort XR 1001R5 8",
    "ID-kaart: XR10 01R5 8 (geldig tot 2031)",
    "paspoortnummer XR 1001R5 8, afgegeven in Utrecht",
    "Identiteitskaart XR10 01R5 8 geldig tot 12-03-2031",
]


@pytest.mark.parametrize("text", RUNS)
def test_no_document_number_is_cut_out_of_a_run_of_groups(text: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize("text", [t for t in RUNS if "BSN" in t])
def test_the_run_is_still_the_bsn(text: str) -> None:
    assert len(_found(text, "NL_BSN")) == 1


@pytest.mark.parametrize("text", GROUPED)
def test_a_grouped_document_number_is_still_one(text: str) -> None:
    assert len(_found(text, "NL_ID_DOCUMENT")) == 1


# A digit group after the grouped number (a date, a count, a phone number) is no group of
# its own: only a letters-only label before digit-only groups ("BSN 948 154") or a one-letter
# group before it ("B SN94 ...") cut it out of a run.
GROUPED_THEN_DIGITS = [
    "ID-kaart XR10 01R5 8 31 12 2030",
    "Paspoortnummer: XR 1001R5 8 12 maart 2030",
    "Paspoort XR10 01R5 8 1x kopie",
    "Documentnummer XR10 01R5 8 0612345678",
    "identiteitskaart NW92 BR3K 4 15-06-2029 verlopen",
]
RUNS_AFTER_A_LETTER = [
    "ID-kaart: B SN94 8154 7 18",
    "Paspoort: BS 948 154 71",
]


@pytest.mark.parametrize("text", GROUPED_THEN_DIGITS)
def test_a_grouped_number_before_a_digit_group_is_still_one(text: str) -> None:
    assert len(_found(text, "NL_ID_DOCUMENT")) == 1


@pytest.mark.parametrize("text", RUNS_AFTER_A_LETTER)
def test_no_number_is_cut_out_after_a_one_letter_group(text: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == []


# A digit after a grouped number that counts the word after it is a count, no group: the
# number ends before it. A single character with no word after it is still another group.
@pytest.mark.parametrize(("text", "want"), [
    ("Identiteitskaart: NW4K 82P3 1 2 kopieën in het dossier", "NW4K 82P3 1"),
    ("Paspoort XR10 01R5 8 3 pagina's gescand", "XR10 01R5 8"),
    ("ID card XR10 01R5 8 2 copies kept by payroll", "XR10 01R5 8"),
    ("Passport NW4K 82P3 1 4 scans attached", "NW4K 82P3 1"),
    ("ID-kaart: XR 1001R5 8 1 voorzijde en 1 achterzijde", "XR 1001R5 8"),
    ("Reisdocument XR10 01R5 8 2 keer gecontroleerd", "XR10 01R5 8"),
    ("identiteitsbewijs NW4K 82P3 1 5 dagen geldig na afgifte? nee", "NW4K 82P3 1"),
    ("Passport no. XR10 01R5 8 2 photos taken", "XR10 01R5 8"),
])
def test_a_count_after_a_grouped_number(text: str, want: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == [want]


@pytest.mark.parametrize("text", [
    "Paspoort: XR10 01R5 8 2 B",           # a group of one, then a code: a longer run
    "Identity card: XR10 01R5 8 2 X kept",
    "Identiteitskaart: XR10 01R5 8 2",
])
def test_a_single_group_after_it_is_still_a_run(text: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == []

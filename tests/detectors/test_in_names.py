"""Identifiers in file and member names: found (location 'file name'), masked in paths,
normalized as in a text, and without loading Presidio."""

from __future__ import annotations

import subprocess
import sys

import pytest

from detectors import normalize
from detectors.in_names import find_in_name, mask_identifiers
from reports.shown import escape_controls, link_target, shown


@pytest.mark.parametrize("name, expected", [
    ("loonstrook_111222333_2024.pdf", [("NL_BSN", "******333")]),
    ("cv 1234.56.782.docx", [("NL_BSN", "******782")]),
    ("cv-123-456-782.txt", [("NL_BSN", "******782")]),
    ("NL91ABNA0417164300.pdf", [("IBAN_CODE", "***************300")]),
    ("betaling NL91 ABNA 0417 1643 00.pdf", [("IBAN_CODE", "***************300")]),
    ("DE89370400440532013000_loon.pdf", [("IBAN_CODE", "*******************000")]),
    ("cv_jan.jansen@voorbeeld.nl.pdf", [("EMAIL_ADDRESS", "*" * 23 + ".nl")]),
    ("bel 06-12345678.txt", [("PHONE_NUMBER", "*********678")]),
    ("a\\xc3111222333.txt", [("NL_BSN", "******333")]),  # after an escaped byte
    ("111222333 NL91ABNA0417164300", [("NL_BSN", "******333"),
                                      ("IBAN_CODE", "***************300")]),
    # not identifiers
    ("rapport_2024-06-01.pdf", []),
    ("foto_20240615.jpg", []),  # 8 digits: a date far more often than a BSN
    ("order_111222334.pdf", []),  # fails the 11-check
    ("order_5111222333.pdf", []),  # glued to another digit: a longer number
    ("NL91ABNA0417164301.pdf", []),  # fails mod-97
    ("cv_jan@bedrijf.local.txt", [("EMAIL_ADDRESS", "*" * 17 + "cal")]),  # internal domain
    ("jan@server.lokaal.txt", []),  # no mail domain
    ("cv2024_jan.pdf", []),
])
def test_find_in_name(name: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.entity, d.masked) for d in find_in_name(name)] == expected


def test_a_name_fingerprints_like_the_same_value_in_a_text() -> None:
    for name, entity, typed in [("x_1234.56.782.pdf", "NL_BSN", "123456782"),
                                ("nl91abna0417164300.pdf", "IBAN_CODE", "NL91 ABNA 0417 1643 00"),
                                ("Jan@Voorbeeld.NL.txt", "EMAIL_ADDRESS", "jan@voorbeeld.nl"),
                                ("0612345678.txt", "PHONE_NUMBER", "+31 6 12345678")]:
        (det,) = find_in_name(name)
        assert (det.entity, det.normalized) == (entity, normalize(entity, typed))


@pytest.mark.parametrize("text, expected", [
    ("/share/HR/111222333/cv.txt", "/share/HR/******333/cv.txt"),
    ("smb://scan@fs1.voorbeeld.nl/HR/cv.txt", "smb://scan@fs1.voorbeeld.nl/HR/cv.txt"),
    ("attachment cv_123456782.pdf", "attachment cv_******782.pdf"),
    ("/plain/path.txt", "/plain/path.txt"),
])
def test_mask_identifiers(text: str, expected: str) -> None:
    assert mask_identifiers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("a\x07.txt", "a\\x07.txt"),
    ("cv\x1b[2J.txt", "cv\\x1b[2J.txt"),
    ("new\nline\t.txt", "new\\x0aline\\x09.txt"),
    ("c1\x85 del\x7f", "c1\\x85 del\\x7f"),
    ("cv_\u202efdp.exe", "cv_\\u202efdp.exe"),
    ("\u2066x\u2069", "\\u2066x\\u2069"),
    ("cv_\udcff.txt", "cv_\\xff.txt"),  # an undecodable byte (surrogateescape)
    ("é ü 中文 ok", "é ü 中文 ok"),
])
def test_escape_controls(text: str, expected: str) -> None:
    assert escape_controls(text) == expected


def test_shown_masks_before_escaping() -> None:
    # the escape's hex digits must not glue onto the number and hide it from the mask
    assert shown("\x05111222333") == "\\x05******333"


def test_link_target_climbs_to_a_folder_without_identifiers() -> None:
    assert link_target("/s/111222333/NL91ABNA0417164300.pdf") == "/s"
    assert link_target("/s/HR/cv.pdf") == "/s/HR/cv.pdf"
    assert link_target("/111222333.pdf") == "/"


def test_masking_does_not_load_presidio() -> None:
    code = ("import sys, reports.shown, reports.jsonl; "
            "reports.shown.shown('cv_111222333_jan@voorbeeld.nl_0612345678.txt'); "
            "sys.exit('presidio_analyzer' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_scan_parent_does_not_import_spacy() -> None:
    """The parent masks names and writes outputs but never detects: spaCy (~1 s of imports,
    once pulled in by the label module's stop words) stays in the workers."""
    code = ("import sys, scanner.cli, scanner.pipeline, reports.shown, reports.jsonl; "
            "reports.shown.shown('cv_111222333_jan@voorbeeld.nl_0612345678.txt'); "
            "sys.exit('spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

"""The SPEC normalization table and masking, as used by fingerprints and `subject`."""

from __future__ import annotations

import pytest

from detectors import mask, normalize

P = "P<NLDJANSEN<<SANNE<<<<<<<<<<<<<<<<<<<<<<<<<<\nXR1001R586NLD8503127M3101012497431087<<<<<10"


@pytest.mark.parametrize(
    "entity, value, expected",
    [
        ("NL_BSN", "1234.56.782", "123456782"),
        ("NL_BSN", "123 456 782", "123456782"),
        ("NL_BSN", "12345672", "012345672"),
        ("NL_BSN", "123456789", None),  # fails 11-check
        ("IBAN_CODE", "NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"),
        ("IBAN_CODE", "nl91abna0417164300", "NL91ABNA0417164300"),
        ("IBAN_CODE", "NL91 ABNA 0417 1643 01", None),
        ("EMAIL_ADDRESS", "Jan.Jansen@Voorbeeld.NL", "jan.jansen@voorbeeld.nl"),
        ("PHONE_NUMBER", "06-12345678", "+31612345678"),
        ("PHONE_NUMBER", "+31 (0)20 123 4567", "+31201234567"),
        ("PHONE_NUMBER", "12", None),
        ("DATE_OF_BIRTH", "31-12-1990", "1990-12-31"),
        ("DATE_OF_BIRTH", "1990-12-31", "1990-12-31"),
        ("DATE_OF_BIRTH", "31-13-1990", None),
        ("NL_ID_DOCUMENT", "xr 1001r5.8", "XR1001R58"),
        ("NL_ID_DOCUMENT", P, "XR1001R58"),  # an MRZ: its document number
        ("NL_VAT", "nl 0044.95.445.B01", "NL004495445B01"),
        ("NL_DRIVERS_LICENSE", "51 2345 6789", "5123456789"),
        ("NL_KVK", "1234 5678", "12345678"),
        ("PERSON", "  Jan   de  Vries ", "jan de vries"),
        ("SPECIAL_HEALTH", "Diabetes  Type 2", "diabetes type 2"),
    ],
)
def test_normalize(entity: str, value: str, expected: str | None) -> None:
    assert normalize(entity, value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("123456782", "******782"),
        ("NL91ABNA0417164300", "***************300"),
        ("abc", "***"),
        ("", ""),
    ],
)
def test_mask(value: str, expected: str) -> None:
    assert mask(value) == expected

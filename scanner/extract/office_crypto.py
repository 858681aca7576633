"""Encryption checks for Office files (msoffcrypto-tool for OLE2 containers)."""

from __future__ import annotations

import zipfile
from io import BytesIO

from scanner.extract.errors import EncryptedDocument


def raise_if_encrypted_ole(data: bytes) -> None:
    """Encrypted OOXML (a CFB container with EncryptionInfo), encrypted .doc/.xls/.ppt."""
    import msoffcrypto

    try:
        office = msoffcrypto.OfficeFile(BytesIO(data))
        encrypted = office.is_encrypted()
    except Exception:  # noqa: BLE001 - not an Office container msoffcrypto knows
        return
    if encrypted:
        raise EncryptedDocument("password-protected Office document")


def raise_if_encrypted_zip(z: zipfile.ZipFile) -> None:
    """ODF encryption is declared per part in the manifest."""
    if "META-INF/manifest.xml" in z.namelist() and b"encryption-data" in z.read(
            "META-INF/manifest.xml"):
        raise EncryptedDocument("password-protected OpenDocument file")

"""Encryption checks for Office files (msoffcrypto-tool for OLE2 containers)."""

from __future__ import annotations

import zipfile
from io import BytesIO

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.errors import CorruptDocument, EncryptedDocument


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
    if "META-INF/manifest.xml" not in z.namelist():
        return
    try:
        manifest = z.read("META-INF/manifest.xml")
    except ZIP_ERRORS as e:
        raise CorruptDocument("unreadable OpenDocument manifest") from e
    if b"encryption-data" in manifest:
        raise EncryptedDocument("password-protected OpenDocument file")

"""privacyscan: find personal data on file shares and check it against the privacy statement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["check_upload"]

if TYPE_CHECKING:
    from scanner.check import Verdict


def check_upload(data: bytes, filename: str, lang: str = "nl", **kwargs: Any) -> Verdict:
    """Pre-upload check of one CV; see :func:`scanner.check.check_upload`."""
    from scanner.check import check_upload as _check_upload

    return _check_upload(data, filename, lang=lang, **kwargs)

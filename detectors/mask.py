"""Masking: the only form in which an identifier leaves the detectors (SPEC.md)."""

from __future__ import annotations

KEEP = 3  # SPEC: all but the last 3 characters replaced by '*'


def mask(value: str) -> str:
    """Replace all but the last three characters of ``value`` by '*'.

    >>> mask("123456782")
    '******782'
    >>> mask("ab")
    '**'
    """
    if len(value) <= KEEP:
        return "*" * len(value)
    return "*" * (len(value) - KEEP) + value[-KEEP:]

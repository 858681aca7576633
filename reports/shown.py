"""How text from a file (paths, member and attachment names, locations) is shown in every
output and printed line: identifiers masked, control and direction characters escaped.

Anyone can name a file on a share: a BEL, an ANSI escape or an RTL override in a name must
neither break the workbook (XML forbids most control characters) nor the terminal, nor
disguise one name as another. Escapes are visible and Python-style: ``\\x07``, ``\\u202e``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.in_names import has_identifier, mask_identifiers

# C0 and C1 controls, DEL, the bidirectional marks, overrides and isolates, lone surrogates
# (undecodable bytes) and the two non-characters XML refuses.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff\ufffe\uffff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """Control and direction characters as visible escapes.

    >>> escape_controls("a\\x07.txt"), escape_controls("cv_\\u202efdp.exe")
    ('a\\\\x07.txt', 'cv_\\\\u202efdp.exe')
    """
    return _UNSAFE.sub(_escape, text)


@lru_cache(maxsize=65_536)
def shown(text: str) -> str:
    """``text`` as any output shows it: identifiers masked, then controls escaped.

    >>> shown("/s/loonstrook_111222333\\x1b[2J.pdf")
    '/s/loonstrook_******333\\\\x1b[2J.pdf'
    """
    return escape_controls(mask_identifiers(text))


def link_target(path: str) -> str:
    """What a hyperlink may point at: the path, or its nearest folder whose path holds no
    identifier (a link's target is visible to whoever opens the workbook).

    >>> link_target("/share/HR/loonstrook_111222333.pdf")
    '/share/HR'
    """
    while has_identifier(path):
        parent = path.rsplit("/", 1)[0]
        if parent in ("", path) or parent.endswith(":/"):
            return "/"
        path = parent
    return path

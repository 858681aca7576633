"""NL_BSN: a number listed after a number of another kind takes that number's label.

"Klantnummers: 123456782, 234567893 en 345678904", "Candidate IDs in ATS: ..., ...": one
label names every item of the list it opens (issue #14's registry and client numbers). The
list is read back from the value over items of the same shape (eight or nine digits, grouped
or not) joined by a comma, slash, '&' or a conjunction with a space after it; a CSV row's
fields (no space after the comma, ';', '|', a tab) are no such list.
"""

from __future__ import annotations

import regex

# One earlier item and the separator before the value: "123456782, ", "123 456 782 en ".
_ITEM_BEFORE = regex.compile(
    r"(?<![\w+/\-.,])(\d(?:[ .]?\d){7,8})(?:[ ]?[,/&][ ]|[ ](?:en|and|of|or|und|et)[ ])$",
    regex.IGNORECASE)
_MAX_ITEMS = 12  # a list longer than this is a table's column, read by columns.py


def first_item(text: str, start: int) -> int | None:
    """Where the list that the number at ``start`` is a later item of begins, or None when
    no item of its shape stands right before it.

    >>> first_item("IDs: 123456782, 234567893, 345678904.", 27)
    5
    >>> first_item("Tel 06-1234, 123456782", 13) is None
    True
    """
    first, pos = None, start
    for _ in range(_MAX_ITEMS):
        m = _ITEM_BEFORE.search(text, max(0, pos - 24), pos)
        if m is None:
            break
        first = pos = m.start(1)
    return first

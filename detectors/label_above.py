"""The label of a value that opens its line: the line above, read past what paper and mail
put between a label and its value.

A scanned form read by tesseract sets a blank line or a stray mark ("|", "»") between a
label and the value under it, and a page break sets the page's footer and the next page's
header there ("Pagina 1 van 2"). A quoted reply opens every line with "> " or ">> ": a
value alone on its quoted line opens it as much as one without. Only a label line alone
(no digit: no other label's value) is read across such lines.
"""

from __future__ import annotations

import re

from detectors.labels import Label

# A reply's quote markers ("> ", ">> ", "> > "), the whole prefix of a quoted value.
QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
# Lines between a label and its value that are neither: blank, a stray mark or two ("|",
# "~ ·"; not a table's rule, which closes the cells above it), or a page's header or footer
# with its page number ("Pagina 1 van 2", "Page 2 of 3", "blz. 2/3", "- 2 -").
_NOISE = re.compile(r"[\W_]*")
_MAX_MARKS = 2
_PAGE = re.compile(r"(?:^|\s)(?:pagina|page|blz\.?|p\.)[ \t]*\d+[ \t]*(?:van|of|/)[ \t]*\d+"
                   r"|^[\W_]*-[ \t]*\d{1,3}[ \t]*-[\W_]*$", re.IGNORECASE)
_MAX_SKIPPED = 4  # lines passed over (a footer, a form feed, the next page's header, a blank)
_MAX_REACH = 400  # characters walked up, so a value under a long run of blank lines is cheap


def opens_line(prefix: str) -> bool:
    """The text before a value on its line holds nothing but quote markers.

    >>> opens_line("> "), opens_line(">> > "), opens_line("BSN: ")
    (True, True, False)
    """
    return QUOTE.fullmatch(prefix) is not None


def line_above(text: str, newline: int, chars: int) -> str:
    """The label line above the value whose line starts after ``newline`` (the last
    ``chars`` characters of it, its quote markers cut), past blank, mark-only and page
    header or footer lines when the line reached is a label alone; "" when there is none.
    Of a line longer than the reach, its last characters within reach: a label ends the
    line its value follows (never the text's first line, nor a walk back to it).

    >>> line_above("Burgerservicenummer:\\n\\n|\\n123", 22, 40)
    'Burgerservicenummer:'
    >>> line_above("> BSN:\\n> 123", 6, 40)
    'BSN:'
    >>> line_above("Naam: Jan 12\\n\\n123", 13, 40)
    ''
    >>> line_above("1 " + "x" * 500 + " BSN:\\n\\n123", 508, 40)[-5:]
    ' BSN:'
    """
    end, skipped = newline, 0
    while end > 0 and newline - end <= _MAX_REACH:
        lo = max(text.rfind("\n", max(0, end - _MAX_REACH), end) + 1, end - _MAX_REACH)
        line = _unquoted(text[lo:end])
        if not _skippable(line):
            if skipped and any(map(str.isdigit, line)):
                return ""  # another label's value: ours has none above it
            cut = aside_start(line, len(line))
            line = line[:cut].rstrip() if cut < len(line) else line  # "BSN (zie paspoort)"
            return line[-chars:] if len(line) > chars else line
        skipped += 1
        if skipped > _MAX_SKIPPED or lo == 0:
            return ""
        end = lo - 1
    return ""


# An aside in brackets between a label and its value, as a form explains where to find it:
# "Burgerservicenummer (staat op uw paspoort, ID-kaart of rijbewijs): ...". Up to this many
# characters; the label is what stands before it.
_MAX_ASIDE = 160
_ASIDE_WORDS = 3


def aside_start(text: str, end: int) -> int:
    """Where an aside that closes right before ``end`` (past ' ', ':', '-', and a linking
    "is"/"luidt") opens on its line: one in brackets of three words or more, or one between
    commas before "is"; ``end`` when there is none.

    >>> text = "BSN (zie uw paspoort of ID-kaart): 1"
    >>> text[:aside_start(text, 35)]
    'BSN '
    >>> text = "Mijn BSN, zoals gevraagd, is 1"
    >>> text[:aside_start(text, 29)]
    'Mijn BSN'
    >>> aside_start("BSN: 1", 5), aside_start("x (a) b: 1", 9), aside_start("Nummer (Rijbewijs NL): 1", 23)
    (5, 9, 23)
    """
    i = end
    while i > 0 and text[i - 1] in " \t:-":
        i -= 1
    link = _LINK.search(text, max(0, i - 8), i)
    if link is not None:
        i = link.start()
    if i == 0 or text[i - 1] not in "),":
        return end
    if text[i - 1] == ",":  # ", zoals gevraagd, is": only before a linking word
        j = text.rfind(",", max(0, i - _MAX_COMMA_ASIDE), i - 1)
        ok = link is not None and j > 0 and "\n" not in text[j:i]
        return j if ok and len(text[j:i].split()) >= 2 else end
    depth, j = 0, i
    while j > max(0, i - _MAX_ASIDE):
        j -= 1
        ch = text[j]
        if ch == "\n":
            return end
        depth += ch == ")"
        depth -= ch == "("
        if depth == 0:  # an aside says something; a word or two is a kind ("Nummer (Paspoort)")
            # unless they say where it was read ("BSN (van toegangspas)", "(see passport)")
            source = _SOURCE.match(text, j + 1, i)
            return j if len(text[j:i].split()) >= _ASIDE_WORDS or source else end
    return end


_LINK = re.compile(r"[ \t]+(?:is|luidt|was|=)$", re.IGNORECASE)
# an aside that opens with where its value was read: "(van toegangspas)", "(zie ID)"
_SOURCE = re.compile(r"[ \t]*(?:van|zie|uit|volgens|vgl\.?|from|see|per|as on|cf\.?)[ \t]",
                     re.IGNORECASE)
_MAX_COMMA_ASIDE = 60


def _unquoted(line: str) -> str:
    m = QUOTE.match(line)
    return line[m.end():] if m and ">" in m.group() else line


def _skippable(line: str) -> bool:
    if len(line) > _MAX_FURNITURE:
        return False  # a line of prose or a table's row: never a page's header or a mark
    marks = "".join(line.split())
    return (len(marks) <= _MAX_MARKS and _NOISE.fullmatch(marks) is not None) or (
        _PAGE.search(line) is not None)


_MAX_FURNITURE = 120


# A scanned form's fields: runs of words set apart by three spaces or more (tesseract doubles
# a space inside a label: "Geboren  op").
_FIELD = re.compile(r"\S+(?:[ ]{1,2}\S+)*")
_MAX_COLUMN_LINES = 4  # lines walked up the value's column (another column's value, a blank)
_SLACK = 2  # a label may open a character or two right of its value's first one
_DELIMITED = re.compile(r"[;|\t]|,.*,")
_FILLED = re.compile(r"[:=][ ]*[^\s:=]")  # "Naam: Jan": a field with its value


def column_label_above(text: str, start: int) -> str:
    """On a scanned form whose fields stand in columns, the label in the column of a value
    that opens its line: the fields of the nearest line above that reach the value's column
    (open at or before it), past lines whose fields all stand right of it (the next column's
    value) and blank ones; "" when that line holds a value of its own (a digit, a filled
    "Naam: Jan") or none is found. The fields right of the value's column are another field's label or value.

    >>> column_label_above("geb.          Dossiernr.\\n              798 192 768\\n12-07-1982", 51)
    'geb.'
    >>> column_label_above("   Geboren  op   :        te  :  Nador\\n                 17-08-1999", 56)
    'Geboren  op :'
    >>> column_label_above("Naam: Jan   BSN\\n123", 16), column_label_above("nr;bsn\\n1;2", 7)
    ('', '')
    """
    newline = text.rfind("\n", 0, start)
    if newline < 0 or text[newline + 1 : start].strip():
        return ""
    col, end = start - newline - 1, newline
    for _ in range(_MAX_COLUMN_LINES):
        if end <= 0:
            return ""
        lo = text.rfind("\n", max(0, end - _MAX_REACH), end) + 1
        if lo == 0 and end > _MAX_REACH:
            return ""  # the line above is longer than the reach: prose, not a form's row
        if _DELIMITED.search(text, lo, end):
            return ""  # a delimited row's header: its column's label is columns.py's reading
        fields = [m for m in _FIELD.finditer(text, lo, end) if m.start() - lo <= col + _SLACK]
        if fields:
            label = " ".join(m.group() for m in fields)
            return "" if any(map(str.isdigit, label)) or _FILLED.search(label) else label
        end = lo - 1
    return ""


# A form's boxes, one digit a box: single digits a space or a bar apart ("1 2 0 3 1 9 9 0",
# "5 | 0 | 1 ..."), no two digits side by side.
_BOXES = re.compile(r"\d(?:[ ]*[|\-/.]?[ ]*\d)+")
_ASIDE_IN_LABEL = re.compile(r"\([^()\n]{0,40}\)")  # "(ddmmjjjj)": a hint of the boxes' format
def boxes_under_a_heading(text: str, start: int, end: int, label: Label | None) -> bool:
    """Boxes (single digits a space or bar apart) that open their line under a heading
    holding the word of the ``label`` they were read under: two words or more follow
    the word on its line, and no ':' ("Rijbewijs categorieën behaald per jaar\\n1 2 3 ...",
    "Geboortecijfers per maand\\n1 2 0 3 ..."). A field's label ends its line or with one word
    more ("Geboren op", "Rijbewijs nr."), takes a ':', or has its boxes on its line.

    >>> heading = Label("geboortecijfers", "context")
    >>> boxes_under_a_heading("Geboortecijfers per maand\\n1 2 0 3 1 9 9 0", 26, 41, heading)
    True
    >>> field = Label("rijbewijs", "context")
    >>> boxes_under_a_heading("Rijbewijs nr.\\n5 0 1 2 3 4 5 6 7 8", 14, 33, field)
    False
    """
    value = text[start:end]
    if label is None or re.search(r"\d\d", value) or _BOXES.fullmatch(value) is None:
        return False
    word = label.word
    at = text.lower().rfind(word, max(0, start - _MAX_REACH), start)
    if at < 0:
        return False
    gap = text[at + len(word) : start]
    if "\n" not in gap:
        return False  # the boxes on the label's line
    rest = _ASIDE_IN_LABEL.sub(" ", gap[: gap.index("\n")])
    return ":" not in rest and len(rest.split()) >= 2

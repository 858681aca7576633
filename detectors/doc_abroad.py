"""Whether a passport or ID-card number of the Dutch shape is another country's document.

A Polish passport (2 letters, 7 digits) or ID card (3 letters, 6 digits) has the Dutch
number's shape (stdnum.nl.identiteitskaartnummer); only the words around it say whose it is.
Words: data/abroad.toml, country names from pycountry (English and Dutch).
"""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache

import pycountry
from stdnum.nl import identiteitskaartnummer

from detectors.columns import column_label, row_cell_spans, row_cells
from detectors.context import DATA, DataFileError, _load, label_before, number_words, patterns

__all__ = ["abroad_column", "document_before", "foreign_shape", "is_abroad"]

# The label's last field: forms and rows set fields apart by a wide gap, a bar or a semicolon
# ("Geboorteplaats: Gdańsk, Polen   Paspoort: ..." is a Dutch passport's line as often).
_FIELD_GAP = re.compile(r"\s{2,}|[\t|;]")
# What follows the number on its line in brackets or after a dash or comma: "(PL)", "(afgegeven
# in Ierland)", ", Polish ID card".
_TAIL = re.compile(r"[ \t]*[(,\u2013\u2014-][ \t]*([^:\n|;)]{1,48})")
# A delimited row (a space-aligned line is a form's fields as often as a table's row).
_ROW = re.compile(r"[|;\t].*[|;\t]|,.*,")
# A country's code in brackets ("paszport (PL)"); a bare one in a cell is as often a
# recruiter's initials ("KP", "MV").
_BRACKETED = re.compile(r"\(([A-Z]{2,3})\)")


def is_abroad(text: str, start: int, end: int) -> bool:
    """True when the number's label, its row or its bracketed tail names another country
    and none names the Netherlands. (A nationality stated elsewhere in the block is not
    enough: a CV's passport number is a rule's finding whatever the holder's nationality.)

    >>> is_abroad("Paspoort (Polen): EK4418203", 18, 27)
    True
    >>> is_abroad("Poolse identiteitskaart nr.: AYD482913", 29, 38)
    True
    >>> is_abroad("Paspoort (Nederland): EK4418203", 22, 31)
    False
    >>> is_abroad("Geboorteplaats: Gdansk, Polen   Paspoort: EK4418203", 42, 51)
    False
    >>> is_abroad("Paspoort (PL)      EK4418203", 19, 28)
    True
    >>> is_abroad("Pools paspoort EK4418203, niet in het NL-veld zetten", 15, 24)
    True
    >>> is_abroad("paspoort / passport: CB7712093 (PT)", 21, 30)
    True
    """
    near = _near(text, start, end)
    if any(_code_cell(cell) for cell in near[3:]):
        return True  # a row's cell of the document's kind: "LT passport", "PL ID card"
    # the number's own label (its field on the line) says whose document it is; a Dutch word
    # after the number speaks of another ("Polish ID card ... do not enter in the NL field")
    said = _said(near)
    if said is None and _bare_number_line(text, start):
        said = _said([_kind_above(text, start)])  # "Type: paszport (PL)" over "Nr.: ..."
    if said is None and (kind := _kind_beside(text, start)):
        said = _said([kind])  # "soort: paszport (PL)      nr: ..." on one line
    return _said(near[:2]) is True or bool(said) or (said is None and (
        _holder_abroad(text, start, end) or _column_abroad(text, start, end)))


def _code_cell(cell: str) -> bool:
    """A cell that is another country's code and a document word, nothing else: a crew or
    staff list's column of document kinds ("LV passport", "RO ID card"). (In a label a code
    before the word may be the holder's nationality: "Nat. PL Paspoort: ...".)

    >>> _code_cell(" LV passport "), _code_cell("NL passport"), _code_cell("PL")
    (True, False, False)
    """
    m = _CODE_FIRST.fullmatch(cell.strip())
    return m is not None and m.group(1) in _all_codes() and _any_document().fullmatch(
        m.group(2)) is not None


_CODE_FIRST = re.compile(r"([A-Z]{2,3})[ \t]+(\w[\w\s.'-]{1,30})")
_ABOVE_REACH = 2  # lines above a bare number word's line read for the document it numbers


@cache
def _bare_number_word() -> re.Pattern[str]:
    """A line that is only a number word up to the number ("Nummer .......... ", "Nr.: ",
    "Documentnummer: "): a form's field whose document the line above names
    (context.number_words)."""
    words = "|".join(map(re.escape, number_words()))
    # (stop 74) the document's number that says not which document: "Documentnummer:",
    # "Document no." under "Identiteitsbewijs: Poolse identiteitskaart"
    return re.compile(rf"[ \t]*(?:(?:document|doc\.?)[ ]?)?(?:{words}|n[º°])\.?[ \t.:]*",
                      re.IGNORECASE)


def _bare_number_line(text: str, start: int) -> bool:
    """The number's line is only a number word up to it ("Nummer ......: "), read within
    _LINE_REACH characters (a line longer than that before the number is no such field)."""
    lo = max(0, start - _LINE_REACH)
    head = text.rfind("\n", lo, start) + 1
    if head == 0 and lo > 0:
        return False
    return _bare_number_word().fullmatch(text, head, start) is not None


def _kind_above(text: str, start: int) -> str:
    """The nearest line above the number's that names a document, within _ABOVE_REACH
    lines: a form that names the document on one line and numbers it on the next
    ("Type document: Litouws paspoort" over "Nr.: LK2093317"). Empty when none.

    >>> _kind_above("Type: Roemeense ID-kaart\\nNr.: XB7734021", 30)
    'Type: Roemeense ID-kaart'
    """
    end = text.rfind("\n", 0, start)
    for _ in range(_ABOVE_REACH):
        if end < 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if _any_document().search(line):
            return line
        end = begin - 1
    return ""


def _kind_beside(text: str, start: int) -> str:
    """The field before the number's own on its line when that one is only a number word and
    the field names a document: a form's line "soort: Pools paspoort      nr.: ..." names the
    kind in one field and numbers it in the next. Empty otherwise.

    >>> _kind_beside("  soort: Pools paspoort      nr: EM4471902", 33)
    'soort: Pools paspoort'
    >>> _kind_beside("  Naam: Jan Kos      nr: EM4471902", 25)
    ''
    """
    lo = max(0, start - _LINE_REACH)
    head = text.rfind("\n", lo, start) + 1
    fields = _FIELD_GAP.split(text[max(head, lo) : start].strip(" \t"))
    if len(fields) < 2 or _bare_number_word().fullmatch(fields[-1] + " ") is None:
        return ""
    return fields[-2] if _any_document().search(fields[-2]) else ""


# A value of a document column: nine or ten letters and digits, maybe one space in it.
_COLUMN_VALUE = re.compile(r"(?<![\w\-/])[A-Z]{2,3}[ ]?[A-Z0-9]{5,7}\d(?![\w\-/])")


def _column_abroad(text: str, start: int, end: int) -> bool:
    """The number stands in a table's column of other countries' documents (abroad_column).

    >>> t = "nr | naam | paspoort/ID\\n1 | Jan Kos | EW4471982\\n2 | Ola Wit | CDE218845"
    >>> _column_abroad(t, 38, 47)
    True
    >>> _column_abroad(t.replace("CDE218845", "NW92BR3K4"), 38, 47)
    False
    """
    if not foreign_shape(text[start:end]):
        return False
    head = column_label(text, start)
    return head is not None and abroad_column(head, _column_values(text).get(head, []))


def abroad_column(header: str, values: list[str]) -> bool:
    """A document column whose numbers are other countries': two or more have another
    country's shape (letters, then digits only) and none the Dutch one (letters mixed into
    its digits). A bus or housing list of staff from abroad holds their own countries'
    passports, with no nationality column to say so; a Dutch number's middle six are all
    digits about once in two thousand (35 characters a place, 10 of them digits).

    >>> abroad_column("Passport/ID", ["EA4019273", "FT918274", "EB7730192"])
    True
    >>> abroad_column("Passport/ID", ["EA4019273", "EB7730192", "NW92BR3K4"])
    False
    """
    if not _any_document().search(header):
        return False
    shapes = [foreign_shape(v) for v in values]
    dutch = any(not shaped and identiteitskaartnummer.is_valid(v) for shaped, v in zip(
        shapes, values, strict=True))
    return sum(shapes) >= 2 and not dutch


@lru_cache(maxsize=4)
def _column_values(text: str) -> dict[str, list[str]]:
    """The text's document-number-shaped values by their column's header."""
    values: dict[str, list[str]] = {}
    for m in _COLUMN_VALUE.finditer(text):
        head = column_label(text, m.start())
        if head is not None:
            values.setdefault(head, []).append(m.group().replace(" ", ""))
    return values


def _holder_abroad(text: str, start: int, end: int) -> bool:
    """The number's row has a nationality column, its cell there is another country and
    the number has that country's shape, letters then digits only ("Nationality ... PL ...
    EA4019273", a Polish passport): a list of staff from abroad holds their own countries'
    documents. A Dutch number's letters and digits mixed ("NW92BR3K4") stay a Dutch
    passport a naturalised holder carries, and a row whose cell names the document's kind
    ("Reisdocument vreemdelingen ... VN") is read by that. (Outside a table a nationality is
    not enough; see is_abroad.)

    >>> _holder_abroad("Naam     Nat.   Paspoort\\nJan Kos  PL     EA4019273", 41, 50)
    True
    >>> _holder_abroad("Naam     Nat.   Paspoort\\nJan Kos  NL     EA4019273", 41, 50)
    False
    """
    if not foreign_shape(text[start:end]):
        return False
    cells = row_cell_spans(text, start)
    if any(_any_document().search(cell) for _, cell in cells):
        return False
    for at, cell in cells:
        if not _foreign(cell):
            continue
        head = column_label(text, at)
        if head is not None and nationality_header(head):
            return True
    return False


def nationality_header(head: str) -> bool:
    """A column header of the holders' nationality ("Nationaliteit", "Nat.")."""
    return head.strip(" \t:.").lower() in _nationality_headers()


def foreign_holder(header: str, nationality: str, number: str) -> bool:
    """A document column's header, the row's nationality cell and the number: another
    country's document, as _holder_abroad ("Passport/ID" beside "PL", "EA4019273"). (A table
    read by column: extract/table.py.)

    >>> foreign_holder("Passport/ID", "PL", "EA4019273")
    True
    >>> foreign_holder("Paspoort", "Nederlandse", "EA4019273")
    False
    >>> foreign_holder("ID", "PL", "NW92BR3K4")
    False
    """
    # (per cell of a table read by column: the value's shape, cheapest, first)
    return (foreign_shape(number) and bool(_any_document().search(header))
            and _foreign(nationality.strip()))


# Letters, then digits only: most of Europe's passports and ID cards (PL, RO, BG, UA...). A
# Dutch number mixes letters into its digits (positions 3 to 8 of 9) nearly always.
_FOREIGN_SHAPE = re.compile(r"[A-Z]{2,3}[ ]?\d{6,7}")


def foreign_shape(number: str) -> bool:
    return _FOREIGN_SHAPE.fullmatch(number.strip()) is not None


def names_abroad(words: str) -> bool:
    """True when ``words`` (a field's value) name another country and not the Netherlands
    ("Pools paspoort", "passport IE")."""
    return _said([words]) is True


def _foreign(cell: str) -> bool:
    """A cell that is another country: its code or its name or nationality word."""
    return cell in _abroad_codes() or names_abroad(cell)


@cache
def _any_document() -> re.Pattern[str]:
    return re.compile(document_words(), re.IGNORECASE)


@cache
def nationality_labels() -> tuple[str, ...]:
    """abroad.toml's labels of a holder's nationality ("Nationaliteit", "Nat."), as written:
    a header here, a label before a list of codes in nl_id_document."""
    return tuple(_load("abroad.toml").get("nationality_labels", []))


@cache
def _nationality_headers() -> frozenset[str]:
    return frozenset(w.strip(".") for w in nationality_labels())


def _near(text: str, start: int, end: int) -> list[str]:
    """The number's label (its last field), its field on its line, its bracketed tail and
    its row's other cells."""
    label = _own_label(_own_field(_FIELD_GAP.split(label_before(text, start))))
    line_end = text.find("\n", end)
    tail = _TAIL.match(text, end, line_end if line_end >= 0 else len(text))
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    # (a line of labelled fields set apart by commas is a form's line, not a row)
    row = _ROW.search(line) and not (_LABELLED.search(line) and not _CELLS.search(line))
    cells = row_cells(text, start) if row else []
    return [label, _own_label(_line_field(text, start)), _tail_text(text, tail), *cells]


def _tail_text(text: str, tail: re.Match[str] | None) -> str:
    """The tail's words, in their brackets when it is bracketed: "(PT)" is a country's
    code where "PT" alone is any two letters."""
    if tail is None:
        return ""
    closed = tail.group(0).lstrip(" \t").startswith("(") and text.startswith(")", tail.end())
    return f"({tail.group(1)})" if closed else tail.group(1)


_LABELLED = re.compile(r"\w:[ \t]")
_CELLS = re.compile(r"[|;\t]")
# Where the number's own label opens in its field: after a field with its own value
# (": ", ", ", "; "), a sentence's end or a joined other document ("Rijbewijs (BE) en
# paspoort"): a country said there is a birthplace's, an address's or another document's.
# A bare number word after a comma is the label's own ("Irish passport, no.:").
_LABEL_OPENS = re.compile(r"[:,;][ \t](?!(?:n[or]s?\.?|nummer|number|n[º°]|#)[ \t:.]*$)"
                          r"|[.!?][ \t]+(?=(?-i:[A-Z]))|[ \t](?:en|and|und|et|y|i|of|or)[ \t]",
                          re.IGNORECASE)


def _own_label(field: str) -> str:
    """The number's own label: the field after its last opening outside brackets.

    >>> _own_label("Geboorteplaats: Keulen (DE), paspoortnummer ")
    'paspoortnummer '
    >>> _own_label("Nr. document (Dowód osobisty (PL)): ")
    'Nr. document (Dowód osobisty (PL)): '
    """
    body = field.rstrip(" \t:")
    cut, depth = 0, 0
    opens = {m.start(): m.end() for m in _LABEL_OPENS.finditer(body)}
    for i, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and i in opens:
            cut = opens[i]
    return field[cut:]


_LINE_REACH = 80  # characters of the number's line read before it
_OPENS_CELL = re.compile(r"(?:\s{2,}|[\t|;])$")


def _line_field(text: str, start: int) -> str:
    """The number's own field on its line with its brackets, which the label skips as an
    aside: a table's cell labelled with its row's kind, "Docnr (PL dowód osobisty): ...".
    Empty when the number opens a cell (the cell before is another column's value).

    >>> _line_field("Nr. document (Dowód osobisty (PL)): CDR558120", 36)
    'Nr. document (Dowód osobisty (PL)): '
    >>> _line_field("Jan Smit    Poolse    NW92BR3K4", 22)
    ''
    """
    line = text[max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH) : start]
    return "" if _OPENS_CELL.search(line) else _FIELD_GAP.split(line)[-1]


def _own_field(fields: list[str]) -> str:
    """The label's last field; when the number opens a cell of its own (a row set in
    columns, "Paspoort (PL)      EK 4471298"), the cell before it when it holds a document
    word: not a field with its own value ("Geboorteplaats: Gdansk, Polen") nor another
    column's value (a holder's nationality: "Jan Kowalski    Poolse    EK 4471298")."""
    if fields[-1].strip() or len(fields) < 2:
        return fields[-1]
    doc = patterns("NL_ID_DOCUMENT")[0]
    before = fields[-2]
    holds = (doc is not None and doc.search(before)) or _documents().search(before)
    return "" if ":" in before or not holds else before


def _said(parts: list[str]) -> bool | None:
    """True: another country named, the Netherlands not; False: the Netherlands named;
    None: no country at all."""
    joined = _not_dutch().sub(" ", " \n ".join(parts))  # ("NOT a Dutch document")
    if _dutch().search(joined):
        return False
    if _abroad().search(joined) or any(_is_bracketed_code(c) for c in _BRACKETED.findall(joined)):
        return True
    if any(c in _all_codes() for c in _document_code().findall(joined)):
        return True  # "paspoort PL", "passport IE": a document word and its country's code
    if any(c in _all_codes() for c in _code_document().findall(joined)):
        return True  # an export's "PL_PASSPORT", "RO-ID": the code glued before the word
    return None


def _is_bracketed_code(code: str) -> bool:
    """A country's code in capitals in brackets: "(BE)", "(DE)", "(IN)" too, which bare are
    as often words ("(ID)" is the document's own word)."""
    return code in _codes() or code in _words()["word_codes"]


# The Kingdom's codes: its countries' passports are Dutch
_KINGDOM = frozenset({"NL", "NLD", "AW", "ABW", "CW", "CUW", "SX", "SXM", "BQ", "BES"})


@cache
def _abroad_codes() -> frozenset[str]:
    """Every country's code (pycountry) but the Kingdom's."""
    return frozenset(c for country in pycountry.countries for c in (
        country.alpha_2, country.alpha_3)) - _KINGDOM


@cache
def _codes() -> frozenset[str]:
    """Another country's code in brackets: not those that are as often words ("(ID)")."""
    return _abroad_codes() - {"ID", "NO", "IS", "IN", "DE", "BE"}


@cache
def _all_codes() -> frozenset[str]:
    """After a document word a code in capitals is its country ("paspoort DE", "ID-kaart
    BE"), not the word it spells elsewhere; "ID", "NO" and "NR" there are the document's own
    words ("Documentnr ID")."""
    return _abroad_codes() - {"ID", "NO", "NR"}


@cache
def document_words() -> str:
    """A pattern of the document words: NL_ID_DOCUMENT's context words and abroad.toml's
    foreign documents ("paspoort", "ID-kaart", "dowód osobisty")."""
    doc = patterns("NL_ID_DOCUMENT")[0]
    words = _alternation(_words()["documents"])
    return f"{doc.pattern}|{words}" if doc is not None else words


@cache
def _document_code() -> re.Pattern[str]:
    """A document word, then a code in capitals right after it: "paspoort PL"."""
    return re.compile(rf"(?i:{document_words()})[ \t]+([A-Z]{{2,3}})(?![\w])")


@cache
def _code_document() -> re.Pattern[str]:
    """A code in capitals glued to a document word after it, one token of an export:
    "PL_PASSPORT", "RO_ID_CARD", "BG-ID". (Set apart by a space the code may be the holder's
    nationality: "Nat. PL Paspoort: NW92BR3K4" is a Dutch passport.)"""
    return re.compile(rf"(?<![\w])([A-Z]{{2,3}})[_\-](?i:{document_words()})")


@cache
def _words() -> dict[str, list[str]]:
    data = _load("abroad.toml")
    keys = ("nationalities", "countries", "documents", "dutch", "not_countries", "word_codes",
            "negations")
    missing = [k for k in keys if not isinstance(data.get(k), list)]
    if missing:
        raise DataFileError(f"{DATA / 'abroad.toml'}: lacks list {missing}")
    return data


def _country_names() -> set[str]:
    return set(all_country_names()) - set(_words()["not_countries"]) - set(_words()["dutch"])


@cache
def all_country_names() -> frozenset[str]:
    """pycountry's country names, English and Dutch, lower case: those that are a first name
    or a word too ("kenya", "georgia") as well."""
    nl = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"], fallback=True)
    return frozenset(n.lower() for c in pycountry.countries for n in (
        c.name, getattr(c, "common_name", c.name), nl.gettext(c.name)))


def _alternation(words: set[str] | list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _documents() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(_words()['documents'])})(?!\w)", re.IGNORECASE)


@cache
def _document_just_before() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(_words()['documents'])})[ \t]*[:#]?[ \t]*\Z",
                      re.IGNORECASE)


def document_before(text: str, start: int) -> bool:
    """Another country's document by its own printed name right before the number
    ("osobna iskaznica 919130604", "dowód osobisty: ..."): the number is that document's.

    >>> document_before("Croatian osobna iskaznica 123456782", 26)
    True
    """
    return _document_just_before().search(text[max(0, start - 48) : start]) is not None


@cache
def _abroad() -> re.Pattern[str]:
    w = _words()
    words = _country_names() | {*w["nationalities"], *w["countries"], *w["documents"]}
    return re.compile(rf"(?<![\w@.])(?:{_alternation(words)})(?![\w@]|\.\w)", re.IGNORECASE)


@cache
def _not_dutch() -> re.Pattern[str]:
    """A Dutch word its negation denies, maybe past an article or "as": "not a Dutch
    document", "nooit als Nederlands"."""
    w = _words()
    return re.compile(rf"(?<![\w@.])(?:{_alternation(w['negations'])})[ \t]+"
                      rf"(?:(?:a|an|the|een|de|het|als|as)[ \t]+)?(?:{_alternation(w['dutch'])})(?!\w)",
                      re.IGNORECASE)


@cache
def _dutch() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w@.])(?:{_alternation(_words()['dutch'])})(?![\w@]|\.\w)",
                      re.IGNORECASE)

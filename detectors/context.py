"""Context scoring: labels, nearby words, decoy labels and personal-details blocks.

Presidio's LemmaContextAwareEnhancer tokenises the whole text to look at a few words around
each match; we look at the characters around the (rare) candidates instead, which is what
keeps detection cheap (see detectors/README.md). Words and scores are data:
``data/context.toml`` and ``data/thresholds.toml``.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from detectors.cell_lines import cell_label
from detectors.columns import column_label, row_cells
from detectors.glued_keys import GLUED_AT, SNAKE, unglued
from detectors.header_line import header_cell, holds_digits, paired_cell
from detectors.keyword_gate import may_hold, register, registered
from detectors.label_above import aside_start, column_label_above, line_above, opens_line
from detectors.labels import Label, LabelHit, context_regex, decisive_hit, decoy_regex, ocr_read
from detectors.licence_fields import field_label
from detectors.spans import line_start

DATA = Path(__file__).resolve().parent / "data"
_SCORE_KEYS = ("base", "label", "window", "decoy")


class DataFileError(ValueError):
    """A detector data file is missing or malformed (names the file and the key)."""


@dataclass(frozen=True)
class Scores:
    """The scores of one entity (see data/thresholds.toml)."""

    base: float
    label: float
    window: float
    decoy: float
    window_chars: int
    extra: dict[str, float]


class Evidence(NamedTuple):
    """How a candidate scored and why (the ``explanation`` of a Detection), and the label it
    was read under, if any: readers ask ``label``, never the words of ``why``. A named tuple:
    every candidate makes one or more, at a third of a frozen dataclass's cost."""

    score: float
    why: str
    label: Label | None = None


def _load(name: str) -> dict[str, Any]:
    path = DATA / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DataFileError(f"{path}: {e}") from e


def data_lists(name: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """The data file ``name`` of detectors/data, parsed; raises DataFileError naming the
    file and the keys among ``keys`` that it lacks or that are no list."""
    table = _load(name)
    missing = [k for k in keys if not isinstance(table.get(k), list)]
    if missing:
        raise DataFileError(f"{DATA / name}: lacks list(s) {missing}")
    return table


def trie(words: list[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def trie_regex(node: dict[str, Any]) -> str:
    alts = [re.escape(ch) + trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """Compile words into one case-insensitive whole-word pattern.

    The words are folded into a trie first (a keyword automaton in regex form): a flat
    alternation of 100+ words runs at ~4 MB/s, the trie at ~13 MB/s. It has no nested
    quantifiers, so it needs no timeout.

    >>> words_pattern(["bsn", "sofi-nr", "sofinummer"]).findall("Sofi-nr/BSN: 1, sofinummers")
    ['Sofi-nr', 'BSN']
    """
    return register(re.compile(rf"(?<![^\W_]){trie_regex(trie(words))}(?![^\W_])",
                               re.IGNORECASE), words)


@lru_cache(maxsize=1)
def thresholds() -> dict[str, Any]:
    """The parsed thresholds file (validated on first use)."""
    return _load("thresholds.toml")


@lru_cache(maxsize=1)
def context_words() -> dict[str, Any]:
    """The parsed context-word file."""
    return _load("context.toml")


def default_threshold() -> float:
    """The score at or above which detect() reports a detection."""
    return float(thresholds()["threshold"])


@cache  # asked for each candidate's label
def label_chars() -> int:
    """How far back (characters) a label may start on its value's line."""
    return int(thresholds()["label_chars"])


@cache
def scores(entity: str) -> Scores:
    """The scores of ``entity``; raises DataFileError naming a missing key."""
    table = thresholds().get(entity)
    if not isinstance(table, dict):
        raise DataFileError(f"{DATA / 'thresholds.toml'}: missing table [{entity}]")
    missing = [k for k in (*_SCORE_KEYS, "window_chars") if k not in table]
    if missing:
        raise DataFileError(f"{DATA / 'thresholds.toml'}: [{entity}] lacks {missing}")
    extra = {k: float(v) for k, v in table.items() if k not in (*_SCORE_KEYS, "window_chars")}
    return Scores(
        base=float(table["base"]),
        label=float(table["label"]),
        window=float(table["window"]),
        decoy=float(table["decoy"]),
        window_chars=int(table["window_chars"]),
        extra=extra,
    )


@cache
def patterns(entity: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(context, decoy) label patterns of ``entity`` (words and word parts, see labels.py);
    None where there is nothing to match."""
    table = context_words().get(entity)
    if not isinstance(table, dict) or "context" not in table or "decoy" not in table:
        raise DataFileError(f"{DATA / 'context.toml'}: [{entity}] needs context and decoy")
    ctx, stems = table["context"], table.get("stems", [])
    # decoy words kept in a generated file of their own ("decoy_files": its list "names"),
    # those written with capitals matched only so ("EGN", not the name "Sin")
    listed = decoy_file_names(entity)
    decoys = table["decoy"] + [w for w in listed if w == w.lower()]
    cased = tuple(w for w in listed if w != w.lower())
    return context_regex(ctx, stems), decoy_regex(decoys, table.get("tails", []), cased,
                                                  table.get("glued_heads", []))


@cache
def decoy_file_names(entity: str) -> tuple[str, ...]:
    """The names of ``entity``'s generated decoy files, as written and in their files' order
    ("PESEL" is matched only in capitals, "asmens kodas" in any case)."""
    table = context_words().get(entity, {})
    return tuple(w for f in table.get("decoy_files", []) for w in _names(f))


def _names(file: str) -> list[str]:
    names = _load(file).get("names")
    if not isinstance(names, list):
        raise DataFileError(f"{DATA / file}: lacks list 'names'")
    return [str(n) for n in names]


def validate_data(entities: list[str]) -> None:
    """Load and check every data file now, so a broken one fails at startup (names file/key)."""
    default_threshold(), label_chars()
    for entity in entities:
        scores(entity), patterns(entity)
    for key in ("personal", "order"):
        if not isinstance(context_words().get("blocks", {}).get(key), list):
            raise DataFileError(f"{DATA / 'context.toml'}: [blocks] lacks list {key!r}")


def label_before(text: str, start: int) -> str:
    """The label text right before ``start``: its line, or the line above when it opens one.

    >>> label_before("Naam: Jan\\nBSN\\n123456782", 14)
    'BSN'
    >>> label_before("x\\nBSN: 123456782", 7)
    'BSN: '
    >>> label_before("Geboortedatum .................. 01-02-1990", 33)
    'Geboortedatum'
    """
    n = label_chars()
    column = column_label(text, start)
    if column is not None:  # a row of a pasted export: its column's header, then its cell
        return f"{column[:n]} {_cell_before(text, start, n)}"
    digits = holds_digits(text, start)  # an identifier or a date; not a name (person.py's)
    cell = (header_cell(text, start) or paired_cell(text, start)) if digits else None
    if cell is not None:  # values under, or after, as many labels: the label in its place
        return cell
    if digits and "." in text[max(0, start - 12) : start]:
        field = field_label(text, start)  # a driving licence's "5. 5012345678"
        if field is not None:
            return field
    start = _skip_padding(text, start)
    if digits and ("," in (before := text[max(0, start - 12) : start]) or ")" in before):
        start = aside_start(text, start)  # "BSN (zie uw paspoort): ...": the label before it
    lo = max(0, start - n)  # bounded searches: a chunk may be one very long line
    if "/" in text[lo:start]:  # a label in two languages or three is read from its start
        lo = _word_start(text, lo)
    newline = text.rfind("\n", lo, start)
    prefix = text[newline + 1 if newline >= 0 else lo : start]
    if (digits or "date(" in text[start:start + 14]) and (key := _OWN_KEY.search(prefix)):
        # "'geboortedatum': '..', 'in_dienst': '": its own key
        return prefix[key.start("quoted") if key.group("quoted") else key.start("bare"):]
    if digits and (key := KEY_BEFORE.search(prefix)) and key.group("bare_key"):
        # a log line's or a URL's "bsn=... emp=", "?bsn=...&run=": its own key
        return prefix[key.start("bare_key"):]
    if (prefix.strip(" \t:|;-") and not (digits and opens_line(prefix))) or newline < 0:
        return prefix
    # The value opens its line: forms and tables put the label on the line above; not a
    # line that ends in a value of its own ("... IKV 947711144", "Aanvraag 6505.42.964"):
    # its label is that value's, and a record's line under it opens with its own field.
    if digits:
        header = cell_label(text, newline + 1)  # a table set one cell a line: its header's
        if header is not None:
            return header
        above = line_above(text, newline, n)
        return "" if _ENDS_IN_VALUE.search(above) else above
    above = text.rfind("\n", max(0, newline - n), newline)
    return text[max(above + 1, newline - n) : newline]


def _word_start(text: str, lo: int) -> int:
    """``lo``, moved back to the start of the word it cuts (within ``_WORD_REACH``): a label
    in three languages is read with its first word whole ("Burgerservicenummer/Personal
    no./No personnel", a passport's)."""
    stop = max(0, lo - _WORD_REACH)
    while lo > stop and text[lo - 1].isalnum() and text[lo].isalnum():
        lo -= 1
    return lo


_WORD_REACH = 24
_CELL_SPLIT = re.compile(r"[;|\t,~]")
_CELL_REACH = 512  # characters of a cell read back before its line's start is looked up


def _cell_before(text: str, start: int, n: int) -> str:
    """The last ``n`` characters of the value's cell before ``start`` (in a markup table:
    after its cell's tags). A line within reach is split at its cells; on a longer one (a
    dump's line of thousands of tuples) the cell is read back within reach, else its start
    and tags are looked up in the text's cell characters and "<" (found once a text), so
    no value cuts all its line.

    >>> _cell_before("a;b;Jan 123", 8, 30), _cell_before("<td>BSN 123", 8, 30)
    ('Jan ', 'BSN ')
    """
    lo = line_start(text, start)
    reach = max(_CELL_REACH, n)  # (the reach holds the last ``n`` characters of a cell)
    if start - lo <= reach:
        cell = _CELL_SPLIT.split(text[lo:start])[-1]
        return (cell.rsplit(">", 1)[-1] if "<" in cell else cell)[-n:]
    seg = text[start - reach : start]
    cut = max(map(seg.rfind, _CELL_CHARS))
    if cut >= 0 or "<" in seg or ">" not in seg:
        # the cell within reach, or a cell longer than the reach whose last characters
        # are what it ends in after its last tag, if any (its tags' "<" is then in it)
        cell = seg[cut + 1 :]
        return (cell.rsplit(">", 1)[-1] if "<" in cell else cell)[-n:]
    # a tag's ">" alone within reach: the cell's start and its "<", if any, looked up
    cells, opens = _cell_marks(text)
    k = bisect.bisect_left(cells, start)
    first = max(lo, cells[k - 1] + 1 if k else 0)
    k = bisect.bisect_left(opens, start)
    a = max(first, start - n) if n > 0 else first
    if k and opens[k - 1] >= first:  # a "<" in the cell: what follows its last ">"
        a = max(a, text.rfind(">", a, start) + 1)
    return text[a:start]


@lru_cache(maxsize=4)  # the chunk being analysed (as spans._breaks)
def _cell_marks(text: str) -> tuple[list[int], list[int]]:
    """Where each cell character and each "<" of ``text`` stands, in order."""
    return ([m.start() for m in _CELL_SPLIT.finditer(text)],
            [m.start() for m in re.finditer("<", text)])


_CELL_CHARS = tuple(";|\t,~")
# a line's last word holds four digits or more: a value (an ordinal, "Telefoon 2", is none)
_ENDS_IN_VALUE = re.compile(r"\d(?:\S*\d){3}\S*\s*$")
# The value's own key in a record written as code or data, after the member before it: a
# dict's "'key': '", a call's "key='", a JSON member's '"key": "'. The key is its label,
# whatever it says: a label word of the member before ("geboortedatum") names that one.
# A key quoted, or bare right before "=": not a sentence's "Irish passport, no.: ".
_OWN_KEY = re.compile(r"""[,{(]\s*(?:(['"])(?P<quoted>[^\W\d][\w.\-]*)\1\s*[:=]"""
                      r"""|(?P<bare>[^\W\d][\w.\-]*)=)\s*['"]?$""")
# A value's own key right before it, the key opening a word (not "BSN (zie pas)="): a
# record's '"key": ', a log line's (logfmt) or a URL query's "key=", a command's option
# ("--vanaf 1234...")
KEY_BEFORE = re.compile(
    r"""(?:^|(?<=[\s&?,{(\[]))(?:(['"])(?P<quoted_key>[^\W\d][\w.\-]*)\1[^\S\n]*:[^\S\n]*"""
    r"""|(?P<bare_key>[^\W\d][\w.\-]*)=)['"]?$"""
    r"""|(?:^|(?<=\s))--?(?P<option>[^\W\d][\w\-]*)[ =]$""")


def own_key(text: str, start: int) -> str | None:
    """The key right before the value at ``start`` (KEY_BEFORE), if it has one."""
    m = KEY_BEFORE.search(text, max(0, start - 60), start)
    return None if m is None else m.group("quoted_key") or m.group("bare_key") or m.group("option")
_PADDING = " \t.:_…|"
_MAX_PADDING = 120


def _skip_padding(text: str, start: int) -> int:
    """Where a run of padding before ``start`` begins, when it is long: forms and fixed-width
    exports set a label far from its value ("Geboortedatum .......... 01-02-1990")."""
    i = start
    while i > max(0, start - _MAX_PADDING) and text[i - 1] in _PADDING:
        i -= 1
    return i if start - i > 3 else start


# Another field's value, then a key of its own right before this value: "BSN (NL): 111222333
# RO CNP: " labels the first number only. (A key opens with a letter: "(oud: ...)" is an
# aside on the value before.)
_FIELD_AFTER_VALUE = re.compile(r"\d(?:\S*\d){3}\S*[ \t]+(?P<key>[^\W\d_][^\d:()\n]{0,40}:[ \t]*)$")


@cache
def bare_heads() -> frozenset[str]:
    """The words that put a bare number or date right and name no kind ("juiste", "echte",
    "correct": "het juiste nummer is ...", "echte datum: ..."): context.toml's
    DATE_OF_BIRTH bare_heads, read by the birth date's and the BSN's readings."""
    return frozenset(context_words()["DATE_OF_BIRTH"].get("bare_heads", []))


def number_words() -> tuple[str, ...]:
    """The bare words for "number" a label ends in ("nummer", "nr", "no"): context.toml's
    NL_ID_DOCUMENT tails, read by every reading that asks whether a key is a number's."""
    return tuple(context_words()["NL_ID_DOCUMENT"].get("tails", []))


def is_number_word(word: str) -> bool:
    """One bare word for "number", of no kind ("Nummer", "nr.", "No"; not "klantnr").

    >>> is_number_word("Nummer"), is_number_word("nr."), is_number_word("klantnr")
    (True, True, False)
    """
    return word.lower().rstrip(".") in number_words()


@cache
def _kind_key() -> re.Pattern[str]:
    """A key that names a kind of number by its shape: a code in capitals ("RO CNP", "KRN",
    "Tax ID") or a number word ("Pas nr.", "Klant no"). A key in words alone says whose
    number or puts the one before right ("partner: ", "correctie: "), under the line's
    label."""
    words = "|".join(map(re.escape, number_words()))
    return re.compile(rf"(?<![^\W\d_])(?:[A-Z]{{2,}}|(?i:{words}))(?![^\W\d_])")


def own_field(label: str) -> str:
    """The value's own field of a label read before it: after another field's value on its
    line, a key that names a kind of number.

    >>> own_field("BSN: 111222333   Tax ID: ")
    'Tax ID: '
    >>> own_field("Sofinummer werknemer: 111222333, partner: ")
    'Sofinummer werknemer: 111222333, partner: '
    """
    m = _FIELD_AFTER_VALUE.search(label) if ":" in label else None
    return label if m is None or not _kind_key().search(m.group("key")) else m.group("key")


def label_evidence(entity: str, text: str, start: int) -> Evidence | None:
    """Score from the label right before the candidate: context or decoy, nearest wins."""
    s = scores(entity)
    label, hit, ev = _label_hit(*patterns(entity), s.label, own_field(label_before(text, start)))
    if hit is None and (column := _column_label(text, start)):
        # a scanned form's columns: the label above the value's column, past the next one's
        label, hit, ev = _label_hit(*patterns(entity), s.label, column)
    if ev is not None and hit is not None and hit.word.lower() in _CELL_CODES and not (
            _CODE_CELL.search(label[: hit.start]) and _CODE_END.match(label, hit.end)):
        return None  # "Zie de ppt XR4B12345", "kwartaal.ppt": no cell of its own
    if hit is None or ev is not None:
        return ev  # no label, or a context word's
    cut = _cut_window(text, start, label)
    if cut is not None and (phrase := _cut_phrase(entity, text, start, cut, hit)) is not None:
        return Evidence(s.label, f"label '...{hit.word.lower()}'", Label(phrase, "context"))
    if cut is not None and (word := _cut_label(entity, text, start, cut)) is not None:
        return Evidence(s.label, f"label '{word}'", Label(word, "context"))
    whole = _split_word(entity, text, start, label, hit)
    if whole is not None:
        return Evidence(s.label, f"label '{whole}'", Label(whole, "context"))
    if period_word_apart(entity, text, start, label, hit):
        return None  # "geboortedatum heb ik van de receptie gekregen: ...": no period's "van"
    word = hit.word.lower()
    return Evidence(s.decoy, f"decoy label '{word}'", Label(word, "decoy"))


def period_word_apart(entity: str, text: str, start: int, label: str, hit: LabelHit) -> bool:
    """The decoy ``hit`` of the label on the value's own line is a period's word
    (context.toml ``adjacent_decoys``) with words after it other than a date's own
    (``date_words``: "per maandag 1-3"): no label of the value's, and the window decides. A
    heading's above the value ("Geboortedatum verdeling per klas") is read as before."""
    adjacent, dated = _adjacent_decoys(entity)
    return hit.word.lower() in adjacent and bool(
        text[text.rfind("\n", 0, start) + 1 : start].strip()) and any(
        w.lower() not in dated for w in _WORD.findall(label, hit.end))


_WORD = re.compile(r"[^\W\d_]{2,}")  # a word after the decoy, before the value


@cache
def _adjacent_decoys(entity: str) -> tuple[frozenset[str], frozenset[str]]:
    """``entity``'s decoys that count only as the label's last words, before a date's own
    words at most (context.toml ``adjacent_decoys``, ``date_words``: "per maandag 1-3")."""
    table = context_words().get(entity, {})
    return (frozenset(table.get("adjacent_decoys", ())),
            frozenset(table.get("date_words", ())))


def _column_label(text: str, start: int) -> str:
    """The label in the column of a value that opens its line (label_above), for a value
    that holds digits only: a name at a line's start is read by person.py's own rules."""
    if start == 0 or text[start - 1] not in " \t\n" or not holds_digits(text, start):
        return ""
    return column_label_above(text, start)


# document-type codes that label a number only as a cell or field of their own ("PPT;NX...",
# "| NID | ...", "ppt|XR4B12345"): a delimiter or the line's start before, one right after
_CELL_CODES = frozenset({"ppt", "nid"})
_CODE_CELL = re.compile(r"(?:^|[|;,\t=])[ ]*$")
_CODE_END = re.compile(r"[ ]*(?:[|;,\t:=]|$)")
_CODE_RIGHT_BEFORE = re.compile(r"(?<![^\W_])(?i:ppt|nid)[ ]+$")


def _label_hit(ctx: re.Pattern[str] | None, decoy: re.Pattern[str] | None, score: float,
               label: str) -> tuple[str, LabelHit | None, Evidence | None]:
    """(the label as read, its decisive word, the evidence of a context word), remembered
    per label: every row of an export reads its column's header, and most values of a
    text read no label at all. (A decoy word's evidence reads the text around it.)
    Keyed by the patterns' ids, as labels.decisive_hit is: a compiled pattern's hash reads
    its whole compiled program each time (4-12 us for these tries, more than the reading
    it saves), and only a registered pattern, alive as long as we are, is remembered."""
    key = (id(ctx), id(decoy), score, label)
    found = _LABEL_HITS.get(key)
    if found is None:
        read, hit = _read_label(ctx, decoy, label)
        word = "" if hit is None else hit.word.lower()
        ev = None if hit is None or hit.kind == "decoy" else Evidence(
            score, f"label '{word}'", Label(word, "context"))
        found = read, hit, ev
        if registered(ctx) and registered(decoy):
            if len(_LABEL_HITS) >= _MAX_LABEL_HITS:
                _LABEL_HITS.clear()
            _LABEL_HITS[key] = found
    return found


_LABEL_HITS: dict[tuple[int, int, float, str], tuple[str, LabelHit | None, Evidence | None]] = {}
_MAX_LABEL_HITS = 8192


def _read_label(ctx: re.Pattern[str] | None, decoy: re.Pattern[str] | None, label: str
                ) -> tuple[str, LabelHit | None]:
    if "$" in label:  # '"geboortedatum": {"$date": "': a type's tag, the key before it names
        label = _TYPE_TAG.sub("", label)
    label = without_optional_plural(label)
    hit = decisive_hit(ctx, decoy, label)
    if GLUED_AT.search(label, 0 if hit is None or hit.kind == "decoy" else hit.end + 1):
        # a field name in camelCase ("bsnNummer", "idNummer"): read as the words it joins
        # ("recId", "requestId": a record's, when it stands nearer than a word before it)
        split = unglued(label)
        camel = decisive_hit(ctx, decoy, split)
        if camel is not None and (camel.kind == "context" or hit is None
                                  or len(split) - camel.end < len(label) - hit.end):
            label, hit = split, camel
    if (hit is None or hit.kind == "decoy") and SNAKE.search(label):
        # a field name in snake_case ("personal_no", "geb_datum"): read as the words it joins
        # when they name the value's own kind
        split = SNAKE.sub(" ", label)
        snake = decisive_hit(ctx, decoy, split)
        if snake is not None and snake.kind == "context":
            label, hit = split, snake
    if hit is None and _LETTER_SPACED.search(label):  # "B S N :", a form's spaced letters
        label = _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), label)
        hit = decisive_hit(ctx, decoy, label)
    if hit is None and (read := ocr_read(label)) is not None:  # "Sofinurnmer", "8SN"
        label, hit = read, decisive_hit(ctx, decoy, read)
    if hit is None or _OWN_CELL_VALUE.search(label, hit.end) or _in_address(label, hit.start):
        # no label, one whose own value fills the cell before ours, or a word of an address
        return label, None
    return label, hit


_OPTIONAL_PLURAL = re.compile(r"(?<=[^\W\d_])\((?:s|es|en|n)\)(?![^\W_])", re.IGNORECASE)


def without_optional_plural(label: str) -> str:
    """The label without a form's optional plural ("Surname(s):", "Voornaam(en):")."""
    return _OPTIONAL_PLURAL.sub("", label) if "(" in label else label

_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?![^\W_])")
# MongoDB's extended JSON wraps a value in its type ({"$date": ...}, {"$numberLong": ...}):
# https://www.mongodb.com/docs/manual/reference/mongodb-extended-json/
_TYPE_TAG = re.compile(r'\{\s*"\$\w+"\s*:\s*"?\s*$')
# A word split in two before its tail: a stray space ("Geb oortedatum"), a soft hyphen or a
# zero-width space, a hyphen at a line break ("Geboorte-\ndatum", "Geboorte- datum") or an
# abbreviation's full stop set apart ("Geb . datum").
_FRAGMENT = re.compile(r"([^\W\d_]+)(?:[ ]?(\.))?(?:-[ \t]*\n[ \t]*|-?[ \t]+|[\u00ad\u200b]|(?<=\.)-)$")


def _split_word(entity: str, text: str, start: int, label: str, hit: LabelHit) -> str | None:
    """The context word a decoy tail makes with the word part right before it, when a
    break split one word in two ("Geb oortedatum", "Geboorte-\ndatum"); else None."""
    at = text.rfind(label, max(0, start - 3 * label_chars()), start) if label else -1
    if at < 0:
        return None
    cut = at + hit.start
    m = _FRAGMENT.search(text, max(0, cut - 30), cut)
    if m is None:
        return None
    head = m.group(1) + (m.group(2) or "")
    if not m.group(2) and _whole_word(entity, head):
        return None  # a label of its own before another ("Burgerservicenummer Personeelsnr")
    joined = decisive_hit(*patterns(entity), head + hit.word)
    if joined is None or joined.kind != "context":
        return None
    # one word across the break ("Geb|oortedatum"), or an abbreviation and its full stop
    # ("Geb . datum"); not a label word with another after it ("Paspoort serienummer")
    reach = joined.end + (2 if m.group(2) else 0)
    return joined.word.lower() if joined.start < len(head) < reach else None


def _whole_word(entity: str, word: str) -> bool:
    """``word`` is a whole label of ``entity``: a context word from its first letter to its
    last that ends on a number word ("Burgerservicenummer"; not "Burgerservice-")."""
    own = decisive_hit(*patterns(entity), word)
    tails = context_words()[entity].get("tails", [])
    return (own is not None and own.kind == "context" and (own.start, own.end) == (0, len(word))
            and word.lower().endswith(tuple(tails)))


# "KvK-nummer 12345678 | 020 - 123 45 67": the label's own value, then a cell separator.
_OWN_CELL_VALUE = re.compile(r"\d[\d .\-/]{2,}\d[^|;\t\d]*[|;\t]")


def _in_address(label: str, at: int) -> bool:
    """The word sits inside an e-mail or web address ("anna@relatie-beheer.nl" on the line
    above a bare number): part of a value, never a label.

    >>> _in_address("anna@project.nl", 5), _in_address("Projectnummer:", 0)
    (True, False)
    """
    if "@" not in label and "://" not in label and "www." not in label.lower():
        return False  # (what the word's token would need, in the whole label: most labels)
    lo = max(label.rfind(" ", 0, at), label.rfind("\t", 0, at)) + 1
    hi = min((i for i in (label.find(" ", at), label.find("\t", at)) if i >= 0),
             default=len(label))
    token = label[lo:hi]
    return "@" in token or "://" in token or token.lower().startswith("www.")


def _cut_window(text: str, start: int, label: str) -> tuple[int, int] | None:
    """(where the label read starts, where its line's window starts) when the label window
    cut the label (it holds only the last ``label_chars`` of a line); None for a label the
    window did not cut, or one not found as it was read."""
    lo = text.rfind(label, max(0, start - 3 * label_chars()), start) if label else -1
    if len(label) < label_chars() or lo < 0:
        return None
    return lo, max(line_start(text, lo), lo - label_chars())


def _cut_phrase(entity: str, text: str, start: int, cut: tuple[int, int], hit: LabelHit
                ) -> str | None:
    """The context phrase, lower case, whose end is the decoy word when the label window
    cut the phrase ("citizen service | number is"; ``cut``: _cut_window's). None when the
    decoy word ends none."""
    lo, line_lo = cut
    ctx = patterns(entity)[0]
    return None if ctx is None else next(
        (m.group().lower() for m in ctx.finditer(text, line_lo, start)
         if m.start() < lo + hit.start < m.end()), None)


def _cut_label(entity: str, text: str, start: int, cut: tuple[int, int]) -> str | None:
    """Our word, lower case, where the label window cut the label before the decoy word that
    decided it ("Burgerservicenummer via de telefoon gekregen: " read from "servicenummer":
    the line's label in the window decides, labels.decisive_hit). None otherwise."""
    hit = decisive_hit(*patterns(entity), text[cut[1] : start])
    return hit.word.lower() if hit is not None and hit.kind == "context" else None


def nearest(
    pattern: re.Pattern[str] | None, text: str, start: int, end: int, chars: int
) -> tuple[int, str] | None:
    """(distance, word) of the nearest match within ``chars`` of the span, or None."""
    if pattern is None:
        return None
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    if not may_hold((pattern,), text[lo:hi]):
        return None  # none of its words in the window (most windows of dense text)
    hits = [
        (start - m.end() if m.end() <= start else m.start() - end, m.group())
        for m in pattern.finditer(text, lo, hi)
        if m.end() <= start or m.start() >= end
    ]
    return min(hits) if hits else None


def window_evidence(entity: str, text: str, start: int, end: int) -> Evidence | None:
    """Score from a context word within the entity's window (decoys count only as labels)."""
    ctx, _ = patterns(entity)
    s = scores(entity)
    c = nearest(ctx, text, start, end, s.window_chars)
    if c is not None and c[1].lower() in _CELL_CODES and _CODE_RIGHT_BEFORE.search(
            text, max(0, start - 12), start):
        return None  # the code as the word right before it: its label said no (label_evidence)
    return Evidence(s.window, f"context '{c[1].lower()}'") if c is not None else None


_GENERIC_SEPARATORS = re.compile(r"[\s.:#\-_]+")


@cache
def _row_kinds() -> tuple[tuple[str, ...], frozenset[str]]:
    table = context_words().get("columns", {})
    norm = (_GENERIC_SEPARATORS.sub(" ", g.lower()).strip() for g in table.get("generic", []))
    return tuple(table.get("kinds", [])), frozenset(norm)


def generic_number_header(header: str) -> bool:
    """A column header that names no kind of number ("Documentnummer", "Nummer", "Nr."):
    the row says which ([columns] generic in context.toml)."""
    return _GENERIC_SEPARATORS.sub(" ", header.lower()).strip() in _row_kinds()[1]


def kind_header(header: str) -> bool:
    """A column header that says what each row is ("Soort document", "Type"):
    [columns] kind_headers in context.toml."""
    return _GENERIC_SEPARATORS.sub(" ", header.lower()).strip() in _kind_headers()


@cache
def _kind_headers() -> frozenset[str]:
    table = context_words().get("columns", {})
    return frozenset(_GENERIC_SEPARATORS.sub(" ", h).strip()
                     for h in table.get("kind_headers", []))


FIELD_ENTITIES = ("NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "IBAN_CODE", "NL_ID_DOCUMENT",
                  "NL_DRIVERS_LICENSE", "EMAIL_ADDRESS")


@lru_cache(maxsize=1024)
def names_a_field(cell: str, entities: tuple[str, ...] = FIELD_ENTITIES) -> bool:
    """The cell is an identifier's field label ("Geboortedatum", "BSN", "Telefoon"): a form's
    label column, read across as a table, names what the other cells of its row hold.
    ``entities``: whose labels count (a name's too, for a header row's "Voornaam").

    >>> names_a_field("Geboortedatum"), names_a_field("Jan de Vries"), names_a_field("M. Visser")
    (True, False, False)
    """
    if any(map(str.isdigit, cell)) or len(cell) > 40:
        return False
    for entity in entities:
        hit = decisive_hit(*patterns(entity), cell)
        if hit is not None and hit.kind != "decoy" and len(hit.word) * 2 >= len(cell.strip()):
            return True  # (the label is most of the cell: "M. Visser" holds no field's name)
    return False


def names_a_kind(cell: str) -> bool:
    """The cell names a document type of a row-kind entity ("Paspoort", "ID-kaart NL",
    "Rijbewijs"): a kind column known by its values when its header does not say so."""
    return any(_names_kind(k, cell) for k in _row_kinds()[0])


def _names_kind(kind: str, cell: str) -> bool:
    """The cell opens with a document-type word of ``kind`` ("Rijbewijs", "ID-kaart NL",
    "Rijbewijs (kopie ontvangen)"): its first words, before a bracket or comma."""
    head = " ".join(re.split(r"[(,;]", cell, maxsplit=1)[0].split()[:3])
    if not head or any(map(str.isdigit, head)):
        return False
    hit = decisive_hit(*patterns(kind), head)
    return hit is not None and hit.kind == "context"


def row_kind_evidence(entity: str, text: str, start: int) -> Evidence | None:
    """In a number column whose header names no kind ("Documentnummer", "Nummer"), the
    document-type cell of the value's row names it: a label for ``entity`` when it is
    ``entity``'s, a decoy when it is another kind's. None when there is no such cell."""
    kinds, generic = _row_kinds()
    if entity not in kinds:
        return None
    column = column_label(text, start)
    if column is None or _GENERIC_SEPARATORS.sub(" ", column.lower()).strip() not in generic:
        return None
    cells = row_cells(text, start)
    named = {k for k in kinds for c in cells if _names_kind(k, c)}
    if len(named) != 1:
        return None
    s = scores(entity)
    if named == {entity}:
        return Evidence(s.label, "document type in its row")
    return Evidence(s.decoy, "another document type in its row")


def context_evidence(entity: str, text: str, start: int, end: int) -> Evidence:
    """The row's document type, label, then window, then the bare base score (see
    data/thresholds.toml)."""
    return (
        row_kind_evidence(entity, text, start)
        or label_evidence(entity, text, start)
        or window_evidence(entity, text, start, end)
        or Evidence(scores(entity).base, "pattern and checksum only")
    )

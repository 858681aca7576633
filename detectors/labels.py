"""Labels matched by their parts: what a label names, not whether it is on a list.

People label a number the way they like: "ID-kaartnummer", "Nummer identiteitsbewijs",
"Paspoortnr.", "Documentnummer ID", "BSN/Sofinummer", "Burgerservicenr", "sofi-nr". A label
names our entity when one of its word parts is a *stem* of the entity (data/context.toml
``stems``), and names another kind of number when it is a compound or phrase on a number
word (``tails``: "Registratienummer", "klant-nr", "Order no.", "Nummer lidmaatschap") without
such a stem. Labels are short (a line, see ``context.label_before``), so these patterns only
ever run on a few dozen characters around rare candidates.
"""

from __future__ import annotations

import re
from functools import cache
from operator import methodcaller
from typing import NamedTuple

from detectors.keyword_gate import may_hold, register, registered

# A word part: letters and digits between non-letters ("ID" in "ID-kaartnummer").
_OPEN = r"(?<![^\W_])"
_CLOSE = r"(?![^\W_])"
# The rest of a compound: letters, then parts joined by '-', '.' or '_' ("Sofi-nr.", "Geb.datum",
# a field's "birth_date": the stem heads it, whatever date word ends it).
_REST = r"[^\W\d_]*(?:[-._][^\W\d_]+)*\.?"
_HEAD = r"([^\W\d_][^\W_]+(?:-[^\W_]+)*)"  # the one capturing group: a phrase's head
# Short stems ("id", "bsn", "kvk", "sofi", "born") only count as a whole word part: "idee" is
# not "id", a name ("Sofia", "Sofie") is no sofi-nummer and a town ("Borne") no birth.
_SHORT = 4
# "of" between a number word and what it numbers, in the languages of the labour market
_OF = r"(?:of|van|de|na|des|der|del|do|da|di|du)"


class Label(NamedTuple):
    """The label a candidate was read under (context.Evidence): its deciding word or phrase,
    lower case ("geboortedatum", "rijbewijs"; a word a break split, joined; a phrase the label
    window cut, whole), and its kind: ``context`` (it names the candidate's entity) or
    ``decoy`` (another kind of value's). Readers ask it, never the words of a reason."""

    word: str
    kind: str


class LabelHit(NamedTuple):
    """The word of a label that decides it: ``context`` (our entity) or ``decoy``. A named
    tuple: each label read makes one per word it holds."""

    kind: str
    start: int
    end: int
    word: str


def _alternation(words: list[str]) -> str:
    """The words as one case-insensitive alternative, longest first, folded into a trie (a
    keyword automaton in regex form, as context.words_pattern): the same matches as the
    flat alternation, without trying every word at every position.

    >>> re.findall(rf"(?i:{_alternation(['nr', 'Nummer', 'nr.', 'no'])})", "Nr. nummer no")
    ['Nr.', 'nummer', 'no']
    """
    keys = sorted({w.lower() for w in words})
    if any(len(w.lower()) != len(w) for w in words) or len({k.casefold() for k in keys}) < len(
        keys
    ):  # lower case that changes a length or leaves two spellings: keep the flat form
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    root: dict[str, dict] = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _joined(alts: list[str]) -> str:
    """The alternatives behind one word-start check (each opens with it): the same
    matches, the lookbehind tried once per position instead of once per alternative."""
    rest = [a.removeprefix(_OPEN) for a in alts if a]
    assert len(rest) == len([a for a in alts if a.startswith(_OPEN)]), alts
    return f"{_OPEN}(?:{'|'.join(rest)})" if rest else ""


def _trie_regex(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    group = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
    return group + ("?" if "" in node else "")


def context_regex(words: list[str], stems: list[str]) -> re.Pattern[str] | None:
    """Whole context words, and any word that holds a stem ("*x": anywhere in the word).

    >>> p = context_regex(["bsn", "sofinummer"], ["sofi", "burgerservice", "id", "*naam"])
    >>> [m.group() for m in p.finditer("BSN/Sofinummer, Sofi-nr., Sofia, Burgerservicenr., "
    ...                                "ID-kaart, Idee, Achternaam")]
    ['BSN', 'Sofinummer', 'Sofi-nr.', 'Burgerservicenr.', 'ID-kaart', 'Achternaam']
    """
    inner = [s[1:] for s in stems if s.startswith("*")]
    outer = [s for s in stems if not s.startswith("*")]
    short = [s for s in outer if len(s) <= _SHORT]
    long = [s for s in outer if len(s) > _SHORT]
    alts = [rf"{_OPEN}(?:{_alternation(words)}){_CLOSE}" if words else ""]
    alts.append(rf"{_OPEN}(?:{_alternation(long)}){_REST}" if long else "")
    # a short stem heads a compound ("ID-kaart"), it does not end one ("Btw-id", "klant-id")
    alts.append(rf"{_OPEN}(?<![^\W\d_]-)(?:{_alternation(short)})(?![^\W\d_]){_REST}"
                if short else "")
    alts.append(rf"{_OPEN}[^\W\d_]*(?:{_alternation(inner)}){_REST}" if inner else "")
    body = _joined(alts)
    return register(re.compile(body, re.IGNORECASE), [*words, *(s.lstrip("*") for s in stems)]
                    ) if body else None


def decoy_regex(words: list[str], tails: list[str], cased: tuple[str, ...] = (),
                heads: list[str] | tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """Decoy words, compounds on a tail ("Klantnummer", "klant-nr") and two-word phrases
    ("Order number", "Nummer lidmaatschap"); a phrase's head word may not be a stop word.
    ``cased`` words match only as written ("EGN", "NIF": short names that are also words or
    people's names in lower or title case: "Rut", "Sin"). ``heads`` are nouns of a thing with
    a number of its own that a compound glued on them names too ("Werkorder", "Leasecontract",
    "Deurwaardersdossier"), never in a phrase.

    >>> p = decoy_regex(["kenmerk"], ["nummer", "nr", "no"], heads=["order"])
    >>> [m.group() for m in p.finditer("Registratienummer, Klant-nr., Order no., Nummer pas")]
    ['Registratienummer', 'Klant-nr.', 'Order no.', 'Nummer pas']
    >>> [m.group() for m in p.finditer("WERKORDER 1, werk-order 2, order 3")]
    ['WERKORDER', 'werk-order']
    """
    # Glued compounds only on long tails and "nr(s)" ("klantnr", "boekingsnrs"); "no" needs a
    # separator ("Casino" is no number).
    glued = [t for t in tails if len(t) >= 5 or t in ("nr", "nrs")]
    tail = _alternation(tails)
    alts = [rf"{_OPEN}(?:{_alternation(words)}){_CLOSE}" if words else ""]
    if cased:
        flat = "|".join(re.escape(w) for w in sorted(cased, key=len, reverse=True))
        alts.append(rf"{_OPEN}(?-i:{flat}){_CLOSE}")
    if tails:
        alts += [
            rf"{_OPEN}[^\W\d_][\w\-]*?(?:{_alternation(glued)})\.?{_CLOSE}" if glued else "",
            rf"{_OPEN}[^\W\d_][\w]*[-.](?:{tail})\.?{_CLOSE}",
            rf"{_OPEN}{_HEAD}[^\S\n]+(?:{tail})\.?{_CLOSE}",
            # (and with "of" between, as other languages put it: "номер на паспорт",
            # "număr de pașaport", "Nummer des Ausweises")
            rf"{_OPEN}(?:{tail})\.?[^\S\n]+(?:{_OF}[^\S\n]+)?{_HEAD}{_CLOSE}",
        ]
    if heads:
        alts.append(rf"{_OPEN}[^\W\d_][\w]*?[\w-](?:{_alternation(list(heads))}){_CLOSE}")
    body = _joined(alts)
    return register(re.compile(body, re.IGNORECASE), [*words, *tails, *cased, *heads]
                    ) if body else None


@cache
def _stop() -> frozenset[str]:
    """Words that head no number phrase: stop words, and the verbs that point at a number
    ("zie nummer", "see number", "bel nummer"; data/context.toml [labels] not_heads)."""
    from detectors.context import context_words  # context imports this module
    from detectors.stop_words import stop_words

    verbs = context_words().get("labels", {}).get("not_heads", [])
    return frozenset(stop_words("nl") | stop_words("en") | {w.lower() for w in verbs})


def decisive_hit(
    ctx: re.Pattern[str] | None, decoy: re.Pattern[str] | None, label: str
) -> LabelHit | None:
    """The last context or decoy word of ``label`` (the one nearest the value), or None.

    A decoy that overlaps a context word is part of it ("Paspoortnummer", "Nr. paspoort").
    Remembered per label: every row of an export reads its column's header as the label of
    its value ("bsn ", 5,000 times), while a note's labels are each their own.
    """
    key = (id(ctx), id(decoy), label)
    if (hit := _HITS.get(key, _UNSEEN)) is not _UNSEEN:
        return hit  # type: ignore[return-value]
    hit = _decisive_hit(ctx, decoy, label)
    if registered(ctx) and registered(decoy):  # alive as long as we are: their ids stay theirs
        if len(_HITS) >= _MAX_HITS:
            _HITS.clear()
        _HITS[key] = hit
    return hit


_HITS: dict[tuple[int, int, str], LabelHit | None] = {}
_MAX_HITS = 4096
_UNSEEN = object()


def _decisive_hit(
    ctx: re.Pattern[str] | None, decoy: re.Pattern[str] | None, label: str
) -> LabelHit | None:
    negation = _negation()
    held = may_hold((ctx, decoy, negation), label)  # no search where a pattern's words lack
    if not held & 6:  # no decoy, no negation (most labels): the last context word decides
        found = _finditer(ctx if held & 1 else None, label)
        m = max(found, key=_END, default=None)
        return None if m is None else LabelHit("context", m.start(), m.end(), m.group())
    words = [LabelHit("context", m.start(), m.end(), m.group())
             for m in _finditer(ctx if held & 1 else None, label)]
    decoys = [
        LabelHit("decoy", m.start(), m.end(), m.group())
        for m in _decoys(decoy if held & 2 else None, label)
        if not _overlaps(m, words)
    ]
    # a denied context word ("niet het BSN") labels nothing, nor is it a decoy
    hits = [h for h in words if not (held & 4 and negation.search(label, 0, h.start))] + decoys
    last = max(hits, key=lambda h: h.end, default=None)
    if last is not None and last.kind == "decoy" and _ELIDED.search(label, 0, last.start):
        # "Geboorteplaats en -datum": the tail completes the compound before it (geboortedatum)
        before = [h for h in hits if h.kind == "context" and h.end <= last.start]
        if before:
            return max(before, key=lambda h: h.end)
    if last is not None and last.kind == "decoy" and not _NUMBER_WORD.search(last.word):
        # "BSN debiteur", "BSN klant": a party's word after our label says whose it is
        owner = [h for h in hits if h.kind == "context" and _QUALIFIED.fullmatch(
            label, h.end, last.start)]
        if owner:
            return owner[0]
        # "BSN opgegeven via de telefoon:", "IBAN per mail ontvangen": the decoy word after a
        # preposition is how the value came, or whose it is, not its kind
        passed = [h for h in hits if h.kind == "context" and _PASSED.fullmatch(
            label, h.end, last.start)]
        if passed:
            return passed[-1]
    if last is not None and last.kind == "decoy":
        # a label in two languages or three ("Persoonsnummer/Personal No.", a passport's
        # "Burgerservicenummer/Personal no./No personnel"): one label, ours
        paired = [h for h in hits if h.kind == "context" and _PAIRED.fullmatch(label, h.end,
                                                                            last.start)]
        return paired[0] if paired else last
    return last


_END = methodcaller("end")
# (the last language's number word may come first: the French "No personnel", "N° ...")
_PAIRED = re.compile(r"[ ]*/[ ]*(?:[^/:\n]{1,24}/[ ]*)*(?:[^\W\d_]{1,3}[.°º]?[ ]+)?")
_QUALIFIED = re.compile(r"[ ]+|[ ]?-[ ]?")
# up to two words (a participle: "doorgegeven", "received"), then a preposition and an article
_PASSED = re.compile(r"(?:[ ]+[^\W\d_]+){0,2}[ ]+(?:aan|per|via|over|by|on|through)"
                     r"(?:[ ]+(?:de|het|the|een|a))?[ ]+", re.IGNORECASE)
# a decoy that is itself a number's word ("kenmerk", "polisnr.") is no party's name
_NUMBER_WORD = re.compile(r"(?:nummer|nr|no|number|num|id|code|kenmerk|ref|referentie"
                          r"|reference|#)\.?$", re.IGNORECASE)
_ELIDED = re.compile(r"(?:[ ](?:en|of|and|or|&)[ ]+|[ ]?/[ ]?)-$", re.IGNORECASE)


def ocr_read(label: str) -> str | None:
    """The label as it was printed, when tesseract's confusions in a word's letters made it
    unreadable: "rn" for "m" ("Sofinurnmer"), a digit among letters ("Geb0ortedatum",
    "8SN"); None when the label holds none. Asked only of a label that names nothing.

    >>> ocr_read("Sofinurnmer :"), ocr_read("8SN:"), ocr_read("Geb0ortedatum"), ocr_read("BSN")
    ('Sofinummer :', 'BSN:', 'Geboortedatum', None)
    """
    if _OCR_ANY.search(label) is None:
        return None  # none of the confusions below (most labels): nothing to rewrite
    read = _OCR_RN.sub("m", label)
    read = _OCR_DIGIT.sub(lambda m: _OCR_LETTER[m.group()], read)
    read = _OCR_CAPS.sub(lambda m: _OCR_LETTER[m.group()].upper(), read)
    return read if read != label else None


# "rn" read for "m" inside a word ("nurnmer", "daturn"); a 0, 1, 5 or 8 between letters or
# opening a word of capitals ("8SN", "5OFI"): tesseract's usual confusions in a printed label
_OCR_RN = re.compile(r"(?<=[^\W\d_])rn(?=[^\W\d_]|\b)")
_OCR_DIGIT = re.compile(r"(?<=[^\W\d_])[0158](?=[^\W\d_])")
_OCR_CAPS = re.compile(r"(?<![\w])[058](?=[A-Z]{2})")
_OCR_LETTER = {"0": "o", "1": "l", "5": "s", "8": "b"}
# any of the three: where none matches, each sub() above leaves the label as it is. The
# same three, each opening on the character it rewrites (its look-behind read after it): a
# search that opens on a class skips to an "r" or a digit in C, and most of a label is
# neither (a third of the label reading's cost on dense text went on the look-behinds)
_OCR_ANY = re.compile(r"[r0158](?:(?<=[^\W\d_]r)n(?=[^\W\d_]|\b)"
                      r"|(?<=[^\W\d_][0158])(?=[^\W\d_])|(?<=[058])(?<!\w[058])(?=[A-Z]{2}))")


def _finditer(pattern: re.Pattern[str] | None, s: str) -> list[re.Match[str]]:
    return [] if pattern is None else list(pattern.finditer(s))


def _decoys(decoy: re.Pattern[str] | None, label: str) -> list[re.Match[str]]:
    """The decoy matches of ``label`` whose phrase head is no stop word. A phrase headed by a
    function word ("met nummer") still leaves its number word standing on its own ("je
    sollicitatie met nummer ..."); one headed by a pointing verb ("zie nummer") does not.
    """
    found: list[re.Match[str]] = []
    pos = 0
    while decoy is not None and (m := decoy.search(label, pos)) is not None:
        head = _head(m)
        if head is None or head.lower() not in _stop():
            found.append(m)
            pos = m.end()
        else:
            pos = m.start() + 1 if head.lower() in _function_words() else m.end()
    return found


def _overlaps(m: re.Match[str], hits: list[LabelHit]) -> bool:
    return any(m.start() < h.end and h.start < m.end() for h in hits)


@cache
def _negation() -> re.Pattern[str]:
    """A negation, maybe an article or pronoun after it, right before a context word: "niet
    het BSN", "geen sofinummer", "not your BSN" deny the word its number."""
    from detectors.context import context_words

    words = context_words().get("labels", {}).get("negations", [])
    articles = "het|de|een|je|jouw|uw|zijn|haar|hun|the|a|an|your|his|her|their"
    return register(re.compile(
        rf"{_OPEN}(?:{_alternation(words)})[^\S\n]+(?:(?:{articles})[^\S\n]+)?$", re.IGNORECASE),
        words)


def _head(m: re.Match[str]) -> str | None:
    return next((g for g in m.groups() if g), None) if m.re.groups else None


@cache
def _function_words() -> frozenset[str]:
    """Stop words that are no pointing verb (``_stop`` less data/context.toml not_heads)."""
    from detectors.context import context_words

    verbs = context_words().get("labels", {}).get("not_heads", [])
    return _stop() - {w.lower() for w in verbs}

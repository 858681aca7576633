"""NL_BSN: what names a bare 11-check number as another kind of number.

A label of its own, a noun right before it, the sentence's number word, a clause or an
aside in brackets after it ("123456782, dat bleek zijn klantnummer"), or a BSN word that
labels a different number: issue #14's decoys, which a personal-details block never
overrules.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from detectors.columns import column_label
from detectors.context import (
    bare_heads,
    context_words,
    decoy_file_names,
    is_number_word,
    label_before,
    number_words,
    own_key,
    patterns,
)
from detectors.doc_abroad import document_before
from detectors.glued_keys import key_words
from detectors.labels import Label, LabelHit, decisive_hit
from detectors.person_names import common_words, excluded, is_known, is_name_shaped, person_words
from detectors.spans import line_start_within
from detectors.stop_words import stop_words

ENTITY = "NL_BSN"
# "Label: value" right before the number, or a form's "Label ........ value" (a dotted or
# underscored leader in place of the colon): it is labelled, so it is no bare number.
_OWN_LABEL = regex.compile(
    r"[^\W\d_]{2,}\.?\)?[^\S\n]*(?:[:#=][^\S\n]*(?:[.…_]{3,})?|[.…_]{3,}[^\S\n]*:?)"
    r"[^\S\n]*$")


def has_own_label(text: str, start: int) -> bool:
    """A label of its own that names no BSN: "NIF (PT): 123456782", "Lidmaatschap: ...",
    or a column header above it in a pasted export. A BSN word nearby (not earlier on its
    line), or a block of personal details, does not make such a number a BSN."""
    bsn_word = patterns(ENTITY)[0]
    if (key := own_key(text, start)) is not None:
        # a log line's, a URL's or a record's own key ("run=", "?emp=", '"candidate_id": '):
        # the number's name, whatever BSN word its message holds, unless it says "value"
        return not ((bsn_word is not None and bsn_word.search(key_words(key)))
                    or key.lower() in _GENERIC_KEYS)
    line = _line_before(text, start)
    line = line[_last_break(line) :]  # a BSN word in an earlier sentence labels nothing here
    words = [] if bsn_word is None else list(bsn_word.finditer(line))
    if words and not _VALUE_BETWEEN.search(line, words[-1].end()):
        return False  # "BSN van mevrouw Jansen: ..." names its number further back
    own = _OWN_LABEL.search(line) or _OWN_LABEL.search(label_before(text, start))
    if own is not None and not _introduces(own.group()):
        return not _names_a_person(own.group())
    # (stop 71) or another country's document by the name it prints: "osobna iskaznica ..."
    return (column_label(text, start) is not None or _noun_before(text, start) is not None
            or document_before(text, start))


# keys that name a field's content, not its kind ('{"field": "bsn", "value": "..."}')
_GENERIC_KEYS = frozenset({"value", "val", "waarde", "v", "data", "text", "tekst", "content",
                           "input", "answer", "antwoord", "number", "nummer", "nr", "no"})


# A word, one space, the number: "Polis 123456782", "claim 123456782", "Pas 123456782"; the
# word said to be it ("Our build is 123456782", "de claim was 123456782"); or the number in
# brackets after it ("zijn ziekmelding (123456782)").
_WORD_BEFORE = regex.compile(r"(?<![\w\-])(\p{L}[\p{L}\-]{2,})(?:\.? | ?\(| (?:is|was|=) )$")


def _noun_before(text: str, start: int) -> str | None:
    """The common noun right before a bare number, which names it whatever kind it is
    ("Claim 123456782", "Huurder 123456782" in a block of personal details).
    Not a name ("Jansen 123456782" in a list), a stop word ("is"), an unknown word, a person
    ("werknemer 123456782": whose number, not what kind) or a word of a BSN label."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    word: str = m.group(1)
    lower = word.lower()
    if m.group().endswith("(") and not _names_a_kind(word):
        return None  # an aside in prose: "staat op de lijst (...)" says where, not what
    # an abbreviation with its full stop ("huurovk. 912272466", "contr. ..."): a label of its
    # own, shortened, whatever its word; never a name or a BSN word (both checked below)
    abbreviated = m.group().endswith(". ")
    if _a_kind_noun(text, m):
        return lower  # "(pas 121129391)", "Graf 805475898 ...": a stop word or a surname too
    # a certificate's or a pass's acronym ("VCA-VOL 123456782", "GPI 111222333"): its name,
    # in capitals, unless a name or a BSN word (both checked below)
    acronym = _ACRONYM.fullmatch(word) is not None
    if (lower not in common_words() and not _ends_on_a_kind(lower) and not abbreviated
            and not acronym) or (
            is_known(word.title()) or lower in excluded()):
        return None
    if lower in person_words()["relations"] or lower in _BSN_TAILS:
        return None
    if any(p is not None and p.fullmatch(word) for p in (patterns(ENTITY)[0],
                                                         patterns("PERSON")[0])):
        return None
    return lower


_BSN_TAILS = frozenset(context_words()[ENTITY]["tails"])
# capitals, parts joined by a hyphen ("VCA", "VCA-VOL", "NEN-3140" not: digits are no part)
_ACRONYM = regex.compile(r"\p{Lu}{2,5}(?:-\p{Lu}{1,5})*")


def kind_noun_before(text: str, start: int) -> str | None:
    """A kind noun right before the number, written small or opening its sentence: the
    number's own name even after a BSN label ("bsn 621518797, plaatsing 305740040")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m is not None and _a_kind_noun(text, m) else None


def _a_kind_noun(text: str, m: regex.Match[str]) -> bool:
    word = m.group(1)
    return word.lower() in _kind_nouns() and (word.islower() or _opens_sentence(text, m.start(1)))


@cache
def _kind_nouns() -> frozenset[str]:
    return frozenset(context_words()[ENTITY]["kind_nouns"])


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens its line or a sentence (its capital is the sentence's)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in "\n.!?:(-"


def holder_before(text: str, start: int) -> str | None:
    """The person right before a bare number whose record number it is ("employee
    839705232", "kandidaat 796336660": data/context.toml ``holders``), unless a BSN word
    stands right before that person ("BSN werknemer 123456782")."""
    m = _HOLDER_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() not in _holders():
        return None
    bsn_word = patterns(ENTITY)[0]
    lo = max(0, m.start() - 20)
    words = text[max(lo, text.rfind("\n", lo, m.start()) + 1) : m.start()].split()
    if words and bsn_word is not None and bsn_word.fullmatch(words[-1].rstrip(":")):
        return None
    return m.group(1).lower()


# a word, one space or a "#", the number ("employee 839705232", "kandidaat #796336660");
# its short form with or without a point ("emp 123456782", "empl. 123456782")
_HOLDER_BEFORE = regex.compile(r"(?<![\w\-])(\p{L}{3,}\.?)[ ]#?$", regex.REVERSE)


@cache
def _holders() -> frozenset[str]:
    return frozenset(context_words()[ENTITY]["holders"])


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    """The longer kind words of the BSN decoys and kind_nouns: a compound on one names that
    kind too."""
    words = context_words()[ENTITY]["decoy"] + context_words()[ENTITY]["kind_nouns"]
    return tuple(w for w in words if len(w) >= 6 and w.isalpha())


def _names_a_kind(word: str) -> bool:
    """A word that names a kind of number: a decoy word, a kind noun or a compound on one."""
    lower = word.lower()
    if _ends_on_a_kind(lower) or lower in _kind_nouns():
        return True
    hit = decisive_hit(*patterns(ENTITY), word)
    return hit is not None and hit.kind == "decoy"


def names_a_kind(word: str) -> bool:
    """A word that names a kind of number (a decoy word, a kind noun, a compound on one)."""
    return _names_a_kind(word)


def _ends_on_a_kind(word: str) -> bool:
    """A compound on a kind of number ("ziekmelding", "verzuimdossier", "werkorder").

    >>> _ends_on_a_kind("ziekmelding"), _ends_on_a_kind("ziek")
    (True, False)
    """
    return word.endswith(_kinds())


# a list's item: a bullet or an item's number opens its line ("- ", "• ", "2. ", "b) ")
_ITEM = regex.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)]|\p{Ll}\))[ \t]+\S")
_ITEMS_READ = 12  # list lines read upwards for the list's heading
# the heading's last word, before its colon
_HEADING_WORD = regex.compile(r"([\p{L}\-]+)[ \t]*:[ \t]*$")


def listed_under_kind(text: str, start: int) -> bool:
    """The number is an item of a list whose heading names its kind ("Keuringsnummers:⏎-
    gebouw Noord, installatie 2: KN ...⏎- hoofdkantoor: ..."), a kind that is no BSN
    ("BSN-nummers:" heads BSNs)."""
    line = text.rfind("\n", 0, start) + 1
    if _ITEM.match(text, line) is None:
        return False  # (nearly every number: no list item)
    for _ in range(_ITEMS_READ):
        if line == 0:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        if _ITEM.match(text, above) is None:
            heading = _HEADING_WORD.search(text, above, line - 1)
            bsn_word = patterns(ENTITY)[0]
            return heading is not None and _names_a_kind(heading.group(1)) and not (
                bsn_word is not None and bsn_word.search(heading.group(1)))
        line = above
    return False


_SENTENCE_BREAK = regex.compile(r"[.!?;]\s+(?=\p{Lu})|\n")


def sentence_names_another(text: str, start: int) -> bool:
    """The sentence names another kind of number before its value, further back than a
    label ("Het registratienummer van de nieuwe medewerker in ons systeem is 123456782"):
    the number word nearest the value decides."""
    hit = _sentence_hit(text, start)
    return hit is not None and hit.kind == "decoy" and not bare_number_label(
        Label(hit.word.lower(), hit.kind))  # ("het juiste nummer is": no kind named)


def _sentence_hit(text: str, start: int) -> LabelHit | None:
    """The number word of the value's sentence nearest before it (before a place it is
    written in: "het BSN staat in het dossier (...)" speaks of a BSN)."""
    before = text[max(0, start - 200) : start]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(before)]
    sentence = before[breaks[-1] if breaks else 0 :]
    hit = decisive_hit(*patterns(ENTITY), sentence)
    at = None if hit is None or hit.kind != "decoy" else _place_at(sentence, hit)
    return hit if at is None else decisive_hit(*patterns(ENTITY), sentence[:at])


# An article or a possessive, and two things joined ("tegen het ID-bewijs en het dossier").
_ART = r"(?:(?:het|de|een|zijn|haar|hun|je|jouw|uw|ons|onze|the|a|an|his|her|their|your|our)\s+)?"
_JOINED = rf"(?:[\w\-]+\s+(?:en|and|of|or|&)\s+{_ART})?"


@lru_cache(maxsize=1)
def _place_phrase() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in context_words()[ENTITY]["places_before"])
    return regex.compile(rf"(?<!\w)(?:{words})\s+{_ART}{_JOINED}$", regex.IGNORECASE)


def _place_at(sentence: str, hit: LabelHit) -> int | None:
    """Where the phrase starts when a decoy noun follows a preposition: the place a number
    is written in ("in het dossier", "op de polis"), not its kind; not a number word of its
    own ("in het klantnummer")."""
    if not _bare_noun(hit.word):
        return None
    m = _place_phrase().search(sentence, max(0, hit.start - 60), hit.start)
    return None if m is None else m.start()


def _bare_noun(word: str) -> bool:
    """A decoy word that is a thing ("dossier", "ID-bewijs"), no number word ("klantnr")."""
    lower = word.lower().rstrip(".")
    return lower.replace("-", "").isalpha() and not lower.endswith(_TAILS) and (
        lower not in _TAILS and lower not in ("nr", "no", "id", "code"))


_TAILS = tuple(context_words()[ENTITY]["tails"])


def placed_after_bsn(text: str, start: int) -> bool:
    """The label before the value is a place it is written in, after a BSN word of its
    sentence ("Je BSN ontbrak, het staat nu in je dossier (...)", "BSN gecontroleerd tegen
    het ID-bewijs en het dossier: ...")."""
    before = text[max(0, start - 200) : start]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(before)]
    sentence = before[breaks[-1] if breaks else 0 :]
    hit = decisive_hit(*patterns(ENTITY), sentence)
    at = None if hit is None or hit.kind != "decoy" else _place_at(sentence, hit)
    if at is None:
        return False
    # a BSN word before it, and no number word nearer ("kopie ID-bewijs" is a thing too)
    first = decisive_hit(*patterns(ENTITY), sentence[:at])
    ctx = patterns(ENTITY)[0]
    whole = None if first is None else _WHOLE_WORD.match(sentence, first.start)
    return first is not None and (first.kind == "context" or (
        whole is not None and _bare_noun(whole.group())
        and ctx is not None and ctx.search(sentence, 0, at) is not None))


_WHOLE_WORD = regex.compile(r"[\w\-]+")


# A bare number word closing a label ("no.", "nr", "nummer", "#"), and its colon.
_NUMBER_WORD = regex.compile(r"(?<![\w\-])(?:nr|no|nummer|number|num|#)\.?[^\S\n]*[:#=]?[^\S\n]*$",
                             regex.IGNORECASE)


def bsn_word_with_tail(text: str, start: int) -> str | None:
    """The BSN word of a label that a bare number word closes ("Sofinummer no.", "BSN-nummer
    nr:", "Citizen service number #"): the number word says the value is that BSN word's,
    not some other kind of number."""
    label = label_before(text, start)
    tail = _NUMBER_WORD.search(label)
    ctx = patterns(ENTITY)[0]
    if tail is None or ctx is None:
        return None
    head = label[: tail.start()].rstrip(" -")
    last = max(ctx.finditer(head), key=lambda m: m.end(), default=None)
    return None if last is None or last.end() != len(head) else str(last.group())


# A BSN word that is the subject of the value's sentence, a phrase on whose BSN between it
# and the verb before the number: "Het BSN van het juiste personeelsdossier is ...", "Zijn BSN
# op de scan van zijn verblijfspas is ...", "Her BSN on the scan of her residence card is ..."
# (a document or file word inside the phrase says whose BSN it is, not what the number is; no
# comma and no number word of its own inside the phrase: "Het BSN van de klant staat niet op
# de factuur, het factuurnummer is ..."). The BSN word is one of our context words.
_SUBJECT_PHRASE = regex.compile(
    r"[ ]+(?:van|in|uit|op|volgens|bij|voor|of|on|from|for|according[ ]to)[ ]+"
    r"(?:(?!\w*(?:nummer|number|nr)\b)[^\d\n.,!?:;()])+?"
    r"[ ]+(?:is|was|staat|stond|luidt|reads)[ ]*:?[ ]*", regex.IGNORECASE)
_SUBJECT_REACH = 110


def bsn_subject_before(text: str, start: int) -> str | None:
    """The BSN word that is the subject of the value's own sentence: the last context word
    within reach, the rest up to the value a _SUBJECT_PHRASE."""
    ctx = patterns(ENTITY)[0]
    if ctx is None:
        return None
    last = max(ctx.finditer(text, max(0, start - _SUBJECT_REACH), start),
               key=lambda m: m.end(), default=None)
    if last is None or _SUBJECT_PHRASE.fullmatch(text, last.end(), start) is None:
        return None
    return str(last.group())


def bsn_word_of_sentence(text: str, start: int) -> str | None:
    """The BSN word that is the number word of the value's sentence nearest before it and
    labels no number of its own ("Je BSN stond er niet in, graag nog opsturen (...)")."""
    hit = _sentence_hit(text, start)
    if hit is None or hit.kind != "context":
        return None
    at = text.rfind(hit.word, max(0, start - 200), start)
    own = _LABELS_A_NUMBER.match(text, at + len(hit.word)) if at >= 0 else None
    return hit.word if at >= 0 and (own is None or own.start(1) == start) else None


# Whose a number is, right after it: a person in brackets or after "van", "of", "for"
# ("(mw. Jansen)", "(Jan de Vries)", "van haar partner", "for Ms Jansen").
_WHOSE = regex.compile(r"[^\S\n]*(?:\([^\S\n]*|,?[^\S\n]*(?:van|voor|of|for|from|belonging to)"
                       r"[^\S\n]+)((?:[\p{L}'’\-]+\.?[^\S\n]*){1,4})", regex.IGNORECASE)


def someones_example(text: str, start: int, end: int) -> bool:
    """A number given as an example ("bijv.", "e.g.", "zoals") that the words after it give
    an owner: one of the numbers a sentence lists, not a format's example ("de BSN's,
    bijv. 123456782 (mw. Jansen) en ..."; not "negen cijfers, bijv. 123456782")."""
    if not any(hit is not None and hit.kind == "decoy" and hit.word.lower() in _examples()
               for hit in (decisive_hit(*patterns(ENTITY), label_before(text, start)),
                           _sentence_hit(text, start))):
        return False
    whose = _WHOSE.match(text, end)
    return whose is not None and any(_names_someone(w) for w in whose.group(1).split())


def _names_someone(word: str) -> bool:
    """A title, a relation or a known name (not any capital: "van de Belastingdienst")."""
    bare = word.rstrip(".").lower()
    words = person_words()
    return (bare in words["titles"] or bare in words["relations"]
            or (word[:1].isupper() and is_known(word.rstrip(".").title())))


@lru_cache(maxsize=1)
def _examples() -> frozenset[str]:
    return frozenset(context_words()[ENTITY]["examples"])


# The end of a sentence on a line: a word of lower-case letters (or an acronym) and a full
# stop, '!' or '?' before a capital ("BSN gecontroleerd. In het systeem stond ..."), or a semicolon; not an
# abbreviation ("Geb. Datum", "nr. 5").
_IN_LINE_BREAK = regex.compile(r"(?:(?<=\p{Ll}{3}|\p{Lu}{3})[.!?][^\S\n]+(?=\p{Lu})|;[^\S\n]+)")


_LINE_REACH = 300  # characters of the number's line read before it


# a value between a BSN word and the number, and its field closed after it (a quote, a brace
# or a bracket): a record's BSN field, then another field ('"bsn":"..."} reason="... run
# 123456782"'). In prose the BSN word speaks on ("in ons systeem staat ..., op zijn pas
# staat ...").
# a value after the BSN word and its own end: a record's quote or bracket, or another key
# ("BSN (NL): 111222333    RO CNP: ": the key after it names the number after it)
_VALUE_BETWEEN = regex.compile(r"\d{5,}[^\n]*?[\"'}\]]"
                               r"|\d{5,}\S*[ \t]+[^\W\d_][^\d:()\n]{0,40}:[ \t]*$")


def _line_before(text: str, start: int) -> str:
    """The number's line up to it, at most _LINE_REACH characters: a line with no break in
    reach is cut there, never read from the text's start (each number of one long line
    would read all the text before it: quadratic).

    >>> _line_before("Naam: Jan\\nPolis: 123456782", 17)
    'Polis: '
    >>> len(_line_before("ab" * 400 + " 123456782", 801))
    300
    """
    return text[line_start_within(text, start, _LINE_REACH) : start]


def _last_break(line: str) -> int:
    """Where the last sentence of ``line`` starts (0 when it holds one)."""
    return max((m.end() for m in _IN_LINE_BREAK.finditer(line)), default=0)


def bsn_word_in_earlier_sentence(text: str, start: int) -> bool:
    """The line before the number holds a BSN word only in a sentence before the number's
    ("We hebben zijn BSN gecontroleerd; in de mail stond 123456782"): no label of it."""
    line = _line_before(text, start)
    cut = _last_break(line)
    ctx = patterns(ENTITY)[0]
    return (cut > 0 and ctx is not None and ctx.search(line, 0, cut) is not None
            and ctx.search(line, cut) is None)


# After the number, in its clause: a link ("als", "is", "dat bleek", "which is") and then the
# kind it is ("123456782, dat bleek zijn klantnummer", "123456782 as her application number").
_LINK_AFTER = regex.compile(
    r"[^\w\n]{0,3}(?:[\p{L}]+[^\S\n]+){0,2}?(?:als|as|is|was|bleek|blijkt|zijnde|being)"
    r"[^\S\n]+", regex.IGNORECASE)


def named_after(text: str, end: int) -> bool:
    """The clause after the number says it is another kind of number (a label after it)."""
    clause = text[end : end + 80]
    clause = clause[: min((m.start() for m in _SENTENCE_BREAK.finditer(clause)),
                          default=len(clause))]
    link = _LINK_AFTER.match(clause)
    if link is None:
        return False
    hit = decisive_hit(*patterns(ENTITY), clause[link.end() : link.end() + 40])
    # a bare number word names no kind: "..., dat is niet haar nummer maar van een collega"
    return hit is not None and hit.kind == "decoy" and not _bare_number_word(hit.word)




_PUT_RIGHT_CHARS = 200  # characters before a number put right read for the BSN word it rights


def put_right(text: str, start: int, label: Label | None) -> str | None:
    """The BSN word a number put right under a bare label answers ("BSN 123456700 klopt
    niet, dit is het goede nummer: ..."): the BSN word nearest before it, within
    _PUT_RIGHT_CHARS, with no other kind's number word between; else None."""
    if not bare_number_label(label):
        return None
    ctx, decoy = patterns(ENTITY)
    before = text[max(0, start - _PUT_RIGHT_CHARS) : start]
    words = list(ctx.finditer(before)) if ctx is not None else []
    if not words:
        return None
    between = before[words[-1].end() :]
    other = decoy.search(between) if decoy is not None else None
    if other is not None and not bare_number_label(Label(other.group().lower(), "decoy")):
        return None  # "BSN goed, klantnummer fout; het goede nummer is ..."
    return words[-1].group()


# A message or a line that is only a bare number word up to the number ("number is ...",
# "Het nummer: ..."), after a chat's speaker or a line's start
@cache
def _bare_answer() -> regex.Pattern[str]:
    words = "|".join(map(regex.escape, number_words()))
    return regex.compile(
        r"(?:^|:[ \t])[ \t]*(?:(?:het|de|mijn|zijn|haar|the|my|his|her)[ \t]+)?"
        rf"(?:{words})\.?[ \t]*(?:is|=|:)?[ \t]*$", regex.IGNORECASE)


def bare_number_answer(text: str, start: int, label: Label | None) -> bool:
    """The number stands alone after one bare number word in its message or line ("[09:15]
    Piotr: number is ..."), no other noun before it ("in kluis nr ...").

    >>> bare_number_answer("[9:15] Piotr: number is 1", 24, Label("number", "decoy"))
    True
    >>> bare_number_answer("De sleutel ligt in kluis nr 1", 28, Label("nr", "decoy"))
    False
    """
    if label is None or label.kind != "decoy" or not _bare_number_word(label.word):
        return False
    return _bare_answer().search(_line_before(text, start)) is not None


def bare_number_label(label: Label | None) -> bool:
    """A decoy label that is a bare number word put right ("het juiste nummer", "the correct
    number"): it names no kind, the BSN word before it may (stop 71). A bare "Nummer:" alone
    stays a form's field of its own.

    >>> bare_number_label(Label("juiste nummer", "decoy")), bare_number_label(
    ...     Label("nummer", "decoy")), bare_number_label(Label("klantnummer", "decoy"))
    (True, False, False)
    """
    if label is None or label.kind != "decoy":
        return False
    words = label.word.split()
    return len(words) == 2 and _bare_number_word(words[-1]) and words[0] in bare_heads()


def _bare_number_word(word: str) -> bool:
    """A number word of no kind ("nummer", "nr.", "#"), not "klantnummer" or "code"."""
    return word == "#" or is_number_word(word)


# A number that opens brackets, and the words in them that say what it is: "een fout bsn
# (123456782 is het ordernummer ...)", "(123456782, zijn personeelsnummer)", "(123456782 =
# klantnr)". The aside is about the number, nearer to it than a label before the bracket.
_OPENS_BRACKET = regex.compile(r"\([ ]?$")
_ASIDE = regex.compile(r"[ ]?(?:[,;:=\-–][ ]?)?(?:(?:het|de|een|zijn|haar|hun|ons|onze|the|his"
                       r"|her|their|our|a|an)[ ]+)?(\S+)", regex.IGNORECASE)


def bracket_names_another(text: str, start: int, end: int) -> bool:
    """The number opens brackets in which its first word names another kind of number."""
    if not _OPENS_BRACKET.search(text, max(0, start - 2), start):
        return False
    if named_after(text, end):
        return True
    aside = _ASIDE.match(text, end)
    if aside is None:
        return False
    hit = decisive_hit(*patterns(ENTITY), aside.group(1).rstrip(").,;:"))
    return hit is not None and hit.kind == "decoy"


# An aside in brackets right after the number: "123456782 (intern volgnr)", "(PESEL)".
# (words only: "(klantnr. 4471)" gives another number its label, not this one)
_BRACKET_AFTER = regex.compile(r"[^\S\n]?\(([^()\n\d]{2,40})\)")


def placeholder_after(text: str, end: int) -> bool:
    """The brackets right after the number say it stands in for one ("400287961 (dummy)",
    "(testnummer)", "(fictief)": data/context.toml ``placeholders``): no one's number."""
    if "(" not in text[end : end + 2]:
        return False  # (most numbers: no bracket right after)
    aside = _BRACKET_AFTER.match(text, end)
    return aside is not None and aside.group(1).strip(" .!?,;:").lower() in _placeholders()


@cache
def _placeholders() -> frozenset[str]:
    return frozenset(context_words()[ENTITY]["placeholders"])


def bracket_after_names_another(text: str, end: int, strong: bool = False) -> bool:
    """The brackets right after the number are a label of another kind of number and no
    BSN: the writer's note of what it is ("(intern volgnr)", "(oud personeelsnr)",
    "(PESEL)"): at most three words, ending on the kind. A note of where it is kept or what
    it is for ("(staat in dossier)", "(in dossier)", "(nodig voor contract!)", "(gecheckt
    tegen ID)": a function word in it) names none, nor one ending on a bare number word
    ("(ID)", "(kopie ID)", "(oude nummer)", "(Tax ID)": which number, not another kind).
    After a ``strong`` label ("BSN 123456782 (...)") only the name of a kind of number
    overrides it, not a bare decoy word ("(werkgever)", "(VAT)")."""
    aside = _BRACKET_AFTER.match(text, end)
    if aside is None:
        return False
    words = aside.group(1).strip(" .!?,;:").split()
    if not words or len(words) > 3 or any(_opens_a_phrase(w.lower()) for w in words):
        return False
    if words[-1].lower().rstrip(".") in _BSN_TAILS:
        return False
    label = " ".join(words)
    ctx, decoy = patterns(ENTITY)
    if ctx is not None and ctx.search(label):
        return False
    hit = decisive_hit(ctx, decoy, label)
    if hit is None or hit.kind != "decoy" or hit.end < len(label.rstrip(".")):
        return False
    return not strong or _kind_of_number(label)


def _kind_of_number(label: str) -> bool:
    """``label`` ends on the name of a kind of number: another country's (four letters or
    more: "PESEL", "asmens kodas") or a compound on a number word ("volgnr",
    "personeelsnr", "klant-nummer")."""
    last = label.split()[-1].rstrip(".")
    lower = last.lower()
    if any(lower.endswith(t) and len(lower) >= len(t) + 3 for t in _BSN_TAILS):
        return True
    for name in decoy_file_names(ENTITY):
        if len(name) < 4:
            continue
        said = label if name != name.lower() else label.lower()
        if said == name or said.endswith((" " + name, "-" + name)):
            return True
    return False


_OWNERS = frozenset({"het", "de", "een", "zijn", "haar", "hun", "ons", "onze", "the", "his",
                     "her", "their", "our", "a", "an"})


def _opens_a_phrase(word: str) -> bool:
    """A function word of a phrase, not of a label: "in", "voor", "nog", "tegen" (an
    article or an owner opens a label: "(zijn klantnummer)")."""
    return word not in _OWNERS and (word in stop_words("nl") or word in stop_words("en"))


# A BSN word with its own number right after it ("BSN: ...", "BSN is ...", "bsn nr ...").
_LABELS_A_NUMBER = regex.compile(
    r"[^\w\n]{0,3}(?:(?:is|was|nr|nummer|number)[^\w\n]{1,3})?(\d[\d.\- ]{6,10}\d)",
    regex.IGNORECASE)


def _bsn_words(text: str, start: int, end: int, chars: int) -> Iterator[tuple[int, str, bool]]:
    """(distance, word, labels another number) of each BSN word within ``chars``: in
    "123456782 (BSN is 111222333)" the word is the other number's label."""
    ctx = patterns(ENTITY)[0]
    if ctx is None:
        return
    for m in ctx.finditer(text, max(0, start - chars), min(len(text), end + chars)):
        if start < m.end() and m.start() < end:
            continue
        own = _LABELS_A_NUMBER.match(text, m.end())
        distance = start - m.end() if m.end() <= start else m.start() - end
        yield distance, m.group(), own is not None and own.start(1) != start


def bsn_words_near(text: str, start: int, end: int, chars: int) -> list[tuple[int, str, bool]]:
    """(distance, word, labels another number) of each BSN word within ``chars``."""
    return list(_bsn_words(text, start, end, chars))


def free_context(text: str, start: int, end: int, chars: int) -> tuple[int, str] | None:
    """(distance, word) of the nearest BSN word within ``chars`` that labels no other number."""
    return min(((d, w) for d, w, other in _bsn_words(text, start, end, chars) if not other),
               default=None)


_WORDS_ONLY = regex.compile(r"[^\d\n]*\p{Ll}{2}[^\d\n]*")


def listed_after_bsn(text: str, start: int, chars: int) -> str | None:
    """The BSN word of the value's sentence when it labels an earlier number there and only
    words come between that number and this one, naming no other kind: the sentence gives
    a second BSN ("Het BSN is ... en dat van haar partner is ...", "BSN (...?? nee) -- in
    het systeem staat ..."). Not a row's next cell ("BSN: ..., 123456782"), nor one past a
    sentence's end ("BSN: ...; klant 123456782")."""
    ctx = patterns(ENTITY)[0]
    last = None if ctx is None else max(ctx.finditer(text, max(0, start - chars), start),
                                        key=lambda m: m.end(), default=None)
    own = None if last is None else _LABELS_A_NUMBER.match(text, last.end())
    if own is None or own.end(1) >= start:
        return None
    between = text[own.end(1) : start]
    if (_WORDS_ONLY.fullmatch(between) is None or _IN_LINE_BREAK.search(between)
            or _SENTENCE_BREAK.search(between)
            or decisive_hit(*patterns(ENTITY), between) is not None):
        return None
    return str(last.group())


def bsn_labelled_near(text: str, start: int, end: int, chars: int) -> bool:
    """Another number is labelled BSN within ``chars``: a person's block holds one BSN,
    so a bare number beside it is some other number."""
    return any(other for _, _, other in _bsn_words(text, start, end, chars))


def _introduces(label: str) -> bool:
    """A function word before the colon introduces a value, it names no kind ("hier is
    hij al: ...", "it is:", "namelijk:")."""
    word = label.rstrip(" \t:#=)._…").lower()
    return (word in stop_words("nl") or word in stop_words("en")) and not _names_a_kind(word)


def _names_a_person(label: str) -> bool:
    """'Jansen:' before a number in a list of people's numbers is a name, not a label; a
    word in brackets is a label's aside ("NIF (Portugal): ...")."""
    if ")" in label:
        return False
    word = label.rstrip(" \t:#=._…")
    return word.istitle() and is_name_shaped(word) and (is_known(word) or not _compound(word))


def _compound(word: str) -> bool:
    """Two common words written as one, as Dutch labels are ("Kostenplaats"), not a name.

    >>> _compound("Kostenplaats"), _compound("Kowalski")
    (True, False)
    """
    lower, words = word.lower(), common_words()
    return any(lower[:i] in words and lower[i:] in words for i in range(3, len(lower) - 2))


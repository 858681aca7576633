"""Document-level evidence: a capitalised word that is an item of a list whose other items
are names found ("aanwezig: Piet, Fatma, Kowalski", "met Sanne en Okafor").

Alone such a word earns little (a surname or an unknown word inside a sentence scores just
under the threshold); in a list beside names it is most likely one of them. The list must
hold at least two found names: one name and a word is mostly a name and its town ("Piet
Jansen, Utrecht") or firm, and a word joined by "en" to one found name was measured to add as
many false names as it found (DEV sets, stop 24). The word is scored by the prose model with
the ``listed_with_names`` weight added (data/person_model.toml). A list set one item a line
("Aanwezig:\n- Sanne\n- Okonkwo\n- Daan Visser") is read the same way (``lines``).
"""

from __future__ import annotations

import bisect

import regex

from detectors.context import Evidence
from detectors.person_names import first_names, is_name_shaped, is_seat, last_names, person_words
from detectors.person_places import area_towns
from detectors.person_prose import evidence
from detectors.spans import overlapping

# Between two items: a comma or semicolon, "en"/"and", or both (", en"); an item may carry
# a remark in brackets ("Joop (planner), Okonkwo (chauffeur)").
_AND = r"[ ]+(?:en|and|\+)[ ]+"  # (a roster's or a note's "+": "Esther + Ravshan")
_REMARK = r"(?:[ ]*\([^()\n]{1,40}\))?"
_SEP_AFTER = regex.compile(rf"{_REMARK}(?:[ ]*[,;](?:{_AND}|[ ]*)|{_AND})")
_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\w'’\-])")
_PARTICLES = r"Van[ ](?:de[nr]?[ ]|het[ ])?|De[ ]|Ter[ ]|Ten[ ]"
# (stop 69) a surname with its particles, capitalised as it stands alone: "Van Dam", "De Vries",
# "Van der Linden" ("Van Dam en Yilmaz")
_PARTICLE_SURNAME = regex.compile(rf"(?:{_PARTICLES})\p{{Lu}}\p{{Ll}}+(?![\w'’\-])")
_WORD_SEP_BEFORE = regex.compile(
    rf"(?<![\w'’.\-])(?:{_PARTICLES})?\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?{_REMARK}"
    rf"(?:[ ]*[,;](?:{_AND}|[ ]*)|{_AND})$",
    regex.REVERSE)  # (searched from the end: see person._BEFORE)


def listed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Evidence]]:
    """The list items beside found names (``spans``, the PERSON spans so far) that the prose
    model with the list weight reports; a chain of lists is walked once."""
    spans = sorted(set(spans))
    out: list[tuple[int, int, Evidence]] = []
    done: set[int] = set()
    opens: dict[int, int] = {}  # item start -> its list's start, each walked back over once
    scored: dict[int, list[tuple[int, int, Evidence]]] = {}  # list start -> its items scored
    for start, end in spans:
        if start in done:
            continue
        first = _list_start(text, start, opens)
        if first not in scored:  # (a name past _chain's 30 items reads its list's first 30)
            items = _chain(text, spans, first)
            done.update(s for s, _, found, _ in items if found)
            scored[first] = _scored(text, items)
        out += scored[first]
    return out


def _chain(text: str, spans: list[tuple[int, int]], start: int) -> list[tuple]:
    """The items of the list that opens at ``start``, left to right: found names and single
    capitalised words, each with the separator before it."""
    first = _item_at(text, spans, start)
    items = [(*first, "")] if first is not None else []
    while items and len(items) < 30 and (sep := _SEP_AFTER.match(text, items[-1][1])) is not None:
        nxt = _item_at(text, spans, sep.end())
        if nxt is None:
            break
        items.append((*nxt, sep.group()))
    return items


def _list_start(text: str, start: int, opens: dict[int, int]) -> int:
    """Where the list that holds text[start:] opens: words and separators walked back, to
    the start or to an item whose list's start ``opens`` knows (it walked back from every
    name of a long list to the list's start: quadratic in the list)."""
    walked = []
    while start not in opens and _sep_ends_at(text, start) and (
            m := _WORD_SEP_BEFORE.search(text, max(0, start - 40), start)) is not None:
        walked.append(start)
        start = m.start()
    first = opens.setdefault(start, start)
    opens.update(dict.fromkeys(walked, first))
    return first


_SEP_LAST = frozenset(" ,;")  # what _WORD_SEP_BEFORE's separator ends in


def _sep_ends_at(text: str, start: int) -> bool:
    """False where no separator can end right before ``start``, so _WORD_SEP_BEFORE cannot
    match: its "$" stands at ``start`` or before a line break there, after a space, comma
    or semicolon. Most names open a line or a sentence (an export's row after a line
    break), and the search from the end then tried every position of its 40 characters."""
    before = text[max(0, start - 2) : start]
    if before[-1:] == "\n":
        before = before[:-1]
    return before[-1:] in _SEP_LAST if before else False


def _item_at(text: str, spans: list[tuple[int, int]], pos: int) -> tuple[int, int, bool] | None:
    i = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:  # (a list walked back into a name)
        return spans[i][0], spans[i][1], True
    m = _PARTICLE_SURNAME.match(text, pos) or _WORD.match(text, pos)
    return (m.start(), m.end(), False) if m is not None else None


def _scored(text: str, items: list[tuple]) -> list[tuple[int, int, Evidence]]:
    if sum(1 for it in items if it[2]) < 2 and not _joined_pair(text, items):
        return []  # one name and a word: "Piet Jansen, Utrecht"
    out = []
    for start, end, is_found, _ in items:
        word = text[start:end]
        if is_found or not is_name_shaped(word.rsplit(" ", 1)[-1]) or word.lower() in (
                person_words()["titles"]):
            continue  # ("Ms. Kowalski" found as "Kowalski": "Ms" is no item of its own)
        ev = evidence(text, start, end, word.split(), ("listed_with_names",))
        if ev.score >= 0.5:
            out.append((start, end, ev))
    return out


_JOINER = regex.compile(_AND)


def _joined_pair(text: str, items: list[tuple]) -> bool:
    """(stop 67) Two items joined by "en", "and" or "+", one a found gazetteer first name,
    the other a word no place or firm is: "Marieke en Nodira", "Priya + Tuyet" (first names
    said alone, as a team's are; not "Piet Jansen, Utrecht", "Lyon and Utrecht", nor
    "Uber en Bolt": a surname's word)."""
    if len(items) != 2 or _JOINER.fullmatch(items[1][3]) is None:
        return False
    (s, e, found, _), (s2, e2, found2, _) = items
    if found == found2:
        return False
    name, word = (text[s:e], text[s2:e2]) if found else (text[s2:e2], text[s:e])
    if _place_or_firm(word.rsplit(" ", 1)[-1]):
        return False
    # two first names; or two surnames said alone, as a planner names a crew ("Bakker en
    # Yilmaz", "Ter Horst en Hakimi", "Officers Reed and Lowe")
    return name in first_names() or (" " not in name and name in last_names()
                                     and word.rsplit(" ", 1)[-1] in last_names())


# (stop 67) a word, then a found name alone in brackets: "Wiśniewska (Marta)", "Dima
# (Dmytro)"
_GLOSSED = regex.compile(r"(?<![\w'’.\-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ]\($", regex.REVERSE)


def glossed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Evidence]]:
    """A word right before a found name of one word in brackets of its own, no place nor
    firm: the surname before the first name a note adds ("Wiśniewska (Marta) belt"), the
    short name before the full one a mail is signed with ("Dima (Dmytro)")."""
    out = []
    words = person_words()
    taken = None  # (built for the first name in brackets: most texts have none)
    for s, e in spans:
        if text[e : e + 1] != ")" or text[s - 1 : s] != "(" or " " in text[s:e]:
            continue
        m = _GLOSSED.search(text, max(0, s - 40), s)
        if m is None:
            continue
        taken = taken or overlapping(spans)
        if taken(m.start(1), m.end(1)):
            continue  # (most: the word is the found name's own, "K. Mensah (Kofi)")
        word, low = m.group(1), m.group(1).lower()
        if not is_name_shaped(word) or low in words["titles"] or _place_or_firm(word) or any(
                low in words[k] for k in _NO_NAME_BEFORE):
            continue  # "Intercedent (Anouk)", "Broer (Tomasz)": whose, no one's name
        ev = evidence(text, m.start(1), m.end(1), [word], ("listed_with_names",))
        if ev.score >= 0.5:
            out.append((m.start(1), m.end(1), ev))
    return out


# the role and kin words of data/person.toml a name in brackets may gloss
_NO_NAME_BEFORE = ("branch_roles", "speaker_roles", "party_roles", "meeting_roles", "relations")


def _place_or_firm(word: str) -> bool:
    """A Dutch town of the area codes, a country, a department, an organisation's word or a
    firm's ("Co", "Zonen")."""
    words = person_words()
    return is_seat(word) or word in area_towns() or word.lower() in words["firm_after"]


# A line that holds one list item: a bullet or a number, then the item alone.
_BULLET = regex.compile(r"[ \t]*(?:[-*•–·>]|\d{1,2}[.)])?[ \t]*")
_ITEM_TAIL = " \t\r,;."
_MAX_LINES = 40
_TAIL_LOOK = 16  # characters after an item read for what follows it on its line
_BULLET_CHARS = 8  # the most a bullet or a number and spaces may take before an item
_ENDS = ("", "\n", "\r", " ", "\t", ",", ";", ".")  # what may follow an item on its line


def lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, Evidence]]:
    """The single capitalised words set one a line beside found names set so (``spans``):
    a block of consecutive item lines holding two found names or more, as ``listed``."""
    spans = sorted(set(spans))
    out: list[tuple[int, int, Evidence]] = []
    done: set[int] = set()
    for start, end in spans:
        ls = text.rfind("\n", max(0, start - _BULLET_CHARS), start) + 1
        if not ls and start > _BULLET_CHARS or text[end : end + 1] not in _ENDS:
            continue  # (most names stand in a sentence: far from their line's start or end)
        if text[end : end + _TAIL_LOOK].lstrip(_ITEM_TAIL)[:1] not in ("", "\n") and (
                text.find("\n", ls, end) < 0):
            continue  # (more on its line than an item's tail: an export's row, "Jan;..")
        if ls in done or _item_on(text, ls, spans) != (start, end, True):
            continue
        items = _block(text, spans, ls)
        done.update(i[3] for i in items)
        out += _scored(text, [(s, e, found, "") for s, e, found, _ in items])
    return out


def _block(text: str, spans: list[tuple[int, int]], at: int) -> list[tuple[int, int, bool, int]]:
    """The item lines around the line that opens at ``at``: (start, end, found, line start)."""
    items: list[tuple[int, int, bool, int]] = []
    ls = at
    while ls > 0 and len(items) < _MAX_LINES:  # up, to the first line that is no item
        prev = text.rfind("\n", 0, ls - 1) + 1
        item = _item_on(text, prev, spans)
        if item is None:
            break
        items.append((*item, prev))
        ls = prev
    items.reverse()
    ls = at
    while 0 <= ls < len(text) and len(items) < 2 * _MAX_LINES:  # this line and down
        item = _item_on(text, ls, spans)
        if item is None:
            break
        items.append((*item, ls))
        nxt = text.find("\n", ls)
        ls = nxt + 1 if nxt >= 0 else -1
    return items


def _item_on(text: str, ls: int, spans: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """The item alone on the line that opens at ``ls`` (a found name, or one capitalised
    word), or None for a line of anything else."""
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    pos = _BULLET.match(text, ls, le).end()
    item = _item_at(text, spans, pos)
    if item is None or text[item[1] : le].strip(_ITEM_TAIL):
        return None
    return item

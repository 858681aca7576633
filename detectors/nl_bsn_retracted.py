"""NL_BSN retracted: a number given as the BSN and taken back as another kind of number in the
next words ("My BSN 217087255?? no sorry, that is the letter number", "BSN: 123456782 - nee
wacht, dit is mijn personeelsnummer"). The writer's own correction names the number, as a
label would: issue #14's decoys that carry their kind after them.
"""

from __future__ import annotations

import regex

from detectors.context import patterns
from detectors.labels import decisive_hit
from detectors.nl_bsn_kinds import names_a_kind

ENTITY = "NL_BSN"
_REACH = 100  # characters after the number a retraction is read in (a quoted line's wrap too)
# A retraction ("no", "nee", "sorry", "oops", "wait", "wacht", "correctie", "fout"), then a pointer to
# the number as another thing ("that is", "that's", "dat is", "dit is", "this is", "het is",
# "it is", "dat was"), within a few words.
_RETRACTION = regex.compile(
    r"(?<!\w)(?:no|nope|nee|sorry|oops|oeps|wait|wacht|correctie|correction|my bad|fout|wrong"
    r"|verkeerd)(?!\w)"
    r"[^\n.]{0,24}?(?<!\w)(?:that|dat|dit|this|it|het)(?:'s|[ ]+(?:is|was|were|zijn))(?!\w)",
    regex.IGNORECASE)
# the number confirmed after an error said of another ("het vorige was fout, dit is het
# echte nummer")
_RIGHT = regex.compile(r"(?<!\w)(?:juiste|correcte|goede|echte|right|correct|proper|actual|real)"
                       r"(?!\w)", regex.IGNORECASE)
_QUOTED = regex.compile(r"[ \t]*>[ \t>]*")  # a reply's quote marks opening a line
_FIELD_LINE = regex.compile(r"[ \t>]*\p{L}[\p{L} ]{0,30}:")  # "Eigen vervoer: ..."
# a question after some words (not the "??" right after the number: "BSN 123...?? no sorry")
_QUESTION = regex.compile(r"\p{L}[^?]*\?")
# a negation before the other kind: "niet mijn personeelsnummer", "not the order number"
_NEGATED = regex.compile(r"(?<!\w)(?:niet|not|geen|isn't|isnt)(?!\w)", regex.IGNORECASE)


def retracted_after(text: str, end: int) -> bool:
    """The words after the number take it back as another kind of number: a retraction, a
    pointer to it and, in the words after that, a word for another kind (a BSN decoy).

    >>> retracted_after("BSN 123456782?? no sorry that is the letter number.", 13)
    True
    >>> retracted_after("BSN 123456782, dat is het juiste nummer.", 13)
    False
    """
    after = _read_on(text[end : end + _REACH])
    m = _RETRACTION.search(after)
    if m is None:
        return False
    said = _CLAUSE_END.split(after[m.end() : m.end() + 40], 1)[0]
    ctx, decoy = patterns(ENTITY)
    if (ctx is not None and ctx.search(said)) or _RIGHT.search(said):
        return False  # ("niet mijn personeelsnummer maar mijn BSN", "dit is het goede")
    hit = decisive_hit(ctx, decoy, said)
    if hit is not None and hit.kind == "decoy" and hit.word.lower() not in _BARE:
        return not _NEGATED.search(said, 0, hit.start)
    # ("her client number": a kind noun before a bare number word)
    words = _WORD.findall(said)
    return not _NEGATED.search(said) and any(
        w.lower() in _BARE and k and names_a_kind(words[k - 1]) for k, w in enumerate(words))


def _read_on(after: str) -> str:
    """The words after the number a retraction is read in: its line, and the next lines only
    as a reply's quote wraps them ("> nee sorry dat is het klantnummer") or a line cut after a
    comma runs on, up to a new field
    line ("Eigen vervoer: nee") or a question the writer asks ("Heeft u een auto? No")."""
    lines = after.split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        # (a line cut after a comma by the writer's wrap runs on: "... sorry, no,\nthat is
        # my old student number")
        wrapped = kept[-1].rstrip().endswith(",") and line.strip()
        if not (_QUOTED.match(line) or wrapped) or _FIELD_LINE.match(line):
            break
        kept.append(_QUOTED.sub("", line, 1))
    joined = " ".join(kept)
    question = _QUESTION.search(joined)
    return joined if question is None else joined[: question.end()]


_BARE = frozenset({"nummer", "number", "nr", "no", "num", "#"})
_WORD = regex.compile(r"[\p{L}#]+")
_CLAUSE_END = regex.compile(r"[,;.!?()]")

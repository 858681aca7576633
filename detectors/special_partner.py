"""Sexual orientation said by a partner's sex (issue #15): "mijn man" written by someone
called Mark, "my partner Sanne" in Emma's letter. A partner word says nothing alone; only
when the writer's gender is known (a signature, "mijn naam is", a CV's name line or its
"Geslacht:" field) and the partner's (the word, or a first name after it) is the same.
First names by gender: data/names/first_name_genders.tsv (make_name_genders.py); a name
given to both is in no list, so no inference."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from pathlib import Path

ENTITY = "SPECIAL_SEXUAL_ORIENTATION"
GENDERS = Path(__file__).resolve().parent / "data" / "names" / "first_name_genders.tsv"
NAME = r"([A-Z][a-zà-ÿ]+)"
# the writer's own name: a closing then a name, a self-introduction, a CV's name field
WRITER = [re.compile(p, re.MULTILINE) for p in (
    r"(?i:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?"
    r"|groet(?:en)?|kind regards|best regards|warm regards|regards|yours sincerely|sincerely"
    r"|yours faithfully|best wishes|with best wishes)[^\S\n]*,?\s*" + NAME,
    r"(?i:mijn naam is|ik ben|my name is|i am|i'm)\s+" + NAME,
    r"^[^\S\n]*(?i:naam|name|voornaam|voornamen|first name|roepnaam)\s*:[^\S\n]*" + NAME,
)]
SEX_FIELD = re.compile(r"^[^\S\n]*(?:geslacht|gender|sex)\s*:[^\S\n]*(man|vrouw|male|female)\b",
                       re.IGNORECASE | re.MULTILINE)
SEX_WORDS = {"man": "M", "male": "M", "vrouw": "F", "female": "F"}
# a first-person partner word and the partner's sex; "vriend"/"vriendin", "girlfriend" are
# as often a friend: not listed
# (case-insensitive for the fixed words only: NAME must stay capitalised, or "my partner will
# pick up" names a "Will")
PARTNER = re.compile(
    r"\b(?i:(?:mijn|m'n|my)\s+(man|echtgenoot|vrouw|echtgenote|husband|wife|boyfriend"
    r"|partner|verloofde|fiancée?|spouse|echtgeno(?:o|)te|levenspartner))\b"
    r"(?:,?[^\S\n]+" + NAME + r")?")
# someone else's partner named: "zijn partner Tom", "her partner Anne" (the pronoun gives
# the person's sex, the name the partner's); "zijn man", "haar vrouw" are lexicon terms
THEIR_PARTNER = re.compile(
    r"\b(?i:(zijn|haar|his|her)\s+(?:partner|verloofde|levenspartner|fiancée?|spouse))"
    r",?[^\S\n]+" + NAME)
# a chat export's or a transcript's line: its speaker wrote it ("[09:14] Daan Visser: mijn man
# ...", "12-03-2025 09:14 - Lisa: my wife ..."); the speaker's name gives that line's writer
SPEAKER = re.compile(r"[^\S\n]*(?:\[[^\]\n]{1,25}\][^\S\n]*|[\d:/.,-]+(?:[^\S\n]+[\d:/.,-]+)?"
                     r"[^\S\n]*[-–][^\S\n]*)?" + NAME + r"(?:[^\S\n]+[A-Z][\w'’-]*){0,3}[^\S\n]*:")
PRONOUN_SEX = {"zijn": "M", "his": "M", "haar": "F", "her": "F"}
PARTNER_SEX = {"man": "M", "echtgenoot": "M", "husband": "M", "boyfriend": "M",
               "vrouw": "F", "echtgenote": "F", "wife": "F"}


@cache
def name_genders() -> dict[str, str]:
    rows = GENDERS.read_text(encoding="utf-8").splitlines()
    return dict(r.split("\t") for r in rows if r and not r.startswith("#"))


def writer_sex(text: str) -> str | None:
    """M or F when every sign of the writer's gender agrees, else None."""
    genders = name_genders()
    seen = {SEX_WORDS[m.group(1).lower()] for m in SEX_FIELD.finditer(text)}
    for pattern in WRITER:
        seen |= {genders[m.group(1).lower()] for m in pattern.finditer(text)
                 if m.group(1).lower() in genders}
    lines = (line.split() for line in text.splitlines() if line.strip())
    for words in islice(lines, 3):
        if 2 <= len(words) <= 4 and words[0].istitle() and words[0].lower() in genders:
            seen.add(genders[words[0].lower()])  # a CV's or letter's name line
    return seen.pop() if len(seen) == 1 else None


def _speaker_sex(text: str, pos: int) -> str | None:
    """M or F when the line holding ``pos`` opens with a speaker whose first name says it,
    "" when it opens with a speaker whose name does not (Robin, Sam), None without one."""
    start = text.rfind("\n", 0, pos) + 1
    m = SPEAKER.match(text, start, pos)
    return None if m is None else name_genders().get(m.group(1).lower(), "")


def same_sex_partners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase without the name) of each partner word naming a partner of the
    person's own sex: the writer's ("mijn"), or the one a pronoun points at ("zijn")."""
    genders = name_genders()
    out = []
    # THEIR_PARTNER's words all hold one of these; most texts have none (half its cost a CV)
    lower = text.lower()
    their = any(word in lower for word in ("partner", "verloofde", "fianc", "spouse"))
    for m in THEIR_PARTNER.finditer(text) if their else ():
        if genders.get(m.group(2).lower()) == PRONOUN_SEX[m.group(1).lower()]:
            phrase = text[m.start() : m.start(2)].rstrip(", \t")
            out.append((m.start(), m.start() + len(phrase), phrase.lower()))
    if PARTNER.search(text) is None:
        return out
    sex = writer_sex(text)
    for m in PARTNER.finditer(text):
        speaker = _speaker_sex(text, m.start())
        if speaker == "" or (speaker is None and sex is None):
            continue  # a speaker of unknown sex is not the letter's signatory
        partner = PARTNER_SEX.get(m.group(1).lower())
        by_name = genders.get(m.group(2).lower()) if m.group(2) else None
        if by_name is not None:
            partner = by_name if partner in (None, by_name) else None
        if partner == (speaker or sex):
            # the span and term stop before the name: no name in an explanation
            out.append((m.start(), m.end(1), text[m.start() : m.end(1)].lower()))
    return out

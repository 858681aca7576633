"""PERSON: initials that stand for a person on their own ("- JK", "Notulist: MvdB").

Minutes, chats and e-mails sign and list people by their initials: a sign-off line of a dash
and two to four letters, the owner of an action point ("- JK: planning"), or the items after
a person label ("Aanwezig: JK, PB, MvdB"). Capitals that are no one's initials ("- HR",
"Notulist: HR") are data (person.toml ``acronyms``). Each is one C-level scan of the text
(stdlib ``re``); the rare hits are checked in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import regex

from detectors.context import Evidence, Label, patterns, scores
from detectors.person_names import (
    alone_first_names,
    common_words,
    first_names,
    is_name_shaped,
    is_org_word,
    last_names,
    person_words,
)
from detectors.person_openers import after_break, line_matches
from detectors.person_shape import LEGAL_FORMS, closing_before
from detectors.word_scan import find_words, finditer_on_lines

if TYPE_CHECKING:
    from detectors.person import Name

# Two to four initials, a surname's particles in lower case between them ("JK", "MvdB"), or
# with full stops ("S.V.", "E.Ö.", "T.v.O.", "J.v.d.B.", the particles' own stops left out
# too: "M.dG."; a list's item loses its last stop before it is read).
_LETTERS = regex.compile(
    r"\p{Lu}(?:\p{Ll}{0,3}\p{Lu}){1,3}|\p{Lu}(?:\.(?:\p{Ll}{1,3}\.?){0,2}\p{Lu}){1,3}\.?")
# A line opening with a dash, bullet or number, then a short word: a sign-off ("- JK")
# when the line ends there, an action point's owner when a colon or arrow follows.
_BULLET = re.compile(
    r"^[ \t]*(-{1,2}|–|—|•|\*|\d{1,2}[.)])[ \t]*([^\W\d_]{2,6})[ \t]*(:|->|→|\r?$)",
    re.MULTILINE,
)
# A labelled line: "Aanwezig: JK, PB en MvdB" (the label is checked in Python). The label
# is taken possessively: no shorter one is followed by ":" (it holds none), so giving back
# characters to try each was wasted work on every line.
_LABELLED = re.compile(r"^([^\n:]{2,40}+):([^\n]+)", re.MULTILINE)
_BULLET_BROKEN, _LABELLED_BROKEN = after_break(_BULLET), after_break(_LABELLED)
# an item of a list: up to a comma, a semicolon or a full stop that opens the line's next
# label ("Present: EdV, RB, LvL. Minutes: KO.")
_ITEM = re.compile(r"(?:[^,;.]|\.(?![ \t]+[^\W\d_][\w ]{0,20}:))+")
_AND = re.compile(r"[ \t]+(?:en|and|&|\+)[ \t]+")  # ("ES, NG + 9 crew members")


_POSTCODE_BEFORE = re.compile(r"\d{4}[ ]?$")
_TAKES_PERSON = ("person_before", "person_weak", "relation_before")


def caps_name(text: str, tokens: Sequence[Any], roles: str,
              label: Callable[[], Evidence | None]) -> bool:
    """True when capitals without full stops are the initials of the name they open: before
    a particle ("JP de Vries"), or before a gazetteer surname with a title, a label or a
    word that takes a person before them ("dhr. PJ Smit", "Contactpersoon: PJ Smit", "met
    PJ Smit"). Not an acronym ("HR Planning", "CV Bakker") or a postcode's letters
    ("1234 AB Den Haag")."""
    from detectors.person_prose import before_feature  # (person_prose imports this module's users)

    k = next(i for i, t in enumerate(tokens) if t.kind == "C")
    caps = tokens[k]
    if _POSTCODE_BEFORE.search(text, max(0, caps.start - 6), caps.start):
        return False
    if caps.text.lower() in person_words()["institution_acronyms"]:
        return False  # "BSO De Boomhut", "CBS De Akker": a school's or a centre's name
    if k + 1 < len(tokens) and tokens[k + 1].kind == "P":
        return True
    if caps.text.lower() in person_words()["acronyms"]:
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].kind == "C":
        if len(caps.text) > 1 or len(tokens[j].text) > 1:
            return False  # "HR IT Zuid": acronyms, no initials
        j += 1  # one letter a word, as a bank prints them: "S K RAMCHARAN"
    surname = tokens[j].text if j < len(tokens) else ""
    if surname and is_name_shaped(surname) and _meeting_role_after(text, tokens[-1].end):
        return True  # "WG Oostermeijer (notulen)", "JP Smit (vz)": a minute's own people
    if surname not in last_names():
        # a surname no list holds after initials of one letter a word and a person's label
        # or an account holder's ("t.n.v. S K NDLOVU"; "Contact: NS Utrecht" no)
        return (len(caps.text) == 1 and bool(surname) and is_name_shaped(surname)
                and (label() is not None or holder_before(text, caps.start)))
    return ("T" in roles or label() is not None or _in_place(text, caps.start, tokens[-1].end)
            or before_feature(text, caps.start) in _TAKES_PERSON
            or holder_before(text, caps.start))


_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,30})\)")


def _meeting_role_after(text: str, end: int) -> bool:
    """A meeting role in brackets right after a name ("(notulen)", "(vz)", "(chair)")."""
    m = _BRACKET_AFTER.match(text, end)
    return m is not None and _meeting_role(m.group(1))


def _meeting_role(note: str) -> bool:
    """A bracket's note that is a role in a meeting (person.toml meeting_roles)."""
    return note.strip().lower() in person_words()["meeting_roles"]


def holder_before(text: str, start: int) -> bool:
    """An account holder's label right before ``start``: "t.n.v.", "tnv", "ten name van", or
    the bracket right after an account number ("NL91ABNA0417164300 (P.J. SMIT)").

    >>> holder_before("paid to NL91 ABNA 0417 1643 00 (P.J. SMIT)", 32)
    True
    """
    return (_HOLDER_BEFORE.search(text, max(0, start - 20), start) is not None
            or _ACCOUNT_BRACKET.search(text, max(0, start - 45), start) is not None)


# An account's holder as a bank prints it, initials without stops: "t.n.v. S K RAMCHARAN",
# "tnv M KOWALCZYK" (a firm holds accounts too: only capitals read as initials here)
_HOLDER_BEFORE = re.compile(r"(?i:(?<![\w.])(?:t\.?\s?n\.?\s?v\.?|ten name van|account holder|"
                            r"rekeninghouder)[:]?[ \t]+)\Z")


# An account number (an IBAN's shape, grouped or not) and the bracket its holder opens
_ACCOUNT_BRACKET = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}[ \t]*\($")


# Where a name stands on its own: opening a cell, a line or a value after a colon or a dash
# ("| PJ Smit |", "Namens de bestuurder: JK Smit", "Opgesteld 3-2-2024 – PJ Smit"), and
# ending its cell or line ("DAF Tuber (2019)", "Site: NS Utrecht (client ...)" do not).
_PLACE_BEFORE = re.compile(r"(?:^|[|;\t:]|[ ][-–—])[ \t]*$")
_PLACE_AFTER = re.compile(r"[ \t]*(?:$|[|;\t])", re.MULTILINE)


def _in_place(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", max(0, start - 40), start) + 1 or max(0, start - 40)
    return bool(_PLACE_BEFORE.search(text[lo:start])) and _PLACE_AFTER.match(text, end) is not None


def _is_initials(word: str) -> bool:
    return bool(_LETTERS.fullmatch(word)) and word.lower() not in person_words()["acronyms"]


def bullets(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials signing on a dash line ("- JK"), or owning an action point ("- JK: ...")."""
    s = scores("PERSON").extra
    last = len(text.rstrip())
    for start, m in line_matches(_BULLET, _BULLET_BROKEN, text):
        if not _is_initials(m.group(2)) and not (
                m.end(2) == last and m.group(1).startswith(("-", "–", "—"))
                and _LETTERS.fullmatch(m.group(2))
                and m.group(2).lower() not in person_words()["body_acronyms"]):
            continue  # (letters that spell an acronym sign a note on its last line: "– SM")
        if m.group(3) in (":", "->", "→"):
            yield m.start(2), m.end(2), Evidence(s["signature"], "initials owning an action")
        elif m.group(1).startswith(("-", "–", "—")) and not _in_list(text, start, m.end()):
            yield m.start(2), m.end(2), Evidence(s["signature"], "initials signing")


# Initials, a dash and what they are to do (a verb: an infinitive or its third person),
# opening a sentence or a clause ("Actie: FD – controleren week 49. HG – terugbellen di 2
# dec.", "JK - stuurt de offerte"); not a glossary's term and its meaning ("CVA —
# cerebrovasculair accident")
_DASHED_OWNER = re.compile(r"(?:(?<=[.;:][ ])|(?<=[.;:][ ]{2})|(?<=\n)|(?<=\n[ \t]))"
                           r"([A-Z](?:[a-z]{0,3}[A-Z]){1,3})[ \t]+[–—-][ \t]+"
                           r"(?=[a-z]{2,}(?:en|t)(?![\w-]))")


def dashed_owners(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials owning an action after a dash, where a sentence or a clause opens."""
    if " – " not in text and " - " not in text and " — " not in text:
        return []
    ev = Evidence(scores("PERSON").extra["signature"], "initials owning an action")
    return [(m.start(1), m.end(1), ev) for m in _DASHED_OWNER.finditer(text)
            if _is_initials(m.group(1))
            and m.group(1).lower() not in person_words()["body_acronyms"]]


# A note's last line signed with initials: alone on it ("FO"), or after its last sentence
# ("... Wendy Koster op de hoogte gebracht. BS")
_SIGN_OFF = re.compile(r"(?:^[ \t]*|[.!?][ \t]+)([A-Z](?:[a-z]{0,3}[A-Z]){1,3})[ \t]*$",
                       re.MULTILINE)


# Initials glued to the surname, as a signature, a bank line or a quick note types them
# ("A.Stoica", "M.Constantinescu", "A.K.Opoku"): one C scan for a capital, a full stop and a
# capital; the rare hits are checked in Python.
_GLUED = re.compile(r"(?<![\w.@/])((?:[A-Z]\.){1,3})([A-Z][a-z\u00e0-\u024f]{2,}"
                    r"(?:-[A-Z][a-z\u00e0-\u024f]+)?)(?![\w@\-]|\.\w)")


def glued(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials glued to a surname: a known surname or a name-shaped word that is no common
    word, no degree ("B.Tech", "M.Com": data/person.toml degrees), no place and no firm's
    legal form ("N.V.Nederland")."""
    if "." not in text:
        return []
    words = person_words()
    s = scores("PERSON").extra
    out = []
    for m in _GLUED.finditer(text):
        surname = m.group(2)
        known = surname in last_names()
        if m.group(1).lower() in LEGAL_FORMS or surname.lower() in words["degrees"] or is_org_word(
                surname) or not (
                known or (is_name_shaped(surname) and surname.lower() not in common_words())):
            continue
        out.append((m.start(), m.end(), Evidence(s["initials"] if known else
                                                 s["initials_unknown"], "initials glued to a surname")))
    return out


def signed(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials that sign a note on its last line, alone or after its last sentence: the
    writer, as "- JK" is. Not an acronym ("OK", "HR") and not one line alone (a title)."""
    end = len(text.rstrip())
    lo = text.rfind("\n", 0, end) + 1
    if lo == 0:
        return []
    m = _SIGN_OFF.search(text, lo, end)
    if m is None or not _is_initials(m.group(1)):
        return []
    before = text[lo : m.start()].split()
    if before and text[m.start()] == "." and len(before[-1]) < 4 and not before[-1][-1:].isdigit():
        return []  # "evt. CZ": an abbreviation's full stop, the insurer after it
    if text[max(0, lo - 200) : lo].rstrip().endswith(";") or re.search(
            rf"(?m)^[ \t]*{m.group(1)}[ \t]*$", text[:lo]):
        return []  # a script's batch separator ("GO" after statements, or on lines before)
    return [(m.start(1), m.end(1), Evidence(scores("PERSON").extra["signature"],
                                            "initials signing a note"))]


# A mail's greeting line to initials: "Hoi GJ,", "Hi PR!", "Beste HvdL," (the greeting
# checked in Python against person.toml ``greetings``)
# (opening on the line break, a literal the engine skips to: "^" in MULTILINE mode is tried
# at every character, twice as slow on dense text)
_GREETED = re.compile(r"\n[ \t>]*([^\W\d_]{2,11})[ \t]+([A-Z][A-Za-z.]{1,7})[ \t]*[,!:]?[ \t]*"
                      r"(?=\r?\n|$)")


def greeted(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials greeted on a line of their own ("Hoi GJ,"): someone who goes by them; not
    an acronym ("Beste MT,", "Hi HR")."""
    words = person_words()
    ev = Evidence(scores("PERSON").extra["greeting"], "initials greeted")
    return [(m.start(2) - 1, m.end(2) - 1, ev)  # (the text read after a line break of its own)
            for m in _GREETED.finditer("\n" + text)
            if m.group(1).lower() in words["greetings"] and _is_initials(m.group(2))
            and m.group(2).lower().replace(".", "") not in words["body_acronyms"]]


def _in_list(text: str, start: int, end: int) -> bool:
    """A bullet among others ("- AVG" under "- WKR"), not a sign-off: a dash line right
    above or below it."""
    top = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, max(0, top)) + 1 : max(0, top)] if top > 0 else ""
    nl = text.find("\n", end)
    below = "" if nl < 0 else text[nl + 1 : nl + 80].split("\n", 1)[0]
    return any(line.lstrip()[:1] in "-–—•*" and line.strip() for line in (above, below))


def listed(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """Initials in a list after a person label ("Notulist: JK", "Aanwezig: JK, PB en
    MvdB")."""
    label = scores("PERSON").label
    word = patterns("PERSON")[0]
    attendance = person_words()["attendance_labels"]
    for _, m in line_matches(_LABELLED, _LABELLED_BROKEN, text):
        said = None if word is None else word.search(m.group(1))
        head = m.group(1).strip().lower()
        if said is None and head not in attendance:
            continue
        read = Label(head if said is None else said.group().lower(), "context")
        found: list[tuple[int, int]] = []
        roled: list[tuple[int, int]] = []
        spelled: list[tuple[int, str]] = []  # letters that spell an acronym too ("MT", "AB")
        for item in _ITEM.finditer(m.group(2)):
            for part in _AND.split(item.group()):
                # a role in brackets after the initials, or a second label on the line:
                # "TH (notulen)", "afwezig: PdG (ziek)", "EdV (chair)"
                name = _ROLE_AFTER.sub("", part.rsplit(":", 1)[-1]).strip(" \t.)\r")
                start = m.start(2) + item.start() + item.group().find(name)
                initials = _is_initials(name)
                if not initials and _acronym_initials(name):
                    spelled.append((start, name))
                if initials or _with_meeting_role(part, name) or _spelled_out(part, name):
                    if "." in name and (inverted := _INVERTED_BEFORE.search(
                            text, max(0, start - 40), start)) is not None and not _is_initials(
                            inverted.group().rstrip(", \t")):
                        continue  # "Signed: Nowak-Kowalski, A.B.": a name's own initials
                        # (not after other initials: "Present: RS, M.B.", "FvdB, Y.E.")
                    end = start + len(name)
                    end += "." in name and text[end : end + 1] == "."  # "S.V.": its last stop
                    (found if initials else roled).append((start, end))
        # (an acronym with a meeting role counts among others' initials: "IK, MA, AB
        # (notulen)"; in "HR, OR (voorzitter), MT" it is a body's; and among two or more
        # others' initials an acronym's letters are someone's too: "JdG, MT, FK, AB")
        if len(found) >= 2:
            found += [(start, start + len(name)) for start, name in spelled]
        for start, end in found + (roled if found else []):
            yield start, end, Evidence(label, "initials after a label", read)


# (a role and its employer: "R.H. (uitvoerder Bouwbedrijf Hendriksen)")
_ROLE_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,60})\)?[ \t.]*$")
# a surname and its comma before initials with stops: "DE GROOT, M.J.", "Nowak-Kowalski, A.B."
_INVERTED_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’\-]+,[ \t]*$")


def _acronym_initials(word: str) -> bool:
    """Capitals shaped as initials that spell a common acronym ("MT", "AB"), not a kind of
    school or institution ("BSO") and not a body (data/person.toml ``body_acronyms``: "HR",
    "ICT", "OR")."""
    lower = word.lower()
    return (bool(_LETTERS.fullmatch(word)) and lower in person_words()["acronyms"]
            and lower not in person_words()["institution_acronyms"]
            and lower not in person_words()["body_acronyms"])


def _with_meeting_role(part: str, name: str) -> bool:
    """Capitals that spell an acronym, with a meeting role in brackets after them: "AB
    (notulen)" in a list of those present is someone's initials."""
    role = _ROLE_AFTER.search(part)
    return role is not None and bool(_LETTERS.fullmatch(name)) and _meeting_role(role.group(1))


def _spelled_out(part: str, name: str) -> bool:
    """Capitals that spell an acronym, with the name they stand for in brackets after them:
    "PR (Priya Ramdin, planner)" in a list of those present is her initials, not public
    relations."""
    role = _ROLE_AFTER.search(part)
    if role is None or not _LETTERS.fullmatch(name):
        return False
    words = role.group(1).split(",", 1)[0].split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and (
        "".join(w[0] for w in words) == name)


def listed_everywhere(text: str, found: Sequence[tuple[int, int, Evidence]]
                      ) -> list[tuple[int, int, Evidence]]:
    """The initials a list after a person label gives (``found``: `listed`'s; minutes:
    "Aanwezig: JvdB, MK, SA"), wherever else they stand as a word ("SA heeft gesproken met",
    "actie: MK"): the text says they are people; not in a delimited row or beside a number
    (a record's code), as `declared`."""
    letters = {text[s:e] for s, e, _ in found}
    listed_at = {s for s, _, _ in found}
    why = "initials of a list of those present"
    # the same letters without their stops ("Present: B.V., K.B." then "BV: ask stores",
    # "KB and NF"): not after a capitalised word, where bare capitals are a firm's ("Bakker BV")
    bare = {x.replace(".", "") for x in letters if "." in x} - letters
    return [hit for hit in _wherever(text, letters, why) + _wherever(text, bare, why, words=True)
            if hit[0] not in listed_at]


def _wherever(text: str, letters: set[str], why: str, words: bool = False
              ) -> list[tuple[int, int, Evidence]]:
    """Every place ``letters`` (initials the text says stand for people) stand as a word, but
    in a delimited row, quoted or beside a number (a record's code); ``words``: not after a
    capitalised word either."""
    if not letters:
        return []
    pattern = re.compile(r"(?<![\w.&\-])(?:" + "|".join(
        re.escape(x) for x in sorted(letters, key=len, reverse=True)) + r")(?![\w&\-])")
    ev = Evidence(scores("PERSON").extra["repeat"], why)
    delimited: dict[int, int] = {}  # (an export's cell or a code beside a number stays one)
    return [(m.start(), m.end(), ev) for m in pattern.finditer(text)
            if not _in_record(text, m.start(), m.end(), delimited, words=words)]


# Capitals that may be a person's initials: "JV", "MvdB", "TdG", or with full stops "J.V."
# (a full stop after bare capitals ends the sentence). Stdlib re: one C scan of the text.
# (it opens on its capital and looks behind only then: a pattern that opens on a look-behind
# is tried at every character of the text, three times slower on prose)
_CAPITALS = re.compile(
    r"[A-Z](?<![\w.&/\-].)(?:(?:[a-z]{0,3}[A-Z]){1,4}|\.(?:(?:[a-z]{1,3}\.){0,2}[A-Z]\.){1,4})"
    r"(?![\w&/\-])")


def of_names(text: str, names: Sequence[Name]) -> list[tuple[int, int, Evidence]]:
    """The initials of a name the text gives in full, where they stand alone: minutes write
    "Jan Verbeek (JV)" once and then "actie: JV", "navragen – JV", "JV licht toe". Only the
    initials of the document's own names (``names``, person.Name: "JV", "JVB", "TdG",
    "TDG", "TG" for "Tim de Graaf"), never an acronym or a postcode's letters. Two bare
    capitals ("IC", "MR") are an acronym as often as someone's initials: they count only
    where the text cues a person (`_cued`) or where it cued the same letters elsewhere. The
    text's capitals are found first (one C scan; most texts have none that could be
    initials), the names' initials only then."""
    hits = list(_CAPITALS.finditer(text)) if names else []
    if not hits:
        return []
    forms = frozenset(f for n in names
                      for f in _initials_of(tuple([t.text for t in n.tokens]), n.roles))
    acronyms = person_words()["acronyms"]
    # a line's start: whether the line is a delimited row (-1: the last hit's line's
    # start, -2: the last hit's start)
    delimited: dict[int, int] = {}
    minutes = _ATTENDED.search(text) is not None
    kept = [m for m in hits if (letters := m.group().replace(".", "")) in forms
            and (letters.lower() not in acronyms or (minutes and _speaks(text, m)))
            and not _in_record(text, m.start(), m.end(), delimited)]
    bare = [m for m in kept if _BARE.fullmatch(m.group())]
    if bare:
        cued = {m.group() for m in bare if _cued(text, m.start(), m.end())}
        # (a text that writes people by their initials somewhere, "Action: TN", also opens
        # a sentence with them: "GO chaired."; so do minutes that list who was there,
        # "Aanwezig: H. Dekker, ...", then "HD meldt ...", "Rondvraag. HD: ...")
        if cued or len(bare) < len(kept) or minutes:
            after = (_VERB_AFTER, _SPEAKER_AFTER) if minutes else (_VERB_AFTER,)
            cued |= {m.group() for m in bare if _OPENS.search(text, max(0, m.start() - 4),
                                                              m.start())
                     and any(a.match(text, m.end()) for a in after)}
        kept = [m for m in kept if not _BARE.fullmatch(m.group()) or m.group() in cued]
    ev = Evidence(scores("PERSON").extra["repeat"], "initials of a name seen in full")
    return [(m.start(), m.end(), ev) for m in kept]


# Two capitals with nothing between: an acronym as often as initials ("IC", "MR", "AD").
_BARE = re.compile(r"[A-Z]{2}")
# What cues a person right before initials: a bracket ("Jan Verbeek (JV)", "(actie: JV)"), a
# dash ("navragen – JV"), or a cue word (person.toml initials_before: "actie JV", "door JV").
# (a dash opening a line too, "- HT: rooster": "^" holds at the string's start only, not
# at a search's start, so a line's start is read as no character but a line break before)
_CUE_BEFORE = re.compile(r"(?:[(\[]|(?:(?<![^\n])|[ \t])[-–—]|([^\W\d_]+)[ \t]*:?)[ \t]*$")
# Initials opening a sentence, a lower-case word after them ("GO chaired.", "JV licht toe").
_OPENS = re.compile(r"(?:^|[.!?][ \t]+)$", re.MULTILINE)
_VERB_AFTER = re.compile(r"[ \t]+[a-z]")
# Minutes' line of who was there ("Aanwezig: ...", "Present: ...")
_ATTENDED = re.compile(r"(?im)^[ \t]*(?:aanwezig|aanw\.?|present|attendees|attending|"
                       r"deelnemers)[ \t]*:")
# A speaker: the initials open a line and a colon follows ("KA: de klant belt terug").
_SPEAKER_AFTER = re.compile(r"[ \t]*:")


def _speaks(text: str, m: re.Match[str]) -> bool:
    """Initials that spell an acronym too ("AB") opening a sentence of minutes with a verb
    after them ("AB meldt dat ..."): in minutes that list A. Bakker as present, she speaks
    (an acronym's body would be written out or follow an article: "het AB besluit")."""
    return (_OPENS.search(text, max(0, m.start() - 4), m.start()) is not None
            and _VERB_AFTER.match(text, m.end()) is not None)


def _cued(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", max(0, start - 30), start) + 1 or max(0, start - 30)
    before = _CUE_BEFORE.search(text, lo, start)
    if before is not None and (before.group(1) is None
                               or before.group(1).lower() in person_words()["initials_before"]):
        return True
    if not text[lo:start].strip() and _SPEAKER_AFTER.match(text, end) is not None:
        return True
    # initials signing a letter on their own line after its closing ("Thanks,⏎PJ")
    return closing_before(text, start, end)


# A code in a record or a form, not a person: beside a number ("1234 AB", "123456782 JV",
# "JV 12-03-2024") or a capitalised word with no mark between (a form's columns, a heading:
# "Paraaf werkgever JV Datum"; not a cue word or a sentence's opener: "Actie JV", "Volgens
# JV"), quoted or in a delimited row (an export's cell).
# (\Z, not $: "$" holds before a last line break too, and the number ending the line before
# is no code of initials opening the next: "... 692598169.\nRO vraagt")
# A number closing a sentence ("Backlog 2,310. OA flagged ...") is no code either: a code
# beside its number stands with no full stop between.
_NUMBER_BEFORE = re.compile(r"\d(?:[\w.\-/]*[\w\-/])?[ \t]+\Z|\d[\w.\-/]*\Z")
_CAPITAL_BEFORE = re.compile(r"(?<![\w.\-/])([A-Z]\w*)[ \t]+$")
# an agenda item's number opening its line ("1. EdV reports ..."): no record's code
_ENUMERATOR = re.compile(r"(?<![^\n])[ \t]*\d{1,2}[.)][ \t]+$")
# an action list's sub-numbered item, the initials then a dash ("17.2 GP – rooster opstellen");
# not a size ("17.1 MB")
_SUBITEM = re.compile(r"(?<![^\n])[ \t]*\d{1,2}(?:\.\d{1,2}){1,2}[ \t]+$")
_DASH_AFTER = re.compile(r"[ \t]+[-–—][ \t]")
_NUMBER_AFTER = re.compile(r"[ \t]+[\dA-Z]|=")
_DIGIT_AFTER = re.compile(r"[ \t]+\d|=")  # (a roster's next cell may be initials: "AB/KM  AB/PR")


def _in_record(text: str, start: int, end: int, delimited: dict[int, int],
               words: bool = True) -> bool:
    """``words``: a capitalised word before makes a record too (not for declared initials,
    which a roster sets beside a group's name: "Oranje AB/KM")."""
    if (_NUMBER_BEFORE.search(text, max(0, start - 12), start)
            and not _ENUMERATOR.search(text, max(0, start - 8), start)
            and not (_SUBITEM.search(text, max(0, start - 12), start)
                     and _DASH_AFTER.match(text, end))) or (
            _NUMBER_AFTER if words else _DIGIT_AFTER).match(text, end):
        return True
    word = _CAPITAL_BEFORE.search(text, max(0, start - 24), start) if words else None
    if word is not None and word.group(1).lower() not in person_words()["initials_before"]:
        return True
    if text[start - 1 : start] in ("\"", "'") or text[end : end + 1] in ("\"", "'"):
        return True
    # (whether the line is a delimited row is read once per line, from where the last hit's
    # line began: hits come in order, and a long line of many initials was cut out and
    # searched back to its start again for each)
    lo = delimited.get(-1, 0)
    nl = text.rfind("\n", delimited.get(-2, 0), start)
    if nl >= 0:
        lo = nl + 1
    delimited[-1], delimited[-2] = lo, start
    if lo not in delimited:
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        delimited[lo] = int(any(text.count(d, lo, hi) >= 2 for d in "|\t") or (
            text.count(";", lo, hi) >= 2 and not _prose(text[lo:hi])))
    return bool(delimited[lo])


PROSE_WORDS = 12  # words between two semicolons of a sentence; a record's cell has fewer


def _prose(line: str) -> bool:
    """Semicolons between clauses of a sentence ("AS very happy with WZ, who started 1 Nov;
    asks whether ... JH has one candidate; AS still wants ..."), not a record's cells: a
    part of many words; or between the items of a minute's action list, each a few words
    ("Actielijst: MdB – terugkoppeling kandidaten; SY – notulen rondsturen"), where a
    record has cells of one or two words (a name, a number, a date)."""
    parts = [p.split() for p in line.split(";")]
    # (after a label, "Acties: KV offerte; MJ nieuwsbrief", two words an item will do: a
    # record opens on its first cell, not on a label and a colon)
    least = LABELLED_ACTION_WORDS if _LABEL_OPENS.match(line) else ACTION_WORDS
    return any(len(p) > PROSE_WORDS for p in parts) or all(
        len(p) >= least for p in parts if p)


ACTION_WORDS = 3  # words of each item of an action list at least
LABELLED_ACTION_WORDS = 2  # the same after a label ("Acties: ...")
_LABEL_OPENS = re.compile(r"[ \t]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?:[ \t]")


@lru_cache(maxsize=4096)
def _initials_of(words: tuple[str, ...], roles: str) -> tuple[str, ...]:
    """The ways a name's initials are written: its given names' letters (all, or the
    first), its particles' in lower case, in capitals or left out, its surname's (of a
    double surname both parts' letters, or the first part's: minutes write "EJ" for Els
    Jansen-Vermeulen as often as "EJV").

    >>> sorted(_initials_of(("Tim", "de", "Graaf"), "FPL"))
    ['TDG', 'TG', 'TdG']
    >>> sorted(_initials_of(("Els", "Jansen-Vermeulen"), "FL"))
    ['EJ', 'EJV']
    >>> _initials_of(("Jan", "-", "Willem"), "L-L")
    ('JW',)
    """
    if roles == "L-L" and all(w in alone_first_names() for w in words[::2]):
        return (words[0][0] + words[2][0],)  # a double first name alone: "JW" for Jan-Willem
    given = "".join(_letters(w, r) for w, r in zip(words, roles, strict=True) if r in "FI")
    last = [_letters(w, r) for w, r in zip(words, roles, strict=True) if r == "L"]
    surname = "".join(last)
    particles = "".join(w.lstrip("'’")[:1].lower() for w, r in zip(words, roles, strict=True)
                        if r == "P")
    if not given or not surname:
        return ()
    forms = {g + p + s for g in {given, given[0]}
             for p in {"", particles, particles.upper()} for s in {surname, last[0][:1] or surname}}
    opening = next((w for w, r in zip(words, roles, strict=True) if r in "PL"), "")
    if opening[:1].isupper():
        forms.add(given[0] + opening[0])  # "FE" for F. El Ouazzani, "NA" for N. Asante-Mensah
    if len(given) >= 2 and ("F-F" in roles or any("-" in w for w, r in zip(
            words, roles, strict=True) if r == "F")):
        forms.add(given)  # a double first name's own letters: "PJ" signs for Pieter-Jan
    return tuple(f for f in forms if 2 <= len(f) <= 5)


def _letters(word: str, role: str) -> str:
    """The capitals a name word gives its initials: an initials token its own ("J.K.",
    "PJ"), a name one a part ("Anne-Marie": "AM")."""
    if role == "I":
        return "".join(c for c in word if c.isupper())
    return "".join(p[:1] for p in word.split("-") if p[:1].isupper())


# A legend that declares initials: "AB = Anouk Bakker", "KM: Kwame Mensah", "TD – Tamara
# Doornbos" (the letters right before the name, a sign between), or "Anouk Bakker (AB)", "Anouk
# Bakker = AB" (right after it).
_DECLARED_BEFORE = re.compile(
    r"(?:^|[\s,;(])([A-Z][A-Za-z]{0,3}[A-Z]|[A-Z](?:\.[A-Z]){1,3}\.)[ \t]*(?:=|:|–|—|-)[ \t]*$")
_DECLARED_AFTER = re.compile(r"[ \t]*(?:[(\[][ \t]*|=[ \t]*)([A-Z][A-Za-z]{0,3}[A-Z])(?:[)\]]|[ \t]*[,;.\n]|$)")
# or closing the name's item of a list, after its role: "N.K. Asante-Mensah – gemeente,
# operations (NA); F. El Ouazzani – account manager (FE)"
_DECLARED_IN_ITEM = re.compile(r"[ \t]*[–—-][^;\n()]{1,60}?\([ \t]*([A-Z][A-Za-z]{0,3}[A-Z])"
                               r"[ \t]*(?:\)|,)")
# Where a legend may stand at all: initials then a sign and a capital, or initials in brackets.
_LEGEND_SITE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}[A-Z]|[A-Z]\.[A-Z]\.)[ \t]*(?:=|:|–|—|-)[ \t]*[A-Z]"
                          r"|[(\[=][ \t]*[A-Z][A-Za-z]{0,3}[A-Z](?:[)\]]|[ \t]*[,;.\n]|$)")


def declared(text: str, names: Sequence[Name]) -> list[tuple[int, int, Evidence]]:
    """Initials the text itself declares for one of its names (a legend of a roster or a
    list of those present: "AB = Anouk Bakker", "Kwame Mensah (KM)"), wherever they stand as
    a word: then also paired by a slash in a roster's cell ("AB/KM") or beside a capitalised
    word, which the undeclared initials of `of_names` may not; not in a delimited row, quoted
    or beside a number (a record's code). The letters must be that name's initials:
    "Petra Jansen (HR)" declares nothing."""
    if not names or _LEGEND_SITE.search(text) is None:  # one scan: most texts have no legend
        return []
    letters: set[str] = set()
    sites: list[tuple[int, int]] = []
    for n in names:
        forms = _initials_of(tuple([t.text for t in n.tokens]), n.roles)
        if not forms:
            continue
        lo = text.rfind("\n", 0, n.start) + 1
        # (from the line break before: re's "^" holds at the string's start only, not at a
        # search's; "MK = Maaike Kuipers" opening a line)
        before = _DECLARED_BEFORE.search(text, max(lo - 1, n.start - 12, 0), n.start)
        after = _DECLARED_AFTER.match(text, n.end) or _DECLARED_IN_ITEM.match(text, n.end)
        for m in (before, after):
            if m is not None and m.group(1).replace(".", "") in forms:
                letters.add(m.group(1))
                sites.append(m.span(1))
    # (an acronym too, "PR = Priya Ramdin": the text says whom the letters stand for)
    found = _wherever(text, letters, "initials the text declares for a name")
    # the legend's own letters, though its line is a list of ';' like a record's
    ev = Evidence(scores("PERSON").extra["repeat"], "initials the text declares for a name")
    at = {s for s, _, _ in found}
    return found + [(s, e, ev) for s, e in sites if s not in at
                    and (s == 0 or text[s - 1] in " \t\n(")]  # (not a key: "ATTENDEE;CN=")


# Initials, then the name they stand for in brackets: a case note or a minute keeps a client
# by initials and spells the name once ("client R.T. (Rahel Tesfamariam)", "AK (Ahmad
# Karimi)"). One C-level scan; the letters are checked against the name's in Python.
_GLOSSED = regex.compile(
    r"(?<![\w.])(\p{Lu}(?:\.\p{Lu}){1,3}\.?|\p{Lu}{2,4})[ \t]*\("
    r"(\p{Lu}[\p{L}'’\-]+(?:[ \t]+[\p{L}'’\-]+){1,3})\)")


_SURNAME_AFTER = regex.compile(r"[ \t]((?:(?:van|de|der|den|ter|ten|te|'t)[ \t])*"
                               r"\p{Lu}\p{Ll}[\p{L}'’\-]*)")


def glossed(text: str) -> list[tuple[int, int, Evidence]]:
    """The name in brackets after initials that are its own ("R.T. (Rahel Tesfamariam)",
    "JvB (Jan van Beek)"), and those initials wherever they stand as a word; not letters
    that are someone else's ("HR (Petra Jansen)")."""
    found: list[tuple[int, int, Evidence]] = []
    letters: set[str] = set()
    for m in _GLOSSED.finditer(text):
        words = m.group(2).split()
        caps = "".join(w[0] for w in words if w[0].isupper())
        own = m.group(1).replace(".", "")
        if len(caps) < 2 or own not in (caps, caps[0] + caps[-1]) or (
                m.group(1).lower() in person_words()["acronyms"]):
            continue
        found.append((m.start(2), m.end(2), Evidence(scores("PERSON").extra["full"],
                                                     "a name spelled out after its initials")))
        letters.add(m.group(1))
        # the given names spelled out, the surname after the bracket: "S.J. (Sietse Jan)
        # Wijnstra" ("R.T. (Rahel Tesfamariam) belde" ends at the bracket)
        rest = _SURNAME_AFTER.match(text, m.end())
        if rest is not None and words[-1] in first_names() and (
                rest.group(1).lower() not in common_words()):
            found.append((rest.start(1), rest.end(1), Evidence(
                scores("PERSON").extra["full"], "the surname after initials spelled out")))
    return found + _wherever(text, letters, "initials spelled out as a name") if letters else found


# (stop 51) Initials right after a word that says who wrote or handled a note ("Note TB:
# positive", "Opmerking MK: ...", "Ingevoerd door NK op ..."; person.toml writer_cues),
# ending at a colon, a comma, a full stop, the line's end, a date or "op"/"on". Not after a
# colon: "Opmerking: TL", "gecontroleerd door: TdB" is how a table's row reads its cell under
# such a header, and the writers label a register's column of initials as often as not.
# Found from the cue: most texts have none.
_NOTED_TAIL = r"(?=[ \t]*(?:[:,;.!)]|$|[ \t]\d|[ \t](?:op|on)\b))"


def noted(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials that sign a note after its writer's cue word: the writer, as "- JK" is."""
    ev = Evidence(scores("PERSON").extra["signature"], "initials of a note's writer")
    out = []
    # (each cue found by str.find in the text in lower case, the initials read after it: a
    # case-insensitive alternation tried at every character cost 5-10 ms per 100 KB)
    for at, end in find_words(text, _writer_cues()):
        m = _AFTER_CUE.match(text, end)
        if m is not None and not (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "._")):
            letters = m.group(1)
            # ("Note M.: ...": one letter, then a colon)
            if _is_initials(letters) or (letters[1:] == "." and text[m.end(1) : m.end(1) + 1] == ":"):
                out.append((m.start(1), m.end(1), ev))
    return sorted(set(out))


_AFTER_CUE = re.compile(
    rf"\b\.?[ \t]+([A-Z](?:[a-z]{{0,3}}[A-Z]){{1,3}}|[A-Z]\.(?:[A-Z]\.){{0,3}}){_NOTED_TAIL}",
    re.MULTILINE)


# (stop 58) Initials beside a date, as a paraph: a line of initials and a date alone ("FdG
# 20-11-2026"), or a date and initials closing a line ("Verwerkt in Loket: 24-11 YK",
# "Ontvangen planning: 30-11-2026 PW", a register's last two cells). Three capitals are left
# out there: a country's code closes a register's row as often ("2030-06-01 NLD").
_DATE = r"(?:\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?|\d{4}-\d{2}-\d{2})"
_PARAPH = r"([A-Z](?:[a-z]{1,3})?[A-Z])"
# (the initials after a digit found first, the date before them checked: the date pattern
# tried at every character cost 2.6 ms per 100 KB of dense text, this 0.9)
_DIGIT_THEN = re.compile(rf"\d[ \t]+{_PARAPH}[ \t]*(?=\r?\n|$)")
_DATE_ENDS = re.compile(rf"(?<![\w.-]){_DATE}\Z")
_THEN_DATE = re.compile(rf"\n[ \t]*{_PARAPH}[ \t]+{_DATE}[ \t]*(?=\r?\n|$)")
# the initials after a second check's label (person.toml ``paraph_labels``), its colon and
# an aside in brackets ("(initials)"), one or more, split by "/", "," or "+"
_PARAPHS = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*:[ \t]*((?:[A-Z][A-Za-z]{1,4}"
                      r"[ \t]*[/,+][ \t]*)*[A-Z][A-Za-z]{1,4})[ \t]*(?=[\r\n\])]|$)")
_PARAPH_PART = re.compile(r"[A-Z][A-Za-z]{1,4}")


# (stop 73) Initials with a surname's particle in small letters ("IvD", "FvdM", "KNdB"):
# a person's shape no acronym of three capitals shares (person.toml acronyms: "KvK", "VvE",
# "RvT" are bodies). They sign a note after a dash or a slash, with or without a date, at a
# line's end ("— IvD", "/FvdM" on its line or after a sentence, "-LvdB 01-12"), or follow "door"/"by", a writer's or an
# action's label ("Behandeld: RvD", "Opvolgen: LvD"): the writers label them persons (~140
# of ~200 DEV occurrences; the rest, a register's column of paraphs, stays unread here).
_PARTICLED = r"([A-Z]{1,3}(?:vdr|vd|v|d|t)[A-Z])"
_PARTICLED_SIGNED = re.compile(rf"(?:[—–-][ \t]*|(?:(?<![^\n])|(?<=[.!?]))[ \t]*/[ \t]*)"
                               rf"{_PARTICLED}(?:[ \t]+{_DATE})?[ \t]*(?=\r?\n|$)")
# (not "gecontroleerd door: TdB | ...": a register's cell under its header, see _NOTED_TAIL)
_PARTICLED_AFTER = re.compile(rf"(?i:\b(?:(?:door|by|sent to|coach)|(?:behandeld|opvolgen|"
                              rf"follow-up|actie|action|paraaf)(?:[ \t]*:)?)[ \t]+)"
                              rf"{_PARTICLED}(?![\w])(?![ \t]*\()")


def particled(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials with a particle that sign or handle a note (_PARTICLED_SIGNED,
    _PARTICLED_AFTER); one scan for a small "v", "d" or "t" between capitals first."""
    if _PARTICLE_HINT.search(text) is None:
        return []  # (most texts)
    ev = Evidence(scores("PERSON").extra["signature"], "initials with a particle signing")
    return sorted({(m.start(1), m.end(1), ev)
                   for pattern in (_PARTICLED_SIGNED, _PARTICLED_AFTER)
                   for m in pattern.finditer(text) if _is_initials(m.group(1))})


_PARTICLE_HINT = re.compile(r"[A-Z](?:vdr|vd|v|d|t)[A-Z](?![\w])")


def dated(text: str) -> list[tuple[int, int, Evidence]]:
    """Initials that paraph a line beside a date, or after a second check's label."""
    ev = Evidence(scores("PERSON").extra["signature"], "initials of a paraph")
    out = [(m.start(1), m.end(1), ev) for m in _DIGIT_THEN.finditer(text)
           if _DATE_ENDS.search(text, max(0, m.start() - 12), m.start() + 1)
           and _is_initials(m.group(1))]
    # (read after a line break of its own: the offsets one less; a day's abbreviation before
    # a date heads a day's lines, "MA 16/03", "DO 19/03")
    days = person_words()["chat_days"]
    out += [(m.start(1) - 1, m.end(1) - 1, ev) for m in _THEN_DATE.finditer("\n" + text)
            if _is_initials(m.group(1)) and m.group(1).lower() not in days]
    for at, end in find_words(text, _paraph_labels()):
        m = _PARAPHS.match(text, end)
        if m is not None and not (at > 0 and text[at - 1].isalnum()):
            out += [(m.start(1) + part.start(), m.start(1) + part.end(), ev)
                    for part in _PARAPH_PART.finditer(m.group(1)) if _is_initials(part.group())]
    return sorted(set(out + _handled(text, ev)))


# (stop 76) A form's field for who handled it or who signed for whom, then initials: "...
# door" or "... by" with at most one word in small letters or "HR" after it ("Gebeld door:",
# "verwerkt door:", "Gezien door mentor:", "Taken by:"), or "paraaf" and whose ("Paraaf
# mentor:", "Paraaf planner:", "paraaf magazijn:"). A bare "Paraaf:" is left: a register's paraph
# column read as label and cell is labelled as often as not; "Ontvangen door Flexwerk Zwolle:"
# names a branch. The field opens its line or follows a gap of two spaces.
_HANDLED_LABEL = re.compile(
    r"(?:^|[ \t]{2,}|\t)(?:(?:[^\W\d_]+[ \t]+){0,2}(?i:door|by)(?:[ \t]+(?:[a-z]+|HR))?"
    r"|(?i:paraaf)(?:[ \t]+[^\W\d_]+){1,2})[ \t]*:[ \t]*"
    r"((?:[A-Z][A-Za-z.]{1,6}[ \t]*[/,+][ \t]*)*[A-Z][A-Za-z.]{1,6})"
    r"(?=[ \t]*(?:$|[\r\n(,]|[ \t]{2}|[ \t]\d))", re.MULTILINE)
_HANDLED_PART = re.compile(r"[A-Z][A-Za-z.]{1,6}")
# the words every such field holds: its lines are the only ones read (the pattern tried at
# every character of a text cost 85 ms a MB; on these lines alone, a seventh of that)
_HANDLED_WORDS = ("door", "by", "paraaf")


def _handled(text: str, ev: Evidence) -> list[tuple[int, int, Evidence]]:
    """The initials after a field for who handled or signed (_HANDLED_LABEL); a part's last
    full stop is read only where the part has one inside ("R.V.", not "AB.")."""
    if ":" not in text:
        return []
    hints = [at for at, _ in find_words(text, _HANDLED_WORDS)]
    return [(m.start(1) + part.start(), m.start(1) + part.end(), ev)
            for m in finditer_on_lines(_HANDLED_LABEL, text, hints)
            for part in _HANDLED_PART.finditer(m.group(1))
            if _is_initials(_inner_stops(part.group()))]


def _inner_stops(part: str) -> str:
    """A part with its last full stop only where a stop stands inside it too."""
    bare = part.rstrip(".")
    return bare + "." if "." in bare else bare


@cache
def _paraph_labels() -> tuple[str, ...]:
    return tuple(person_words()["paraph_labels"])


@cache
def _writer_cues() -> tuple[str, ...]:
    return tuple(sorted(person_words()["writer_cues"]))

"""PERSON: names as people write them, in forms and in running text.

A run of name-shaped words (titles, initials, particles, capitalised words) is cut into the
names it holds; each is scored on what makes it a name: a title or initials, a gazetteer
first name before a surname (known or merely name-shaped), a label, a greeting or closing,
or the same name written in full elsewhere in the text. A cut of one to three words that
none of these carries is weighed by the prose model (person_prose.py): what its words are,
where it stands, the words around it. Word lists: person_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING, NamedTuple

import regex

from detectors import (
    person_animals,
    person_brackets,
    person_columns,
    person_families,
    person_fields,
    person_firms,
    person_forms,
    person_handles,
    person_homographs,
    person_initials,
    person_licence,
    person_lists,
    person_lower,
    person_mrz,
    person_orgs,
    person_pairs,
    person_places,
    person_prose,
    person_records,
    person_rosters,
    person_speakers,
    person_things,
    person_vehicles,
    person_vessels,
    person_vocatives,
    person_wrapped,
)
from detectors.base import EXPLANATION_KEY, ContextRecognizer
from detectors.columns import column_label, in_header_row
from detectors.context import (
    FIELD_ENTITIES,
    Evidence,
    Label,
    default_threshold,
    label_before,
    names_a_field,
    patterns,
    scores,
    trie,
    trie_regex,
    without_optional_plural,
)
from detectors.dutch_words import is_dutch_word
from detectors.labels import decisive_hit
from detectors.person_names import (
    alone_first_names,
    common_words,
    countries,
    first_names,
    hand_kept,
    headed_surnames,
    honorifics,
    is_first_name,
    is_known,
    is_name_shaped,
    is_org_word,
    languages,
    last_names,
    listed_names,
    organisation_prefixes,
    person_words,
    surname_listed,
)
from detectors.person_names import is_seat as _is_seat
from detectors.person_openers import lower_in_place
from detectors.person_repeats import (
    called_parts,
    inside,
    nationalities,
    repeats,
    reported_parts,
    stem,
)
from detectors.person_shape import (
    LEGAL_FORM,
    LEGAL_FORMS,
    PARTICLES,
    Token,
    closing_before,
    cuts,
    dash_signed,
    greeting_before,
    is_title,
    tokens,
)
from detectors.presidio_light import Pattern, RecognizerResult
from detectors.spans import covering, within

if TYPE_CHECKING:  # Presidio's NLP engine imports spaCy: names are found without it
    from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "PERSON"
_LABEL_GAP = " \t:-–|,(/\""  # what may stand between a label and its name (a quoted cell's)


class Name(NamedTuple):
    """A cut of a run: its tokens and the role of each ("T" title, "F" first or middle
    name, "I" initials, "L" surname word, "P" particle, "-" hyphen). A named tuple: every
    cut tried makes one."""

    tokens: tuple[Token, ...]
    roles: str

    @property
    def start(self) -> int:
        """Where the first word that is no title starts."""
        if self.roles[0] != "T":  # (most names: read on every check, so no lstrip)
            return self.tokens[0].start
        return self.tokens[len(self.roles) - len(self.roles.lstrip("T"))].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def words(self, role: str) -> list[str]:
        # Computed each time: a name has a few words, and functools.cached_property takes
        # a lock on every access (Python 3.11), which cost more than the loop.
        return [t.text for t, r in zip(self.tokens, self.roles, strict=True) if r == role]


_AFTER = regex.compile(r"[ ]*-?[ ]*([\w.]+)")
# Patterns that end in "$" and look back over a window are searched from the end
# (regex.REVERSE): one attempt at the window's end instead of one from every position in
# it; same matches (fuzzed against the forward search, tests/detectors/test_fast_paths.py).
# (an opening quote or an article between: a room or a building by its name, 'zaal "Aletta
# Jacobs"', "kinderopvang De Kleine Prins")
# (stop 60) or the title the person bore: "Huize Dr. Aletta Jacobs", "Community centre Dr.
# Willem Drees" (not a bracket: "Gemeente (M. de Boer)" names the municipality's contact).
# One space after the head: two or more part a table's columns ("Sporthal  Noor Verbeek": the
# location's cell, then the invigilator's)
_BEFORE = regex.compile(r"([\w.]+)[ ](?:(?:De|Het|'t)[ ]+|(?:Dr|Mr|Prof|Ir|Drs|Ds|Mgr)\.[ ]+)?"
                        r"[\"“'‘]?$", regex.REVERSE)
# English writes no article before a person's full name
_THE_BEFORE = regex.compile(r"(?<![\w'’])[Tt]he[ ]$", regex.REVERSE)
_REST = regex.compile(r"(?:[ ]+(?:[\p{Lu}\p{Ll}'’]+))*")


def _org_around(text: str, name: Name, words: tuple[str, ...] | None = None) -> bool:
    """True when the name is part of an organisation or a place (a school, a street)."""
    tokens, roles = name.tokens, name.roles
    start, end = tokens[0].start, tokens[-1].end
    words = tuple(t.text for t in tokens) if words is None else words
    own = _org_words(words, roles)
    if own == "org" or own == "longer" or _firm(text, start, end):
        return True  # ("longer": "Kees Smit Tuinmeubelen", the firm's full name)
    if _named_org_end(text, start, words):
        return True  # (stop 71) "Hendrik Lorentz Prijs", "(Maria) Montessori Huis"
    if roles[-1] == "L" and _street_abbreviated(text, words[-1], end):
        return True  # "P.C. Hooftln 12", "A. Cuypstr. 4": a street's short form and number
    if len(words) > 1 and roles[-1] == "L" and _trade_compound(words[-1]):
        return True  # "Cao Bakkersbedrijf", "Jansen Installatiebedrijf": a trade's, no surname
    if len(words) > 1 and "T" not in roles and _country_said(words):
        return True  # "Sri Lanka", "Sri Lankan", "Costa Ricaanse": a country or its adjective
    if len(words) > 1 and roles[-1] == "L" and "T" not in roles and words[-1].lower() in (
            countries()) and (words[-1] not in last_names() or words[0] not in first_names()):
        return True  # "Flexpool Nederland", "Bakker Holland", "Lesaffre Maroc": a firm's branch
    if own == "namesake" and _after_lower_word(text, name.start):
        return True  # "bij Kees Smit": the shop; "Kees Smit belt": a person
    first = words[0] if roles[0] != "T" else words[len(roles) - len(roles.lstrip("T"))]
    if person_orgs.named_after(text, start, end, first in first_names()):
        return True
    if person_things.quoted_thing(text, start, end) or person_things.vessel_before(text, start) \
            or person_things.in_quoted_thing(text, start, end):
        # 'collectie "Frans Hals"', '"Juliana" lijn', "CSD Cornelia Prins", a work's title
        # among whose words the name stands ('catalogus "Frans Hals in Haarlem"')
        return True
    if len(words) > 1 and roles[0] == "F" and _THE_BEFORE.search(text, max(0, start - 5), start):
        return True  # (stop 74) "on the Hendrika Baars", "the Piet Heijn Museum": a thing
    org = person_words()
    # a column's gap (two spaces or more, a tab) ends the cell: the next word is the next
    # column's ("Bas Hermans      De Kempenaerstraat", a tool list's holder and project)
    after = None if _COLUMN_GAP.match(text, end) else _AFTER.match(text, end, end + 40)
    nxt = after.group(1) if after is not None else ""
    if own == "namesake" and nxt[:1].isupper() and not is_known(_name_case(nxt)):
        return True  # "Kees Smit Tuinmeubelen", "KEES SMIT TUINMEUBELEN": the firm, in full
    low = nxt.lower()
    if low not in org["org_after"]:
        nxt = nxt.rstrip(".")
        low = nxt.lower()
    if nxt[:1].isupper() and (two := _NEXT_BUT_ONE.match(text, after.end())) is not None and (
            is_org_word(two.group(1))):
        return True  # "Dr. Martin Luther Kinglaan", "Anna Paulowna Polderweg": a street's
    if nxt.lower() in PARTICLES and (street := _PARTICLED_NEXT.match(text, end)) is not None and (
            street.group(1).lower().endswith(_endings("street_suffixes"))):
        return True  # "Prof. Van der Meulen van Hoornlaan": the street runs on past a particle
    # (stop 67) a trade's word, capitalised, after the whole name: "Piet van Dalen Logistics"
    return (low in org["org_after"] or is_org_word(nxt) or _firm_word(nxt)
            or (nxt[:1].isupper() and low in org["trade_after"])
            or _org_before(text, start) or (nxt[:1].isupper() and _firm_after(text, end))
            or _institution_tail(text, end))


# the run of a name's words right before a cut, on its line ("Maria " before "Montessori Huis")
_NAME_RUN_BEFORE = regex.compile(
    r"((?:(?<![\p{L}'’\-])(?:\p{Lu}[\p{L}'’\-]*|van|de|der|den|ten|ter|te)[ ]+)+)$",
    regex.REVERSE)


def _named_org_end(text: str, start: int, words: tuple[str, ...]) -> bool:
    """The name's last word is an organisation's or a prize's word, capitalised, after two
    name words or more, counting the run of name words right before the name on its line:
    a house, a prize or an award named after someone in full ("Hendrik Lorentz Prijs", "Maria
    Montessori Huis"); "Jan Huis" alone and "Kees Jan Huis" stay persons (person.toml
    org_after)."""
    last = words[-1]
    if len(words) < 2 or not last[:1].isupper() or last.lower() not in person_words()["org_after"]:
        return False
    before_last = words[-2]
    if not (before_last.isalpha() and before_last[:1].isupper()) or before_last in first_names():
        return False  # "Kees Jan Huis", "van der Laan", "Dekker-Sluis": a person's own
    before = _NAME_RUN_BEFORE.search(text, max(0, start - 40), start)
    run = len(before.group(1).split()) if before is not None else 0
    return len(words) - 1 + run >= 2


# The longest ending a country's adjective adds to its name's last word ("Lanka" ->
# "Lankaanse", "Salvador" -> "Salvadoran").
_ADJECTIVE_ENDING = 5


@cache
def _countries_of_words() -> dict[str, tuple[str, ...]]:
    """The country names of more than one word (pycountry's, English and Dutch), by their
    first word."""
    by_first: dict[str, list[str]] = {}
    for c in countries():
        if " " in c:
            by_first.setdefault(c.split(" ", 1)[0], []).append(c)
    return {k: tuple(v) for k, v in by_first.items()}


def _country_said(words: tuple[str, ...]) -> bool:
    """The words are a country of more than one word, or its adjective: the last word the
    name's own with a short ending ("Sri Lankan", "Costa Ricaanse", "New Zealander")."""
    countries_here = _countries_of_words().get(words[0].lower())
    if countries_here is None:
        return False  # (most names: no country opens with their first word)
    joined = " ".join(words).lower()
    for country in countries_here:
        rest = joined[len(country):]
        if joined.startswith(country) and len(rest) <= _ADJECTIVE_ENDING and (
                not rest or rest.isalpha()):
            return True
    return False


def _institution_tail(text: str, end: int) -> bool:
    """A school, a college or a street whose name runs on past the person's with words no
    name detector takes for one: a Latin "a", a king's number ("Petrus a Castro College",
    "Koning Lodewijk II College", "Petrus a Castrostraat")."""
    words = _TAIL_WORDS.match(text, end)
    if words is None:
        return False
    heads = person_words()["org_after"]
    return any(w.lower().rstrip(".,") in heads or is_org_word(w.rstrip(".,"))
               for w in words.group().split()[1:])


# the words of a name's run (capitalised, a Latin "a", a roman number) one space apart: the
# head is one of them after the first ("mevr. Koopmans van de stichting", "Joost Lammers de
# klas": no run)
_TAIL_WORDS = regex.compile(r"(?:[ ](?:\p{Lu}[\p{L}'’\-]*|[IVX]{1,4}|a|à)){2,4}")


_NEXT_BUT_ONE = regex.compile(r"[ ]+(\p{Lu}[\w'’\-]+)")
# a name's particles, then the street's word ("... van Hoornlaan", "... van der Lindestraat")
# (no "van het", "van de": "Piet de Boer van het Maasziekenhuis" is the hospital's Piet)
_PARTICLED_NEXT = regex.compile(r"[ ]+(?i:van|ter|ten)(?:[ ]+(?i:der|den))?[ ]+(\p{L}[\w'’\-]+)")


_COLUMN_GAP = regex.compile(r"[ ]{2,}|[ ]*\t")


def _street_abbreviated(text: str, word: str, end: int) -> bool:
    """A word on a street word's short form (person.toml street_abbreviations: "Hooftln",
    "Cuypstr") that no list holds as a surname, with a house number after it."""
    return word.lower().endswith(_endings("street_abbreviations")) and not surname_listed(
        word) and _HOUSE_NUMBER_AFTER.match(text, end) is not None


_HOUSE_NUMBER_AFTER = regex.compile(r"\.?[ ]\d{1,4}(?!\d)")


def _org_before(text: str, start: int) -> bool:
    """True when the word before a name (or a name's part repeated) opens an organisation
    named after the person ("Stichting Jan de Vries"; "Laboratorios Ruiz-Galán" in a CV
    that names Dr. Tomás Ruiz-Galán as a reference)."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _org_head(before.group(1)):
        return True
    glued = _GLUED_BEFORE.search(text, max(0, start - 60), start)
    if glued is not None and _org_head(glued.group(1)):
        return True  # "CBS Pieter-Jan": the head before the name's first half
    # the head, then the founder's first word: "Uitgeverij Querido Thijs", "Studio Joop Bos"
    further = _HEAD_AND_WORD_BEFORE.search(text, max(0, start - 60), start)
    if further is not None and _org_head(further.group(1)):
        return True
    # the second of two names the head joins: "Waterschap Aa en Maas", "Stichting Rijn en Lek"
    pair = _PAIR_BEFORE.search(text, max(0, start - 60), start)
    return pair is not None and _org_head(pair.group(1))


_GLUED_BEFORE = regex.compile(r"([\w.]+)[ ]+\p{Lu}[\w'’]*-$", regex.REVERSE)
_HEAD_AND_WORD_BEFORE = regex.compile(r"([\w.]+)[ ]+\p{Lu}[\w'’-]*[ ]+$", regex.REVERSE)
_PAIR_BEFORE = regex.compile(r"([\w.]+)[ ]+\p{Lu}[\w'’-]*[ ]+(?:en|&|and|und)[ ]+$", regex.REVERSE)


def _org_head(word: str) -> bool:
    """A word that opens an organisation or place named after a person: "Stichting",
    "Hotel", or a grower's or farm's compound ("Champignonkwekerij Hermans")."""
    low = word.lower()
    words = person_words()
    # (a school's or a child centre's capitals too: "IKC Anne de Vries", "CSG Hendrik
    # Kramer")
    return low in words["org_before"] or (word.isupper() and low in words[
        "institution_acronyms"]) or _trade_compound(word)


def _trade_compound(word: str) -> bool:
    """A compound on a trade's or a farm's head that no list knows as a name
    ("Champignonkwekerij", "Autotechniek"; not "Dijkhuis")."""
    lower = word.lower()
    return (lower.endswith(_endings("org_before_suffixes"))
            and lower not in person_words()["org_before_suffixes"]
            and not surname_listed(word))


@cache
def _endings(key: str) -> tuple[str, ...]:
    """person.toml's list ``key`` as a tuple, for str.endswith: the street words, their short
    forms, a field's and a trade's compound heads."""
    return tuple(sorted(person_words()[key]))


def _name_case(word: str) -> str:
    return word.title() if word.isupper() else word


@lru_cache(maxsize=8192)
def _org_words(words: tuple[str, ...], roles: str) -> str:
    """"org" when the name's own words name an organisation, "namesake" when they are a
    firm's name that people bear too (data/person.toml ``namesakes``: a firm only where one
    stands), "longer" when they open with one and go on, else "" (once per distinct name:
    prose repeats its names)."""
    org = person_words()
    whole = " ".join([w for w, r in zip(words, roles, strict=True) if r != "T"]).lower()
    parts = [k for k, r in enumerate(roles) if r in "LF"]
    if (whole in org["organisations"] and "T" not in roles) or any(
            is_org_word(words[k]) or (_org_head(words[k]) and _opens(roles, k))
            for k in parts):
        return "org"
    if whole in org["namesakes"]:
        return "namesake"
    if "T" not in roles and whole.startswith(organisation_prefixes()):
        return "org"  # "Albert Heijn Hoograven", "Jan Linders Venray": a chain's branch
    return "longer" if whole.startswith(_namesake_prefixes()) else ""


def _listed_org(toks: Sequence[Token]) -> bool:
    """A firm's whole name on person.toml's ``organisations`` ("Albert Heijn"); most cuts
    are turned down on their first word alone (no join per cut)."""
    return toks[0].text.lower() in _org_first_words() and (
        " ".join([t.text for t in toks]).lower() in person_words()["organisations"])


@cache
def _org_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in person_words()["organisations"])


def _opens(roles: str, k: int) -> bool:
    """True when the k-th word is followed by another name word, maybe after particles: an
    org_before word there opens a place or organisation ("Prins Bernhard", "Koning Willem",
    "Zorggroep De Linde"); as a name's last word or before a hyphen it is a surname ("Anouk
    Koning", "van Wijk", "Prins-Smit")."""
    rest = roles[k + 1 :].lstrip("P")
    return bool(rest) and rest[0] in "FL"


@cache
def _namesake_prefixes() -> tuple[str, ...]:
    return tuple(sorted(f + " " for f in person_words()["namesakes"]))


_AMP_AFTER = regex.compile(r"[ ]*&[ ]*(\p{Lu}[\w'’]*)")
_AMP_BEFORE = regex.compile(r"(\p{Lu}[\w'’.]*)[ ]*&[ ]*$", regex.REVERSE)


def _firm(text: str, start: int, end: int) -> bool:
    """True for a name joined by '&' to another capitalised word: a firm ("Jansen & De
    Boer", "Van Dijk & Zn"), unless both are first names ("Eva & Thijs": two people)."""
    if text.find("&", max(0, start - 40), end + 40) < 0 or not (
            text[end : end + 40].lstrip(" ")[:1] == "&"
            or text[max(0, start - 40) : start].rstrip(" ").endswith("&")):
        return False  # (no '&' beside it, as for nearly every name: no slice, no regex)
    after = _AMP_AFTER.match(text, end, end + 40)
    before = _AMP_BEFORE.search(text, max(0, start - 40), start)
    other = after or before
    if other is None:
        return False
    this = text[start:end]
    return not (this in first_names() and other.group(1) in first_names())


def _org_after(text: str, end: int) -> bool:
    """True when the words after a name make it a place or organisation ("Jan van
    Galenstraat", "Jeroen Bosch Ziekenhuis")."""
    rest = _REST.match(text, end, end + 40)
    words = rest.group().split() if rest else []
    after = person_words()["org_after"]
    return any(is_org_word(w) or w.lower() in after for w in words[:4]) or (
        bool(words) and _firm_word(words[0])) or _firm_after(text, end, words)


def _firm_after(text: str, end: int, words: list[str] | None = None) -> bool:
    """True when the capitalised words after a name close a firm's name of several words
    with a trade's compound or a legal form ("Flexwerk Plus Uitzendgroep B.V.", "Bakker
    Connect BV"): the name is the firm's first word."""
    if words is None:
        rest = _REST.match(text, end, end + 40)
        words = rest.group().split() if rest else []
    caps = list(takewhile(lambda w: w[:1].isupper(), words[:3]))
    return bool(caps) and (any(_firm_word(w) for w in caps[1:])
                           or _LEGAL_AFTER.match(text, end) is not None
                           or _AMP_PAIR_AFTER.match(text, end) is not None)


# Capitalised words, then a firm's legal form ("Connect B.V.", "Plus Uitzendgroep BV"), or
# the form right after the name ("Kamphuis B.V."), one space apart (a wider gap is a
# table's next column: "Matthias Oberle   Moselstahl GmbH"); an ampersand may join two of them
# ("Survey & Engineering B.V.")
_LEGAL_AFTER = regex.compile(r"(?:[ ](?:\p{Lu}[\p{L}'’&\-]*|&)){0,4}[ ]" + LEGAL_FORM)
# (stop 74) two capitalised words an ampersand joins right after the name: the firm's trades
# ("Bosman Dredging & Marine"); two persons are joined at the name itself ("Jan & Piet")
_AMP_PAIR_AFTER = regex.compile(r"[ ]\p{Lu}[\p{Ll}\-]+[ ]&[ ]\p{Lu}[\p{Ll}]")


def _firm_word(word: str) -> bool:
    """A capitalised trade's compound right after a name: "Kleinjan Autotechniek", "Lloyd
    Brothers Autoservice" (the heads of org_before_suffixes; not "Tesfay voor
    Transportbedrijf Nijhof", nor "naar huis")."""
    return (word[:1].isupper() and word.lower() not in person_words()["org_before"]
            and _trade_compound(word))


@lru_cache(maxsize=8192)
def _own(words: tuple[str, ...], roles: str) -> tuple[bool, Evidence | None]:
    """(every word that must look like a name does, the score the name earns by its own
    words or None): once per distinct cut, one cache lookup per cut tried."""
    if not all(is_name_shaped(w) or _titled_surname(words, roles, k) or _titled_first(
            words, roles, k) for k, w in _shape_words_at(words, roles)):
        return False, None
    return True, _strength_of(words, roles)


def _shape_words_at(words: Sequence[str], roles: str) -> list[tuple[int, str]]:
    """The words that must look like names, with their places in the cut: a surname word
    right after a particle may be an ordinary word ("van der Meer", "de Boer")."""
    return [(k, w) for k, w in enumerate(words)
            if roles[k] == "F" or (roles[k] == "L" and (k == 0 or roles[k - 1] != "P"))]


def _titled_surname(words: Sequence[str], roles: str, k: int) -> bool:
    """A surname the hand list keeps out of names because it opens headings ("Winter",
    "Zomer", "Bank", "Engels": names/not_names.txt), right after a form of address or a first
    name: "Mevrouw Winter", "Mr. Koen Winter". Not a stop word ("Mevrouw Haar")."""
    if roles[k] != "L" or k == 0 or words[k] not in headed_surnames():
        return False
    before = words[k - 1].lower()
    return (roles[k - 1] == "T" and before in honorifics()) or (
        roles[k - 1] == "F" and words[k - 1] in first_names())


def _titled_first(words: Sequence[str], roles: str, k: int) -> bool:
    """A first name that is a common or a stop word too, between a form of address and a
    surname: "Mr. Anders Holmberg", "mevrouw Hoop Jansen" (the address and the surname make
    it the first name). A gazetteer's name ("hiring mgr Logistiek West" names no one), not
    one the hand list keeps out (a heading's: names/not_names.txt)."""
    return (roles[k] == "F" and 0 < k < len(words) - 1 and roles[k - 1] == "T"
            and roles[k + 1] in "LP" and words[k - 1].lower() in honorifics()
            and words[k] in listed_names()  # (not shaped: a listed name is a stop word)
            and words[k].lower() not in hand_kept()
            and (roles[k + 1] == "P" or is_name_shaped(words[k + 1])))


def _acronym_as_initials(words: tuple[str, ...], roles: str) -> bool:
    """An acronym read as initials: one of three letters or more ("het BSN van Lotte", "UWV
    Zwolle"; two capitals are as often a person's: "AB de Vries"), or a body of an
    organisation before its particle ("bij HR van Veldhoek", "naar de FG van ...")."""
    lists = person_words()
    for k, (word, role) in enumerate(zip(words, roles, strict=True)):
        low = word.lower()
        if role == "I" and ((len(word) > 2 and low in lists["acronyms"]) or (
                low in lists["body_acronyms"] and roles[k + 1 : k + 2] == "P")):
            return True
    return False


def _strength_of(words: tuple[str, ...], roles: str) -> Evidence | None:
    """The score a name whose words look like a name earns by them (no label or
    greeting), or None."""
    s = scores(ENTITY).extra
    first = [w for w, r in zip(words, roles) if r == "F"]
    last = [w for w, r in zip(words, roles) if r == "L"]
    if not last:
        return None
    initials = "I" in roles
    known_last = any(is_known(w) for w in last)
    if "T" in roles:
        return Evidence(s["title"], "title before a surname")
    if initials and _acronym_as_initials(words, roles):
        return None
    if initials:
        return Evidence(s["initials"] if known_last else s["initials_unknown"], "initials")
    if not first:
        return None
    if is_first_name(first[0]):
        if known_last:
            return Evidence(s["full"], "first name and surname in gazetteer")
        if "P" in roles or len(last) > 1:
            return Evidence(s["first_particle"], "first name, particle and surname")
        return Evidence(s["first_only"], "first name in gazetteer")
    if known_last and not (len(first[0]) >= _LONG_COMPOUND and person_prose._compound(first[0].lower())) \
            and not any(map(_dutch_noun, first)):
        # (not a compound of common words before it: "Vestigingsmanager Westland" under a
        # signature is a job and a place; nor a Dutch noun: "Oeververdediging Beek", a project)
        return Evidence(s["last_only"], "surname in gazetteer")
    return None


_NOUN_TAIL = 6  # letters of a Dutch noun a compound ends in at least ("-verlaging")


@lru_cache(maxsize=4096)
def _dutch_noun(word: str) -> bool:
    """A Dutch noun by its ending ("-ing", "-aties", person_model.toml noun_endings) that is a
    Dutch word or ends in one ("Taxaties", "Kribverlaging"): no first name nobody's list holds
    ("Xiaoming" ends so, and in no Dutch word)."""
    low = word.lower()
    return person_prose._noun_ending(low) and (is_dutch_word(low) or any(
        is_dutch_word(low[i:]) for i in range(3, len(low) - _NOUN_TAIL + 1)))


class PersonRecognizer(ContextRecognizer):
    """Names cut from runs of name-shaped words, then the same names alone."""

    ENTITY = ENTITY
    PATTERNS = (Pattern("person_run", r"\p{Lu}", 0.55),)  # candidates come from name_spans

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        first_names(), last_names(), person_words(), is_name_shaped("X")  # load once
        person_vessels.vessel_words(), person_places.area_towns()  # (a bad file fails here)
        person_vehicles.vehicle_words(), person_animals.animal_words()
        person_prose.model()  # a bad data/person_model.toml fails here, not mid-scan
        is_dutch_word("warm")  # the vocabulary's array, built once a machine (build cache)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Whole names first; then single words that repeat a reported name's parts."""
        if entities and ENTITY not in entities:
            return []
        raw, text = text, _unquoted(text)  # (fields read a row's or a key's quotes: raw)
        found = _with_forms(text, list(self._names(text)))
        results = [self._result(n.start, n.end, ev) for n, ev in found]
        results += [self._result(s, e, ev) for s, e, ev in _coordinated(text, found)]
        labelled = list(person_initials.listed(text))
        results += [self._result(s, e, ev) for s, e, ev in
                    (*person_initials.bullets(text), *labelled, *person_initials.signed(text),
                     *person_initials.glued(text),
                     *person_initials.listed_everywhere(text, labelled),
                     *person_initials.glossed(text), *person_initials.noted(text),
                     *person_initials.particled(text),
                     *person_initials.greeted(text), *person_initials.dashed_owners(text),
                     *person_initials.dated(text), *person_families.families(text))]
        taken = sorted([(r.start, r.end) for r in results])
        results += [self._result(s, e, ev) for s, e, ev in
                    (*person_speakers.speakers(text), *person_speakers.untimed_speakers(text),
                     *person_fields.fields(raw),
                     *person_columns.names(text), *person_rosters.names(text))
                    if not inside(taken, s, e)]
        results += [self._result(n.start, n.end, ev) for n, ev in (
            (Name(toks, roles), ev) for toks, roles, ev in person_homographs.names(text))
            if not inside(taken, n.start, n.end) and not _org_around(text, n)
            and not _org_after(text, n.end)]  # "An Peeters"; not "Ben Jansen Bouw"
        # the document's own names: what a weak prose guess found does not spread
        # nor what the place filter below drops ("Schiedam - Rotterdam Zuid" in a route column)
        no_place = person_places.outside(text, [(n.start, n.end) for n, _ in found],
                                         [ev.why for _, ev in found])
        own_scored = [(n, ev.score) for (n, ev), kept in zip(found, no_place, strict=True)
                      if kept and (ev.score >= _SURE or not ev.why.startswith("prose"))]
        own = [n for n, _ in own_scored]
        part_scores = reported_parts(own_scored, called_parts(text, found, no_place))
        seen = frozenset(part_scores)
        repeat = scores(ENTITY).extra["repeat"]
        initials = (person_initials.of_names(text, own) + person_initials.declared(text, own)
                    + person_pairs.pairs(text, own))
        if initials:  # (rare: sorted only then)
            taken = sorted([(r.start, r.end) for r in results])
            results += [self._result(s, e, ev) for s, e, ev in initials if not inside(taken, s, e)]
        taken = sorted([(n.start, n.end) for n, _ in found])
        results += [
            self._result(s, e, Evidence(min(repeat, _source_score(text, s, e, part_scores)),
                                        "name seen in full"))
            for s, e in repeats(text, seen, taken)
            if _repeat_kept(text, s, e, taken)
            and not _PLACE_BEFORE.search(text, max(0, s - 12), s) and not _month_said(text, s, e)
        ]
        results += [self._result(s, e, ev) for s, e, ev in person_handles.handles(
            text, seen, (text[n.start:n.end] for n in own))]
        results += [self._result(s, e, ev) for s, e, ev in person_handles.accounts(text)]
        taken = sorted((r.start, r.end) for r in results)
        results += [self._result(s, e, ev) for s, e, ev in person_vocatives.names(text)
                    if not inside(taken, s, e)]  # "Thank you, Tes!"
        results += [self._result(s, e, ev) for s, e, ev in person_mrz.names(text)]
        taken = sorted((r.start, r.end) for r in results)
        results += [self._result(s, e, ev) for s, e, ev in person_licence.names(text)
                    if not inside(taken, s, e)]  # "1. TER WIJK⏎2. HENDRIK⏎3. 10.10.1972"
        results += [self._result(s, e, ev) for s, e, ev in person_speakers.caps_speakers(text, seen)
                    if not inside(taken, s, e)]
        lower = [(s, e, ev) for s, e, ev in person_lower.names(text, seen)
                 if not _month_said(text, s, e)]  # "herkeuring in jan.": a month typed small
        results += [self._result(s, e, ev) for s, e, ev in lower]
        if lower:  # "referentie yusuf demirci ... noemt Demirci loyaal": its parts repeat too
            results += self._lower_repeats(text, lower, seen, results)
        # the document's lists: a word beside names found in a list ("Piet, Fatma, Kowalski")
        spans = [(r.start, r.end) for r in results]
        listed = (person_lists.listed(text, spans) + person_lists.lines(text, spans)
                  + person_lists.glossed(text, spans))
        results += [self._result(s, e, ev) for s, e, ev in listed
                    if not _org_after(text, e) and not _firm(text, s, e)
                    and not person_orgs.named_after(text, s, e, False)
                    and not _org_before(text, s)]
        # "Szabó László ("Laci")", "Shevchenko, Iryna (pref. name: Ira)": the name they go by
        results += [self._result(s, e, ev) for s, e, ev in person_brackets.called(
            text, [(r.start, r.end) for r in results])]
        taken = sorted((r.start, r.end) for r in results)
        results += [self._result(s, e, ev) for s, e, ev in person_brackets.nicknamed(text)
                    if not inside(taken, s, e)]  # 'bij iedereen bekend als "GJ"'

        results += [self._result(s, e, ev) for s, e, ev in _again(text, results, seen)]
        taken = sorted((r.start, r.end) for r in results)
        results += [self._result(s, e, ev) for s, e, ev in person_brackets.names(text)
                    if not inside(taken, s, e)]  # "Sven (Kuiper)"
        if "\n" in text:  # "... en Dragan⏎Jovanović, met wie": the surname a wrap carried
            taken = sorted((r.start, r.end) for r in results)
            results += [self._result(s, e, ev) for s, e, ev in person_wrapped.surnames(
                text, [(r.start, r.end, r.score) for r in results]) if not inside(taken, s, e)]
        results = _without_eponyms(text, results)
        results = _without_characters(text, results)
        results = person_firms.without_firm_surnames(text, results, _org_before, _trade_after)
        spans = [(r.start, r.end) for r in results]
        whys = [r.recognition_metadata[EXPLANATION_KEY] for r in results]
        keep = zip(person_vessels.outside(text, spans), person_places.outside(text, spans, whys),
                   person_vehicles.outside(text, spans), person_animals.outside(text, spans),
                   strict=True)
        return [r for r, (ship, town, car, pet) in zip(results, keep, strict=True)
                if ship and town and car and pet and not _day_header(text, r.start, r.end)
                and not _party_role(text, r.start, r.end)
                and not _place_or_role_cell(text, r.start, r.end)
                and not _firm_slot(text, r.start)
                and not _closing_word(text, r.start, r.end)
                and not _label_as_value(text, r)
                and not _language_said(text, r.start, r.end)
                and not _SAINT_BEFORE.search(text, max(0, r.start - 7), r.start)
                and not _ADDRESSED.match(text, r.end)
                and not (_HOLIDAY_AFTER.match(text, r.end) and " " not in text[r.start:r.end])]

    def _lower_repeats(self, text: str, lower: list[tuple[int, int, Evidence]],
                       seen: frozenset[str], results: list[RecognizerResult]
                       ) -> list[RecognizerResult]:
        """The capitalised repeats of a name typed in lower case in full (a first name and a
        surname: person_lower's), not of a first name alone ("hoi sanne")."""
        parts = frozenset(w for s, e, ev in lower if " " in text[s:e]
                          for w in text[s:e].split() if len(w) >= 2) - seen
        if not parts:
            return []
        taken = sorted((r.start, r.end) for r in results)
        score = min(scores(ENTITY).extra["repeat"], max(ev.score for _, _, ev in lower))
        return [self._result(s, e, Evidence(score, "name seen in full, typed small"))
                for s, e in repeats(text, parts, taken) if _repeat_kept(text, s, e, taken)]

    def _names(self, text: str) -> Iterator[tuple[Name, Evidence]]:
        """Per run, from left to right, the longest cut that scores as a name."""
        threshold = default_threshold()
        for run in tokens(text):
            kinds, i = "".join([t.kind for t in run]), 0
            tried: dict[tuple[int, int], str] = {}  # (first word, end) -> roles of a cut
            while i < len(run):
                for toks, roles in cuts(run, kinds, i):  # (longest first: the first that scores)
                    if len(toks) > 1 and "T" not in roles and _listed_org(toks):
                        i += len(toks)  # a listed firm's whole name ("Albert Heijn", "Jan
                        break  # Linders"): none of its words is a name alone
                    name = Name(toks, roles)
                    ev = self._evidence(text, name)
                    tried[i, i + len(toks)] = roles
                    if ev is not None and ev.score >= threshold:
                        whole, end = _whole_first_name(run, tried, i, name), i + len(toks)
                        if end < len(run) and run[end].kind == "-":  # (rare: a hyphen after)
                            whole, end = _whole_surname(run, end, whole)
                        yield whole, ev
                        i = end
                        break
                else:
                    i += 1

    def _evidence(self, text: str, name: Name) -> Evidence | None:
        """The better of what the words earn and what surrounds them; None for a place or
        organisation, or below the threshold."""
        words, roles = tuple([t.text for t in name.tokens]), name.roles
        shaped, own = _own(words, roles)
        if not shaped or _month_said(text, name.start, name.end, words) or _greeted(
                text, name) or _to_whom_it_may_concern(text, name):
            return None
        start = name.start
        if (own is not None and own.why == _LAST_ONLY and roles.count("F") == 1
                and _after_lower_word(text, start)):
            own = None  # "bij Tilburg Logistiek", "planner, Regio Oss": mostly not a person
        if own is not None and own.why == _LAST_ONLY and _acronym(
                text[name.tokens[0].start : name.tokens[0].end]) and (
                name.tokens[-1].text not in first_names()):
            # "ASML Veldhoven", "BASF Antwerpen": a firm's acronym and its site ("SZŐCS
            # Enikő", a surname in capitals before a first name, stays)
            own = None
        if own is not None and own.why not in _CAPS_OK and text[start:name.end].isupper():
            # "ZORG ZWOLLE", "TOTAL HOURS": a heading, unless both words are names or it is a
            # CV's own first line, a first name and a surname ("PRIYA RAGHUNATHAN")
            own = _heading_name(text, name)
        # (capitals without stops take the role "I": only then is a "C" token looked for)
        if "I" in roles and "C" in (t.kind for t in name.tokens) and not person_initials.caps_name(
                text, name.tokens, roles, lambda: _label_right_before(text, start)) and not (
                _record_initials(text, name)):
            return None  # "1234 AB Den Haag", "CV Bakker": capitals that are no initials
        # Look around only for a name its own words do not carry (most of them do).
        threshold = default_threshold()
        ev = own
        if own is None or own.score < threshold:
            around = _surroundings(text, name)  # (the better of the two; own on a tie)
            ev = around if around is not None and (own is None or around.score > own.score) else own
        if ev is None or ev.score < threshold or (
                _org_around(text, name, words) and not _fielded_surname(text, name, words)
                and not _addressed_surname(text, name, words)):
            return None
        if (len(words) == 1 and ev is not own and words[0].title() not in alone_first_names()
                and _firm_acronym_before(text, start)):
            return None  # "maar RTV Noord wil", "bij NOS Sport": the body's name, its word
        if "TP" in roles and _office_of(name):
            return None  # "burgemeester van Utrecht", "minister van Financiën": the office's
        if "T" in roles and any(r == "T" and roles[k + 1] != "P" and _office_seat_after(name, k)
                                for k, r in enumerate(roles[:-1])):
            return None  # "Burgemeester Rotterdam", "Wethouder Financiën De Boer"
        if roles[:1] != "T" and _is_seat(name.tokens[0].text) and _office_before(text, start):
            return None  # "de staatssecretaris Toeslagen", "de consul Marokko"
        if roles[-1] == "L" and _field_word(words[-1]):
            return None  # "C. Klantnummer 82...": a licence class and a field, no surname
        if len(words) == 1 and _abbreviation(text, name):
            return None  # "Fa. Bosch & Zn." (a firm), "Vz opent de vergadering" (the chair)
        if len(words) == 1 and _nationality_said(text, name):
            return None  # "Irish passport PX...", "Nationality: Irish": a first name too
        if roles[0] == "I" and words[0].lower() in LEGAL_FORMS and _FIRM_WORD_BEFORE.search(
                text, max(0, start - 40), start):
            return None  # "Van Dijk Transport B.V. te Veghel": the firm's form and its seat
        return ev


def _field_word(word: str) -> bool:
    """A compound on a field's head that no list holds as a surname ("Klantnummer",
    "Geboortedatum", "Postcode"): person.toml ``field_suffixes``."""
    lower = word.lower()
    return lower.endswith(_endings("field_suffixes")) and not surname_listed(word) and (
        lower not in person_words()["field_suffixes"])


def _firm_acronym_before(text: str, start: int) -> bool:
    """True right after a body's acronym of three to five capitals, one space before ("RTV
    Noord", "NOS Sport"), but a role's ("CFO Bakker": person.toml role_acronyms). (A first
    name after one stays: "BSN Yusuf", "IPV ANOUK", a surname in capitals "NAGY Eszter".)"""
    m = _ACRONYM_BEFORE.search(text, max(0, start - 7), start)
    return m is not None and _acronym(m.group(1)) and (
        m.group(1).lower() not in person_words()["role_acronyms"])


_ACRONYM_BEFORE = regex.compile(r"(?<![\w.\-])(\p{Lu}{3,5})[ ]\Z")


def _to_whom_it_may_concern(text: str, name: Name) -> bool:
    """Both forms of address, for a reader the writer does not know, before a particle and
    no name ("Beste meneer/mevrouw van Werkzaak-Nu", "Geachte heer/mevrouw van Planning"): the
    reader of an organisation; a listed surname after the pair stays one ("heer/mevrouw van
    Dam"): the writer who knows neither the reader's sex knows no name either, mostly."""
    roles = name.roles
    if "P" not in roles:  # (most cuts: checked first, once per cut tried)
        return False
    k = len(roles) - len(roles.lstrip("T"))  # (the cut's own title, if any)
    at = name.tokens[k].start
    if roles[k] != "P" or "/" not in text[max(0, at - 40) : at] or any(
            is_known(t.text) for t, r in zip(name.tokens, roles, strict=True) if r == "L"):
        return False
    pair = _TITLE_PAIR.search(text, max(0, at - 40), at)
    titles = person_words()["titles"]
    return pair is not None and all(is_title(w.lower(), titles) for w in pair.groups())


# two forms of address joined by a slash, right before a name's particle ("meneer/mevrouw ")
_TITLE_PAIR = regex.compile(r"(\p{L}+\.?)[ ]?/[ ]?(\p{L}+\.?)[ \t]+$")


def _whole_first_name(run: list[Token], tried: dict[tuple[int, int], str], i: int,
                      name: Name) -> Name:
    """The name with the first half of its hyphenated first name ("Jan-Willem (JW)", where
    the whole scored lower than its second half "Willem": the same person, written in full)."""
    j = i + len(name.tokens)
    if (i >= 2 and run[i - 1].kind == "-" and run[i - 2].end == run[i - 1].start
            and run[i - 1].end == run[i].start and _first_half(run[i - 2])
            and name.tokens[0].text in alone_first_names() and (i - 2, j) in tried):
        return Name(tuple(run[i - 2 : j]), tried[i - 2, j])
    return name


def _first_half(token: Token) -> bool:
    """A hyphenated first name's first half: a first name, or a listed one that is also a
    common word or a month ("An-Sofie", "Mei-Ling"), no particle or article ("De-")."""
    return token.text in alone_first_names() or (
        token.kind == "N" and token.text in listed_names() and token.text not in _ARTICLES)


def _whole_surname(run: list[Token], end: int, name: Name) -> tuple[Name, int]:
    """The name, cut at run[end], with the rest of its hyphenated surname whose later parts
    no name list has ("Lieuw-On", "Meijer-Chin", "Tjin-Kon-Fat": the cut ended before a
    common word's part, the name is the whole surname as written), and where it ends in the
    run; not after a common word ("van Connect-Me": a firm's name)."""
    if name.roles[-1] != "L" or len(name.tokens) < 2 or not is_name_shaped(name.tokens[-1].text):
        return name, end
    k = end
    while k + 1 < len(run) and run[k].kind == "-" and run[k - 1].end == run[k].start == (
            run[k + 1].start - 1) and _surname_part(run[k + 1]):
        k += 2
    return Name(name.tokens + tuple(run[end:k]), name.roles + "-L" * ((k - end) // 2)), k


def _surname_part(token: Token) -> bool:
    """A capitalised word that may go on a hyphenated surname: not a region's, a place's or a
    country's ("Zuid-West", "Oost-Nederland")."""
    lower = token.text.lower()
    return token.kind == "N" and token.text[:1].isupper() and (
        lower not in person_words()["office_seats"] and lower not in countries()
        and token.text not in person_places.places_nl())


def _fielded_surname(text: str, name: Name, words: tuple[str, ...]) -> bool:
    """A first name and a surname that ends as a building's or a road's name does (person.toml
    surname_suffixes), as the value of a person's field ("Naam: Pieter Wolterinkhuis",
    "Medewerker: Bas Nijkerk-Smit"): the field says who; the suffix alone made it an
    organisation."""
    roles = name.roles
    if roles[:1] != "F" or words[0] not in alone_first_names() or "T" in roles:
        return False
    if not _suffixed_surname(words, roles) or _AFTER_FIELD_VALUE.match(text, name.end) is None:
        return False
    ev = _label_right_before(text, name.start, name)
    return ev is not None and ev.label is not None and (
        ev.label.word.rstrip(":") in person_words()["surname_field_labels"])


def _addressed_surname(text: str, name: Name, words: tuple[str, ...]) -> bool:
    """A surname that ends as a road's or a building's name does (person.toml
    surname_suffixes) after a form of address ("mevr. Oosterweg", "dhr. Joost Brinklaan"): the
    address says who; no house number follows, as after a street ("Lindeweg 12")."""
    roles = name.roles
    if roles[:1] != "T" or words[0].lower() not in person_words()["addresses"] or (
            roles[-1] != "L"):
        return False
    return _suffixed_surname(words, roles) and _HOUSE_NUMBER.match(text, name.end) is None


def _suffixed_surname(words: tuple[str, ...], roles: str) -> bool:
    """The name's only organisation words are surnames on person.toml surname_suffixes
    ("Wolterinkhuis", "Oosterweg"; not "Anna Paulownaschool": a school's), and no word of it
    names a firm or a place before or after a name ("Stichting", "Ziekenhuis")."""
    suffixed = [w for w, r in zip(words, roles, strict=True) if r == "L" and is_org_word(w)]
    if not suffixed or not all(w.lower().endswith(_surname_suffixes()) for w in suffixed):
        return False
    org = person_words()
    return not any(w.lower() in org["org_after"] or w.lower() in org["org_before"]
                   for w in words)


_HOUSE_NUMBER = regex.compile(r"[ ]?\d")


@cache
def _surname_suffixes() -> tuple[str, ...]:
    return tuple(person_words()["surname_suffixes"])


# what may follow a field's value on its line: nothing, or an aside ("(roepnaam ...)", ", 34")
_AFTER_FIELD_VALUE = regex.compile(r"[ \t]*(?:$|[,(;|]|\t|[ ]{2})", regex.MULTILINE)


_ACRONYM_LETTERS = (2, 5)  # "KRAVETS", "RĂDULESCU": a surname in capitals is mostly longer


def _acronym(word: str) -> bool:
    """A word in capitals that is no name in capitals ("ASML", "GDPR"; not "JANSEN")."""
    return _ACRONYM_LETTERS[0] <= len(word) <= _ACRONYM_LETTERS[1] and word.isupper() \
        and word.title() not in first_names() and word.title() not in last_names()


_LONG_COMPOUND = 10  # letters: a shorter "compound" of two common words may be a name ("Harpreet")
# A house number and a Dutch postcode right after the words: a street ("Lange Voorhout 3-C,
# 2514 EA Den Haag", "Lange Voorhout 9b⏎2514 EA")
_ADDRESSED = regex.compile(r"[ ]\d{1,4}(?:[ ]?[a-zA-Z]{1,2}\b|-[A-Za-z0-9]{1,4})?[ \t]*[,\n][ \t]*"
                           r"\d{4}[ ]?[A-Z]{2}(?![A-Za-z])")
# A saint's name hyphened to "Sint-" names a place or a church: "Sint-Katelijne-Waver",
# "Saint-Denis", "Sankt-Georgen"
_SAINT_BEFORE = regex.compile(r"(?<![\w\-])(?:Sint|St\.?|Saint|Sainte|Sankt|Santa|San|São)-\Z")
# A day or a night named after someone as a whole ("King's Day", "Valentine's Day", "St.
# Patrick's Night"): a holiday, not the one word before it ("Stephen King's book" stays)
_HOLIDAY_AFTER = regex.compile(r"['’]s[ ](?:Day|Eve|Night)\b")
# A lower-case noun hyphened to a name: a compound named after the person ("de Toon
# Hermans-avond", "Annie M.G. Schmidt-musical", "Anne Frank-prijs"); a double surname's
# second part is capitalised or a particle ("Jansen-Bakker", "Smit-van Dijk")
_EPONYM_AFTER = regex.compile(r"-(\p{Ll}{3,})(?![\p{L}\-])")


def _without_eponyms(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The results less the names a compound's noun follows, and the words of the same name
    found apart before them ("Annie" of "Annie M.G. Schmidt-musical")."""
    ends = {r.end for r in results
            if (m := _EPONYM_AFTER.match(text, r.end)) is not None and m.group(1) not in PARTICLES}
    if not ends:
        return results
    dropped = {r.start for r in results if r.end in ends}
    for r in sorted(results, key=lambda r: -r.start):
        if r.end + 1 in dropped and text[r.end] == " ":
            dropped.add(r.start)  # (the run of one name, read right to left)
    return [r for r in results if r.start not in dropped]


# A capitalised word one space before a legal form: the firm it closes ("Transport B.V.").
_FIRM_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’&\-]*[ ]\Z")


def _without_characters(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The results outside a fictional character's name ("Woezel en Pip", "Dikkie Dik",
    "Peppa Pig": person.toml characters): a book's or a programme's, no one's."""
    # (a case-sensitive trie over the text in lower case, its offsets kept, and the word's
    # start checked here: ~3x faster than one IGNORECASE pattern with a look-behind)
    low = lower_in_place(text)
    found = [m.span() for m in _characters().finditer(low)
             if not m.start() or not (low[m.start() - 1].isalnum() or low[m.start() - 1] in _JOINED)]
    if not found:
        return results
    return [r for r in results if not any(s <= r.start and r.end <= e for s, e in found)]


_JOINED = "_'’-"  # a character glued to a word: no name opens after it


@cache
def _characters() -> re.Pattern[str]:
    """The lower-case names of person.toml characters as one trie (context.trie_regex)."""
    return re.compile(trie_regex(trie(sorted(person_words()["characters"]))) + r"(?![\w'’-])")


def _repeat_kept(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """A repeated name part outside the names taken and no firm's, organisation's or
    named thing's ("Jansen Installaties", "Stichting Jansen", 'kotter "Jan Jansen"')."""
    return (not inside(taken, start, end) and not _org_after(text, end)
            and not _firm(text, start, end) and not _org_before(text, start)
            and not _trade_after(text, end)
            and ((run := _RUN_BEFORE.search(text, max(0, start - 24), start)) is None
                 or not _org_before(text, run.start()))
            and not person_things.in_quoted_thing(text, start, end))


# (stop 68) the particles and initials a repeated part stands after ("Hoveniersbedrijf Van der
# Wal", "Schildersbedrijf J. Mulder"): the organisation's head stands before them
_RUN_BEFORE = regex.compile(r"(?:(?i:van|von|de|der|den|ter|ten|het|'t|la|le|du|da|dos|del)"
                            r"[ ]|\p{Lu}\.(?:\p{Lu}\.)*[ ]?)+$", regex.REVERSE)


# One space, then a capitalised word: the word after a name part repeated alone.
_NEXT_WORD = regex.compile(r"[ ](\p{Lu}[\p{Ll}]+)")


def _trade_after(text: str, end: int) -> bool:
    """A trade's bare word after a surname repeated alone: the firm that bears the name
    ("bij Brouwer Logistiek", "Dijkhuis Transport (Almelo)", "Ten Brinke Keukens"), where
    the full name seen before was the owner's or a namesake's (data/person.toml
    trade_after, org_before_suffixes, firm_after)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    words = person_words()
    lower = m.group(1).lower()
    return lower in words["trade_after"] or lower in words["firm_after"] or (
        lower in words["org_before_suffixes"])


_GREETING_END = regex.compile(r"[ \t]*(?:[,:!]|$)", regex.MULTILINE)  # (after the name)


def _greeted(text: str, name: Name) -> bool:
    """A greeting that is a first name too, opening its line before one first name and the
    greeting's comma or the line's end: "Lieve Marloes," greets Marloes (the cut without it
    is tried next); "Lieve Claes" on a signature line is Lieve Claes."""
    tokens = name.tokens
    if len(tokens) != 2 or tokens[0].text.lower() not in person_words()["greeting_names"]:
        return False
    second = tokens[1].text
    line = text.rfind("\n", 0, tokens[0].start) + 1
    if second not in first_names() or text[line:tokens[0].start].strip(" \t>\"'"):
        return False
    end = _GREETING_END.match(text, tokens[1].end)
    # (the line's end alone greets a first name that is no surname: "Lieve Claes" signs)
    return end is not None and (end.group().strip() != "" or second not in last_names())


def _label_as_value(text: str, r: RecognizerResult) -> bool:
    """A "name" its label gave that is a field's label itself: a header row's cells read one
    after another ("Naam | Sofinr | Gebdat", "Naam | Voornaam"); no name is a field's name."""
    return r.recognition_metadata[EXPLANATION_KEY].startswith("label") and names_a_field(
        text[r.start:r.end], _LABEL_ENTITIES)


_LABEL_ENTITIES = (*FIELD_ENTITIES, ENTITY)  # (whose labels a header row's cells may be)


_CELL_EDGES = frozenset(";,\t|\"")
_PADDING = 40  # spaces a cell set in columns pads its value with, read each side


def _closing_word(text: str, start: int, end: int) -> bool:
    """A letter's closing in any language the workers write, with its comma or "!" after it
    ("Pozdrawiam,", "Salam,"): the sign-off, not the name it stands above ("Groet,⏎Salam"
    is one)."""
    return _SIGN_OFF_MARK.match(text, end) is not None and (
        text[start:end].lower() in person_words()["closings"])


_SIGN_OFF_MARK = regex.compile(r"[ \t]*[,!][ \t]*(?:\n|$)")


def _place_or_role_cell(text: str, start: int, end: int) -> bool:
    """A one-word cell of a delimited row, padded or not, under a column of towns or
    countries (person.toml town_columns: "Horst" under "woonplaats" is the town) or of
    ranks and jobs (role_columns, the whole header: "Mate" under "Rank"). (Read only for a
    word between a row's delimiters: the header lookup costs microseconds a name.)"""
    lo, hi = start, end
    while lo > 0 and start - lo < _PADDING and text[lo - 1] == " ":
        lo -= 1  # (a tab is a cell's edge itself)
    while hi < len(text) and hi - end < _PADDING and text[hi] == " ":
        hi += 1
    # (a row set with bars pads its cells with spaces; after a comma a space is a quoted
    # cell's own: '"Smit, Jan",kok')
    edges = _CELL_EDGES if lo == start else "|"
    if lo == 0 or text[lo - 1] not in edges or (hi < len(text) and (
            text[hi] not in (_CELL_EDGES if hi == end else "|") and text[hi] != "\n")) or (
            " " in text[start:end]):
        return False
    header = column_label(text, start)
    return header is not None and (person_columns.names_column(header, "town_columns") or (
        header.strip(" \t.:").lower() in person_words()["role_columns"]))


def _firm_slot(text: str, start: int) -> bool:
    """The name stands where a firm is asked for: the first value after a hirer's or a
    supplier's field label on its line ("Inlener:   Kip Hartgers Boxmeer") or in a delimited
    row's column under such a header, the whole header ("inlener" over "Bavaria Deurne";
    person.toml firm_fields: not "klant", a care client is a person)."""
    line = text.rfind("\n", 0, start) + 1
    label = _FIELD_LABEL.match(text, line, start)
    if label is not None:
        return label.group(1).lower() in person_words()["firm_fields"]
    if not any(c in text[line:start] for c in _ROW_MARKS):
        return False  # (no delimited row: the header lookup costs microseconds a name)
    header = column_label(text, start)
    return header is not None and header.strip(_HEADER_EDGES).lower() in person_words()[
        "firm_fields"]


_FIELD_LABEL = regex.compile(r"[ \t]*([\p{L}][\p{L} ]{1,30}?)[ \t]*:[ \t]*\Z")
_ROW_MARKS = ("|", ";", "\t", ",")
_HEADER_EDGES = " \t.:\"'"


_LANGUAGE_REACH = 40  # characters each side read for another language or a speaking verb
_CAPITAL_WORD = regex.compile(r"(?<![\w'’\-])\p{Lu}\p{Ll}+(?![\w'’\-])")
_WORD_RUN_BEFORE = regex.compile(r"((?:[\p{L}']+[ ]+){0,3})$")


def _language_said(text: str, start: int, end: int) -> bool:
    """A one-word name that is a language's (person_names.languages: "Frans"), said as one:
    beside another language on its line ("Engels, Frans (redelijk)") or after a verb of
    speaking a few words back ("spreekt vlot Frans"); "Frans Bauer", "Frans belt" stay."""
    word = text[start:end]
    if " " in word or word.lower() not in languages():
        return False
    lo = max(text.rfind("\n", 0, start) + 1, start - _LANGUAGE_REACH)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + _LANGUAGE_REACH)
    if any(m.group().lower() in languages() for m in _CAPITAL_WORD.finditer(text, lo, hi)
           if m.start() != start):
        return True
    before = _WORD_RUN_BEFORE.search(text, lo, start)
    verbs = person_words()["language_verbs"]
    if before is not None and any(w.lower() in verbs for w in before.group(1).split()):
        return True
    # (stop 74) a subordinate clause's object before its verb at the clause's end: "die Dari
    # spreekt.", "dat zij Farsi verstaat," ("Frans spreekt de klant" goes on)
    after = _VERB_CLOSING.match(text, end)
    return after is not None and after.group(1).lower() in verbs


_VERB_CLOSING = regex.compile(r"[ ]+(\p{Ll}+)[ ]*(?:[.,;:!?)]|$)", regex.MULTILINE)


def _party_role(text: str, start: int, end: int) -> bool:
    """True for a contract's or a letter's party written as its defined term ("hierna
    "Gedetacheerde"", "Cliënte stelt", "van Gedetacheerde"; data/person.toml party_roles),
    without a form of address before it."""
    span = text[start:end]
    if span[span.rfind(" ") + 1 :].lower() not in person_words()["party_roles"]:
        return False  # (nearly every name: its last word is no role, one lookup)
    words = span.split()
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in PARTICLES):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is None or before.group(1).lower() not in honorifics()


_WORD_BEFORE = regex.compile(r"([\p{L}.]+)[ ]+$")


def _day_header(text: str, start: int, end: int) -> bool:
    """True for days of the week in a timesheet's or a roster's header row ("Ma  Di  Wo  Do
    Vr  Za", "Mon Tue Wed"): every word a day (data/person.toml chat_days), three or more on
    its line."""
    days = person_words()["chat_days"]
    if not all(w.lower() in days for w in text[start:end].split()):
        return False  # (nearly every name: its first word is no day)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:] if hi < 0 else text[lo:hi]
    return sum(w.lower().rstrip(".") in days for w in line.split()) >= 3


def _heading_name(text: str, name: Name) -> Evidence | None:
    """A name in capitals that is the text's first line, a gazetteer first name and more
    name words: the name a CV or a profile opens with ("PRIYA RAGHUNATHAN", "DAVID
    O'NEILL"), under its title at most ("Curriculum Vitae"); not a heading of words ("TOTAL
    HOURS")."""
    start, end = name.tokens[0].start, name.tokens[-1].end
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    above = _ABOVE_HEADING.fullmatch(text, 0, start)
    if (above is None or (above.group(1) and above.group(1).lower() not in person_words()[
            "heading_titles"]) or rest.strip() or len(name.tokens) < 2
            or name.roles[0] != "F" or name.roles[-1] != "L"
            or name.tokens[0].text not in alone_first_names()):
        return None
    return Evidence(scores(ENTITY).extra["signature"], "name heading the document")


# What may stand above a CV's heading name: blank space and at most its title, read from the
# text's start to the name without copying it ("Curriculum Vitae⏎", "RESUME:", "CV ")
_ABOVE_HEADING = regex.compile(r"\s*(?:([^\n]{0,40}?)[ \t:]*\n?)?\s*")


# a nationality field before the adjective ("Nationality: Irish")
_NATIONALITY_FIELD = regex.compile(r"(?i:nationality|nationaliteit|citizenship|"
                                   r"staatsburgerschap|nat\.)[ \t]*[:.]?[ \t]*$")


def _month_said(text: str, start: int, end: int, words: Sequence[str] = ()) -> bool:
    """A month written as a name: a range of months ("Jan-Mar", "Feb-Apr") or a month that is
    a first name after a word of time ("end of Jan", "medio Jan") or before a year ("Jan
    2027", "Jan '27") or a day ("Jun 24-Apr 25", "Jun 3, 2026") or typed small after "in" ("herkeuring in jan."). "Jan-Willem",
    "Jun-Jun", "Jan Smit", "Jan belt" stay names.
    (``words``: the name's tokens; a repeated single word's are its text.)"""
    words = words or (text[start:end],)
    if "-" in words and all(w == "-" or w.lower() in _month_words() for w in words):
        return len({_month_words()[w.lower()] for w in words if w != "-"}) > 1  # ("Jun-Jun")
    if len(words) != 1 or words[0].lower() not in _month_words():
        return False
    after = _RANGE_AFTER.match(text, end)
    before = _RANGE_BEFORE.search(text, max(0, start - 14), start)
    return (_TIME_BEFORE.search(text, max(0, start - 12), start) is not None
            or _YEAR_AFTER.match(text, end) is not None
            or _DAY_AFTER.match(text, end) is not None
            or (words[0].islower() and _SMALL_TIME_BEFORE.search(text, max(0, start - 8), start)
                is not None)
            or any(m is not None and m.group(1).lower() in _month_words()
                   and m.group(1).lower() != words[0].lower() for m in (after, before)))


@cache
def _month_words() -> dict[str, int]:
    from detectors.dates import MONTHS_NL_EN

    return MONTHS_NL_EN


_TIME_BEFORE = regex.compile(r"(?<![\w'’])(?i:end[ ]of|mid|early|late|since|until|begin|eind|"
                             r"medio|half|eind[ ]van|begin[ ]van)[ ]+$")
# a month typed small after "in", "per" or a day: "herkeuring in jan.", "vanaf feb", "| 15 jan |"
# (a name typed small is said after a verb or "met", "voor": "bel jan", "voor jan")
_SMALL_TIME_BEFORE = regex.compile(r"(?<![\w'’/])(?:(?i:in|per|vanaf|t/m|from)|[0-3]?\d)[ ]+$")
_RANGE_AFTER = regex.compile(r"[ ]?[-–][ ]?(\p{L}+)")
_RANGE_BEFORE = regex.compile(r"(?<![\w'’])(\p{L}+)[ ]?[-–][ ]?$")
_YEAR_AFTER = regex.compile(r"[ ]+(?:\d{4}|['’]\d{2})(?![\w])")
# (stop 73) a day or a short year and a range's dash, a comma or a year: "Jun 24-Apr 25",
# "Jun 3, 2026", "Jan 14th 2027" (an English date; "Jun 25 jaar" stays)
_DAY_AFTER = regex.compile(r"[ ]+\d{1,2}(?:st|nd|rd|th)?(?:[ ]?[-–,]|[ ]+\d{4}(?!\d))")


def _abbreviation(text: str, name: Name) -> bool:
    """A one-word name that abbreviates a firm's word with its full stop ("Fa.", "Gebr.")
    or is a meeting's role ("Vz", "Notulist"): person.toml firm_before, meeting_roles."""
    word, words = name.tokens[0].text.lower(), person_words()
    return word in words["meeting_roles"] or (
        text[name.end : name.end + 1] == "." and f"{word}." in words["firm_before"])


def _nationality_said(text: str, name: Name) -> bool:
    """A one-word name that is a nationality's adjective (abroad.toml: "Irish" and "Afghan"
    are gazetteer first names too), used as one: before a document word ("Irish passport
    PX...") or as a nationality field's value ("Nationality: Irish"); "Irish called" is
    still the person."""
    if name.tokens[0].text.lower() not in nationalities():
        return False
    if (m := _NATIONALITY_AND.match(text, name.end)) is not None and (
            m.group(1).lower() in nationalities() or m.group(1).lower() in countries()):
        return True  # "knows Irish and Dutch payroll": two nationalities' adjectives (the
        # Netherlands' words are in countries(), abroad.toml's dutch)
    if (m := _NATIONALITY_BEFORE.search(text, max(0, name.start - 40), name.start)) is not None and (
            m.group(1).lower() in nationalities()):
        return True  # "Duitse en Franse toeristen": the second of two nationalities' adjectives
    return (_document_after().match(text, name.end) is not None
            or _NATIONALITY_FIELD.search(text, max(0, name.start - 24), name.start) is not None
            or _ADJECTIVE_BEFORE.search(text, max(0, name.start - 12), name.start) is not None
            or _BRACKET_OPENS.search(text, max(0, name.start - 2), name.start) is not None
            and text[name.end : name.end + 1] in (",", ")"))  # "(Afghan, ...", "+353 ... (Irish)"


# (stop 55) a nationality's adjective where a determiner or an adjective stands before it
# ("our Irish clients", "proper Afghan tea"), another nationality after it ("Irish and
# Dutch"), or opening a bracket's list ("Yusuf Haidari (Afghan, residence permit)")
_ADJECTIVE_BEFORE = regex.compile(r"(?<![\w'’])(?i:our|the|a|an|their|proper|typical|onze|"
                                  r"de|het|een|echte|typisch|my|his|her|your|mijn|zijn|haar|"
                                  r"je|jouw|hun|m'n|z'n|jullie|uw|ons)[ ]+$")
_NATIONALITY_AND = regex.compile(r"[ ]+(?:and|en|or|of|/)[ ]+(\p{L}+)")
_NATIONALITY_BEFORE = regex.compile(r"(?<![\w'’])(\p{L}+)(?:,|[ ]+(?:and|en|or|of)|[ ]?/)[ ]+$",
                                    regex.REVERSE)
_BRACKET_OPENS = regex.compile(r"\([ ]?$")


@cache
def _document_after() -> regex.Pattern[str]:
    """A document word (doc_abroad's) or a citizen's noun (person.toml nationality_nouns)
    right after the adjective."""
    from detectors.doc_abroad import document_words

    nouns = "|".join(map(regex.escape, sorted(person_words()["nationality_nouns"], key=len,
                                               reverse=True)))
    return regex.compile(rf"[ ](?i:{document_words()}|{nouns})\b")


def _office_of(name: Name) -> bool:
    """True when an office (data/person.toml ``offices``) stands right before a lower-case
    particle, or a capitalised one before the office's seat ("Minister Van Financiën"): the
    office's place or department follows, not a surname."""
    k = name.roles.index("TP")
    if not _is_office(name.tokens[k].text):
        return False
    if name.tokens[k + 1].text.islower():
        return True
    # two particles are a surname's ("kapitein Van der Laan"): an office's seat takes one
    return name.roles[k + 1 : k + 3] != "PP" and _office_seat_after(name, k + 1)


def _is_office(word: str) -> bool:
    return word.lower().rstrip(".") in _offices()


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in person_words()["offices"])


def _office_seat_after(name: Name, k: int) -> bool:
    """True when the word after token ``k`` (an office, or a particle after one) is what the
    office is held for, not a surname: a department, place or country, a common word or an
    organisation's word ("staatssecretaris Toeslagen", "consul Marokko", "notaris
    Notariskantoor Smit")."""
    if name.roles[k] == "T" and not _is_office(name.tokens[k].text):
        return False
    if k + 1 >= len(name.tokens):
        return False
    return _is_seat(name.tokens[k + 1].text)


_WORD_BEFORE = regex.compile(r"(\w+)\.?[ \t]+$")


def _office_before(text: str, start: int) -> bool:
    """True when an office is the word right before ``start`` ("de consul Marokko")."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and _is_office(m.group(1))


def _record_initials(text: str, name: Name) -> bool:
    """True for capitals that open a record's name after its identifier ("123456782 PJ
    SMIT"), unless an acronym ("123456 CV BAKKER")."""
    return person_records.identifier_before(text, name.start) and not any(
        t.kind == "C" and t.text.lower() in person_words()["acronyms"] for t in name.tokens)


# A value in single quotes, as code, logs and SQL write it ('Hidde Vlasblom', name='Okafor'):
# an apostrophe elsewhere is part of a word ("d'Ancona", "'s-Hertogenbosch", "auto's"), so a
# capital after "'" opens no name. A quote after no word character, before a capital, that
# closes before the line ends after no space: read as a double quote, as JSON and CSV quote
# (the same offsets). Fields read the text as it is: an INSERT's and a key's quotes are theirs.
# Typographic single quotes too, as a word processor writes them: "een medewerker, ‘Dennis’".
_QUOTED = regex.compile(r"(?<![\w'’])['‘](\p{Lu}[^'‘’\n]{0,60}?[\w.])['’](?![\w'’])")


def _unquoted(text: str) -> str:
    if "'" not in text and "‘" not in text:
        return text
    return _QUOTED.sub(r'"\1"', text)


def _again(text: str, results: list[RecognizerResult],
           seen: frozenset[str]) -> list[tuple[int, int, Evidence]]:
    """The other places of a one-word name reported by what stands around it ("met Okonkwo",
    a speaker, a field, a list): the same capitalised word again in the text, where no place
    word ("vestiging", "richting", "te") or firm word makes it one ("Okonkwo belt",
    "Okonkwo's rooster")."""
    words = frozenset(
        w for w in {text[r.start : r.end].lower() for r in results} if " " not in w
        and len(w) > 2 and w not in seen and w.isalpha())
    if not words:
        return []
    taken = sorted((r.start, r.end) for r in results)
    ev = Evidence(scores(ENTITY).extra["repeat"], "name found alone elsewhere")
    return [(s, e, ev) for s, e in repeats(text, words, taken)
            if not inside(taken, s, e) and not _org_after(text, e) and not _firm(text, s, e)
            and not _PLACE_BEFORE.search(text, max(0, s - 12), s) and not _month_said(text, s, e)
            and person_prose.before_feature(text, s) != "place_before"]


def _with_forms(text: str, found: list[tuple[Name, Evidence]]) -> list[tuple[Name, Evidence]]:
    """The names found in runs, and the inverted and bracketed forms a run does not hold
    ("Jansen, P.", "A. (Anna) de Vries"), which replace the parts of them found alone."""
    forms = [(Name(toks, roles), ev) for toks, roles, ev in person_forms.names(text)]
    forms = [(n, ev) for n, ev in ((n, _labelled_form(text, n, ev)) for n, ev in forms)
             if ev is not None and not _org_around(text, n) and not _org_after(text, n.end)]
    if not forms:
        return found
    covered = covering(sorted({(n.start, n.end) for n, _ in forms}))
    kept = [(n, ev) for n, ev in found if not covered(n.start, n.end)]
    taken = sorted((n.start, n.end) for n, _ in kept)
    return kept + [(n, ev) for n, ev in forms if not inside(taken, n.start, n.end)]


def _labelled_form(text: str, name: Name, ev: Evidence) -> Evidence | None:
    """An in-cell "Surname, First name" whose first name no list holds ("Tahiri, Arben"
    under "naam"): a name only under a person's label or column header."""
    if ev.why != person_forms.UNLABELLED:
        return ev
    label = _label_right_before(text, name.start, name)
    return None if label is None else Evidence(label.score, f"surname, first name; {label.why}",
                                               label.label)


# A town's place: after a postcode ("1234 AB Wageningen") or "in", "te", "uit", "nabij": a
# word of a name seen in full there is the town the name was taken from, or a namesake.
_PLACE_BEFORE = regex.compile(r"(?:\d{4}[ ]?\p{Lu}{2}|(?<![\w'’])(?i:in|te|uit|nabij))[ ]+$")
_LAST_ONLY = "surname in gazetteer"
_SURE = 0.6  # a prose name this sure counts as the document's own name


def _source_score(text: str, start: int, end: int, parts: dict[str, float]) -> float:
    """The best score of a reported name a repeat comes from (its words, with or without
    the particles before them); 1 when the part is not found as written."""
    words = " ".join(text[start:end].split()).lower()
    if words not in parts:
        words = stem(words)  # ("Jansens": a possessive of "Jansen")
    return parts.get(words, parts.get(words.rsplit(" ", 1)[-1], 1.0))


_CAPS_OK = ("first name and surname in gazetteer", "title before a surname")
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\w'’.\-])(\p{Ll}[\p{L}\-]*)(,?)[ \t]+$",
                                    regex.REVERSE)


def _after_lower_word(text: str, start: int) -> bool:
    """True when a place or organisation word ("bij", "locatie", data/person.toml
    ``place_before``) or a lower-case word and a comma (a role: "planner, ") stands right
    before ``start``: an unknown first name before a known surname there names a place or
    an organisation more often than a person ("met", "door" introduce people)."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and (bool(m.group(2)) or m.group(1) in person_words()["place_before"])


def _surroundings(text: str, name: Name) -> Evidence | None:
    """A greeting before the name, a closing line above it, or a label."""
    s, start = scores(ENTITY).extra, name.tokens[0].start
    if greeting_before(text, start, name.end):
        return Evidence(s["greeting"], "greeting")
    if closing_before(text, start, name.end):
        return Evidence(s["signature"], "signature")
    if name.tokens[0].text in alone_first_names() and dash_signed(text, start, name.end):
        return Evidence(s["signature"], "signed after a dash")  # (not "Zwolle - Noord")
    # (one unknown word after a label word needs a ":" or a cell of its own; looked at
    # first: the label, a column's header in an export, costs more than the prose model)
    if len(name.tokens) > 1 or is_known(name.tokens[0].text) or start == 0 or _MARKED.search(
            text, max(0, start - 4), start) or _MARKED.search(text, _gap_start(text, start), start
            ) or _after_name_noun(text, start):
        label = _label_right_before(text, start, name)
        if label is not None:
            return label
    elif text[max(0, start - 2) : start] == "  " and not in_header_row(text, start):
        # one unknown word in a row set with spaces: its column's header only ("Achternaam"
        # over "WIŚNIEWSKI"; a label word before it on its row may name another cell)
        column = _aligned_column(text, start, name)
        if column is not None:
            return column
    if len(name.tokens) == 1 and text[name.end : name.end + 1] == ":" and is_known(
            name.tokens[0].text) and _writer_cue_before().search(
            text, max(0, start - _WRITER_CUE_READ), start):
        return Evidence(s["signature"], "a line's writer")  # "Opmerking Lotte: ..."
    if name.roles[0] == "I" and person_initials.holder_before(text, start):
        return Evidence(s["initials"], "account holder")  # "t.n.v. S K NDLOVU"
    if name.end - start > 2:
        words = [t.text for t, r in zip(name.tokens, name.roles, strict=True) if r in "FL"]
        if person_records.after_identifier(text, start, name.end, words, name.roles):
            return Evidence(s["record"], "name after an identifier")
    return _prose(text, name)


_WRITER_CUE_READ = 24  # characters before a name: "- Dossiernotitie "


@cache
def _writer_cue_before() -> regex.Pattern[str]:
    """A line opening with a writer's or an action's cue right before the name ("Actie
    Mark:", "- Opmerking Lotte:"; person.toml writer_cues)."""
    cues = "|".join(regex.escape(c) for c in sorted(person_words()["writer_cues"], key=len,
                                                     reverse=True))
    return regex.compile(rf"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?i:{cues})\.?[ \t]+\Z")


# A cell's or a label's start: after ":", a tab, "|", ";", a form's dot leader or a line
# break, or a comma with no space (an export's row: prose writes ", "), each maybe with a
# field's opening quote.
_MARKED = regex.compile(r"(?:[:\t|;\n][ \t]*|(?:\.{3}|…)[ \t]*|,)\"?$")


_NAME_NOUN_READ = 16  # characters before a name: "meisjesnaam ", "family name "


def _after_name_noun(text: str, start: int) -> bool:
    """A name noun right before the word ("roepnaam Tiwa", "surname Okonjo"): the noun is
    its label, as a colon would make it (person.toml name_nouns)."""
    return _name_noun_before().search(text, max(0, start - _NAME_NOUN_READ), start) is not None


@cache
def _name_noun_before() -> regex.Pattern[str]:
    nouns = "|".join(regex.escape(n) for n in sorted(person_words()["name_nouns"], key=len,
                                                      reverse=True))
    return regex.compile(rf"(?<![\w])(?i:{nouns})[ ]\Z")


def _gap_start(text: str, start: int) -> int:
    """Where the blanks before ``start`` begin, less a mark's four characters: a form pads
    its label's value with spaces ("Achternaam:             Bakari")."""
    lo = start
    while lo > max(0, start - 60) and text[lo - 1] in " \t":
        lo -= 1
    return max(0, lo - 4)


def _prose(text: str, name: Name) -> Evidence | None:
    """The prose model's score for a cut of one to three words with no title or initials
    (person_prose.py): what its words are, where it stands and the words around it."""
    if "T" in name.roles or "I" in name.roles or len(name.tokens) > 3:
        return None
    if len(name.tokens) == 1 and (_acronym_in_prose(text, name.start, name.end)
                                  or person_things.named_thing(text, name.start)
                                  or _mail_header_key(text, name.start, name.end)
                                  or _feast(text, name.start, name.end)):
        return None  # "valt onder KOR", "(CAPA 982657183)": an acronym; "slijpwagen Willem",
        # "pony Sientje": an animal's or a machine's name; "Valentine's peak": a feast
    if _THE_BEFORE.search(text, max(0, name.start - 5), name.start) is not None:
        return None  # (stop 74) "aboard the Hendrika Baars": no article before a person's name
    if len(name.tokens) == 2 and name.tokens[0].text in _ARTICLES and _acronym(
            text[name.tokens[1].start : name.end]):
        return None  # (stop 67) "Het CJIB", "De IND": an article and a body's acronym (a
        # word in capitals is read title-cased: its own letters say acronym)
    words = [t.text for t, r in zip(name.tokens, name.roles, strict=True) if r in "FL"]
    return person_prose.evidence(text, name.start, name.end, words, _particle_surname(name, text))


def _feast(text: str, start: int, end: int) -> bool:
    """A first name that is a feast's, in its possessive ("Valentine's peak")."""
    return text[end : end + 1] in ("'", "’") and text[start:end].lower() in (
        person_words()["feast_possessives"])


# A mail header's line: a key, its colon, an address ("Від: Olena K. <o.k@ukr.net>", "Do:
# planning@..."), the lines of a header block in any language
_ADDRESS_LINE = regex.compile(r"[ \t>]*[^\W\d_][\w-]{0,20}[ \t]*:[^\n]*@[^\n]*")
_HEADER_REACH = 3  # lines above a key read for a mail header's address line


def _mail_header_key(text: str, start: int, end: int) -> bool:
    """A word that opens its line with a colon after it, in a mail's header block (an address
    line within _HEADER_REACH lines above, no blank line between): the header's key in the
    writer's language ("Тема:", "Temat:", "Assunto:"), no one's name."""
    if text[end : end + 1] != ":":
        return False
    end_of_above = start
    while end_of_above > 0 and text[end_of_above - 1] in " \t>":
        end_of_above -= 1  # (the key opens its line, maybe indented or quoted)
    if end_of_above > 0 and text[end_of_above - 1] != "\n":
        return False
    end_of_above -= 1
    for _ in range(_HEADER_REACH):  # the block's lines above, up to a blank line
        if end_of_above < 0:
            return False
        head = text.rfind("\n", 0, end_of_above) + 1
        line = text[head:end_of_above]
        if not line.strip():
            return False
        if _ADDRESS_LINE.fullmatch(line):
            return True
        end_of_above = head - 1
    return False


_PROSE_AROUND = 24  # characters each side read for lower-case letters
_ARTICLES = frozenset(["Het", "De", "'t", "’t"])  # capitalised, opening a sentence


def _acronym_in_prose(text: str, start: int, end: int) -> bool:
    """One word of two to five capitals on no name list with lower-case words on both sides:
    an acronym (a text in capitals writes its names so, and its speakers; not read here)."""
    if not _acronym(text[start:end]):
        return False  # ("PAWEŁ", "OWUSU": a name in capitals on a form)
    before, after = text[max(0, start - _PROSE_AROUND) : start], text[end : end + _PROSE_AROUND]
    return any(c.islower() for c in before) and any(c.islower() for c in after)


_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:][ \t]+|\n[ \t]*)$")


def _particle_surname(name: Name, text: str = "") -> tuple[str, ...]:
    """("particle_surname",) when a particle stands before a gazetteer surname that is a
    common word too ("De Boer", "van den Berg", "Ter Horst"): the particle makes the word the
    surname, not the noun ("boer", "berg") that alone weighs as a common word. Not a
    capitalised De/Het opening a sentence before an office or institution ("De Koning sprak
    het land toe": the article and the noun; person.toml institution_nouns)."""
    roles = name.roles
    k = roles.rfind("P")
    if k < 0 or k + 1 >= len(roles) or roles[k + 1] != "L":
        return ()
    word = name.tokens[k + 1].text
    if (k == 0 and name.tokens[0].text in ("De", "Het")
            and word.lower() in person_words()["institution_nouns"]
            and _SENTENCE_OPENS.search(text, max(0, name.start - 4), name.start)):
        return ()
    return ("particle_surname",) if word in last_names() and word.lower() in common_words() else ()


# "ten name (van)", "op naam (van)" right before a name: with "van" the phrase labels the
# name after it, without it the name's "van" is the phrase's
_IN_NAME_OF = regex.compile(r"(?i:\b(?:ten|op|in)[ ]+(?:de[ ]+)?(?:name|naam)([ ]+van)?)[ ]+\Z")
_IN_NAME_OF_READ = 16  # characters: "op de naam van "


def _label_right_before(text: str, start: int, name: Name | None = None) -> Evidence | None:
    """A PERSON label that ends right before the name ("Naam: ", "Kandidaat ", "Aan: "):
    a label further back on the line labels something else, and a header cell labels its
    column, not the header cell after it ("|| Naam || Ploegleider ||"). A desk or a
    department ("Aan: Salarisadministratie", "Van: Backoffice") is no person."""
    named = None if name is None else _IN_NAME_OF.search(
        text, max(0, start - _IN_NAME_OF_READ), start)
    if named is not None and named.group(1) is None and name.tokens[0].text == "van":
        return None  # "ten name van Stichting X", "op naam van Connect-Me": the phrase's "van"
    if named is not None and named.group(1) and len(name.tokens) > 1 and not _desk(name):
        return _label_evidence("naam")  # "staat op naam van Van Wijk-Terpstra"
    label = label_before(text, start)
    ev = _label_evidence(label)
    if ev is not None and _role_of_the_line_above(text, start):
        return None  # "drs. A.M. Koster, bedrijfsarts\nArboNed": his role, not a label
    if ev is None and name is not None and (label.endswith("  ") or _after_record_id(text, start)):
        # a cell of a row set with spaces; or one space after a fixed-width export's id that
        # fills its column ("10-2231 Okafor, Chidubem" under "name")
        ev = _aligned_column(text, start, name)
    if ev is None or in_header_row(text, start) or (name is not None and _desk(name)):
        return None  # (the desk's words looked up only where a label said "person")
    return ev


# a signature's "Name, role" line: the role after a comma is the name's on that line
_NAME_COMMA_ROLE = regex.compile(r"(\p{Lu}[\p{L}'’\-]+)[ \t]*,[ \t]+\p{Ll}[\p{L}\- ]*[ \t]*$")


_ROLE_LINE = 120  # characters of a signature's "Name, role" line read


def _role_of_the_line_above(text: str, start: int) -> bool:
    """The value opens its line under a "Name, role" line ("drs. A.M. Koster,
    bedrijfsarts"): the role is that name's, no label of the line below ("Naam, voornaam"
    over "Jansen, Jan" is a header: its first part is a label too)."""
    line_start = text.rfind("\n", max(0, start - _ROLE_LINE), start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    above = max(0, line_start - 1 - _ROLE_LINE)  # (the last characters of a long line above)
    m = _NAME_COMMA_ROLE.search(text, text.rfind("\n", above, line_start - 1) + 1, line_start - 1)
    return m is not None and _label_evidence(m.group(1)) is None


_RECORD_ID_READ = 20  # characters read back for a record's id and its space


def _after_record_id(text: str, start: int) -> bool:
    """The name opens the field after a record's id that opens its line, one space apart."""
    line = text.rfind("\n", max(0, start - _RECORD_ID_READ), start) + 1
    if line == 0 and start >= _RECORD_ID_READ:
        return False  # (no line break within reach: the line opens too far back for an id)
    return person_forms.RECORD_OPENS.fullmatch(text, line, start) is not None


def _aligned_column(text: str, start: int, name: Name) -> Evidence | None:
    """The label of a name's column in a row set with spaces ("123456782  JANSEN  PIETER"
    under "BSN  Achternaam  Voornaam"): its column's header, not that and the cells before
    it on its row (label_before's reading). A column of names holds names: a common word or
    a compound in it ("Salarisadministratie" under "Contactpersoon") is a team or a firm."""
    if any(person_prose.word_evidence(t.text)[1] in person_prose.NO_NAME_KINDS
           for t, r in zip(name.tokens, name.roles, strict=True) if r in "FL"):
        return None
    column = column_label(text, start)
    return None if column is None else _label_evidence(column)


def _desk(name: Name) -> bool:
    """The name opens with a common word, a noun's ending or a long compound: a desk or a
    department ("Backoffice", "Beveiligingsafdeling Schiphol"). A short "compound" is as
    often a surname nobody's list holds ("Warsame", "Doelwijt"), and a particle makes a
    surname of a common word ("Van der Meer")."""
    if "P" in name.roles or name.roles[:1] not in ("F", "L"):
        return False
    word = name.tokens[0].text
    kind = person_prose.word_evidence(word)[1]
    return kind in ("common", "noun_ending") or (kind == "compound" and len(word) >= 10)


@lru_cache(maxsize=4096)
def _label_evidence(label: str) -> Evidence | None:
    # Cached: forms and exports repeat the same few labels on every record.
    label = without_optional_plural(label)
    hit = decisive_hit(*patterns(ENTITY), label)
    if hit is None or hit.kind != "context" or (
            (rest := label[hit.end :].strip(_LABEL_GAP)) and not _aside(rest)
            and not ("/" in label and _TRANSLATED.fullmatch(rest))):
        return None
    word = hit.word.lower()
    return Evidence(scores(ENTITY).label, f"label '{word}'", Label(word, "context"))


# The same label in other languages after a slash ("Naam/Surname/Nom", an ID card's).
_TRANSLATED = regex.compile(
    r"\p{L}+(?:[ ]\p{L}+){0,2}\.?(?:[ ]?/[ ]?\p{L}+(?:[ ]\p{L}+){0,2}\.?){0,2}")


def _aside(rest: str) -> bool:
    """A bracketed aside on how the name is written, after its label ("(blokletters)",
    data/person.toml ``label_asides``): the label asks for a name all the same."""
    inner = rest.rstrip(" \t:").removesuffix(")").strip(" ()")
    return bool(inner) and inner.lower() in person_words()["label_asides"]


_JOINS = (",", " en", " and", " &")
_AND_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{Lu}\p{Ll}+)[ ]*(?:,|[ ]en|[ ]and|[ ]&)[ ]+$",
                            regex.REVERSE)


def _coordinated(text: str, found: list[tuple[Name, Evidence]]) -> list[tuple[int, int, Evidence]]:
    """A first name joined to a reported name by "en", "and", "&" or a comma ("Eva en Thijs
    de Boer", "Sophie and Ruben"), where it opens the sentence and so earned nothing alone.
    Whether a reported name holds the first name is looked up by bisection (spans.within,
    made at the first such word), not by a pass over every name: a text of thousands of
    names in lists was quadratic (24 vs 4.4 ms per 100 KB of prose at 400 KB)."""
    out: list[tuple[int, int, Evidence]] = []
    named: Callable[[int], bool] | None = None
    for name, _ in found:
        start = name.tokens[0].start
        before = text[max(0, start - 30) : start]
        before = before[:-1] if before[-1:] == "\n" else before  # ("$" matches before it too)
        bare = before.rstrip(" ")  # (what _AND_BEFORE needs at the end, looked at first)
        if len(bare) == len(before) or not bare.endswith(_JOINS):
            continue
        m = _AND_BEFORE.search(text, max(0, start - 30), start)
        if m is None or m.group(1) not in alone_first_names():
            continue
        if named is None:
            named = within((n.start, n.end) for n, _ in found)
        if not named(m.start(1)):
            out.append(
                (
                    m.start(1),
                    m.end(1),
                    Evidence(scores(ENTITY).extra["first_alone"], "first name beside a name"),
                )
            )
    return out

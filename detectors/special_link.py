"""Whether a special-category term no trigger ties to a person is about one (data: link.toml).

special_rules ties a term to a person by the nearest trigger in its clause ("ik ben lid van",
"de kandidaat heeft") and rules it out in a job, study or employer line. A term left open
(no trigger, nothing ruling it out: "Hij gaat elke vrijdag naar de gurdwara. Sikh, tulband."
or "Sanne belde. Ze is al jaren FNV'er.") is decided here, in one place: each piece of
evidence in the term's sentence, in the sentence before it, in its field and in the document
as a whole adds its weight, and the term is about someone when the sum reaches the threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from detectors.person_names import alone_first_names, languages
from detectors.special_addressee import load_rules as addressee_rules
from detectors.special_addressee import to_one_person
from detectors.special_lexicon import Lexicon, phrase_trie, weighted_rules
from detectors.special_partner import SPEAKER
from detectors.special_rules import (
    MEMBERSHIPS,
    ORIENTATION,
    THAT_SUBJECT,
    in_proper_name,
    in_relative_clause,
    in_work_section,
    is_name_part,
    is_work_label,
    line_label,
)
from detectors.special_sentences import sentence
from detectors.special_subject import evidence
from detectors.special_terms import TermHit

DATA = Path(__file__).parent / "data" / "special" / "link.toml"
BULLET = re.compile(r"[^\S\n]*[-–•*▪·][^\S\n]+")  # a list item's mark at the line's start
LISTS = ("first_person", "pronoun", "person_noun", "honorific")
IN_SENTENCE = (*LISTS, "name", "addressee")
# the evidence of the sentence before the term's: "Sanne belde. Lid FNV, ..."
_BEFORE = tuple(f"before_{k}" for k in IN_SENTENCE)
BEFORE_KEYS = frozenset(_BEFORE)
WEIGHTS = (*IN_SENTENCE, *_BEFORE, "opening_verb", "field",
           "member_record", "document_person", "document_generic", "document_no_one")
# what a membership's record (a card, a member list) says of its holder: a party, a union, a
# network (orientation), a church
MEMBER_RECORDS = (*MEMBERSHIPS, ORIENTATION, "SPECIAL_RELIGION")
DOCUMENT_PERSON = 2.0  # special_subject person evidence above generic: about one person
DOCUMENT_GENERIC = 2.0  # generic evidence above person evidence: leaning to no one
DOCUMENT_NO_ONE = 3.0  # generic evidence above person evidence (special_subject threshold)
# (the capital first and the lookbehind past it: re jumps from capital to capital in C
# instead of trying the lookbehind at every character, 2-3x faster; the same matches)
INITIALS_NAME = re.compile(r"[A-Z](?<![\w.][A-Z])\.[^\S\n]?(?:[A-Z]\.[^\S\n]?){0,2}"
                           r"(?:(?:van|de|der|den|ter|ten|el|al)[^\S\n]+)*[A-Z][a-zà-ÿ'’-]{2,}")
CAPITALISED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-zà-ÿ'’]+(?![\w'’-])")


class LinkDataError(ValueError):
    """link.toml is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class LinkRules:
    """The compiled evidence of one language."""

    words: dict[str, re.Pattern[str]]
    opening_verb: re.Pattern[str]  # a sentence opened by a verb: the note's person
    clause_verb: re.Pattern[str]  # a clause after a comma opened by a verb: "..., is katholiek"
    # a sentence (or its line) opened by a group's or an article's subject: "The team ..."
    group_subject: re.Pattern[str]
    # a membership's own record on the term's line or a line beside it ("<party> —
    # Lidmaatschapskaart", "Lidnummer:", "Leden: ..."): its holder is a member
    member_record: re.Pattern[str]
    # the organisation as a party or an employer: after it on its line ("CNV Vakmensen
    # (werkgever), gevestigd te Utrecht", "COC Nederland ... represented by"), or as the
    # value under its heading on the line before ("The employer:\nCOC Nederland, ...")
    org_party: re.Pattern[str]
    org_heading: re.Pattern[str]
    # the reader as a subject ("u", "you") and what ends its hold on a term after it: a
    # conjunction opening another clause or a denial ("dat", "niet", "that", "not")
    addressee: re.Pattern[str]
    not_addressed: re.Pattern[str]
    weights: dict[str, float]
    threshold: float
    categories: frozenset[str]  # the entities linked here (health has its records)
    needs_trigger: frozenset[str]  # terms never linked here
    honorifics: tuple[str, ...] = ()  # the ``honorific`` list as written ("dhr.", "mevrouw")
    # a sentence that opens by pointing back at the one before: "Dit is diefstal."
    anaphora: re.Pattern[str] | None = None


@cache
def load_link_rules(language: str, path: Path = DATA) -> LinkRules:
    """The rules of ``language``; raises LinkDataError naming the file and key."""
    data, table, weights = weighted_rules(path, language, (*LISTS, "opening_verb",
                                                           "member_record", "org_party",
                                                           "org_heading", "group_subject",
                                                           "addressee", "not_addressed",
                                                           "anaphora"),
                                          WEIGHTS, LinkDataError)
    # "hij/zij" is a protocol's reader, no one's pronoun: a slash ends no word
    words = {k: re.compile(r"(?<![\w'’/])" + phrase_trie(table[k]) + r"(?![\w'’/])",
                           re.IGNORECASE) for k in LISTS}
    opening = re.compile(r"[\s\-–•*]*(?P<verb>" + phrase_trie(table["opening_verb"])
                         + r")\s+(?P<next>\w)", re.IGNORECASE)
    # a note's clause with its subject left out after a comma or a semicolon: "- Alevitisch,
    # viert geen Ramadan", "heeft op zondag dienst, is gereformeerd" (lower case: a verb, not
    # the start of a name)
    clause = re.compile(r"[,;][^\S\n]+(?P<verb>" + phrase_trie(table["opening_verb"])
                        + r")[^\S\n]+(?P<next>[a-zà-ÿ])")
    categories, needs = data.get("categories"), data.get("needs_trigger")
    if not all(isinstance(v, list) and all(isinstance(c, str) for c in v)
               for v in (categories, needs)):
        raise LinkDataError(f"{path}: keys categories and needs_trigger must list strings")
    member = re.compile(r"(?<![\w'’])" + phrase_trie(table["member_record"]) + r"(?![\w'’])",
                        re.IGNORECASE)
    party = re.compile(r"(?<![\w'’])" + phrase_trie(table["org_party"]) + r"(?![\w'’])",
                       re.IGNORECASE)
    heading = re.compile(r"[^\S\n]*(?:" + phrase_trie(table["org_heading"])
                         + r")[^\S\n]*:[^\S\n]*\n", re.IGNORECASE)
    group = re.compile(r"[\s\-–•*]*(?:" + phrase_trie(table["group_subject"]) + r")[ \t]",
                       re.IGNORECASE)
    addressee, not_addressed = (
        re.compile(r"(?<![\w'’/])(?:" + phrase_trie(table[k]) + r")(?![\w'’/])", re.IGNORECASE)
        for k in ("addressee", "not_addressed"))
    anaphora = re.compile(r"[\s\-–•*]*(?:" + phrase_trie(table["anaphora"]) + r")[ \t]",
                          re.IGNORECASE)
    return LinkRules(words, opening, clause, group, member, party, heading, addressee,
                     not_addressed, weights,
                     float(data.get("threshold", 2.0)), frozenset(categories), frozenset(needs),
                     tuple(table["honorific"]), anaphora)


def owned_by_another(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a relative or a care receiver owns the term text[start:end] (rules.toml
    not_workers, "zijn vader had kanker", "the patient has hepatitis"): one stands before it
    in its sentence and no worker does between the last of them and the term, a name or a
    pronoun (``worker_subjects``: "haar moeder belde dat Eva een hernia heeft", "kan geen
    cliënten tillen door haar hernia") or a worker's noun (``worker_nouns``: "tijdens het
    douchen van een bewoonster verstapte de uitzendkracht haar enkel"). A name right after
    "vrouw van" is the owner's kin."""
    return owner(text, start, end, lex) is not None


def owner(text: str, start: int, end: int, lex: Lexicon) -> re.Match[str] | None:
    """The relative or care receiver that owns the term (``owned_by_another``), or None."""
    lo = sentence(text, start, end)[0]
    last = None
    for last in lex.phrases["not_workers"].finditer(text, lo, start):
        pass
    if last is None:
        return None
    gap = text[last.end():start]
    if last.group().lower().endswith((" van", " of")):
        gap = gap.lstrip().partition(" ")[2]  # "de vrouw van Jan heeft kanker": Jan's kin
    elif (said := lex.phrases["owner_possessives"].match(gap.lstrip(" "))) is not None:
        gap = gap.lstrip(" ")[said.end():]  # "zijn oma haar knie": the grandmother's knee
    noun = lex.phrases["worker_nouns"].search(gap)
    worker = lex.phrases["worker_subjects"].search(gap) is not None or has_name(gap) or (
        noun is not None and OF_ANCHOR.search(gap, 0, noun.start()) is None)
    return None if worker else last


# a worker's noun as the relation's anchor, not a subject: "de moeder van de medewerker"
OF_ANCHOR = re.compile(r"\b(?:van|of)\s+(?:(?:de|het|onze|een|the|our|a|an)\s+)?\Z",
                       re.IGNORECASE)


@cache
def _honorific_name() -> re.Pattern[str]:
    """A form of address of either language's ``honorific`` list (link.toml) and a surname:
    "mw. Visser", "dhr. van Dam", "Mrs Okafor" (has_name reads no language)."""
    words = {w.rstrip(".") for lang in ("nl", "en") for w in load_link_rules(lang).honorifics}
    return re.compile(r"(?<![\w.])(?i:" + phrase_trie(sorted(words)) + r")\.?"
                      r"[^\S\n]+(?:(?:van|de|der|den|ter|ten|el|al)[^\S\n]+)*"
                      r"[A-Z][a-zà-ÿ'’-]{2,}")


def has_name(part: str) -> bool:
    """A person's name in a piece of a sentence: a gazetteer first name that is no common
    word ("Sanne", "Ahmed"; not "Protestantse Gemeente", which a first-and-last-name shape
    would take), initials and a surname ("J. Pietersen", "K.L. de Vries"), or a form of
    address and a surname ("mw. Visser")."""
    names = alone_first_names()
    # (a first name that is a language too, "Frans", names a language in "Talen: ...")
    return any(m.group() in names and m.group().lower() not in languages()
               for m in CAPITALISED.finditer(part)) or (
        INITIALS_NAME.search(part) is not None) or _honorific_name().search(part) is not None


def _found(rules: LinkRules, parts: tuple[str, ...]) -> set[str]:
    out = {k for k in LISTS if k != "first_person" and any(rules.words[k].search(p)
                                                           for p in parts)}
    # a first-person word that is part of a name ("Connect-Me", "I. Hoekstra") speaks not
    if any(not is_name_part(p, m.start(), m.end())
           for p in parts for m in rules.words["first_person"].finditer(p)):
        out.add("first_person")
    if any(has_name(p) for p in parts):
        out.add("name")
    return out


def _addressed(rules: LinkRules, text: str, lo: int, hi: int, language: str) -> bool:
    """The reader is the subject of text[lo:hi]'s last clause, in a letter or an e-mail whose
    greeting names one person: "Geachte heer Sjoerdsma, ... dat u de boor heeft gestolen", "Dear
    Mr Farrow, ... you were convicted last spring". Not a clause that denies ("je bent niet
    aangehouden") and not the reader of a main clause before a subordinate one ("Wij wijzen
    u erop dat het islamitische vak ..."), not what the reader may or could do ("you can use
    your fingerprint to log in") or a supposition ("als u ..."), nor a letter to a group or to
    no one named."""
    last = None
    for last in rules.addressee.finditer(text, lo, hi):
        pass
    if last is None or rules.not_addressed.search(text, last.end(), hi) is not None:
        return False
    letter = addressee_rules(language)  # (its conditionals: "als u ...", "if you ...")
    return letter.conditional.search(text, lo, last.start()) is None and to_one_person(text, letter)


def _group_subject(rules: LinkRules, text: str, lo: int, hi: int) -> bool:
    """The sentence, or a line of it after a heading ("Culture\nThe team celebrates ..."),
    opens with a group's or an article's subject."""
    at = lo
    while rules.group_subject.match(text, at, hi) is None:
        at = text.find("\n", at, hi) + 1
        if at == 0:
            return False
    return True


def link_evidence(text: str, start: int, end: int, language: str, lex: Lexicon,
                  complete: bool = True, entity: str = "") -> frozenset[str]:
    """The evidence that text[start:end] is about one person (WEIGHTS keys). Not
    ``complete``: the document's evidence is left out when the rest cannot reach the
    threshold with it (it is weighed over the text's first pages: most terms never need it).
    A membership's record counts for an ``entity`` of MEMBER_RECORDS only."""
    rules = load_link_rules(language)
    lo, hi = sentence(text, start, end)
    found = _found(rules, (text[lo:start], text[end:hi]))
    if "first_person" in found and in_relative_clause(text, lo, start, lex,
                                                      rules.words["first_person"]):
        found.discard("first_person")  # "I worked at a centre where visitors celebrate Holi"
    if _addressed(rules, text, lo, start, language):
        found.add("addressee")
    opening = rules.opening_verb.match(text, lo, hi)  # the term may be the word after it
    if opening is not None and opening.end("verb") <= start and opening["next"].islower() and (
            opening["verb"][0].isupper() or _on_chat_line(text, lo)
            or _bullet_line(text, opening.start("verb"))):
        found.add("opening_verb")  # "Komt uit een ...", not "Is Sanne ..." (a question)
    elif any(m.end("verb") <= start or m.start("verb") >= end
             for m in rules.clause_verb.finditer(text, max(0, lo - 2), hi)) and not (
            _group_subject(rules, text, lo, hi)):
        found.add("opening_verb")  # (not "The team celebrates Pride, has a prayer room")
    if lo > 0:
        blo, _ = sentence(text, lo - 1, lo - 1)
        found |= {f"before_{k}" for k in _found(rules, (text[blo:lo],))}
        if _addressed(rules, text, blo, lo, language):
            found.add("before_addressee")
        if rules.anaphora is not None and rules.anaphora.match(text, lo, start):
            # "Je nam geld uit de kassa. Dit is diefstal.": the sentence before's person
            found |= {k[len("before_"):] for k in found if k.startswith("before_")}
    if entity in MEMBER_RECORDS and rules.member_record.search(
            text, *_lines_around(text, start, end)):
        found.add("member_record")
    label = line_label(text, start, lex, wrapped=True)
    if label is not None and label[1] <= start and not is_work_label(
            label[0], lex):
        found.add("field")
    weights = rules.weights
    if not complete and link_score(frozenset(found), language) + max(
            0.0, weights["document_person"]) < rules.threshold:
        return frozenset(found)
    generic, person = evidence(text, language)
    if person - generic >= DOCUMENT_PERSON:
        found.add("document_person")
    if generic - person >= DOCUMENT_NO_ONE:
        found.add("document_no_one")
    elif generic - person >= DOCUMENT_GENERIC:
        found.add("document_generic")
    return frozenset(found)


def _on_chat_line(text: str, pos: int) -> bool:
    """``pos`` is on a chat's line ("Jordy: kan ik vrij? moet nog ..."), whose speaker
    leaves "ik" out and writes in lower case."""
    line = text.rfind("\n", 0, pos) + 1
    speaker = SPEAKER.match(text, line, pos + 1)
    return speaker is not None and speaker.end() <= pos + 1


def _bullet_line(text: str, pos: int) -> bool:
    """``pos`` opens a bullet's text ("- draagt een keppel"): a note's item, written in lower
    case with its subject left out as often as a chat's line."""
    line = text.rfind("\n", 0, pos) + 1
    return BULLET.fullmatch(text, line, pos) is not None


def _lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding text[start:end] and of the line before and after it."""
    lo = text.rfind("\n", 0, start)
    lo = text.rfind("\n", 0, lo) + 1 if lo > 0 else 0
    hi = text.find("\n", end)
    hi = text.find("\n", hi + 1) if hi >= 0 else -1
    return lo, len(text) if hi < 0 else hi


def may_link(text: str, start: int, entity: str, term: str, language: str,
             hits: list[TermHit], lex: Lexicon) -> bool:
    """Whether an open term may be linked at all: not a term that needs a trigger, not on a
    timeline line of a CV ("2019 – 2021  Beleidsmedewerker, <a party>": an employer), not a
    party or union among others named in its sentence ("met FNV, CNV en De Unie": the
    organisations, where one person is a member of one)."""
    rules = load_link_rules(language)
    if entity not in rules.categories or term in rules.needs_trigger:
        return False
    if in_work_section(text, start, lex):
        return False
    if entity == ORIENTATION and in_proper_name(text, start, start + len(term)):
        return False  # "a Queer Youth Alliance", "Gay Business Network": a body's name
    if entity in MEMBER_RECORDS and _acts_as_party(text, start, start + len(term), rules):
        return False
    if entity in MEMBERSHIPS and THAT_SUBJECT.search(text, max(0, start - 30), start):
        return False  # "Sanne vertelde dat de FNV een staking plant": the union acts
    if entity not in MEMBERSHIPS:
        return True
    lo, hi = sentence(text, start, start + len(term))
    # an expansion in brackets is the same organisation: "AVV (Alternatief voor Vakbond)"
    named = {h.term for h in hits if h.entity == entity and lo <= h.start < hi
             and text[h.start].isupper() and text[max(0, h.start - 1) : h.start] != "("}
    return len(named) < 2


def _acts_as_party(text: str, start: int, end: int, rules: LinkRules) -> bool:
    """The organisation is a contract's party or an employer, no one's membership: a party
    word after it on its line, or an employer's heading on the line before its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if rules.org_party.search(text, end, len(text) if line_end < 0 else line_end):
        return True
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start > 0 and rules.org_heading.fullmatch(text, before, line_start) is not None


def link_score(found: frozenset[str], language: str) -> float:
    """The summed weight of the evidence."""
    weights = load_link_rules(language).weights
    return sum(weights[k] for k in found)


def is_linked(found: frozenset[str], language: str) -> bool:
    """Whether the evidence reaches the threshold.

    >>> is_linked(frozenset({"pronoun"}), "nl"), is_linked(frozenset({"field"}), "nl")
    (True, False)
    """
    return link_score(found, language) >= load_link_rules(language).threshold

"""The CV section or entry a special-category term stands in, read as structure (data:
rules.toml).

A CV lists the person's own life beside work under headings of its own ("Nevenfuncties",
"Vrijwilligerswerk", "Lidmaatschappen", "Hobby's", "Memberships", "Volunteering"): a faith
community, party, union or LGBTQ+ organisation on a line there is one the person belongs to,
serves or volunteers for ("- Ouderling, Gereformeerde Gemeente Barneveld", "Member, FNV Zorg
& Welzijn", "Misdienaar in de parochie"). Not when the line is a job there (a job word other
than a volunteer's or an office of the community: "docent", "receptionist bij"), the term
names an institution (a "katholieke school", "Stichting Gereformeerd Onderwijs") or a topic
("lezen over de islam"), the category's own name ("Interesses: religie, politiek") or a
denial. A health term in a CV's timeline entry of a break ("2022-2023 Loopbaanonderbreking:
herstel van een burn-out", "Jan 2017 - Dec 2017 Career break" over "- treatment for cancer")
is why the person was away: their own. https://gdpr-info.eu/art-9-gdpr/
"""

from __future__ import annotations

import re

from detectors.spans import line_start as line_start_of
from detectors.special_lexicon import Lexicon
from detectors.special_rules import (
    HEADING,
    HEADING_LINES,
    NEXT_WORDS,
    OWN_SECTION_ENTITIES,
    clause_start,
    is_negated,
    line_label,
    names_a_place,
    norm,
)
from detectors.special_terms import TermHit

HEADING_WORDS = 4  # a section's heading is short ("Hobby's en interesses"); longer is a line
AFTER_WORDS = 3  # words after the term read for the institution it may name
ORIENTATION = "SPECIAL_SEXUAL_ORIENTATION"
RELIGION = "SPECIAL_RELIGION"
# a CV's timeline entry: a line opening with a year or a month and a year ("2022-2023",
# "Jan 2017 – Dec 2017", "03/2021 - heden"); its items are the lines set in or bulleted below
ENTRY = re.compile(r"[ \t]*(?:\d{1,2}[-/.]|[A-Za-z]{3,9}\.?[ \t]+)?(?:19|20)\d\d(?!\d)")
ITEM = re.compile(r"[ \t]+\S|[ \t]*[-•*–·]\s|[ \t]*n/?a[ \t]*$", re.IGNORECASE)
ENTRY_LINES = 8  # item lines walked up to the entry's first line
ENTRY_CHARS = 2000  # an entry's line read this far from its term (its start): not all per term
# the rest of an entry's period and the marks before its first word ("- Dec 2017 ", " – heden: ")
PERIOD_REST = re.compile(r"[ \t]*(?:[-–—/][ \t]*(?:\d{1,2}[-/.]|[A-Za-z]{3,9}\.?[ \t]+)?"
                         r"(?:(?:19|20)\d\d(?!\d)|heden|nu|present|now|current|today))?"
                         r"[ \t:|,–—-]*", re.IGNORECASE)
REACH = 200  # characters of a long line read each side of a term
# an address's shapes (its street words are data: address_words): a house number before or
# after a capitalised street name, a Dutch or a UK postcode
ADDRESS = re.compile(r"^[ \t]*\d{1,4}[a-z]?[ \t]+[A-Z]|[A-Z][\w'’-]+[ \t]+\d{1,4}[a-z]?(?:[ \t]*$|,)"
                     r"|\b\d{4}[ \t]?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b",
                     re.MULTILINE)


def own_section(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """The heading or field label of the person's own section of a CV the term stands in,
    when the term there names their own organisation or practice; else None.

    >>> from detectors.special_lexicon import load_lexicon
    >>> lex = load_lexicon("nl")
    >>> t = "Nevenfuncties\\n- Ouderling in de Gereformeerde Gemeente (2010 - heden)"
    >>> own_section(t, next(iter(lex.matcher.find(t))), lex)
    'nevenfuncties'
    """
    if hit.entity not in OWN_SECTION_ENTITIES:
        return None
    section = _section(text, hit.start, lex)
    if section is None or _organisations(text, hit, lex) or not _own_term(
            text, hit, lex, section[1]):
        return None
    if hit.entity == ORIENTATION and not lex.phrases["member_sections"].search(section[0]):
        return None  # "Vrijwilligerswerk: voorlichter bij het COC": an ally's work too
    if hit.entity == RELIGION and lex.phrases["volunteer_sections"].search(section[0]) and (
            not _office_beside(text, hit, lex)):
        return None  # (stop 71) "Vrijwilliger voedselbank in de parochie": help, no belief
    return section[0]


def _office_beside(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """An office or a member's word of the community on the term's line, within REACH
    ("Ouderling", "lid van", "onze gemeente")."""
    lo = max(line_start_of(text, hit.start), hit.start - REACH)
    line_end = text.find("\n", hit.end)
    hi = min(len(text) if line_end < 0 else line_end, hit.end + REACH)
    return lex.phrases["place_roles"].search(text, lo, hi) is not None


def _organisations(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """An organisation's text, no one's CV: a document kind as its title ("Jaarverslag
    2025", "Nieuwsbrief") or a first-person-plural voice on the term's line ("Ons bedrijf
    sponsort", "Dit jaar helpen we")."""
    first = text[: (text.find("\n") + 1 or len(text) + 1) - 1][:REACH]
    if lex.phrases["document_titles"].search(first):
        return True
    line_start = max(text.rfind("\n", 0, hit.start) + 1, hit.start - REACH)
    line_end = text.find("\n", hit.end)
    hi = min(len(text) if line_end < 0 else line_end, hit.end + REACH)
    return lex.phrases["plural_voice"].search(text, line_start, hi) is not None


def _section(text: str, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """(name, where its line's value starts) of the own section around ``start``: the field
    label of its line ("Nevenfuncties: ..."), else the heading above it."""
    line_start = line_start_of(text, start)
    label = line_label(text, start, lex)
    if label is not None and start >= label[1]:
        return (label[0], label[1]) if _is_own(label[0], lex) else None
    opening = lex.any_label.match(text, line_start, len(text))
    if opening is not None and opening.end() <= start:
        # a later sentence of the label's line ("Nevenfuncties: raadslid ...; actief in de
        # parochie"): the line is the field's value, the clause the term's own part of it
        name = norm(opening.group(1))
        return (name, clause_start(text, start)) if _is_own(name, lex) else None
    end = line_start - 1
    for _ in range(HEADING_LINES):
        if end <= 0:
            return None
        head = line_start_of(text, end)
        heading = _heading(text, head, end)
        if heading is not None and _is_own(heading, lex):
            return heading, line_start
        if heading is not None and (text[head:end].rstrip().endswith(":") or _after_blank(
                text, head) or lex.phrases["exclude_labels"].fullmatch(heading)
                or lex.phrases["cv_headings"].fullmatch(heading)):
            return None  # another section's heading
        end = head - 1
    return None


def _heading(text: str, head: int, end: int) -> str | None:
    m = HEADING.match(text, head, end)
    if m is None or len(m.group(1).split()) > HEADING_WORDS:
        return None
    return norm(m.group(1).strip())


def _after_blank(text: str, head: int) -> bool:
    """A line after a blank line (or the text's start): how a CV sets a heading apart."""
    return head == 0 or not text[line_start_of(text, head - 1) : head].strip()


def _is_own(name: str, lex: Lexicon) -> bool:
    return lex.phrases["own_sections"].search(name) is not None


def _own_term(text: str, hit: TermHit, lex: Lexicon, value_start: int) -> bool:
    """The term on its line names the person's own organisation or practice."""
    if norm(hit.term) in lex.label_entity or hit.term in lex.kind_words:
        return False  # "Interesses: religie", "vakbonden": the category, no one's
    line_end = text.find("\n", hit.end)
    # the term's part of its line, at most REACH characters each side: a long line of a
    # list is read around each term, not whole for every one (linear)
    lo = max(value_start, hit.start - REACH)
    hi = min(len(text) if line_end < 0 else line_end, hit.end + REACH)
    if ADDRESS.search(text, lo, hi) or lex.phrases["address_words"].search(
            text, max(lo, hit.start - 12), min(hi, hit.end + 12)):
        return False  # "12 Church Lane", "Achter de Kerk 12", "3511 AB Utrecht": an address
    # the term's item of a list ("gospel choir at my church, running, chess")
    item = (max(lo, *(text.rfind(c, lo, hit.start) + 1 for c in ",;")),
            min(hi, *(j if (j := text.find(c, hit.end, hi)) >= 0 else hi for c in ",;")))
    if lex.phrases["sport_words"].search(text, *item):
        return False  # "Voetbal bij VV De Kerk": a sports club
    if lex.phrases["client_work"].search(text, *item):
        return False  # "Webmaster en beheer livestream Hervormde Gemeente": work for its body
    # a place of worship, or a denomination's word before one ("Hervormde Gemeente Elspeet",
    # "de Gereformeerde Kerk", a term that ends in one: "evangelische gemeente"): the body,
    # which a line's role or membership makes one's own
    places = lex.phrases["religious_places"]
    place = places.fullmatch(hit.term.split()[-1]) is not None or names_a_place(text, hit, lex)
    if place and lex.phrases["place_events"].search(text, lo, hi):
        return False  # "organisatie benefietconcerten, locatie Hooglandse Kerk": a venue
    if place and not lex.phrases["place_roles"].search(text, *item):
        return False  # a bare place with no role or body beside it: a sight, a street
    if is_negated(text, hit.start, lex):
        return False
    if lex.phrases["topic_before"].search(text, lo, hit.start):
        return False  # "lezen over de islam", "interest in politics": a topic
    after = "".join(m.group() for _, m in zip(range(AFTER_WORDS),
                                               NEXT_WORDS.finditer(text, hit.end)))
    if "\n" not in after and lex.phrases["topic_after"].search(after):
        return False  # "UNISON history", "the Labour Party conference on TV": a topic
    if lex.phrases["institution_heads"].search(after) and "\n" not in after:
        return False  # "Gereformeerd Onderwijs", "katholieke basisschool": an institution
    return not any(lex.trigger_kind[norm(t.group())] == "exclude_before"
                   and not lex.phrases["own_section_roles"].fullmatch(t.group())
                   for t in lex.triggers.finditer(text, lo, hit.start))


def break_entry(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """The break word of the CV timeline entry a health term stands in ("2022-2023
    Loopbaanonderbreking: herstel van een burn-out", "Career break" over "- treatment for
    cancer"), else None: a break in a working life, the person's own illness."""
    line_start = line_start_of(text, hit.start)
    lines = [(max(line_start, hit.start - ENTRY_CHARS), hit.start)]
    head = line_start
    for _ in range(ENTRY_LINES):
        if ENTRY.match(text, head) or not ITEM.match(text, head) or head == 0:
            break
        end, head = head - 1, line_start_of(text, head - 1)
        lines.append((head, min(end, head + ENTRY_CHARS)))
    if not ENTRY.match(text, head):
        return None
    if any(lex.trigger_kind[norm(t.group())] == "exclude_before"
           for lo, hi in lines for t in lex.triggers.finditer(text, lo, hi)):
        return None  # "2019-2021 Fysiotherapeut revalidatie, CVA-patiënten": a job
    # the break word is the entry's first word after its period ("2022-2023
    # Loopbaanonderbreking: ..."); later on the line it is a job's or a firm's ("Sportmasseur,
    # Herstel & Balans")
    found = lex.phrases["break_words"].match(text, PERIOD_REST.match(text, ENTRY.match(
        text, head).end()).end())
    return norm(found.group()) if found else None

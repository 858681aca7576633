"""Payroll and HR records: the documents in which a BSN is where the statement keeps it.

`bsn-outside-hr` is broken by a BSN "not in an ID copy, payslip, employment contract or other
payroll/HR record" (SPEC). The HR types count as a whole; an `other` document counts when it
is about employees' administration (a timesheet, a leave register, a personnel list) more than
about candidates: hr_records.toml holds both word lists. is_worker_note reads, for the
sickness rule, the employer's own notes about a worker by their form (employer_side). A statement written for someone
outside HR (a bank for a mortgage, a landlord) and minutes are no HR record whatever HR words
they hold: the employer's records stay in HR, these leave it or record a meeting.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from detectors import mail_domains
from scanner.models import TextChunk
from scanner.policy.classify import head_as_written, head_text, is_group_chat
from scanner.policy.employer_side import (
    compile_employer_side,
    employer_side,
    owned_by_another,
)

HR_RECORDS = Path(__file__).with_name("hr_records.toml")


def is_hr_record(doc_type: str, chunks: Sequence[TextChunk], title: str = "",
                 own_domains: Sequence[str] = ()) -> bool:
    """Whether the document is a payroll/HR record (hr_records.toml): one of the HR types, or
    another document about employees' administration (a timesheet, a leave register, a
    personnel list) rather than about candidates, and not written for someone outside HR
    nor minutes (``title``: the classifier's, lower case), nor a mail between the
    organisation (``own_domains``) and another (between_organisations)."""
    data = _hr_records()
    if doc_type in data["types"]:
        return True
    if doc_type != "other" or data["outside_titles"].search(title):
        return False
    text = head_text(chunks)
    # different words, one pass over the text; a new starter's words count in the title only
    hr = len(set(data["words"].findall(text)) | set(data["title_words"].findall(title)))
    return (hr >= data["min_words"] and hr > len(set(data["against"].findall(text)))
            and data["outside_words"].search(text) is None
            and not between_organisations(text, own_domains, data))


def is_examination(chunks: Sequence[TextChunk]) -> bool:
    """Whether the document is a fitness examination's result (hr_records.toml
    ``examination_titles`` in its first lines) that speaks of no absence (``absence_words``
    nowhere in its text): what the check found, not why a worker is off sick."""
    data = _hr_records()
    head = head_text(chunks)
    opening = "\n".join(head.strip().split("\n", 3)[:3])
    return data["examination_titles"].search(opening) is not None and not any(
        data["absence_words"].search(chunk.text.lower()) for chunk in chunks)


def is_minutes(title: str) -> bool:
    """Whether the document is a meeting's minutes by its title (hr_records.toml
    ``minutes_titles``: "Notulen teamoverleg", "Minutes works council"), not an absence
    meeting's ("Notulen van het verzuimgesprek", "Minutes of the absence meeting": an absence
    record)."""
    data = _hr_records()  # (a title is read in lower case, as every title list is)
    return data["minutes_titles"].search(title) is not None and not any(
        part in title for part in data["minutes_absence_parts"])


def records_absence(chunks: Sequence[TextChunk]) -> bool:
    """Whether an accident's or an incident's report records the hurt worker's absence
    (hr_records.toml ``injury_absence_words``), not denied ("geen verzuim", "Verzuim: nee",
    "Lost time: none": ``absence_denials``) nor an empty box's option ("[ ] ongeval met
    verzuim")."""
    data = _hr_records()
    for chunk in chunks:
        text = chunk.text.lower()
        for m in data["injury_absence_words"].finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - 14) : m.start()]
            after = _VALUE.match(text, m.end())
            if data["absence_denials"].search(before) is None and not (
                    after is not None and _denies(data, after.group(1))) \
                    and not _EMPTY_BOX.search(text, line_start, m.start()):
                return True
    return False


def _denies(data: Mapping[str, Any], value: str) -> bool:
    """A field's value that is a denial, with or without its closing mark ("nee.",
    "n.v.t.", "0"; not "0,5" nor "10")."""
    denial = data["absence_denials"]
    return any(denial.fullmatch(v) for v in (value, value.rstrip(".,")))


# a field's value after its word: "Verzuim: nee", "Lost time: 0 h", "verzuim - n.v.t."
_VALUE = re.compile(r"[^\S\n]*[:=\-–][^\S\n]*([^\s;]+)")
# the nearest box before the word on its line is an empty one ("[ ] ongeval met verzuim")
_EMPTY_BOX = re.compile(r"(?:\[ \]|☐)[^\[☐☒\n]*$")


# a sender's or a recipient's header line; its address is searched in its first
# HEADER_CHARS (a bounded read: a long word after "Van: " costs no more than its line)
HEADER = re.compile(r"^[^\S\n]*(van|from|aan|to)[^\S\n]*:", re.MULTILINE)
HEADER_CHARS = 300
ADDRESS = re.compile(r"@([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?![\w.-])")
SENDERS = ("van", "from")


def between_organisations(text: str, own: Sequence[str], data: Mapping[str, Any]) -> bool:
    """Whether the lower-cased text is an e-mail between the organisation (``own``: its mail
    domains, the policy's) and another organisation: one side at an own domain, the other
    at none of them nor at a personal mailbox (``data``: hr_records.toml's personal_mail and
    personal_providers). No own domain named: no mail is judged so.

    >>> data = _hr_records()
    >>> between_organisations("van: salaris@werkbureau.nl\\naan: inkoop@bouwbedrijf.nl",
    ...                       ("werkbureau.nl",), data)
    True
    >>> between_organisations("van: jan@hotmail.co.uk\\naan: hr@werkbureau.nl",
    ...                       ("werkbureau.nl",), data)
    False
    """
    if not own:
        return False
    sender = recipient = None
    for m in HEADER.finditer(text):
        if (sender if m.group(1) in SENDERS else recipient) is not None:
            continue
        address = ADDRESS.search(text, m.end(), min(m.end() + HEADER_CHARS,
                                                    _line_end(text, m.end())))
        if address is None:
            continue
        if m.group(1) in SENDERS:
            sender = address.group(1)
        else:
            recipient = address.group(1)
        if sender and recipient:
            break
    if sender is None or recipient is None:
        return False
    ours = [_is_own(d, own) for d in (sender, recipient)]
    other = recipient if ours[0] else sender
    return ours[0] != ours[1] and not _personal(other, data)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start, start + HEADER_CHARS)
    return end if end >= 0 else len(text)


def _is_own(domain: str, own: Sequence[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in own)


def _personal(domain: str, data: Mapping[str, Any]) -> bool:
    """A consumer mailbox: its registrable domain is a personal one ("gmail.com"), or its
    name is a personal provider's under any public suffix ("hotmail.co.uk", "yahoo.ro")."""
    registrable = mail_domains.registrable(domain)
    return registrable in data["personal_mail"] or \
        registrable.split(".")[0] in data["personal_providers"]


def is_worker_note(doc_type: str, chunks: Sequence[TextChunk], title: str = "") -> bool:
    """Whether an `other` document is the employer's own note about a worker by its form
    (employer_side: an HR note of a talk, an e-mail to HR or the planner, a team leader's
    diary), and speaks of no candidate, nor is minutes or a statement for someone outside.

    Read for `sickness-diagnosis` (the employer records why a worker is ill), not for
    `bsn-outside-hr`: such a note is often sent on (to a client, a colleague, the payroll
    office of another firm), and a number in it has left the personnel file."""
    data = _hr_records()
    if doc_type != "other" or data["outside_titles"].search(title):
        return False
    text = head_text(chunks)
    # (stop 62) a team's group chat is colleagues among themselves, whoever says they are
    # ill and whatever the planner answers there (the [medical] group_chat of stop 60)
    return (data["outside_words"].search(text) is None and not _about_a_candidate(text, title, data)
            and employer_side(text, title, data) and not is_group_chat(text))


def _about_a_candidate(text: str, title: str, data: Mapping[str, Any]) -> bool:
    """Whether a note is about a candidate: a candidate's word in its title ("Onderwerp:
    sollicitatie"), or in its text more different ones than of the HR record's words by
    more than one; one word in passing is none ("Onze referentie: 2026-114", "na de
    intake bij de bedrijfsarts")."""
    if data["against"].search(title):
        return True
    against = len(set(data["against"].findall(text)))
    return against > 1 + len(set(data["words"].findall(text)))


def others_illness(chunks: Sequence[TextChunk], health: Sequence[str]) -> bool:
    """Whether every health term found (``health``) is a relative's or a care receiver's
    in its sentence ("zorgverlof omdat zijn vader kanker heeft"): an HR record or note that
    records no illness of the worker's."""
    text = head_as_written(chunks)
    return bool(health) and all(owned_by_another(text, term) for term in health)


def state_terms(chunks: Sequence[TextChunk], health: Sequence[str]) -> frozenset[str]:
    """The health terms found (``health``) that are a pregnancy's: each of their occurrences
    shares its sentence with a word of one (hr_records.toml ``states``: "zwanger en de hele
    dag misselijk"). Another sentence's pregnancy ("Ook is Lisa zwanger") leaves a worker's
    illness hers, and a work-capacity status ("doelgroepregister") is no state whose
    complaints belong to it."""
    from detectors.special_link import sentence

    states = _hr_records()["states"]
    text = head_as_written(chunks)
    out = set()
    for term in set(health):
        found = [m.span() for m in re.finditer(re.escape(term), text, re.IGNORECASE)]
        if found and all(states.search(text, *sentence(text, start, end)) for start, end in found):
            out.add(term.lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def _hr_records() -> dict[str, Any]:
    """hr_records.toml with each word list as one alternation (longest first, so
    'personeelsnummer' is not read as 'personeel...' of a shorter entry)."""
    data = tomllib.loads(HR_RECORDS.read_text(encoding="utf-8"))
    for key in ("words", "title_words", "against", "outside_titles", "outside_words",
                "examination_titles", "absence_words", "injury_absence_words",
                "minutes_titles"):
        words = sorted(data[key], key=len, reverse=True)
        data[key] = re.compile(r"(?<![a-zà-ÿ])(?:"
                               + "|".join(re.escape(w) for w in words) + r")(?![a-zà-ÿ])")
    # whole words and numbers: the "0" of "Lost time: 0 h", not of "sinds 10 dagen ziek"
    data["absence_denials"] = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(w) for w in sorted(data["absence_denials"], key=len, reverse=True))
        + r")(?!\w)")
    compile_employer_side(data)
    data["states"] = re.compile(r"(?<![^\W\d_])(?:" + "|".join(
        re.escape(w) for w in sorted(data["states"], key=len, reverse=True)) + r")(?![^\W\d_])",
        re.IGNORECASE)  # read in the text as written (state_terms)
    data["personal_mail"] = frozenset(data["personal_mail"])
    data["personal_providers"] = frozenset(data["personal_providers"])
    return data

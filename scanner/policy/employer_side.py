"""Who keeps a document: the employer's own record about one of its workers, read by its form.

An employer keeps notes about its workers that hold none of an administration's words (a
timesheet, a personnel number): an HR note of a talk, an e-mail to HR or to the planner, a
team leader's diary, a sick message left for the planner, a client's form about a temp. Their
form says whose they are: the HR side (HR, P&O, the planner, a team leader) is a party to the
document, named in its title, in a header field ("Aan: HR", "– to: Planning –", "Auteur:
Jolanda (TL)") or in its signature ("Astrid Veen, HR", "afd. P&O"); or a field label names the
worker it is about ("Medewerker:", "Employee name:", "Uitzendkracht:"). Words are in
hr_records.toml (`parties`, `desks`, `party_labels`, `worker_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

SIGN_OFF_LINES = 4  # the last lines of a text that can sign it ("Met vriendelijke groet,")
SIGN_OFF_CHARS = 80  # a longer line is a sentence, not a signature
# an address names a mailbox, not who reads it ("planning.tilburg@...", "hr@klant.nl")
EMAIL = re.compile(r"[\w.+-]+@[\w.-]+")
# a message transcript's line opens with its time ("[09:03] jan: ..."): where a short chat's
# first lines are read as its title, a party named in a message is none of the document's
TRANSCRIPT_LINE = re.compile(
    r"^[^\S\n]*\[?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[^\S\n]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?"
    r"[^\S\n]", re.MULTILINE)


def employer_side(text: str, title: str, data: Mapping[str, Any]) -> bool:
    """Whether the lower-cased ``text`` (``title``: the classifier's title lines) is the
    employer's record about a worker: an HR-side party in its title, a header field or its
    signature, or a field label that names a worker.

    >>> from scanner.policy.hr_record import _hr_records
    >>> employer_side("van: olga – aan: planning – 05:58\\nik ben ziek", "", _hr_records())
    True
    >>> employer_side("[07:02] piotr: wie ruilt met mij? ik pas de planning aan", "",
    ...               _hr_records())
    False
    """
    return ((data["party"].search(title) is not None and TRANSCRIPT_LINE.search(title) is None)
            or any(_is_party(value, data) for value in _party_values(text, data))
            or any(data["sign_off"].search(line) for line in _sign_off(text))
            or data["worker_field"].search(text) is not None
            or data["comment_label"].search(text) is not None
            or data["speaker_role"].search(text) is not None)


def _is_party(value: str, data: Mapping[str, Any]) -> bool:
    """A header field's value names the HR side: a party or a desk ("planning"), or a role by
    its head ("l. meijer, opleidingscoördinator", "coördinator j. kuipers").

    >>> from scanner.policy.hr_record import _hr_records
    >>> _is_party("anja (veiligheidscoördinator)", _hr_records())
    True
    >>> _is_party("coördinator j. kuipers", _hr_records())
    True
    >>> _is_party("jan de vries", _hr_records())
    False
    """
    return data["any_party"].search(value) is not None or data["role"].search(value) is not None


def owned_by_another(text: str, term: str) -> bool:
    """Whether a relative or a care receiver owns every occurrence of the health ``term`` in
    ``text`` (as written: a name tells the worker), by special_link.owned_by_another in
    either language ("zijn vader had kanker", "his mother's dementia"; not "haar moeder belde
    dat Eva een hernia heeft").

    >>> owned_by_another("Tom vraagt verlof omdat zijn vader kanker heeft.", "kanker")
    True
    >>> owned_by_another("Tom heeft kanker; zijn vader brengt hem.", "kanker")
    False
    """
    from detectors.special_lexicon import load_lexicon
    from detectors.special_link import owned_by_another as owned

    found = [m.span() for m in re.finditer(re.escape(term), text, re.IGNORECASE)]
    return bool(found) and all(any(owned(text, start, end, load_lexicon(lang))
                                   for lang in ("nl", "en")) for start, end in found)


def _party_values(text: str, data: Mapping[str, Any]) -> list[str]:
    """The values of the header fields that name a party ("aan: planning", "auteur\\tjolanda
    (tl)"), each up to the next separator of an inline header ("van: olga – aan: planning")."""
    return [EMAIL.sub(" ", m.group(1)) for m in data["party_field"].finditer(text)]


def _sign_off(text: str) -> list[str]:
    """The last short lines of the text, where it is signed."""
    lines = [ln.strip() for ln in text.strip().splitlines()[-SIGN_OFF_LINES:]]
    return [ln for ln in lines if 0 < len(ln) <= SIGN_OFF_CHARS]


def compile_employer_side(data: dict[str, Any]) -> None:
    """hr_records.toml's party and worker lists as the patterns employer_side reads."""
    parties = _words(data["parties"])
    data["party"] = re.compile(parties)
    data["any_party"] = re.compile(_words([*data["parties"], *data["desks"]]))
    labels = "|".join(re.escape(w) for w in sorted(data["party_labels"], key=len, reverse=True))
    # a header field at a line's start or after an inline separator ("– aan: planning –"),
    # or a column of authors (a comments export read as "auteur: jolanda (tl)")
    data["party_field"] = re.compile(
        r"(?:^|[–—|]|\s-\s)[^\S\n]*(?:" + labels + r")[^\S\n]*:[^\S\n]*([^\n–—|]{1,80})",
        re.MULTILINE)
    # a signer's name (letters first, no "naam:" or "[09:03]" of a transcript line) and the
    # party that ends the line after a comma, bracket or department word ("petra smit,
    # hr-adviseur", "mo (team lead)", "afd. p&o"); not a sentence that names one on its way
    # ("jan: ok, teamleider weet het al")
    # a role by its head, the last part of a compound or a word: "opleidingscoördinator"
    role = r"[a-zà-ÿ-]*(?:" + "|".join(
        re.escape(w) for w in sorted(data["party_heads"], key=len, reverse=True)) + r")(?![a-zà-ÿ&])"
    data["role"] = re.compile(role)
    data["sign_off"] = re.compile(
        r"^(?:[^\W\d_][^\n:\[\]]{0,60}?)?(?:,|\(|\bafd\.|\bafdeling|\bdept\.)[^\S\n]*"
        r"(?:" + parties + r"|(?:[a-zà-ÿ&-]+[^\S\n]+){0,2}" + role + r")[^\S\n]*\)?\.?$")
    data["comment_label"] = _comment_label(data)
    # a message transcript's speaker with a party's role ("[18:05] ilse (planner):", "09:12 -
    # mo, teamleider:"): the worker talks with the HR side, not among colleagues
    data["speaker_role"] = re.compile(
        TRANSCRIPT_LINE.pattern + r"[^\S\n]*(?:-[^\S\n]*)?[^\W\d_][^\n:()\[\]]{0,40}?"
        r"(?:\(|,)[^\S\n]*" + parties + r"[^\S\n]*\)?[^\S\n]*:", re.MULTILINE)
    workers = "|".join(re.escape(w) for w in sorted(data["worker_labels"], key=len, reverse=True))
    data["worker_field"] = re.compile(
        r"^[^\S\n]*(?:naam[^\S\n]+)?(?:" + workers + r")(?:[^\S\n]+(?:naam|name))?[^\S\n]*:"
        r"[^\S\n]*[^\W\d_]", re.MULTILINE)


def _comment_label(data: dict[str, Any]) -> re.Pattern[str]:
    """A field label at a line's start made of a comment word and a party, in either order,
    at most two small words between ("opmerkingen leidinggevende:", "manager comments:",
    "feedback van de teamleider:")."""
    comment = _words(data["comment_words"])
    party = _words([*data["parties"], *data["comment_parties"]])
    gap = r"(?:[^\S\n]+(?:van|door|de|het|of|by|from|the)){0,2}[^\S\n]+"
    return re.compile(r"^[^\S\n]*(?:" + comment + gap + party + "|" + party + gap + comment
                      + r")[^\S\n]*:", re.MULTILINE)


def _words(words: list[str]) -> str:
    """One alternation of whole words, longest first."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return r"(?<![a-zà-ÿ&])(?:" + alts + r")(?![a-zà-ÿ&])"

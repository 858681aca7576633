"""Whether an exclusion word before a special-category term governs it (data: rules.toml).

"Vrijwilliger bij een katholieke school", "nurse on a diabetes ward": the work word and the
term are one phrase, so the term names the work, not the person. "Ik werk in een team en ben
katholiek", "I volunteer at the food bank, but I am Catholic myself": a verb that states
something of the clause's person, a person word or a conjunction stands between them, so the
exclusion stops before the term and the nearest trigger before it decides. A relative clause
("patiënten die aan diabetes lijden") stays inside the phrase; a relative as the subject
("mijn oma had dementie") or an agreement as the topic ("in de cao is afgesproken dat de FNV")
rules the term out across its verb.
https://en.wikipedia.org/wiki/Government_(linguistics)
"""

from __future__ import annotations

import re

from detectors.special_lexicon import Lexicon

GOVERN_WORDS = 8
# a sentence end or a field's colon between them: another phrase ("wo 12-03: vingerafdruk");
# a period after an initial ends nothing, a line break in a CV's short lines ("Vrijwilliger\n
# Katholieke Jeugdraad") and a note in brackets ("psycholoog (CGT)") are in the phrase
BOUNDARY = re.compile(r"[:;!?]|(?<![\s.]\w)(?<!\b(?:st|dr|mr|ca|nr))\.(?:\s|$)",
                      re.IGNORECASE)

LABEL_COLON = re.compile(r"^[^\S\n]*(?:\([^)\n]{0,30}\)[^\S\n]*)?:")


def governs(text: str, trigger: re.Match[str], term_start: int, lex: Lexicon) -> bool:
    """Whether the exclusion ``trigger`` (before the term) rules the term at
    ``term_start`` out: the same phrase, or a subject that is someone else.

    >>> from detectors.special_lexicon import load_lexicon
    >>> lex = load_lexicon("nl")
    >>> t = "Vrijwilliger bij een katholieke school"
    >>> governs(t, lex.triggers.search(t), t.index("katholieke"), lex)
    True
    >>> t = "Ik werk in een team en ben katholiek"
    >>> governs(t, lex.triggers.search(t, 9), t.index("katholiek"), lex)
    False
    """
    if lex.phrases["exclude_subjects"].fullmatch(trigger.group()):
        return True
    gap = text[trigger.end() : term_start]
    # the exclusion as a field's label rules its value out: "Scriptie: criminaliteit onder
    # jongeren", "Training: omgaan met agressie"
    gap = LABEL_COLON.sub("", gap, count=1)
    if BOUNDARY.search(gap) or len(gap.split()) > GOVERN_WORDS:
        return False
    relative = lex.phrases["relatives"].search(gap)
    head = gap if relative is None else gap[: relative.start()]
    return lex.phrases["governing_breaks"].search(head) is None

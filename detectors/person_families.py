"""PERSON: the surname of a family named as such ("familie Verschuren", "fam. Oudshoorn",
"the Jansen family").

A funeral home's roster, a planner's mail and a work-order list name the people they serve
by their family: "koffietafel familie Bouterse", "Rijswijk  fam. Nguyen  070-...". The word
"familie" says person where nothing else does, so the surname after it (particles and a
double name included) is one, and so is a first name after "familie van" ("de familie van
Geertje": Geertje's). Not a common word ("Family Name", a column's header) and not an
organisation's word ("Familie Bedrijf"). Found from the word in lower case: most texts have
none.
"""

from __future__ import annotations

import regex

from detectors.context import Evidence, scores
from detectors.person_names import first_names, is_name_shaped, is_org_word, last_names
from detectors.word_scan import find_words, finditer_on_lines

_CUES = ("familie", "fam.", "family", "famille", "familia")
# after the cue: particles, then one or two capitalised parts, a hyphen between them
_AFTER = regex.compile(
    r"[ \t]+((?:(?:[vV]an|[dD]e|[dD]er|[dD]en|[tT]en|[tT]er|[hH]et|'t|[eE]l|[aA]l)[ \t]+){0,3}"
    r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:-(?:[vV]an|[dD]e)[ \t]+\p{Lu}[\p{Ll}'’]+)?)")
# "the Jansen family", "de Bakker familie" (English word order)
# (searched only on the lines that hold "family" or "familie": word_scan.finditer_on_lines)
_BEFORE = regex.compile(r"(?<![^ \t(\n])(?:[tT]he|[dD]e)[ \t]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)"
                        r"[ \t]+famil(?:y|ie)\b")
_BEFORE_WORDS = ("family", "familie")
_OF = regex.compile(r"[ \t]+van[ \t]+(\p{Lu}[\p{Ll}'’]+)\b")


def families(text: str) -> list[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each family's surname, or first name after "familie van"."""
    low = text.lower()
    if "famil" not in low and "fam." not in low:
        return []
    ev = Evidence(scores("PERSON").extra["title"], "a family named by its surname")
    cues = find_words(text, _CUES, low)
    out = [span for at, end in cues
           if at == 0 or not text[at - 1].isalnum() for span in _after(text, end, ev)]
    hints = [at for at, end in cues if text[at:end].lower() in _BEFORE_WORDS]
    out += [(m.start(1), m.end(1), ev) for m in finditer_on_lines(_BEFORE, text, hints)
            if _surname(m.group(1))]
    return sorted(set(out))


def _after(text: str, end: int, ev: Evidence) -> list[tuple[int, int, Evidence]]:
    of = _OF.match(text, end)
    if of is not None and of.group(1) in first_names():
        return [(of.start(1), of.end(1), ev)]  # "de familie van Geertje"
    m = _AFTER.match(text, end)
    if m is None:
        return []
    last = regex.split(r"[ \t-]+", m.group(1))[-1]
    return [(m.start(1), m.end(1), ev)] if _surname(last) else []


def _surname(word: str) -> bool:
    """A surname's last part: a listed surname, or name-shaped and no organisation's word."""
    return word in last_names() or (is_name_shaped(word) and not is_org_word(word))

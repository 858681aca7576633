"""An offence named as the time of an event: the incident, no one's offence (data:
events.toml).

"Na de inbraak in de kluisruimte heeft de politie een DNA-profiel afgenomen van medewerker Guus
Meijer": the burglary dates what followed; the sentence names who was cleared, not who broke
in. A criminal term right after a preposition of time and an article ("na de", "after the",
"tijdens een") with no agent after it ("door Kees", "by her") is read so; a term the rules tied
to a person otherwise (a first person, a label, "veroordeeld voor") is not asked.

https://gdpr-info.eu/art-10-gdpr/ (data relating to criminal convictions and offences)
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from detectors.special_lexicon import LANGUAGES, lower_lists, phrase_trie
from detectors.special_link import has_name
from detectors.special_sentences import sentence

DATA = Path(__file__).parent / "data" / "special" / "events.toml"
LISTS = ("time_words", "articles", "agents", "consequences", "subjects")
AGENT_REACH = 40  # characters after the term read for its agent ("door Kees")


class EventsDataError(ValueError):
    """events.toml is missing, malformed or has a bad key."""


@cache
def _patterns(path: Path = DATA) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                         re.Pattern[str]]:
    tables = [_table(path, lang) for lang in LANGUAGES]  # each file parsed once
    t = {k: sorted({w for table in tables for w in table[k]}) for k in LISTS}
    time = re.compile(r"(?<![\w'’])(?:" + phrase_trie(t["time_words"]) + r")[^\S\n]+(?:"
                      + phrase_trie(t["articles"]) + r")[^\S\n]+$", re.IGNORECASE)
    # the agent, then a person: a name, a pronoun or a person noun (any word but "de"/"the")
    agent = re.compile(r"(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:" + phrase_trie(t["agents"])
                       + r")[^\S\n]+(?!(?:" + phrase_trie(t["articles"]) + r")[^\S\n])[\w-]",
                       re.IGNORECASE)
    consequence, subject = (
        re.compile(r"(?<![\w'’])(?:" + phrase_trie(t[k]) + r")(?![\w'’])", re.IGNORECASE)
        for k in ("consequences", "subjects"))
    return time, agent, consequence, subject


def _table(path: Path, language: str) -> dict[str, list[str]]:
    return lower_lists(path, language, LISTS, EventsDataError)


def is_event_time(text: str, start: int, end: int) -> bool:
    """Whether the offence text[start:end] dates an event, with no agent after it.

    >>> is_event_time("Na de inbraak in hal 4 is de politie gebeld.", 6, 13)
    True
    >>> is_event_time("Na de diefstal door Kees is hij ontslagen.", 6, 14)
    False
    >>> is_event_time("Sinds de verduistering zit Kees vast.", 9, 22)
    False
    """
    time, agent, consequence, subject = _patterns()
    line_start = text.rfind("\n", 0, start) + 1
    if time.search(text, max(line_start, start - 30), start) is None:
        return False
    if agent.match(text, end, min(len(text), end + AGENT_REACH)) is not None:
        return False
    return not _sanctioned(text, start, end, consequence, subject)


def _sanctioned(text: str, start: int, end: int, consequence: re.Pattern[str],
                subject: re.Pattern[str]) -> bool:
    """The main clause after the event names a person with a sanction or consequence ("is
    Kees op staande voet ontslagen", "zit hij vast", "she was arrested"): the offence is theirs."""
    rest = text[end : sentence(text, start, end)[1]]
    return consequence.search(rest) is not None and (
        has_name(rest) or subject.search(rest) is not None)

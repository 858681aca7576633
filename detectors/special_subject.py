"""Whether a text is about an identifiable person or about no one (data: subject.toml).

A special-category term in a policy, cao, RI&E, privacy statement, job advert, news item,
training invitation, sales text or manual names a kind of data, not a fact about someone. The
evidence is weighed once per text, here: a generic document kind in the title or body and a
policy or address voice ("wij", "u", "medewerkers", "must") against person evidence (a
"Naam:" field, "dhr.", singular pronouns, "ik"). In a text about no one, only field values and
statements whose own sentence names or points at one person are kept.
https://autoriteitpersoonsgegevens.nl/themas/basis-avg/privacy-en-persoonsgegevens/wat-zijn-persoonsgegevens
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path

from detectors.person_names import alone_first_names, first_names, last_names
from detectors.special_addressee import load_rules as addressee_rules
from detectors.special_addressee import to_one_person
from detectors.special_lexicon import phrase_trie, weighted_rules
from detectors.special_partner import TITLE_PERSON

DATA = Path(__file__).parent / "data" / "special" / "subject.toml"
SAMPLE = 6000  # characters weighed: a document's kind and voice show on its first pages
LISTS = ("kinds", "voice", "person_labels", "person_kinds", "honorifics", "singular",
         "person_numbers", "person_nouns", "invented", "reader")
# a number after a label that names it ("personeelsnummer 4411", "badge #0042")
NUMBER = r"[ \t]*[:#.=]?[ \t]*#?[A-Z]{0,4}[-_]?\d{2,}(?![\d.,%])"
# after a plain noun ("medewerker", "user", "case") only an id: not a year, a count or an
# amount ("dossier 2025", "medewerker 55+", "card 16 GB", "user 12 uur")
ID_NUMBER = (r"[ \t]*[:#.=]?[ \t]*#?(?![ \t]*(?:19|20)\d\d(?![\d\w]))[A-Z]{0,4}[-_]?\d{2,}"
             r"(?![\d.,%+])(?![^\S\n]*(?i:jaar|jaren|uur|uren|dagen|weken|maanden|gb|mb|tb|euro"
             r"|eur|years?|hours?|days?|weeks?|months?|minuten|minutes|min|procent|percent"
             r"|personen|people|persons)\b)")
WEIGHTS = ("title", "kind", "kind_cap", "voice", "voice_cap", "person_label", "person_kind",
           "honorific", "honorific_cap", "singular", "singular_cap", "timeline")
# A line opening with a period of someone's life, as a CV's sections list them ("2019 - 2022
# Magazijnmedewerker", "03/2021 – heden: ...", "2014-2022 wethouder"); a range, so a line
# that opens with a year alone (a date, a figure) is none. Words for "now": data/subject.toml
# does not hold them, they are the CV's form in both languages.
PERIOD_LINE = re.compile(r"^[ \t]*[-•*]?[ \t]*(?:\d{1,2}[-/.])?(?:19|20)\d\d[ \t]*[-–—/][ \t]*"
                         r"(?:(?:\d{1,2}[-/.])?(?:19|20)\d\d|heden|nu|present|now|current|today)"
                         r"(?![\d\w])[ \t]*[:|,–—-]?[ \t]*[^\W\d_]", re.MULTILINE | re.IGNORECASE)
TIMELINE_LINES = 2  # periods of one life: a CV's timeline, not one date range in a text
# a figure or a share in the first words after a period: a plan's or a table's row ("2020 -
# heden Groei naar 200 medewerkers", "2024 - 2025 Loonsverhoging 3%"), no job or employer
FIGURE_AFTER = re.compile(r"[^\n%]*%|(?:[^\W\d_][\w'’&.-]*[ \t,:]+){0,2}\d")


class SubjectDataError(ValueError):
    """subject.toml is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class SubjectRules:
    """The compiled evidence of one language."""

    kinds: re.Pattern[str]
    voice: re.Pattern[str]
    person_labels: re.Pattern[str]
    person_kinds: re.Pattern[str]
    honorifics: re.Pattern[str]
    singular: re.Pattern[str]
    person_numbers: re.Pattern[str]  # "personeelsnummer 4411", "badge #0042": one person
    invented: re.Pattern[str]  # "(fictief)", "fictitious" in the first line: a made-up case
    weights: dict[str, float]
    threshold: float
    title_chars: int
    # the voice's words for the reader ("u", "je"): in a letter to one named person, that
    # person, no protocol's anyone
    reader: frozenset[str] = frozenset()


def _words(words: list[str]) -> str:
    """One alternation folded into a trie (special_lexicon._phrase: ~10x faster than a flat
    one); "collega's" is plural: an apostrophe continues the word."""
    return r"(?<![\w/&])" + phrase_trie(words) + r"(?![\w/&'’])"


@cache
def load_subject_rules(language: str, path: Path = DATA) -> SubjectRules:
    """The rules of ``language``; raises SubjectDataError naming the file and key."""
    data, table, weights = weighted_rules(path, language, LISTS, WEIGHTS, SubjectDataError)
    flags = re.IGNORECASE | re.MULTILINE
    labels = r"^[ \t]*(?:" + _words(table["person_labels"]) + r")[ \t]*:[ \t]*\S"
    return SubjectRules(
        kinds=re.compile(_words(table["kinds"]), flags),
        voice=re.compile(_words(table["voice"]), flags),
        person_labels=re.compile(labels, flags),
        person_kinds=re.compile(_words(table["person_kinds"]), flags),
        honorifics=re.compile(_words(table["honorifics"]), flags),
        singular=re.compile(_words(table["singular"]), flags),
        person_numbers=re.compile(_words(table["person_numbers"]) + NUMBER + "|"
                                  + _words(table["person_nouns"]) + ID_NUMBER, flags),
        invented=re.compile(_words(table["invented"]), flags),
        weights=weights, threshold=float(data.get("threshold", 3.0)),
        title_chars=int(data.get("title_chars", 200)),
        reader=frozenset(table["reader"]),
    )


@lru_cache(maxsize=8)  # asked up to three times per chunk (special_category, special_link)
def evidence(text: str, language: str) -> tuple[float, float]:
    """(generic, person) evidence of a whole text.

    >>> evidence("Verzuimbeleid\\nWij vragen medewerkers zich ziek te melden.", "nl")
    (3.5, 0.0)
    """
    r = load_subject_rules(language)
    w = r.weights
    text = text[:SAMPLE]
    title = r.kinds.search(text, 0, r.title_chars) is not None
    voices = r.voice.findall(text)
    if voices and to_one_person(text, addressee_rules(language)):
        # (stop 75) "Beste Tinus, ... je kwam te laat": the letter's reader, one person
        voices = [v for v in voices if v.lower() not in r.reader]
    generic = (w["title"] * title
               + min(w["kind_cap"], w["kind"] * len(r.kinds.findall(text, r.title_chars)))
               + min(w["voice_cap"], w["voice"] * len(voices)))
    person = (w["person_label"] * (r.person_labels.search(text) is not None)
              + w["person_kind"] * (r.person_kinds.search(text, 0, r.title_chars) is not None
                                    or _title_names_someone(text))
              + min(w["honorific_cap"], w["honorific"] * len(r.honorifics.findall(
                  ANYONE_ADDRESSED.sub(" ", text))))
              + min(w["singular_cap"], w["singular"] * len(r.singular.findall(text)))
              + w["timeline"] * (not _titled(text, r) and _has_timeline(text)))
    return generic, person


def _titled(text: str, r: SubjectRules) -> bool:
    """A document kind in the text's first line ("Vacature", "Verzuimbeleid 2025", "Cao
    lonen"): its period lines are the document's plan or table, no one's timeline."""
    end = text.find("\n", 0, r.title_chars)
    return r.kinds.search(text, 0, r.title_chars if end < 0 else end) is not None


def _has_timeline(text: str) -> bool:
    """Two lines or more open with a period ("2019 - 2022 ...", "2022 – heden ..."): the
    timeline of a CV, which describes one person however few words it has.

    >>> _has_timeline("Cv\\n2019-2022 Kok, De Gouden Leeuw\\n2022 - heden Chef-kok, Hotel Oost")
    True
    >>> _has_timeline("Cao 2024-2025\\nDe lonen stijgen per 1 juli.")
    False
    """
    lines = (m for m in PERIOD_LINE.finditer(text) if not FIGURE_AFTER.match(text, m.end() - 1))
    return sum(1 for _ in islice(lines, TIMELINE_LINES)) >= TIMELINE_LINES


def _title_names_someone(text: str) -> bool:
    """The first line is a note's title naming its person: "Functioneringsgesprek kort -
    Joyce van Rijn, heftruck DC Tiel", "Gesprek met Dennis Vos" (a gazetteer first name
    and a capitalised surname after a dash, a colon or "met")."""
    m = TITLE_PERSON.match(text)
    return m is not None and m.group(1) in alone_first_names()


def declares_invented(text: str, language: str) -> bool:
    """Whether the text's first line says it is invented (subject.toml ``invented``: a
    training case, an example): whoever it describes is no identifiable person.

    >>> declares_invented("AML-training – casus 3 (fictief)\\nEen klant is lid van de SP.", "nl")
    True
    >>> declares_invented("Verslag\\nGeboortedatum: 01-01-1990 (fictief)", "nl")
    False
    """
    r = load_subject_rules(language)
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead, lead + r.title_chars)
    return r.invented.search(text, lead, lead + r.title_chars if end < 0 else end) is not None


def is_about_no_one(text: str, language: str) -> bool:
    """Whether the text as a whole is about no identifiable person: a policy, an advert, ...

    >>> is_about_no_one("Privacyverklaring\\nWij verwerken geen gegevens over uw gezondheid.", "nl")
    True
    >>> is_about_no_one("Verslag\\nDhr. Jansen meldt dat hij ziek is door een hernia.", "nl")
    False
    """
    generic, person = evidence(text, language)
    return generic - person >= load_subject_rules(language).threshold


# a letter's salutation to whoever reads it ("Geachte heer, mevrouw", "heer/mevrouw"): no one
ANYONE_ADDRESSED = re.compile(r"\b(?:heer|meneer)\s*(?:,|/|of|en)\s*mevrouw\b"
                              r"|\bmevrouw\s*(?:,|/|of|en)\s*(?:heer|meneer)\b", re.IGNORECASE)
# initials and a surname ("J. Pietersen", "K.L. de Vries"): a person however the text is written
INITIALS_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.[^\S\n]?){1,3}(?:(?:van|de|der|den|ter|ten|el|al)"
                           r"[^\S\n]+)*[A-Z][a-zà-ÿ'’-]{2,}")
# a surname and initials, as logs and lists write a person ("Jansen P.", "Wiśniewska, K.L.")
SURNAME_INITIALS = re.compile(r"(?<![\w.])[A-Z][^\W\d_]{2,}(?:[-'’][^\W\d_]+)?,?[^\S\n]+"
                              r"(?:[A-Z]\.){1,3}(?![\w.])")
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’]+(?![\w'’-])")


# what names a data subject in a document: a person's name or a number that stands for one
SUBJECT_ENTITIES = frozenset({"PERSON", "NL_BSN", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
                              "NL_DRIVERS_LICENSE"})


def document_names_someone(entities: Iterable[str], pages: Iterable[str]) -> bool:
    """Whether a document names a data subject anywhere (for Detection.needs_subject): a
    name or a person's number found on any page (a log's name may sit in its table, the
    statement in the text above it), or a sign of a person on its first pages, those
    without a finding too (names_no_one).

    >>> document_names_someone(["EMAIL_ADDRESS"], ["Productinformatie", "Een vingerscanner."])
    False
    >>> document_names_someone([], ["Personeelsnummer 4411", "Sinds maart een burn-out."])
    True
    """
    from detectors.language import guess_language

    if any(entity in SUBJECT_ENTITIES for entity in entities):
        return True
    texts, size = [], 0
    for page in pages:
        texts.append(page[:SAMPLE - size])
        size += len(texts[-1])
        if size >= SAMPLE:
            break
    text = "\n".join(texts)
    return not names_no_one(text, guess_language(text))


def names_no_one(text: str, language: str) -> bool:
    """The text names no individual anywhere in its first pages: no person evidence (a
    "Naam:" field, an honorific, "ik", "hij"), no gazetteer first name and no initials with a
    surname, no number of a person ("personeelsnummer 4411", "badge #0042"). A brochure, a policy, a DPIA or a law text: its statements ("templates worden
    versleuteld opgeslagen", "de werknemer die zwanger is") have no data subject, whatever
    words stand around them; a record or a note about one person names or points at them.

    >>> names_no_one("Productinformatie\\nDe terminal slaat een vingerafdruktemplate op.", "nl")
    True
    >>> names_no_one("Sanne heeft haar vingerafdruk laten registreren.", "nl")
    False
    """
    if evidence(text, language)[1] > 0:
        return False
    sample = text[:SAMPLE]
    if INITIALS_NAME.search(sample) is not None or SURNAME_INITIALS.search(
            sample) is not None or load_subject_rules(
            language).person_numbers.search(sample) is not None:
        return False
    names = alone_first_names()
    return not any(m.group() in names for m in CAPITALISED.finditer(sample))


# a first name and a surname inside a sentence ("met Sanne de Vries besproken"); the
# sentence's first word is capitalised anyway, so a name there needs its surname too
FULL_NAME = re.compile(r"(?<=[a-z,:]\s)[A-Z][a-zà-ÿ]{2,}\s+(?:(?:van|de|der|den|ter|ten|el|al)"
                       r"\s+)*[A-Z][a-zà-ÿ]{2,}")


# the same opening a sentence: a gazetteer first name and surname ("Jessica Bakker (inpak)
# heeft laten weten ..."), where "Volgens Sanne" or "Het Bedrijf" are no name
OPENING_NAME = re.compile(r"\s*([A-Z][a-zà-ÿ]{2,})\s+(?:(?:van|de|der|den|ter|ten|el|al)\s+)*"
                          r"([A-Z][a-zà-ÿ]{2,})")


def names_someone(sentence: str, language: str) -> bool:
    """A singular person reference, an honorific or a full name in one sentence.

    >>> names_someone("Hij is lid van de FNV.", "nl"), names_someone("Leden van de FNV.", "nl")
    (True, False)
    >>> names_someone("Volgens Sanne de Vries is het lidmaatschap opgezegd.", "nl")
    True
    >>> names_someone("Jessica Bakker (inpak) laat weten dat ze zwanger is.", "nl")
    True
    """
    r = load_subject_rules(language)
    if r.singular.search(sentence) or r.honorifics.search(sentence) or FULL_NAME.search(sentence):
        return True
    m = OPENING_NAME.match(sentence)
    return m is not None and m.group(1) in first_names() and m.group(2) in last_names()

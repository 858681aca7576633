"""The special-category lexicons and rules (detectors/data/special/*.toml, medicines.txt,
conditions.txt),
compiled once per language: every term expanded to its word forms (spacy-lookups-data lemma
tables and regular Dutch/English inflections) in one keyword automaton (special_terms), and
the trigger, label and exclusion phrases as regular expressions. Bad data fails fast with the
file and key named.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

from detectors.build_cache import cached_json, key_of
from detectors.person_shape import PARTICLES
from detectors.special_terms import SITE_LEAD, SITE_PART, Entry, TermMatcher

DATA_DIR = Path(__file__).parent / "data" / "special"
CATEGORIES = (
    "health",
    "religion",
    "ethnicity",
    "politics",
    "trade_union",
    "sexual_orientation",
    "criminal",
    "biometric",
)
ENTITIES = [f"SPECIAL_{c.upper()}" for c in CATEGORIES]
LANGUAGES = ("nl", "en")
TRIGGERS = ("first_person", "third_person", "membership", "cause", "exclude_before")
PHRASE_LISTS = ("exclude_after", "of_person", "exclude_labels", "biometric_data",
                "biometric_exclude", "biometric_devices", "biometric_entrances", "negations",
                "health_term_labels", "conditionals", "not_conditionals", "person_labels",
                "party_work", "religious_places", "place_visits", "place_use", "leave_words",
                "sickness_context", "biometric_stored", "biometric_uses", "membership_nouns",
                "object_first_person", "second_person", "addressee_labels", "decision_values",
                "off_values", "near_excludes", "biometric_idioms", "governing_breaks", "relatives",
                "exclude_subjects", "entitlements", "everyday_idioms", "on_behalf", "group_nouns",
                "work_label_heads", "anyone", "place_events", "language_use",
                "unavailable_openers", "sport_words", "absent_words", "absent_figures",
                "absent_links", "absent_joins", "absent_denials", "not_workers", "worker_subjects",
                "worker_nouns", "list_openers", "list_closers", "list_breaks",
                "biometric_not_owners",
                "own_sections", "own_section_roles", "topic_before", "institution_heads",
                "member_sections", "volunteer_sections", "general_titles", "handout_titles",
                "office_memberships", "break_words", "care_received", "origin_labels",
                "place_roles", "address_words", "topic_after", "cv_headings", "plural_voice",
                "document_titles", "client_work", "origin_others", "referrals", "referral_passive",
                "injury_labels", "injured_person_labels", "hazard_terms", "generic_labels",
                "instruction_labels", "hazard_guards", "hazard_guards_after", "biometric_unheld",
                "biometric_taken", "topic_labels", "offence_participles", "active_auxiliaries",
                "contrasts", "example_cues", "floating_before", "group_holds",
                "organisation_voice", "self_links", "kin", "arrest_participles", "arrest_makers",
                "passive_auxiliaries", "offence_parts", "question_modals", "bare_hypotheticals",
                "conditional_hypotheticals", "record_name_labels", "weekdays", "supply_nouns",
                "biometric_logs", "relative_openers", "hedges_after", "language_cues",
                "language_list_words", "denominations", "owner_possessives",
                "knowing_openers", "health_org_heads", "office_heads")
# phrase lists a language may leave out: an idiom of one language only
OPTIONAL_PHRASES = frozenset({"everyday_idioms", "language_use", "unavailable_openers",
                              "sport_words", "owner_possessives", "knowing_openers"})
RULE_NAMES = {
    "first_person": "first person",
    "third_person": "third person",
    "membership": "membership",
    "cause": "cause",
    "label": "label",
    "biometric_data": "biometric data",
    "record": "record about one person",
    "statement": "statement",
    "row": "row about one person",
    "term_only": "term only",
    "unlinked": "no person",
    "linked": "person in context",
    "learned": "learned",
}
# Optional keys of a category file: compound heads, modifiers, statuses, care providers.
OPTIONAL = ("heads", "weak_heads", "modifiers", "status_terms", "providers", "not_terms",
            "statements", "statement_heads", "not_diagnoses", "origin_phrases",
            "body_parts", "side_prefixes", "side_words", "injury_before", "injury_after",
            "injury_sites", "injury_verbs", "injury_possessives",
            "positive_tests", "tested_for", "absence_terms", "prefixes",
            "kind_words", "identity_phrases", "identities", "island_phrases", "islands",
            "community_words", "community_heads", "section_terms")
WORD = re.compile(r"\w[\w'’]*(?:[-/]\w[\w'’]*)*")
# a term's words: a dot between letters is part of the name ("ver.di"), not a word break
TERM_WORD = re.compile(r"\w[\w'’]*(?:[-/.]\w[\w'’]*)*")
MEDICINES = "medicines.txt"
CONDITIONS = "conditions.txt"  # ICD-10 condition names, EN and NL (make_conditions.py)
ORIGINS = "origins.txt"  # countries and regions: "gevlucht uit Syrië" (origin_phrases)
# what may stand between a term and the words after it in one phrase: no comma or semicolon,
# no line break, no full stop, "!" or "?" before a space (a sentence end; "v.d." is none)
_NO_END = r"(?:[^\w,;.!?\n]|[.!?](?!\s))"
# words that end a negation ("not that my husband ...": a clause it opens is no denial); a
# wish about telling ("wil niet dat zijn geaardheid bekend wordt",
# "does not want her sexuality discussed") denies no category
NOT_NEGATED = "maar|wel|but|only|wegens|vanwege|due|because|dat|that|want|wants|wanted|wil|wilde"


class SpecialDataError(ValueError):
    """A special-category data file is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class Lexicon:
    """Everything find_special needs for one language, compiled once."""

    matcher: TermMatcher
    cased: dict[str, frozenset[str]]  # term -> the only spellings that count ("ALS", "DENK")
    labels: re.Pattern[str]  # a known special-category label at the start of a line
    any_label: re.Pattern[str]  # any "Label:" at the start of a line
    label_entity: dict[str, str]
    triggers: re.Pattern[str]  # every trigger phrase; trigger_kind names its TRIGGERS key
    trigger_kind: dict[str, str]
    phrases: dict[str, re.Pattern[str]]  # PHRASE_LISTS, compiled
    exclude_after: re.Pattern[str]
    of_person: re.Pattern[str]
    roles_after: re.Pattern[str]  # a role right after a party or union: "SP-afdeling"
    named_subject: re.Pattern[str]  # "Fatima is", "Mr Jansen has": a name opening a clause
    inverted_subject: re.Pattern[str]  # "In 2019 heeft Kees", "Sinds 2020 is Ahmed"
    negated: re.Pattern[str]  # a negation at most two words before the end of the text
    negated_trigger: re.Pattern[str]  # a negation right before a trigger: "niet naar de"
    empty_words: frozenset[str]
    scores: dict[str, float]
    cause_label: str  # the label of a health statement in a text about sickness ("oorzaak")
    relative_label: str  # the label of a relative's health ("zijn moeder heeft kanker")
    device_tail: re.Pattern[str]  # a term that names a device: "vingerafdrukterminal"
    not_diagnoses: frozenset[str]  # health data that names no illness: "zwanger", "doof"
    not_causes: frozenset[str]  # a positive test for a substance: never an absence's cause
    absence: frozenset[str]  # status words that say someone is absent, not why: "ziektewet"
    prefixes: frozenset[str] = frozenset()  # before a hyphen a word's first part: "bi-cultureel"
    kind_words: frozenset[str] = frozenset()  # "vakbond": a kind of organisation, not one
    # "parochie", "gebedshuis": a community that names an employer or an address as often,
    # the person's own only in a CV's own section (special_sections)
    section_terms: frozenset[str] = frozenset()
    # "moskeebestuur", "parish council": a community's body, a person's only by a rule's
    # trigger, never by the evidence around it (a client, an employer: special_link)
    community_terms: frozenset[str] = frozenset()


def _phrase(words: list[str]) -> str:
    """One alternation of phrases, folded into a trie (a keyword automaton in regex form, as
    detectors.context.words_pattern: ~10x faster than a flat alternation); a space matches
    any whitespace.

    >>> re.findall(_phrase(["lid van", "ik"]), "ik ben lid  van")
    ['ik', 'lid  van']
    """
    return r"(?<![\w/])" + phrase_trie(words) + r"(?![\w/])"


def phrase_trie(words: list[str]) -> str:
    """The phrases as one trie-shaped alternation (no word edges: the caller sets them)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(sub)
            for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")


def weighted_rules(path: Path, language: str, lists: tuple[str, ...], weights: tuple[str, ...],
                   error: type[Exception]) -> tuple[dict[str, Any], dict[str, Any], dict[str, float]]:
    """A rules file (subject.toml, link.toml): its whole data, its ``language`` table and its
    weights, checked: each of ``lists`` lower-case strings, a float for each of ``weights``.
    ``error`` names the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise error(f"{path}: cannot read: {e}") from e
    table, found = data.get(language, {}), data.get("weights", {})
    for key in lists:
        value = table.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v == v.lower()
                                                  for v in value):
            raise error(f"{path}: key [{language}].{key} must list lower-case strings")
    if set(found) != set(weights) or not all(isinstance(v, float) for v in found.values()):
        raise error(f"{path}: key weights must give a float for each of {weights}")
    return data, table, found


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SpecialDataError(f"{path}: cannot read: {e}") from e


def _strings(
    data: dict[str, Any], path: Path, language: str, key: str, required: bool = True
) -> list[str]:
    """The list ``[language].key`` of lower-case strings, or fail naming the file and key."""
    value = data.get(language, {}).get(key)
    if value is None and not required:
        return []
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() and v == v.lower() for v in value)
    ):
        raise SpecialDataError(
            f"{path}: key [{language}].{key} must be a non-empty list of lower-case strings"
        )
    return value


def _lemma_forms(language: str, wanted: set[str]) -> dict[str, list[str]]:
    """lemma -> word forms for the ``wanted`` lemmas, from the spacy-lookups-data table
    (reversed; read once per language by the cached load_lexicon, then dropped: the full
    table is ~30 MB). The answer is kept in the build cache (detectors/build_cache.py)."""
    # this module's source in the key: a change to how forms are derived is a new file
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    key = key_of(language, sorted(wanted), version("spacy-lookups-data"), source)
    return cached_json("lemma-forms", key, lambda: _reversed_table(language, wanted))


def _reversed_table(language: str, wanted: set[str]) -> dict[str, list[str]]:
    name = f"{language}_lemma_lookup.json.gz"
    table: dict[str, str] = json.loads(
        gzip.decompress(resources.files("spacy_lookups_data.data").joinpath(name).read_bytes())
    )
    forms: dict[str, list[str]] = {}
    for form, lemma in table.items():
        if lemma in wanted:  # the table is lower case but for names, never our terms
            forms.setdefault(lemma, []).append(form.lower())
    return forms


def _last_words(files: list[dict[str, Any]], language: str) -> set[str]:
    """The last word of every term and head of ``language``: the lemmas to look up."""
    return {WORD.findall(v)[-1] for data in files for values in data.get(language, {}).values()
            if isinstance(values, list) for v in values if isinstance(v, str) and WORD.search(v)}


def inflections(word: str, language: str) -> set[str]:
    """Regular inflections the lookup table lacks: plural, adjective -e, Dutch -ief/-ieve.

    >>> sorted(inflections("depressief", "nl"))
    ['depressief', 'depressieve']
    >>> sorted(inflections("homoseksueel", "nl"))
    ['homoseksueel', 'homoseksueels', 'homoseksuele', 'homoseksuelen']
    >>> sorted(inflections("hernia", "nl"))
    ['hernia', "hernia's", 'hernias']
    >>> sorted(inflections("allergy", "en"))
    ['allergies', 'allergy', 'allergys']
    """
    if len(word) < 4 or not word[-1].isalpha():
        return {word}  # acronyms and short words: as written ("adhd", "ms", "d66")
    if language == "en":
        extra = {word + "s", word + "es" if word[-1] in "sxh" else word + "s"}
        return {word, *extra, *([word[:-1] + "ies"] if word.endswith("y") else [])}
    if word.endswith("ief"):
        return {word, word[:-1] + "ve"}
    if word[-1] in "aiouy":
        return {word, word + "'s", word + "s"}
    if word.endswith("ie"):
        return {word, word + "s", word + "ën"}
    if word.endswith("e"):
        return {word, word + "n", word + "s"}
    if re.search(r"([aeou])\1[^aeiou]$", word):
        # a long vowel loses a letter before -e: "homoseksueel" -> "homoseksuele"
        short = word[:-2] + word[-1]
        return {word, short + "e", short + "en", word + "s"}
    return {word, word + "e", word + "en", word + "s"}


def _keys(term: str, forms: dict[str, list[str]], language: str) -> set[str]:
    """The spellings of a term: every form of its last word, the rest as written."""
    words = TERM_WORD.findall(term)
    head, last = " ".join(words[:-1]), words[-1]
    lasts = set(forms.get(last, [])) | inflections(last, language)
    return {f"{head} {w}" if head else w for w in lasts} | {" ".join(words)}


def _body_keys(term: str, language: str) -> set[str]:
    """The spellings of a built community body: as written and its plurals only. No lemma-table
    form and no inflected "-e" form: "kerkraad" would read the city "Kerkrade"."""
    words = TERM_WORD.findall(term)
    head, last = " ".join(words[:-1]), words[-1]
    lasts = {last} | {w for w in inflections(last, language) if w.endswith(("en", "s"))}
    return {f"{head} {w}" if head else w for w in lasts}


def _add(acc: dict[str, list[Entry]], key: str, entry: Entry) -> None:
    """First entry of a kind wins: a word listed as health and as religion stays health."""
    entries = acc.setdefault(key, [])
    if all(e.kind != entry.kind for e in entries):
        entries.append(entry)


def _load_category(path: Path, data: dict[str, Any], language: str,
                   forms: dict[str, list[str]], acc: dict[str, Any], rules: dict) -> None:
    """Add the terms, compound heads and labels of one category file to ``acc``, then the
    other language's terms (Dutch records name English diagnoses, and the other way round;
    triggers and labels stay those of ``language``)."""
    entity = data.get("entity")
    if entity not in ENTITIES:
        raise SpecialDataError(f"{path}: key entity must be one of {ENTITIES}")
    _add_terms(data, path, language, forms, acc, rules, entity)
    for spelling in data.get(language, {}).get("cased", []):
        acc["cased"].setdefault(spelling.lower(), set()).add(spelling)
    for label in _strings(data, path, language, "labels"):
        acc["label_entity"][label] = entity
    for other in LANGUAGES:
        if other != language:
            _add_terms(data, path, other, {}, acc, rules, entity, foreign=True)


def _add_terms(data: dict[str, Any], path: Path, language: str, forms: dict[str, list[str]],
               acc: dict[str, Any], rules: dict, entity: str, foreign: bool = False) -> None:
    """Terms, statuses and care providers of one language; compounds only for its own."""
    lists = {k: _strings(data, path, language, k, required=False) for k in OPTIONAL}
    stating = set(lists["statements"])
    terms = [(t, False) for t in _strings(data, path, language, "terms")]
    terms += [(t, False) for t in lists["statements"]]
    terms += [(t, True) for t in lists["status_terms"]]
    # an injury written as words: "gebroken pols", "pols gebroken", "sprained ankle", also
    # of one side's part ("gebroken linkerenkel", "broken left ankle")
    parts = _sided(lists["body_parts"], lists["side_prefixes"], lists["side_words"])
    terms += [(f"{w} {b}", False) for b in parts for w in lists["injury_before"]]
    terms += [(f"{b} {w}", False) for b in parts for w in lists["injury_after"]]
    # a test's positive result for a substance: "positief getest op cocaïne"; what was found
    # in a sample, no illness, never a sickness's cause (not_causes below)
    tested = [f"{p} {t}" for p in lists["positive_tests"] for t in lists["tested_for"]]
    terms += [(t, False) for t in tested]
    if entity == "SPECIAL_HEALTH":
        terms += [(t, False) for t in _medicines(path.parent, language)]
    # names lists built by make_*.py (parties, unions), after the file's own terms: a name
    # the file states ("fnv-lid") keeps its statement
    terms += [(t, False) for f in data.get("term_files", []) for t in _names_file(path.parent / f)]
    # a community's bodies and groups built from its words: "moskeebestuur", "kerkkoor",
    # "parochieraad", "church council" (written as one word and apart)
    bodies = [f"{w}{sep}{h}" for w in lists["community_words"]
              for h in lists["community_heads"] for sep in ("", " ")]
    if not foreign:  # a body the file lists itself ("kerkkoor") keeps its own rules
        acc["community_terms"].update(set(bodies) - {t for t, _ in terms})
    terms += [(t, False) for t in lists["section_terms"]]
    before = rules.get(language, {}).get("provider_before", [])
    terms += [(f"{b} {p}", False) for p in lists["providers"] for b in before]
    for term, status in terms:
        for key in _keys(term, forms, language):
            _add(acc["terms"], key, Entry(entity, term, "term", status, term in stating))
    for term in bodies:
        for key in _body_keys(term, language):
            _add(acc["terms"], key, Entry(entity, term, "term", False, False))
    # a wound and where it is ("snijwond aan de" + "linkerhand"): its halves, which the
    # matcher pairs when they stand side by side, the same spans as keys of every pair
    # (and a past verb with a possessive: "kneusde" + "zijn" + "pols")
    leads = lists["injury_sites"] + [f"{v} {p}" for v in lists["injury_verbs"]
                                     for p in lists["injury_possessives"]]
    for lead in leads:
        _add(acc["terms"], " ".join(TERM_WORD.findall(lead)), Entry(entity, lead, SITE_LEAD))
    for part in parts if leads else ():
        for key in _keys(part, forms, language):
            _add(acc["terms"], key, Entry(entity, part, SITE_PART))
    if lists["origin_phrases"] and not foreign:
        # as written: a country's name has no inflections to look up (thousands of phrases)
        for place in _names_file(path.parent / ORIGINS):
            for phrase in lists["origin_phrases"]:
                term = f"{phrase} {place}"
                _add(acc["terms"], " ".join(WORD.findall(term)), Entry(entity, term, "term"))
    for island in lists["islands"] if not foreign else ():
        # "ik ben van Curaçao": "van" says an origin with an island only
        for phrase in lists["island_phrases"]:
            term = f"{phrase} {island}"
            _add(acc["terms"], " ".join(WORD.findall(term)), Entry(entity, term, "term"))
    for adjective in lists["identities"] if not foreign else ():
        # who someone is, said with a person's verb: "ik ben Eritrees", "I'm Eritrean" (the
        # adjective alone is also a language or a cuisine: "ik spreek Turks")
        for phrase in lists["identity_phrases"]:
            term = f"{phrase} {adjective}"
            _add(acc["terms"], " ".join(WORD.findall(term)),
                 Entry(entity, term, "term", statement=True))
    if foreign:
        for spelling in data.get(language, {}).get("cased", []):
            acc["cased"].setdefault(spelling.lower(), set()).add(spelling)
        if data.get("foreign_compounds"):
            _foreign_compounds(lists, acc, entity)
        return
    for kind in ("heads", "weak_heads"):
        for head in lists[kind]:
            for key in _keys(head, forms, language):
                stated = head in lists["statement_heads"]  # "Turkse afkomst", not "afkomst"
                _add(acc["terms"], key,
                     Entry(entity, head, kind.removesuffix("s"), statement=stated))
                # written apart too: "knee injury", "rug operatie"
                for mod in lists["modifiers"]:
                    _add(acc["terms"], f"{mod} {key}",
                         Entry(entity, f"{mod} {head}", "term", statement=stated))
    acc["modifiers"].update(lists["modifiers"])
    acc["not_terms"].update(lists["not_terms"])
    acc["not_diagnoses"].update(lists["not_diagnoses"])
    acc["not_causes"].update(tested)
    acc["absence"].update(lists["absence_terms"])
    acc["prefixes"].update(lists["prefixes"])
    acc["kind_words"].update(lists["kind_words"])
    acc["section_terms"].update(lists["section_terms"])
    acc["modifiers"].update(t for t, status in terms if not status and " " not in t)


def _foreign_compounds(lists: dict[str, list[str]], acc: dict[str, Any], entity: str) -> None:
    """The other language's compounds written apart, as systems write them in either
    language ("FINGER_TEMPLATE", "face template" in a Dutch export): a category file's
    ``foreign_compounds`` (biometric: a trait and a data word are the same in a Dutch and
    an English record), not its heads alone."""
    for head in lists["weak_heads"]:
        stated = head in lists["statement_heads"]
        for mod in lists["modifiers"]:
            _add(acc["terms"], f"{mod} {head}",
                 Entry(entity, f"{mod} {head}", "term", statement=stated))


def _sided(parts: list[str], prefixes: list[str], words: list[str]) -> list[str]:
    """The body parts and each of them on one side: written onto it ("linkerenkel") or as a
    word before it ("left ankle").

    >>> _sided(["knie"], ["linker"], ["left"])
    ['knie', 'linkerknie', 'left knie']
    """
    return [*parts, *(f"{p}{b}" for p in prefixes for b in parts),
            *(f"{w} {b}" for w in words for b in parts)]


def _medicines(data_dir: Path, language: str) -> list[str]:
    """Medicine and condition names (both languages: generic and Latin names are
    international, and the lists hold both spellings)."""
    return _names_file(data_dir / MEDICINES) + _names_file(data_dir / CONDITIONS)


def _names_file(path: Path) -> list[str]:
    """A committed list of lower-case names, one a line, '#' comments (built by make_*.py)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise SpecialDataError(f"{path}: cannot read: {e}") from e
    names = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    bad = [n for n in names if n != n.lower()]
    if bad:
        raise SpecialDataError(f"{path}: names must be lower case: {bad[:3]}")
    return names


def _scores(path: Path, rules: dict[str, Any]) -> dict[str, float]:
    scores = rules.get("scores")
    if (
        not isinstance(scores, dict)
        or set(scores) != set(RULE_NAMES)
        or not all(isinstance(v, float) and 0 < v <= 1 for v in scores.values())
    ):
        raise SpecialDataError(
            f"{path}: key scores must give a float in (0, 1] for each of {sorted(RULE_NAMES)}"
        )
    return scores


def _label_pattern(alternation: str, qualified: bool = True) -> re.Pattern[str]:
    # a note in brackets may follow the label: "Afkomst (volgens kandidaat): Turks". The
    # indent is taken whole (possessive): "[ \t]*[-•*]?[ \t]*" gave a line of n blanks back in
    # n² ways, each trying the label alternation (200 KB of spaces: minutes)
    # A form's dot leaders end a label as a colon does, and may follow a qualifier of a word
    # or two: "Criminal record Poland (KRK) ..... RECORD FOUND: conviction 2017"; so does a
    # form's alignment, three spaces or a tab ("Nationaliteit        Marokkaanse").
    # (Not for any label: its lazy name would stop at the first word; line_label reads the
    # qualifier off.)
    note = r"(?:[ \t]*\([^)\n]{0,60}\))?"
    words = r"(?:[ \t]+[^\W\d_][\w-]*){0,2}" if qualified else ""
    return re.compile(rf"^[ \t]*+(?:[-•*][ \t]*+)?({alternation})(?:{note}[ \t]*:"
                      rf"|{words}{note}[ \t]*\.{{3,}}|{note}(?:[ ]{{3,}}|\t)(?=\S))",
                      re.IGNORECASE | re.MULTILINE)


def _named_subject(verbs: list[str], not_subjects: list[str]) -> re.Pattern[str]:
    """A capitalised word (or two: "Fatima El Amrani") and a verb opening a clause.

    >>> bool(_named_subject(["is"], ["dit"]).match("Fatima is van Turkse afkomst"))
    True
    >>> bool(_named_subject(["is"], ["dit"]).match("Dit is een test"))
    False
    """
    # "Fatima El Amrani", or initials before a surname or alone: "K. Bakker", "J. de Vries", "P."
    # an acronym in capitals is an organisation's ("KLM keeps the biometric data"), no name
    names = (r"(?:(?![A-Z]{2,6}\b)[A-Z][\w'’-]+|(?:[A-Z]\.\s*)+(?:(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]+)?)"
             r"(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+){0,2}")
    # case matters for the name, not for the function words it must not be ("Dit is"); a
    # bracketed aside may follow the name: "Gert van Oosten (accountmanager) zit", "Sem (19)
    # heeft" (stop 55); a list's item opens with its bullet: "- Femke is 12 weken zwanger" (stop 62)
    return re.compile(rf"\s*(?:[-–•*][ \t]+)?(?!(?i:{_phrase(not_subjects)}))({names})(?:\s*\([^()\n]{{1,40}}\))?"
                      rf"\s+(?i:{_phrase(verbs)})")


def _inverted_subject(verbs: list[str], not_subjects: list[str]) -> re.Pattern[str]:
    """A verb and then a name, inside a clause: "In 2019 heeft Kees", "Sinds mei is Ahmed".

    >>> bool(_inverted_subject(["heeft"], ["de"]).search("In 2019 heeft Kees vastgezeten"))
    True
    >>> bool(_inverted_subject(["heeft"], ["de"]).search("In 2019 heeft De Unie"))
    False
    """
    # (lower-case words before the name only as its particles: in "kan met Windows Hello"
    # "met" is a preposition, no name opens there)
    return re.compile(rf"(?<!\w)(?i:{_phrase(verbs)})\s+(?!(?i:{_phrase(not_subjects)})\b)"
                      rf"((?:[A-Z]\.\s*)*(?:(?:{_PARTICLES})\s+){{0,2}}[A-Z][a-zà-ÿ'’-]+)\b")


# the surname particles a name may open with after a verb ("Sinds mei is van der Berg ...")
_PARTICLES = "|".join(re.escape(p) for p in sorted(PARTICLES, key=len, reverse=True))


@cache
def load_lexicon(language: str, data_dir: Path = DATA_DIR) -> Lexicon:
    """The compiled lexicon and rules of ``language``; raises SpecialDataError naming the
    file and key of any bad data (called at recognizer construction: fail fast)."""
    if language not in LANGUAGES:
        raise SpecialDataError(f"special categories: unsupported language {language!r}")
    path = data_dir / "rules.toml"
    rules = _load_toml(path)
    scores = _scores(path, rules)
    acc: dict[str, Any] = {"terms": {}, "label_entity": {}, "modifiers": set(), "cased": {},
                           "not_terms": set(), "not_diagnoses": set(), "not_causes": set(),
                           "absence": set(),
                           "prefixes": set(), "kind_words": set(), "section_terms": set(),
                           "community_terms": set()}
    files = {data_dir / f"{c}.toml": _load_toml(data_dir / f"{c}.toml") for c in CATEGORIES}
    forms = _lemma_forms(language, _last_words(list(files.values()), language))
    for file, data in files.items():
        _load_category(file, data, language, forms, acc, rules)

    def phrase(key: str) -> str:
        words = _strings(rules, path, language, key, key not in OPTIONAL_PHRASES)
        return _phrase(words) if words else r"(?!)"

    kinds = {w: t for t in reversed(TRIGGERS) for w in _strings(rules, path, language, t)}
    return Lexicon(
        matcher=TermMatcher(acc["terms"], acc["modifiers"], acc["not_terms"]),
        cased={k: frozenset(v) for k, v in acc["cased"].items()},
        labels=_label_pattern(_phrase(list(acc["label_entity"]))),
        # (a field's number may follow its word: "Client #2:", special_rules._bare_label)
        any_label=_label_pattern(r"[^\W\d][\w'’ ./&()#-]{0,38}?", qualified=False),
        label_entity=acc["label_entity"],
        # a trigger word opening a code or a compound is none: "type MS-220" names no "Ms"
        triggers=re.compile(_phrase(list(kinds)) + r"(?!-\w)", re.IGNORECASE),
        trigger_kind=kinds,
        phrases={k: re.compile(phrase(k), re.IGNORECASE) for k in PHRASE_LISTS},
        exclude_after=re.compile(
            # a comma ends the phrase: "verdacht van fraude, het onderzoek loopt"; so does a
            # conjunction ("Ze is biseksueel en haar team weet het": a new clause) or a place
            # ("een seksuele relatie met een collega op de afdeling", "bisexual in the team":
            # where, not what); a sentence end or a line break too ("Hij is moslim.\nTeam:
            # logistiek": the next field's word); so does the agent of a passive ("reported to
            # the police for fraud by the company": who reported it, not the fraud's kind)
            rf"{_NO_END}*(?:(?!(?:en|and|maar|but|or|op|bij|met|in|binnen|at|with|within|to|by|door)\b)"
            rf"\w+{_NO_END}+){{0,2}}?(" + phrase("exclude_after") + ")", re.IGNORECASE
        ),
        of_person=re.compile(r"\W*(" + phrase("of_person") + ")", re.IGNORECASE),
        roles_after=re.compile(
            r"[\s,:(–-]*(?:\w+\s+){0,1}?(" + phrase("member_roles") + ")", re.IGNORECASE),
        negated=re.compile(
            # "niet rijden wegens epilepsie": the cause after the negated verb is stated
            rf"(?:{phrase('negations')})(?:\s+(?!(?:{NOT_NEGATED})\b)[\w'-]+){{0,2}}\s*$",
            re.IGNORECASE),
        negated_trigger=re.compile(
            rf"(?:{phrase('negations')})(?:\s+(?:{phrase('function_words')}))*\s*$",
            re.IGNORECASE),
        # (a language without a verb-second order lists only its question's auxiliaries)
        inverted_subject=_inverted_subject(
            _strings(rules, path, language, "inverted_verbs", required=False)
            or _strings(rules, path, language, "subject_verbs"),
            _strings(rules, path, language, "not_subjects")),
        named_subject=_named_subject(_strings(rules, path, language, "subject_verbs"),
                                     _strings(rules, path, language, "not_subjects")),
        empty_words=frozenset(_strings(rules, path, language, "empty_words")),
        scores=scores,
        cause_label=_strings(rules, path, language, "cause_label")[0],
        relative_label=_strings(rules, path, language, "relative_label")[0],
        not_diagnoses=frozenset(acc["not_diagnoses"]),
        not_causes=frozenset(acc["not_causes"]),
        absence=frozenset(acc["absence"]),
        prefixes=frozenset(acc["prefixes"]),
        kind_words=frozenset(acc["kind_words"]),
        section_terms=frozenset(acc["section_terms"]),
        community_terms=frozenset(acc["community_terms"]),
        device_tail=re.compile("(?:" + "|".join(
            map(re.escape, _strings(rules, path, language, "biometric_devices"))) + ")$"),
    )


def lower_lists(path: Path, language: str, keys: tuple[str, ...],
                error: type[Exception]) -> dict[str, list[str]]:
    """The ``[language]`` table of a readings data file (special_roles, _customs, _events,
    _owned, _reasons), each of ``keys`` a list of lower-case strings; ``error`` (the reading's
    own data error, one line with the file) when it is not."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise error(f"{path}: cannot read: {e}") from e
    table = data.get(language, {})
    for key in keys:
        value = table.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v == v.lower()
                                                  for v in value):
            raise error(f"{path}: key [{language}].{key} must list lower-case strings")
    return table

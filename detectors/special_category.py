"""Special-category data (GDPR art. 9 and 10) stated about a person, from lexicons and rules.

Terms (detectors/data/special/: conditions, symptoms, treatments, medicines, care providers,
beliefs, parties, unions, ...; compounds and inflections) are found in one pass
(special_terms); a term counts only when a rule ties it to a person (special_rules, data in
rules.toml); the nearest trigger before the term decides:

- label at the start of the line ("Diagnose: burn-out")            -> 0.85
- first person ("ik heb diabetes", "I have epilepsy")               -> 0.85
- membership ("lid van de FNV") or sick-leave cause ("uitgevallen door") -> 0.80
- biometric data ("vingerafdruktemplate opgeslagen", "DNA-test: uitslag") -> 0.80
- third person ("kandidaat heeft", "werknemer is zwanger")          -> 0.75
- a health term and nothing else: 0.3, below the threshold; in a record about one person
  (an absence or medical record: ``record=True``) every health term is about that person
  -> 0.70, but work-capacity words ("arbeidsongeschikt", "WIA") are what an employer may
  record there, so they are dropped
- occupation, study, employer, sector or organisation name ("verpleegkundige diabeteszorg",
  "Functie: ...", "receptionist bij Moskee Al-Fath", "VOG aanwezig")  -> no finding

https://gdpr-info.eu/art-9-gdpr/ https://gdpr-info.eu/art-10-gdpr/
https://autoriteitpersoonsgegevens.nl/themas/werk-en-uitkering/ziekte-op-het-werk
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from detectors import special_learned
from detectors.person_names import alone_first_names, is_known, listed_name, person_words
from detectors.presidio_light import AnalysisExplanation, EntityRecognizer, RecognizerResult
from detectors.spans import line_end
from detectors.special_absence import absence_causes
from detectors.special_addressee import addressed
from detectors.special_learned import Evidence, second_opinion
from detectors.special_lexicon import ENTITIES, LANGUAGES, RULE_NAMES, Lexicon, load_lexicon
from detectors.special_link import (
    BEFORE_KEYS,
    IN_SENTENCE,
    is_linked,
    link_evidence,
    may_link,
    owned_by_another,
    owner,
    sentence,
)
from detectors.special_partner import ENTITY as ORIENTATION
from detectors.special_partner import related_same_sex, same_sex_partners
from detectors.special_roles import is_no_ones
from detectors.special_rules import (
    MEMBERSHIPS,
    UNLINKED,
    clause_end,
    clause_start,
    in_group_figures,
    is_negated,
    judge,
    norm,
    not_chosen,
    one_of_a_group,
    plural_of_person,
)
from detectors.special_subject import declares_invented, is_about_no_one, names_someone
from detectors.special_terms import TermHit

if TYPE_CHECKING:  # Presidio's NLP engine imports spaCy: no NLP artifacts are used
    from presidio_analyzer.nlp_engine import NlpArtifacts

EXPLANATION_KEY = "explanation"
LABEL_KEY = "label"  # the field label a finding sits under ("oorzaak"), for the policy
RECORD_KEY = "record"  # metadata of a term-only health finding: its score in a record
STATUS_KEY = "status"  # a work-capacity word: dropped in a record about one person
# metadata of a statement that holds only where the text names someone (detect() asks the
# person detector: KEPT_WITHOUT_SUBJECT)
SUBJECT_KEY = "needs_subject"
HEALTH_ENTITY = "SPECIAL_HEALTH"
# categories a sentence before cannot link (special_link's "before_*" evidence): a biometric
# term is a system's ("Een deel van de klanten gebruikt een irisscan") unless its own
# sentence names its person; the attendees of minutes above it are no one's template
OWN_SENTENCE_LINKS = frozenset({"SPECIAL_BIOMETRIC"})
ENUMERATION = 3  # categories named in one sentence: a list of kinds of data, not a statement
OWN_BEFORE = re.compile(r"(?<!\w)(?:my|mijn|m'n)(?:\s+(?:own|eigen))?\s+\Z", re.IGNORECASE)
OWN_REACH = 16  # characters before a term read for OWN_BEFORE
SENTENCE = re.compile(r"[.!?;:]\s|\n")
# a field's value that is a count or a share of a group ("38%", "12 van 40", "n = 7", "41
# medewerkers"): a statistic, no one's data. A bracket after it holds a figure ("12 (34%)",
# "38% (n=120)"), or follows a share or a count of a group ("41 medewerkers (FNV en CNV)",
# "38% (Turks)"); after a bare number it is a coded value's meaning, someone's data
# ("Migratieachtergrond: 1 (Turks)", "Vakbond: 2 (CNV)")
_COUNT = r"(?:n\s*=\s*)?[<>≈~±]?\s*\d[\d.,]*\s*(?:%|procent|percent|per\s?cent)?"
_OF = r"\s*(?:van|of|/|uit|out of|op)\s*\d[\d.,]*\s*%?"
_GROUP = (r"\s+(?:medewerkers|werknemers|employees|staff|personen|people|mensen|respondenten"
          r"|respondents|fte|leden|members)")
_SHARE = r"[<>≈~±]?\s*\d[\d.,]*\s*(?:%|procent|percent|per\s?cent)"
STATISTIC = re.compile(
    _COUNT + r"(?:(?:" + _OF + r")?(?:" + _GROUP + r")?\s*(?:\([^()]*[\d%][^()]*\))?"
    r"|(?:" + _OF + r"(?:" + _GROUP + r")?|" + _GROUP + r")\s*\([^()]*\))"
    r"|" + _SHARE + r"\s*\([^()]*\)", re.IGNORECASE)
# statements about someone else; "ik heb migraine" in a CV or letter is no sickness record
CAUSE_RULES = ("cause", "third_person")
# in a text about no one (special_subject), a field value or a term that states a person's
# data by itself ("FNV-lid") still is one; a term-only health term is below the threshold
# (in a record about one person it counts, and a record is about someone)
KEPT_IN_GENERIC = ("label", "statement", "term_only")
# "in de Ziektewet", "on sick leave" say that someone is absent, which an employer records,
# not why: special data only in the person's own words or a field about it
OWN_WORDS = ("first_person", "label", "term_only")
# in a text that names no individual anywhere (special_subject.names_no_one: a brochure, a
# policy, a DPIA, a law text), a statement has no data subject however it is worded, nor
# has a term-only term taken for a record's (a glossary of illnesses taken for a medical
# record); a field's or a row's value is still some record's ("Religie: islam"), the writer
# ("ik") is someone
KEPT_WITHOUT_SUBJECT = ("label", "row", "first_person")
# a compound's first part before a conjunction or slash and the word that completes it:
# "zwangerschaps- en bevallingsverlof", "zwangerschap-/bevallingsverlof"
TRUNCATED = re.compile(r"-[^\S\n]*(?:(?:en|of|and|or|&|/|,)[^\S\n]*|/)([^\W\d_][\w-]*)",
                       re.IGNORECASE)
# what stands before a word that opens a sentence or a line; a lower-case word after it
SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n[^\S\n]*(?:[-•*]\s*)?)$")
LOWER_NEXT = re.compile(r"[^\S\n]+[a-zà-ÿ]")
# evidence of a person in a term's sentence or field (special_link): a name, "medewerker", "hij"
PERSON_EVIDENCE = frozenset(IN_SENTENCE)
# what ties a use of a trait to someone: a person in its sentence, or a field of a record or a
# row ("Verificatie: vingerafdruk" in an access log's row about one badge holder)
ANCHORS = PERSON_EVIDENCE | {"field"}
# whose trait it is, right before or after the term: "met hun vingerafdruk", "the manager's
# fingerprint", "de vingerafdruk van de filiaalmanager" (not "your": the reader of a notice)
OWNER_BEFORE = re.compile(r"(?:(?<!\w)(?:hun|zijn|haar|their|his|her)|\w['’]s)[^\S\n]+$",
                          re.IGNORECASE)
OWNER_AFTER = re.compile(r"[^\S\n]+(?:van|of)[^\S\n]+(?:(?:de|het|the|een|a)[^\S\n]+)?\w",
                         re.IGNORECASE)
# the writer's own partner ("mijn man", "my wife"); "zijn partner", "her partner": someone else's
FIRST_PERSON_PARTNER = frozenset({"mijn", "m'n", "my"})
# with a name in its sentence, what else ties a health term to that person: a pronoun, a
# field, the name in the sentence before too (not a verb alone: "Sanne Bakker, neuroloog,
# vertelt over epilepsie" is a speaker and her topic)
NAMED_HEALTH = frozenset({"pronoun", "field", "before_name"})
# a few words between quotation marks around a word: an example, a mention ("niet op zondag")
QUOTE_REACH = 30
QUOTE_BEFORE = re.compile(r"[\"“„«][^\"“”„«»\n]{0,30}$")
QUOTE_AFTER = re.compile(r"[^\"“”„«»\n]{0,30}[\"”»]")
# Between two terms of one statement: space, or up to three short words ("gekregen voor").
JOINING = re.compile(r"\s*(?:\w{1,9}\s+){0,3}")


@dataclass(frozen=True)
class SpecialMatch:
    """One special-category statement: where, which term, and the rule that tied it to a person."""

    entity: str
    start: int
    end: int
    score: float
    term: str
    rule: str
    rule_key: str = ""
    label: str = ""
    status: bool = False
    open: bool = False  # no trigger and nothing ruling it out: special_link decides
    # the statement's own clause names its person ("Fatima is moslim", "Sanne ... FNV'er"):
    # a text about no one as a whole does not overrule it
    named: bool = False
    trigger: str = ""  # the words that fired the rule ("tijdregistratie"), lower case

    @property
    def explanation(self) -> str:
        """E.g. "term 'diabetes' (health), rule: first person 'ik'"."""
        category = self.entity.removeprefix("SPECIAL_").lower()
        return f"term '{self.term}' ({category}), rule: {self.rule}"


_NAME_WORD = re.compile(r"\b[A-ZÀ-Þ][\w-]*(?:['’]\w+)?(?:\s+[A-ZÀ-Þ][\w-]*(?:['’]\w+)?)*")


def _miscased(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A term that counts in one spelling only, written otherwise: "als" is a word, "ALS" a
    disease; "denk" a verb, "DENK" a party."""
    spellings = lex.cased.get(hit.term)
    return spellings is not None and (text[hit.start : hit.end] not in spellings
                                      or _capitalised_word(text, hit, spellings)
                                      or _in_acronym(text, hit))


# capitals or digits joined by a hyphen to a cased term: one acronym ("GC-MS", a laboratory's
# gas chromatography-mass spectrometry; "ALS-T2"), not the disease's
_ACRONYM_BEFORE = re.compile(r"[A-Z0-9]-$")
_ACRONYM_AFTER = re.compile(r"-[A-Z0-9]")


def _in_acronym(text: str, hit: TermHit) -> bool:
    return bool(_ACRONYM_BEFORE.search(text, max(0, hit.start - 2), hit.start)
                or _ACRONYM_AFTER.match(text, hit.end))


@lru_cache(maxsize=1)
def _name_lead() -> re.Pattern[str]:
    """A title (the PERSON detector's, data/person.toml `titles`) or an initial right before a
    word ("mevrouw K. ", "dhr. ", "de heer ", "t.a.v. J."): the capitalised word after it is a
    surname ("mevrouw Baptiste", "dhr. Christen", "mw. Turk")."""
    titles = sorted({t.rstrip(".") for t in person_words()["titles"]}, key=len, reverse=True)
    # (a first name in brackets may follow: "mevr. H.W. (Hanneke) Christen")
    return re.compile(r"(?:(?<![\w.])(?i:" + "|".join(map(re.escape, titles)) + r")\.?"
                      r"|(?<![\w.])(?:[A-Z]\.)+)[^\S\n]+(?:\([A-Z][a-zà-ÿ'’-]+\)[^\S\n]+)?$")


# a first name and one space right before a word: "Jan Christen", "Anna Moslim"
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-zà-ÿ'’-]+) $")


def _surname(text: str, hit: TermHit, language: str = "nl") -> bool:
    """A term written with a capital after a title, an initial or a first name is the
    person's surname, no statement about them: "t.a.v. mevrouw K. Baptiste", "dhr.
    Christen", "Met groet, Jan Christen" (Dutch and immigrant surnames are words of religion
    and origin too; as a statement Dutch writes them in lower case, and no language puts
    them right after a first name). The first name counts in Dutch only: English writes
    every religion and origin with a capital, after an adjective that may be a first name
    too ("an Irish Catholic community")."""
    if not text[hit.start : hit.start + 1].isupper() or text[hit.start : hit.end].isupper():
        return False  # lower case, or a capitals acronym ("ALS", "DENK")
    if _name_lead().search(text, max(0, hit.start - 24), hit.start) is not None:
        return True
    if language != "nl":
        return False
    first = _FIRST_NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    return first is not None and first.group(1) in alone_first_names()


def _match(text: str, hit: TermHit, lex: Lexicon) -> SpecialMatch | None:
    if _miscased(text, hit, lex):
        return None
    if hit.compound and text[hit.start : hit.start + 1].isupper() and is_known(
            text[hit.start : hit.end]):
        # a Lithuanian surname on "-aitis", the head "-itis": a listed name, whose term would be
        # written out in the report as it stands
        return None
    if hit.term in lex.prefixes and text[hit.end : hit.end + 1] == "-":
        return None  # "bi-culturele achtergrond", "bi-annual": the first part of a word
    verdict = judge(text, hit, lex)
    if verdict is None:
        return None
    # a trigger written with a capital is a name opening the clause (special_rules
    # named_subject, inverted_subject): "'Fatima'"; lexicon triggers are lower case. The
    # explanation goes into the index and the report: the name never does
    named = verdict.key == "third_person" and verdict.trigger[1:2].isupper()
    rule = f"{RULE_NAMES[verdict.key]} {_shown_trigger(verdict.trigger, lex)}"
    return SpecialMatch(hit.entity, hit.start, hit.end, lex.scores[verdict.key], hit.term,
                        rule, verdict.key, verdict.label, hit.status, verdict.open, named,
                        verdict.trigger.strip("'"))


def _shown_trigger(trigger: str, lex: Lexicon) -> str:
    """The trigger as the explanation (the index, the report) shows it: a name written with
    a capital masked ("'[naam]'"), and in a field's label, which a line gives in lower case,
    every number and every listed name that is no common word nor a term ("'allergie
    medewerker [naam] [naam]:'", "'... | [nummer] | geweigerd ...'")."""
    shown = _DIGITS.sub("[nummer]", _NAME_WORD.sub("[naam]", trigger))
    return _LOWER_WORD.sub(lambda m: "[naam]" if _listed_name(m.group(), lex) else m.group(),
                           shown)


def _listed_name(word: str, lex: Lexicon) -> bool:
    """A listed first name or surname that is no common word and no lexicon term."""
    bare = word.rstrip(".")
    return (len(bare) == 1 and word.endswith(".")) or (
        listed_name(bare) and not lex.matcher.holds(bare))


_DIGITS = re.compile(r"\d[\d .-]{2,}\d")  # a number of four characters or more
_LOWER_WORD = re.compile(r"(?<![\w\[])[^\W\d_]+\.?(?![\w\]])")


def _completed(text: str, hit: TermHit, lex: Lexicon) -> TermHit:
    """The first part of a compound whose second part is written once for two words
    ("zwangerschap- en bevallingsverlof", "zwangerschaps-/ouderschapsverlof"): the whole word
    it stands for when that is a status word (leave, a benefit), which says someone is
    absent, not why."""
    m = TRUNCATED.match(text, hit.end)
    if m is None or hit.entity != HEALTH_ENTITY:
        return hit
    first, second = text[hit.start : hit.end].lower(), m.group(1).lower()
    whole = next((a for a in sorted(lex.absence) if " " not in a and a.startswith(first)
                  and len(a) > len(first) + 2 and second.endswith(a[len(first):].lstrip("s"))),
                 None)
    return hit if whole is None else replace(hit, term=whole, status=True)


def _capitalised_word(text: str, hit: TermHit, spellings: frozenset[str]) -> bool:
    """A name written in capitals ("DENK", "DWARS") also counted as "Denk", "Dwars": where that
    opens a sentence before a lower-case word it is the word capitalised ("Denk aan je VOG",
    "Dwars door de stad"), not the name."""
    surface = text[hit.start : hit.end]
    return (surface.upper() in spellings and surface != surface.upper()
            and SENTENCE_OPENING.search(text[max(0, hit.start - 3) : hit.start]) is not None
            and LOWER_NEXT.match(text, hit.end) is not None)


def _label_values(text: str, lex: Lexicon, hits: list[TermHit]) -> list[SpecialMatch]:
    """A known "Label: value" line whose value holds no lexicon term: the value itself."""
    found = []
    for m in lex.labels.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        value = text[m.end() : line_end].strip().rstrip(".")
        words = {w.rstrip(".") or w for w in re.findall(r"[\w.'/-]+|-|\?", value.lower())}
        if not value or words <= lex.empty_words or len(value) > 60:
            continue
        if lex.phrases["off_values"].search(value):
            continue  # "Gezichtsherkenning: functie staat UIT": a setting, no one's data
        if STATISTIC.fullmatch(value):
            continue  # "Migratieachtergrond: 38%", "Vakbondsleden: 12 van 40": a group's count
        if in_group_figures(text, m.end()):
            continue  # "Herkomst (top 3): ...", "Religie (n=40): ...": a group's ranking
        if any(m.end() <= h.start < line_end for h in hits):
            continue
        label = norm(m.group(1))
        if CODE.search(value):
            # "Face template: FT-0098812", "Vakbond: FNV, lidnr 40221187": a template's or a
            # member's number, an identifier, never written out: the label is the term
            start, end, term = m.start(1), m.end(1), label
        else:
            start = text.index(value, m.end())
            end, term = start + len(value), value.lower()
        found.append(SpecialMatch(lex.label_entity[label], start, end, lex.scores["label"],
                                  term, f"label '{label}:'", "label", label))
    return found


CODE = re.compile(r"\d{5,}")  # a run of digits a label's value holds: a number, not a year


def candidates(text: str, language: str) -> list[SpecialMatch]:
    """Every special-category statement in ``text`` and every term-only health term (score
    below the threshold), in text order."""
    lex = load_lexicon(language if language in LANGUAGES else "nl")
    if _titled(text, lex, "handout_titles"):
        return []  # (stop 71) a handout, a leaflet or training material for staff: no one's
    # a word that is no term as written ("als") names no category of a list either
    hits = [_completed(text, h, lex) for h in lex.matcher.find(text)
            if not _miscased(text, h, lex) and not _surname(text, h, language)]
    matches = [m for m in (_match(text, h, lex) for h in hits) if m is not None
               and (m.term not in lex.absence or (m.rule_key in OWN_WORDS
                                                   and not _RECORDS_AFTER.match(text, m.end)))]
    if lex.labels.search(text):
        matches += _label_values(text, lex, hits)
    matches += _partners(text, lex)
    if not matches:
        return []  # most texts: no statement to weigh
    matches = _drop_stolen_goods(text, matches, hits)
    lang = language if language in LANGUAGES else "nl"
    if declares_invented(text, lang):
        return []  # a training case, an example: no one's data
    # a question no one answered, a requirement, an organisation in a role, a group's
    # condition: no one's data, however the term was tied (special_roles)
    matches = [m for m in matches
               if not is_no_ones(text, m.entity, m.start, m.end, m.rule_key, lang, lex,
                                 m.status and _absence_word(m.term))]
    matches = _drop_enumerations(text, sorted(_linked(text, matches, lang, lex, hits),
                                              key=lambda m: m.start), hits, lex)
    # weighed only when a statement could go (term-only terms are no statement, and a
    # record about one person is no text about no one: the classifier's medical gate)
    headed = _headings(text, matches, hits)
    if any(m.rule_key not in KEPT_IN_GENERIC or h for m, h in zip(matches, headed, strict=True)
           ) and is_about_no_one(text, lang):
        matches = [m for m, h in zip(matches, headed, strict=True)
                   if (m.rule_key in KEPT_IN_GENERIC and not h)
                   or m.named or _names_someone(text, m, lang)]
    matches = _absence_causes(text, _as_causes(text, _anchored(text, matches, lang, lex), lex),
                              lex)
    # a letter to one person: "uw zwangerschap", "your hernia" are the addressee's
    matches = addressed(text, matches, lang, lex.scores["third_person"])
    return _relatives(text, _merge_adjacent(text, matches), lex)


# a notice's sentence under a heading opens with its reader or its writer, or a condition
# ("Religion: if a holiday matters to you ...", "Biometrie: wij slaan geen ... op")
ADDRESSED_OPENING = re.compile(
    r"[^\S\n]*(?:if|when|you|your|we|our|als|indien|wanneer|u|uw|je|jij|jouw|wij|"
    r"ons|onze)\b", re.IGNORECASE)


def _headings(text: str, matches: list[SpecialMatch], hits: list[TermHit]) -> list[bool]:
    """Per match, _headed_sentence; the hits put in order of their start only when a label's
    match is there to read them (the automaton gives them in order of their end)."""
    if not any(m.rule_key == "label" for m in matches):
        return [False] * len(matches)
    ordered = sorted(hits, key=lambda h: h.start)
    return [_headed_sentence(text, m, ordered) for m in matches]


def _headed_sentence(text: str, m: SpecialMatch, hits: list[TermHit]) -> bool:
    """A label's match whose "value" is a sentence to anyone: a notice's heading over what
    it says to its reader ("Religion: if a holiday matters to you, tell your planner"), or
    (stop 67) a course's or an instruction's heading that is the condition itself, over what
    to know or do about it ("Astma: bij een aanval de inhaler pakken, rechtop"); no field's
    value ("Religie: moslim", "Injury: burn on the forearm, ...", "Diabetes: ja"). ``hits``:
    the text's term hits in order of their start."""
    if m.rule_key != "label":
        return False
    start = text.rfind("\n", 0, m.start) + 1
    colon = text.rfind(":", start, m.start)
    if colon < 0:
        return False
    if ADDRESSED_OPENING.match(text, colon + 1) is not None:
        return True
    # (the hits are in text order: only the label's own are read, not every hit per match)
    first = bisect.bisect_left(hits, start, key=lambda h: h.start)
    heads = any(h.end <= colon and h.entity == m.entity
                for h in itertools.takewhile(lambda h: h.start < colon, hits[first:]))
    return heads and ANSWER.match(text, colon + 1) is None and len(
        text[colon + 1 : line_end(text, colon)].split()) >= SENTENCE_WORDS


SENTENCE_WORDS = 4  # a heading's value that tells what to know or do, not a field's ("islam")


# a form's answer to a question its label asks ("Epilepsie: nee", "Diabetes: ja, type 1")
ANSWER = re.compile(r"[^\S\n]*(?:ja|nee|yes|no|n\.v\.t\.?|n/a|x|\[[ xX✓]\]|✓|☐|☑|☒)(?!\w)",
                    re.IGNORECASE)


def _absence_word(term: str) -> bool:
    """A status word that says someone is (no longer) absent, in either language's list (a
    table's language is guessed from few words)."""
    return any(term in load_lexicon(lang).absence for lang in LANGUAGES)


def _absence_causes(text: str, matches: list[SpecialMatch], lex: Lexicon) -> list[SpecialMatch]:
    """A health term on a line telling a named worker's absence ("Fatima ziek
    (longontsteking)"): that worker's, and the cause of the absence (special_absence); a
    pregnancy is hers but no diagnosis ("Aisha sent home sick, she's pregnant"). On a chat
    line naming only its speaker, the writer's own health, as "ik heb": no cause."""
    out = list(matches)
    for i, whose in absence_causes(text, matches, lex).items():
        m = matches[i]
        key = "cause" if whose == "other" else "first_person"
        if m.rule_key == "term_only":
            m = replace(m, score=lex.scores[key], rule=f"{RULE_NAMES[key]} 'absent'",
                        rule_key=key)
        # the line says what the term is, whatever label opens it ("wk 19 vr:", "Notes:")
        keep = key != "cause" or m.term in lex.not_diagnoses or m.term in lex.not_causes
        out[i] = m if keep else replace(m, label=lex.cause_label)
    return out


def _anchored(text: str, matches: list[SpecialMatch], language: str,
              lex: Lexicon) -> list[SpecialMatch]:
    """A biometric term tied only by what the trait is used for (rules.toml biometric_uses:
    "tijdregistratie", "log in") names a system, not data held of someone: it stays only
    when it is someone's ("met hun vingerafdruk", "van de filiaalmanager"), its sentence
    names the person ("Sanne klokt in met haar vingerafdruk") or it is a field's value (a log row: "Verificatie: vingerafdruk"), not in a proposal, a refusal or an app's feature ("Face ID to log in on your own phone")."""
    uses = lex.phrases["biometric_uses"]
    # (stop 71) in a text whose title says it is minutes, a policy or a brochure every data
    # word needs its person ("Notulen OR: templates worden lokaal opgeslagen" is a system's)
    general = any(m.rule_key == "biometric_data" for m in matches) and _general_title(text, lex)
    return [m for m in matches
            if m.rule_key != "biometric_data"
            or (uses.fullmatch(m.trigger) is None and not general)
            or OWNER_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
            or OWNER_AFTER.match(text, m.end) is not None
            or link_evidence(text, m.start, m.end, language, lex) & ANCHORS]


_TITLE_CHARS = 160  # the first line's characters read for a title


def _general_title(text: str, lex: Lexicon) -> bool:
    """The text's first line names minutes, a policy, a procedure or a brochure, alone or
    as a compound's end ("OR-notulen", "Biometriebeleid", "Minutes works council"): a text
    about a system and the people in general (rules.toml general_titles)."""
    return _titled(text, lex, "general_titles")


def _titled(text: str, lex: Lexicon, key: str) -> bool:
    """The text's first line holds a word of the phrase list ``key``, alone or as a
    compound's end."""
    opening = _FIRST_INK.search(text)  # (not text.lstrip(): a copy of all of it per text)
    if opening is None:
        return False
    first = text[opening.start() : opening.start() + _TITLE_CHARS].split("\n", 1)[0].lower()
    titles = lex.phrases[key]
    return titles.search(first) is not None or any(
        titles.fullmatch(word[k:]) for word in _LETTERS.findall(first)
        for k in range(1, len(word) - 3))


_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_INK = re.compile(r"\S")


def _partners(text: str, lex: Lexicon) -> list[SpecialMatch]:
    """"Mijn man" by a writer whose name says he is a man, "zijn partner Thijs", "Mark is
    getrouwd met Thijs", "Partner: Thijs" in Mark's record (special_partner),
    judged as a lexicon term is: not under a negation ("niet mijn man", "not my wife") or an
    unticked option, and stamped by whose partner it is: the writer's ("mijn") in first person,
    someone else's ("zijn", "her") in third person."""
    out = []
    related = related_same_sex(text)  # a relation naming both people states it by itself
    for start, end, phrase in same_sex_partners(text) + related:
        if is_negated(text, start, lex) or not_chosen(text, start):
            continue
        word = phrase.split()[0]
        key = "first_person" if word in FIRST_PERSON_PARTNER else "third_person"
        if (start, end, phrase) in related:
            key, word = "statement", phrase
        out.append(SpecialMatch(ORIENTATION, start, end, lex.scores[key], phrase,
                                f"{RULE_NAMES[key]} '{word}'", key, trigger=word))
    return out


def _linked(text: str, matches: list[SpecialMatch], language: str, lex: Lexicon,
            hits: list[TermHit]) -> list[SpecialMatch]:
    """Terms left open by the rules, decided by the evidence around them (special_link): a
    statement about someone ("linked"), a health term that stays term-only, or nothing."""
    # (a plural of a person noun is a group: "vraagt of kaderleden reiskosten krijgen")
    # (one of a group's, after its teller: no one's to link; read once a term)
    grouped = {i for i, m in enumerate(matches) if m.open and _one_of_a_group(text, m)}
    open_ = {i for i, m in enumerate(matches)
             if m.open and i not in grouped
             and may_link(text, m.start, m.entity, m.term, language, hits, lex)
             and not _group_noun(text, m)}
    # not a status ("re-integratie", "zwangerschapsverlof"): that someone is absent, not why
    named_health = {i for i, m in enumerate(matches) if m.open and m.entity == HEALTH_ENTITY
                    and not m.status and m.term not in lex.absence
                    and m.term not in lex.not_diagnoses and i not in grouped}
    if not open_ and not named_health:
        return [m for m in matches if m.rule_key != UNLINKED]
    out = []
    linkable = open_ | named_health
    for i, m in enumerate(matches):
        found = link_evidence(text, m.start, m.end, language, lex, complete=False,
                              entity=m.entity) if i in linkable else None
        if found is not None and i in named_health:
            # a health term in a sentence that names its person ("Pieter: hernia, geopereerd
            # in maart"): linked by the name and more, never by a voice around it
            found = found if "name" in found and found & NAMED_HEALTH else None
        if found is not None and m.entity in OWN_SENTENCE_LINKS:
            found = found - BEFORE_KEYS
        if found is not None and is_linked(found, language):
            why = ", ".join(sorted(found))
            out.append(replace(m, score=lex.scores["linked"], rule_key="linked", open=False,
                               rule=f"{RULE_NAMES['linked']} ({why})", named="name" in found))
        elif m.rule_key != UNLINKED:
            out.append(m)
    return out


def _one_of_a_group(text: str, m: SpecialMatch) -> bool:
    """The term's clause is about one of a group, after its teller ("Tom said that one of our
    drivers had ..."): an unnamed member's, linked to no one by the teller's name."""
    return one_of_a_group(text, sentence(text, m.start, m.end)[0], m.start)


def _group_noun(text: str, m: SpecialMatch) -> bool:
    """A membership's person noun in the plural ("kaderleden", "union representatives"): a
    group, linked to no one by a name in its sentence; not an organisation's name ("FNV
    Bouwen & Wonen")."""
    surface = text[m.start : m.end]
    return m.entity in MEMBERSHIPS and surface[:1].islower() and plural_of_person(
        surface.lower(), m.term)


def _names_someone(text: str, m: SpecialMatch, language: str) -> bool:
    """In a text about no one, a statement stays when its own sentence points at one person."""
    end = SENTENCE.search(text, m.end)
    return names_someone(text[_sentence_start(text, m.start) : end.start() if end else None],
                         language)


def _about_oneself(text: str, m: SpecialMatch, lex: Lexicon) -> bool:
    """"Ik was ziek door een burn-out": the writer's own words (a letter, a CV), no record."""
    start = clause_start(text, m.start)
    return any(lex.trigger_kind[norm(t.group())] == "first_person"
               for t in lex.triggers.finditer(text, start, m.start))


# (stop 68) an absence word naming a kind of record ("my sick leave file", "mijn
# verzuim dossier"): data asked for or kept, no statement that its owner was ill
_RECORDS_AFTER = re.compile(r"[ -]?(?:records?|file|files|data|history|dossier|gegevens|"
                            r"registratie|administratie|overzicht)\b", re.IGNORECASE)


def _drop_stolen_goods(text: str, matches: list[SpecialMatch], hits: list[TermHit]
                       ) -> list[SpecialMatch]:
    """A health term that is what an offence was about ("diefstal van insuline", "heling
    van medicatie", "theft of medication"): the goods, no one's condition. The offence stays."""
    crimes = [h.end for h in hits if h.entity == "SPECIAL_CRIMINAL"]
    if not crimes:
        return matches  # (most texts: no offence named)
    return [m for m in matches if m.entity != HEALTH_ENTITY or not any(
        end <= m.start and _GOODS.fullmatch(text, end, m.start) for end in crimes)]


# an offence's word and its object: "van", "in", "met", "of", "with", an article between
_GOODS = re.compile(r"[ ]+(?:van|in|met|of|with)[ ]+(?:(?:de|het|een|the|a|an)[ ]+)?",
                    re.IGNORECASE)


def _drop_enumerations(text: str, matches: list[SpecialMatch], hits: list[TermHit],
                       lex: Lexicon) -> list[SpecialMatch]:
    """A sentence that names ENUMERATION or more categories lists kinds of data ("religie,
    afkomst, politieke voorkeur of vakbondslidmaatschap leggen wij niet vast"): a policy,
    not a statement about one person. Field labels ("Religie: islam") stay. Every term
    counts, also one the rules ruled out ("discriminatie op grond van afkomst, ..."). So does
    a sentence that names two categories by their names ("I need to record things like
    religion or union membership"): those names are kinds of data, not someone's."""
    matches = _drop_category_names(text, matches, hits, lex)
    if len({m.entity for m in matches} | {h.entity for h in hits}) < ENUMERATION:
        return matches
    by_sentence: dict[int, set[str]] = {}
    starts = [_sentence_start(text, m.start) for m in matches]
    for m, start in zip(matches, starts, strict=True):
        by_sentence.setdefault(start, set()).add(m.entity)
    for h in hits:
        start = _sentence_start(text, h.start)
        if start in by_sentence:
            by_sentence[start].add(h.entity)
    return [m for m, start in zip(matches, starts, strict=True)
            if len(by_sentence[start]) < ENUMERATION or m.rule_key == "label"
            or _owned_value(text, m, lex)]


def _owned_value(text: str, m: SpecialMatch, lex: Lexicon) -> bool:
    """A value, not a category's name, right after the writer's own possessive ("my own
    asthma", "mijn eigen burn-out"): a statement, however many categories its sentence
    names ("As a bisexual woman raised in a strict church, and after my own anorexia, ...")."""
    return m.rule_key == "first_person" and norm(m.term) not in lex.label_entity and (
        OWN_BEFORE.search(text, max(0, m.start - OWN_REACH), m.start) is not None)


def _drop_category_names(text: str, matches: list[SpecialMatch], hits: list[TermHit],
                         lex: Lexicon) -> list[SpecialMatch]:
    """Matches whose term is a category's name ("religie", "union membership": a label's
    word, special_lexicon label_entity) in a sentence that names another category by its
    name: a list of kinds of data. A field's value stays ("Religie: islam")."""
    named = [m for m in matches if m.rule_key != "label" and norm(m.term) in lex.label_entity]
    if not named:
        return matches
    by_sentence: dict[int, set[str]] = {}
    for h in hits:
        if norm(h.term) in lex.label_entity:
            by_sentence.setdefault(_sentence_start(text, h.start), set()).add(h.entity)
    drop = {id(m) for m in named if len(by_sentence.get(_sentence_start(text, m.start), ())) > 1}
    return [m for m in matches if id(m) not in drop]


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in SENTENCE.finditer(text, max(0, pos - 300), pos)]
    return ends[-1] if ends else max(0, pos - 300)


def _as_causes(text: str, matches: list[SpecialMatch], lex: Lexicon) -> list[SpecialMatch]:
    """A health statement about someone else ("de medewerker heeft", "uitgevallen door") in
    a text about sickness or absence names the cause of it: labelled as one (cause_label)."""
    out = list(matches)
    for i, m in enumerate(matches):
        if m.entity == HEALTH_ENTITY and not m.label and m.rule_key in CAUSE_RULES \
                and not m.status and m.term not in lex.not_diagnoses \
                and m.term not in lex.not_causes \
                and not _about_oneself(text, m, lex) and not _of_another(text, m, lex) \
                and _in_sickness_context(text, m, lex):
            out[i] = replace(m, label=lex.cause_label)
    return out


PARAGRAPH_REACH = 600  # characters of a term's paragraph read either side for a sickness context


def _in_sickness_context(text: str, m: SpecialMatch, lex: Lexicon) -> bool:
    """The term's paragraph speaks of sickness or absence (not "niet ziek", "geen verzuim",
    "sick of"): the paragraph, not the text, so a call-off in one note is no cause of a term
    in another; not the line either, as a mail's lines are wrapped ("opnemen in het
    personeelsdossier: zij is thuis met\nborstkanker"). At most PARAGRAPH_REACH either side."""
    floor = max(0, m.start - PARAGRAPH_REACH)
    lo = max(floor, text.rfind("\n\n", floor, m.start))
    hi = text.find("\n\n", m.end, m.end + PARAGRAPH_REACH)
    hi = hi if hi >= 0 else min(len(text), m.end + PARAGRAPH_REACH)
    return any(not is_negated(text, c.start(), lex)
               and lex.phrases["absent_figures"].match(text, c.start()) is None
               for c in lex.phrases["sickness_context"].finditer(text, lo, hi))


def _relatives(text: str, matches: list[SpecialMatch], lex: Lexicon) -> list[SpecialMatch]:
    """A health statement a relative or a care receiver owns ("Jan is thuis, zijn moeder heeft
    kanker") labelled as theirs (relative_label), whatever field label opens its line
    ("Zorgverlof: zijn vrouw heeft borstkanker"): an absence record's every health term is
    the worker's diagnosis (policy doc_types), this one is not."""
    return [replace(m, label=lex.relative_label) if m.entity == HEALTH_ENTITY
            and _owner_in_line(text, m, lex) else m for m in matches]


OWNER_LABEL = re.compile(r"[^\S\n]*:")


def _owner_in_line(text: str, m: SpecialMatch, lex: Lexicon) -> bool:
    """The term's owner stands in its own line and is no field label: "Client: VDL Nedcar"
    above "Reason given: herniated disc" names the hiring firm of an agency worker's record,
    not whose disc it is."""
    who = owner(text, m.start, m.end, lex)
    return who is not None and "\n" not in text[who.end():m.start] \
        and OWNER_LABEL.match(text, who.end()) is None


def _of_another(text: str, m: SpecialMatch, lex: Lexicon) -> bool:
    """A care receiver or a relative before the term in its sentence owns it ("the patient
    has hepatitis", "haar moeder is ziek (kanker)"): no worker's cause (rules.toml
    not_workers)."""
    return owned_by_another(text, m.start, m.end, lex)


def find_special(text: str, language: str, record: bool = False) -> list[SpecialMatch]:
    """Every special-category statement about a person in ``text``, in text order; with
    ``record`` (a record about one person) term-only health terms too.

    >>> [(m.entity, m.term, m.rule) for m in find_special("Ik heb diabetes.", "nl")]
    [('SPECIAL_HEALTH', 'diabetes', "first person 'ik'")]
    >>> find_special("Verpleegkundige op de afdeling diabetes.", "nl")
    []
    >>> [m.rule for m in find_special("Griep, herstel verwacht.", "nl", record=True)]
    ["record about one person 'griep'"]
    """
    lex = load_lexicon(language if language in LANGUAGES else "nl")
    found = candidates(text, language)
    if record and not (any(m.rule_key == "term_only" for m in found)
                       and no_one_recorded(text, language)):
        return [in_record(m, lex.scores["record"]) for m in found if not m.status]
    return [m for m in found if m.rule_key != "term_only"]


def no_one_recorded(text: str, language: str) -> bool:
    """A text taken for a record that is about no one (a fact sheet on burn-out, an FAQ on
    absence): its health terms name kinds of illness, not this person's. Asked only of a
    record with a term-only health term (about 1 ms a text: not for every CV)."""
    return is_about_no_one(text, language if language in LANGUAGES else "nl")


def in_record(m: SpecialMatch, score: float) -> SpecialMatch:
    """A term-only match in a record about one person: a statement about that person."""
    if m.rule_key != "term_only":
        return m
    rule = m.rule.replace(RULE_NAMES["term_only"], RULE_NAMES["record"], 1)
    return replace(m, score=score, rule=rule, rule_key="record")


def _merge_adjacent(text: str, matches: list[SpecialMatch]) -> list[SpecialMatch]:
    """One finding for neighbouring terms of one category: "Koerdische afkomst",
    "veroordeeld voor diefstal", "convicted of fraud"."""
    merged: list[SpecialMatch] = []
    for m in matches:
        prev = merged[-1] if merged else None
        if prev and prev.entity == m.entity and JOINING.fullmatch(text, prev.end, m.start):
            best = prev if prev.score >= m.score else m
            merged[-1] = replace(best, start=prev.start, end=m.end,
                                 term=f"{prev.term} {m.term}", status=prev.status and m.status)
        else:
            merged.append(m)
    return merged


def with_second_opinion(text: str, matches: list[SpecialMatch],
                        language: str) -> list[SpecialMatch]:
    """The rules' matches, weighed by the learned second opinion (special_learned): a
    category it finds very unlikely dropped, one it is confident of (with a sentence that
    carries it) added, health findings marked as a sickness cause when it is confident the
    text records one; a weakly tied finding (special_learned.WEAK_LINKS) of a category it
    finds very unlikely dropped."""
    if not special_learned.USE_LEARNED or not text.strip():
        return matches
    lang = language if language in LANGUAGES else "nl"
    lex = load_lexicon(lang)
    reported = {m.entity for m in matches if m.rule_key != "term_only"}
    weak = frozenset(m.entity for m in matches if is_weakly_tied(text, m, language))
    op = second_opinion(text, {m.entity for m in matches}, reported, weak=weak)
    out = [m for m in matches if m.entity not in op.drop
           and not (m.entity in op.veto and is_weakly_tied(text, m, language))]
    # (in a text about no one, a privacy notice or a policy, the rules keep only what a
    # sentence says of one person: so for the model's word)
    no_one = bool(op.add) and is_about_no_one(text, lang)
    added = [(_learned(entity, p, ev, lex), entity, ev) for entity, p, ev in op.add]
    out += [m for m, entity, ev in added
            if not (no_one and not _names_someone(text, m, lang))
            and not _of_no_one(text, ev, lex)
            and not _read_as_another(text, entity, ev, matches)
            and not _days_listed(text, ev, lex)]
    if op.diagnosis is not None:
        out = [replace(m, label=lex.cause_label)
               if m.entity == HEALTH_ENTITY and not m.label and not m.status else m for m in out]
    if op.diagnosis is not None and op.diagnosis_evidence is not None:
        out.append(_learned(HEALTH_ENTITY, op.diagnosis, op.diagnosis_evidence, lex,
                            lex.cause_label))
    return sorted(out, key=lambda m: (m.start, m.end))


def _days_listed(text: str, ev: Evidence, lex: Lexicon) -> bool:
    """The second opinion's word is a day of the week listed with another ("Ik kan op
    vrijdag, zaterdag en zondag", "free on Saturday and Sunday"): when someone can work,
    no day of rest kept for a faith."""
    at = text.find(ev.word, ev.start, ev.end) if ev.word else -1
    if at < 0 or lex.phrases["weekdays"].fullmatch(ev.word.lower()) is None:
        return False
    lo = max(text.rfind("\n", 0, at) + 1, at - DAYS_REACH)
    hi = text.find("\n", at)
    hi = min(len(text) if hi < 0 else hi, at + len(ev.word) + DAYS_REACH)
    # (a phrase pattern matches whole words only: special_lexicon._phrase)
    return any(DAY_JOIN.fullmatch(text, min(m.end(), at + len(ev.word)), max(m.start(), at))
               for m in lex.phrases["weekdays"].finditer(text, lo, hi) if m.start() != at)


DAYS_REACH = 30  # characters around the day where the list's other days stand
# what joins two days of a list: a comma, "en", "and", "of", "or", a slash or a dash
DAY_JOIN = re.compile(r"\s*(?:,|/|-|–|&|\+)?\s*(?:(?:en|and|of|or|t/m|tot|to)\s+)?(?:op\s+|on\s+)?")


def _of_no_one(text: str, ev: Evidence, lex: Lexicon) -> bool:
    """The second opinion's evidence sentence asks about anyone ("noteren of iemand religieus
    is", "een iftar voor iedereen die wil") or quotes a few words as an example ("alleen de
    beschikbaarheid noteren (\"niet op zondag\")"): the rules rule such terms out, and the
    model's word there is no one's statement either."""
    if lex.phrases["anyone"].search(text, clause_start(text, ev.start), clause_end(text, ev.end)):
        return True
    at = text.find(ev.word, ev.start, ev.end) if ev.word else -1
    if at >= 0 and not_chosen(text, at):
        return True  # "[ ] Ja, mijn vingerafdruk mag worden opgeslagen": an option not chosen
    return at >= 0 and QUOTE_BEFORE.search(text, max(0, at - QUOTE_REACH), at) is not None and (
        QUOTE_AFTER.match(text, at + len(ev.word)) is not None)


def _read_as_another(text: str, entity: str, ev: Evidence,
                     matches: list[SpecialMatch]) -> bool:
    """A party or a union the second opinion adds where its evidence sentence holds the rules'
    membership of the other ("Active member of the Labour Party since 2015": a party; the
    model's "member ... since" weighs for a union too), or a membership the rules read of a
    church or an association ("actief lid van de Christelijke Gereformeerde Kerk": a faith;
    the model's "actief" weighs for a party): one membership, read once."""
    if entity not in MEMBERSHIPS:
        return False
    lo, hi = sentence(text, ev.start, ev.end)
    line_end = text.find("\n", ev.end)  # a record's next field is another statement
    lo = max(lo, text.rfind("\n", 0, ev.start) + 1)
    hi = min(hi, len(text) if line_end < 0 else line_end)
    return any((m.entity in MEMBERSHIPS or m.rule_key == "membership") and m.entity != entity
               and m.rule_key not in ("term_only", "learned") and lo <= m.start < hi
               for m in matches)


def is_weakly_tied(text: str, m: SpecialMatch, language: str) -> bool:
    """A finding tied to no one by words of its own (special_learned.WEAK_LINKS: data words
    around a biometric term) with no person in its sentence or field either: no name, no
    person noun, no pronoun ("Technische specialisaties: toegangscontrole en biometrie", not
    "Medewerker J. Smit: gezichtsscan vastgelegd")."""
    if m.rule_key not in special_learned.WEAK_LINKS:
        return False
    lang = language if language in LANGUAGES else "nl"
    return not link_evidence(text, m.start, m.end, lang, load_lexicon(lang)) & PERSON_EVIDENCE


def _learned(entity: str, p: float, ev: Evidence, lex: Lexicon, label: str = "") -> SpecialMatch:
    """A finding of the second opinion: its evidence sentence's strongest word."""
    return SpecialMatch(entity, ev.start, ev.end, lex.scores["learned"], ev.word,
                        f"{RULE_NAMES['learned']} '{ev.word}' (p {p:.2f})", "learned", label)


class SpecialCategoryRecognizer(EntityRecognizer):
    """Presidio wrapper of find_special, one instance per language; no NLP artifacts needed.

    Term-only health terms are returned below the threshold, with their score in a record
    about one person under metadata "record" (detect(record=True) applies it)."""

    def __init__(self, supported_language: str = "nl") -> None:
        load_lexicon(supported_language)  # fail fast on bad data
        self._name = f"SpecialCategoryRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(ENTITIES),
            name=self._name,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the lexicon loaded in __init__."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """RecognizerResults whose metadata "explanation" names the term and the rule."""
        wanted = set(entities or ENTITIES)
        found = with_second_opinion(text, candidates(text, self.supported_language),
                                    self.supported_language)
        return [self._result(m, text) for m in found if m.entity in wanted]

    def _result(self, m: SpecialMatch, text: str) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self._name, original_score=m.score, textual_explanation=m.explanation
        )
        return RecognizerResult(
            entity_type=m.entity,
            start=m.start,
            end=m.end,
            score=m.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                EXPLANATION_KEY: m.explanation,
                LABEL_KEY: m.label,
                STATUS_KEY: m.status,
                SUBJECT_KEY: m.rule_key not in KEPT_WITHOUT_SUBJECT,
                # a term-only health term in a record is about its person (unless the
                # text is about no one: detect(record=True) asks no_one_recorded), not
                # when its sentence asks ("Flu going round? Backs?": a client's question)
                **({RECORD_KEY: self._in_record(m)}
                   if m.rule_key == "term_only" and not _asked(text, m.end) else {}),
            },
        )

    def _in_record(self, m: SpecialMatch) -> tuple[float, str]:
        lex = load_lexicon(self.supported_language)
        promoted = in_record(m, lex.scores["record"])
        return promoted.score, promoted.explanation


def _asked(text: str, end: int) -> bool:
    """The term's sentence ends in a question mark: it asks, it states nothing."""
    stop = clause_end(text, end)
    return text[stop : stop + 1] == "?"

"""Which rule ties a special-category term to a person (detectors/data/special/rules.toml).

The nearest trigger before a term decides, after the exclusions: a term in a job, study,
employer or sector line ("Functie:", "verpleegkundige oncologie", "receptionist bij Moskee
Al-Fath", "ervaring in de GGZ") is about work, not about the person. A health term with no
trigger is kept as ``term_only``: below the reporting threshold, it becomes a finding only in
a record about one person (``detect(..., record=True)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from detectors.person_names import first_names, last_names
from detectors.person_places import places_nl
from detectors.spans import line_start as line_start_of
from detectors.spans import line_start_within
from detectors.special_govern import governs
from detectors.special_lexicon import LANGUAGES, Lexicon, load_lexicon
from detectors.special_rows import (
    _line,
    header_values,
    is_code,
    is_header_row,
    record_person,
    row_person,
)
from detectors.special_sentences import NUMBERED_HEADING, SENTENCE_END, sentence
from detectors.special_terms import TermHit

MAX_LABEL_WORDS = 5  # "Reden van het verzuim:"; a longer run before a colon is a sentence
AFTER = 40  # characters after a term searched for "van de kandidaat" or an occupation word
WINDOW = 80  # characters before a term searched for its trigger: about one clause
AFTER_PERSON = 25  # characters after a term searched for "ik" when none came before
NEGATION_SPAN = 25  # characters before a term searched for "geen", "never" (two words or so)
NEAR_EXCLUDE_WORDS = 3  # "klant: Stichting ..." rules a term out; a client further off does not
MAX_WORDS_TO_ORGANISATION = 6  # "hij is sinds 2019 ook lid FNV"; further off it is work talk
# a message transcript's time and speaker before the message ("[21:48] Ronald:", "03-02-2026
# 09:12 - Tom (team lead):")
TRANSCRIPT_SPEAKER = re.compile(
    r"[^\S\n]*(?:\[[^\]\n]{1,25}\]|(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[^\S\n]+)?"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[^\S\n]*[-–])?)[^\S\n]*[^\W\d_][^:\n\[\]]{0,40}:")
# a form's field line: a short label, a colon and its value ("Medewerker: Wim Dekker")
BULLET = re.compile(r"[ \t]*[-–•*][ \t]+[A-Z]")
FIELD_LINE = re.compile(r"[ \t]*[^\W\d_][^:\n]{0,40}:[ \t]*\S")
# a document's title: its first line, short, ending in no comma ("Dagrapport terminal 2");
# not a short line further on (a CV's "Mavo – Christelijk College" under its school)
TITLE_LINE = re.compile(r"\s*[^\W\d_][^\n]{0,38}[^,\s][ \t]*$")
PERSON_FIELD = re.compile(r"^[ \t]*(?:naam|name|medewerker|werknemer|kandidaat|candidate|employee)\b[^:\n]{0,20}:", re.IGNORECASE | re.MULTILINE)
# a line of a timeline: "2019 – 2021  Beleidsmedewerker, <employer>", "09/2018 - heden"
# (a year or month and year, not a full date: "2024-03-05 14:22 face match" is a log line)
TIMELINE = re.compile(r"[ \t]*[-•*]?[ \t]*(?:\d{1,2}[-/.])?(?:19|20)\d\d(?:[ \t]*[-–/][ \t]*"
                      r"(?:19|20)\d\d)?(?![-/.:]?\d)")
HEADING_LINES = 40  # lines searched upwards for the section heading a term is under
# a heading: a short line of words, maybe with a colon, no sentence
# (possessive runs of blanks: a line of a word and thousands of spaces is no backtracking)
HEADING = re.compile(r"[ \t]*+#*+[ \t]*+([^\W\d][\w'’ &/-]{2,40}?)[ \t]*+(?::[ \t]*+)?$")
# what opens a hedge right after a term (rules.toml hedges_after): a comma or a bracket
HEDGE_OPEN = re.compile(r"[ \t]*[,(][ \t]*")
# an agenda's numbered item: "4. AOB: kerstdiner", "3) Vakbond": the term is the item's topic
AGENDA_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")
AGENDA_END = re.compile(r"[ \t]*(?::|$|[-–][ \t])", re.MULTILINE)
QUANTITY = re.compile(r"(?<!\w)\d+\s?(?:x|st\.|stuks|pcs)(?!\w)", re.IGNORECASE)
# "van (ruim) 140 medewerkers", "of all our employees": whose data, a group
GROUP = re.compile(r"[^\S\n]+(?:van|voor|of|for|from)[^\S\n]+(?:(?:ruim|circa|ca\.|bijna|"
                   r"meer dan|over|about|around|nearly|more than|de|het|the)[^\S\n]+)?"
                   r"(?:\d+|alle|all|onze|our|alle \w+|all our)[^\S\n]+([\w'’]+)", re.IGNORECASE)
# "(identify) workers by face scan", "medewerkers met hun vingerafdruk": a group's way in
GROUP_BY = re.compile(r"([\w'’]+)[^\S\n]+(?:by|with|via|using|through|met|door|per)"
                      r"[^\S\n]+(?:(?:their|hun|a|een|de|het|the)[^\S\n]+)?$", re.IGNORECASE)
COUNTED = re.compile(r"(?<![\w.,/-])\d{1,4}[^\S\n]+$")  # "9 fingerprint readers": a count of devices
SHORT_VALUE = 3  # words after a term opening a field's value: a value, not a sentence
IDIOM_REACH = 25  # characters before a term searched for the phrase it ends
ENTITLED_WORDS = 2  # "recht op betaald zwangerschapsverlof": a right to it
MAX_WORDS_BETWEEN = 2  # "Ramadan vast ik", "lesbienne zet ik": the verb, maybe one more word
# "De werknemer die lid is van een vakbond heeft recht op ...": a rule about whoever is one
# (a contract, a cao), not a statement about one person.
# A pronoun before a comma or a full stop points back and opens nothing: "Apart from that, I
# am ..." (stop 64).
RELATIVE = re.compile(r"\s+(?:die|who|that)\b(?![ \t]*[,.;:!?])", re.IGNORECASE)
# "als chauffeur voor de FNV", "as a driver for the": a job at the organisation named next.
JOB_AT = re.compile(r"\b(?:als|as)\s+(?:an?\s+)?([\w-]+)\s+(?:bij|voor|van|in|at|for|with)"
                    r"\s+(?:de|het|the)?\s*$", re.IGNORECASE)
# a job of one to three words and the place it is done at, right before the term
JOB_IN = re.compile(r"\b(?:als|as)\s+(?:an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:bij|in|op|"
                    r"at|on)\s+(?:de|het|een|the|a|an)?\s*$", re.IGNORECASE)
# the verbs of working, in either language (WORK_VERB, WORK_AT)
_WORK_VERBS = r"werk|werkt|werkte|werkten|werken|gewerkt|werkzaam|work|works|worked|working|employed"
WORK_VERB = re.compile(rf"\b(?:{_WORK_VERBS}|stage|stagiair|intern|in dienst)\b", re.IGNORECASE)
# "ik werk sinds 2019 bij de", "I would love to work for": an employer named next (a party,
# a union, a church as an employer is no membership; "werk bij" alone is an exclude trigger)
WORK_AT = re.compile(rf"(?<!\w)(?:{_WORK_VERBS}|solliciteer|solliciteerde)(?:[^\S\n]+[\w-]+){{0,3}}"
                     r"[^\S\n]+(?:bij|voor|at|for)[^\S\n]+(?:(?:de|het|the)[^\S\n]+)?$",
                     re.IGNORECASE)
# "aangifte van mishandeling door Jan de Vries", "tegen dhr. Vos": the accused, by name; so
# too after the report's verb ("aangifte van oplichting gedaan tegen Jan de Vries", "a report
# for assault filed against Mr Vos": not "gedaan door", the one who reported)
# (the words before the name are the trigger: the explanation that names it goes into the
# report and the index, the name itself never does)
BY_NAME = re.compile(r"[\s,]*((?:door|tegen|by|against|(?:gedaan|ingediend|filed|made|lodged)"
                     r"\s+(?:tegen|against))(?:\s+(?:de heer|mevrouw|dhr\.?|mw\.?|"
                     r"mr\.?|mrs\.?|ms\.?))?)\s+[A-Z][a-zà-ÿ]+")
# A possessive after a preposition right before the term, maybe with one word between:
# "De klant vroeg naar zijn Marokkaanse achtergrond", "about her faith" (the person's; "zijn"
# alone is also "to be": "Zij zijn katholiek").
POSSESSIVE_BEFORE = re.compile(r"(?<!\w)(?:naar|over|om|met|van|vanwege|wegens|op|door|voor|"
                               r"about|of|for|with|on|regarding)\s+(zijn|haar|his|her)\s+"
                               r"(?!(?:een|de|het|a|an|the)\s)(?:[\w-]+\s+)?$", re.IGNORECASE)
# the term names an inline field whose value is a no: "| Zwangerschap gerelateerd: nee |",
# "Arbeidsongeval (letsel): nee", "Criminal record: none"
FIELD_NO = re.compile(r"[^\S\n]*(?:[\w-]+[^\S\n]*){0,2}(?:\([^)\n]{0,20}\))?[^\S\n]*:[^\S\n]*"
                      r"(?:nee|no|geen|none|nvt|n\.v\.t\.?|n/a|-)(?![\w-])", re.IGNORECASE)
# (stop 43) a questionnaire's line answered at its end, past a leader or a wide gap (or one
# space before an option pair): no ("koorts met keelpijn ........ ja / NEE", the answer chosen
# in capitals; "Jaundice .... no"), or yes ("Diarrhoea and/or vomiting .... YES (Sat-Sun)")


def _line_answered(pair: str, chosen: str, note: str = "") -> re.Pattern[str]:
    return re.compile(rf"[^\n]{{0,70}}?(?:[ \t]*\.{{3,}}|[ \t]{{2,}}|[ \t](?={pair}))[ \t]*"
                      rf"(?:{chosen}){note}[ \t]*(?=\n|\Z)")


LINE_NO = _line_answered(r"ja[ \t]*/|yes[ \t]*/",
                         r"ja[ \t]*/[ \t]*NEE|yes[ \t]*/[ \t]*NO|(?i:nee|no|neen)")
LINE_YES = _line_answered(r"JA[ \t]*/|YES[ \t]*/",
                          r"JA[ \t]*/[ \t]*nee|YES[ \t]*/[ \t]*no|(?i:ja|yes)",
                          r"(?:[ \t]*\([^()\n]{0,40}\))?")
# (stop 43) a biometric method offered beside another means of clocking in or entering: "klokt
# in met badge of vingerafdruk", "fingerprint or PIN": a rule's options, no one's template
_MEANS = (r"(?:badge|pas|pasje|toegangspas|personeelspas|card|pincode|pin|code|sleutel|key|"
          r"keycard|token|app|QR-code|QR)")
_OR = r"(?:of|or|en/of|and/or|/)"  # one way or another
MEANS_BEFORE = re.compile(rf"(?i:{_MEANS})[ \t]+{_OR}[ \t]+(?:een[ \t]+|a[ \t]+)?$")
MEANS_AFTER = re.compile(rf"[ \t]*{_OR}[ \t]+(?:een[ \t]+|a[ \t]+)?(?i:{_MEANS})\b")
# two biometric ways joined: "irisscan of vingerafdruk", "face or iris scan"
_SCAN_WORD = r"[\w-]*(?:scan|afdruk|herkenning|print|recognition)"
SCAN_CHOICE_BEFORE = re.compile(rf"(?i:{_SCAN_WORD})[ \t]+{_OR}[ \t]+\Z")
SCAN_CHOICE_AFTER = re.compile(rf"[ \t]+{_OR}[ \t]+(?i:{_SCAN_WORD})\b")
# the term one option of a question answered no: "Oorzaak (zwanger/ongeval/...)? nee"
OPTION_NO = re.compile(r"[^()\n]{0,40}\)[^\S\n]*[?:][^\S\n]*(?:nee|no|geen|none|nvt|n\.v\.t\.?|"
                       r"n/a|-)(?![\w-])", re.IGNORECASE)
# a share right after the term: "LHBTIQ+ (eigen opgave): 6%", "Muslim: 9 %", "diabetes 4,5%": a
# figure about a group (a survey, a report), no one's data; not after a biometric term
SHARE = re.compile(r"\+?[^\S\n]*(?:\([^()\n]{0,40}\))?[^\S\n]*[:=]?[^\S\n]*\d{1,3}(?:[.,]\d+)?"
                   r"[^\S\n]?(?:%|procent|percent)", re.IGNORECASE)
# a field answered yes: "Vingerafdruk geregistreerd: ja", "Fingerprint enrolled: yes"
YES = re.compile(r"[^\S\n]*(?:ja|yes|x|✓|✔)\b(?![^\S\n]*[:/])", re.IGNORECASE)
# "als"/"as a" right before an identity: who the clause's person is ("as a gay man, I",
# "Als moslima draag ik"), never a job ("als chauffeur" names no such term)
AS_A = re.compile(r"(?<!\w)(?:as an?|als)\s+$", re.IGNORECASE)
# (and with one adjective of pride or openness between: "as a proud gay man", "als trotse
# moslima", "as an openly gay nurse")
AS_A_PROUD = re.compile(r"(?<!\w)(?:as an?|als(?: een)?)\s+(?:proud|openly|out|trotse|trots|"
                        r"openlijk|openlijke)\s+$", re.IGNORECASE)
# the writer and a partner as a couple of one orientation: "As a gay couple we ...", "wij
# zijn een lesbisch stel"
OUR_COUPLE = re.compile(r"[^\S\n]+(?:couple|stel|koppel|echtpaar)\b", re.IGNORECASE)
WE = re.compile(r"(?<!\w)(?:we|wij|us)(?!\w)", re.IGNORECASE)
ORIENTATION = "SPECIAL_SEXUAL_ORIENTATION"
IDENTITIES = (ORIENTATION, "SPECIAL_ETHNICITY", "SPECIAL_RELIGION")
# a word and a note in brackets right before a term: "Nigerian (Yoruba) descent"
BRACKETED = re.compile(r"([\w-]+)[^\S\n]*\([^()\n]{1,40}\)[^\S\n]*$")
ETHNICITY = "SPECIAL_ETHNICITY"
TRADE_UNION = "SPECIAL_TRADE_UNION"
LEAD_SPACE = re.compile(r"[^\S\n]*")  # the blanks after a term, before the word that follows
# whose word a field's value is, after the label's own words: "Oorzaak volgens medewerker:",
# "Reden (eigen opgave):", "Cause according to employee:"
LABEL_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|\b(?:volgens|according to|as per|per)\b.*)$")
# a field's number among its like ("Locatie 1:", "Werkgever 2:", "Employer #3:", "Klant nr. b:");
# a lone letter without "nr"/"#" is often the name's own ("hepatitis b", "vitamine d", "type
# a"): _bare_label strips it only from a field the lexicon knows ("Locatie B:")
LABEL_ENUMERATION = re.compile(r"\s+(?:(?:nr\.?\s*|no\.?\s*|#\s*)?\d{1,3}"
                               r"|(?:nr\.?\s*|no\.?\s*|#\s*)[a-z])\.?$")
LABEL_LETTER = re.compile(r"\s+[a-z]\.?$")
# the lexicon's lists of field labels: a label without its lone letter that one holds is
# that field, numbered
KNOWN_LABELS = ("exclude_labels", "person_labels", "health_term_labels", "addressee_labels",
                "origin_labels")
# quotation marks around a term and nothing else: the word mentioned, not used ("alleen de
# beschikbaarheid noteren (\"niet op zondag\")")
FIELD_VALUE = re.compile(r"[:=][^\S\n]*$")
# (double quotes and guillemets only: a single quote or apostrophe also brackets an aside,
# "Sanne meldt zich ziek ('migraine')", and ends a clipped word)
QUOTES = frozenset("\"“”„«»")
# "mijn vakbond", "his union": the person's own union
OWN_KIND = re.compile(r"(?<!\w)(?:mijn|m'n|zijn|haar|my|his|her)\s+$", re.IGNORECASE)
# an unticked option right before a term: "[ ] zwangerschap", "☐ Religie", "( ) FNV"
UNCHECKED = re.compile(r"(?:\[\s\]|\(\s\)|☐|□)[^\S\n]*$")
CHECKED = re.compile(r"(?:\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑)[^\S\n]*$")
BOX = re.compile(r"\[\s\]|\(\s\)|☐|□")  # an option's empty box, anywhere
TICKED = re.compile(r"\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑")
# the last box before a term on its line is ticked: "[x] ja, Surinaams-Hindoestaans", "☒ Islam"
TICKED_OPTION = re.compile(r"(?:\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑)[^\[\]☐□☒☑\n]{0,40}$")
TICKED_REACH = 43  # TICKED_OPTION's longest match: a box of three characters, 40 after it
# the term asked about in a question answered with a ticked yes: "Heeft u een
# migratieachtergrond?  [x] ja  [ ] nee" (the form's person says so)
ASKED_YES = re.compile(r"[^\n?]{0,80}\?\s{0,20}(?:\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑)[^\S\n]*"
                       r"(?:ja|yes)\b", re.IGNORECASE)
# "niet op Joodse feestdagen", "not on Jewish holidays": a day the person keeps free (a
# practice of the faith), not a denial of it
ON_A_DAY = re.compile(r"(?:\s+[\w-]+)?\s+(?:op|tijdens|rond|on|during|over)\s", re.IGNORECASE)
# "als"/"as" is "if" where it opens a clause: at its start or after a comma or a conjunction
OPENS_CLAUSE = re.compile(r"^[\s\d.)•*–-]*$|(?:[,(:;]|\b(?:en|of|maar|dus|want|and|or|but|so))"
                          r"\s*$", re.IGNORECASE)
# the word after a term, also the word that completes a truncated compound ("vingerafdruk- en
# gezichtsherkenningslezers": two readers)
NEXT_WORD = re.compile(r"(?:-[^\S\n]*(?:en|of|and|or|&)[^\S\n]+|-/|/|-)?[^\S\n]*([\w-]+)")
# what may stand between a label and the term that opens its value: quotes, a bracket, the
# first half of a compound ("Notitie: Surinaams-Javaans, ...")
VALUE_OPENING = re.compile(r"[\s\"'(-]*(?:[A-Z][a-zà-ÿ]+-)?")
POSSESSIVE = re.compile(r"['’]s\b")
# an indefinite noun, its age, "met"/"with" and an article or one adjective: "een jongen
# van 14 met", "a man of 70 with severe"
SOMEONE_WITH = re.compile(
    r"(?<!\w)(?:een|a|an)\s+([^\W\d]+)(?:\s+(?:van|of)\s+\d{1,2}(?:\s+(?:jaar|years?"
    r"(?:\s+old)?))?)?\s+(?:met|with)\s+(?:(?:een|a|an|ernstige|zware|lichte|severe|mild)\s+)*\Z",
    re.IGNORECASE)
SOMEONE_REACH = 60  # characters before the term read for SOMEONE_WITH
# "lid van een vakbond", "member of a union": a kind of organisation, not a named one
INDEFINITE = re.compile(r"\b(?:een|a|an|any|enige)\s+\S*\s*$", re.IGNORECASE)
ROLE_BEFORE = re.compile(r"([\w'’]+)[ \t-]+$")
CAPITALISED = re.compile(r"[A-Z][\w'’-]*|[A-Z]{2,}\b")
HEALTH, BIOMETRIC, CRIMINAL = "SPECIAL_HEALTH", "SPECIAL_BIOMETRIC", "SPECIAL_CRIMINAL"
RELIGION = "SPECIAL_RELIGION"
# Categories whose terms name employers ("Moskee Al-Fath", "CNV Vakmensen", "SP-fractie");
# an ethnic adjective before a capitalised noun is no name ("Koerdische Nederlander").
ORGANISATIONS = ("SPECIAL_RELIGION", "SPECIAL_TRADE_UNION", "SPECIAL_POLITICS")
# the verdicts that make a community's body ("moskeebestuur", "parish council") someone's: a
# membership or a field of theirs; a person near it may be its client or employee
COMMUNITY_KEYS = ("membership", "label", "row")
# an organisation's categories a CV's own section may hold (special_sections)
OWN_SECTION_ENTITIES = frozenset({*ORGANISATIONS, ORIENTATION})
MEMBERSHIPS = ("SPECIAL_POLITICS", "SPECIAL_TRADE_UNION")
# after an article a party's or union's branch is the organisation, no one's role ("de
# FNV-afdeling Zorg zoekt een medewerker"); without one it is a line of someone's memberships
# ("Nevenfuncties: CDA-afdeling Zwolle")
BRANCHES = frozenset({"afdeling", "branch"})
PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "he", "she", "him", "her", "his"})
ANYONE_WORDS = frozenset({"je", "jij", "u", "een", "iemand", "men", "de", "het", "you", "a",
                          "an", "someone", "the"})
A_AN = frozenset({"a", "an", "een"})  # an indefinite article
ARTICLES = frozenset({"de", "het", "een", "the", "a", "an", "alle", "elke", "all", "any"})
ANYONE = "anyone"  # _trigger: a clause about anyone ("Als een medewerker ...", "Bij ...")
UNLINKED = "unlinked"  # a rule key: no trigger, no exclusion (special_link decides)
WORK = "work"  # _trigger: a person far from a party or union: talk about work, not open


@dataclass(frozen=True)
class Verdict:
    """The rule that ties a term to its person, and the field label the term sits under."""

    key: str  # a RULE_NAMES key
    trigger: str  # the words that fired it, for the explanation
    label: str  # "oorzaak", "reden uitval", or "" outside a "Label: value" line
    # no trigger and no exclusion: whether the term is about someone is left to the
    # sentence and the document around it (special_link)
    open: bool = False


def is_negated(text: str, pos: int, lex: Lexicon) -> bool:
    """A negation at most two words before ``pos``: "geen lid", "niet naar de"."""
    return lex.negated.search(text[max(0, pos - NEGATION_SPAN) : pos]) is not None


def _negated_in_any(text: str, pos: int) -> bool:
    """A negation of either language before ``pos``: a form's ticked line is short and its
    language guessed from few words ("[x] PIN code set (no biometrics)" in a Dutch file)."""
    return any(is_negated(text, pos, load_lexicon(lang)) for lang in LANGUAGES)


# the items of a list between a negation and a term: "geen diagnose, " / "no diagnosis, history
# or " (short items, no sentence mark); the closer ("of", "or": rules.toml list_closers) is
# the language's own, found by the caller
LIST_ITEMS = re.compile(r"[^\S\n]+[^,.;:!?\n]{1,40}(?:,[^\S\n]*[^,.;:!?\n]{1,40}){0,3}"
                        r"(?:,[^\S\n]*|[^\S\n]+(?P<closer>[^\W\d_]+)[^\S\n]+)")
# after a term in the list's middle: at most two more words of its item, then more items
# and the closer, or the closer at once ("medicatie of", "history, or")
LIST_CLOSE = (r"(?:[^\S\n]+[\w-]+){{0,2}}?(?:,[^\S\n]*[^,.;:!?\n]{{1,40}}?){{0,3}}?"
              r",?[^\S\n]+(?:{closers})[^\S\n]")
LIST_REACH = 120  # characters before a term searched for the negation that opens its list


def in_negated_list(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The term is an item of a list that a determiner negation opens (rules.toml
    list_openers): "de arts vermeldt geen diagnose, medicatie of voorgeschiedenis", "no
    diagnosis, medication or history is recorded". An item in the middle needs the list
    closed right after it ("of", "or": list_closers): "geen klachten, migraine speelt op" is
    no list. "not", "never" deny a verb, not the items after it ("I did not work because of
    burn-out"); a contrast or a cause ends the list ("geen idee waarom, maar mijn epilepsie":
    list_breaks).

    >>> from detectors.special_lexicon import load_lexicon
    >>> t = "Hier staat geen diagnose, medicatie of voorgeschiedenis."
    >>> in_negated_list(t, t.index("medicatie"), t.index(" of"), load_lexicon("nl"))
    True
    """
    lo = max(clause_start(text, start), start - LIST_REACH)
    openers = list(lex.phrases["list_openers"].finditer(text, lo, start))
    if not openers:
        return False
    items = LIST_ITEMS.fullmatch(text, openers[-1].end(), start)
    closers = lex.phrases["list_closers"]
    if items is None or lex.phrases["list_breaks"].search(items.group()) is not None:
        return False
    if items.group("closer") is not None:
        return closers.fullmatch(items.group("closer")) is not None
    close = _list_close(closers.pattern).match(text, end)
    return close is not None and lex.phrases["list_breaks"].search(close.group()) is None


@cache
def _list_close(closers: str) -> re.Pattern[str]:
    return re.compile(LIST_CLOSE.format(closers=closers), re.IGNORECASE)


def norm(phrase: str) -> str:
    """Lower case, whitespace collapsed.

    >>> norm("Medische  Gegevens")
    'medische gegevens'
    """
    return re.sub(r"\s+", " ", phrase.lower()).strip()


def clause_start(text: str, start: int) -> int:
    """Start of the sentence (or WINDOW) holding position ``start``. A form's field line
    ("Medewerker: Wim Dekker", "Ingevuld door: Lisa (preventie)") ends where its line does
    when the next line opens a sentence with a capital, though no mark ends it: its label
    and value are no words of that sentence ("Wim is slechthorend"); nor is a transcript
    line's time and speaker ("[21:48] Ronald: Marco is ...").

    >>> text = "Medewerker: Wim Dekker\\nWim is slechthorend"
    >>> text[clause_start(text, text.index("slecht")):]
    'Wim is slechthorend'
    >>> text = "[21:48] Ronald: Marco is ziek, zijn hernia"
    >>> text[clause_start(text, text.index("hernia")):]
    ' Marco is ziek, zijn hernia'
    >>> text = "Vrijwilliger (collecte)\\nLid van de CDA"
    >>> text[clause_start(text, text.index("CDA")):]
    'Lid van de CDA'
    >>> text = "Toelichting: Sven heeft\\nepilepsie"
    >>> text[clause_start(text, text.index("epi")):]
    'Toelichting: Sven heeft\\nepilepsie'
    """
    lo = max(0, start - WINDOW)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    newline = text.rfind("\n", lo, start)
    if newline >= 0 and BULLET.match(text, newline + 1) is not None:
        lo = newline + 1  # a list item opening with a capital: its own clause ("- Kees heeft")
    elif newline >= 0 and (text[newline + 1 : newline + 2].isupper() or _DATED_ROW.match(
            text, newline + 1) is not None) and (
            FIELD_LINE.match(text, line_start_of(text, newline), newline)
            or _title_before(text, newline)
            or NUMBERED_HEADING.match(text, line_start_of(text, newline), newline)
            or text[max(lo, newline - 8) : newline].rstrip(" \t")[-1:] in (")", "]")):
        # (a line closed by a bracket is a list's item: "Vrijwilliger bij het Diabetesfonds
        # (collecte)" over "Bestuurslid jongerenafdeling van de CDA")
        lo = newline + 1
    # the term's line's speaker, though no mark ended the line before ("Groepsapp\n[21:48]")
    speaker = TRANSCRIPT_SPEAKER.match(text, max(lo, line_start_of(text, start)), start)
    return speaker.end() if speaker is not None else lo


# (stop 68) a CV's or a record's row that opens with its year, as a capital opens a sentence
# ("2018 – 2021   Secretary, ..." under "... (temp)")
_DATED_ROW = re.compile(r"[ \t]*(?:\d{1,2}[-/.])?(?:19|20)\d{2}\b")


def _title_before(text: str, newline: int) -> bool:
    """Whether the text up to ``newline`` is its title line (TITLE_LINE): read from the
    text's first non-blank character, found once per text, not from 0 on every call (a text
    opening with much whitespace made clause_start quadratic)."""
    first = _first_nonblank(text)
    return first < newline and TITLE_LINE.match(text, first, newline) is not None


@lru_cache(maxsize=4)
def _first_nonblank(text: str) -> int:
    m = NONBLANK.search(text)
    return m.start() if m else len(text)


NONBLANK = re.compile(r"\S")


# a coordinator or a comma after a term: where a clause about the term ends ("naar de kerk
# en daarna naar de kerstmarkt", "vrijdaggebed, dus kan iemand ...")
COORDINATOR = re.compile(r",|\b(?:en|dus|maar|want|daarna|and|so|but|then)\b", re.IGNORECASE)


def own_clause_end(text: str, end: int) -> int:
    """The clause's end after a term, or the first comma or coordinator before it."""
    hi = clause_end(text, end)
    m = COORDINATOR.search(text, end, hi)
    return m.start() if m else hi


def clause_end(text: str, end: int) -> int:
    m = SENTENCE_END.search(text, end, min(len(text), end + WINDOW))
    return m.start() if m else min(len(text), end + WINDOW)


def line_label(text: str, start: int, lex: Lexicon,
               wrapped: bool = False) -> tuple[str, int] | None:
    """(label, end of label) when the term's line opens with "Label:" in the same sentence;
    ``wrapped``: or the line above does and its value wraps onto the term's line (a field
    that ties a term to a person; an occupation's or employer's label rules out only what
    its own line holds: "vorige werkgever: ... zij was\\ndaar kaderlid van FNV")."""
    m, stop = _line_opening(text, start, lex)
    if m is None and wrapped:
        m, stop = _wrapped_opening(text, start, lex)
    if m is None or stop <= start:
        return None
    if text[m.end() : m.end() + 1].isdigit():
        return None  # a clock time, no label: "loopt om 14:02 binnen"
    if len(m.group(1).split()) > MAX_LABEL_WORDS or any(
            lex.trigger_kind[norm(t.group())] == "first_person"
            for t in lex.triggers.finditer(m.group(1))):
        return None  # a sentence that opens a list: "Ik ben joods en houd de sabbat: ..."
    name = _bare_label(norm(m.group(1)), lex)
    if m.group().endswith(".") and not _known_label(name, lex):
        name = _known_head(name, lex)  # "Criminal record Poland (KRK) ....."
    return name, m.end()


def _known_head(name: str, lex: Lexicon) -> str:
    """A dot-leader label's known field without the word or two that qualify it
    ("criminal record poland" is the field "criminal record"), or the name as read."""
    words = name.split()
    for cut in (1, 2):
        if len(words) > cut and _known_label(head := " ".join(words[:-cut]), lex):
            return head
    return name


def _wrapped_opening(text: str, start: int, lex: Lexicon) -> tuple[re.Match[str] | None, int]:
    """The label of the line above when the term's line goes on with its value: it opens
    in lower case and no sentence ends between that label and the term ("Restriction: no
    climbing above 20 m for 3\\nmonths, following arthroscopic rotator cuff repair").

    >>> from detectors.special_lexicon import load_lexicon
    >>> text = "Beperking: niet klimmen tot\\nmaart, na een knieoperatie"
    >>> _wrapped_opening(text, text.index("knie"), load_lexicon("nl"))[0].group(1)
    'Beperking'
    >>> text = "Beperking: niet klimmen.\\nmaart, na een knieoperatie"
    >>> _wrapped_opening(text, text.index("knie"), load_lexicon("nl"))[0] is None
    True
    """
    lo, _ = _line(text, start)
    first = start - len(text[lo:start].lstrip(" \t"))
    if lo == 0 or not text[first : first + 1].islower():
        return None, 0
    m, _ = _line_opening(text, lo - 1, lex)
    if m is None or SENTENCE_END.search(text, m.end(), start) is not None:
        return None, 0
    return m, start + 1


@lru_cache(maxsize=4)  # keyed by the text: the chunk being judged
def _openings(text: str) -> dict[tuple[int, int], tuple[re.Match[str] | None, int]]:
    return {}


def _line_opening(text: str, start: int, lex: Lexicon) -> tuple[re.Match[str] | None, int]:
    """The label match at the start of the line of ``start`` and where the first sentence
    end after it ends (past the line: none on it), read once per line: a line of thousands
    of terms ("Reden: migraine, migraine, ...") never searches from its label to each."""
    lo, hi = _line(text, start)
    key = (id(lex), lo)  # a Lexicon is compiled once per language and lives as long
    cache = _openings(text)
    if key not in cache:
        m = lex.any_label.match(text, lo, len(text))
        # a SENTENCE_END match is two characters, so the first one on the line is the one
        # any term after it sees
        end = None if m is None else SENTENCE_END.search(text, m.end(), hi)
        cache[key] = (m, hi + 1 if end is None else end.end())
    return cache[key]


def _bare_label(name: str, lex: Lexicon | None = None) -> str:
    """A label without the qualifier of whose word it is: "oorzaak volgens medewerker" and
    "reden (eigen opgave)" are the fields "oorzaak" and "reden".

    A number or letter that enumerates the field is no part of its name either: "locatie 2",
    "employer #1", "klant nr. b" are the fields "locatie", "employer", "klant"; a lone letter
    only after "nr"/"#" or on a field ``lex`` knows ("locatie b"), since "hepatitis b" and
    "vitamine d" are names.

    >>> _bare_label("oorzaak volgens medewerker")
    'oorzaak'
    >>> _bare_label("locatie 2")
    'locatie'
    >>> _bare_label("hepatitis b")
    'hepatitis b'
    """
    bare = LABEL_QUALIFIER.sub("", name) or name
    bare = LABEL_ENUMERATION.sub("", bare) or bare
    stem = LABEL_LETTER.sub("", bare)
    if stem and stem != bare and lex is not None and _known_label(stem, lex):
        return stem  # "locatie b": a known field, lettered
    return bare


def _known_label(name: str, lex: Lexicon) -> bool:
    """A field the lexicon names: a category's label or one of its lists of labels."""
    return name in lex.label_entity or name == lex.cause_label or is_work_label(name, lex) \
        or any(lex.phrases[k].fullmatch(name) for k in KNOWN_LABELS)


def judge(text: str, hit: TermHit, lex: Lexicon) -> Verdict | None:
    """The verdict on one term, or None when it is not about a person (or excluded)."""
    if hit.entity in ORGANISATIONS and is_code(text, hit.end):
        return None  # "SP-204113": a code in a column, not the party
    if not_chosen(text, hit.start):
        return None  # "[ ] zwangerschap": an option of a form no one ticked
    if _asked_unanswered(text, hit):
        return None  # "Heb je een chronische ziekte?  [ ] ja  [ ] nee": asked, not answered
    if hit.entity == CRIMINAL and _thing_stolen(text, hit, lex):
        return None  # "laptop gestolen uit auto", "list of stolen documents [x]": a loss
    if hit.entity == HEALTH and lex.phrases["supply_nouns"].match(
            text, _SUPPLY_GAP.match(text, hit.end).end()):
        return None  # "the insulin vials we counted", "insuline-voorraad": stock
    if hit.entity == CRIMINAL and _arrest_made(text, hit, lex):
        return None  # "ik heb hem met een collega aangehouden": a guard's work
    if hit.entity == CRIMINAL and _at_an_event(text, hit, lex):
        return None  # "bij een aanhouding van de trap gevallen": where he was, no one's offence
    if _everyday(text, hit, lex):
        return None  # "Het werk is haar goed bevallen": she liked it
    if in_group_figures(text, hit.start):
        return None  # "Geloofsovertuiging (aantal): islam, ...": a group's figures
    if FIELD_NO.match(text, hit.end) or OPTION_NO.match(text, hit.end) or LINE_NO.match(
            text, hit.end):
        return None  # "Zwangerschap gerelateerd: nee", "Criminal record: none": a field, no
    if hit.entity == BIOMETRIC and (MEANS_BEFORE.search(text, max(0, hit.start - 40),
                                                     hit.start) or MEANS_AFTER.match(text, hit.end)):
        return None  # "met badge of vingerafdruk": one of the ways in, no one's template
    if hit.entity == HEALTH and LINE_YES.match(text, hit.end):
        return Verdict("label", "'ja'", "")  # a questionnaire's line the person answered yes
    if _mentioned(text, hit, lex):
        return None  # ("niet op zondag"): the words themselves, an example, no one's
    if hit.entity == HEALTH and _setting(text, hit, lex):
        return None  # "state | disabled" in a user export: an account's state
    if hit.entity == TRADE_UNION and "bond" in hit.term and lex.phrases["sport_words"].search(
            text, clause_start(text, hit.start), clause_end(text, hit.end)):
        return None  # "lid van de bond en speelt in de eredivisie": a sports federation
    if hit.entity == ETHNICITY and lex.phrases["language_use"].match(
            text, LEAD_SPACE.match(text, hit.end).end()):
        return None  # "Ik ben Turks aan het leren": a language, no one's origin
    if hit.entity == ETHNICITY and _in_language_list(text, hit, lex):
        return None  # "spreekt Turks, Koerdisch en Engels": the languages someone speaks
    if SHARE.match(text, hit.end) and hit.entity != BIOMETRIC:
        return None  # "LHBTIQ+ (eigen opgave): 6%": a share of a group ("gezichtsmatch 98%"
        # is a match score of one person's face)
    if hit.entity in MEMBERSHIPS and POSSESSIVE.match(text, hit.end):
        return None  # "FNV's training programme": the organisation's, not a membership
    if (TICKED_OPTION.search(text, line_start_within(text, hit.start, TICKED_REACH), hit.start)
            or ASKED_YES.match(text, hit.end)) and not _negated_in_any(text, hit.start):
        # a ticked option of a form about one person ("[x] geen diabetes": a no, judged on)
        return Verdict("label", "'[x]'", "")
    if header_values(text, hit.start, lambda v: _said(v, lex)):
        return Verdict("row", "'column'", "")  # "naam;inhouding_vakbond" over "Jansen;14,20"
    if is_header_row(text, hit.start):
        return None  # a column's name; its cells are judged in their own chunk
    if hit.entity == CRIMINAL and (reason := _reason_label(text, hit)) is not None:
        return Verdict("label", f"'{reason}:'", reason)  # "Reden volgens Justis: veroordeling"
    if _entitled(text, hit, lex):
        # "Werknemer heeft recht op zwangerschapsverlof": a right, anyone's who needs it
        return Verdict("term_only", f"'{hit.term}'", "") if hit.entity == HEALTH else None
    if hit.entity in OWN_SECTION_ENTITIES and not _club_named(text, hit, lex) and (
            section := _own_section(text, hit, lex)):
        return Verdict("label", f"'{section}:'", section)  # "Nevenfuncties\n- Ouderling ..."
    verdict = _judge(text, hit, lex)
    if verdict is not None and verdict.key == "term_only" and hit.entity == HEALTH and (
            (why := _break_entry(text, hit, lex)) is not None):
        return Verdict("label", f"'{why}'", "")  # "2022-2023 Loopbaanonderbreking: burn-out"
    if verdict is not None and (hit.term in lex.community_terms or hit.term in (
            lex.section_terms) or names_a_place(text, hit, lex)) and (
            verdict.key not in COMMUNITY_KEYS) and not _own_body(text, hit, lex, verdict):
        # "Ik deed de boekhouding van een moskeevereniging": a client; "Parochie Sint-Jan,
        # Kerkstraat 1": an address; "lid van de parochie" stays a membership
        return None
    if hit.entity == HEALTH and verdict is not None and verdict.key == "term_only" and (
            not hit.status and (row_person(text, hit.start, hit.end) or record_person(
                text, hit.start, lex.phrases["record_name_labels"]))):
        # "Jansen, F. | zwangerschapsverlof"; "Naam: F. Jansen⏎Verlof: zwangerschapsverlof"
        return Verdict("row", "'row'", verdict.label)
    if (verdict is not None and verdict.key != UNLINKED) or hit.entity == HEALTH:
        return verdict  # health has its own field labels and records
    # a table row or a form field about one person (MEMBERSHIPS need a person label there)
    if row_person(text, hit.start, hit.end) and _trigger(text, hit, lex) in (None, ANYONE, WORK):
        return Verdict("row", "'row'", "")  # "Jansen, P. | 10-04 | Suikerfeest | vrij"
    label = _value_start(text, hit, lex)
    if label is not None and _trigger(text, hit, lex, hit.start) in (None, ANYONE, WORK):
        return Verdict("label", f"'{label}:'", label)  # "Reden (verlof): Suikerfeest"
    return verdict  # None, or left open to the sentence around it (UNLINKED)


def _reason_label(text: str, hit: TermHit) -> str | None:
    """special_reasons.reason_label: a conviction in a reason field's value."""
    from detectors.special_reasons import reason_label

    return reason_label(text, hit.start, hit.term)


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def names_a_place(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """The term is a denomination's word before a place of worship ("a Pentecostal church",
    "de Hervormde kerk"): it names the body, a community as a client's or an employer's may
    be (_own_body)."""
    after = _NEXT_WORD.match(text, hit.end)
    return after is not None and lex.phrases["religious_places"].fullmatch(
        after.group(1).lower()) is not None


def _own_body(text: str, hit: TermHit, lex: Lexicon, verdict: Verdict) -> bool:
    """A first person governs a community's body in its clause with no work for it between
    ("Sinds 2018 zit ik in het moskeebestuur", "I am a member of my local congregation"):
    theirs. Not a client's or an employer's ("de boekhouding van een moskeevereniging als
    zzp'er": client_work, or an indefinite body: one of a kind)."""
    if verdict.key != "first_person":
        return False
    lo, hi = clause_start(text, hit.start), own_clause_end(text, hit.end)
    return (lex.phrases["client_work"].search(text, lo, hi) is None
            and INDEFINITE.search(text, max(lo, hit.start - 30), hit.start) is None)


def _own_section(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """special_sections.own_section (it reads this module's labels and headings)."""
    from detectors.special_sections import own_section

    return own_section(text, hit, lex)


def _break_entry(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """special_sections.break_entry."""
    from detectors.special_sections import break_entry

    return break_entry(text, hit, lex)


def _mentioned(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """The term alone between quotation marks in a sentence with no person trigger: a word
    mentioned, not said of someone (a field's quoted value stays one: '"religie": "islam"',
    'Geloof = "katholiek"'; 'reden afwezigheid "zwanger", zij komt ...' is hers)."""
    if not (hit.start > 0 and text[hit.start - 1] in QUOTES
            and text[hit.end : hit.end + 1] in QUOTES and text[hit.end : hit.end + 1] != ""
            and FIELD_VALUE.search(text, max(0, hit.start - 4), hit.start - 1) is None):
        return False
    lo, hi = clause_start(text, hit.start), clause_end(text, hit.end)
    # (a name alone does not: a chat's speaker asks "noteer alleen (\"niet op zondag\")")
    persons = ("first_person", "third_person", "membership")
    return not any(lex.trigger_kind[norm(t.group())] in persons
                   for t in lex.triggers.finditer(text, lo, hi))


def _everyday(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """The term ends an everyday phrase (rules.toml everyday_idioms): "goed bevallen"."""
    before = text[max(0, hit.start - IDIOM_REACH) : hit.end]
    return any(m.end() == len(before) and (m.start() == 0 or not before[m.start() - 1].isalnum())
               for m in lex.phrases["everyday_idioms"].finditer(before))


def _entitled(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A right to the term right before it, at most ENTITLED_WORDS words between: "heeft
    recht op zwangerschapsverlof", "entitled to paid sick leave"."""
    lo = clause_start(text, hit.start)
    found = [m for m in lex.phrases["entitlements"].finditer(text, lo, hit.start)
             if (m.start() == 0 or not text[m.start() - 1].isalnum())]
    return bool(found) and len(text[found[-1].end() : hit.start].split()) <= ENTITLED_WORDS


def _value_start(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """The field label when the term opens a field's value ("Toelichting HR: joods, houdt
    sabbat"; a table cell read as "kolom: waarde"): a value about the form's or the row's
    person. Not under a work, study or topic label ("Onderwerp: religie"), not a name of the
    category itself ("Religie: ..." names the field, not a belief), not a negation."""
    if hit.entity in (*MEMBERSHIPS, BIOMETRIC) or lex.phrases["religious_places"].fullmatch(
            hit.term):
        return None  # "Klant: FNV", "Type: biometrisch": an organisation or a product
    label = line_label(text, hit.start, lex)
    if label is None or hit.start < label[1] or (
            not VALUE_OPENING.fullmatch(text, label[1], hit.start)
            and not CHECKED.search(text, max(label[1], hit.start - 8), hit.start)):
        return None  # a value that opens with the term, or a ticked option: "[x] Suikerfeest"
    name = label[0]
    if is_work_label(name, lex) or norm(hit.term) in lex.label_entity:
        return None
    if lex.phrases["decision_values"].fullmatch(norm(hit.term)):
        return None  # "Instemmingsaanvraag roosters: aangehouden": postponed, no arrest
    if is_negated(text, hit.start, lex) or (hit.entity in ORGANISATIONS and _in_name(text, hit)):
        return None
    if not any(lex.phrases["person_labels"].fullmatch(w) for w in name.split()) and len(
            text[hit.end : clause_end(text, hit.end)].split()) > SHORT_VALUE and (
            PERSON_FIELD.search(text) is None):
        return None  # "Aanvraag X: aangehouden tot ...": a sentence under a label that is no
        # note about someone ("Notities recruiter:"), in a text with no "Naam:" field (no
        # form about someone), is about what it says
    return name


def _hedged(text: str, end: int, lex: Lexicon) -> bool:
    """A hedge right after a term, past a comma or a bracket (rules.toml hedges_after: "if
    any", "indien van toepassing"): whatever there may be, nothing stated."""
    opened = HEDGE_OPEN.match(text, end)
    return opened is not None and lex.phrases["hedges_after"].match(
        text, opened.end()) is not None


def is_work_label(name: str, lex: Lexicon) -> bool:
    """A job, study, employer or skills label, also by its head, the last word of a longer
    label ("Technische vaardigheden", "Relevant experience", "Eerdere werkgevers")."""
    name = name.replace("_", " ")  # an export's column, "functie_wens"
    return lex.phrases["exclude_labels"].fullmatch(name) is not None or (
        " " in name and lex.phrases["work_label_heads"].fullmatch(name.rsplit(" ", 1)[1])
        is not None)


def in_work_section(text: str, start: int, lex: Lexicon) -> bool:
    """The term is on a CV's timeline line ("2019 – 2021  Beleidsmedewerker, <a party>") or
    in its work, study or skills section ("Werkervaring", "Opleiding", "Skills"): a line
    there names employers, sectors, schools and know-how."""
    line_start = line_start_of(text, start)
    if TIMELINE.match(text, line_start, start):
        return True
    if line_start > 0 and text.startswith(("  ", "\t"), line_start):
        above = line_start_of(text, line_start - 1)
        if TIMELINE.match(text, above, line_start - 1):
            return True  # the timeline entry's indented second line ("2021 - 2023  Medewerker
            # facilitair, bureau van een⏎              politieke jongerenorganisatie (DWARS)")
    end = line_start - 1
    for _ in range(HEADING_LINES):
        if end <= 0:
            return False
        head = line_start_of(text, end)
        m = HEADING.match(text, head, end)
        if m is not None and (m.group(1)[0].isupper() or text[head:end].strip().endswith(":")):
            return is_work_label(m.group(1).strip().lower(), lex)
        end = head - 1
    return False


def in_group_figures(text: str, at: int) -> bool:
    """``at`` stands in the value of a label noted as a group's figure (GROUP_NOTE): a term
    there, or a label's whole value (special_category._label_values)."""
    start = line_start_of(text, at)
    colon = text.rfind(":", start, at)
    return colon >= 0 and GROUP_NOTE.search(text, start, colon) is not None


# a note between a label and its colon that makes the value a group's figure: a ranking, a
# count of people, a share ("Herkomst (top 3):", "Religie (n=40):", "Afkomst (%):")
# (in brackets right before the colon: "Doorbetaling 100% (reden: ...)" is one person's)
GROUP_NOTE = re.compile(r"(?i)\([^()\n]{0,20}?(?:\btop[ -]?\d+\b|\bn[ ]?=[ ]?\d+|%|"
                        r"\b(?:aantal|number|count)\b)[^()\n]{0,20}\)[ \t]*\Z")


def _judge(text: str, hit: TermHit, lex: Lexicon) -> Verdict | None:
    label = line_label(text, hit.start, lex)
    if label is not None and lex.phrases["injury_labels"].fullmatch(label[0]) and not (
            _names_injured(text, lex.phrases["injured_person_labels"])):
        label = None  # "Letsel: brandwonden ... behandelen" in a course: anyone's injuries
    if label is not None and lex.phrases["instruction_labels"].match(label[0]):
        label = None  # "Herken hitte-uitputting: hoofdpijn, ...": a condition's signs, anyone's
    hazard = hit.entity == HEALTH and lex.phrases["hazard_terms"].search(hit.term) is not None
    if hazard and _guarded(text, hit, lex):
        return None  # "kans op elektrocutie", "om een hitteberoerte te voorkomen": a risk
    if hazard and label is not None and lex.phrases["generic_labels"].fullmatch(label[0]):
        label = None  # "Note: a positive result for cannabis means ...": a manual's, anyone's
    name = label[0] if label else ""
    if hit.entity in MEMBERSHIPS and AGENDA_NUMBER.fullmatch(
            text, line_start_of(text, hit.start), hit.start) and AGENDA_END.match(text, hit.end):
        # "4. AOB: kerstdiner" (any other business), "3. FNV: cao": an item's topic (not a
        # numbered list of diagnoses, "1. Diabetes")
        return None
    if hit.entity == HEALTH and (_acronym_in_name(text, hit) or _health_org(text, hit, lex)):
        return None  # "IBS Al Ghazali" (a school), "MS Fonds": a name, no one's condition
    if hit.entity in ORGANISATIONS and _office_after(text, hit, lex):
        return None  # "the SP head office", "het CDA-kantoor": where someone works
    if _institution_described(text, hit, lex):
        return None  # "at a deaf theatre company", "for a Christian broadcaster": its kind
    if label is not None and hit.start > label[1] and lex.phrases["topic_labels"].fullmatch(name):
        return None  # "Topic: fatigue, sleep apnoea and medication": a meeting's subject
    if label is not None and hit.start < label[1]:
        # the term is a word of the label itself ("Lidmaatschap vakbond:"), unless the label
        # says biometric data of this person is held ("Vingerafdruk geregistreerd: ja")
        if hit.entity == BIOMETRIC and _held(text, label[1], lex):
            return Verdict("biometric_data", f"'{name}:'", name)
        if hit.statement and _has_value(text, label[1], lex):
            return Verdict("statement", f"'{name}:'", name)  # "Vakbondscontributie: 14,20"
        if hit.entity == HEALTH and LABEL_OF_WORKER.search(name) and _has_value(
                text, label[1], lex):
            return Verdict("label", f"'{name}:'", name)  # "Hepatitis B-vaccinatie medewerker: ja"
        return None
    if label is not None and hit.entity == ETHNICITY and hit.statement and lex.phrases[
            "origin_labels"].fullmatch(name) and not any(lex.phrases[k].search(
            text, label[1], hit.start) for k in ("group_nouns", "origin_others", "relatives")):
        # "Nationaliteit: Nederlandse, van Eritrese afkomst": an origin said beside the
        # passport (a nationality alone, "Nationaliteit: Marokkaans", is none)
        return Verdict("label", f"'{name}:'", name)
    if label is not None and is_work_label(name, lex):
        return None  # "Functie:", "Werkgever:", "Opleiding:"
    if label is not None and hit.entity in ORGANISATIONS and lex.phrases[
            "addressee_labels"].fullmatch(name):
        return None  # "Aan: FNV afdeling Zorg": whom a letter is sent to
    if label is not None and (
        lex.labels.match(text, line_start_of(text, hit.start))
        or (hit.entity == HEALTH and lex.phrases["health_term_labels"].fullmatch(name))
        or _names_category(name, hit.entity, lex)
    ):
        return Verdict("label", f"'{name}:'", name)
    if _hedged(text, hit.end, lex):
        return None  # "a record, if any": whatever there may be
    negation = lex.negated.search(text[max(0, hit.start - NEGATION_SPAN) : hit.start])
    if negation is not None and not (hit.entity == RELIGION and ON_A_DAY.match(
            negation.group(), len(negation.group().split()[0]))):
        return None  # "geen strafblad", "never convicted", "niet gelovig": a denial
    if in_negated_list(text, hit.start, hit.end, lex):
        return None  # "vermeldt geen diagnose, medicatie of voorgeschiedenis": all denied
    trigger = _trigger(text, hit, lex, label[1] if label else 0)
    open_ = trigger is None
    trigger = None if trigger == WORK else trigger
    if trigger == "excluded" and hit.entity == HEALTH:
        # "De bedrijfsarts constateert een burn-out": the job words that rule a term out on
        # a CV name the doctor in a record, where every health term is about the employee
        return Verdict("term_only", f"'{hit.term}'", name)
    if trigger == "excluded":
        return None
    if hit.entity == BIOMETRIC:
        # "Bij aanmelding wordt de vingerafdruk opgeslagen": data held, whoever it is of
        return _biometric(text, hit, lex, None if trigger == ANYONE else trigger, name,
                          stated=trigger != ANYONE)
    if trigger == ANYONE:
        # "Als de medewerker zwanger is, ...": about anyone, so never a statement
        return Verdict("term_only", f"'{hit.term}'", name) if hit.entity == HEALTH else None
    if isinstance(trigger, tuple) and trigger[0] in ("first_person", "third_person") and (
            hit.entity in (*IDENTITIES, CRIMINAL) and plural_of_person(
            text[hit.start : hit.end].lower(), hit.term)):
        # "Als vrijwilliger begeleid ik moslims", "I supported gay men", "zorg ik voor de
        # gedetineerden": a group
        return None
    if isinstance(trigger, tuple) and trigger[0] in ("first_person", "third_person") and (
            hit.term in lex.kind_words and not OWN_KIND.search(text, max(0, hit.start - 12),
                                                              hit.start)):
        return None  # "Het werk van een vakbond spreekt mij aan": the kind, no one's union
    if trigger is not None:
        return Verdict(trigger[0], f"'{trigger[1]}'", name)
    if hit.entity == HEALTH:
        return Verdict("term_only", f"'{hit.term}'", name, open_)
    if hit.statement and not _after_article(text, hit) and not _members_in_general(text, hit):
        if hit.entity not in MEMBERSHIPS and in_work_section(text, hit.start, lex):
            # "Experience: ... clients with an ankle monitor (enkelband)": work; a party or
            # union role there is held ("Fractievoorzitter <party>")
            return None
        return Verdict("statement", f"'{hit.term}'", name)  # "vakbondslid", "Turkse afkomst"
    if label is not None and lex.phrases["person_labels"].fullmatch(name) and not (
            hit.entity in ORGANISATIONS and _in_name(text, hit)) and not _bare_place(
            text, hit, lex):
        return Verdict("label", f"'{name}:'", name)  # "Reden verlof: Suikerfeest"
    if open_ and (joined := _bracketed_statement(text, hit, lex)) is not None:
        return Verdict("statement", f"'{joined}'", name)  # "of Nigerian (Yoruba) descent"
    # "de werkgever vergoedt de vakbondscontributie": the thing, no one's, unless the
    # sentence around it points at someone (special_link)
    return Verdict(UNLINKED, f"'{hit.term}'", name, True) if open_ else None


# (stop 73) an organisation opening a reported clause: its subject ("meldt dat de FNV", "said
# that the union")
THAT_SUBJECT = re.compile(r"\b(?:dat|that)[^\S\n]+(?:(?:de|het|the)[^\S\n]+)?"
                          r"(?:[A-Z][\w-]*[^\S\n]+(?:en|and|of|or)[^\S\n]+)?\Z")
# (stop 73) a field of one worker's own: "Hepatitis B-vaccinatie medewerker:", "Allergy
# employee:" (not "medewerkers", everyone's)
LABEL_OF_WORKER = re.compile(r"\b(?:medewerker|werknemer|uitzendkracht|kandidaat|employee|"
                             r"worker|candidate)\b", re.IGNORECASE)
# (stop 73) a biometric term's next word (not a compound's first part,
# "log-in")
WORD_AFTER = re.compile(r"[^\S\n]+(\w+)(?![\w-])")
NEXT_WORDS = re.compile(r"[^\S\n]*[\w'’&-]+")  # a word after a term, and its blank
INSTITUTION_WORDS = 2  # words after the term read for the institution it describes
BRACKET_BEFORE = re.compile(r"[\w.]\s*\(\s*\Z")  # "Stichting Kompas (": a name, then its kind
CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[^\S\n]+\Z")  # "Northgate ": a name's word


def _institution_described(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """An indefinite article, the term and an institution's head within two words after
    it, on one line: the kind of a school, a broadcaster or a theatre company someone worked
    at or studied in ("at a deaf theatre company", "bij een christelijke omroep"), no one's
    category; not where care is received ("admitted to a dementia care unit"). So too an
    employer's kind in brackets after its name ("Horizon Clinic (addiction care)") and a
    name that ends in the head ("Northgate Dementia Care"): a sector, no one's condition."""
    after = "".join(m.group() for _, m in zip(range(INSTITUTION_WORDS),
                                               NEXT_WORDS.finditer(text, hit.end)))
    if "\n" in after or (head := lex.phrases["institution_heads"].search(after)) is None:
        return False
    if not (_after_article(text, hit, A_AN)
            or BRACKET_BEFORE.search(text, max(0, hit.start - 4), hit.start)
            or (text[hit.start].isupper() and head.group()[:1].isupper()
                and CAPITALISED_BEFORE.search(text, max(0, hit.start - 40), hit.start))):
        return False
    lo = clause_start(text, hit.start)
    return lex.phrases["care_received"].search(text, lo, hit.start) is None


def _bare_place(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A place of worship with no office, membership or possessive on its line ("Sing alto
    in the choir of the Nieuwe Kerk", "vrijwilliger bij de moskee"): where something is
    done, as a CV's own sections read it (special_sections), no one's faith."""
    if not all(lex.phrases["religious_places"].fullmatch(w) for w in hit.term.split()):
        return False
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return not lex.phrases["place_roles"].search(text, start, len(text) if end < 0 else end)


def _bracketed_statement(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """A modifier and a statement head with a note in brackets between them: "of Nigerian
    (Yoruba) descent", "van Surinaamse (Hindostaanse) afkomst" state an origin as the two
    words together do."""
    m = BRACKETED.search(text, max(0, hit.start - 60), hit.start)
    if m is None or hit.entity != ETHNICITY:
        return None
    joined = f"{m.group(1)} {text[hit.start : hit.end]}"
    found = lex.matcher.find(joined)
    return joined.lower() if any(h.statement and h.entity == hit.entity and h.start == 0
                                 and h.end == len(joined) for h in found) else None


def _organisation_member(text: str, lo: int, last: re.Match[str], hit: TermHit,
                         lex: Lexicon) -> bool:
    """A "wij"/"we" membership in a sentence where an organisation speaks of itself ("ons
    bedrijf", "our nursery"): the firm's affiliation, not a person's membership."""
    subject = re.findall(r"\w+", text[lo : last.start()].lower())
    return bool({"wij", "we"} & set(subject[-4:])) and lex.phrases[
        "organisation_voice"].search(text, lo, clause_end(text, hit.end)) is not None


GROUP_OPENERS = frozenset({"alle", "all", "dat", "that", "of", "if", "whether"})


def _members_in_general(text: str, hit: TermHit) -> bool:
    """A plural membership opening its clause or after "alle"/"all": members in general
    ("Union members are entitled to ...", "Alle vakbondsleden krijgen"), no one's membership
    ("Beide vakbondsleden waren aanwezig" names two people)."""
    if hit.entity not in MEMBERSHIPS or not plural_of_person(text[hit.start : hit.end].lower(), hit.term):
        return False
    before = text[clause_start(text, hit.start) : hit.start].lower().split()
    # (stop 63) or after a conjunction or an article that opens a clause about them: "agreed
    # that union stewards can hold office hours", "vraagt of de kaderleden reiskosten krijgen"
    return not before or before[-1] in GROUP_OPENERS or (
        len(before) > 1 and before[-1] in ("de", "the") and before[-2] in GROUP_OPENERS)


def _after_article(text: str, hit: TermHit, articles: frozenset[str] = ARTICLES) -> bool:
    """An article right before the term: a thing in general, not an entry about someone."""
    before = text[max(0, hit.start - 8) : hit.start].lower().split()
    return bool(before) and before[-1] in articles


def _names_category(label: str, entity: str, lex: Lexicon) -> bool:
    """The field label itself names the category ("Vakbondscontributie:", "Criminal
    record:"): a term of that category in its value is stated about the record's person."""
    return any(h.entity == entity for h in lex.matcher.find(label))


def _trigger(
    text: str, hit: TermHit, lex: Lexicon, after_label: int = 0
) -> tuple[str, str] | str | None:
    """(rule key, trigger words) of the nearest trigger after the field label, "excluded",
    or None ("Notitie casemanager: burn-out": the label names no one's job)."""
    lo = max(clause_start(text, hit.start), after_label)
    if _quoted_example(text, hit.start, lex):
        return ANYONE  # 'e.g. "cancelling because of her chemo"': what not to write, no one's
    if hit.entity not in (HEALTH, *MEMBERSHIPS) and (
            own := POSSESSIVE_BEFORE.search(text, max(lo, hit.start - 40), hit.start)):
        return "third_person", norm(own.group(1))  # "vroeg naar zijn Marokkaanse achtergrond"
    if hit.entity in IDENTITIES and (AS_A.search(text, max(lo, hit.start - 12), hit.start) or (
            AS_A_PROUD.search(text, max(lo, hit.start - 24), hit.start))) and (
            (first := _first_person_in(text, lo, clause_end(text, hit.end), lex)) is not None):
        return "first_person", first  # "I volunteer at the helpline as a gay man": who I am
    if hit.entity == ORIENTATION and (couple := OUR_COUPLE.match(text, hit.end)) is not None and (
            WE.search(text, lo, clause_end(text, hit.end))):
        return "first_person", couple.group().strip()  # "As a gay couple we would rather ..."
    if hit.entity == CRIMINAL and _in_name(text, hit):
        return "excluded"  # "Noordhaven Security & Detention B.V.": a firm's name
    last = _last_trigger(text, hit, lex, lo)
    after = min(len(text), hit.end + AFTER)
    kind = None if last is None else lex.trigger_kind[norm(last.group())]
    if kind == "first_person" and last is not None and (
            lex.phrases["relative_openers"].search(text, last.end(), hit.start)
            or _knowing_after(text, last, hit, lex, lo)):
        # "Ik werkte in een buurthuis waar de bezoekers Divali vieren", "I saw how quickly
        # a stroke ...": theirs, anyone's
        last = kind = None
    if last is not None and kind in ("cause", "membership") and lex.negated_trigger.search(
            text, max(0, last.start() - NEGATION_SPAN), last.start()):
        return "excluded"  # "vraag niet naar de diagnose", "geen lid van": a denial
    if kind == "membership" and last is not None and _organisation_member(text, lo, last, hit,
                                                                           lex):
        return "excluded"  # "Wij zijn aangesloten bij ... en ons bedrijf is": the firm's
    if kind == "membership" and hit.entity == HEALTH and last is not None and (
            lex.phrases["office_memberships"].fullmatch(last.group())):
        return None  # (stop 71) "penningmeester van de Reumavereniging": for a cause, the
        # holder's own only where the rest of the text says so
    if kind == "membership" and last is not None and lex.phrases["membership_nouns"].fullmatch(
            last.group()) and not _person_before(text, lo, last.start(), lex) and not (
            OWN_KIND.search(text, max(0, last.start() - 12), last.start())):
        return None  # "Lidmaatschap van de vakbond vragen wij niet uit": no one's yet
    if kind == "first_person" and last is not None and _to_the_reader(text, last, hit, lex):
        return ANYONE  # "Send me an e-mail when you are back at work": the reader, anyone
    if kind == "first_person" and last is not None and _case_put(text, last, hit, lex):
        return ANYONE  # "Can I use it while pregnant?": a leaflet's reader puts a case
    # "lid van D66-afdeling Utrecht", "Lid CNV Zorg": a membership is one, whatever follows
    member = kind == "membership" or (hit.statement and last is None)
    if kind == "exclude_before" and hit.entity in MEMBERSHIPS and last is not None and \
            lex.phrases["party_work"].fullmatch(last.group()) and (
            _person_before(text, lo, last.start(), lex) or _named_between(text, last.end(), hit, lex)):
        return "membership", norm(last.group())  # "Ze doet vrijwilligerswerk voor de PVV"
    if kind == "exclude_before" and hit.entity == CRIMINAL and (
            of := lex.of_person.match(text, hit.end, after) or BY_NAME.match(text, hit.end, after)
    ) is not None:
        return "third_person", norm(of.group(1))  # "aangifte van diefstal door de kandidaat"
    if kind == "exclude_before" and hit.entity == CRIMINAL and (
            refused := _first_cause(text, lo, hit.start, lex)) is not None:
        return "cause", norm(refused.group())  # "VOG geweigerd door Justis vanwege een ..."
    if hit.entity in ORGANISATIONS and kind != "membership" and WORK_AT.search(
            text, max(lo, hit.start - 60), hit.start):
        return "excluded"  # "Ik werk graag voor FNV Afdeling Metaal": the employer
    # "De CDA-fractie stelde vragen", "adviseur voor de VVD-fractie": the party, no one's role
    nobody = last is None and lex.named_subject.match(text, lo, hit.start) is None
    role = None if kind == "exclude_before" or (nobody and _after_article(text, hit)) \
        else _role_after(text, hit, lex, after) or _role_before(text, hit, lex)
    if role is not None:
        return "membership", role  # "GroenLinks-PvdA raadslid", "Labour Party ward councillor"
    if kind == "exclude_before" or (not member and lex.exclude_after.match(text, hit.end, after)):
        return "excluded"
    if _not_about_person(text, hit, lex, lo, last, kind):
        return "excluded"
    if last is not None and kind == "third_person" and (
            _conditional(text, lo, last.end(), lex)  # "Een uitzendkracht kan zijn ..."
            or (hit.entity != HEALTH and RELATIVE.match(text, last.end(), hit.start))
            or _group_holds(text, last, lex)  # "collega's met een chronische ziekte"
            or _asks_about_group(text, last.end(), hit.start)
            or _generic_antecedent(text, last)
            or PLACEHOLDER.match(text, last.end()) is not None):
        return ANYONE  # "Als de medewerker zwanger is, ...": anyone, not one person
    if last is not None and kind == "first_person" and _someone_with(text, last, hit, lex):
        return ANYONE  # "ik coach een jongen met ADHD": his, no one known
    if last is not None:
        key = str(kind)
        if key != "membership" and hit.entity in (*ORGANISATIONS, ORIENTATION) and _in_name(
                text, hit) and not _denomination_before(text, hit, lex):
            return "excluded"  # "lunches of the Gay Business Network": a body's name
        if hit.entity == HEALTH and norm(last.group()) in PRONOUNS and _worker_before(
                text, lo, last.start(), lex):
            return "excluded"  # "De bedrijfsarts adviseert; hij bespreekt je beperkingen"
        if hit.entity == RELIGION and lex.phrases["on_behalf"].fullmatch(last.group()) and (
                _in_name(text, hit)):
            return "excluded"  # "namens de Hervormde Gemeente": the writer's office  # "receptionist bij Moskee Al-Fath": an employer, not a belief
        if key == "third_person" and hit.entity in MEMBERSHIPS and len(
                text[last.end() : hit.start].split()) > MAX_WORDS_TO_ORGANISATION:
            # "supported employee representatives in trade union talks": work; a pronoun far
            # before ("Zij vertelde in het gesprek dat ... de PVV") is left to special_link
            return None if norm(last.group()) in PRONOUNS else WORK
        return key, norm(last.group())
    if (of := lex.of_person.match(text, hit.end, after)) is not None:
        return "third_person", norm(of.group(1))
    named = lex.named_subject.match(text, lo, hit.start) or lex.inverted_subject.search(
        text, lo, hit.start) or _named_after_colon(text, lo, hit.start, lex)
    if named is not None and hit.entity in ORGANISATIONS and THAT_SUBJECT.search(
            text, max(lo, hit.start - 30), hit.start):
        named = None  # "Wim zegt dat CNV en FNV ... raadplegen": the bodies act, no one's member
    if named is not None and lex.phrases["relative_openers"].search(text, named.end(), hit.start):
        named = None  # "in Utrecht waar veel bezoekers het Suikerfeest vieren": theirs
    if named is not None and not (hit.entity == BIOMETRIC and _product_name(named.group(1))) \
            and not _asks_whoever(text, named.end(), hit.start, lex) \
            and not _asks_about_group(text, named.end(1), hit.start) \
            and not one_of_a_group(text, named.end(1), hit.start):
        # not "Ilse wil weten wie er met Divali vrij wil": she asks about whoever; nor "R.
        # Pinas vraagt of beladers een hepatitis B-vaccinatie kunnen krijgen": about them
        return "third_person", named.group(1)
    cond = _conditional(text, lo, hit.start, lex)
    if cond is not None and not _as_a(text, cond, hit):
        return ANYONE  # "Bij zwangerschap heeft de medewerker recht op ...": anyone
    if lex.phrases["anyone"].search(text, lo, own_clause_end(text, hit.end)):
        return ANYONE  # "noteren of iemand religieus is", "een iftar voor iedereen die wil"
    return _trigger_after(text, hit, lex)


def _someone_with(text: str, last: re.Match[str], hit: TermHit, lex: Lexicon) -> bool:
    """An indefinite noun with "met"/"with" right before the term, after the writer's
    trigger ("ik begeleid een jongen van 12 met autisme", "I support a woman with
    dementia"): someone else's condition; not the writer's own ("ik ben een vrouw met
    diabetes": rules.toml self_links between) nor a relative's ("een zoon met autisme":
    kin)."""
    near = SOMEONE_WITH.search(text, max(last.end(), hit.start - SOMEONE_REACH), hit.start)
    if near is None or lex.phrases["kin"].fullmatch(near.group(1)):
        return False
    return lex.phrases["self_links"].search(text, last.end(), near.start()) is None


def _named_after_colon(text: str, lo: int, start: int, lex: Lexicon) -> re.Match[str] | None:
    """A name and its verb opening what follows the clause's last colon: "Bijzonderheden
    die de werkgever moet weten (optioneel): Ilyas heeft astma" (a long label no field
    rule reads)."""
    colon = text.rfind(": ", lo, start)
    return None if colon < 0 else lex.named_subject.match(text, colon + 1, start)


HAZARD_GAP = 3  # words between a risk word and its hazard: "risk of a serious electric shock"


def _guarded(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A hazard after a word of risk or prevention a few words before it in its clause ("kans
    op elektrocutie", "wear gloves to prevent a chemical burn"), or before "te voorkomen" in
    its own clause ("om een hitteberoerte of zonnesteek te voorkomen")."""
    lo = clause_start(text, hit.start)
    if any(len(text[m.end() : hit.start].split()) <= HAZARD_GAP
           for m in lex.phrases["hazard_guards"].finditer(text, lo, hit.start)):
        return True
    return lex.phrases["hazard_guards_after"].search(
        text, hit.end, own_clause_end(text, hit.end)) is not None


@lru_cache(maxsize=4)
def _names_injured(text: str, labels: re.Pattern[str]) -> bool:
    """Whether a field line names the person a report is about ("Slachtoffer: Bram Kuiper",
    "Injured worker: ..."): only then is an injury field's term that person's injury.

    >>> import re
    >>> labels = re.compile("slachtoffer", re.IGNORECASE)
    >>> _names_injured("Melding\\nSlachtoffer: Bram Kuiper\\nLetsel: kneuzing", labels)
    True
    >>> _names_injured("Cursus EHBO\\nLetsel: brandwonden behandelen", labels)
    False
    """
    return re.search(r"(?im)^[^\S\n]*(?:" + labels.pattern + r")[^\S\n]*:[^\S\n]*[^\W\d_]",
                     text) is not None


# a comma or a joining word: a clause after it is no longer the one before
CLAUSE_JOIN = re.compile(r"[,;]|\b(?:en|omdat|want|maar|dus|and|because|but|so)\b",
                         re.IGNORECASE)


def _asks_whoever(text: str, subject_end: int, start: int, lex: Lexicon) -> bool:
    """Whether the subject's own clause asks about whoever, with the term in that question
    ("Ilse vraagt wie er met Divali vrij wil"); not a question joined on after a clause of
    the subject's own ("Piet heeft diabetes en wil weten wie er zijn insuline ...") nor a
    term after the question's clause ("wil weten wie er invalt omdat hij een hernia heeft").

    >>> import re
    >>> lex = type("L", (), {"phrases": {"anyone": re.compile("wie er")}})()
    >>> t = "Ilse vraagt wie er met Divali vrij wil"
    >>> _asks_whoever(t, 4, t.index("Divali"), lex)
    True
    >>> t = "Sara is moslim en vroeg wie er met het Suikerfeest vrij wil"
    >>> _asks_whoever(t, 4, t.index("Suiker"), lex)
    False
    """
    return any(CLAUSE_JOIN.search(text, subject_end, m.start()) is None
               and CLAUSE_JOIN.search(text, m.end(), start) is None
               for m in lex.phrases["anyone"].finditer(text, subject_end, start))


def _asks_about_group(text: str, subject_end: int, start: int) -> bool:
    """The subject asks, in its own clause, about a group named by a plural before the term
    ("vraagt of beladers ... kunnen krijgen") or by the term's own plural word ("vraagt of de
    kaderleden reiskosten krijgen"), not about itself."""
    word_end = WORD_END.match(text, start)
    group = ASKS_ABOUT_GROUP.search(text, subject_end, word_end.end() if word_end else start)
    return group is not None and CLAUSE_JOIN.search(text, subject_end, group.start()) is None \
        and CLAUSE_JOIN.search(text, group.end(), start) is None


def one_of_a_group(text: str, subject_end: int, start: int) -> bool:
    """The subject reports, in a clause of its own, what happened to one of a group ("Sanne
    zei dat een van de uitzendkrachten ...", "Tom said that one of the drivers had ..."):
    an unnamed member's, not the teller's."""
    group = ONE_OF_A_GROUP.search(text, subject_end, start)
    return group is not None and CLAUSE_JOIN.search(text, group.end(), start) is None


# (stop 78) "dat een van de uitzendkrachten", "that one of our drivers", "that two of the
# temps": a clause whose subject is some members of a group, not one known person
ONE_OF_A_GROUP = re.compile(
    r"\b(?:dat|that)\s+(?:een|één|one|twee|two|drie|three|enkele|sommige|some|a\s+few|"
    r"several)\s+(?:van|of)\s+(?:de|onze|hun|jullie|the|our|their|your)\s+\w+",
    re.IGNORECASE)


# An indirect question about a group of people, a plural of a person noun ("vraagt of
# beladers", "vroeg of alle chauffeurs", "asked whether drivers"): about them, not the asker
ASKS_ABOUT_GROUP = re.compile(
    r"\b(?:vraagt|vroeg|vragen|vroegen|asks|asked|wil\s+weten|wilde\s+weten|wants\s+to\s+know|"
    r"wanted\s+to\s+know|informeert|checkt|checks|checked)\s+(?:of|whether|if)\s+(?:(?:alle|de|onze|"
    r"all|the|our)\s+)?[\w-]+(?:ers|eurs|sters|ists|isten|ants|anten|en's|'s|leden|members|"
    r"representatives)\b", re.IGNORECASE)
WORD_END = re.compile(r"[\w'’-]*")  # the rest of the word a term opens or stands in


def _product_name(subject: str) -> bool:
    """One capitalised word that is no gazetteer first name opening a clause about a biometric
    trait: a product or a supplier ("Nexa herkent gezichten", "Axis uses face recognition"),
    not a person ("Sanne klokt in met haar vingerafdruk", "De Vries is geregistreerd")."""
    words = subject.split()
    return len(words) == 1 and words[0] not in first_names() and not words[0].isupper() and (
        words[0] not in last_names())


def _to_the_reader(text: str, last: re.Match[str], hit: TermHit, lex: Lexicon) -> bool:
    """The writer as an object ("mail mij", "let me know") and a second person after it,
    before the term: an instruction about the reader ("... als je weer beter bent")."""
    if lex.phrases["object_first_person"].fullmatch(last.group()) is None:
        return False
    return any((m.start() == 0 or not text[m.start() - 1].isalnum())
               and not text[m.end() : m.end() + 1].isalnum()
               for m in lex.phrases["second_person"].finditer(text, last.end(), hit.start))


def _case_put(text: str, last: re.Match[str], hit: TermHit, lex: Lexicon) -> bool:
    """A question opened by a modal and the writer ("Can I", "Mag ik"), the term in its
    hypothetical part and the question mark closing it: "Can I use it while pregnant?", "Mag
    ik dit gebruiken als ik zwanger ben?" (rules.toml question_modals, bare_ and
    conditional_hypotheticals); not "Can I work less now that I am pregnant?"."""
    if _QUESTION_END.match(text, hit.end) is None:
        return False
    opening = _OPENING.match(text, sentence(text, last.start(), last.end())[0], last.end())
    if opening is None or lex.phrases["question_modals"].fullmatch(opening.group(1)) is None \
            or lex.trigger_kind.get(norm(opening.group(2))) != "first_person":
        return False
    between = text[opening.end() : hit.start].rstrip()
    return any(m.end() == len(between) for m in lex.phrases["bare_hypotheticals"].finditer(
        between)) or lex.phrases["conditional_hypotheticals"].search(between) is not None


# a question's first two words, after a label ("Q: Can I", "Vraag: Mag ik")
_OPENING = re.compile(r"[ \t]*(?:\w+:[ \t]*)?(\w+)[ \t]+(\w+)\b")
# the rest of the question: no sentence end or line break before its "?"
_QUESTION_END = re.compile(r"[^.!?\n]{0,120}\?")
_WORD_REST = re.compile(r"[\w'’]*")


# (stop 67) The pronouns for everyone, the antecedent of a "hij" or "zijn" after them in
# their sentence ("iedereen mag zelf weten of hij de middagpauze voor het gebed gebruikt",
# "everyone takes his break when he likes"); not "elke dag", "each week": a time, no one; nor after a
# preposition, an object ("said it before the whole team, he ..."; "voor iedereen")
EVERYONE = re.compile(r"(?<!of )(?<!for )(?<!to )(?<!with )(?<!by )(?<!voor )(?<!met )"
                      r"(?<!bij )(?<!aan )(?<!van )(?<!naar )(?<!tegen )"
                      r"\b(?:iedereen|eenieder|everyone|everybody|anyone|anybody)\b",
                      re.IGNORECASE)


def _knowing_after(text: str, last: re.Match[str], hit: TermHit, lex: Lexicon, lo: int) -> bool:
    """What the first person ``last`` learned or saw opens the term's clause ("I learned how
    fast ...", "leerde ik hoe snel ..."; rules.toml knowing_openers): the opener holds the
    trigger or follows it."""
    found = lex.phrases["knowing_openers"].search(text, max(lo, last.start() - 16), hit.start)
    return found is not None and found.end() > last.start()


# (stop 77) a placeholder after the trigger's form of address or noun, as a training case or
# a template writes ('"Mr. Z", 58', "patiënt X belt"): no one identifiable. X, Y and Z only:
# "mevrouw K." is someone's initial, kept short
PLACEHOLDER = re.compile(r"\.?[^\S\n]+[\"'“‘]?[XYZ][\"'”’]?(?![\w.])")


def _generic_antecedent(text: str, trigger: re.Match[str]) -> bool:
    """A pronoun whose sentence names everyone of a group before it: anyone's, no one's."""
    if norm(trigger.group()) not in PRONOUNS:
        return False
    start, _ = sentence(text, trigger.start(), trigger.end())
    return EVERYONE.search(text, start, trigger.start()) is not None


def _group_holds(text: str, trigger: re.Match[str], lex: Lexicon) -> bool:
    """The trigger opens a group's word that the term describes: Dutch "collega's" is
    colleagues (the trigger's edge stops at the apostrophe; English "colleague's" is one
    colleague's), "collega's met een chronische ziekte" colleagues in general. A group that
    saw or said something ("door twee collega's gezien bij diefstal") stays a witness of
    one person's act."""
    rest = _WORD_REST.match(text, trigger.end()).group()
    if not rest or lex.phrases["group_nouns"].fullmatch(
            (trigger.group() + rest).replace("’", "'").lower()) is None:
        return False
    holds = _NEXT_WORD.match(text, trigger.end() + len(rest))
    return holds is not None and lex.phrases["group_holds"].fullmatch(holds.group(1)) is not None


def plural_of_person(surface: str, term: str) -> bool:
    """A plural of a person noun: "moslims", "christenen", "homo's", "gay men" (the term's
    lemma is singular; an adjective's "-e" is no plural)."""
    return surface != term and not term.endswith(("s", "en")) and (
        surface.endswith(("s", "en", "men", "'s")) and not surface.endswith(("ss", "ës")))


def in_relative_clause(text: str, lo: int, start: int, lex: Lexicon,
                       first_person: re.Pattern[str]) -> bool:
    """The term at ``start`` stands in a relative clause of place opened after first-person
    words in text[lo:start] (rules.toml relative_openers: "where many visitors celebrate
    Holi", "waar de bezoekers het Suikerfeest vieren"), with no first-person word of its
    own: its subject is the clause's, not the writer."""
    last = None
    for last in lex.phrases["relative_openers"].finditer(text, lo, start):
        pass
    return last is not None and first_person.search(text, lo, last.start()) is not None and (
        first_person.search(text, last.end(), start) is None)


def _first_person_in(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The first "ik"/"I" in text[lo:hi], or None."""
    return next((norm(t.group()) for t in lex.triggers.finditer(text, lo, hi)
                 if lex.trigger_kind[norm(t.group())] == "first_person"), None)


def _last_trigger(text: str, hit: TermHit, lex: Lexicon, lo: int) -> re.Match[str] | None:
    """The nearest trigger before the term; for a party or union, a part of it named after a
    membership ("penningmeester van de afdeling van D66", "lid van de fractie van de SP") is
    no work context: the membership before it counts."""
    found = [t for t in lex.triggers.finditer(text, lo, hit.start) if not _in_compound(text, t, lex)]
    while (len(found) > 1 and hit.entity in MEMBERSHIPS
           and lex.trigger_kind[norm(found[-1].group())] == "exclude_before"
           and lex.roles_after.fullmatch(found[-1].group())
           and lex.trigger_kind[norm(found[-2].group())] == "membership"):
        found.pop()
    if (found and hit.entity != HEALTH and lex.phrases["near_excludes"].fullmatch(found[-1].group())
            and len(text[found[-1].end() : hit.start].split()) > NEAR_EXCLUDE_WORDS):
        found.pop()  # "De klant heeft geen bezwaar tegen haar ramadan-rooster": a party to
        # the talk, not the term's employer ("klant Moskee Al-Fath")
    # "ik werk in een team en ben katholiek": an exclusion that does not govern the term
    # (special_govern) stops before it; the trigger before the exclusion decides
    while found and lex.trigger_kind[norm(found[-1].group())] == "exclude_before" and (
            not governs(text, found[-1], hit.start, lex)
            or (hit.entity == HEALTH and _care_received(text, found[-1], lex))):
        found.pop()
    return found[-1] if found else None


CARE_REACH = 40  # characters before a care provider searched for the phrase of its patient
AFTER_CARE_PHRASE = re.compile(r"\s+(?:[\w-]+\s+)?$")  # "opname in een [psychiatrische] kliniek"


def _care_received(text: str, provider: re.Match[str], lex: Lexicon) -> bool:
    """A care provider after the phrase of its patient ("opname in een psychiatrische
    kliniek", "treated at the clinic"): where the person was treated, not their job, so it
    rules no health term out (rules.toml care_received)."""
    lo = max(0, provider.start() - CARE_REACH)
    return any(AFTER_CARE_PHRASE.fullmatch(text, m.end(), provider.start()) and (
        not lex.phrases["referrals"].fullmatch(m.group()) or _referred(text, m, lex))
        for m in lex.phrases["care_received"].finditer(text, lo, provider.start()))


def _referred(text: str, referral: re.Match[str], lex: Lexicon) -> bool:
    """A referral said of the speaker: passive or with them as its object ("ik werd
    doorverwezen", "heeft mij verwezen", "I was referred"), not one they made ("ik heb
    patiënten doorverwezen naar de kliniek": a professional's work)."""
    lo = max(clause_start(text, referral.start()), referral.start() - CARE_REACH)
    return lex.phrases["referral_passive"].search(text, lo, referral.start()) is not None


def _in_compound(text: str, t: re.Match[str], lex: Lexicon) -> bool:
    """A first-person word that is part of a name, no one speaking: joined to another by a
    hyphen ("Zorg-Me", an occupational health service; "Me-time"), or an initial ("I.
    Hoekstra")."""
    return lex.trigger_kind[norm(t.group())] == "first_person" and is_name_part(
        text, t.start(), t.end())


# "I." before a capital (or another initial): an initial of a name ("I. Hoekstra", "I.J. de
# Vries"), not the pronoun
INITIAL_I = re.compile(r"\.[^\S\n]?[A-Z]")


def is_name_part(text: str, start: int, end: int) -> bool:
    """The word text[start:end] is part of a name: hyphenated to another word, or the initial
    "I." before a capital.

    >>> is_name_part("Connect-Me", 8, 10), is_name_part("I. Hoekstra", 0, 1)
    (True, True)
    >>> is_name_part("I am. I. e. me", 0, 1)
    False
    """
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-" or (
        text[start:end] == "I" and INITIAL_I.match(text, end) is not None)


def _not_about_person(text: str, hit: TermHit, lex: Lexicon, lo: int,
                      last: re.Match[str] | None, kind: str | None) -> bool:
    """Terms that need more than a person near them: an organisation after a job ("als
    chauffeur voor de FNV"), a place of worship no one goes to, a cause ("vanwege de ramadan")
    with no person or leave request before it."""
    if hit.entity == CRIMINAL and (job := JOB_IN.search(text, lo, hit.start)) is not None and (
            WORK_VERB.search(text, lo, job.start()) is not None):
        return True  # "ik werk als PIW'er in de gevangenis", "worked as a custody officer at
        # the detention centre": where the job is, no one's detention ("ik heb als jongere in
        # de jeugdgevangenis gezeten" is one: no work verb)
    if hit.entity in ORGANISATIONS and kind != "membership" and (
            job := JOB_AT.search(text, lo, hit.start)) is not None and not (
            lex.phrases["party_work"].fullmatch(job.group(1))
            or lex.roles_after.fullmatch(job.group(1))):
        return True
    if lex.phrases["religious_places"].fullmatch(hit.term) and kind != "membership":
        visits = list(lex.phrases["place_visits"].finditer(text, max(lo, hit.start - 30),
                                                            hit.start))
        # "naar de moskee", "naar de nieuwe kerk": at most one word between; or someone who
        # uses it in the clause: "Zij bezoekt wekelijks de moskee", "Ik zing in het koor"
        if lex.phrases["place_events"].search(text, lo, own_clause_end(text, hit.end)):
            return True  # "naar een concert in de Nieuwe Kerk": a venue, no one's faith
        near = visits and len(text[visits[-1].end() : hit.start].split()) <= 1
        used = lex.phrases["place_use"].search(text, lo, hit.start) is not None and (
            _person_before(text, lo, hit.start, lex))
        return not (near or used)
    if kind == "membership" and last is not None and (
            _after_article(text, TermHit(last.start(), last.end(), "", "", False))
            or INDEFINITE.search(text, last.end(), hit.start)) and (
            not _person_before(text, lo, last.start(), lex) or _conditional(text, lo, last.start(), lex)
            or RELATIVE.search(text, lo, last.start())):
        return True  # "het lidmaatschap van een vakbond": membership in general, no one's
    if kind == "cause" and last is not None and hit.entity == HEALTH and _open_question(
            text, lo, last, hit, lex):
        return True  # "Last van slaapproblemen? Maak een afspraak": a question to any reader
    if kind == "cause" and last is not None and hit.entity not in (HEALTH, CRIMINAL):
        label = line_label(text, hit.start, lex)
        return not (_person_before(text, lo, last.start(), lex) or _person_after(text, hit, lex)
                    or lex.phrases["leave_words"].search(text, lo, last.start())
                    or lex.phrases["unavailable_openers"].match(text, LEAD_SPACE.match(
                        text, max(lo, line_start_within(text, last.start(), WINDOW))).end())
                    or (label and lex.phrases["person_labels"].fullmatch(label[0])))
    return False


# what answers a question on its own line: "Last van je rug? ja", "Klachten? Nee, geen."
_ANSWERED = re.compile(r"[ \t]*(?:ja|nee|yes|no|x|\[x\]|n\.v\.t\.?)\b", re.IGNORECASE)


def _open_question(text: str, lo: int, last: re.Match[str], hit: TermHit, lex: Lexicon) -> bool:
    """The cause's sentence is a question no one is in and no one answers: a toolbox talk's
    or a leaflet's "Last van slaapproblemen?" (not "Heeft hij last van zijn rug?", nor a
    form's "Last van rugklachten? ja")."""
    opens, _ = sentence(text, last.start(), last.end())
    if text[opens : last.start()].strip(" \t-–•*"):
        return False  # "Piet belde: last van migraine?": a question about him
    end = clause_end(text, hit.end)
    mark = text.find("?", hit.end, end + 1)
    if mark < 0 or "\n" in text[hit.end : mark]:
        return False
    return not (_person_before(text, lo, last.start(), lex) or _person_after(text, hit, lex)
                or _ANSWERED.match(text, mark + 1))


_PARAGRAPH_BEFORE = re.compile(r"\n[ \t]*\n\s*$")


def _worker_before(text: str, lo: int, pronoun: int, lex: Lexicon) -> bool:
    """The pronoun's person is a worker: the clause's own subject before it, or else the
    previous clause's subject (its first person or job word), is a job word ("De
    bedrijfsarts adviseert; hij bespreekt ...", not "De medewerker was bij de bedrijfsarts;
    hij heeft ...")."""
    if lex.named_subject.match(text, lo, pronoun) is not None:
        return False  # "Sofia Marquez told our team leader that she ...": Sofia's clause
    here = [t for t in lex.triggers.finditer(text, lo, pronoun)]
    if not here and lo > 0 and not _PARAGRAPH_BEFORE.search(text, max(0, lo - 8), lo):
        # (not across a blank line: a heading's "team meeting" is no clause before "he")
        here = list(lex.triggers.finditer(text, clause_start(text, lo - 1), lo))
    return bool(here) and lex.trigger_kind[norm(here[0].group())] == "exclude_before"


def _person_before(text: str, lo: int, pos: int, lex: Lexicon) -> bool:
    """A person ("ik", "hij", "Jan helpt") in the clause before ``pos``."""
    persons = ("first_person", "third_person", "membership")
    return any(lex.trigger_kind[norm(t.group())] in persons
               for t in lex.triggers.finditer(text, lo, pos)
               ) or lex.named_subject.match(text, lo, pos) is not None


def _person_after(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A person later in the clause: "Vanwege de ramadan werkt hij ...", "... wil Ahmed"."""
    end = clause_end(text, hit.end)
    persons = ("first_person", "third_person")
    return any(lex.trigger_kind[norm(t.group())] in persons
               for t in lex.triggers.finditer(text, hit.end, end)
               ) or CAPITALISED.search(text, hit.end + 1, end) is not None


def _named_between(text: str, start: int, hit: TermHit, lex: Lexicon) -> bool:
    """A person between a work word and the term: "During the campaign, Tom was candidate
    for", "bij de campagne was hij kandidaat voor"."""
    persons = ("first_person", "third_person")
    if any(lex.trigger_kind[norm(t.group())] in persons
           for t in lex.triggers.finditer(text, start, hit.start)):
        return True
    commas = (m.end() for m in re.finditer(",", text[start : hit.start]))
    return lex.inverted_subject.search(text, start, hit.start) is not None or any(
        lex.named_subject.match(text, start + c, hit.start) is not None for c in commas)


EXAMPLE_REACH = 120  # characters before a quotation searched for its "for example"


def _quoted_example(text: str, pos: int, lex: Lexicon) -> bool:
    """Position ``pos`` is inside a quotation that a sentence gives as an example
    ('Ook als je het vertelt – bijvoorbeeld "ik heb migraine", "het is mijn rug" – ...'):
    words anyone might say, no one's statement."""
    line = text.rfind("\n", 0, pos) + 1
    if sum(text.count(q, line, pos) for q in QUOTES) % 2 == 0:
        return False  # not inside quotes
    opened = max(text.rfind(q, line, pos) for q in QUOTES)
    before = text[max(line, opened - EXAMPLE_REACH) : opened]
    cues = list(lex.phrases["example_cues"].finditer(before))
    if cues and not SENTENCE_END.search(before, cues[-1].end()):
        return True
    # (stop 67) words a case put to the reader might bring: "When you hear a reason from a
    # customer ("my dialysis runs late"), leave it out", "Als je van een klant hoort: "..."
    conds = list(lex.phrases["conditionals"].finditer(before))
    return bool(conds) and not SENTENCE_END.search(before, conds[-1].end()) and (
        TO_THE_READER.search(before, conds[-1].end()) is not None)


# the reader, told something in a case put to them
TO_THE_READER = re.compile(r"\b(?:you|u|je|jou|jij)\b", re.IGNORECASE)


_LAST_WORD = re.compile(r"(\S+)[ \t]+$")


def _conditional(text: str, lo: int, hi: int, lex: Lexicon) -> re.Match[str] | None:
    """The first conditional ("als", "bij", "indien") in text[lo:hi] that opens a condition,
    not an occasion ("bij het kennismakingsgesprek", "during the interview")."""
    # a contrast opens a clause of its own: "all shifts, except that during Ramadan he fasts"
    lo = max([lo, *(m.end() for m in lex.phrases["contrasts"].finditer(text, lo, hi))])
    for cond in lex.phrases["conditionals"].finditer(text, lo, hi):
        if lex.phrases["not_conditionals"].match(text, cond.start()):
            continue
        if cond.group().lower() in ("als", "as", "bij") and not OPENS_CLAUSE.search(
                text[lo : cond.start()]):
            continue  # "werkt al 9 jaar als chauffeur bij Van Dijk": "as" and "at", not "if"
        before = _LAST_WORD.search(text, max(lo, cond.start() - 12), cond.start())
        if cond.group().lower() in ("all", "alle", "allemaal") and before is not None and (
                lex.phrases["floating_before"].fullmatch(before.group(1))):
            continue  # "they were all due to his Crohn's": all of them, no one in general
        return cond
    return None


def _as_a(text: str, cond: re.Match[str], hit: TermHit) -> bool:
    """"Als" meaning "as a": "Als lesbienne zet ik me in", "Als kind van Molukse ouders",
    "Als actief lid van de partij"; not "Als je zwanger bent" (anyone)."""
    between = text[cond.end() : hit.start].lower().split()
    return cond.group().lower() in ("als", "as") and len(between) <= MAX_WORDS_BETWEEN and not (
        set(between) & ANYONE_WORDS)


# a party's or union's unit, not a person's role in it: in a CV's work section the
# employer ("Beleidsmedewerker, SP-fractie"), elsewhere a membership ("SP-afdeling Utrecht")
BODY_UNITS = frozenset({"fractie", "afdeling"})


def _role_after(text: str, hit: TermHit, lex: Lexicon, after: int) -> str | None:
    """A party or union named with a role in it right after: "SP-afdeling", "CDA raadslid",
    "FNV kaderlid", "Labour Party ward councillor" (an employer is ruled out before)."""
    if hit.entity not in MEMBERSHIPS:
        return None
    m = lex.roles_after.match(text, hit.end, after)
    if m is None or (norm(m.group(1)) in BRANCHES and _after_article(text, hit)):
        return None
    if norm(m.group(1)) in BODY_UNITS and in_work_section(text, hit.start, lex):
        return None  # "Werkervaring: Fractieassistent, SGP-fractie Provinciale Staten": the employer
    return norm(m.group(1))


def _role_before(text: str, hit: TermHit, lex: Lexicon) -> str | None:
    """A role word right before a party or union: "Kaderlid FNV Metaal", "Lid Partij voor de
    Dieren", "Bestuurslid VVD Utrecht" (a CV line, a list of memberships)."""
    if hit.entity not in MEMBERSHIPS:
        return None
    m = ROLE_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    return norm(m.group(1)) if m and lex.roles_after.fullmatch(m.group(1)) else None


def _trigger_after(text: str, hit: TermHit, lex: Lexicon) -> tuple[str, str] | None:
    """A person right after the term, in the same clause: "Tijdens de Ramadan vast ik",
    "Als lesbienne zet ik me in"; scored as third person (the weakest tie)."""
    stop = min(clause_end(text, hit.end), hit.end + AFTER_PERSON)
    # a conjunction between them is no person: "CNV, omdat hij ..." looks past "omdat"
    m = next((t for t in lex.triggers.finditer(text, hit.end, stop)
              if lex.trigger_kind[norm(t.group())] != "cause"), None)
    if m is None or lex.trigger_kind[norm(m.group())] not in ("first_person", "third_person"):
        return None
    if len(text[hit.end : m.start()].split()) > MAX_WORDS_BETWEEN:
        return None  # "Diabetes is een ziekte die ik ken": about the disease, not me
    return "third_person", norm(m.group())


def in_proper_name(text: str, start: int, end: int) -> bool:
    """_in_name for a span: the word is one of a capitalised name's ("Queer Youth
    Alliance", "Gay Business Network")."""
    return _in_name(text, TermHit(start, end, "", "", False))


def _in_language_list(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """An origin's adjective among the languages a line lists after a language cue
    (rules.toml language_cues: "spreekt Turks, Koerdisch (Kurmancî) en Engels", "Languages:
    Dutch, Kurdish (native)"): between the cue and the term only capitalised names, notes in
    brackets, commas and the list's own words (language_list_words: "en", "vloeiend")."""
    if " " in hit.term or hit.statement:
        return False  # "ik ben Koerdisch", "Koerdische afkomst": said of someone
    reach = max(0, hit.start - LANGUAGE_LIST_REACH)
    lo = max(reach, text.rfind("\n", reach, hit.start) + 1)
    cues = list(lex.phrases["language_cues"].finditer(text, lo, hit.start))
    if not cues:
        return False
    between = BRACKETED_NOTE.sub(" ", text[cues[-1].end() : hit.start])
    if SENTENCE_END.search(between):
        return False  # "Ik spreek Nederlands. Ik ben Koerdisch": a new sentence
    words = LIST_SPLIT.split(between)
    return all(not w or w[:1].isupper() or lex.phrases["language_list_words"].fullmatch(w.lower())
               for w in words)


LANGUAGE_LIST_REACH = 100  # characters a language list runs before its term at most
BRACKETED_NOTE = re.compile(r"\([^()\n]{0,40}\)")  # "(Kurmancî)", "(moedertaal)", "(B2)"
LIST_SPLIT = re.compile(r"[\s,;:/&+-]+")


def _denomination_before(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A believer's noun after a denomination's capitalised word and no capital after it
    ("I am an Orthodox Christian.", "a Sunni Muslim"): the faith, no body's name ("the
    Greek Orthodox Church" stays one)."""
    if hit.entity != RELIGION or CAPITALISED_AFTER.match(text, hit.end):
        return False
    before = WORD_BEFORE.search(text, max(0, hit.start - 24), hit.start)
    return before is not None and lex.phrases["denominations"].fullmatch(
        before.group(1).lower()) is not None


CAPITALISED_AFTER = re.compile(r"[ ][A-Z]")
WORD_BEFORE = re.compile(r"([\w-]+)[ ]$")


def _in_name(text: str, hit: TermHit) -> bool:
    """The term is one word of a proper name: capitalised, next to another capitalised word
    that does not open the sentence ("Protestantse Gemeente Utrecht", "Moskee Al-Fath",
    "bij de Islamitische Hogeschool"; not "My DNA profile")."""
    if not text[hit.start].isupper():
        return False
    if text[hit.end : hit.end + 1] == " " and CAPITALISED.match(text, hit.end + 1):
        return True
    before = text[max(0, hit.start - 40) : hit.start]
    if _AMPERSAND_BEFORE.search(before):
        return True  # "Riverside Guarding & Custody": an ampersand joins a name's words
    prev = re.search(r"(\S*)\s([A-Z][\w'’-]*) $", before)
    return prev is not None and prev.group(1) != "" and prev.group(1)[-1] not in ".!?:;"


_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w'’-]*[^\S\n]+&[^\S\n]+$")


# a title-case word right after an acronym, not a field label: the acronym opens a name
NAME_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*(?![\w'’-]*[^\S\n]*:)")


def _club_named(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A union's acronym of many meanings (trade_union.toml cased) opening another name:
    "EHBO bij toernooien AVV Zeeburgia" (a football club); not a branch named by its town
    or after a branch word ("De Unie Utrecht", "afdeling De Unie Zaanstreek")."""
    if hit.term not in lex.cased or hit.entity != TRADE_UNION:
        return False
    after = NAME_AFTER.match(text, hit.end)
    return after is not None and after.group().strip() not in places_nl() and not (
        BRANCH_BEFORE.search(text, max(0, hit.start - 24), hit.start))


BRANCH_BEFORE = re.compile(r"\b(?i:afdeling|regio|kring|district|branch|region)\W+\Z")


def _acronym_in_name(text: str, hit: TermHit) -> bool:
    """A condition's acronym in capitals opening a name ("IBS Al Ghazali", an Islamic
    primary school; "MS Fonds", "ALS Nederland"): no one's condition.

    >>> _acronym_in_name("Scholen: IBS Al Ghazali", TermHit(9, 12, HEALTH, "ibs", False))
    True
    >>> _acronym_in_name("Diagnose: MS Medicatie: x", TermHit(10, 12, HEALTH, "ms", False))
    False
    """
    word = text[hit.start : hit.end]
    return (len(word) >= 2 and word.isalpha() and word.isupper()
            and NAME_AFTER.match(text, hit.end) is not None)


def _health_org(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A condition written with a capital and an organisation's head right after it, or
    after one or two more capitalised words ("the Lupus Association", "Alzheimer Nederland",
    "Hiv Aids Vereniging"): a patients' association or a fund by its name, no one's condition
    (rules.toml health_org_heads)."""
    return text[hit.start].isupper() and _head_after(
        text, hit.end, lex.phrases["health_org_heads"], 3, capitalised=True)


def _office_after(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A party's, a union's or a faith's name with its office's word right after it, or
    after one word more ("the SP head office", "het CDA-kantoor", "FNV centraal
    secretariaat"): the organisation's premises, where someone works or delivers, no one's
    opinion (rules.toml office_heads)."""
    return _head_after(text, hit.end, lex.phrases["office_heads"], 2, capitalised=False)


def _head_after(text: str, at: int, heads: re.Pattern[str], words: int,
                capitalised: bool) -> bool:
    """One of ``heads`` among the ``words`` words after ``at`` (a hyphen or blanks apart),
    the words before it capitalised where ``capitalised`` (a name's own words)."""
    for _ in range(words):
        m = NAME_WORD_AFTER.match(text, at)
        if m is None:
            return False
        if heads.fullmatch(m.group(1).lower()) is not None:
            return True
        if capitalised and not m.group(1)[:1].isupper():
            return False
        at = m.end()
    return False


NAME_WORD_AFTER = re.compile(r"[ \t]*-?[ \t]*([^\W\d_][\w'’]*)")


def _device_next(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """The word right after the term names a device: "vingerafdruk-/kaartlezer",
    "biometrisch toegangssysteem", "fingerprint scanner" (the term is the device's kind)."""
    m = NEXT_WORD.match(text, hit.end)
    return m is not None and lex.device_tail.search(m.group(1).lower()) is not None


def _of_a_group(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """Data of a group right after the term ("van ruim 140 medewerkers", "of all visitors"),
    or a group identified by it ("identify workers by face scan")."""
    m = GROUP.match(text, hit.end)
    if m is not None and lex.phrases["group_nouns"].fullmatch(m.group(1)) is not None:
        return True
    by = GROUP_BY.search(text, max(0, hit.start - 40), hit.start)
    return by is not None and lex.phrases["group_nouns"].fullmatch(by.group(1)) is not None


def _held(text: str, label_end: int, lex: Lexicon) -> bool:
    """A biometric label line with a data word, or in a form about a person ("Naam:"), and a
    value that is not a no ("ja", an id): "Vingerafdruk geregistreerd: ja"."""
    line = text[text.rfind("\n", 0, label_end) + 1 : label_end]
    if lex.phrases["biometric_data"].search(line) is None and PERSON_FIELD.search(text) is None:
        return False
    value_end = text.find("\n", label_end)
    value = text[label_end : value_end if value_end >= 0 else len(text)]
    return _has_value(text, label_end, lex) or YES.match(value) is not None


_CELL_END = re.compile(r"[ \t]*(?:$|\||[ ]{2}|\t|[,;])", re.MULTILINE)


def _setting(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """The term is a switch's state filling a labelled value or cell on its own ("Status:
    disabled", a column "state" of user accounts): off_values are settings, no one's health,
    unless the label names the category ("Handicap: disabled")."""
    if lex.phrases["off_values"].fullmatch(text[hit.start : hit.end]) is None or (
            _CELL_END.match(text, hit.end) is None):
        return False  # (nearly every health term: no switch's state; no label read)
    label = line_label(text, hit.start, lex)
    return not (label and _names_category(label[0], hit.entity, lex))


def _has_value(text: str, label_end: int, lex: Lexicon) -> bool:
    """The label's value is there and is not a no: not empty, "nee", "geen", "n.v.t." or 0.

    >>> from detectors.special_lexicon import load_lexicon
    >>> [_has_value(t, 9, load_lexicon("nl")) for t in ("Vakbond: FNV", "Vakbond: n.v.t.",
    ...                                                  "Vakbond: € 0,00", "Vakbond: ")]
    [True, False, False, False]
    """
    value_end = text.find("\n", label_end)
    return _said(text[label_end : value_end if value_end >= 0 else len(text)], lex)


def _said(value: str, lex: Lexicon) -> bool:
    """A field value that says something: not empty, a no, "n.v.t." or an amount of 0."""
    value = value.strip().lower()
    words = {w.rstrip(".") or w for w in re.findall(r"[\w.'/-]+|-|\?", value)}
    return (value != "" and lex.phrases["negations"].match(value) is None
            and value not in ("nee", "no", "none", "n/a") and not words <= lex.empty_words
            and re.fullmatch(r"[€$£\s]*0+(?:[.,]0+)?\s*(?:eur|euro)?", value) is None)


def _no_persons(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """An animal or a surface in the term's clause bears the trait (rules.toml
    biometric_not_owners: "DNA-test van de labrador", "my dog got his DNA results", "glazen
    deuren: vingerafdrukken verwijderen"); in lower case only, as "Ruud Vogel", "Lotte Kat"
    are names."""
    return any(m.group() == m.group().lower()
               for m in lex.phrases["biometric_not_owners"].finditer(text, lo, hi))


def _biometric(
    text: str, hit: TermHit, lex: Lexicon, trigger: tuple[str, str] | str | None, label: str,
    stated: bool = True,
) -> Verdict | None:
    """Biometric and genetic terms need data about a person: a template, an enrolment, a
    test result; a product (scanner, offerte) or a negation ("geen") rules them out."""
    # the term's own line: a heading above it ("Artikel 9 Tijdregistratie" in a contract) is
    # no product or law text around it
    lo = max(clause_start(text, hit.start), text.rfind("\n", 0, hit.start) + 1)
    hi = clause_end(text, hit.end)
    if any(m.end() == hit.start - 1 for m in lex.phrases["biometric_idioms"].finditer(
            text, max(0, hit.start - 12), hit.start)):
        return None  # "zit in ons DNA", "in my DNA": a figure of speech
    if _unheld(text, hit, lex):
        return None  # "I have to register my fingerprint", "Ik weiger ...": asked, not held
    # the clause around the term, not the term: "onderzoek" in "genetisch onderzoek" is no
    # research project
    clause = text[lo : hit.start] + " " + text[hit.end : hi]
    whose = _owned(text, hit, lex, lo, hi)
    if whose is not None and (hit.statement or whose != "owner addressee"):
        # a template, a profile, a test or a trait owned by a person its phrase names: "mijn
        # eigen DNA-test", "het gezichtsprofiel van Tunde Oyelaran", "zijn vingerafdruk"; a
        # letter's "your fingerprint" is the data only as a template or a profile ("You can
        # use your fingerprint to log in" tells how)
        if isinstance(trigger, tuple):
            return Verdict(trigger[0], f"'{trigger[1]}'", label)
        return Verdict("biometric_data", f"'{whose}'", label)
    if lex.phrases["biometric_exclude"].search(clause) or _no_persons(text, lo, hi, lex) \
            or lex.phrases["negations"].search(
        text, lo, hit.start
    ) or QUANTITY.search(text, text.rfind("\n", 0, hit.start) + 1, hit.start):
        return None  # "2x terminal (gezichts- en vingerafdrukherkenning)": a product line
    if in_work_section(text, hit.start, lex):
        return None  # "Experience: ... genetic testing", "Vaardigheden: biometrie": work
    if _of_a_group(text, hit, lex) or (COUNTED.search(text, max(0, hit.start - 6), hit.start)
                                       and (lex.device_tail.search(hit.term)
                                            or _device_next(text, hit, lex))):
        return None  # "templates van 140 medewerkers", "installed 4 fingerprint readers"
    data = lex.phrases["biometric_data"].search(clause) or _next_word_in(
        text, hit.end, lex.phrases["biometric_logs"])  # "fingerprint enrolment log": a record
    if lex.device_tail.search(hit.term) or _device_next(text, hit, lex):
        # "vingerafdrukterminal": a device; data only when the text says it stores templates
        # (a time registration record), or about a person's use of it
        stored = lex.phrases["biometric_stored"].search(text)
        if isinstance(trigger, tuple):
            return Verdict(trigger[0], f"'{trigger[1]}'", label)
        return None if stored is None else Verdict("biometric_data", f"'{norm(stored.group())}'",
                                                   label)
    held = stated and hit.statement  # "gezichtsprofiel": the data itself, device or not
    if data is None and not held and lex.phrases["biometric_devices"].search(clause):
        return None  # "vingerafdruklezer bij de ingang": a device, no one's data
    if data is None and not held and _at_entrance(text, hit, lo, lex) and not _person_before(
            text, lo, hit.start, lex):
        return None  # "poort Noord werkt met gezichtsherkenning": a way in, no one's data
    if isinstance(trigger, tuple):
        return Verdict(trigger[0], f"'{trigger[1]}'", label)
    if data is not None:
        return Verdict("biometric_data", f"'{norm(data.group())}'", label)
    if held and not label and (_a_kind_of_scan(text, hit) or _the_gates(text, hit, lo, lex)) and not (
            _person_before(text, lo, hit.start, lex) or _person_after(text, hit, lex)):
        # "de inlener gebruikt een gezichtsscan", "met vingerafdruk of irisscan": a system,
        # a kind of scan, with no one in its clause; left to the sentence around it
        # (special_link: a name there makes it someone's). "Gezichtsprofiel aangemaakt" in
        # a log stays the data itself
        return Verdict(UNLINKED, f"'{hit.term}'", label, True)
    if held or (stated and label and not lex.phrases["biometric_devices"].search(clause)):
        # "gezichtsprofiel", "irisscan": the term is the data; "Toegang: irisscan": a field
        return Verdict("biometric_data", f"'{hit.term}'", label)
    return None


def _next_word_in(text: str, end: int, words: re.Pattern[str]) -> re.Match[str] | None:
    """The word right after a term when it is one of ``words`` (not a compound's first part,
    "log-in")."""
    nxt = WORD_AFTER.match(text, end)
    return None if nxt is None else words.fullmatch(text, nxt.start(1), nxt.end(1))


def _a_kind_of_scan(text: str, hit: TermHit) -> bool:
    """The term after an indefinite article ("een irisscan", "an iris scan"), a scan in the
    plural ("checked with palm scans at the barrier") or as one of two ways joined by "of"/"or"
    ("irisscan of vingerafdruk"): a kind of scan, not one person's."""
    surface = text[hit.start : hit.end].lower()
    # (a scan's plural only: "biometrische templates" are data, whatever their number)
    plural = "scan" in hit.term and surface != hit.term and surface[len(hit.term) :] in (
        "s", "'s", "en", "n")
    return plural or _after_article(text, hit, A_AN) or SCAN_CHOICE_BEFORE.search(
        text, max(0, hit.start - 40), hit.start) is not None or SCAN_CHOICE_AFTER.match(
        text, hit.end) is not None


def _the_gates(text: str, hit: TermHit, lo: int, lex: Lexicon) -> bool:
    """The scan named with "de"/"the" at a way in ("de havenbeheerder voert de irisscan bij
    het draaihek in"): the gate's check; not a log's "Facematch bij de ingang om 08:12"."""
    return _THE_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None and (
        _at_entrance(text, hit, lo, lex))


# "de irisscan", "de vingerafdruk- en irisscan", "the iris scan"
_THE_BEFORE = re.compile(r"(?<!\w)(?:de|het|the)\s+(?:[^\W\d_]+-\s+(?:en|of|and|or)\s+)?$",
                         re.IGNORECASE)


def _at_entrance(text: str, hit: TermHit, lo: int, lex: Lexicon) -> bool:
    """A way in before the term in its clause ("poort Noord werkt met gezichtsherkenning"),
    or right after it ("gezichtsherkenning bij de poort", "face recognition at the gate"):
    the check of everyone who passes, no one's data."""
    if lex.phrases["biometric_entrances"].search(text, lo, hit.start) is not None:
        return True
    m = _AT_PLACE.match(text, hit.end, min(clause_end(text, hit.end), hit.end + 30))
    return m is not None and lex.phrases["biometric_entrances"].fullmatch(m.group(1)) is not None


# the place right after a term: "bij de poort", "aan de ingang", "at the gate", "op het draaihek"
_AT_PLACE = re.compile(r"[ \t]+(?:bij|aan|op|voor|at|on|by)[ \t]+(?:de|het|the)[ \t]+"
                       r"([^\W\d_]+)", re.IGNORECASE)


def _unheld(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """The term's sentence asks for, plans, requires or refuses the data and does not say it
    was taken (rules.toml biometric_unheld, biometric_taken): an objection to a fingerprint
    clock, a works council's answer to a face-login proposal, a rule for all stewards."""
    from detectors.special_owned import everyones

    if everyones(text, hit.start):
        return True  # "alle stewards ... met hun vingerafdruk": a group's trait, no one's
    lo, hi = _line_sentence(text, hit)
    return (lex.phrases["biometric_unheld"].search(text, lo, hi) is not None
            and lex.phrases["biometric_taken"].search(text, lo, hi) is None)


def _line_sentence(text: str, hit: TermHit) -> tuple[int, int]:
    """The term's sentence within its line: a table's rows run on as one sentence ("nog
    geen handpalmscan" is the next row's). A line a paragraph wrapped goes on into the next
    ("I refuse to have my iris\\nscanned").

    >>> t = "Ik weiger om mijn vingerafdruk\\nte laten scannen. Graag een pas."
    >>> lo, hi = _line_sentence(t, TermHit(18, 30, "SPECIAL_BIOMETRIC", "vingerafdruk", False))
    >>> t[lo:hi]
    'Ik weiger om mijn vingerafdruk\\nte laten scannen'
    """
    lo, hi = sentence(text, hit.start, hit.end)
    first = text.rfind("\n", 0, hit.start) + 1
    for _ in range(_WRAPS):  # lines above this one's sentence goes on from
        if not _wraps_into(text, first):
            break
        first = text.rfind("\n", 0, first - 1) + 1
    last = text.find("\n", hit.end)
    for _ in range(_WRAPS):
        if last < 0 or not _wraps_into(text, last + 1):
            break
        last = text.find("\n", last + 1)
    return max(lo, first), min(hi, last if last >= 0 else len(text))


_WRAPS = 2  # wrapped lines a sentence is read across, each way


def _wraps_into(text: str, at: int) -> bool:
    """The line opening at ``at`` goes on the sentence of the line before: it opens in lower
    case and that line ends with a word or a comma, no closing mark."""
    return at >= 2 and text[at : at + 1].islower() and (
        text[at - 2 : at - 1].isalnum() or text[at - 2 : at - 1] == ",")


# an option's empty box opening its line ("[ ] Akkoord dat ...", "  ☐ inloggen met
# irisscan"), and the line's indent before a wrapped option's next line
OPTION_OPENS = re.compile(r"[^\S\n]*(?:[-*•][^\S\n]*)?(?:\[\s?\]|\(\s?\)|☐|□)")
INDENT = re.compile(r"[^\S\n]+\S")
OPTION_REACH = 3  # lines of one option read back: a form's option wraps on a line or two


def not_chosen(text: str, start: int) -> bool:
    """A term at ``start`` in a form's option no one ticked: right after an empty box ("[ ]
    zwangerschap", "☐ FNV"), or in an option whose box opens its line (unticked_option)."""
    return UNCHECKED.search(text, max(0, start - 8), start) is not None or unticked_option(
        text, start)


def unticked_option(text: str, start: int) -> bool:
    r"""A term at ``start`` in a form's option whose box, opening the option's line, is
    empty: the option was not chosen, however far into it the term stands ("[ ] Akkoord dat
    de kloklezer een sjabloon van mijn duim bewaart"), on a wrapped option's next lines too
    (indented under it). No other box stands between the empty box and the term ("[ ] nee
    [x] ja, astma" ticks the second).

    >>> t = "Mijn keuze:\n[ ] inloggen met irisscan (het sjabloon\n    blijft op de kiosk)\n[x] pin"
    >>> unticked_option(t, t.index("irisscan")), unticked_option(t, t.index("kiosk"))
    (True, True)
    >>> unticked_option("[x] inloggen met irisscan", 17)
    False
    """
    end = start
    for _ in range(OPTION_REACH):
        opens = text.rfind("\n", 0, end) + 1
        line = text[opens:end]
        box = OPTION_OPENS.match(line)
        if box is not None:
            rest = line[box.end():]
            return BOX.search(rest) is None and TICKED.search(rest) is None
        if opens == 0 or INDENT.match(line) is None or BOX.search(line) or TICKED.search(line):
            return False
        end = opens - 1  # an indented line: a wrapped option goes on from the line above
    return False


def _asked_unanswered(text: str, hit: TermHit) -> bool:
    """The term in a form's question, or among its options, whose boxes are all empty: a
    blank questionnaire states nothing ("Hoe omschrijf je je seksuele oriëntatie?  [ ] hetero
    [ ] homo  [ ] zeg ik liever niet"). Options may stand on the lines under the question.

    >>> t = "4. Heb je een chronische ziekte?  [ ] ja  [ ] nee"
    >>> _asked_unanswered(t, TermHit(14, 31, HEALTH, "chronische ziekte", False))
    True
    >>> _asked_unanswered(t.replace("[ ] ja", "[x] ja"), TermHit(14, 31, HEALTH, "x", False))
    False
    """
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line_end = len(text) if line_end < 0 else line_end
    q = text.rfind("?", line_start, hit.start)
    if q < 0:
        q = text.find("?", hit.end, line_end)
    if q < 0:
        return False
    answers = [text[q + 1 : line_end]]
    while line_end < len(text):  # options one a line under it
        nxt = text.find("\n", line_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[line_end + 1 : nxt].strip()
        if not (BOX.match(line) or TICKED.match(line)):
            break
        answers.append(line)
        line_end = nxt
    told = "\n".join(answers)
    return len(BOX.findall(told)) >= 2 and TICKED.search(told) is None


# between a medicine and the stock word after it: a space or a hyphen ("morfine-ampullen")
_SUPPLY_GAP = re.compile(r"[ ]?-?[ ]?")


def _thing_stolen(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """A participle of an offence with no "heeft"/"has" in its sentence names a thing it
    befell, no one's act: "laptop recruiter gestolen uit auto", "not on the list of stolen
    documents", "Laptop stolen from car" (rules.toml offence_participles)."""
    if lex.phrases["offence_participles"].fullmatch(hit.term) is None:
        return False
    lo, hi = _line_sentence(text, hit)
    return lex.phrases["active_auxiliaries"].search(text, lo, hi) is None


def _arrest_made(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """An arrest the writer made: "ik heb hem samen met collega X aangehouden", "we detained
    him until the police arrived" (rules.toml arrest_participles, arrest_makers); not one made
    of the writer ("ik ben aangehouden", "I was arrested": a passive auxiliary between)."""
    if lex.phrases["arrest_participles"].fullmatch(hit.term) is None:
        return False
    lo = sentence(text, hit.start, hit.end)[0]
    makers = list(lex.phrases["arrest_makers"].finditer(text, lo, hit.start))
    return bool(makers) and lex.phrases["passive_auxiliaries"].search(
        text, makers[-1].end(), hit.start) is None


# a preposition of time or place and an indefinite article, an adjective at most: "bij een
# aanhouding", "tijdens een overval", "during a robbery", "at an arrest"
_AT_AN = re.compile(r"(?<!\w)(?:bij|tijdens|during|at)\s+(?:een|an?)\s+(?:[^\W\d_]+\s+)?$",
                    re.IGNORECASE)


def _at_an_event(text: str, hit: TermHit, lex: Lexicon) -> bool:
    """An offence as the event someone was at ("hij is bij een aanhouding van de trap gevallen",
    "injured during a robbery at the shop"): a witness's, a victim's or a guard's, no one's
    offence; unless its clause makes someone a party to it (rules.toml offence_parts: "betrapt
    bij een inbraak", "involved in a robbery") or names a cause before it."""
    if _AT_AN.search(text, max(0, hit.start - 40), hit.start) is None:
        return False
    lo = clause_start(text, hit.start)
    return lex.phrases["offence_parts"].search(text, lo, hit.start) is None and (
        _first_cause(text, lo, hit.start, lex) is None)


def _first_cause(text: str, lo: int, hi: int, lex: Lexicon) -> re.Match[str] | None:
    """The first cause trigger in text[lo:hi] ("vanwege", "veroordeeld voor"), or None."""
    return next((t for t in lex.triggers.finditer(text, lo, hi)
                 if lex.trigger_kind[norm(t.group())] == "cause"), None)


def _owned(text: str, hit: TermHit, lex: Lexicon, lo: int, hi: int) -> str | None:
    """special_owned.owner: the person the term's phrase names ("het gezichtsprofiel van
    Tunde Oyelaran", "her fingerprint template"), not an animal's or a denied one's."""
    from detectors.special_addressee import load_rules, to_one_person
    from detectors.special_owned import owner

    if _no_persons(text, lo, hi, lex) or lex.phrases["negations"].search(text, lo, hit.start):
        return None
    addressed = any(to_one_person(text, load_rules(lang)) for lang in LANGUAGES)
    kind = owner(text, hit.start, hit.end, addressed)
    return None if kind is None else f"owner {kind}"


"""Special-category terms that are no one's data by the structure around them (data: roles.toml).

Each reading is a structure, not a phrase, and holds whatever rule tied the term to a person,
but none holds where a person is tied to the term in its clause (a first-person word, a
pronoun, a name; a third-person trigger beside a requirement word): "Hij moet verplicht
insuline spuiten vanwege zijn diabetes", "Ik heb migraine, kan ik thuiswerken?" are theirs.
Each reads a stretch of the term's line, never the rest of a long line (a one-line export):

- asked, not answered: the term's question is followed by nothing but its options, empty
  boxes or an answer line ("Heeft u diabetes? ja / nee", "Chronic illness: [ ] yes [ ] no");
- a requirement of the job: its field's label is one by its parts ("Eisen:", "Functie-eisen:",
  "Requirements:") or its clause says it is (not) required ("lidmaatschap niet vereist");
- an organisation in a role (special_org_roles.py): a party, union or religious body that
  fills a party's field ("Inlener:"), has that role in brackets after it ("FNV Utrecht
  (client)"), is an office's name or the employer after a job title ("kantoormanager CNV"),
  or a union whose paid official sits at the table ("bestuurder FNV");
- religious words naming food, an event, a day off or a building (special_customs.py), an
  offence dating an event (special_events.py);
- a group's condition or a care task: a health term owned by the people a care worker cares
  for ("residents ... many with cancer"), naming a ward ("verpleegafdeling longziekten") or
  the object of a care task ("medicatie uitzetten").

https://gdpr-info.eu/art-9-gdpr/ (data *concerning a natural person*)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from detectors.special_lexicon import LANGUAGES, Lexicon, lower_lists, phrase_trie
from detectors.special_link import has_name
from detectors.special_rules import UNLINKED, clause_end, clause_start, line_label
from detectors.special_sentences import REACH as SENTENCE_REACH
from detectors.special_sentences import SENTENCE_END, sentence

DATA = Path(__file__).parent / "data" / "special" / "roles.toml"
LISTS = ("options", "placeholders", "requirement_labels", "requirement_words",
         "no_requirement_words", "org_roles",
         "org_heads", "job_heads", "task_verbs", "task_nouns", "prepositions", "ward_heads",
         "ward_tails", "group_owners", "group_links", "group_breaks", "union_officials",
         "union_possessives", "union_aids", "union_members", "union_copulas", "union_subjects")
ORGANISATIONS = frozenset({"SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_RELIGION",
                           "SPECIAL_SEXUAL_ORIENTATION"})
HEALTH, RELIGION, CRIMINAL = "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_CRIMINAL"
# an explicit membership trigger ("lid van de FNV") is a person's, whatever else the line says
MEMBERSHIP_KEYS = frozenset({"membership"})
BOX = re.compile(r"\[\s?\]|\(\s?\)|☐|□")
TICKED = re.compile(r"\[[xX✓✔]\]|\([xX✓✔]\)|☒|☑")
BLANK = re.compile(r"_{3,}|\.{4,}|…{2,}")
ONLY_SEPARATORS = re.compile(r"[\s/|,;:*•()\[\]-]*")
# a status word ("hersteld", "recovered", "ziek") alone as a field's or a cell's value: that
# someone is (no longer) absent, which an employer records, never why
CELL_KEYS = frozenset({"label", "row", "linked", "term_only"})
CELL_EDGE = re.compile(r"[\n|;\t:]")
NOT_WORDS = re.compile(r"[\W\d_]*")
COMPOUND_HEAD = 5  # a shorter word ("eis", "site") ends too many unrelated words as a head
FORM_LINE = 120  # a questionnaire's question fits a line; a letter's paragraph does not
QUESTION_LINE = re.compile(r"^[^\n?]{1,120}\?[^\S\n]*$")  # the next question of a form
GROUP_GAP = 4  # words of a list between a group's link and the term: "met dementie, COPD en"
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# (stop 58) Someone works on the ward the term names: "Linh works as a nurse on the stroke
# care unit", "werkt sinds maart op de dementie-unit". The ward is the workplace though a
# person is in the clause (not "He was admitted to the dementia care unit").
WORKS_ON = re.compile(r"(?<!\w)(?:werk|werkt|werkte|werkten|werken|gewerkt|werkzaam|work|works|"
                      r"worked|working|employed)(?:[^\S\n]+[\w-]+){0,4}[^\S\n]+(?:op|bij|in|on|"
                      r"at)[^\S\n]+(?:(?:de|het|the|a|an|een)[^\S\n]+)?$", re.IGNORECASE)


class RolesDataError(ValueError):
    """roles.toml is missing, malformed or has a bad key."""


@dataclass(frozen=True)
class Roles:
    """The compiled lists of one language."""

    options: re.Pattern[str]  # one option of a question's answer ("ja", "n.v.t.")
    placeholder: re.Pattern[str]  # a value that tells what to write: "niet invullen", "<naam>"
    requirement_words: re.Pattern[str]  # both lists: "verplicht", "niet nodig"
    no_requirements: frozenset[str]  # a clause that says it is asked of no one: "niet nodig"
    requirement_labels: frozenset[str]
    org_roles: frozenset[str]
    org_copula: re.Pattern[str]  # "<role> is a" right before a term
    prepositions: frozenset[str]  # in a bracket, what it is "via", "for", "by": no role
    job_heads: frozenset[str]  # a job title's head before an organisation: its employer
    task_after: re.Pattern[str]  # a care task's verb after a health term: "medicatie uitzetten"
    task_before: re.Pattern[str]  # or before it: "administering medication"
    org_head: re.Pattern[str]  # an organisation's name going on after a term: " Vereniging"
    ward_heads: frozenset[str]  # a ward's word right before the term: "afdeling longziekten"
    ward_tails: frozenset[str]  # or right after it: "oncology unit"
    group_owners: re.Pattern[str]
    group_links: re.Pattern[str]  # what ties a condition to the group: "met", "with", "die"
    group_breaks: re.Pattern[str]  # the worker's own clause after the group: "en heeft zelf"
    task_noun: re.Pattern[str]  # a task named with the term: "medicatieronde", "drug round"
    union_officials: frozenset[str] = frozenset()  # "bestuurder FNV": the union's employee
    union_possessives: frozenset[str] = frozenset()  # "his FNV lawyer": his own union
    # the person's own union's official (special_org_roles._own_union): "bijgestaan door
    # FNV-jurist", "as he is a member", "Tom, Unite organiser", "Kees is ... onderhandelaar"
    union_own: re.Pattern[str] = re.compile(r"(?!)")
    union_member: re.Pattern[str] = re.compile(r"(?!)")


@cache
def load_roles(language: str, path: Path = DATA) -> Roles:
    """The lists of ``language`` and of the other languages, compiled (a Dutch payslip's
    labels are read the same when its language is guessed wrong, and forms mix languages);
    raises RolesDataError naming the file and key."""
    own = _table(path, language)
    others = [_table(path, lang) for lang in LANGUAGES if lang != language]
    table = {k: sorted({*own[k], *(w for o in others for w in o[k])}) for k in LISTS}
    options = re.compile(r"(?<![\w])(?:" + phrase_trie(table["options"]) + r")(?![\w])",
                         re.IGNORECASE)
    roles = sorted(table["org_roles"], key=len, reverse=True)
    # "the hirer is a", "de inlener is een", and the role's own: "the employer's"
    copula = re.compile(r"(?<![\w])(?:" + phrase_trie(roles) + r")(?:[^\S\n]+(?:is|was|=)"
                        r"[^\S\n]+(?:(?:a|an|the|een|de|het)[^\S\n]+)?|['’]s[^\S\n]+)$",
                        re.IGNORECASE)
    placeholder = re.compile(r"[^\S\n]*[(\[<{]?[^\S\n]*(?:" + phrase_trie(table["placeholders"])
                             + r")(?![\w'’])|[^\S\n]*[<{\[][^<>{}\[\]\n]{1,40}[>}\]][^\S\n]*$"
                             r"|[^\S\n]*(?:_{2,}|\.{3,}|…)[^\S\n_.…]*$",
                             re.IGNORECASE)
    return Roles(options, placeholder,
                 _words(table["requirement_words"] + table["no_requirement_words"]),
                 frozenset(table["no_requirement_words"]),
                 frozenset(table["requirement_labels"]), frozenset(table["org_roles"]),
                 copula, frozenset(table["prepositions"]), frozenset(table["job_heads"]),
                 re.compile(r"[^\S\n]+(?:" + phrase_trie(table["task_verbs"]) + r")(?![\w'’])",
                            re.IGNORECASE),
                 re.compile(r"(?<![\w'’])(?:" + phrase_trie(table["task_verbs"])
                            + r")(?:[^\S\n]+(?:van|of|the|de|het))?[^\S\n]+$", re.IGNORECASE),
                 re.compile(r"[^\S\n]*[-/]?[^\S\n]*(?:" + phrase_trie(table["org_heads"])
                            + r")(?![\w'’])", re.IGNORECASE),
                 frozenset(table["ward_heads"]), frozenset(table["ward_tails"]),
                 _words(table["group_owners"]), _words(table["group_links"]),
                 _words(table["group_breaks"]), _words(table["task_nouns"]),
                 frozenset(table["union_officials"]), frozenset(table["union_possessives"]),
                 *_own_union(table))


def _own_union(table: dict[str, list[str]]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Right before a union's title or name: an aid verb ("accompanied by a"), or a name or
    pronoun it describes ("Tom, ", "Kees is kaderlid en "); and a copula naming membership."""
    aids, copulas = phrase_trie(table["union_aids"]), phrase_trie(table["union_copulas"])
    # a name (one to three capitalised words) or a pronoun opening its line or sentence: the
    # subject, not a name in an attendance list ("Present: Dave Harris, Unite official")
    who = (r"(?:(?<![^\n])|(?<=[.!?][^\S\n]))[^\S\n]*(?:[A-Z][a-zà-ÿ'’-]+(?:[^\S\n]+"
           r"[A-Z][a-zà-ÿ'’-]+){0,2}|(?i:" + phrase_trie(table["union_subjects"]) + r"))")
    gap = r"(?:[^\S\n]+[\w'’-]+){0,%d}?[^\S\n]+$"
    own = re.compile(r"(?<![\w'’])(?i:" + aids + r")(?:[^\S\n]+(?i:a|an|the|een|de|het))?"
                     r"[^\S\n]+$|" + who + "," + gap % 2 + "|" + who + r"[^\S\n]+(?i:"
                     + copulas + r")" + gap % 3)
    member = re.compile(r"(?<![\w'’])(?:" + copulas + r")[^\S\n]+(?:(?:a|an|een)[^\S\n]+)?"
                        r"(?:" + phrase_trie(table["union_members"]) + r")(?![\w'’])",
                        re.IGNORECASE)
    return own, member


def _table(path: Path, language: str) -> dict[str, list[str]]:
    return lower_lists(path, language, LISTS, RolesDataError)


def _words(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?:" + phrase_trie(phrases) + r")(?![\w'’])", re.IGNORECASE)


def is_no_ones(text: str, entity: str, start: int, end: int, rule_key: str, language: str,
               lex: Lexicon, status: bool = False) -> bool:
    """Whether the term text[start:end], tied to a person by ``rule_key``, is no one's data
    by the structure around it (the readings of the module docstring).

    >>> from detectors.special_lexicon import load_lexicon
    >>> lex = load_lexicon("nl")
    >>> t = "Heeft u een chronische ziekte? ja / nee"
    >>> is_no_ones(t, "SPECIAL_HEALTH", 12, 29, "term_only", "nl", lex)
    True
    >>> t = "Heeft u een chronische ziekte? ja, astma"
    >>> is_no_ones(t, "SPECIAL_HEALTH", 12, 29, "term_only", "nl", lex)
    False
    """
    roles = load_roles(language)
    if status and rule_key in CELL_KEYS and _alone_in_cell(text, start, end):
        return True
    if _unanswered(text, start, end, roles, lex):
        return True
    if rule_key == "label" and roles.placeholder.match(text, start, _line(text, start)[1]):
        return True
    if _required(text, start, end, roles, lex):
        return True
    if entity == CRIMINAL and rule_key == UNLINKED and _event_time(text, start, end):
        return True  # "Na de inbraak in de kluisruimte ...": the incident, no one's offence
    if entity == RELIGION and rule_key not in MEMBERSHIP_KEYS and _custom(text, start, end, lex):
        return True  # "Kip shoarma (halal)", "Diwali staff dinners": food, an event
    if entity in ORGANISATIONS:
        return _org_in_role(text, start, end, rule_key, entity, roles, lex)
    return entity == HEALTH and (_group_owned(text, start, end, roles, lex)
                                 or _names_ward(text, start, end, roles, lex)
                                 or _in_org_name(text, end, roles)
                                 or _in_task_noun(text, start, end, roles)
                                 or roles.task_after.match(text, end) is not None
                                 or roles.task_before.search(text, max(0, start - 40), start)
                                 is not None)


def _org_in_role(text: str, start: int, end: int, rule_key: str, entity: str, roles: Roles,
                 lex: Lexicon) -> bool:
    """special_org_roles.org_in_role (it reads this module's lists and label helpers)."""
    from detectors.special_org_roles import org_in_role

    return org_in_role(text, start, end, rule_key, entity, roles, lex)


def _event_time(text: str, start: int, end: int) -> bool:
    """special_events.is_event_time."""
    from detectors.special_events import is_event_time

    return is_event_time(text, start, end)


def _custom(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """special_customs.is_custom, with whether a person is tied to the term in its clause."""
    from detectors.special_customs import clause, is_custom

    lo, hi = clause(text, start, end)
    term = " ".join(text[start:end].lower().split())
    return is_custom(text, start, end, term, _person_tied(text, lo, hi, lex, nouns=False))


def _line(text: str, pos: int) -> tuple[int, int]:
    hi = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if hi < 0 else hi


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """Nothing but figures, dates and marks beside the term in its cell or field value."""
    lo = max((m.end() for m in CELL_EDGE.finditer(text, max(0, start - 80), start)),
             default=max(0, start - 80))
    after = CELL_EDGE.search(text, end, end + 80)
    hi = after.start() if after else min(len(text), end + 80)
    gap = re.sub(r"[ \t]{2,}.*", "", text[end:hi])  # a padded table's next column
    lead = re.sub(r".*[ \t]{2,}", "", text[lo:start])
    return NOT_WORDS.fullmatch(lead + gap) is not None


def _unanswered(text: str, start: int, end: int, roles: Roles, lex: Lexicon) -> bool:
    """The term is in a question (or a field) whose answer is only its options, empty boxes
    or an answer line, none ticked; a question with nothing after it is answered on the next
    line, unless that line is options only or the next question, and no one's own question
    ("Ik heb migraine, kan ik thuiswerken?\nWat denk jij?": a person asks, not a form).
    A line longer than a form's is read no further (each term of a one-line export would
    read the rest of it)."""
    lo, hi = _line(text, end)
    reach = min(hi, end + FORM_LINE)
    mark = min((i for i in (text.find("?", end, reach), text.find(":", end, reach)) if i >= 0),
               default=-1)
    if mark < 0 or hi - mark > FORM_LINE or re.search(r"[.!]\s", text[end:mark]):
        return False
    rest = text[mark + 1 : hi]
    if rest.strip():
        return _only_options(rest, roles, alone=False) or (
            text[mark] == "?" and _moves_on(rest, roles)
            and not _person_tied(text, _question_start(text, lo, start), mark, lex, True)
            # (an answer about someone: "last van migraine? Hij denkt van wel")
            and not _about_someone(text[mark + 1 : _sentence_end(text, mark + 1, hi)]))
    if text[mark] != "?" or hi - lo > FORM_LINE or _person_tied(text, lo, mark, lex, False):
        return False  # "Diagnose:" over its value; a tag question ends a letter's sentence
    nxt = _next_line(text, hi)
    return nxt is not None and (QUESTION_LINE.search(nxt) is not None
                                or _only_options(nxt, roles, alone=True))


# (stop 77) the words of a new sentence after a question on its line: no form's answer
MOVING_ON = 4


def _moves_on(rest: str, roles: Roles) -> bool:
    """The text after a question goes on with a sentence of its own, not an answer ("Lid van
    een vakbond? Onze cao is met beide bonden afgesloten."): a job ad or a leaflet asks its
    reader, and a question no one answers states nothing (an answer opens with an option:
    "? Ja, sinds 2019"), as an interjection does ("? Zeker, al jaren")."""
    words = rest.split()
    return (len(words) >= MOVING_ON and words[0][:1].isupper() and words[0][-1] not in ",!"
            and roles.options.match(rest.lstrip()) is None)


# the one a question's answer speaks of: "Hij denkt van wel", "Ik wel" (not "onze cao", "je")
_ANSWER_SUBJECT = re.compile(r"(?<!\w)(?:hij|zij|ze|ik|he|she|I)(?!\w)", re.IGNORECASE)


def _about_someone(part: str) -> bool:
    """``part`` (the sentence after a question) speaks of one person: a pronoun or a name."""
    return _ANSWER_SUBJECT.search(part) is not None or has_name(part)


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """The end of the sentence that opens at ``lo`` on its line (``hi``, the line's end)."""
    end = SENTENCE_END.search(text, lo, hi)
    return hi if end is None else end.end()


_CLAUSE_MARK = re.compile(r"[.!?:][^\S\n]")  # a sentence's or a field's end on a line


def _question_start(text: str, lo: int, start: int) -> int:
    """Where the term's question begins on its line: after the sentence (or the field's
    label: "Piet belde: last van ...?") before it."""
    ends = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _next_line(text: str, hi: int) -> str | None:
    """The next non-blank line after position ``hi`` (a line end), or None."""
    for line in text[hi:hi + 400].split("\n")[1:4]:
        if line.strip():
            return line
    return None


def _only_options(part: str, roles: Roles, alone: bool) -> bool:
    """``part`` holds only options, boxes and answer lines, none ticked: two options at least,
    or one beside a box or an answer line (one option alone is the answer: "? ja")."""
    if TICKED.search(part):
        return False
    boxes = len(BOX.findall(part)) + len(BLANK.findall(part))
    rest = roles.options.sub(" ", BLANK.sub(" ", BOX.sub(" ", part)))
    if ONLY_SEPARATORS.fullmatch(rest) is None:
        return False
    options = len(roles.options.findall(part))
    return boxes > 0 or options >= 2 or (alone and not options)


def _required(text: str, start: int, end: int, roles: Roles, lex: Lexicon) -> bool:
    """The term is a job's requirement: its field's label says so by its parts, or its
    sentence does, with no person tied to it in its clause ("ik moet verplicht insuline
    spuiten", "Hij moet verplicht insuline spuiten vanwege zijn diabetes", "Essential
    information: Tom has epilepsy" are theirs) unless that clause says it is not required
    of them ("He is not required to be a union member"; never the speaker's own)."""
    label = line_label(text, start, lex)
    # the term's own clause on its own line (or the line it wraps), past its label ("Reden
    # (niet verplicht): ..."): a note's next line is another note
    lo, hi = _line(text, start)
    lo, hi = max(_wrapped_start(text, lo), clause_start(text, start),
                 label[1] if label else 0), min(hi, clause_end(text, end))
    if label is not None and _by_parts(label[0], roles.requirement_labels):
        # the label asks it of whoever holds the job: "the candidate" in its value is no one
        return not _person_tied(text, lo, hi, lex, False)
    found = list(roles.requirement_words.finditer(text, lo, hi))
    if not found:
        return False
    kinds = _trigger_kinds(text, lo, hi, lex)
    if "first_person" in kinds:
        return False
    if "third_person" not in kinds and not _pronoun_or_name(text[lo:hi], lex):
        return True
    return any(" ".join(r.group().lower().split()) in roles.no_requirements
               or _negated(text, lo, r.start(), lex) for r in found) or _negated(
        text, lo, start, lex)


def _trigger_kinds(text: str, lo: int, hi: int, lex: Lexicon) -> set[str]:
    return {lex.trigger_kind.get(" ".join(t.group().lower().split()), "")
            for t in lex.triggers.finditer(text, lo, hi)}


def _pronoun_or_name(part: str, lex: Lexicon) -> bool:
    return _bounded(part, lex.phrases["worker_subjects"]) or has_name(part)


def _person_tied(text: str, lo: int, hi: int, lex: Lexicon, nouns: bool) -> bool:
    """A person in text[lo:hi]: a first-person word, a pronoun or a name, and with ``nouns``
    a third-person trigger ("werknemer", "candidate"), which a form's question also names."""
    kinds = _trigger_kinds(text, lo, hi, lex)
    return "first_person" in kinds or (nouns and "third_person" in kinds) or (
        _pronoun_or_name(text[lo:hi], lex))


def _bounded(part: str, words: re.Pattern[str]) -> bool:
    """One of ``words`` in ``part`` as a word of its own ("hem", not "them")."""
    return any((m.start() == 0 or not part[m.start() - 1].isalnum())
               and (m.end() == len(part) or not part[m.end()].isalnum())
               for m in words.finditer(part))


def _negated(text: str, lo: int, pos: int, lex: Lexicon) -> bool:
    """A negation as a word within two words before ``pos`` ("not required", "geen
    lidmaatschap")."""
    m = lex.negated.search(text, max(lo, pos - 40), pos)
    return m is not None and (m.start() == 0 or not text[m.start() - 1].isalnum())


def _wrapped_start(text: str, lo: int) -> int:
    """The start of the line before ``lo`` when the line at ``lo`` goes on its sentence (it
    opens in lower case after a line with no closing mark), else ``lo``."""
    if lo < 2 or not text[lo : lo + 1].islower() or text[lo - 2 : lo - 1] in ".!?:;":
        return lo
    return text.rfind("\n", 0, lo - 1) + 1


def _by_parts(label: str, words: frozenset[str]) -> bool:
    """A label read by its parts: the whole, one of its words, or a compound ending in one
    ("werklocatie", "functie-eisen")."""
    if label in words:
        return True
    parts = WORD.findall(label)
    # a compound: a head at least three letters short of the part ends it (one C call a part)
    heads = _compound_heads(words)
    return any(p in words or p[3:].endswith(heads) for p in parts)


@lru_cache(maxsize=64)  # a few word lists, each read by every label
def _compound_heads(words: frozenset[str]) -> tuple[str, ...]:
    """The words long enough to end a compound as its head (COMPOUND_HEAD)."""
    return tuple(w for w in words if len(w) >= COMPOUND_HEAD)


def _group_owned(text: str, start: int, end: int, roles: Roles, lex: Lexicon) -> bool:
    """A group of care receivers before the term in its sentence owns it ("residents ...,
    many with cancer"), with no worker (a pronoun, a name) between them and the term."""
    if roles.group_owners.search(text, max(0, start - SENTENCE_REACH), start) is None:
        return False  # most terms: no group before them (the sentence is not sought)
    lo, _ = sentence(text, start, end)
    last = None
    for last in roles.group_owners.finditer(text, lo, start):
        pass
    if last is None:
        return False
    gap = text[last.end() : start]
    link = None
    for link in roles.group_links.finditer(gap):
        pass
    # the link is the last function word before the term, a short list at most between
    # them ("met dementie, COPD en"), and no clause of the worker's own ("en heeft zelf")
    return link is not None and len(WORD.findall(gap[link.end():])) <= GROUP_GAP and (
        roles.group_breaks.search(gap) is None
        and lex.phrases["worker_subjects"].search(gap) is None and not has_name(gap))


def _in_org_name(text: str, end: int, roles: Roles) -> bool:
    """The term goes on into an organisation's name, its head capitalised ("HIV Vereniging",
    "Epilepsy Society"): the organisation, not an illness of anyone."""
    m = roles.org_head.match(text, end)
    return m is not None and text[m.end() - 1 : m.end()].isalpha() and any(
        c.isupper() for c in text[end : m.end()])


def _names_ward(text: str, start: int, end: int, roles: Roles, lex: Lexicon) -> bool:
    """The word right before the term names a ward or a service, itself or by its last part
    ("verpleegafdeling longziekten", "dagkliniek reuma"; not "Edward diabetes"), or the word
    right after it does ("Experience: oncology unit") with no person tied to it in its
    clause ("Tom was admitted to the dementia unit", "Priya's diabetes clinic")."""
    before = re.search(r"([^\W\d_][\w'’-]*)[^\S\n]$", text[max(0, start - 40) : start])
    if before is not None and _by_parts(before.group(1).lower(), roles.ward_heads):
        return True
    # a ward of one word or two: "oncology unit", "dementia care unit"
    after = re.match(r"[^\S\n]([^\W\d_]+)([^\S\n][^\W\d_]+)?(?![\w'’-])",
                     text[end : end + 40])
    if after is None or not {after.group(1).lower(),
                             " ".join(after.group().split()).lower()} & roles.ward_tails:
        return False
    word = before.group(1) if before is not None else ""
    lo = clause_start(text, start)
    if WORKS_ON.search(text, max(lo, start - 80), start) is not None:
        return True
    return not (word.lower().endswith(("'s", "’s", "s'", "s’")) or _person_tied(
        text, lo, clause_end(text, end), lex, True))


def _in_task_noun(text: str, start: int, end: int, roles: Roles) -> bool:
    """The term is part of a task's name ("medicatieronde", "drug round"): the worker's."""
    return any(m.start() <= start and m.end() >= end
               for m in roles.task_noun.finditer(text, max(0, start - 20), end + 20))

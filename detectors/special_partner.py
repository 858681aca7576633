"""Sexual orientation said by a partner's sex (issue #15): "mijn man" written by someone
called Mark, "my partner Sanne" in Emma's letter. A partner word says nothing alone; only
when the writer's gender is known (a signature, "mijn naam is", a CV's name line or its
"Geslacht:" field) and the partner's (the word, or a first name after it) is the same.
First names by gender: data/names/first_name_genders.tsv (make_name_genders.py); a name
given to both is in no list, so no inference. A relation that names both people says it
too: "Mark is getrouwd met Thijs", "Anne and Lisa got married", "de man van Pieter",
"Partner: Thijs" or "Thijs de Vries (partner)" in Mark's record (related_same_sex)."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path

from detectors.word_scan import finditer_at, finditer_on_lines, folded, word_starts

ENTITY = "SPECIAL_SEXUAL_ORIENTATION"
GENDERS = Path(__file__).resolve().parent / "data" / "names" / "first_name_genders.tsv"
COUPLES = Path(__file__).resolve().parent / "data" / "special" / "couples.toml"
QUOTED_SPEECH = Path(__file__).resolve().parent / "data" / "special" / "quoted_speech.toml"
NAME = r"([A-Z][a-zà-ÿ]+)"
# where a field opens: a line's start, or a separator between fields on one line
INLINE = r"(?m:^|(?<=[–—|·;•])|(?<=\s-))"
ROLE_AFTER = re.compile(r"[^\S\n]+[-–—|·][^\S\n]+|,[^\S\n]+")  # "Paul Ridley – Primary teacher"
WRITERS = Path(__file__).resolve().parent / "data" / "special" / "writers.toml"
# the writer's own name: a closing then a name, a self-introduction, a CV's name field
WRITER = [re.compile(p, re.MULTILINE) for p in (
    r"(?i:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?"
    r"|groet(?:en)?|kind regards|best regards|warm regards|regards|yours sincerely|sincerely"
    r"|yours faithfully|best wishes|with best wishes)[^\S\n]*,?\s*" + NAME,
    r"(?i:mijn naam is|ik ben|my name is|i am|i'm)\s+" + NAME,
    # a name field or an e-mail's sender ("From: Lisa de Vries <...>", "Van: Mark Jansen"), at
    # a line's start or as one of a line's fields ("Shift swap – name: Jonas – shift: ...")
    INLINE + r"[^\S\n]*(?i:naam|name|voornaam|voornamen|first name|roepnaam)\s*:[^\S\n]*"
    + NAME,
    INLINE + r"[^\S\n]*(?i:from|van|afzender|sender)[^\S\n]*:[^\S\n]*\"?" + NAME,
    # a chat's or a short e-mail's closing, a comma and the name ending its line ("Best,
    # Michael Turner", "Groetjes,\nSanne"); "Thanks Mark for ..." thanks the reader
    # (also closing a one-paragraph note after its last sentence: "... gehad. Liefs, Sanne")
    r"(?:^|(?<=[.!?]))[^\S\n]*(?i:best|cheers|thanks|thank you|thx|groetjes|gr|mvg|liefs"
    r"|greetings)[^\S\n]*,"
    # (a role in brackets may follow: "Liefs, Sanne (planning Noord)")
    r"\s*" + NAME + r"(?:[^\S\n]+[A-Z][\w'’-]*){0,3}(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*$",
)]
# a note's title naming the person it is about ("Belnotitie - Anouk Dekker (kandidaat)",
# "Gesprek met Dennis Vos"): whose words a quotation in the note is, when nothing else says
TITLE_PERSON = re.compile(r"\A\s*[^\n]{0,60}?(?:[-–—:|]|\b(?i:met|with))[^\S\n]*" + NAME
                          + r"[^\S\n]+(?:(?:van|de|der|den|ter|ten)[^\S\n]+)*[A-Z]")
# what a couple's "mijn vriend en ik" needs in the lower-cased text (couples' prefilter)
COUPLE_NEEDS = (" en ik", " and i", " & i", " and me", " met mijn", " met m'n", " with my",
                " to my")
# between the writer's couple verb and "met mijn vriend": no clause break, a few words at most
COUPLE_BREAK = re.compile(r"[,;:]|\b(?i:en|and|maar|but|of|or|want|omdat|because)\b")
COUPLE_GAP = 6
OBJECT_OF = re.compile(r"\b(?i:met|with|to)\s+\Z")  # right before the friend's "mijn"
FIRST_PERSON_WORD = re.compile(r"\b(?i:ik|we|wij|i|i'm|i am)\b")
# quotation marks on a line: a partner word between an odd number of them is quoted speech
QUOTE = re.compile(r"[\"“”„]")
NEWLINE = re.compile(r"\n")
# the person a record is about: a name or an honorific under a person field ("Medewerker:
# Mark de Vries", "Werknemer: dhr. J. Bakker"); the record's sex, where no writer is known
RECORD_PERSON = re.compile(
    r"^[^\S\n]*(?i:naam|name|medewerker|medewerkster|werknemer|werkneemster|employee"
    r"|naam medewerker|naam werknemer|employee name|kandidaat|candidate|betreft)[^\S\n]*:"
    r"[^\S\n]*(?:(?i:(dhr\.?|de heer|mr\.?|mevr\.?|mevrouw|mw\.?|mrs\.?|ms\.?))[^\S\n]+)?" + NAME,
    re.MULTILINE)
HONORIFIC_SEX = {"dhr": "M", "de heer": "M", "mr": "M", "mevr": "F", "mevrouw": "F", "mw": "F",
                 "mrs": "F", "ms": "F"}
# a contact's relation as a field of its own ("Relatie: echtgenote" under "Contactpersoon:
# Eva Bakker"): the partner's sex by the word, else by the contact's first name in a field
# value up to three lines around it
RELATION_FIELD = re.compile(
    r"^[^\S\n]*(?i:relatie|relatie tot (?:de )?(?:werknemer|medewerker)|relation|relationship"
    r"|relationship to employee|relation to employee|verwantschap)[^\S\n]*:[^\S\n]*"
    r"(?i:(partner|echtgenoot|echtgenote|man|vrouw|husband|wife|spouse|levenspartner))\b",
    re.MULTILINE)
FIELD_NAME = re.compile(r"^[^\S\n]*[^\W\d][^:\n]{0,40}:[^\S\n]*" + NAME, re.MULTILINE)
# a relationship reported between two people ("Melding relatie tussen: - Eva Bakker, planner
# - Anne Smit, HR"; "a relationship between Tom Smit and Daan Kok")
# (a love relationship by its word, or a form's list of the two; "een goede relatie tussen Mark
# en Pieter" is a working one)
BETWEEN = re.compile(
    r"\b(?:(?i:(?:liefdes|(?:affectieve|intieme|romantische|amoureuze|persoonlijke)[^\S\n]+)"
    r"relatie|(?:romantic|intimate|personal|love)[^\S\n]+relationship)[^\S\n]+(?i:tussen"
    r"|between)[^\S\n]*:?\s*(?:[-•*][^\S\n]*)?|(?i:relatie|relationship)[^\S\n]+(?i:tussen"
    r"|between)[^\S\n]*:[^\S\n]*\n\s*(?:[-•*][^\S\n]*)?)" + NAME
    + r"[^\n]*?(?:[^\S\n]+(?:en|and|&)[^\S\n]+|\n[^\S\n]*(?:[-•*][^\S\n]*)?)" + NAME + r"\b")
SEX_FIELD = re.compile(r"^[^\S\n]*(?:geslacht|gender|sex)\s*:[^\S\n]*(man|vrouw|male|female)\b",
                       re.IGNORECASE | re.MULTILINE)
SEX_WORDS = {"man": "M", "male": "M", "vrouw": "F", "female": "F"}
# a first-person partner word and the partner's sex; "vriend"/"vriendin", "girlfriend" are
# as often a friend: not listed
# (case-insensitive for the fixed words only: NAME must stay capitalised, or "my partner will
# pick up" names a "Will")
PARTNER = re.compile(
    r"\b(?i:(?:mijn|m'n|my)\s+(man|echtgenoot|vrouw|echtgenote|husband|wife|boyfriend"
    r"|partner|verloofde|fiancée?|spouse|echtgeno(?:o|)te|levenspartner))\b"
    r"(?:,?[^\S\n]+" + NAME + r")?")
# someone else's partner named: "zijn partner Tom", "her partner Anne" (the pronoun gives
# the person's sex, the name the partner's); "zijn man", "haar vrouw" are lexicon terms
THEIR_PARTNER = re.compile(
    r"\b(?i:(zijn|haar|his|her)\s+(?:partner|verloofde|levenspartner|fiancée?|spouse))"
    r",?[^\S\n]+" + NAME)
# a chat export's or a transcript's line: its speaker wrote it ("[09:14] Daan Visser: mijn man
# ...", "12-03-2025 09:14 - Lisa: my wife ..."); the speaker's name gives that line's writer
SPEAKER = re.compile(r"[^\S\n]*(?:\[[^\]\n]{1,25}\][^\S\n]*|[\d:/.,-]+(?:[^\S\n]+[\d:/.,-]+)?"
                     r"[^\S\n]*[-–][^\S\n]*)?" + NAME
                     + r"(?:[^\S\n]+(?:van|de|der|den|het|ter|ten|'t|[A-Z][\w'’-]*)){0,4}"
                     # a note on the speaker in brackets: "Kevin (uitzendkracht, m):"
                     r"(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*:")
# a relation said with the partner's first name ("getrouwd met Thijs", "married to Anne",
# "woont samen met Sanne"): whose relation it is, the nearest gendered name or pronoun before
# it in its sentence ("Mark is getrouwd met Thijs", "zij woont samen met Eva"), else the
# writer's or the record's person ("Burgerlijke staat: gehuwd met Thijs" in Mark's CV)
# (a partnership by its name too, "registered partnership with Mr. Tom Ek"; a date in brackets
# may stand before "met", an honorific before the name: "gehuwd (per 1-5) met mevrouw Ellen")
RELATION = re.compile(
    r"\b(?:(?i:getrouwd|gehuwd|trouwt|trouwde|trouwen|verloofd|samenwonend|woont samen|woonde samen"
    r"|married|marrying|marries|lives together|living together|lived together"
    r"|geregistreerd partnerschap|registered partnership|civil partnership|samenlevingscontract)"
    r"(?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]+(?i:met|to|with)|(?i:engaged[^\S\n]+to))[^\S\n]+"
    r"(?:(?i:(dhr\.?|de heer|mr\.?|mevr\.?|mevrouw|mw\.?|mrs\.?|ms\.?))[^\S\n]+)?" + NAME
    + r"(?![\w'’])")
# two first names and a relation: "Thijs en Mark zijn getrouwd", "Anne and Lisa got married"
SURNAME = r"(?:[^\S\n]+(?:van|de|der|den|ter|ten|[A-Z][\w'’-]*)){0,3}"
PAIR = re.compile(NAME + SURNAME + r"[^\S\n]+(?:en|and|&)[^\S\n]+" + NAME
                  + SURNAME + r"[^\S\n]+(?P<rel>(?i:(?:zijn|are|were|waren"
                  r"|have been)[^\S\n]+(?:getrouwd|gehuwd|married|een stel|a couple|verloofd)"
                  r"|trouwen|got married|are getting married))\b"
                  # "zijn getrouwd met Anna en Eva": each married to someone else
                  r"(?![^\S\n]+(?i:met|to|with)\b)")
# a partner word owned by a named person: "de man van Pieter", "the wife of Anne", "Anne's wife"
OWNED = re.compile(r"\b(?i:(?:de|the)[^\S\n]+(man|echtgenoot|vrouw|echtgenote|husband|wife)"
                   r"[^\S\n]+(?:van|of))[^\S\n]+" + NAME + r"\b(?![^\S\n]+[A-Z])"
                   r"|" + NAME + r"['’]s[^\S\n]+(?i:(husband|wife))\b")
# a record's partner field or contact ("Partner: Thijs de Vries", "Echtgenote: Anne",
# "Contactpersoon bij nood: Thijs de Vries (partner)"): the partner of the record's person;
# the field's label is read by its parts (writers.toml partner_label_words around the partner
# word: "Naam geregistreerd partner:", "Name of spouse:") and an honorific before the name
# gives the partner's sex too ("de heer Wouter de Jong"); built by _writer_patterns
PARTNER_WORD = r"(partner|echtgeno(?:o)?te?|spouse|husband|wife|levenspartner)"
PARTNER_FIELD = re.compile(PARTNER_WORD, re.IGNORECASE)  # the key of its words in NEEDS
PARTNER_BRACKET = re.compile(NAME + SURNAME + r"[^\S\n]*\((?i:(partner|echtgenoot"
                             r"|echtgenote|husband|wife|spouse|levenspartner))\)")
PRONOUN_SEX = {"zijn": "M", "his": "M", "haar": "F", "her": "F"}
SUBJECT_PRONOUN = {"hij": "M", "he": "M", "zij": "F", "ze": "F", "she": "F"}
FIRST_PERSON = frozenset({"ik", "i"})
SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# how far a couple's words are looked for after "mijn vriend en ik", and how far back a
# quotation's opening mark is looked for: a bound, so a long line costs linear time
COUPLE_REACH = 300
# at most so many "met mijn vriend" looked at per text: a bound on a text that repeats it
JOINED_CAP = 500
QUOTE_REACH = 300
# the words each pattern needs, looked for in the lower-cased text first (most texts have none)
NEEDS = ((RELATION, ("getrouwd", "gehuwd", "trouw", "verloofd", "woont samen", "woonde samen",
                     "partnerschap", "partnership", "samenlevingscontract",
                     "samenwonend", "married", "marrying", "marries", "engaged",
                     "lives together", "living together", "lived together")),
         (PAIR, ("getrouwd", "gehuwd", "married", "een stel", "a couple", "verloofd", "trouwen")),
         (OWNED, ("man van", "vrouw van", "echtgeno", "husband", "wife")),
         (PARTNER_FIELD, ("partner", "echtgeno", "spouse", "husband", "wife")),
         (PARTNER_BRACKET, ("(partner)", "(echtgeno", "(spouse)", "(husband)", "(wife)",
                            "(levenspartner)")),
         (RELATION_FIELD, ("relatie", "relation", "verwantschap")),
         (BETWEEN, ("relatie tussen", "relationship between")))
# where a match can be (word_scan): the words every match of a pattern opens with, or what
# every match holds (lower-cased) on its one line
RELATION_STARTS = ("getrouwd", "gehuwd", "trouw", "verloofd", "samenwonend", "woon", "marri",
                   "liv", "engaged", "geregistreerd", "registered", "civil", "samenlevingscontract")
PARTNER_STARTS = ("mijn", "m'n", "my")
THEIR_STARTS = ("zijn", "haar", "his", "her")
PAIR_HOLDS = ("getrouwd", "gehuwd", "married", "een stel", "a couple", "verloofd", "trouwen")
OWNED_HOLDS = ("man", "vrouw", "echtgeno")  # after "de"/"the"; or "husband", "wife" anywhere
WRITER_SEX = "writer"  # _subject_sex: the relation is the writer's own
SUBJECT_WORD = re.compile(r"\b(?:[A-Z][a-zà-ÿ]+|(?i:hij|zij|ze|he|she|ik|i))\b")
PARTNER_SEX = {"man": "M", "echtgenoot": "M", "husband": "M", "boyfriend": "M",
               "vrouw": "F", "echtgenote": "F", "echtgenotte": "F", "wife": "F"}


@cache
def name_genders() -> dict[str, str]:
    rows = GENDERS.read_text(encoding="utf-8").splitlines()
    return dict(r.split("\t") for r in rows if r and not r.startswith("#"))


def writer_sex(text: str) -> str | None:
    """M or F when every sign of the writer's gender agrees, else None."""
    genders = name_genders()
    seen = {SEX_WORDS[m.group(1).lower()] for m in SEX_FIELD.finditer(text)}
    for pattern in WRITER:
        seen |= {genders[m.group(1).lower()] for m in pattern.finditer(text)
                 if m.group(1).lower() in genders}
    own_title = _writer_patterns()[0]
    # a title naming the writer's own document may open the line ("CV – Thomas Brennan", "CV
    # Petra Smit"), a role after a separator may end it ("Paul Ridley – Primary teacher")
    lines = (ROLE_AFTER.split(line[own_title.match(line).end():], 1)[0].split()
             for line in text.splitlines() if line.strip())
    for words in islice(lines, 3):
        # a CV's or letter's name line, also in capitals ("SOPHIE TAYLOR")
        if 2 <= len(words) <= 4 and (words[0].istitle() or all(w.isupper() for w in words)) \
                and words[0].lower() in genders:
            seen.add(genders[words[0].lower()])
    return seen.pop() if len(seen) == 1 else None


def _line_start(newlines: list[int], pos: int) -> int:
    """Where the line holding ``pos`` starts, from the text's sorted newline offsets."""
    i = bisect_left(newlines, pos)
    return newlines[i - 1] + 1 if i else 0


def _speaker_sex(text: str, pos: int, newlines: list[int]) -> str | None:
    """M or F when the line holding ``pos`` opens with a speaker whose first name says it,
    "" when it opens with a speaker whose name does not (Robin, Sam), None without one."""
    start = _line_start(newlines, pos)
    m = SPEAKER.match(text, start, pos)
    if m is None or QUOTE.match(text[m.end() : pos].lstrip()):
        return None  # "Zei: \"...\"": a quotation's label, whose speaker _quoted_sex finds
    name = m.group(1)
    if name.lower() in _field_labels():
        return None  # a field's label ("Personal: ..."), not a speaker's name
    # a name in neither list is an unknown speaker, not the document's writer (a chat export
    # another person signs)
    return name_genders().get(name.lower(), "")


@cache
def _field_labels(path: Path = WRITERS) -> frozenset[str]:
    """writers.toml's field_labels: a line's opening word that is a field, not a speaker;
    raises ValueError naming the file and the key."""
    words = tomllib.loads(path.read_text(encoding="utf-8")).get("field_labels")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{path}: key field_labels must hold a list of words")
    return frozenset(w.lower() for w in words)


def same_sex_partners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase without the name) of each partner word naming a partner of the
    person's own sex: the writer's ("mijn"), or the one a pronoun points at ("zijn")."""
    genders = name_genders()
    out = []
    # THEIR_PARTNER's words all hold one of these; most texts have none (half its cost a CV)
    lower = text.lower()
    fold = folded(text, lower)
    their = any(word in lower for word in ("partner", "verloofde", "fianc", "spouse"))
    for m in _found(THEIR_PARTNER, text, fold, THEIR_STARTS) if their else ():
        if genders.get(m.group(2).lower()) == PRONOUN_SEX[m.group(1).lower()]:
            phrase = text[m.start() : m.start(2)].rstrip(", \t")
            out.append((m.start(), m.start() + len(phrase), phrase.lower()))
    found = [(m, PARTNER_SEX.get(m.group(1).lower())) for m in _found(PARTNER, text, fold, PARTNER_STARTS)]
    if any(pair in lower for pair in COUPLE_NEEDS):  # most texts have no "... en ik"
        seen = {m.start() for m, _ in found}
        found += [(m, sex) for m, sex in couples(text) if m.start() not in seen]
    if not found:
        return out
    sex = writer_sex(text)
    if sex is None and _writer_patterns()[2].match(text):
        sex = record_sex(text)  # a request's person field is its writer ("Aanvraag verlof")
    # offsets found once per text: a line's start and its quotation marks by bisection
    newlines = [n.start() for n in NEWLINE.finditer(text)]
    quotes = [q.start() for q in QUOTE.finditer(text)]
    for m, partner in found:
        speaker = _speaker_sex(text, m.start(), newlines)
        if speaker is None:
            speaker = _quoted_sex(text, m.start(), newlines, quotes)
        if speaker == "" or (speaker is None and sex is None):
            continue  # a speaker of unknown sex is not the letter's signatory
        by_name = genders.get(m.group(2).lower()) if m.group(2) else None
        if by_name is not None:
            partner = by_name if partner in (None, by_name) else None
        if partner == (speaker or sex):
            # the span and term stop before the name: no name in an explanation
            out.append((m.start(), m.end(1), text[m.start() : m.end(1)].lower()))
    return out


def _alternation(words: list[str]) -> str:
    """Words as one regex alternation, longest first; a space matches any whitespace."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words),
                           key=len, reverse=True))


@cache
def _couple_patterns(path: Path = COUPLES) -> tuple[re.Pattern[str], re.Pattern[str],
                                                    re.Pattern[str], dict[str, str]]:
    """(friend word + "en ik", a couple's words in the sentence, a couple's predicate right
    after "en ik", friend word -> sex) from couples.toml; raises ValueError naming the file
    and the key."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    friends, words = data.get("friend_words"), data.get("couple_words")
    together, events = data.get("together"), data.get("events")
    if not isinstance(friends, dict) or not all(v in ("M", "F") for v in friends.values()):
        raise ValueError(f"{path}: key friend_words must map words to 'M' or 'F'")
    if not isinstance(words, dict) or not all(isinstance(v, list) for v in words.values()):
        raise ValueError(f"{path}: key couple_words must hold a list per language")
    cohabit = data.get("cohabit")
    for key, table, fields in (("together", together, ("words", "verbs")),
                               ("cohabit", cohabit, ("words", "verbs")),
                               ("events", events, ("words", "owners", "verbs"))):
        if not isinstance(table, dict) or not all(isinstance(table.get(f), list) for f in fields):
            raise ValueError(f"{path}: key {key} must hold lists {', '.join(fields)}")
    alternation = "|".join(sorted((re.escape(w) for w in friends), key=len, reverse=True))
    # (the friend's name may stand between: "mijn vriend Sander en ik")
    pair = re.compile(r"\b(?i:(?:mijn|m'n|my)\s+(" + alternation + r"))(?:[^\S\n]+" + NAME
                      + r")?\s+(?i:(?:en|and|&)\s+(?:ik|i|me))\b")
    event = _alternation(events["words"])
    couple = re.compile(r"(?<!\w)(?:" + _alternation([w for ws in words.values() for w in ws])
                        + r"|(?:" + _alternation(events["owners"]) + r")\s+(?:[\w-]+\s+)?(?:"
                        + event + r"))(?!\w)", re.IGNORECASE)
    # right after "en ik": "zijn al 5 jaar samen", "krijgen in mei een baby"
    predicate = re.compile(
        r"\s+(?:[\w'’]+\s+){0,2}?(?:(?:" + _alternation(together["verbs"])
        + r")\s+(?:[\w'’]+\s+){0,3}?(?:" + _alternation(together["words"]) + r")|(?:"
        + _alternation(cohabit["verbs"]) + r")\s+(?:[\w'’]+\s+){0,3}?(?:"
        + _alternation(cohabit["words"]) + r")|(?:"
        + _alternation(events["verbs"]) + r")\s+(?:[\w'’]+\s+){0,2}?(?:een|a|an)\s+"
        r"(?:[\w-]+\s+)?(?:" + event + r"))(?!\w)", re.IGNORECASE)
    # the friend as the object of the writer's couple verb: "trouw in juni met mijn vriend Bas"
    joined = re.compile(r"(?<=\s)(?i:(?:mijn|m'n|my)\s+(" + alternation
                        + r"))\b(?:,?[^\S\n]+" + NAME + r")?")
    return pair, couple, predicate, joined, {k.lower(): v for k, v in friends.items()}


def couples(text: str) -> list[tuple[re.Match[str], str]]:
    """Each "mijn vriend en ik" whose sentence has a couple's word ("gaan trouwen", "wonen 2
    jaar samen"), with the partner's sex by the word: a friend word names a partner only so.

    >>> [(m.group(1), sex) for m, sex in couples("Mijn vriendin en ik gaan trouwen!")]
    [('vriendin', 'F')]
    >>> couples("Mijn vriendin en ik gaan vaak hardlopen.")
    []
    """
    pair, couple, predicate, joined, friends = _couple_patterns()
    pairs = list(pair.finditer(text))
    objects = list(islice((m for m in joined.finditer(text)
                           if OBJECT_OF.search(text, max(0, m.start() - 6), m.start())),
                          JOINED_CAP))
    if not pairs and not objects:
        return []
    # sentence ends and couple words found once per text, then looked up by bisection: each
    # match searching its own 300 characters again made "met mijn vriend" * n cost ~90 µs each
    breaks = list(SENTENCE_END.finditer(text))
    heads, ends = [b.start() for b in breaks], [b.end() for b in breaks]
    words = list(couple.finditer(text))
    starts = [w.start() for w in words]
    out = []
    for m in pairs:
        reach = min(len(text), m.end() + COUPLE_REACH)
        i = bisect_left(heads, m.end())  # the first sentence end after "en ik"
        stop = heads[i] if i < len(heads) and ends[i] <= reach else reach
        j = bisect_left(starts, m.end())
        if (j < len(words) and words[j].end() <= stop) or predicate.match(text, m.end(), stop):
            out.append((m, friends[m.group(1).lower()]))
    out += [(m, friends[m.group(1).lower()]) for m in objects
            if _own_couple_verb_before(text, m.start(), ends, words, starts)]
    return out


def _own_couple_verb_before(text: str, pos: int, ends: list[int], words: list[re.Match[str]],
                            starts: list[int]) -> bool:
    """Whether the clause before ``pos`` has the writer ("ik", "I", "we") and then a couple's
    word, with no comma or coordinator between that word and ``pos`` ("ik trouw op 12 juni met
    mijn vriend"; not "ik ben getrouwd en ga met mijn vriend op reis"). ``ends``: the text's
    sentence ends; ``words``/``starts``: its couple words and their offsets, all sorted."""
    i = bisect_right(ends, pos)
    start = max(ends[i - 1] if i else 0, pos - COUPLE_REACH, 0)
    j = bisect_left(starts, pos) - 1  # the last couple word before ``pos``
    while j >= 0 and words[j].end() > pos:
        j -= 1
    if j < 0 or starts[j] < start:
        return False
    word = words[j]
    gap = text[word.end() : pos]
    if COUPLE_BREAK.search(gap) or len(gap.split()) > COUPLE_GAP:
        return False
    return FIRST_PERSON_WORD.search(text, start, word.start()) is not None


def _quoted_sex(text: str, pos: int, newlines: list[int],
                quotes: list[int]) -> str | None:
    """Whose words a partner word inside quotation marks is: the nearest gendered name or
    pronoun before the quotation in its sentence ("Sanne zei: \"mijn vrouw ...\""), else the
    person a note's title names ("Belnotitie - Anouk Dekker ... Zei: \"mijn vrouw ...\"");
    "" for a quotation of no known speaker, None outside one. ``quotes``: the text's
    quotation marks' offsets; only those of the line up to QUOTE_REACH back count."""
    line = max(_line_start(newlines, pos), pos - QUOTE_REACH)
    first, last = bisect_left(quotes, line), bisect_left(quotes, pos)
    if (last - first) % 2 == 0:
        return None
    subject = _subject_sex(text, quotes[last - 1])
    if subject != WRITER_SEX:
        return subject or ""
    title = TITLE_PERSON.match(text)
    if title is None or not _title_speaks(text, title, quotes[last - 1]):
        return ""
    return name_genders().get(title.group(1).lower(), "")


@cache
def _writer_patterns(path: Path = WRITERS) -> tuple[re.Pattern[str], re.Pattern[str],
                                                    re.Pattern[str]]:
    """(a title naming the writer's own document and its separator, possibly empty; a
    partner field by its label's parts; a title of a request its person files) from
    writers.toml; raises ValueError naming the file and the key."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for key in ("own_titles", "partner_label_words", "own_requests"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{path}: key {key} must hold a list of words")
    # a request's title names its filer as a CV's names its writer ("Verlofaanvraag — Daan")
    title = re.compile(r"(?:[^\S\n]*(?i:" + _alternation(data["own_titles"]
                                                      + data["own_requests"])
                       + r")(?:[^\S\n]*[-–—:|·][^\S\n]*|[^\S\n]+(?=[A-Z])))?")
    around = r"(?i:" + _alternation(data["partner_label_words"]) + r")"
    field = re.compile(
        r"^[^\S\n]*(?:" + around + r"[^\S\n]+){0,3}(?i:" + PARTNER_WORD + r")(?:['’]s)?"
        r"(?:[^\S\n]+" + around + r"){0,2}[^\S\n]*(?:\((?:[^\S\n]*" + around
        + r"){1,2}[^\S\n]*\))?[^\S\n]*:[^\S\n]*(?:(?i:(dhr\.?|de heer|mr\.?|mevr\.?|mevrouw|mw\.?"
        r"|mrs\.?|ms\.?))[^\S\n]+)?" + NAME, re.MULTILINE)
    request = re.compile(r"\s*(?:[^\W\d][\w-]*[^\S\n]+){0,2}?(?i:"
                         + _alternation(data["own_requests"]) + r")\b")
    return title, field, request


@cache
def _speech_patterns(path: Path = QUOTED_SPEECH) -> tuple[re.Pattern[str], frozenset[str]]:
    """(a speech verb alone leading into a quotation, a title note's subject roles) from
    quoted_speech.toml; raises ValueError naming the file and the key."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for key in ("speech_verbs", "subject_words", "subject_roles"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{path}: key {key} must hold a list of words")
    lead = re.compile(r"\s*(?:(?:" + _alternation(data["subject_words"]) + r")\s+)?(?:"
                      + _alternation(data["speech_verbs"]) + r")\s*[:,]?\s*", re.IGNORECASE)
    return lead, frozenset(w.lower() for w in data["subject_roles"])


def _title_speaks(text: str, title: re.Match[str], quote: int) -> bool:
    """Whether a quotation at ``quote`` is the words of the person the note's title names:
    a speech verb alone leads into it in its sentence, and the title's bracketed note, if
    any, makes that person the note's subject ("(kandidaat)"), not its writer ("(recruiter)")."""
    lead, roles = _speech_patterns()
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, quote - 200), quote)]
    start = ends[-1] if ends else max(0, quote - 200)
    if not lead.fullmatch(text, start, quote):
        return False
    line_end = text.find("\n", title.end())
    note = re.search(r"\(([^()\n]*)\)", text[title.end() : line_end if line_end >= 0 else None])
    # each part of the note opens with a subject role ("kandidaat HR-adviseur", "m")
    return note is None or all(part.split()[0].lower() in roles
                               for part in note.group(1).split(",") if part.strip())


def _found(pattern: re.Pattern[str], text: str, fold: str | None,
           starts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at the words its matches open with (word_scan);
    ``fold``: the text lower-cased letter for letter (word_scan.folded), None to search all."""
    if fold is None:
        return pattern.finditer(text)
    return finditer_at(pattern, text, word_starts(fold, starts))


def _on_lines(pattern: re.Pattern[str], text: str, fold: str | None,
              hints: Callable[[str], list[int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only on the lines where ``hints(fold)`` says a
    match may stand (word_scan); all of it when ``fold`` is None."""
    if fold is None:
        return pattern.finditer(text)
    return finditer_on_lines(pattern, text, hints(fold))


def _pair_hints(fold: str) -> list[int]:
    return word_starts(fold, PAIR_HOLDS)


def _owned_hints(fold: str) -> list[int]:
    """Where an OWNED match may stand: "husband", "wife", or a partner word after "de" or
    "the" and a run of spaces ("mevrouw van" holds "vrouw van": read once, not matched)."""
    hints = word_starts(fold, ("husband", "wife"))
    for at in word_starts(fold, OWNED_HOLDS):
        gap = at
        while gap and fold[gap - 1].isspace() and fold[gap - 1] != "\n":  # ([^\S\n])
            gap -= 1
        if gap < at and fold.endswith(("de", "the"), 0, gap):
            hints.append(at)
    return hints



def _subject_sex(text: str, pos: int) -> str | None:
    """Whom a relation at ``pos`` is about: M or F by the nearest gendered first name or
    subject pronoun before it in its sentence; WRITER for "ik" or no such word (a CV's
    "Getrouwd met Thijs"); None for a name given to both."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, pos - 200), pos)]
    start = ends[-1] if ends else max(0, pos - 200)
    genders = name_genders()
    for m in reversed(list(SUBJECT_WORD.finditer(text, start, pos))):
        word = m.group()
        low = word.lower()
        if low in SUBJECT_PRONOUN:
            return SUBJECT_PRONOUN[low]
        if low in FIRST_PERSON:
            return WRITER_SEX
        if word[:1].isupper() and low in genders:
            return genders[low]
    return WRITER_SEX


def related_same_sex(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase without a name) of each relation naming two people of one sex:
    "Mark is getrouwd met Thijs", "Thijs en Mark zijn getrouwd", "de man van Pieter",
    "Partner: Thijs" or "Thijs de Vries (partner)" in Mark's record."""
    genders = name_genders()
    writer: list[str | None] = []  # asked once, only when needed

    def sex_of(subject: str | None) -> str | None:
        if subject != WRITER_SEX:
            return subject
        if not writer:
            writer.append(record_sex(text))
        return writer[0]

    low = text.lower()
    wanted = _wanted(low)
    if not wanted:
        return []
    fold = folded(text, low)
    out: list[tuple[int, int, str]] = []
    for m in _found(RELATION, text, fold, RELATION_STARTS) if RELATION in wanted else ():
        # the partner's sex by the name and the honorific, where those that say one agree
        signs = {genders.get(m.group(2).lower()),
                 HONORIFIC_SEX.get((m.group(1) or "").lower().rstrip("."))} - {None}
        partner = signs.pop() if len(signs) == 1 else None
        if partner is not None and partner == sex_of(_subject_sex(text, m.start())):
            phrase = text[m.start() : m.start(1 if m.group(1) else 2)].rstrip()
            phrase = phrase.split("(")[0].rstrip()  # the verb without its date in brackets
            out.append((m.start(), m.start() + len(phrase), phrase.lower()))
    for m in _on_lines(PAIR, text, fold, _pair_hints) if PAIR in wanted else ():
        if genders.get(m.group(1).lower()) in ("M", "F") and genders.get(
                m.group(1).lower()) == genders.get(m.group(2).lower()):
            out.append((m.start("rel"), m.end("rel"), m.group("rel").lower()))
    for m in _on_lines(OWNED, text, fold, _owned_hints) if OWNED in wanted else ():
        word, owner = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if genders.get(owner.lower()) == PARTNER_SEX[word.lower()]:
            start = m.start() if m.group(1) else m.start(4)
            phrase = text[start : m.start(2)].rstrip() if m.group(1) else m.group(4)
            out.append((start, start + len(phrase), phrase.lower()))
    # "Partner: Thijs" is a partner only in a record about a person (a person field or its
    # sex), not in an e-mail's header ("Partner: Pieter Bakker" beside "Advocaat:")
    if PARTNER_FIELD in wanted and not (RECORD_PERSON.search(text) or SEX_FIELD.search(text)):
        wanted.discard(PARTNER_FIELD)
    for m in _writer_patterns()[1].finditer(text) if PARTNER_FIELD in wanted else ():
        partner = _field_partner_sex(m, genders)
        if partner is not None and partner == sex_of(WRITER_SEX):
            out.append((m.start(1), m.end(1), m.group(1).lower()))
    for pattern, word_group, name_group in ((PARTNER_BRACKET, 2, 1),):
        for m in pattern.finditer(text) if pattern in wanted else ():
            sex = PARTNER_SEX.get(m.group(word_group).lower())
            by_name = genders.get(m.group(name_group).lower())
            partner = by_name if sex in (None, by_name) else None
            if partner is not None and partner == sex_of(WRITER_SEX):
                out.append((m.start(word_group), m.end(word_group),
                            m.group(word_group).lower()))
    for m in BETWEEN.finditer(text) if BETWEEN in wanted else ():
        first, second = genders.get(m.group(1).lower()), genders.get(m.group(2).lower())
        if first is not None and first == second:
            out.append((m.start(), m.start(1), "relatie tussen"))
    for m in RELATION_FIELD.finditer(text) if RELATION_FIELD in wanted else ():
        partner = PARTNER_SEX.get(m.group(1).lower()) or _contact_sex(text, m.start())
        if partner is not None and partner == sex_of(WRITER_SEX):
            out.append((m.start(1), m.end(1), m.group(1).lower()))
    return out


def _field_partner_sex(m: re.Match[str], genders: dict[str, str]) -> str | None:
    """The sex of the partner a partner field names: its word's, its honorific's and its
    first name's, when those that say one agree; None when none does or they differ."""
    signs = {PARTNER_SEX.get(m.group(1).lower()), genders.get(m.group(3).lower())}
    if m.group(2):
        signs.add(HONORIFIC_SEX[m.group(2).lower().rstrip(".")])
    signs.discard(None)
    return signs.pop() if len(signs) == 1 else None


def _phrase(words: str) -> re.Pattern[str]:
    """A phrase of NEEDS as it stands in the text lower-cased with its whitespace runs read
    as one space ("de man  van", "de man\tvan": the patterns take them)."""
    return re.compile(r"\s+".join(map(re.escape, words.split())))


# each NEEDS word as looked for in the text lower-cased: a word by "in", a phrase by a
# pattern (so the text's whitespace is never collapsed)
_NEED_FINDERS = tuple((pattern, tuple(_phrase(w) if " " in w else w for w in words))
                      for pattern, words in NEEDS)


def _wanted(low: str) -> set[re.Pattern[str]]:
    """The patterns of NEEDS one of whose words ``low`` (the text lower-cased) holds."""
    return {pattern for pattern, finders in _NEED_FINDERS if any(
        f in low if isinstance(f, str) else f.search(low) is not None for f in finders)}


def record_sex(text: str) -> str | None:
    """The sex of the person a record is about ("Medewerker: Mark de Vries", "Geslacht: man"),
    else of its writer (writer_sex); None when the signs disagree or there are none."""
    genders = name_genders()
    seen = {HONORIFIC_SEX[m.group(1).lower().rstrip(".")] if m.group(1)
            else genders.get(m.group(2).lower()) for m in RECORD_PERSON.finditer(text)}
    seen |= {SEX_WORDS[m.group(1).lower()] for m in SEX_FIELD.finditer(text)}
    seen.discard(None)
    if not seen:
        return writer_sex(text)
    return seen.pop() if len(seen) == 1 else None


def _contact_sex(text: str, pos: int) -> str | None:
    """The sex of the contact a relation field at ``pos`` belongs to: the first names of the
    field values up to three lines around it, not the record's own person; one sex or None."""
    lo = pos
    for _ in range(3):
        lo = max(0, text.rfind("\n", 0, max(0, lo - 1)))
    hi = pos
    for _ in range(4):
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    own = {m.start(2) for m in RECORD_PERSON.finditer(text, lo, hi)}
    genders = name_genders()
    seen = {genders.get(m.group(1).lower()) for m in FIELD_NAME.finditer(text, lo, hi)
            if m.start(1) not in own} - {None}
    return seen.pop() if len(seen) == 1 else None

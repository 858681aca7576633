"""Classify a document into the SPEC's doc_types, with a reason a DPO can read.

A document is classified by what it is about (doc_signals.toml): its title, its section
headings and its words, weighed against the words that say it is something else. A letter
is a motivation letter only when it applies for a job; a text about CVs is not a CV; an
e-mail counts its body, subject and attachment names (an application e-mail with a CV
attached is a candidate document: `motivation_letter`, the covering letter of the
application).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, takewhile
from pathlib import Path
from typing import Any

import ahocorasick

from scanner.models import DOC_TYPES, SourceItem, TextChunk
from scanner.policy.doc_structure import CLOSING, GREETING

SIGNALS = Path(__file__).with_name("doc_signals.toml")
VIDEO = {".mp4", ".avi", ".mov", ".mkv", ".wmv", ".m4v", ".mpg", ".mpeg", ".264", ".h264",
         ".dav", ".asf"}
EMAIL = {".eml", ".msg"}
MAX_CHARS = 12_000  # classification looks at the start of a document: cheap and enough
TITLE_LINES = 3  # the title is among the first lines, and short: a sentence is not a title
TITLE_CHARS = 70
FIRST_LINE_CHARS = 110  # the first line may carry a code and a version: "PROCEDURE HR-12 — ..."
MRZ_WEIGHT = 9  # two MRZ lines: an ID copy, unless a CV with an ID scan in it says more
# a CV's own score at which an MRZ in it is the scan of an ID inside the CV: an ID copy's
# words score 0 or 1 as a CV, a CV with a passport page scores 7 or more (its sections)
CV_WITH_ID_SCAN = 6
# a CV or an application letter names the job profile it answers: no genre over them
APPLICATION = frozenset({"cv", "motivation_letter"})
ABOUT_NO_ONE = "about no one"  # the reason a type about one person scored 0 (``generic``)
# the reason a type scored 0 because none of its `require` words is there; where the type's
# `require_binds_model` says so, the learned model may not give it either: a letter that
# applies for no job is no motivation letter, whatever its form ("Beste ..., ik ...")
NOT_REQUIRED = "none of its required words"
MESSAGE = "a message about it"  # a type that is no letter or e-mail (``not_in_messages``)
LETTER = "a letter about it"  # a letter without what the record shows (``letter_requires``)
BARRED = "another kind of letter"  # a word that makes it another document (``barred_by``)
GROUP_CHAT = "a group's chat"  # colleagues among themselves (``group_chat``)
REQUEST = "a request for it"  # a title that asks for the record (``request_titles``)
# the reasons a type scored 0 that bar the learned model from it too
_VETOES = frozenset({ABOUT_NO_ONE, MESSAGE, LETTER, BARRED, REQUEST, GROUP_CHAT})
MRZ = re.compile(r"^[PIAC][A-Z<][A-Z<]{3}[A-Z<]{20,}$|^[A-Z0-9<]{30,44}$", re.MULTILINE)
# the subject of a letter or e-mail is part of its title
SUBJECT = re.compile(r"^\s*(?:betreft|onderwerp|subject|re|inzake)\s*:\s*(.+)$", re.MULTILINE)
HEADER = re.compile(r"^\s*(?:van|aan|from|to|cc|datum|date|onderwerp|subject)\s*:", re.MULTILINE)
ATTACHED = re.compile(r"^\s*(?:bijlagen?|attachments?)\s*:\s*(.+)$", re.MULTILINE)
# a field under the title ("Aanwezig: ...", "Apologies: S. Kok (on sick leave)") is not part
# of it: minutes that list who is absent are not about the absence
FIELD = re.compile(r"^[a-zà-ÿ]+(?: [a-zà-ÿ]+)?\s*:\s*\S")
NUMBERING = re.compile(r"^[\s\d.)•*-]*")
# (stop 60) a list's item under the first line is no title ("- rijbewijs C/CE, code 95 ok")
BULLET = re.compile(r"[-•*–·]\s")
TOKEN = re.compile(r"[a-zà-ÿ]+")
SPACES = re.compile(r"\s+")
# a word hyphenated at a line break ("sollici-\nteer", "vaca-\nture"): one word again when
# the line goes on in lower case (detectors/context.py reads the same break the same way)
LINE_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-[^\S\n]*\n\s*(?=[a-zà-ÿ])")
# a chat by its layout (`chat_speakers`, `chat_titles`): lines that open with a speaker
# ("Bezoeker (Noor): ...", "[20:41] Daan: ...", "Kandidaat: ..."), or a chat's title line; a
# letter that names WhatsApp or a chat in passing is no chat
# (the time maybe after its date: "[03-11 21:47]", "[09-10-2026 06:41]", "[3/12/2026, 04:12]")
SPEAKER = re.compile(r"(?m)^[^\S\n]*(?:\[?(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[^\S\n]+)?"
                     r"\d{1,2}[:.]\d{2}(?::\d{2})?\]?[^\S\n]*[-–]?[^\S\n]*)?"
                     r"([a-zà-ÿ][a-zà-ÿ'-]*)(?:[^\S\n]+[a-zà-ÿ'-]+)?"
                     r"(?:[^\S\n]*\([a-zà-ÿ .'-]+\))?[^\S\n]*:[^\S\n]+\S")


@dataclass(frozen=True)
class Doc:
    """What classification reads: names, title, heading lines, text (all lower case)."""

    name: str
    where: str
    title: str
    headings: frozenset[str]
    text: str
    attachments: str
    tokens: frozenset[str]  # the words of ``text``: a set lookup, not a scan, per signal word
    # ``text`` with each whitespace run one space: a signal phrase wrapped over two lines
    # ("graag aan de\nslag") is found all the same (the patterns read ``text``, lines kept)
    flat: str = ""
    # the title lines a genre is read from: not a letterhead above a letter's "Aan:" block
    # ("Flexwerk B.V. - HR Beleid en Verzuim" is the sender, not what the letter is)
    genre_title: str = ""
    # the document's first line when it is a title line of its own (no subject, no letterhead)
    first_title: str = ""


SIGNAL_KEYS = {"name", "title", "content", "headings", "patterns", "against", "require",
               "attachment", "weights", "min_score", "genre_topics", "genre_heads", "subject", "generic",
               "addressed", "no_one", "require_binds_model", "chat_speakers", "not_in_messages",
               "chat_titles", "genre_alone", "require_titles", "require_frames",
               "letter_requires", "barred_by", "yields_to_titles", "request_titles",
               "request_records", "about_one_as", "group_chat"}
BOOL_KEYS = ("require_binds_model",)  # TOML "false" is a string, and truthy
WEIGHTS = {"file_name", "folder", "title", "heading", "content", "against", "attachment"}


@lru_cache(maxsize=1)
def _signals() -> dict[str, Any]:
    return load_signals(SIGNALS)


def load_signals(path: Path) -> dict[str, Any]:
    """The signals file, checked: a misspelt key would silently switch a signal off.
    Raises ValueError naming the file and the key."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if set(data.get("weights", {})) != WEIGHTS or not isinstance(data.get("min_score"), int):
        raise ValueError(f"{path}: [weights] needs exactly {sorted(WEIGHTS)}, and min_score")
    for doc_type, sig in data.items():
        if not isinstance(sig, dict) or doc_type == "weights":
            continue
        bad = set(sig) - SIGNAL_KEYS or set(sig.get("weights", {})) - WEIGHTS
        if doc_type not in DOC_TYPES or bad:
            raise ValueError(f"{path}: [{doc_type}] unknown document type or key {sorted(bad)}")
        for key in BOOL_KEYS:
            if key in sig and not isinstance(sig[key], bool):
                raise ValueError(f"{path}: [{doc_type}] {key} must be true or false, "
                                 f"not {type(sig[key]).__name__}")
        extra = [{"re": r} for r in [*sig.get("subject", []), *sig.get("addressed", [])]] + (
            [sig["generic"]] if "generic" in sig else [])
        extra += [{"re": r} for key in ("require_frames", "request_titles", "request_records")
                  for r in sig.get(key, [])]
        for pattern in [*sig.get("patterns", []), *extra]:
            re.compile(pattern["re"])  # a bad expression fails here, at start-up
    for doc_type, sig in data.items():
        # a type that is about one person as another is (`about_one_as`) reads that type's
        # words for a group, for its reader and for one person, written once
        if isinstance(sig, dict) and (like := sig.get("about_one_as")) is not None:
            if like not in data or "generic" not in data[like]:
                raise ValueError(f"{path}: [{doc_type}] about_one_as: no [{like}] with generic")
            for key in ("generic", "subject", "addressed"):
                sig.setdefault(key, data[like].get(key, []))
    return data


@dataclass(frozen=True)
class Verdict:
    """What the rules say of a document: their type and reason, every type's score, and
    the facts that are hard constraints (a video file, an MRZ) for the learned model."""

    doc_type: str
    reason: str
    scores: dict[str, int]
    mrz: bool = False
    fixed: bool = False  # a video file or a genre title: the rules' type stands
    doc: Doc | None = None
    # types about one person the text is not (it speaks to a group, names no one): the
    # model may not give them either
    vetoed: frozenset[str] = frozenset()
    # `other` won by the document's own genre title ("Toolbox talk minutes – Noise") that
    # names no absence or medical record ("Notulen verzuimoverleg" does): no record about
    # one person, whatever absence words its text holds
    titled: bool = False
    # an accident's or an incident's report (medical's ``yields_to_titles``): about the one
    # person hurt, so its health terms are that person's (special categories), though it is
    # no absence record (the sickness-diagnosis rule reads the points alone)
    injury_report: bool = False


def classify(item: SourceItem, chunks: Sequence[TextChunk],
             attachments: Sequence[str] = ()) -> tuple[str, str]:
    """(doc_type, reason). Video files are camera footage; an MRZ makes an ID copy.
    ``attachments`` are the file names of an e-mail's attachments. The rules' verdict, with
    the learned model's second opinion where the rules are unsure (learned_type)."""
    doc_type, reason, _ = classify_verdict(item, chunks, attachments)
    return doc_type, reason


def classify_verdict(item: SourceItem, chunks: Sequence[TextChunk],
                     attachments: Sequence[str] = ()) -> tuple[str, str, Verdict]:
    """``classify``'s type and reason, and the rules' verdict behind them (every type's
    points: the sickness-diagnosis rule reads the absence-record points of a document
    that became `other`, engine.is_subject_record)."""
    from scanner.policy.learned_type import decide

    verdict = rule_verdict(item, chunks, attachments)
    return (*decide(verdict), verdict)


def rule_verdict(item: SourceItem, chunks: Sequence[TextChunk],
                 attachments: Sequence[str] = ()) -> Verdict:
    """The rule classifier's verdict (doc_signals.toml), before any learned model."""
    if Path(item.name.lower()).suffix in VIDEO:
        return Verdict("camera_footage", "video file", {}, fixed=True)
    text = head_text(chunks)
    doc = _read(item, text, attachments)
    signals = _signals()
    mrz = _has_mrz(text)
    genre = None if mrz else _genre(doc)
    if genre is not None:
        return Verdict("other", f"other kind of document: {genre}", {}, fixed=True, doc=doc)
    alone = None if mrz else _genre_alone(doc)
    scores = {t: _score(sig, doc, {**signals["weights"], **sig.get("weights", {})})
              for t, sig in signals.items() if isinstance(sig, dict) and t != "weights"}
    if mrz and scores["cv"][0] < CV_WITH_ID_SCAN:
        # a CV that carries a scan of the passport is still the CV (id-document-on-cv)
        scores["id_copy"] = (scores["id_copy"][0] + MRZ_WEIGHT, "MRZ line found")
    points = {t: s for t, (s, _) in scores.items()}
    vetoed = frozenset(t for t, (_, why) in scores.items() if why in _VETOES or (
        why == NOT_REQUIRED and signals[t].get("require_binds_model", False)))
    # on a tie `other` wins: a document is given a type only on more evidence than against it
    best = max(scores, key=lambda t: (scores[t][0], t == "other"))
    score, reason = scores[best]
    if alone is not None and not _applies(best, score, doc, signals):
        return Verdict("other", f"other kind of document: {alone}", {}, fixed=True, doc=doc)
    told = _yields_to_title(signals["medical"], doc) if best in ("medical", "other") else None
    if score < signals[best].get("min_score", signals["min_score"]):
        return Verdict("other", "no document-type signals", points, mrz, doc=doc, vetoed=vetoed,
                       injury_report=told is not None)
    if best == "medical" and told is not None:
        return Verdict("other", f"other kind of document: title: {told}", points, mrz, doc=doc,
                       vetoed=vetoed, injury_report=True)
    titled = best == "other" and reason.startswith("title:") and not any(
        w.strip("*") in doc.title for w in signals["medical"].get("title", []))
    reason = reason if best != "other" else f"other kind of document: {reason}"
    return Verdict(best, reason, points, mrz, doc=doc, vetoed=vetoed, titled=titled,
                   injury_report=told is not None)


def _yields_to_title(sig: dict[str, Any], doc: Doc) -> str | None:
    """The report title a type yields to (``yields_to_titles``: "Ongevalsrapport"), unless
    the title names the type's own record too ("Melding arbeidsongeval + verzuim")."""
    told = next((w for w in sig.get("yields_to_titles", ()) if _word_in(w, doc.title)), None)
    if told is None or any(_word_in(w, doc.title) for w in sig.get("title", ())):
        return None
    return told.strip("*")


def _genre(doc: Doc) -> str | None:
    """The genre named in the title or the file name ("cv-sjabloon.docx"), if any."""
    regex = _genre_regex(SIGNALS)
    found = regex.search(doc.genre_title)
    if found is not None:
        return f"title: {found.group()}"
    found = regex.search(Path(doc.name).stem.replace("_", " "))
    return None if found is None else f"file name: {found.group()}"


def _genre_alone(doc: Doc) -> str | None:
    """A genre of its own ("Functieprofiel planner") that opens the document's first title
    line: the document is that description of a post. Not from a subject or a file name: an
    application or a CV names the job profile it answers ("Betreft: sollicitatie
    functieomschrijving planner", "cv_functieprofiel_planner.docx"); nor when a CV or an
    application letter wins on its own evidence (rule_verdict)."""
    found = _genre_alone_regex(SIGNALS).match(doc.first_title)
    return None if found is None else f"title: {found.group()}"


def _applies(best: str, score: int, doc: Doc, signals: dict[str, Any]) -> bool:
    """Whether a CV or an application letter wins on its own evidence, over a job profile's
    title: a letter that applies (its `require` met), or a CV laid out as one (two section
    headings or more: "Werkervaring", "Opleiding"). A job profile about CV screening names
    a CV's sections in a sentence, not as headings."""
    if best not in APPLICATION or score < signals[best].get("min_score", signals["min_score"]):
        return False
    return best == "motivation_letter" or len(_hits(signals["cv"], doc)["heading"]) >= 2


@lru_cache(maxsize=1)
def _genre_alone_regex(path: Path) -> re.Pattern[str]:
    alone = "|".join(map(re.escape, _signals()["other"].get("genre_alone", ["(?!)"])))
    return re.compile(rf"(?:{alone})(?![a-zà-ÿ])")


@lru_cache(maxsize=1)
def _genre_regex(path: Path) -> re.Pattern[str]:
    """A title word that joins a topic to a genre ("verzuimprotocol", "sollicitatieprocedure",
    "absence policy"): the document is that genre, however full of its topic's words."""
    other = _signals()["other"]
    topics = "|".join(map(re.escape, other.get("genre_topics", ["(?!)"])))
    heads = "|".join(map(re.escape, other.get("genre_heads", ["(?!)"])))
    # or both on one title line, a few words apart: "Werkinstructie ziekmelden en herstel",
    # "Procedure bij ziekte", "Policy on sickness absence"
    apart = r"(?:[^\S\n]*[:\-–—/|]?[^\S\n]+[\w'’-]+){0,3}[^\S\n]*[:\-–—/|]?[^\S\n]+"
    return re.compile(rf"(?<![a-zà-ÿ])(?:(?:{topics})(?:s|-|\s)?(?:{heads})(?![a-zà-ÿ])"
                      rf"|(?:{heads}){apart}(?:{topics})"
                      rf"|(?:{topics})[a-zà-ÿ-]*{apart}(?:{heads})(?![a-zà-ÿ]))")


def head_text(chunks: Sequence[TextChunk]) -> str:
    return head_as_written(chunks).lower()


def head_as_written(chunks: Sequence[TextChunk]) -> str:
    """The text's first MAX_CHARS characters as written (a capital tells a name)."""
    out, size = [], 0
    for chunk in chunks:
        out.append(chunk.text)
        size += len(chunk.text)
        if size >= MAX_CHARS:
            break
    return "\n".join(out)[:MAX_CHARS]


def _has_mrz(text: str) -> bool:
    lines = [ln.replace(" ", "").upper() for ln in text.splitlines()]
    return sum(1 for ln in lines if len(ln) >= 30 and ln.count("<") >= 5
               and MRZ.match(ln)) >= 2


def _read(item: SourceItem, text: str, attachments: Sequence[str]) -> Doc:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    is_email = Path(item.name.lower()).suffix in EMAIL or len(HEADER.findall(text[:2000])) >= 2
    subjects = SUBJECT.findall(text[:3000])
    if is_email:
        own, above = [], _above_header(lines)
        names = [*attachments, *ATTACHED.findall(text)]
    else:
        own, above = [ln for n, ln in enumerate(lines[:TITLE_LINES])
                      if len(ln) <= (FIRST_LINE_CHARS if n == 0 else TITLE_CHARS)
                      and (n == 0 or not (FIELD.match(ln) or BULLET.match(ln)))], []
        names = []
    title = [*above, *own, *subjects]
    return Doc(
        name=item.name.lower(), where=(item.path + "/" + (item.member or "")).lower(),
        title="\n".join(title), headings=frozenset(_heading(ln) for ln in lines if len(ln) < 40),
        text=text, attachments="\n".join(names).lower(), tokens=frozenset(TOKEN.findall(text)),
        flat=SPACES.sub(" ", LINE_HYPHEN.sub("", text)),
        genre_title="\n".join([*own, *subjects]), first_title=own[0] if own else "",
    )


def _above_header(lines: Sequence[str]) -> list[str]:
    """The short lines right above a letter's "Aan:"/"Datum:" block, when it starts within
    the title's lines: its title ("Dienst Justis - Beslissing op uw aanvraag VOG", "Verslag
    gesprek"). An e-mail opens with its header and has none, nor has a body without one
    (an .eml's text); a field ("Naam: ...") is no title line, but on the first line only a
    known form label is one (`form_labels`): "Dienst Justis: besluit ..." is a title.

    >>> _above_header(["uwv - beslissing", "aan: dhr. a. bos", "datum: 1 mei"])
    ['uwv - beslissing']
    >>> _above_header(["van: a@b.nl", "aan: c@d.nl", "onderwerp: ziek"])
    []
    >>> _above_header(["beste jan,", "ik ben vandaag ziek.", "groet, sam"])
    []
    >>> _above_header(["notulen: werkoverleg", "aan: allen", "datum: 1 mei"])
    ['notulen: werkoverleg']
    >>> _above_header(["naam: a. bos", "aan: hr", "datum: 1 mei"])
    []
    """
    head = lines[:TITLE_LINES + 1]
    block = next((n for n, ln in enumerate(head) if HEADER.match(ln)), 0)
    above = [ln for n, ln in takewhile(lambda nl: not _is_field(*nl), enumerate(head[:block]))]
    return [ln for n, ln in enumerate(above)
            if len(ln) <= (FIRST_LINE_CHARS if n == 0 else TITLE_CHARS)]


def _is_field(n: int, line: str) -> bool:
    """Whether line ``n`` is a form's field: on the first line only under a known label."""
    return FIELD.match(line) is not None and (
        n > 0 or line.split(":", 1)[0].strip() in _form_labels(SIGNALS))


@lru_cache(maxsize=1)
def _form_labels(path: Path) -> frozenset[str]:
    return frozenset(_signals().get("form_labels", ()))


def _heading(line: str) -> str:
    """'3. Werkervaring:' -> 'werkervaring' (a section heading, numbering and colon off)."""
    return NUMBERING.sub("", line).rstrip(": ").strip()


def _score(sig: dict[str, Any], doc: Doc, weights: dict[str, int]) -> tuple[int, str]:
    """(score, reason) of one document type; a type whose `require` is absent, or that is
    about one person while the text speaks to a group and names no one, scores 0. A title
    that names the type's record ("Doktersverklaring", "Verklaring huisarts") is as good as a
    `require` word: the document says what it is."""
    if sig.get("require") and not _found(sig["require"], doc) and not any(
            _word_in(w, doc.name) or _word_in(w, doc.attachments) for w in sig["require"]
    ) and not any(_word_in(w, doc.title) for w in sig.get("require_titles", [])) and not any(
            _frame(f).search(doc.flat or doc.text) for f in sig.get("require_frames", [])):
        return 0, NOT_REQUIRED
    if "chat_speakers" in sig and _is_chat(sig, doc):
        return 0, "a chat, no letter"
    if "group_chat" in sig and _speakers(doc.text) >= sig["group_chat"]:
        return 0, GROUP_CHAT
    if sig.get("not_in_messages") and (_is_message(doc) or _is_letter(doc)):
        return 0, MESSAGE
    if sig.get("barred_by") and _found(sig["barred_by"], doc):
        return 0, BARRED
    if any(_regex(r).search(doc.title) for r in sig.get("request_titles", ())) and not any(
            _regex(r).search(doc.text) for r in sig.get("request_records", ())):
        return 0, REQUEST
    if sig.get("letter_requires") and _is_letter(doc) and not any(
            _regex(r).search(doc.text) for r in sig["letter_requires"]):
        return 0, LETTER
    hits = _hits(sig, doc)
    score = sum(weights[kind] * len(words) for kind, words in hits.items())
    score += sum(_pattern_score(p, doc.text) for p in sig.get("patterns", []))
    # weighed only where it decides: below its threshold the type cannot win by the rules (a
    # `no_one` reading alone is cheap, and bars the learned model from the type too)
    decides = score >= sig.get("min_score", _signals()["min_score"]) or "generic" not in sig
    if ("generic" in sig or "no_one" in sig) and decides and (
            _about_no_one(sig, doc, titled=_titled_as_record(sig, hits, doc))):
        return 0, ABOUT_NO_ONE
    parts = [f"{kind.replace('_', ' ')}: {', '.join(words[:5])}"
             for kind, words in hits.items() if words and kind != "against"]
    return score, "; ".join(parts)


def _is_message(doc: Doc) -> bool:
    """An e-mail or a letter: a header block (two of "Van:", "Aan:", "Onderwerp:", ...) and a
    greeting. It asks for, answers or objects to what it is about: a request for camera
    images is no recording of them (every writer of the DEV sets typed those `other`)."""
    return len(HEADER.findall(doc.text[:2000])) >= 2 and GREETING.search(doc.text) is not None


def _is_letter(doc: Doc) -> bool:
    """A greeting opening a line and a closing: a letter or an e-mail, with or without a
    header block ("Beste mensen van het uitzendbureau, ... Met vriendelijke groet")."""
    return GREETING.search(doc.text) is not None and CLOSING.search(doc.text) is not None


def _titled_as_record(sig: dict[str, Any], hits: dict[str, list[str]], doc: Doc) -> bool:
    """Whether a title line names the type's record and someone with it ("Plan van aanpak -
    Thijs", "Verzuimgesprek mw. de Vries"), and no genre of [other] beside it ("RI&E - Plan
    van aanpak": a risk inventory's plan, about work). A title without a person ("Plan van
    aanpak werkdruk 2026") may be a team's plan: it makes no one's record."""
    if not hits["title"] or any(_word_in(w, doc.title) for w in _signals()["other"].get("title", [])):
        return False
    lines = [ln for ln in doc.title.splitlines() if any(_word_in(w, ln) for w in hits["title"])]
    return any(_names_someone(sig, ln) for ln in lines)


def _names_someone(sig: dict[str, Any], line: str) -> bool:
    """A `subject` pattern on the line, or a gazetteer first name that is no common word."""
    from detectors.person_names import alone_first_names

    if any(_regex(r).search(line) for r in sig.get("subject", [])):
        return True
    firsts = alone_first_names()
    return any("-".join(p.title() for p in w.split("-")) in firsts
               for w in re.findall(r"[a-zà-ÿ][a-zà-ÿ-]+", line))


def is_group_chat(text: str) -> bool:
    """A chat among colleagues ([medical] ``group_chat`` speakers or more): the team's, no
    one's record or the employer's note about one of them."""
    least = _signals()["medical"].get("group_chat")
    return least is not None and _speakers(text) >= least


def _speakers(text: str) -> int:
    """How many people speak in a chat: the first names that open its lines as speakers
    ("[07:12] Sanne: ...", "Bilal: ...")."""
    return len({word for word, named in _speaker_words(text) if named})


@lru_cache(maxsize=4)  # the document being classified: read by _is_chat and _speakers
def _speaker_words(text: str) -> tuple[tuple[str, bool], ...]:
    """The word of each line that opens with a speaker (SPEAKER), in order, and whether it
    is a first name that stands alone ("daan", True; "kandidaat", False)."""
    from detectors.person_names import alone_first_names

    firsts = alone_first_names()
    return tuple((word, "-".join(p.title() for p in word.split("-")) in firsts)
                 for word in (found.group(1) for found in SPEAKER.finditer(text)))


def _is_chat(sig: dict[str, Any], doc: Doc) -> bool:
    """A chat by its layout: a chat's title on the first line ("WhatsApp - vestiging Gouda",
    "Chat via website"), or two lines or more that open with a speaker: a role
    (`chat_speakers`: "Kandidaat:", "Recruiter:") or a first name ("Daan:"); a form's
    fields ("Naam:", "Adres:") are no speakers."""
    first = doc.text.lstrip().split("\n", 1)[0]
    # the chat's word opens the line: "Sollicitatie live chat medewerker" is a letter's title
    if len(first) <= TITLE_CHARS and any(_pattern(w).match(first)
                                         for w in sig.get("chat_titles", [])):
        return True
    roles = set(sig["chat_speakers"])
    return sum(1 for word, named in _speaker_words(doc.text) if named or word in roles) >= 2


def _hits(sig: dict[str, Any], doc: Doc) -> dict[str, list[str]]:
    name = [w for w in sig.get("name", []) if _word_in(w, doc.name)]
    title = [w for w in sig.get("title", []) if _word_in(w, doc.title)]
    words = sig.get("content", [])
    heading = [w for w, bare in _bare((*words, *sig.get("headings", [])))
               if bare in doc.headings and w not in title]
    found = _found(words, doc)
    against = _found(sig.get("against", []), doc)
    return {
        "file_name": name,
        "folder": [w for w in sig.get("name", []) if w not in name and _word_in(w, doc.where)],
        "title": title, "heading": heading,
        "content": [w for w in words if w in found and w not in title and w not in heading],
        "attachment": [w for w in sig.get("attachment", []) if _word_in(w, doc.attachments)],
        "against": [w for w in sig.get("against", []) if w in against],
    }


def _found(words: Sequence[str], doc: Doc) -> set[str]:
    """The signal words in the text (``_word_in``): the plain one-word signals met with the
    text's word set at once (``Doc.tokens``); of the rest (phrases, prefixes, suffixes) a
    signals-file word only when its letters occur in it (one pass for every signal:
    ``_occurring``), a caller's own word by ``_word_in`` alone; both in ``Doc.flat``, so a
    phrase wrapped over two lines is found."""
    plain, rest = _split(tuple(words))
    if not rest:
        return plain & doc.tokens
    text = doc.flat or doc.text
    occurring, known = _occurring(text), _literals()
    return (plain & doc.tokens) | {w for w, letters in rest
                                   if (letters in occurring or letters not in known)
                                   and _word_in(w, text)}


@lru_cache(maxsize=256)
def _split(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    plain = frozenset(w for w in words if w.isalpha() and w.isascii())
    return plain, tuple((w, w.strip("*")) for w in words if w not in plain)


@lru_cache(maxsize=1)
def _literals() -> ahocorasick.Automaton:
    """Every signal word's letters (doc_signals.toml; '*' off), for one pass over a text."""
    sig = _signals()
    words = {w.strip("*") for name, t in sig.items() if isinstance(t, dict) and name != "weights"
             for key in ("content", "headings", "against", "require")
             for w in t.get(key, []) if isinstance(w, str)}
    automaton = ahocorasick.Automaton()
    for w in sorted(words - {""}):
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=4)  # the document being classified: every type asks
def _occurring(text: str) -> frozenset[str]:
    """The signal words' letters (``_literals``) that occur in ``text``, anywhere."""
    return frozenset(w for _, w in _literals().iter(text))


@lru_cache(maxsize=256)
def _bare(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each signal word with its heading form (no colon: "werkervaring:" heads a section)."""
    return tuple((w, w.rstrip(":")) for w in words)


def _about_no_one(sig: dict[str, Any], doc: Doc, titled: bool = False) -> bool:
    """A policy, RI&E or guide: it speaks to a group (`generic`, at least `min` times), is
    addressed to no one by name (`addressed`: a letter "Beste Sanne," is about its reader,
    whatever else it says) and no `subject` pattern names one person, or special_subject
    finds it about no one (an "Informatieblad RSI" that names no one). A two-line note names no one and speaks to no
    group. A text that speaks to no group and is ``titled`` as a record of the type ("Plan
    van aanpak - Thijs", "Verzuimgesprek") is that record: the detectors' reading, which
    looks for kinds of document and pronouns, may find no one in a note that names its
    person by first name only."""
    from detectors.language import guess_language
    from detectors.special_subject import evidence, is_about_no_one, load_subject_rules

    generic = sig.get("generic")
    if any(_regex(r).search(doc.text) for r in sig.get("addressed", [])):
        return False  # a letter to one person by name is about its reader
    names_one = any(_regex(r).search(doc.text) for r in sig.get("subject", []))
    if not names_one and _found(sig.get("no_one", []), doc):
        # it says so: a report of figures, "geaggregeerd, geen persoonsgegevens"; a record
        # that names its person and says it will be anonymised later is still the record
        return True
    if generic is None:
        return False  # a type that reads only what a text says of itself (`no_one`)
    if _count(_regex(generic["re"]), doc.text, generic["min"]) < generic["min"]:
        # few words to a group, but the detectors' reading of the whole text (a fact sheet's
        # title, no one named: special_subject) may still say it is about no one
        return not (names_one or titled) and is_about_no_one(doc.text, guess_language(doc.text))
    if not names_one:
        return True
    # a subject pattern matched, but an article or a guide quotes "dr. X" or "ik" too: the
    # detectors' reading finds no person at all in it and finds it about no one
    language = guess_language(doc.text)
    group, person = evidence(doc.text, language)
    return person == 0 and group >= load_subject_rules(language).threshold


@lru_cache(maxsize=64)
def _frame(source: str) -> re.Pattern[str]:
    """A `require_frames` expression, compiled once (the text it reads is lower case)."""
    return re.compile(source)


def _pattern_score(pattern: dict[str, Any], text: str) -> int:
    most = int(pattern["max"])
    return int(pattern["weight"]) * _count(_regex(pattern["re"]), text, most)


def _count(regex: re.Pattern[str], text: str, most: int) -> int:
    """How many times ``regex`` matches, counted up to ``most``: the scan stops there (a CV
    says "ik" three times in its first lines)."""
    return sum(1 for _ in islice(regex.finditer(text), most))


@lru_cache(maxsize=64)
def _regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    """Whole word; 'sollicit*' is a prefix and '*protocol' a suffix (see doc_signals.toml)."""
    before = "" if word.startswith("*") else r"(?<![a-zà-ÿ])"
    after = "" if word.endswith("*") else r"(?![a-zà-ÿ])"
    return re.compile(before + re.escape(word.strip("*")) + after)


def _word_in(word: str, text: str) -> bool:
    # the substring test first: most signal words are absent, and it is ~10x cheaper
    return word.strip("*") in text and _pattern(word).search(text) is not None

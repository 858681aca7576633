"""Misses and false positives of a DEV blind set as shapes, never as text.

For each labelled value no detection found and each detection no label covers, prints only
its *shape* (digits -> 9, letters -> a/A, punctuation kept) and the normalized label word
before it on its line (or ``^`` and the last word of the line above when it opens its line),
plus ``[row ;]`` when its line is a delimited row. Counted, most frequent first. Run only on
the DEV sets of eval_blind (never on a held-out set): what is seen here is tuned to.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from tests.eval.blind_pipeline import findings_of, same_value, value_prints

_WORD = re.compile(r"\S+")


def shape(value: str) -> str:
    """Digits as 9, letters as a or A, the rest kept.

    >>> shape("Jan 06-12"), shape("BSN")
    ('Aaa 99-99', 'AAA')
    """
    return "".join("9" if c.isdigit() else ("A" if c.isupper() else "a") if c.isalpha()
                   else c for c in value)


def label_word(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORD.findall(text[line_start:start])
    if words:
        return shape_digits(words[-1])
    above = _WORD.findall(text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start])
    return "^" + (shape_digits(above[-1]) if above else "")


def shape_digits(word: str) -> str:
    """A label word as it is when it reads as one (lower-case letters and punctuation, or a
    short acronym such as 'BSN'), else its shape: a capitalised word before a value is
    mostly a name, and an address or handle ('@', digits) is an identifier itself.

    >>> shape_digits("bsn:"), shape_digits("Jansen,"), shape_digits("j.jansen@mail.nl")
    ('bsn:', 'Aaaaaa,', 'a.aaaaaa@aaaa.aa')
    """
    last = re.split(r"[;|,\t]", word.rstrip(";|,\t"))[-1] or word
    tail = word[len(word.rstrip(";|,\t")):]
    readable = re.fullmatch(r"[^\W\d_]+(?:[-.:/()'][^\W\d_]*)*[-.:/()']?", last) is not None
    shown = last.lower() if (last.islower() and readable) or (
        last.isupper() and len(last) <= 5 and readable) else shape(last)
    return re.sub(r"\d", "9", shown + tail)[:30]


def row_mark(text: str, start: int) -> str:
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", start) % (len(text) + 1)]
    delims = [d for d in ";\t|," if line.count(d) >= 2]
    return f" [row {delims[0]!r}]" if delims else ""


def _doc_misses(text: str, label: dict[str, Any]) -> Counter[str]:
    from detectors import detect
    from tests.eval.eval_blind import _overlaps, label_spans

    scope = {x["entity"] for x in label["entities"] + label.get("decoys", [])}
    expected = label_spans(text, label["entities"])
    found = [d for d in detect(text, label.get("lang", "nl")) if d.entity in scope]
    out: Counter[str] = Counter()
    for e in expected:
        if not any(_overlaps(d, e) for d in found):
            out[f"{e.entity:15} raw-FN {shape(text[e.start:e.end]):22} after "
                f"{label_word(text, e.start)}{row_mark(text, e.start)}"] += 1
    for d in found:
        if not any(_overlaps(d, e) for e in expected):
            out[f"{d.entity:15} raw-FP {shape(text[d.start:d.end]):22} after "
                f"{label_word(text, d.start)}{row_mark(text, d.start)}"] += 1
    return out


def _pipeline_misses(folder: Path, text: str, label: dict[str, Any]) -> Counter[str]:
    found = findings_of(folder, label)
    out: Counter[str] = Counter()
    for lab in label["entities"]:
        if any(e == lab["entity"] and same_value(e, v, x) for e, v in found
               for x in value_prints(lab["entity"], lab["text"])):
            continue
        m = re.search(rf"(?<!\w){re.escape(lab['text'])}(?!\w)", text)
        where = f"{label_word(text, m.start())}{row_mark(text, m.start())}" if m else "?"
        out[f"{lab['entity']:15} pipe-FN {shape(lab['text']):21} after {where}"
            f"{_chunk_of(folder, label, lab['text'])}"] += 1
    return out


def _chunk_of(folder: Path, label: dict[str, Any], value: str) -> str:
    """Where the extractor put a value the pipeline missed: " {prose}", " {cell <header>}"
    (the header as label_word shows a label word), " {nowhere}" when no chunk holds it
    whole. The location names the header the cell was read under, never the value."""
    from scanner.extract import extract
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem, TextChunk
    from tests.eval.eval_blind import SCAN_TIME

    path = folder / "docs" / label["doc"]
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=SCAN_TIME)
    for chunk in extract(item, data, Limits()):
        if not isinstance(chunk, TextChunk):
            continue
        m = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", chunk.text)
        if m is None:
            continue
        if "column" not in chunk.location and "row" not in chunk.location:
            return " {prose}"
        line = chunk.text[chunk.text.rfind("\n", 0, m.start()) + 1 : m.start()]
        head = line.rstrip(": ").rsplit(":", 1)[0] if ":" in line else ""
        at = " ".join(shape_digits(w) for w in re.sub(r"\d+", "9", chunk.location).split())
        return " {cell " + " ".join(shape_digits(w) for w in head.split()[-3:]) + " @ " + at + "}"
    return " {nowhere}"


def diagnose(folder: Path, labels: list[dict[str, Any]]) -> None:
    total: Counter[str] = Counter()
    for label in labels:
        text = (folder / "docs" / label["doc"]).read_text(encoding="utf-8")
        total += _doc_misses(text, label) + _pipeline_misses(folder, text, label)
    for line, n in sorted(total.items(), key=lambda kv: (kv[0][:15], -kv[1], kv[0])):
        print(f"  {n:3} {line}")


def _category_verdicts(text: str, lang: str, entity: str) -> str:
    """How each lexicon term of ``entity`` in the text was judged: "rule:term" (a lexicon
    lemma or compound, never the text around it), "-" for a term no rule tied to a person."""
    from detectors.special_lexicon import load_lexicon
    from detectors.special_link import link_evidence
    from detectors.special_rules import judge

    lang = lang if lang in ("nl", "en") else "nl"
    lex = load_lexicon(lang)
    out = []
    for hit in lex.matcher.find(text):
        if hit.entity == entity:
            verdict = judge(text, hit, lex)
            key = verdict.key if verdict else "-" + _why_not(text, hit, lex)
            if verdict is not None and verdict.open:  # the evidence special_link weighed
                key += "(" + "+".join(sorted(link_evidence(text, hit.start, hit.end, lang,
                                                           lex))) + ")" + _line_shape(text, hit)
            out.append(f"{key}:{hit.term}")
    return (" ".join(out[:6]) or "no term") + _subject(text, lang)


def _why_not(text: str, hit: Any, lex: Any) -> str:
    """Why the rules tied no person to a term: the kind of the nearest trigger before it in
    its clause and the trigger (a rules.toml phrase, never the text around it), or "anyone"
    for a clause about anyone."""
    from detectors.special_rules import ANYONE, _last_trigger, _trigger, clause_start, norm

    why = _trigger(text, hit, lex)
    last = _last_trigger(text, hit, lex, clause_start(text, hit.start))
    words = "" if last is None else f"{lex.trigger_kind[norm(last.group())]}={norm(last.group())}"
    return f"[{why if isinstance(why, str) else ''}{'' if why == ANYONE else ' ' + words}]"


def _finding_rules(folder: Path, label: dict[str, Any], entity: str) -> str:
    """The rules of a false positive's findings (their explanation after "rule:": a rule
    name and its trigger or label word, never the value), and the term when it is a lexicon
    lemma, else its shape."""
    from detectors.special_lexicon import load_lexicon
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item
    from tests.eval.eval_blind import SCAN_TIME

    data = (folder / "docs" / label["doc"]).read_bytes()
    item = SourceItem(path=str(folder / "docs" / label["doc"]), member=None, size=len(data),
                      modified=SCAN_TIME)
    cfg = ScanConfig(key=b"eval-key-not-secret", policy_path=None, limits=Limits(),
                     now=SCAN_TIME)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    lex = load_lexicon(label["lang"] if label["lang"] in ("nl", "en") else "nl")
    out = []
    for f in first.findings:
        if f.entity == entity:
            term = f.masked.lower()
            known = any(h.term == term for h in lex.matcher.find(term))
            rule = re.sub(r"'([^']*)'", lambda m: _known_words(m.group(1), lex),
                          (f.explanation or "").rpartition("rule: ")[2])
            out.append(f"{term if known else shape(f.masked)} <- {rule}")
    return " {found: " + "; ".join(out[:4]) + "}"


def _known_words(quoted: str, lex: Any) -> str:
    """A rule's quoted words as they are when they are a lexicon label, trigger or term,
    else their shape: a field label may hold a name ("Gesprek met Fatima:")."""
    phrase = quoted.rstrip(":").strip()
    known = (phrase in lex.label_entity or phrase in lex.trigger_kind
             or any(p.fullmatch(phrase) for p in lex.phrases.values())
             or any(h.term == phrase for h in lex.matcher.find(phrase)))
    return f"'{quoted}'" if known else f"'{shape(quoted)}'"


def _line_shape(text: str, hit: Any) -> str:
    """The shape of the sentence before an open term and of the words after it on its line
    (``<T>`` the term; letters as a/A, digits as 9), 60 characters either side: how the
    person is referred to, never the words."""
    from detectors.special_sentences import sentence

    lo, hi = sentence(text, hit.start, hit.end)
    lo = text.rfind("\n", 0, max(0, lo - 1)) + 1 if lo > 0 else 0  # and the line before
    before = shape(text[max(lo, hit.start - 60) : hit.start]).replace("\n", "/")
    after = shape(text[hit.end : min(hi, hit.end + 60)]).replace("\n", "/")
    return f"[{before}<T>{after}]"


def _subject(text: str, lang: str) -> str:
    """The whole text's evidence of being about no one (special_subject): numbers only."""
    from detectors.special_subject import evidence, is_about_no_one

    lang = lang if lang in ("nl", "en") else "nl"
    generic, person = evidence(text, lang)
    return f" [{'NO ONE ' if is_about_no_one(text, lang) else ''}g={generic:.2f} p={person:.2f}]"


def diagnose_documents(folder: Path, labels: list[dict[str, Any]]) -> None:
    """For a DEV document set: per category miss or false positive, the document's labelled
    and predicted type and how the category's lexicon terms were judged; per type confusion
    the classifier's reason (signal words of doc_signals.toml). Never a text."""
    from tests.eval.eval_blind import document_results

    out: Counter[str] = Counter()
    for label in labels:
        text = (folder / "docs" / label["doc"]).read_text(encoding="utf-8")
        doc_type, special, rules = document_results(folder, label)
        rules = {r for r in rules if "@" not in r}  # "rule@severity": the severity apart
        where = f"{label['lang']} {label['doc_type']}->{doc_type}"
        for rule in sorted((set(label["rules"]) ^ rules) - {r for r in rules
                                                            if r.startswith("retention-")}):
            out[f"rule {rule:22} {'FN' if rule in label['rules'] else 'FP':10} {where}"
                f"{_bsn_labels(text) if rule == 'bsn-outside-hr' else ''}"] += 1
        if doc_type != label["doc_type"]:
            out[f"type {where}:{_type_scores(text)}"] += 1
        for cat in sorted(set(label["special"]) ^ special):
            kind = "FN" if cat in label["special"] else (
                "FP-hardneg" if label.get("hard_negative") else "FP")
            why = "" if kind == "FN" else _finding_rules(folder, label, cat)
            out[f"{cat:27} {kind:10} {where}: {_category_verdicts(text, label['lang'], cat)}"
                f"{why}"] += 1
    for line, n in sorted(out.items()):
        print(f"  {n:3} {line}")
    subject_evidence(folder, labels)


def subject_evidence(folder: Path, labels: list[dict[str, Any]]) -> None:
    """How far apart special_subject's whole-text evidence (generic - person) puts the hard
    negatives and the documents with a special category: sorted numbers, never a text."""
    from detectors.special_subject import evidence

    groups: dict[str, list[float]] = {"hard negatives": [], "with a category": []}
    for label in labels:
        text = (folder / "docs" / label["doc"]).read_text(encoding="utf-8")
        lang = label["lang"] if label["lang"] in ("nl", "en") else "nl"
        generic, person = evidence(text, lang)
        if label.get("hard_negative"):
            groups["hard negatives"].append(generic - person)
        elif label["special"]:
            groups["with a category"].append(generic - person)
    for name, values in groups.items():
        print(f"  generic - person, {name}: " + " ".join(f"{v:.1f}" for v in sorted(values)))


def _type_scores(text: str) -> str:
    """The classifier's three best types with their signal words (doc_signals.toml words,
    never the text around them)."""
    from datetime import UTC, datetime

    from scanner.models import SourceItem
    from scanner.policy.classify import _read, _score, _signals

    doc = _read(SourceItem(path="x.txt", member=None, size=0, modified=datetime.now(UTC)),
                text[:12000].lower(), ())
    sig = _signals()
    scores = {t: _score(s, doc, {**sig["weights"], **s.get("weights", {})})
              for t, s in sig.items() if isinstance(s, dict) and t != "weights"}
    top = sorted(scores.items(), key=lambda kv: -kv[1][0])[:3]
    return " " + " | ".join(f"{t} {v[0]} ({v[1][:100]})" for t, v in top) + _form(doc)


def _form(doc: Any) -> str:
    """The text's form (doc_structure's marker words) and the learned model's two likeliest
    types: what kind of text carries the signal words."""
    from scanner.policy.doc_structure import MARK, structure
    from scanner.policy.learned_type import type_probabilities

    p = sorted(type_probabilities(doc).items(), key=lambda kv: -kv[1])[:2]
    form = structure(doc.text).replace(MARK, "")
    return f" || form: {form or '-'}; model: " + ", ".join(f"{t} {v:.2f}" for t, v in p)


def _bsn_labels(text: str) -> str:
    """The label word before each BSN and the classifier's signal words: what makes the
    document an HR record or not."""
    from datetime import UTC, datetime

    from detectors import detect
    from scanner.models import SourceItem
    from scanner.policy.classify import _read, _score, _signals

    words = sorted({label_word(text, d.start) for d in detect(text, "nl") if d.entity == "NL_BSN"})
    doc = _read(SourceItem(path="x.txt", member=None, size=0, modified=datetime.now(UTC)),
                text[:12000].lower(), ())
    sig = _signals()
    scores = {t: _score(s, doc, {**sig["weights"], **s.get("weights", {})})
              for t, s in sig.items() if isinstance(s, dict) and t != "weights"}
    top = sorted(scores.items(), key=lambda kv: -kv[1][0])[:3]
    return f" bsn after {words}; " + " | ".join(f"{t} {v[0]} ({v[1][:80]})" for t, v in top)


def link_counts(folder: Path, labels: list[dict[str, Any]], counts: Counter[str]) -> None:
    """For every term the rules leave open (special_link decides), its evidence combination
    and whether its document is labelled with the term's category: ``m`` labelled and missed
    by the rules, ``+`` labelled and found by another rule, ``-`` not labelled, ``h`` a hard
    negative. Counts only, never a text; summed over the sets by the caller."""
    from detectors.special_category import candidates
    from detectors.special_lexicon import load_lexicon
    from detectors.special_link import link_evidence
    from detectors.special_rules import judge

    for label in labels:
        text = (folder / "docs" / label["doc"]).read_text(encoding="utf-8")
        lang = label["lang"] if label["lang"] in ("nl", "en") else "nl"
        lex = load_lexicon(lang)
        seen: set[str] = set()
        ruled = {m.entity for m in candidates(text, lang)
                 if m.rule_key not in ("linked", "term_only", "unlinked")}
        for hit in lex.matcher.find(text):
            verdict = judge(text, hit, lex)
            if verdict is None or not verdict.open:
                continue
            found = link_evidence(text, hit.start, hit.end, lang, lex)
            key = f"{hit.entity[8:]:18} {' '.join(sorted(found)) or '(none)'}"
            if key in seen:
                continue  # one count per document and combination
            seen.add(key)
            mark = ("+" if hit.entity in ruled else "m") if hit.entity in label["special"] else (
                "h" if label.get("hard_negative") else "-")
            counts[f"{key} {mark}"] += 1


def print_link_counts(counts: Counter[str]) -> None:
    rows: dict[str, Counter[str]] = {}
    for key, n in counts.items():
        rows.setdefault(key[:-2], Counter())[key[-1]] += n
    for key in sorted(rows):
        c = rows[key]
        print(f"  link {key:70} m{c['m']:<3} +{c['+']:<3} -{c['-']:<3} h{c['h']:<3}")

"""CV plans: which blocks and identifiers a CV carries, and its format."""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faker import Faker

from samplegen.common import Block, Doc
from samplegen.identifiers import fmt_bsn, make_bsn, make_iban, make_passport_number
from samplegen.people import Person, make_person
from samplegen.render import renderer_for

CONTENT = Path(__file__).with_name("cv_content.toml")
# Keys of [<lang>.labels]: headings and the labels of planted identifiers.
LABELS = (
    "personal",
    "profile",
    "work",
    "present",
    "education",
    "skills",
    "languages",
    "hobbies",
    "references",
    "iban",
    "passport",
)
# spec.bsn -> (label in the personal details, written form); "" is a bare number.
BSN_FORMS = {
    "labelled": ("BSN", "dots"),
    "burgerservicenummer": ("Burgerservicenummer", "plain"),
    "english": ("Citizen service number (BSN)", "spaces"),
    "unlabelled": ("", "plain"),
}


@dataclass(frozen=True)
class CvWords:
    """One language's word lists and headings (cv_content.toml)."""

    jobs: tuple[tuple[str, tuple[str, ...]], ...]  # (title, duties)
    education: tuple[tuple[str, str], ...]  # (course, school)
    skills: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]  # (language, level)
    hobbies: tuple[str, ...]
    profiles: tuple[str, ...]
    labels: dict[str, str]


@dataclass(frozen=True)
class CvSpec:
    """What a CV carries besides the usual contact details."""

    lang: str = "nl"
    bsn: str = ""  # "" or a BSN_FORMS key
    iban: bool = False
    id_document: bool = False
    special: tuple[tuple[str, str], ...] = ()  # (entity, statement)
    decoys: tuple[str, ...] = ()
    layout: str = "lines"  # "lines" | "table"


def _pairs(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    if any(len(r) != 2 for r in rows):
        raise ValueError("expected [text, text] pairs")
    return tuple((a, b) for a, b in rows)


def _words(s: dict[str, Any]) -> CvWords:
    labels = {k: str(s["labels"][k]) for k in LABELS}
    return CvWords(
        jobs=tuple((str(j["title"]), tuple(j["duties"])) for j in s["jobs"]),
        education=_pairs(s["education"]),
        skills=tuple(s["skills"]),
        languages=_pairs(s["languages"]),
        hobbies=tuple(s["hobbies"]),
        profiles=tuple(s["profiles"]),
        labels=labels,
    )


def load_words(path: Path = CONTENT) -> dict[str, CvWords]:
    """Word lists per language ("nl", "en"); raises ValueError naming the file and key."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    words: dict[str, CvWords] = {}
    for lang in ("nl", "en"):
        try:
            words[lang] = _words(data[lang])
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"{path}: [{lang}] missing or malformed key: {e}") from e
    return words


WORDS = load_words()
JOBS_NL = WORDS["nl"].jobs  # also for letters, contracts, invoices and notes


def _personal_rows(p: Person, lang: str, rng: random.Random) -> list[tuple[str, str]]:
    if lang == "en":
        return [
            ("Name", p.name),
            ("Address", f"{p.street}, {p.postcode} {p.city}"),
            ("E-mail", p.email),
            ("Phone", p.phone),
            ("Date of birth", p.birth.strftime("%d %B %Y")),
            ("Nationality", "Dutch"),
        ]
    rows = [
        ("Naam", p.name),
        ("Adres", p.street),
        ("Postcode en woonplaats", f"{p.postcode} {p.city}"),
        ("Telefoon", p.phone),
        ("E-mail", p.email),
        ("Geboortedatum", p.birth.strftime("%d-%m-%Y")),
        ("Geboorteplaats", p.birthplace),
    ]
    if rng.random() < 0.5:
        rows.append(("Rijbewijs", "B"))
    return rows


def _plant(doc: Doc, personal: list[tuple[str, str]], row: tuple[str, str], entity: str) -> None:
    personal.append(row)
    doc.planted.append((entity, row[1]))


def _add_identifiers(
    doc: Doc, personal: list[tuple[str, str]], spec: CvSpec, rng: random.Random
) -> None:
    """Add the spec's BSN, IBAN and passport number to the personal details, in that order."""
    labels = WORDS[spec.lang].labels
    if spec.bsn:
        doc.rules.append("bsn-on-cv")
        label, style = BSN_FORMS[spec.bsn]
        raw = fmt_bsn(make_bsn(rng), style)
        if label:
            _plant(doc, personal, (label, raw), "NL_BSN")
        else:  # unlabelled: a bare number among name/address/birth date
            personal.insert(6, ("", raw))
            doc.planted.append(("NL_BSN", raw))
            doc.notes = "BSN without a label in the personal-details block"
    if spec.iban:
        _plant(doc, personal, (labels["iban"], make_iban(rng)), "IBAN_CODE")
        doc.rules.append("iban-on-cv")
    if spec.id_document:
        _plant(doc, personal, (labels["passport"], make_passport_number(rng)), "NL_ID_DOCUMENT")
        doc.rules.append("id-document-on-cv")


def _work_blocks(fake: Faker, rng: random.Random, words: CvWords) -> list[Block]:
    year = 2024
    out: list[Block] = []
    for title, duties in rng.sample(words.jobs, 4):
        start = year - rng.randint(1, 4)
        until = words.labels["present"] if year == 2024 else str(year)
        out.append(Block("p", f"{start} – {until}: {title}, {fake.company()} ({fake.city()})"))
        out.append(Block("bullets", rows=tuple((d,) for d in rng.sample(duties, 3))))
        year = start
    return out


def _cv_blocks(
    fake: Faker, rng: random.Random, spec: CvSpec, personal: list[tuple[str, str]]
) -> list[Block]:
    """The CV's layout, drawing profile, jobs, education, skills, languages and hobbies."""
    w = WORDS[spec.lang]
    t = w.labels
    blocks = [
        Block("title", "Curriculum Vitae"),
        Block("h", t["personal"]),
        Block("table" if spec.layout == "table" else "kv", rows=tuple(personal)),
        Block("h", t["profile"]),
        Block("p", rng.choice(w.profiles)),
        *(Block("p", s) for _, s in spec.special),
        Block("h", t["work"]),
        *_work_blocks(fake, rng, w),
        Block("h", t["education"]),
    ]
    edu = rng.sample(w.education, 2)
    blocks += [
        Block("p", f"{2005 + i * 4} – {2008 + i * 4}: {c}, {s}") for i, (c, s) in enumerate(edu)
    ]
    return blocks + [
        Block("h", t["skills"]),
        Block("bullets", rows=tuple((s,) for s in rng.sample(w.skills, 4))),
        Block("h", t["languages"]),
        Block("kv", rows=tuple(rng.sample(w.languages, 3))),
        *(Block("p", d) for d in spec.decoys),
        Block("h", t["hobbies"]),
        Block("p", ", ".join(rng.sample(w.hobbies, 3)).capitalize()),
        Block("p", t["references"]),
    ]


def plan_cv(fake: Faker, rng: random.Random, path: str, spec: CvSpec, age: int) -> Doc:
    """Plan a 1–2 page CV; returns the Doc with its planted identifiers and expected rules."""
    p = make_person(fake, rng)
    path = path.format(slug=p.slug)  # "Kandidaten/CV_{slug}.pdf": named after the candidate
    doc = Doc(path, "cv", path.rsplit(".", 1)[-1], spec.lang, age_days=age)
    doc.planted += [("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone)]
    personal = _personal_rows(p, spec.lang, rng)
    _add_identifiers(doc, personal, spec, rng)
    blocks = _cv_blocks(fake, rng, spec, personal)
    doc.specials += [e for e, _ in spec.special]
    if spec.special:
        doc.rules.append("special-category")
    doc.decoy_terms += list(spec.decoys)
    # Table-layout Word CVs repeat the name in the page header (a 'header' location).
    doc.render = renderer_for(doc.fmt, blocks, p.name, p.name if spec.layout == "table" else "")
    return doc

"""CV plans: which blocks and identifiers a CV carries, and its format."""

# No `from __future__ import annotations`: see generate.py.
import random
from dataclasses import dataclass

from faker import Faker

from samplegen.common import Block, Doc
from samplegen.cv_words import (
    EDU_EN,
    EDU_NL,
    HOBBIES_EN,
    HOBBIES_NL,
    JOBS_EN,
    JOBS_NL,
    LANG_EN,
    LANG_NL,
    PROFILES_EN,
    PROFILES_NL,
    SKILLS_EN,
    SKILLS_NL,
)
from samplegen.identifiers import fmt_bsn, make_bsn, make_iban, make_passport_number
from samplegen.people import Person, make_person
from samplegen.render import renderer_for


@dataclass(frozen=True)
class CvSpec:
    """What a CV carries besides the usual contact details."""

    lang: str = "nl"
    bsn: str = ""  # "" | "labelled" | "burgerservicenummer" | "unlabelled" | "english"
    iban: bool = False
    id_document: bool = False
    special: tuple[tuple[str, str], ...] = ()  # (entity, statement)
    decoys: tuple[str, ...] = ()
    layout: str = "lines"  # "lines" | "table"


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


def _work_blocks(fake: Faker, rng: random.Random, lang: str) -> list[Block]:
    jobs = rng.sample(JOBS_EN if lang == "en" else JOBS_NL, 4)
    year = 2024
    out: list[Block] = []
    for title, duties in jobs:
        start = year - rng.randint(1, 4)
        until = (
            "present" if lang == "en" and year == 2024 else ("heden" if year == 2024 else str(year))
        )
        out.append(Block("p", f"{start} – {until}: {title}, {fake.company()} ({fake.city()})"))
        out.append(Block("bullets", rows=tuple((d,) for d in rng.sample(duties, 3))))
        year = start
    return out


def plan_cv(fake: Faker, rng: random.Random, path: str, spec: CvSpec, age: int) -> Doc:
    """Plan a 1–2 page CV; returns the Doc with its planted identifiers and expected rules."""
    p = make_person(fake, rng)
    en = spec.lang == "en"
    path = path.format(slug=p.slug)  # "Kandidaten/CV_{slug}.pdf": named after the candidate
    doc = Doc(path, "cv", path.rsplit(".", 1)[-1], spec.lang, age_days=age)
    doc.planted += [("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone)]
    personal = _personal_rows(p, spec.lang, rng)
    if spec.bsn:
        bsn = make_bsn(rng)
        doc.rules.append("bsn-on-cv")
        if spec.bsn == "labelled":
            raw = fmt_bsn(bsn, "dots")
            personal.append(("BSN", raw))
        elif spec.bsn == "burgerservicenummer":
            raw = fmt_bsn(bsn, "plain")
            personal.append(("Burgerservicenummer", raw))
        elif spec.bsn == "english":
            raw = fmt_bsn(bsn, "spaces")
            personal.append(("Citizen service number (BSN)", raw))
        else:  # unlabelled: a bare number among name/address/birth date
            raw = fmt_bsn(bsn, "plain")
            personal.insert(6, ("", raw))
            doc.notes = "BSN without a label in the personal-details block"
        doc.planted.append(("NL_BSN", raw))
    if spec.iban:
        raw = make_iban(rng)
        personal.append(("Bank account (IBAN)" if en else "IBAN", raw))
        doc.planted.append(("IBAN_CODE", raw))
        doc.rules.append("iban-on-cv")
    if spec.id_document:
        raw = make_passport_number(rng)
        personal.append(("Passport number" if en else "Paspoortnummer", raw))
        doc.planted.append(("NL_ID_DOCUMENT", raw))
        doc.rules.append("id-document-on-cv")
    blocks = [
        Block("title", "Curriculum Vitae"),
        Block("h", "Personal details" if en else "Personalia"),
        Block("table" if spec.layout == "table" else "kv", rows=tuple(personal)),
        Block("h", "Profile" if en else "Profiel"),
        Block("p", rng.choice(PROFILES_EN if en else PROFILES_NL)),
    ]
    blocks += [Block("p", s) for _, s in spec.special]
    doc.specials += [e for e, _ in spec.special]
    if spec.special:
        doc.rules.append("special-category")
    blocks += [Block("h", "Work experience" if en else "Werkervaring")]
    blocks += _work_blocks(fake, rng, spec.lang)
    edu = rng.sample(EDU_EN if en else EDU_NL, 2)
    blocks += [Block("h", "Education" if en else "Opleiding")]
    blocks += [
        Block("p", f"{2005 + i * 4} – {2008 + i * 4}: {t}, {s}") for i, (t, s) in enumerate(edu)
    ]
    blocks += [
        Block("h", "Skills" if en else "Vaardigheden"),
        Block("bullets", rows=tuple((s,) for s in rng.sample(SKILLS_EN if en else SKILLS_NL, 4))),
    ]
    blocks += [
        Block("h", "Languages" if en else "Talen"),
        Block("kv", rows=tuple(rng.sample(LANG_EN if en else LANG_NL, 3))),
    ]
    blocks += [Block("p", d) for d in spec.decoys]
    doc.decoy_terms += list(spec.decoys)
    blocks += [
        Block("h", "Hobbies" if en else "Hobby's"),
        Block("p", ", ".join(rng.sample(HOBBIES_EN if en else HOBBIES_NL, 3)).capitalize()),
        Block("p", "References available on request." if en else "Referenties op aanvraag."),
    ]
    # Table-layout Word CVs repeat the name in the page header (a 'header' location).
    doc.render = renderer_for(doc.fmt, blocks, p.name, p.name if spec.layout == "table" else "")
    return doc

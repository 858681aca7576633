"""Generate the synthetic demo share under sample_data/documents/ (Faker nl_NL, fixed seed).

Every document is first *planned* (text blocks plus the identifiers planted in it, all drawn
from one seeded RNG), then *rendered* to bytes. `planted_values()` runs only the planning
step, so tests can recompute the raw values without writing files; the manifest stores only
entity names and counts, never a raw value.

Usage:
    .venv/bin/python sample_data/generate.py            # regenerate documents/ + manifest.json
    .venv/bin/python sample_data/generate.py --out DIR  # write elsewhere (DIR/documents, DIR/manifest.json)
    .venv/bin/python sample_data/generate.py --touch    # only re-apply mtimes (git drops them)

References: ../shared/SPEC.md (entities, rules), ../shared/privacyverklaring.txt.
"""

# No `from __future__ import annotations`: tests load this file by path without registering
# it in sys.modules, and dataclasses then cannot resolve string annotations.
import argparse
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn
from stdnum.nl import btw as std_btw

SEED = 20240105
HERE = Path(__file__).resolve().parent
# Fixed timestamps so regenerating never churns git (zip entries, docProps, PDF info).
FIXED_DT = datetime(2024, 1, 5, 9, 0, 0)
ZIP_DT = (2024, 1, 5, 9, 0, 0)
COMPANY = "Connect-Me-Group B.V."
COMPANY_ADDR = "Daalwijkdreef 47, 1103 AD Amsterdam Zuidoost"
COMPANY_KVK = "71380973"  # from the privacy statement
# The employer's loonheffingennummer starts with its RSIN, which passes the 11-check: a
# decoy on every payslip, next to the real BSN.
COMPANY_RSIN = "859712345"
MRZ_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
TEXT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
TEXT_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Entities whose raw values planted_values() returns (identifiers, plus the decoys).
IDENTIFIERS = (
    "NL_BSN",
    "IBAN_CODE",
    "NL_ID_DOCUMENT",
    "NL_VAT",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "DECOY_NUMBER",
)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Block:
    """One piece of document layout: heading, paragraph, key/value list, bullets, table."""

    kind: str  # "title" | "h" | "p" | "kv" | "bullets" | "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Doc:
    """A planned document: where it goes, its ground truth and how to render it."""

    path: str
    doc_type: str
    fmt: str
    lang: str = "nl"
    planted: list[tuple[str, str]] = field(default_factory=list)
    specials: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    decoy_terms: list[str] = field(default_factory=list)
    age_days: int = 30
    notes: str = ""
    members: list["Doc"] = field(default_factory=list)
    render: Callable[[], bytes] = field(default=lambda: b"", repr=False)

    def manifest(self) -> dict[str, object]:
        """Ground truth without raw values: entity names with occurrence counts."""
        counts = Counter(e for e, _ in self.planted if e != "DECOY_NUMBER") + Counter(self.specials)
        out: dict[str, object] = {
            "path": self.path,
            "doc_type": self.doc_type,
            "format": self.fmt,
            "lang": self.lang,
            "entities": dict(sorted(counts.items())),
            "decoys": sum(1 for e, _ in self.planted if e == "DECOY_NUMBER"),
            "decoy_terms": self.decoy_terms,
            "rules": sorted(set(self.rules)),
            "age_days": self.age_days,
            "notes": self.notes,
        }
        if self.members:
            out["members"] = [
                {k: v for k, v in m.manifest().items() if k != "age_days"} for m in self.members
            ]
        return out


# --------------------------------------------------------------------------- identifiers


def make_bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes the 11-check (leading digit non-zero)."""
    while True:
        n = str(rng.randint(100_000_000, 999_999_999))
        if std_bsn.is_valid(n):
            return n


def make_iban(rng: random.Random) -> str:
    """A valid Dutch IBAN, printed in groups of four."""
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
    bban = f"{bank}0{rng.randint(0, 999_999_999):09d}"
    check = std_iban.calc_check_digits(f"NLXX{bban}")
    number = f"NL{check}{bban}"
    assert std_iban.is_valid(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def make_passport_number(rng: random.Random) -> str:
    """A Dutch passport number: 2 letters, 6 letters/digits, 1 digit; never the letter O.

    I is left out too: OCR reads it as 1 and the ID-copy image must OCR back exactly.
    """
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    middle = "".join(rng.choice(letters + "123456789") for _ in range(6))
    return rng.choice(letters) + rng.choice(letters) + middle + str(rng.randint(1, 9))


def make_vat(rng: random.Random) -> str:
    while True:
        n = f"NL{rng.randint(100_000_000, 999_999_999)}B01"
        if std_btw.is_valid(n):
            return n


def fmt_bsn(n: str, style: str) -> str:
    """Written forms of a BSN: '1234.56.782', '123 456 782' or plain.

    >>> fmt_bsn('123456782', 'dots')
    '1234.56.782'
    """
    if style == "dots":
        return f"{n[:4]}.{n[4:6]}.{n[6:]}"
    if style == "spaces":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    return n


def mrz_check(data: str) -> str:
    """ICAO 9303 check digit (weights 7-3-1, '<' = 0, A = 10).

    >>> mrz_check('L898902C3')
    '6'
    """

    def val(c: str) -> int:
        return int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)

    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(data)) % 10)


def _mrz_name(s: str) -> str:
    """MRZ name field: upper-case A-Z, everything else (spaces, 'van der') becomes '<'."""
    return re.sub(r"[^A-Z]", "<", _ascii(s).upper())


def mrz_td3(
    surname: str, given: str, number: str, birth: date, sex: str, expiry: date, bsn: str
) -> tuple[str, str]:
    """Two 44-character passport MRZ lines; the Dutch optional data field holds the BSN."""
    line1 = f"P<NLD{_mrz_name(surname)}<<{_mrz_name(given)}".ljust(44, "<")[:44]
    dob, exp = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    opt = bsn.ljust(14, "<")
    body = f"{number}{mrz_check(number)}NLD{dob}{mrz_check(dob)}{sex}{exp}{mrz_check(exp)}"
    body += opt + mrz_check(opt)
    composite = body[0:10] + body[13:20] + body[21:43]
    return line1, body + mrz_check(composite)


def is_decoy(n: str) -> bool:
    return std_bsn.is_valid(n)


def make_decoy(rng: random.Random) -> str:
    """An order/invoice/customer number that happens to pass the 11-check (a BSN look-alike)."""
    return make_bsn(rng)


# --------------------------------------------------------------------------- people


def _ascii(s: str) -> str:
    table = str.maketrans("áàäâéèëêíïîóöôúüûçñÁÉÖÜ", "aaaaeeeeiiiooouuucnAEOU")
    return s.translate(table)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    street: str
    postcode: str
    city: str
    email: str
    phone: str
    birth: date
    birthplace: str
    sex: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z]+", "_", _ascii(self.name).lower()).strip("_")


def make_phone(fake: Faker) -> str:
    """A Faker nl_NL phone number that libphonenumber accepts as a valid Dutch number."""
    while True:
        raw = fake.phone_number()
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, "NL")):
                return raw
        except phonenumbers.NumberParseException:
            continue


def make_person(fake: Faker, rng: random.Random) -> Person:
    sex = rng.choice("MF")
    first = fake.first_name_male() if sex == "M" else fake.first_name_female()
    last = fake.last_name()
    local = re.sub(r"[^a-z.]", "", _ascii(f"{first}.{last}").lower().replace(" ", ""))
    domain = rng.choice(
        [
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "ziggo.nl",
            "kpnmail.nl",
            "live.nl",
            "xs4all.nl",
        ]
    )
    return Person(
        first,
        last,
        fake.street_address(),
        fake.postcode(),
        fake.city(),
        f"{local}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}",
        make_phone(fake),
        fake.date_of_birth(minimum_age=19, maximum_age=61),
        fake.city(),
        sex,
    )


# --------------------------------------------------------------------------- CV content

JOBS_NL = [
    (
        "Orderpicker",
        [
            "Orders verzamelen met handscanner",
            "Werken met een elektrische pompwagen",
            "Controleren van inkomende goederen",
            "Zorgen voor een opgeruimde werkplek",
        ],
    ),
    (
        "Heftruckchauffeur",
        [
            "Laden en lossen van vrachtwagens",
            "Voorraad aanvullen in hoogbouw",
            "Dagelijkse veiligheidscontrole van de heftruck",
            "Registratie in WMS",
        ],
    ),
    (
        "Administratief medewerker",
        [
            "Verwerken van inkoopfacturen in Exact Online",
            "Beantwoorden van telefoon en e-mail",
            "Bijhouden van debiteurenadministratie",
            "Archiveren van dossiers",
        ],
    ),
    (
        "Klantenservicemedewerker",
        [
            "Klantvragen afhandelen via telefoon en chat",
            "Klachten registreren en opvolgen",
            "Retouren verwerken",
            "Meedenken over verbetering van het proces",
        ],
    ),
    (
        "Productiemedewerker",
        [
            "Bedienen van de verpakkingslijn",
            "Kwaliteitscontrole volgens HACCP",
            "Omstellen van machines",
            "Werken in een drieploegendienst",
        ],
    ),
    (
        "Planner transport",
        [
            "Ritten plannen voor 25 chauffeurs",
            "Contact met klanten en vervoerders",
            "Optimaliseren van laadlijsten",
            "Rapporteren van KPI's",
        ],
    ),
    (
        "Salarisadministrateur",
        [
            "Verwerken van mutaties in AFAS",
            "Controle van loonstroken",
            "Aangifte loonheffingen voorbereiden",
            "Vragen van medewerkers beantwoorden",
        ],
    ),
    (
        "Monteur installatietechniek",
        [
            "Installeren van cv-ketels",
            "Storingen verhelpen bij klanten",
            "Werkbonnen digitaal invullen",
            "Jaarlijks onderhoud uitvoeren",
        ],
    ),
    (
        "Receptioniste",
        [
            "Ontvangen van bezoekers",
            "Beheren van de vergaderruimtes",
            "Postverwerking",
            "Ondersteunen van het secretariaat",
        ],
    ),
    (
        "Chauffeur C/E",
        [
            "Nationaal distributievervoer",
            "Laden en lossen bij klanten",
            "Vrachtbrieven controleren",
            "Naleven van rij- en rusttijden",
        ],
    ),
]
JOBS_EN = [
    (
        "Warehouse operative",
        [
            "Picking and packing customer orders",
            "Operating reach trucks",
            "Stock counts and cycle counts",
            "Keeping the warehouse safe and tidy",
        ],
    ),
    (
        "Customer service agent",
        [
            "Handling customer calls and e-mails in English and Dutch",
            "Logging complaints in Salesforce",
            "Processing returns",
            "Training new colleagues",
        ],
    ),
    (
        "Junior accountant",
        [
            "Processing purchase invoices",
            "Bank reconciliations",
            "Month-end closing support",
            "Preparing VAT returns",
        ],
    ),
    (
        "Software tester",
        [
            "Writing test plans",
            "Automating regression tests in Python",
            "Reporting defects in Jira",
            "Working in a Scrum team",
        ],
    ),
    (
        "Production operator",
        ["Running the filling line", "Quality checks", "Changeovers", "Shift handover reports"],
    ),
]
EDU_NL = [
    ("MBO Logistiek medewerker (niveau 2)", "ROC van Amsterdam"),
    ("MBO Financieel administratief medewerker (niveau 4)", "ROC Midden Nederland"),
    ("HBO Bedrijfskunde", "Hogeschool Utrecht"),
    ("HAVO", "Het Baarnsch Lyceum"),
    ("VMBO kaderberoepsgerichte leerweg", "Da Vinci College"),
    ("HBO Human Resource Management", "Hanzehogeschool Groningen"),
    ("MBO Eerste Monteur Elektrotechniek (niveau 3)", "Albeda"),
    ("WO Rechtsgeleerdheid", "Universiteit Leiden"),
]
EDU_EN = [
    ("BSc Business Administration", "Erasmus University Rotterdam"),
    ("MBO ICT support (level 4)", "ROC Nijmegen"),
    ("Secondary school (HAVO)", "Amsterdams Lyceum"),
    ("MSc Supply Chain Management", "Tilburg University"),
]
SKILLS_NL = [
    "Microsoft Office",
    "Exact Online",
    "AFAS Profit",
    "SAP",
    "Heftruckcertificaat",
    "VCA-basis",
    "Rijbewijs B",
    "Reachtruckcertificaat",
    "EHBO",
    "Klantgericht",
    "Stressbestendig",
    "Teamspeler",
    "Plannen en organiseren",
]
SKILLS_EN = [
    "Microsoft Excel",
    "Python",
    "Jira",
    "Salesforce",
    "Forklift licence",
    "Driving licence B",
    "Team player",
    "Problem solving",
]
LANG_NL = [
    ("Nederlands", "moedertaal"),
    ("Engels", "goed"),
    ("Duits", "redelijk"),
    ("Frans", "basis"),
    ("Pools", "moedertaal"),
    ("Turks", "goed"),
    ("Arabisch", "redelijk"),
]
LANG_EN = [
    ("English", "fluent"),
    ("Dutch", "intermediate (B1)"),
    ("German", "basic"),
    ("Spanish", "native"),
    ("Polish", "native"),
]
HOBBIES_NL = [
    "voetbal",
    "hardlopen",
    "koken",
    "lezen",
    "fotografie",
    "fietsen",
    "gamen",
    "tuinieren",
    "schaken",
    "muziek maken",
]
HOBBIES_EN = ["running", "cooking", "photography", "hiking", "chess", "reading"]
PROFILES_NL = [
    (
        "Gemotiveerde en betrouwbare kracht met ruime ervaring in de logistiek. Ik werk graag in "
        "een team, ben flexibel inzetbaar en sta open voor ploegendiensten."
    ),
    (
        "Nauwkeurige administratief medewerker die overzicht houdt, ook als het druk is. Ik zoek "
        "een functie waarin ik mijn kennis van boekhoudpakketten kan inzetten."
    ),
    (
        "Klantgerichte professional met een hands-on mentaliteit. Collega's omschrijven mij als "
        "rustig, behulpzaam en oplossingsgericht."
    ),
    (
        "Technisch onderlegd en leergierig. Na mijn opleiding heb ik verschillende functies "
        "vervuld via uitzendbureaus en ik ben nu op zoek naar een vaste plek."
    ),
]
PROFILES_EN = [
    (
        "Reliable and motivated professional who recently moved to the Netherlands. I am looking "
        "for a role where I can grow and improve my Dutch."
    ),
    (
        "Detail-oriented team player with experience in international companies, available "
        "immediately for full-time work."
    ),
]


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
    doc.render = _renderer(doc.fmt, blocks, p.name, p.name if spec.layout == "table" else "")
    return doc


# --------------------------------------------------------------------------- renderers


def _renderer(fmt: str, blocks: list[Block], author: str, header: str = "") -> Callable[[], bytes]:
    if fmt == "docx":
        return lambda: render_docx(blocks, author, header=header)
    if fmt == "pdf":
        return lambda: render_pdf(blocks, author)
    if fmt == "txt":
        return lambda: render_txt(blocks).encode("utf-8")
    raise ValueError(fmt)


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML/ZIP with fixed entry dates and fixed docProps dates (no git churn)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), blob
                )
            zi = zipfile.ZipInfo(info.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def render_docx(blocks: list[Block], author: str, header: str = "", footer: str = "") -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        if b.kind == "title":
            d.add_heading(b.text, level=0)
        elif b.kind == "h":
            d.add_heading(b.text, level=1)
        elif b.kind == "p":
            d.add_paragraph(b.text)
        elif b.kind == "kv":
            for row in b.rows:
                d.add_paragraph(f"{row[0]}: {row[1]}" if row[0] else row[1])
        elif b.kind == "bullets":
            for row in b.rows:
                d.add_paragraph(row[0], style="List Bullet")
        elif b.kind == "table":
            t = d.add_table(rows=0, cols=len(b.rows[0]))
            t.style = "Table Grid"
            for row in b.rows:
                for cell, value in zip(t.add_row().cells, row):
                    cell.text = value
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.revision = author, author, 1
    cp.created = cp.modified = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


def render_pdf(blocks: list[Block], author: str, title: str = "") -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (
        ListFlowable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    ss = getSampleStyleSheet()
    flow: list[object] = []
    for b in blocks:
        if b.kind in ("title", "h"):
            flow.append(Paragraph(escape(b.text), ss["Title" if b.kind == "title" else "Heading2"]))
        elif b.kind == "p":
            flow.append(Paragraph(escape(b.text), ss["BodyText"]))
        elif b.kind == "kv":
            flow += [Paragraph(escape(f"{k}: {v}" if k else v), ss["BodyText"]) for k, v in b.rows]
        elif b.kind == "bullets":
            flow.append(
                ListFlowable(
                    [Paragraph(escape(r[0]), ss["BodyText"]) for r in b.rows],
                    bulletType="bullet",
                    start="-",
                )
            )  # '•' extracts as (cid:127)
        elif b.kind == "table":
            t = Table([list(r) for r in b.rows], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ]
                )
            )
            flow += [t, Spacer(1, 6)]
    buf = io.BytesIO()
    # invariant=1: fixed creation date and document id, so the bytes are reproducible.
    SimpleDocTemplate(
        buf,
        pagesize=A4,
        invariant=1,
        author=author,
        title=title or blocks[0].text,
        creator="sample_data/generate.py",
        producer="ReportLab",
    ).build(flow)
    return buf.getvalue()


def render_txt(blocks: list[Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if b.kind in ("title", "h"):
            lines += ["", b.text.upper() if b.kind == "title" else b.text, "-" * len(b.text)]
        elif b.kind == "p":
            lines.append(b.text)
        elif b.kind in ("kv", "table"):
            lines += [f"{r[0]}: {r[1]}" if r[0] else r[1] for r in b.rows]
        elif b.kind == "bullets":
            lines += [f"- {r[0]}" for r in b.rows]
    return "\n".join(lines).strip() + "\n"


def render_xlsx(sheets: list[tuple[str, list[list[str]], bool]]) -> bytes:
    """Sheets as (title, rows, hidden)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, hidden in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        if hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "Connect-Me-Groep recruitment"
    wb.properties.created = wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_zip(buf.getvalue())


def render_zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return buf.getvalue()


def render_eml(
    sender: str, to: str, subject: str, body: str, attachment: tuple[str, bytes]
) -> bytes:
    msg = MIMEMultipart("mixed", boundary="===============privacyscan-sample-0001==")
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = "Fri, 05 Jan 2024 09:00:00 +0100"
    msg["Message-ID"] = "<sample-0001@connectmegroep.example>"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    part = MIMEApplication(attachment[1], Name=attachment[0])
    part["Content-Disposition"] = f'attachment; filename="{attachment[0]}"'
    msg.attach(part)
    return msg.as_bytes()


MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MP4_FTYP = (
    b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2\x00\x00\x00\x08free\x00\x00\x00\x08mdat"
)


def render_id_png(
    p: Person, number: str, mrz: tuple[str, str], issued: date, expiry: date
) -> bytes:
    """A synthetic passport data page, text large enough for tesseract (MRZ in a mono font)."""
    from PIL import Image, ImageDraw, ImageFont

    def font(path: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        return (
            ImageFont.truetype(path, size) if os.path.exists(path) else ImageFont.load_default(size)
        )

    img = Image.new("L", (1500, 980), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((10, 10, 1489, 969), outline=0, width=4)
    d.text(
        (40, 30),
        "KONINKRIJK DER NEDERLANDEN / KINGDOM OF THE NETHERLANDS",
        font=font(TEXT_FONT_BOLD, 30),
        fill=0,
    )
    d.text(
        (40, 75), "PASPOORT / PASSPORT  (SPECIMEN - SYNTHETISCH)", font=font(TEXT_FONT, 28), fill=0
    )
    d.rectangle((40, 140, 360, 560), outline=0, width=3)
    d.text((120, 330), "FOTO", font=font(TEXT_FONT, 40), fill=0)
    f = font(TEXT_FONT, 30)
    fields = [
        ("Naam / Surname", p.last.upper()),
        ("Voornamen / Given names", p.first.upper()),
        ("Nationaliteit / Nationality", "NEDERLANDSE"),
        ("Geboortedatum / Date of birth", p.birth.strftime("%d %m %Y")),
        ("Geslacht / Sex", "V/F" if p.sex == "F" else "M/M"),
        ("Documentnummer / Document no.", number),
        ("Afgifte / Date of issue", issued.strftime("%d %m %Y")),
        ("Geldig tot / Date of expiry", expiry.strftime("%d %m %Y")),
    ]
    for i, (label, value) in enumerate(fields):
        d.text((400, 140 + i * 52), f"{label}: {value}", font=f, fill=0)
    mono = font(MRZ_FONT, 44)
    for row, line in enumerate(mrz):  # fixed wide pitch: tesseract keeps '<' runs apart
        for col, ch in enumerate(line):
            d.text((40 + col * 32, 790 + row * 80), ch, font=mono, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


# --------------------------------------------------------------------------- other documents


def plan_letter(fake: Faker, rng: random.Random, path: str, with_bsn: bool, age: int) -> Doc:
    """A motivation letter (sollicitatiebrief); optionally with the BSN the statement forbids."""
    p = make_person(fake, rng)
    doc = Doc(path, "motivation_letter", path.rsplit(".", 1)[-1], age_days=age)
    doc.planted += [("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email)]
    job = rng.choice(JOBS_NL)[0].lower()
    blocks = [
        Block("title", "Sollicitatiebrief"),
        Block(
            "kv",
            rows=(
                (("", p.name)),
                ("", p.street),
                ("", f"{p.postcode} {p.city}"),
                ("Telefoon", p.phone),
                ("E-mail", p.email),
            ),
        ),
        Block(
            "p",
            f"{p.city}, {fake.date_between(date(2023, 1, 1), date(2024, 6, 1)).strftime('%d-%m-%Y')}",
        ),
        Block("p", f"Betreft: sollicitatie naar de functie van {job}"),
        Block("p", "Geachte heer/mevrouw,"),
        Block(
            "p",
            f"Met veel interesse las ik uw vacature voor {job} op uw website. Graag "
            "wil ik via Connect-Me-Groep aan de slag, omdat ik op zoek ben naar "
            "afwisselend werk bij een betrouwbare werkgever.",
        ),
        Block(
            "p",
            "In mijn vorige functies heb ik geleerd nauwkeurig en zelfstandig te "
            "werken. Ik ben flexibel, kan snel beginnen en ben bereid om in "
            "ploegendienst te werken.",
        ),
    ]
    if with_bsn:
        raw = fmt_bsn(make_bsn(rng), "spaces")
        blocks.append(Block("p", f"Voor uw administratie: mijn burgerservicenummer is {raw}."))
        doc.planted.append(("NL_BSN", raw))
        doc.rules.append("bsn-on-cv")
    blocks += [
        Block("p", "Graag licht ik mijn motivatie toe in een persoonlijk gesprek."),
        Block("p", "Met vriendelijke groet,"),
        Block("p", p.name),
    ]
    doc.render = _renderer(doc.fmt, blocks, p.name)
    return doc


def plan_payslip(
    fake: Faker, rng: random.Random, path: str, period: date, age: int, person: Person | None = None
) -> Doc:
    """A loonstrook: BSN and IBAN are expected here (payroll record, not a violation)."""
    p = person or make_person(fake, rng)
    bsn, iban = fmt_bsn(make_bsn(rng), "plain"), make_iban(rng)
    doc = Doc(
        path,
        "payslip",
        "pdf",
        age_days=age,
        planted=[
            ("NL_BSN", bsn),
            ("IBAN_CODE", iban),
            ("DECOY_NUMBER", fmt_bsn(COMPANY_RSIN, "dots")),
        ],
    )
    if age > 7 * 365:
        doc.rules.append("retention-payroll")
    hours = rng.choice([24, 32, 36, 40]) * 4.33
    rate = rng.choice([13.27, 14.06, 15.50, 17.25, 21.80])
    gross = round(hours * rate, 2)
    tax = round(gross * 0.082, 2)
    pension = round(gross * 0.031, 2)
    rows = (
        ("Omschrijving", "Aantal", "Tarief", "Bedrag"),
        ("Uurloon", f"{hours:.2f}", f"{rate:.2f}", f"{gross:.2f}"),
        ("Loonheffing", "", "", f"-{tax:.2f}"),
        ("Pensioenpremie StiPP", "", "", f"-{pension:.2f}"),
        ("Netto uit te betalen", "", "", f"{gross - tax - pension:.2f}"),
    )
    blocks = [
        Block("title", f"Loonstrook {period.strftime('%m-%Y')}"),
        Block(
            "p",
            f"Werkgever: {COMPANY}, {COMPANY_ADDR}. Loonheffingennummer "
            f"{fmt_bsn(COMPANY_RSIN, 'dots')}.L01",
        ),
        Block(
            "kv",
            rows=(
                ("Werknemer", p.name),
                ("Adres", f"{p.street}, {p.postcode} {p.city}"),
                ("Personeelsnummer", str(rng.randint(10000, 99999))),
                ("BSN", bsn),
                ("Geboortedatum", p.birth.strftime("%d-%m-%Y")),
                ("Periode", f"{MAANDEN[period.month - 1]} {period.year}"),
                ("Uitbetaald op rekening", iban),
            ),
        ),
        Block("table", rows=rows),
        Block("p", "Loonheffingskorting toegepast: ja. Vakantiegeld reservering 8%."),
    ]
    doc.render = lambda: render_pdf(blocks, COMPANY)
    return doc


def plan_contract(fake: Faker, rng: random.Random, path: str, with_ids: bool, age: int) -> Doc:
    """An arbeidsovereenkomst (DOCX); BSN/IBAN belong in an HR record like this one."""
    p = make_person(fake, rng)
    doc = Doc(path, "employment_contract", "docx", age_days=age)
    parties = [
        ("Naam", p.name),
        ("Adres", f"{p.street}, {p.postcode} {p.city}"),
        ("Geboortedatum", p.birth.strftime("%d-%m-%Y")),
    ]
    if with_ids:
        bsn, iban = fmt_bsn(make_bsn(rng), "dots"), make_iban(rng)
        parties += [("BSN", bsn), ("IBAN", iban)]
        doc.planted += [("NL_BSN", bsn), ("IBAN_CODE", iban)]
    job, _ = rng.choice(JOBS_NL)
    start = fake.date_between(date(2023, 1, 1), date(2024, 6, 1))
    blocks = [
        Block("title", "Arbeidsovereenkomst voor bepaalde tijd"),
        Block(
            "p",
            f"De ondergetekenden: {COMPANY}, gevestigd te {COMPANY_ADDR}, "
            f"ingeschreven bij de KvK onder nummer {COMPANY_KVK}, hierna te noemen "
            "'werkgever', en",
        ),
        Block("table", rows=tuple(parties)),
        Block("p", "hierna te noemen 'werknemer', verklaren te zijn overeengekomen:"),
        Block("h", "Artikel 1 – Functie en duur"),
        Block(
            "p",
            f"Werknemer treedt op {start.strftime('%d-%m-%Y')} in dienst in de functie "
            f"van {job.lower()} voor de duur van twaalf maanden.",
        ),
        Block("h", "Artikel 2 – Salaris"),
        Block(
            "p",
            f"Het bruto uurloon bedraagt EUR {rng.choice(['14,06', '15,50', '18,75'])}, "
            "conform de ABU-cao voor uitzendkrachten.",
        ),
        Block("h", "Artikel 3 – Proeftijd en opzegging"),
        Block("p", "Er geldt een proeftijd van één maand. De opzegtermijn is één maand."),
        Block("h", "Artikel 4 – Geheimhouding"),
        Block(
            "p",
            "Werknemer zal geheimhouding betrachten over alle vertrouwelijke "
            "informatie van werkgever en diens opdrachtgevers.",
        ),
        Block("p", "Aldus opgemaakt en in tweevoud ondertekend te Amsterdam."),
    ]
    doc.render = lambda: render_docx(
        blocks, "HR Connect-Me-Groep", header=COMPANY, footer="Vertrouwelijk – personeelsdossier"
    )
    return doc


def plan_absence(fake: Faker, rng: random.Random, path: str, diagnosis: bool, age: int) -> Doc:
    """A verzuimregistratie; with a diagnosis it breaks sickness-diagnosis, without it is fine."""
    p = make_person(fake, rng)
    doc = Doc(path, "medical", path.rsplit(".", 1)[-1], age_days=age)
    first = fake.date_between(date(2024, 1, 8), date(2024, 4, 1))
    rows = [
        ("Medewerker", p.name),
        ("Personeelsnummer", str(rng.randint(10000, 99999))),
        ("Eerste ziektedag", first.strftime("%d-%m-%Y")),
        ("Verwachte duur", rng.choice(["1 week", "2 tot 4 weken", "onbekend"])),
        ("Bedrijfsarts ingeschakeld", "ja"),
    ]
    notes = [
        "Ziekmelding telefonisch ontvangen door de intercedent.",
        "Contact afgesproken over twee weken; werknemer is bereikbaar.",
    ]
    if diagnosis:
        rows.insert(3, ("Diagnose", "burn-out, behandeling door psycholoog"))
        notes.append(
            "Werknemer vertelde dat hij last heeft van een hernia en medicatie gebruikt (oxycodon)."
        )
        doc.specials += ["SPECIAL_HEALTH", "SPECIAL_HEALTH"]
        doc.rules.append("sickness-diagnosis")
    else:
        notes.append(
            "Reden van verzuim niet vastgelegd: alleen de bedrijfsarts beoordeelt "
            "de arbeidsongeschiktheid."
        )
    blocks = [
        Block("title", "Verzuimregistratie"),
        Block("table", rows=tuple(rows)),
        Block("h", "Verloop"),
    ] + [Block("p", n) for n in notes]
    doc.render = _renderer(doc.fmt, blocks, "Verzuimcoördinator")
    return doc


def plan_invoice(fake: Faker, rng: random.Random, path: str, company_iban: str, vat: str) -> Doc:
    """A factuur with 11-check-valid order/invoice/customer numbers (decoys, not BSNs)."""
    nums = [make_decoy(rng) for _ in range(3)]
    client = fake.company()
    doc = Doc(
        path,
        "other",
        "pdf",
        age_days=rng.randint(20, 400),
        planted=[("DECOY_NUMBER", n) for n in nums]
        + [("IBAN_CODE", company_iban), ("NL_VAT", vat)],
        notes="Factuur-, order- en klantnummer pass the 11-check but are not BSNs",
    )
    lines = [("Omschrijving", "Uren", "Tarief", "Bedrag")]
    total = 0.0
    for _ in range(rng.randint(2, 4)):
        h, t = rng.randint(8, 160), rng.choice([32.5, 38.0, 41.75])
        total += h * t
        lines.append(
            (
                f"Inzet uitzendkracht {rng.choice(JOBS_NL)[0].lower()}",
                str(h),
                f"{t:.2f}",
                f"{h * t:.2f}",
            )
        )
    lines += [
        ("Subtotaal", "", "", f"{total:.2f}"),
        ("BTW 21%", "", "", f"{total * 0.21:.2f}"),
        ("Totaal", "", "", f"{total * 1.21:.2f}"),
    ]
    blocks = [
        Block("title", "Factuur"),
        Block("p", f"{COMPANY} – {COMPANY_ADDR} – KvK {COMPANY_KVK} – BTW {vat}"),
        Block(
            "kv",
            rows=(
                ("Factuurnummer", nums[0]),
                ("Ordernummer", nums[1]),
                ("Klantnummer", nums[2]),
                ("Debiteur", client),
                (
                    "Factuurdatum",
                    fake.date_between(date(2023, 6, 1), date(2024, 6, 1)).strftime("%d-%m-%Y"),
                ),
            ),
        ),
        Block("table", rows=tuple(lines)),
        Block(
            "p",
            f"Gelieve binnen 30 dagen over te maken op {company_iban} t.n.v. {COMPANY} "
            f"onder vermelding van factuurnummer {nums[0]}.",
        ),
    ]
    doc.planted.append(("DECOY_NUMBER", nums[0]))  # the number is repeated in the payment line
    doc.render = lambda: render_pdf(blocks, COMPANY)
    return doc


def plan_vog(fake: Faker, rng: random.Random, path: str) -> Doc:
    """A Verklaring Omtrent het Gedrag: a screening result, not criminal data (SPEC)."""
    p = make_person(fake, rng)
    blocks = [
        Block("title", "Verklaring Omtrent het Gedrag"),
        Block("p", "Justis, dienst van het Ministerie van Justitie en Veiligheid"),
        Block(
            "kv",
            rows=(
                ("Naam", p.name),
                ("Geboortedatum", p.birth.strftime("%d-%m-%Y")),
                ("Geboorteplaats", p.birthplace),
                ("Doel", "Uitzendkracht logistiek bij Connect-Me-Groep"),
                ("Screeningsprofiel", "11 Logistiek, 12 Financieel"),
                ("Datum afgifte", "12-02-2024"),
            ),
        ),
        Block(
            "p",
            "De Minister voor Rechtsbescherming verklaart dat uit een onderzoek naar "
            "het gedrag van de betrokkene, gelet op het risico voor de samenleving in "
            "het licht van het doel waarvoor de verklaring wordt gevraagd, geen "
            "bezwaren zijn gebleken.",
        ),
    ]
    doc = Doc(
        path,
        "vog",
        "pdf",
        age_days=rng.randint(30, 200),
        decoy_terms=["Verklaring Omtrent het Gedrag"],
    )
    doc.render = lambda: render_pdf(blocks, "Justis")
    return doc


def plan_id_copy(fake: Faker, rng: random.Random, path: str, issued: date, age: int) -> Doc:
    """A passport copy PNG with a check-digit-valid MRZ; the BSN sits in the optional data."""
    p = make_person(fake, rng)
    number, bsn = make_passport_number(rng), make_bsn(rng)
    expiry = issued.replace(year=issued.year + 10)
    mrz = mrz_td3(p.last, p.first, number, p.birth, p.sex, expiry, bsn)
    doc = Doc(
        path,
        "id_copy",
        "png",
        age_days=age,
        planted=[("NL_ID_DOCUMENT", number), ("NL_BSN", bsn)],
        notes="OCR needed; BSN in the MRZ optional data field",
    )
    if age > 5 * 365:
        doc.rules.append("retention-id-copy")
    doc.render = lambda: render_id_png(p, number, mrz, issued, expiry)
    return doc


def plan_notes(fake: Faker, rng: random.Random, path: str) -> Doc:
    """Recruiter call notes as plain text; one remark reveals a pregnancy (health)."""
    people = [make_person(fake, rng) for _ in range(4)]
    lines = ["Belnotities intake week 12 – team Logistiek", ""]
    for i, p in enumerate(people):
        lines.append(f"{p.name} ({p.phone}) – {rng.choice(JOBS_NL)[0]}, beschikbaar per direct.")
        if i == 2:
            lines.append(
                "  Gaf aan zwanger te zijn en na de zomer met zwangerschapsverlof te gaan."
            )
        else:
            lines.append("  Heeft VOG aanwezig, ervaring met scanners, wil max. 32 uur.")
    doc = Doc(
        path,
        "other",
        "txt",
        age_days=rng.randint(5, 60),
        planted=[("PHONE_NUMBER", p.phone) for p in people],
        specials=["SPECIAL_HEALTH"],
        rules=["special-category"],
        decoy_terms=["VOG aanwezig"],
    )
    text = "\n".join(lines) + "\n"
    doc.render = lambda: text.encode("utf-8")
    return doc


def plan_xlsx(fake: Faker, rng: random.Random, path: str) -> Doc:
    """A candidate export: visible contact list plus a hidden sheet holding BSNs."""
    people = [make_person(fake, rng) for _ in range(12)]
    rows = [["Naam", "E-mail", "Telefoon", "Woonplaats", "Functie", "Status"]]
    rows += [
        [
            p.name,
            p.email,
            p.phone,
            p.city,
            rng.choice(JOBS_NL)[0],
            rng.choice(["Nieuw", "Voorgesteld", "Geplaatst", "Afgewezen"]),
        ]
        for p in people
    ]
    bsns = [fmt_bsn(make_bsn(rng), "plain") for _ in range(3)]
    hidden = [["Naam", "BSN", "Opmerking"]]
    hidden += [[p.name, b, "nog verwerken in payroll"] for p, b in zip(people, bsns)]
    doc = Doc(
        path,
        "other",
        "xlsx",
        age_days=rng.randint(5, 90),
        rules=["bsn-outside-hr"],
        notes="hidden sheet 'Intern' holds the BSNs",
    )
    doc.planted += [
        (e, v) for p in people for e, v in (("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone))
    ]
    doc.planted += [("NL_BSN", b) for b in bsns]
    doc.render = lambda: render_xlsx([("Kandidaten", rows, False), ("Intern", hidden, True)])
    return doc


def plan_zip(fake: Faker, rng: random.Random, path: str) -> Doc:
    """A dossier ZIP: a CV with a BSN (violation) and a payslip (fine)."""
    cv = plan_cv(fake, rng, "cv.docx", CvSpec(bsn="labelled"), 0)
    slip = plan_payslip(fake, rng, "loonstrook_2024-03.pdf", date(2024, 3, 1), 0)
    doc = Doc(
        path,
        "other",
        "zip",
        age_days=rng.randint(10, 100),
        members=[cv, slip],
        planted=cv.planted + slip.planted,
        rules=list(cv.rules),
    )
    doc.render = lambda: render_zip([(cv.path, cv.render()), (slip.path, slip.render())])
    return doc


def plan_eml(fake: Faker, rng: random.Random, path: str) -> Doc:
    """An application e-mail with a PDF CV attached (the CV carries an IBAN)."""
    cv = plan_cv(fake, rng, "CV.pdf", CvSpec(iban=True), 0)
    p = make_person(fake, rng)
    body = (
        f"Beste recruiter,\n\nHierbij stuur ik mijn cv voor de vacature orderpicker.\n"
        f"U kunt mij bereiken op {p.phone}.\n\nMet vriendelijke groet,\n{p.name}\n"
    )
    doc = Doc(
        path,
        "other",
        "eml",
        age_days=rng.randint(10, 100),
        members=[cv],
        planted=[("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone)] + cv.planted,
        rules=list(cv.rules),
    )
    doc.render = lambda: render_eml(
        f"{p.name} <{p.email}>",
        "sollicitaties@connectmegroep.example",
        "Sollicitatie orderpicker",
        body,
        (cv.path, cv.render()),
    )
    return doc


def plan_camera(path: str, age: int) -> Doc:
    rules = ["retention-camera"] if age > 28 else []
    doc = Doc(
        path,
        "camera_footage",
        "mp4",
        age_days=age,
        rules=rules,
        notes="placeholder: MP4 ftyp header only",
    )
    doc.render = lambda: MP4_FTYP
    return doc


# --------------------------------------------------------------------------- the share

SPECIAL_CVS: list[tuple[str, CvSpec]] = [
    (
        "pdf",
        CvSpec(
            special=(
                (
                    "SPECIAL_HEALTH",
                    "Ik heb diabetes type 1; dit is goed onder controle en heeft geen "
                    + "invloed op mijn werk.",
                ),
            )
        ),
    ),
    (
        "docx",
        CvSpec(
            special=(
                (
                    "SPECIAL_TRADE_UNION",
                    "Ik ben lid van de FNV en was kaderlid bij mijn vorige werkgever.",
                ),
            ),
            layout="table",
        ),
    ),
    (
        "pdf",
        CvSpec(
            special=(
                ("SPECIAL_HEALTH", "Medische gegevens: astma, ik gebruik dagelijks een inhalator."),
            ),
            layout="table",
        ),
    ),
    (
        "docx",
        CvSpec(
            special=(
                (
                    "SPECIAL_RELIGION",
                    "Als praktiserend christen ben ik elke zondag actief in mijn kerkgemeente.",
                ),
            )
        ),
    ),
    (
        "pdf",
        CvSpec(
            lang="en",
            special=(
                ("SPECIAL_HEALTH", "I have been diagnosed with ADHD and take medication for it."),
            ),
        ),
    ),
]
DECOYS = [
    "Ruim vijf jaar ervaring als verpleegkundige in de GGZ.",
    "VOG aanwezig.",
    "Studie Politicologie aan de Universiteit van Amsterdam (niet afgerond).",
    "Vrijwilliger bij de plaatselijke voetbalclub.",
    "Stage op de afdeling diabeteszorg van het Spaarne Gasthuis.",
]


def _plan_cvs(fake: Faker, rng: random.Random) -> list[Doc]:
    """CVs: violations first, then the many clean ones (some with decoy phrases)."""
    specs: list[tuple[str, CvSpec]] = [
        ("docx", CvSpec(bsn="labelled")),
        ("pdf", CvSpec(bsn="burgerservicenummer", layout="table")),
        ("docx", CvSpec(bsn="unlabelled")),
        ("pdf", CvSpec(lang="en", bsn="english")),
        ("pdf", CvSpec(iban=True)),
        ("docx", CvSpec(iban=True, layout="table")),
        ("docx", CvSpec(id_document=True)),
        ("pdf", CvSpec(lang="en", id_document=True)),
    ] + SPECIAL_CVS
    for i in range(13):  # clean CVs: inventory only (name, e-mail, phone, address)
        decoys = (DECOYS[i // 2],) if i % 2 == 0 and i // 2 < len(DECOYS) else ()
        specs.append(
            (
                "docx" if i % 2 else "pdf",
                CvSpec(
                    lang="en" if i % 5 == 4 else "nl",
                    decoys=decoys,
                    layout="table" if i % 3 == 0 else "lines",
                ),
            )
        )
    return [
        plan_cv(fake, rng, f"Kandidaten/CV_{{slug}}.{fmt}", spec, rng.randint(3, 400))
        for fmt, spec in specs
    ]


def plan_share() -> list[Doc]:
    """Plan every document of the demo share, in a fixed order from one seed."""
    fake = Faker("nl_NL")
    fake.seed_instance(SEED)
    rng = random.Random(SEED)
    docs = _plan_cvs(fake, rng)
    for fmt in ("docx", "pdf"):  # CVs not touched for three years
        old = plan_cv(fake, rng, f"Kandidaten/Archief/CV_{{slug}}.{fmt}", CvSpec(), 3 * 365 + 20)
        old.rules.append("retention-candidate")
        docs.append(old)
    docs += [
        plan_letter(fake, rng, f"Kandidaten/Motivatiebrief_{i}.{fmt}", i == 1, rng.randint(3, 300))
        for i, fmt in enumerate(("docx", "pdf", "txt"), start=1)
    ]
    docs += [
        plan_vog(fake, rng, "Kandidaten/VOG_kandidaat_0412.pdf"),
        plan_notes(fake, rng, "Kandidaten/belnotities_week12.txt"),
    ]
    for i, month in enumerate((1, 2, 3, 4)):
        docs.append(
            plan_payslip(
                fake,
                rng,
                f"HR/Salarisadministratie/loonstrook_2024-{month:02d}_{i + 1:03d}.pdf",
                date(2024, month, 1),
                30 + 30 * i,
            )
        )
    docs.append(
        plan_payslip(
            fake,
            rng,
            "HR/Salarisadministratie/2016/loonstrook_2016-06_017.pdf",
            date(2016, 6, 1),
            8 * 365 + 40,
        )
    )
    docs += [
        plan_contract(
            fake,
            rng,
            f"HR/Contracten/arbeidsovereenkomst_{i:03d}.docx",
            i < 3,
            rng.randint(30, 500),
        )
        for i in (1, 2, 3)
    ]
    docs += [
        plan_absence(fake, rng, "HR/Verzuim/verzuimregistratie_2024_014.docx", True, 60),
        plan_absence(fake, rng, "HR/Verzuim/ziekmelding_2024_021.pdf", False, 45),
    ]
    docs += [
        plan_id_copy(fake, rng, "HR/Legitimatie/paspoort_kopie_0153.png", date(2021, 3, 9), 400),
        plan_id_copy(
            fake, rng, "HR/Legitimatie/paspoort_kopie_0027.png", date(2015, 8, 20), 6 * 365 + 30
        ),
    ]
    company_iban, vat = make_iban(rng), make_vat(rng)
    docs += [
        plan_invoice(fake, rng, f"Financien/Facturen/factuur_2024-{i:04d}.pdf", company_iban, vat)
        for i in range(101, 106)
    ]
    docs += [
        plan_camera("Beveiliging/Camera/ingang_2024-01-05.mp4", 120),
        plan_camera("Beveiliging/Camera/receptie_laatste_opname.mp4", 2),
    ]
    docs += [
        plan_eml(fake, rng, "Mail/Sollicitatie_orderpicker.eml"),
        plan_xlsx(fake, rng, "Export/kandidatenlijst_2024.xlsx"),
        plan_zip(fake, rng, "Export/dossier_kandidaat_0981.zip"),
    ]
    return docs


def planted_values() -> dict[str, list[tuple[str, str]]]:
    """Relative path -> (entity, raw value) for every planted identifier, without writing files.

    Archive and e-mail members are folded into their container's path. Entities are the
    SPEC's names plus DECOY_NUMBER (11-check-valid order/invoice numbers that are no BSN).
    """
    return {d.path: list(d.planted) for d in plan_share()}


def build_manifest(docs: list[Doc]) -> dict[str, object]:
    return {
        "seed": SEED,
        "generator": "sample_data/generate.py",
        "mtime_reference": "09:00 UTC, age_days before the day of generation or --touch",
        "files": [d.manifest() for d in docs],
    }


# --------------------------------------------------------------------------- writing


def _mtime(age_days: int, today: date | None = None) -> float:
    """09:00 UTC on (today - age_days): stable within a day, so ages stay meaningful."""
    day = (today or datetime.now(UTC).date()) - timedelta(days=age_days)
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC).timestamp()


def apply_mtimes(root: Path, files: list[dict[str, object]]) -> int:
    """Set each file's mtime from its manifest age; returns the number of files touched."""
    touched = 0
    for f in files:
        target = root / str(f["path"])
        if target.exists():
            t = _mtime(int(str(f["age_days"])))
            os.utime(target, (t, t))
            touched += 1
    return touched


def write_share(out: Path) -> list[Doc]:
    """Render every document under out/documents and write out/manifest.json."""
    docs = plan_share()
    target = out / "documents"
    if target.exists():
        shutil.rmtree(target)
    for d in docs:
        path = target / d.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(d.render())
    manifest = build_manifest(docs)
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    apply_mtimes(target, manifest["files"])  # type: ignore[arg-type]
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--out", type=Path, default=HERE, help="directory for documents/ and manifest.json"
    )
    ap.add_argument("--touch", action="store_true", help="only re-apply mtimes from the manifest")
    args = ap.parse_args(argv)
    if args.touch:
        manifest = json.loads((args.out / "manifest.json").read_text(encoding="utf-8"))
        n = apply_mtimes(args.out / "documents", manifest["files"])
        print(f"mtimes applied to {n} files")
        return 0
    docs = write_share(args.out)
    size = sum(p.stat().st_size for p in (args.out / "documents").rglob("*") if p.is_file())
    print(f"{len(docs)} documents written to {args.out / 'documents'} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

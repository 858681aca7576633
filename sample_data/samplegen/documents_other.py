"""Other document plans: invoices, VOG, ID copies, notes, sheets, archives, mail, camera."""

from __future__ import annotations

import random
from datetime import date

from faker import Faker

from samplegen.common import COMPANY, COMPANY_ADDR, COMPANY_KVK, Block, Doc
from samplegen.cv import JOBS_NL, CvSpec, plan_cv
from samplegen.documents_hr import plan_payslip
from samplegen.identifiers import fmt_bsn, make_bsn, make_decoy, make_passport_number, mrz_td3
from samplegen.people import make_person
from samplegen.render import (
    MP4_FTYP,
    render_eml,
    render_id_png,
    render_pdf,
    render_xlsx,
    render_zip,
)


def _invoice_lines(rng: random.Random) -> tuple[tuple[str, ...], ...]:
    """Two to four billed assignments, then subtotal, VAT and total."""
    billed: list[tuple[str, int, float]] = []
    total = 0.0  # summed in order (not sum(), which compensates rounding from Python 3.12)
    for _ in range(rng.randint(2, 4)):
        h, t = rng.randint(8, 160), rng.choice([32.5, 38.0, 41.75])
        total += h * t
        billed.append((f"Inzet uitzendkracht {rng.choice(JOBS_NL)[0].lower()}", h, t))
    return (
        ("Omschrijving", "Uren", "Tarief", "Bedrag"),
        *((job, str(h), f"{t:.2f}", f"{h * t:.2f}") for job, h, t in billed),
        ("Subtotaal", "", "", f"{total:.2f}"),
        ("BTW 21%", "", "", f"{total * 0.21:.2f}"),
        ("Totaal", "", "", f"{total * 1.21:.2f}"),
    )


def _invoice_blocks(
    numbers: tuple[tuple[str, str], ...], lines: tuple[tuple[str, ...], ...], iban: str, vat: str
) -> list[Block]:
    """A factuur's layout; numbers are its labelled header rows, invoice number first."""
    return [
        Block("title", "Factuur"),
        Block("p", f"{COMPANY} – {COMPANY_ADDR} – KvK {COMPANY_KVK} – BTW {vat}"),
        Block("kv", rows=numbers),
        Block("table", rows=lines),
        Block(
            "p",
            f"Gelieve binnen 30 dagen over te maken op {iban} t.n.v. {COMPANY} "
            f"onder vermelding van factuurnummer {numbers[0][1]}.",
        ),
    ]


def plan_invoice(fake: Faker, rng: random.Random, path: str, company_iban: str, vat: str) -> Doc:
    """A factuur with 11-check-valid order/invoice/customer numbers (decoys, not BSNs)."""
    nums = [make_decoy(rng) for _ in range(3)]
    client = fake.company()
    planted = [("DECOY_NUMBER", n) for n in nums] + [("IBAN_CODE", company_iban), ("NL_VAT", vat)]
    notes = "Factuur-, order- en klantnummer pass the 11-check but are not BSNs"
    doc = Doc(path, "other", "pdf", age_days=rng.randint(20, 400), planted=planted, notes=notes)
    lines = _invoice_lines(rng)
    dated = fake.date_between(date(2023, 6, 1), date(2024, 6, 1)).strftime("%d-%m-%Y")
    labels = ("Factuurnummer", "Ordernummer", "Klantnummer")
    numbers = (*zip(labels, nums), ("Debiteur", client), ("Factuurdatum", dated))
    blocks = _invoice_blocks(numbers, lines, company_iban, vat)
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


CONTACT = (("EMAIL_ADDRESS", "email"), ("PHONE_NUMBER", "phone"))


def plan_xlsx(fake: Faker, rng: random.Random, path: str) -> Doc:
    """A candidate export: visible contact list plus a hidden sheet holding BSNs."""
    people = [make_person(fake, rng) for _ in range(12)]
    statuses = ["Nieuw", "Voorgesteld", "Geplaatst", "Afgewezen"]
    rows = [["Naam", "E-mail", "Telefoon", "Woonplaats", "Functie", "Status"]]
    rows += [
        [p.name, p.email, p.phone, p.city, rng.choice(JOBS_NL)[0], rng.choice(statuses)]
        for p in people
    ]
    bsns = [fmt_bsn(make_bsn(rng), "plain") for _ in range(3)]
    hidden = [["Naam", "BSN", "Opmerking"]]
    hidden += [[p.name, b, "nog verwerken in payroll"] for p, b in zip(people, bsns)]
    notes = "hidden sheet 'Intern' holds the BSNs"
    doc = Doc(path, "other", "xlsx", age_days=rng.randint(5, 90), notes=notes)
    doc.rules.append("bsn-outside-hr")
    doc.planted += [(e, getattr(p, a)) for p in people for e, a in CONTACT]
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

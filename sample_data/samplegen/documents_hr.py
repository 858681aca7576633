"""HR document plans: letters, payslips, contracts, absence notes."""

from __future__ import annotations

import random
from datetime import date

from faker import Faker

from samplegen.common import COMPANY, COMPANY_ADDR, COMPANY_KVK, COMPANY_RSIN, Block, Doc
from samplegen.cv import JOBS_NL
from samplegen.identifiers import fmt_bsn, make_bsn, make_iban
from samplegen.people import Person, make_person
from samplegen.render import render_docx, render_pdf, renderer_for

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


def _letter_opening(fake: Faker, p: Person, job: str) -> list[Block]:
    """Sender, date, subject and the body of a sollicitatiebrief, before any BSN."""
    sent = fake.date_between(date(2023, 1, 1), date(2024, 6, 1)).strftime("%d-%m-%Y")
    address = [("", p.name), ("", p.street), ("", f"{p.postcode} {p.city}")]
    sender = (*address, ("Telefoon", p.phone), ("E-mail", p.email))
    return [
        Block("title", "Sollicitatiebrief"),
        Block("kv", rows=sender),
        Block("p", f"{p.city}, {sent}"),
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


def plan_letter(fake: Faker, rng: random.Random, path: str, with_bsn: bool, age: int) -> Doc:
    """A motivation letter (sollicitatiebrief); optionally with the BSN the statement forbids."""
    p = make_person(fake, rng)
    doc = Doc(path, "motivation_letter", path.rsplit(".", 1)[-1], age_days=age)
    doc.planted += [("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email)]
    blocks = _letter_opening(fake, p, rng.choice(JOBS_NL)[0].lower())
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
    doc.render = renderer_for(doc.fmt, blocks, p.name)
    return doc


def _pay_table(rng: random.Random) -> tuple[tuple[str, ...], ...]:
    """Hours times a random wage, minus wage tax and pension premium."""
    hours = rng.choice([24, 32, 36, 40]) * 4.33
    rate = rng.choice([13.27, 14.06, 15.50, 17.25, 21.80])
    gross = round(hours * rate, 2)
    tax = round(gross * 0.082, 2)
    pension = round(gross * 0.031, 2)
    return (
        ("Omschrijving", "Aantal", "Tarief", "Bedrag"),
        ("Uurloon", f"{hours:.2f}", f"{rate:.2f}", f"{gross:.2f}"),
        ("Loonheffing", "", "", f"-{tax:.2f}"),
        ("Pensioenpremie StiPP", "", "", f"-{pension:.2f}"),
        ("Netto uit te betalen", "", "", f"{gross - tax - pension:.2f}"),
    )


def _payslip_blocks(
    p: Person,
    period: date,
    employee: tuple[tuple[str, str], ...],
    table: tuple[tuple[str, ...], ...],
) -> list[Block]:
    """A loonstrook's layout; employee holds its number, BSN and IBAN rows."""
    return [
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
                *employee[:2],
                ("Geboortedatum", p.birth.strftime("%d-%m-%Y")),
                ("Periode", f"{MAANDEN[period.month - 1]} {period.year}"),
                *employee[2:],
            ),
        ),
        Block("table", rows=table),
        Block("p", "Loonheffingskorting toegepast: ja. Vakantiegeld reservering 8%."),
    ]


def plan_payslip(
    fake: Faker, rng: random.Random, path: str, period: date, age: int, person: Person | None = None
) -> Doc:
    """A loonstrook: BSN and IBAN are expected here (payroll record, not a violation)."""
    p = person or make_person(fake, rng)
    bsn, iban = fmt_bsn(make_bsn(rng), "plain"), make_iban(rng)
    decoy = ("DECOY_NUMBER", fmt_bsn(COMPANY_RSIN, "dots"))
    doc = Doc(
        path, "payslip", "pdf", age_days=age, planted=[("NL_BSN", bsn), ("IBAN_CODE", iban), decoy]
    )
    if age > 7 * 365:
        doc.rules.append("retention-payroll")
    table = _pay_table(rng)
    employee = (
        ("Personeelsnummer", str(rng.randint(10000, 99999))),
        ("BSN", bsn),
        ("Uitbetaald op rekening", iban),
    )
    blocks = _payslip_blocks(p, period, employee, table)
    doc.render = lambda: render_pdf(blocks, COMPANY)
    return doc


def _contract_blocks(
    rng: random.Random, parties: list[tuple[str, str]], job: str, start: date
) -> list[Block]:
    """The articles of a fixed-term contract; draws the hourly wage."""
    return [
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
    blocks = _contract_blocks(rng, parties, job, start)
    doc.render = lambda: render_docx(
        blocks, "HR Connect-Me-Groep", header=COMPANY, footer="Vertrouwelijk – personeelsdossier"
    )
    return doc


def _absence_diagnosis(doc: Doc, rows: list[tuple[str, str]], notes: list[str]) -> None:
    """Record a diagnosis and medication: what the sickness-diagnosis rule is about."""
    rows.insert(3, ("Diagnose", "burn-out, behandeling door psycholoog"))
    notes.append(
        "Werknemer vertelde dat hij last heeft van een hernia en medicatie gebruikt (oxycodon)."
    )
    doc.specials += ["SPECIAL_HEALTH", "SPECIAL_HEALTH"]
    doc.rules.append("sickness-diagnosis")


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
        _absence_diagnosis(doc, rows, notes)
    else:
        notes.append(
            "Reden van verzuim niet vastgelegd: alleen de bedrijfsarts beoordeelt "
            "de arbeidsongeschiktheid."
        )
    blocks = [Block("title", "Verzuimregistratie"), Block("table", rows=tuple(rows))]
    blocks += [Block("h", "Verloop"), *(Block("p", n) for n in notes)]
    doc.render = renderer_for(doc.fmt, blocks, "Verzuimcoördinator")
    return doc

"""The whole share: which documents, where, how old; planted values and the manifest."""

from __future__ import annotations

import random
from datetime import date

from faker import Faker

from samplegen.common import REFERENCE_DATE, SEED, Doc
from samplegen.cv import CvSpec, plan_cv
from samplegen.documents_hr import plan_absence, plan_contract, plan_letter, plan_payslip
from samplegen.documents_other import (
    plan_camera,
    plan_eml,
    plan_id_copy,
    plan_invoice,
    plan_notes,
    plan_vog,
    plan_xlsx,
    plan_zip,
)
from samplegen.identifiers import make_iban, make_vat

# (format, spec) of the CVs that break a rule, in planning order.
IDENTIFIER_CVS: list[tuple[str, CvSpec]] = [
    ("docx", CvSpec(bsn="labelled")),
    ("pdf", CvSpec(bsn="burgerservicenummer", layout="table")),
    ("docx", CvSpec(bsn="unlabelled")),
    ("pdf", CvSpec(lang="en", bsn="english")),
    ("pdf", CvSpec(iban=True)),
    ("docx", CvSpec(iban=True, layout="table")),
    ("docx", CvSpec(id_document=True)),
    ("pdf", CvSpec(lang="en", id_document=True)),
]
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
# Phrases on clean CVs that look like special categories but are not (no rule may fire).
DECOYS = [
    "Ruim vijf jaar ervaring als verpleegkundige in de GGZ.",
    "VOG aanwezig.",
    "Studie Politicologie aan de Universiteit van Amsterdam (niet afgerond).",
    "Vrijwilliger bij de plaatselijke voetbalclub.",
    "Stage op de afdeling diabeteszorg van het Spaarne Gasthuis.",
]


def _clean_cv_specs() -> list[tuple[str, CvSpec]]:
    """13 clean CVs: inventory only (name, e-mail, phone, address), every other one a decoy."""
    return [
        (
            "docx" if i % 2 else "pdf",
            CvSpec(
                lang="en" if i % 5 == 4 else "nl",
                decoys=(DECOYS[i // 2],) if i % 2 == 0 and i // 2 < len(DECOYS) else (),
                layout="table" if i % 3 == 0 else "lines",
            ),
        )
        for i in range(13)
    ]


def _plan_cvs(fake: Faker, rng: random.Random) -> list[Doc]:
    """CVs: violations first, then the many clean ones (some with decoy phrases)."""
    specs = IDENTIFIER_CVS + SPECIAL_CVS + _clean_cv_specs()
    return [
        plan_cv(fake, rng, f"Kandidaten/CV_{{slug}}.{fmt}", spec, rng.randint(3, 400))
        for fmt, spec in specs
    ]


def _plan_candidates(fake: Faker, rng: random.Random) -> list[Doc]:
    """Kandidaten/: CVs (three years old in Archief/), letters, a VOG and call notes."""
    docs = _plan_cvs(fake, rng)
    for fmt in ("docx", "pdf"):  # CVs not touched for three years
        old = plan_cv(fake, rng, f"Kandidaten/Archief/CV_{{slug}}.{fmt}", CvSpec(), 3 * 365 + 20)
        old.rules.append("retention-candidate")
        docs.append(old)
    docs += [
        plan_letter(fake, rng, f"Kandidaten/Motivatiebrief_{i}.{fmt}", i == 1, rng.randint(3, 300))
        for i, fmt in enumerate(("docx", "pdf", "txt"), start=1)
    ]
    return docs + [
        plan_vog(fake, rng, "Kandidaten/VOG_kandidaat_0412.pdf"),
        plan_notes(fake, rng, "Kandidaten/belnotities_week12.txt"),
    ]


def _plan_payroll(fake: Faker, rng: random.Random) -> list[Doc]:
    """HR/Salarisadministratie/: four recent payslips and one past its retention period."""
    folder = "HR/Salarisadministratie"
    docs = [
        plan_payslip(
            fake,
            rng,
            f"{folder}/loonstrook_2024-{m:02d}_{i + 1:03d}.pdf",
            date(2024, m, 1),
            30 + 30 * i,
        )
        for i, m in enumerate((1, 2, 3, 4))
    ]
    old = f"{folder}/2016/loonstrook_2016-06_017.pdf"
    return docs + [plan_payslip(fake, rng, old, date(2016, 6, 1), 8 * 365 + 40)]


def _plan_hr_records(fake: Faker, rng: random.Random) -> list[Doc]:
    """HR/: contracts, absence records and passport copies."""
    docs = [
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
    ids = "HR/Legitimatie"
    return docs + [
        plan_id_copy(fake, rng, f"{ids}/paspoort_kopie_0153.png", date(2021, 3, 9), 400),
        plan_id_copy(fake, rng, f"{ids}/paspoort_kopie_0027.png", date(2015, 8, 20), 6 * 365 + 30),
    ]


def _plan_rest(fake: Faker, rng: random.Random) -> list[Doc]:
    """Invoices, camera footage, a mailbox export, a candidate sheet and a dossier ZIP."""
    company_iban, vat = make_iban(rng), make_vat(rng)
    docs = [
        plan_invoice(fake, rng, f"Financien/Facturen/factuur_2024-{i:04d}.pdf", company_iban, vat)
        for i in range(101, 106)
    ]
    docs += [
        plan_camera("Beveiliging/Camera/ingang_2024-01-05.mp4", 120),
        plan_camera("Beveiliging/Camera/receptie_laatste_opname.mp4", 2),
    ]
    return docs + [
        plan_eml(fake, rng, "Mail/Sollicitatie_orderpicker.eml"),
        plan_xlsx(fake, rng, "Export/kandidatenlijst_2024.xlsx"),
        plan_zip(fake, rng, "Export/dossier_kandidaat_0981.zip"),
    ]


def plan_share() -> list[Doc]:
    """Plan every document of the demo share, in a fixed order from one seed."""
    fake = Faker("nl_NL")
    fake.seed_instance(SEED)
    rng = random.Random(SEED)
    # One RNG and one Faker, drawn in this order: reordering changes every later document.
    groups = (_plan_candidates, _plan_payroll, _plan_hr_records, _plan_rest)
    return [doc for plan in groups for doc in plan(fake, rng)]


def planted_values() -> dict[str, list[tuple[str, str]]]:
    """Relative path -> (entity, raw value) for every planted identifier, without writing files.

    Archive and e-mail members are folded into their container's path. Entities are the
    SPEC's names plus DECOY_NUMBER (11-check-valid order/invoice numbers that are no BSN).
    """
    return {d.path: list(d.planted) for d in plan_share()}


def build_manifest(docs: list[Doc]) -> dict[str, object]:
    """The ground truth written to manifest.json: per file entities, rules and age, no raw value."""
    return {
        "seed": SEED,
        "generator": "sample_data/generate.py",
        "reference_date": REFERENCE_DATE.isoformat(),
        "mtime_reference": "09:00 UTC, age_days before reference_date",
        "files": [d.manifest() for d in docs],
    }

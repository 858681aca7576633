"""Generate tests/eval/data/entities.jsonl: the labelled identifier/contact snippet set.

Faker nl_NL and random.Random with a fixed seed, so a rerun writes the same file:

    .venv/bin/python tests/eval/make_entity_set.py

Format: tests/eval/README.md. Every number is synthetic and checksum-valid where it should be.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from faker import Faker

from tests.eval import synth

OUT = Path(__file__).resolve().parent / "data" / "entities.jsonl"
SEED = 20241125
Part = str | tuple[str, str]


def snippet(
    sid: str, lang: str, parts: list[Part], kind: str, scope: list[str], note: str = ""
) -> dict[str, Any]:
    """Join ``parts``; a (entity, value) part is an expected span, ("-", value) a decoy."""
    text, entities = "", []
    for part in parts:
        if isinstance(part, tuple):
            entity, value = part
            if entity != "-":
                entities.append(
                    {"entity": entity, "start": len(text), "end": len(text) + len(value)}
                )
            text += value
        else:
            text += part
    return {
        "id": sid,
        "lang": lang,
        "text": text,
        "entities": entities,
        "kind": kind,
        "scope": scope,
        "note": note,
    }


BSN_LABELS_NL = [
    "BSN: ",
    "BSN ",
    "Burgerservicenummer: ",
    "burgerservicenummer ",
    "Sofinummer: ",
    "sofi-nr. ",
    "Sofi-nr: ",
    "BSN-nummer: ",
    "bsn/sofinummer: ",
    "Mijn BSN is ",
    "Burger service nummer: ",
]
BSN_LABELS_EN = [
    "Citizen service number: ",
    "BSN: ",
    "Citizen Service Number (BSN) ",
    "Social security number: ",
    "My BSN is ",
    "Sofi number: ",
]
DECOY_LABELS = {
    "order": ["Ordernummer: ", "Order nr. ", "Bestelnummer ", "Order number: ", "Order no. "],
    "invoice": ["Factuurnummer: ", "Factuur ", "Invoice number: ", "Invoice no. "],
    "customer": ["Klantnummer: ", "Klantnr. ", "Customer number: ", "Debiteurnummer: "],
    "policy": ["Polisnummer: ", "Polisnr ", "Policy number: ", "Dossiernummer: "],
    "bank": ["Rekeningnummer: ", "Bankrekening ", "Rek.nr. ", "Giro ", "Account number: "],
    "reference": ["Referentie: ", "Kenmerk: ", "Artikelnummer: ", "Zaaknummer: "],
}


def bsn_positives(rng: random.Random, fake: Faker) -> Iterator[dict[str, Any]]:
    for i in range(60):
        form = synth.BSN_FORMS[i % len(synth.BSN_FORMS)]
        value = synth.bsn_form(synth.bsn(rng, eight=form == "eight"), form)
        lang = "nl" if i % 3 else "en"
        label = rng.choice(BSN_LABELS_NL if lang == "nl" else BSN_LABELS_EN)
        tail = rng.choice([".", "", f"\nTelefoon: {synth.phone(rng)}", " (zie bijlage)"])
        yield snippet(
            f"bsn-label-{i:03d}",
            lang,
            [f"{fake.name()}\n{label}", ("NL_BSN", value), tail],
            "positive",
            ["NL_BSN"],
            f"label {form}",
        )
    for i in range(25):  # the word nearby, not as the label
        value = synth.bsn_form(synth.bsn(rng), rng.choice(synth.BSN_FORMS[:4]))
        parts = rng.choice(
            [
                [
                    (
                        "Hierbij stuur ik mijn gegevens voor de loonadministratie. Mijn BSN staat hieronder "
                        "vermeld:\n\n"
                    ),
                    ("NL_BSN", value),
                ],
                [("NL_BSN", value), " (burgerservicenummer) is bekend bij de afdeling HR."],
                ["Please find my citizen service number for the payroll: ", ("NL_BSN", value), "."],
            ]
        )
        yield snippet(f"bsn-window-{i:03d}", "nl", parts, "positive", ["NL_BSN"], "context word")
    for i in range(30):  # unlabelled, in a CV's personal-details block
        value = synth.bsn_form(
            synth.bsn(rng), rng.choice(["plain", "dotted_4_2_3", "spaced_3_3_3"])
        )
        street = fake.street_name() + " " + fake.building_number()
        dob = synth.birth_date(fake, 18, 65).strftime("%d-%m-%Y")
        if i % 2:
            parts = [
                "Personalia\nNaam: ",
                fake.name(),
                f"\nAdres: {street}\n{fake.postcode()} {fake.city()}\nGeboortedatum: {dob}\n",
                ("NL_BSN", value),
                "\nNationaliteit: Nederlandse\n",
            ]
        else:
            parts = [
                f"{fake.name()}\n{street}\n{fake.postcode()} {fake.city()}\n{dob}\n",
                ("NL_BSN", value),
                f"\n{fake.email()}\n",
            ]
        yield snippet(
            f"bsn-block-{i:03d}",
            "nl",
            parts,
            "positive",
            ["NL_BSN"],
            "unlabelled, personal-details block",
        )
    for i in range(15):  # tables: the label is a column header on the line above
        value = synth.bsn_form(synth.bsn(rng), rng.choice(["plain", "dotted_4_2_3"]))
        header = rng.choice(
            [
                "BSN | Naam | Geboortedatum",
                "Burgerservicenummer\tNaam",
                "Citizen service number | Name",
            ]
        )
        yield snippet(
            f"bsn-table-{i:03d}",
            "nl",
            [f"{header}\n", ("NL_BSN", value), f" | {fake.name()} | {synth.any_date(fake)}"],
            "positive",
            ["NL_BSN"],
            "table column",
        )
    for i in range(15):  # English personal-details block, unlabelled
        value = synth.bsn(rng)
        dob = synth.birth_date(fake, 18, 65).strftime("%d/%m/%Y")
        parts = [
            (
                f"Personal details\nName: {fake.name()}\nAddress: {fake.street_address()}, "
                f"{fake.postcode()} {fake.city()}\nDate of birth: {dob}\n"
            ),
            ("NL_BSN", value),
            "\nNationality: Dutch\n",
        ]
        yield snippet(
            f"bsn-block-en-{i:03d}",
            "en",
            parts,
            "positive",
            ["NL_BSN"],
            "unlabelled, English personal-details block",
        )
    for i in range(12):  # the optional-data field of an MRZ
        dob = f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        exp = f"{rng.randint(26, 34)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        value = synth.bsn(rng)
        make = synth.mrz_td3 if i % 2 else synth.mrz_td1
        mrz = make(rng, synth.doc_number(rng), dob, exp, value)
        k = mrz.index(value)
        parts = [
            "Kopie paspoort\n" if i % 2 else "Kopie ID-kaart\n",
            ("-", mrz[:k]),
            ("NL_BSN", value),
            ("-", mrz[k + 9 :]),
        ]
        yield snippet(f"bsn-mrz-{i:03d}", "nl", parts, "positive", ["NL_BSN"], "MRZ optional data")


def bsn_negatives(rng: random.Random, fake: Faker) -> Iterator[dict[str, Any]]:
    n = 0
    for kind, labels in DECOY_LABELS.items():
        for _ in range(14):
            value = synth.bsn(rng)
            if kind == "bank":
                value = rng.choice([value, synth.bsn_form(value, "dotted_2_2_2_3")])
            lang = rng.choice(["nl", "en"])
            parts = [
                f"{fake.name()}\n" if rng.random() < 0.5 else "",
                rng.choice(labels),
                ("-", value),
                rng.choice(["", ".", f" d.d. {synth.any_date(fake)}"]),
            ]
            yield snippet(
                f"bsn-decoy-{kind}-{n:03d}",
                lang,
                parts,
                "negative",
                ["NL_BSN"],
                f"11-check-valid {kind} number with its label",
            )
            n += 1
    for i in range(20):  # the same digits in an order list, unlabelled rows
        rows = [
            f"{synth.bsn(rng)}  {rng.randint(1, 5)}x {fake.word()}  € {rng.randint(1, 99)},"
            f"{rng.randint(0, 99):02d}"
            for _ in range(3)
        ]
        yield snippet(
            f"bsn-decoy-orderlist-{i:03d}",
            "nl",
            [
                f"Bestelling {synth.any_date(fake)}\nOrdernummers:\n"
                + "\n".join(rows)
                + f"\nTotaal € {rng.randint(10, 300)},00"
            ],
            "negative",
            ["NL_BSN"],
            "valid digits in an order list",
        )
    for i in range(15):  # a decoy label inside a personal-details block
        label = rng.choice(
            [
                "Klantnummer: ",
                "Personeelsnummer: ",
                "Polisnummer: ",
                "Rekeningnummer: ",
                "Lidnummer: ",
            ]
        )
        yield snippet(
            f"bsn-decoy-inblock-{i:03d}",
            "nl",
            [
                (
                    f"Naam: {fake.name()}\nAdres: {fake.street_address()}\n{fake.postcode()} "
                    f"{fake.city()}\n{label}"
                ),
                ("-", synth.bsn(rng)),
                "\n",
            ],
            "negative",
            ["NL_BSN"],
            "decoy label beats the block",
        )
    for i in range(10):  # a sentence about BSNs above an order list
        rows = "\n".join(f"{synth.bsn(rng)}  {rng.randint(1, 5)}x {fake.word()}" for _ in range(2))
        yield snippet(
            f"bsn-decoy-nearword-{i:03d}",
            "nl",
            [f"Vermeld nooit uw BSN in een bestelling.\nBestelling:\n{rows}\n"],
            "negative",
            ["NL_BSN"],
            "BSN word above an order list",
        )
    for i in range(20):  # phone numbers, digits inside IBANs, dates, amounts
        value = synth.bsn(rng)
        parts = [
            ["Bel mij op ", ("-", synth.phone(rng)), " of mail naar ", ("-", fake.email())],
            ["IBAN: ", ("-", synth.nl_iban(rng, spaced=i % 2 == 0)), " t.n.v. ", fake.name()],
            ["Datum: ", ("-", synth.any_date(fake, "%Y%m%d")), ", factuur volgt."],
            ["Totaalbedrag € ", ("-", f"{value[:3]}.{value[3:6]}.{value[6:]}"), ",00 incl. btw"],
            ["Amount due: EUR ", ("-", value), ".00"],
        ][i % 5]
        yield snippet(
            f"bsn-decoy-other-{i:03d}",
            "nl",
            parts,
            "negative",
            ["NL_BSN"],
            ["phone", "iban digits", "date", "amount", "amount"][i % 5],
        )
    for i in range(20):  # an 11-check-valid number with no context at all
        yield snippet(
            f"bsn-decoy-bare-{i:03d}",
            rng.choice(["nl", "en"]),
            [fake.sentence(), " ", ("-", synth.bsn(rng)), " ", fake.sentence()],
            "negative",
            ["NL_BSN"],
            "bare valid number, no context",
        )
    for i in range(10):  # labelled but failing the 11-check
        value = synth.bsn(rng)
        bad = value[:-1] + str((int(value[-1]) + 1) % 10)
        yield snippet(
            f"bsn-invalid-{i:03d}",
            "nl",
            ["BSN: ", ("-", bad)],
            "negative",
            ["NL_BSN"],
            "fails 11-check",
        )


def iban_snippets(rng: random.Random, fake: Faker) -> Iterator[dict[str, Any]]:
    vectors = REPO / "tests" / "data" / "vectors"
    valid = [
        s
        for s in (vectors / "iban_valid.txt").read_text().splitlines()
        if s and not s.startswith("#")
    ]
    invalid = [
        s
        for s in (vectors / "iban_invalid.txt").read_text().splitlines()
        if s and not s.startswith("#")
    ]
    templates = [
        "IBAN: {}",
        "Graag overmaken op {} t.n.v. {name}.",
        "Account {} ({name})",
        "Bankrekening\n{}\n",
        "Please pay to IBAN {} before the end of the month.",
    ]
    for i, value in enumerate(valid):
        t = templates[i % len(templates)].replace("{name}", fake.name())
        k = t.index("{}")
        yield snippet(
            f"iban-vector-{i:03d}",
            "nl" if i % 2 else "en",
            [t[:k], ("IBAN_CODE", value), t[k + 2 :]],
            "positive",
            ["IBAN_CODE", "NL_BSN"],
            "shared vector",
        )
    for i in range(40):
        value = synth.nl_iban(rng, spaced=i % 2 == 0)
        yield snippet(
            f"iban-nl-{i:03d}",
            "nl",
            [f"{fake.name()}, rekening ", ("IBAN_CODE", value), f", {fake.city()}"],
            "positive",
            ["IBAN_CODE", "NL_BSN"],
            "Dutch IBAN",
        )
    for i, value in enumerate(invalid):
        yield snippet(
            f"iban-invalid-{i:03d}",
            "nl",
            ["IBAN: ", ("-", value)],
            "negative",
            ["IBAN_CODE"],
            "shared invalid vector",
        )
    for i in range(20):
        value = synth.nl_iban(rng)
        j = rng.randint(4, len(value) - 1)
        bad = (
            value[:j] + str((int(value[j]) + 1) % 10) + value[j + 1 :]
            if value[j].isdigit()
            else value[:j] + ("X" if value[j] != "X" else "Y") + value[j + 1 :]
        )
        yield snippet(
            f"iban-typo-{i:03d}",
            "nl",
            ["Rekeningnummer ", ("-", bad)],
            "negative",
            ["IBAN_CODE"],
            "one character changed",
        )


def contact_snippets(rng: random.Random, fake: Faker) -> Iterator[dict[str, Any]]:
    for i in range(60):
        email = rng.choice(
            [
                fake.email(),
                fake.free_email(),
                fake.company_email(),
                f"{fake.first_name()}.{fake.last_name()}@{fake.domain_name()}".lower().replace(
                    " ", ""
                ),
            ]
        )
        t = rng.choice(
            [
                "E-mail: {}",
                "Mail me at {}.",
                "Stuur uw cv naar {} o.v.v. vacature.",
                "{} | LinkedIn",
                "Contact: <{}>",
            ]
        )
        k = t.index("{}")
        yield snippet(
            f"email-{i:03d}",
            "nl",
            [t[:k], ("EMAIL_ADDRESS", email), t[k + 2 :]],
            "positive",
            ["EMAIL_ADDRESS"],
            "e-mail address",
        )
    for i, bad in enumerate(
        [
            "jan@localhost",
            "info@server.lokaal",
            "@jansen_official",
            "jan at voorbeeld dot nl",
            "foo@bar",
            "naam@domein.invalidtld",
            "user@@voorbeeld.nl",
            "twitter: @sanne",
            "a@b",
            "x@intranet.thuis",
        ]
    ):
        yield snippet(
            f"email-neg-{i:03d}",
            "en",
            ["Contact ", ("-", bad)],
            "negative",
            ["EMAIL_ADDRESS"],
            "not an address with a public suffix",
        )
    for i in range(80):
        value = synth.phone(rng)
        t = rng.choice(
            [
                "Tel: {}",
                "Mobiel: {}",
                "Bereikbaar op {} (na 17:00)",
                "Phone {}",
                "{}",
                "Bel {} of mail.",
                "T {} | E " + fake.email(),
            ]
        )
        k = t.index("{}")
        yield snippet(
            f"phone-{i:03d}",
            rng.choice(["nl", "en"]),
            [t[:k], ("PHONE_NUMBER", value), t[k + 2 :]],
            "positive",
            ["PHONE_NUMBER", "NL_BSN"],
            "phone number",
        )
    n = 0
    while n < 40:  # Faker's own Dutch formats, e.g. "+31(0)20 1234567", "(0406)-812415"
        value = fake.phone_number()
        if synth.is_valid_phone(value):
            yield snippet(
                f"phone-faker-{n:03d}",
                "nl",
                ["Telefoonnummer: ", ("PHONE_NUMBER", value)],
                "positive",
                ["PHONE_NUMBER", "NL_BSN"],
                "Faker nl_NL format",
            )
            n += 1
    negatives = [
        lambda: f"Geboortedatum: {synth.any_date(fake, '%d-%m-%Y')}",
        lambda: f"BSN: {synth.bsn(rng)}",
        lambda: f"Postcode {fake.postcode()}",
        lambda: f"Bedrag: € {rng.randint(100, 99999)},{rng.randint(0, 99):02d}",
        lambda: f"Ordernummer {rng.randint(10**9, 10**10 - 1)}",
        lambda: f"Tel: 06-{rng.randint(1000, 9999)}",
        lambda: f"Periode 2015-{rng.randint(2016, 2023)}",
        lambda: f"KvK {rng.randint(10**7, 10**8 - 1)}",
    ]
    for i in range(40):
        yield snippet(
            f"phone-neg-{i:03d}",
            "nl",
            [negatives[i % len(negatives)]()],
            "negative",
            ["PHONE_NUMBER"],
            "number that is not a phone number",
        )


def other_snippets(rng: random.Random, fake: Faker) -> Iterator[dict[str, Any]]:
    for i in range(20):
        v = synth.nl_vat(rng)
        yield snippet(
            f"vat-{i:03d}", "nl", ["BTW-nummer: ", ("NL_VAT", v)], "positive", ["NL_VAT"], "VAT"
        )
        kvk = str(rng.randint(10**7, 10**8 - 1))
        yield snippet(
            f"kvk-{i:03d}",
            "nl",
            [f"{fake.company()}, KvK ", ("NL_KVK", kvk)],
            "positive",
            ["NL_KVK"],
            "KvK",
        )
        yield snippet(
            f"kvk-neg-{i:03d}",
            "nl",
            [f"Artikel {kvk} op voorraad"],
            "negative",
            ["NL_KVK"],
            "8 digits without KvK context",
        )
        doc = synth.doc_number(rng)
        yield snippet(
            f"iddoc-{i:03d}",
            "nl",
            ["Paspoortnummer: ", ("NL_ID_DOCUMENT", doc)],
            "positive",
            ["NL_ID_DOCUMENT"],
            "document number",
        )
        dl = str(rng.randint(10**9, 10**10 - 1))
        yield snippet(
            f"dl-{i:03d}",
            "nl",
            ["Rijbewijsnummer: ", ("NL_DRIVERS_LICENSE", dl)],
            "positive",
            ["NL_DRIVERS_LICENSE"],
            "driving licence",
        )
        dob = synth.birth_date(fake, 18, 70)
        v = rng.choice([dob.strftime("%d-%m-%Y"), dob.isoformat(), dob.strftime("%d/%m/%Y")])
        yield snippet(
            f"dob-{i:03d}",
            "nl",
            [
                rng.choice(["Geboortedatum: ", "Geboren op ", "Date of birth: "]),
                ("DATE_OF_BIRTH", v),
            ],
            "positive",
            ["DATE_OF_BIRTH"],
            "labelled birth date",
        )
        yield snippet(
            f"dob-neg-{i:03d}",
            "nl",
            [f"Werkzaam van {synth.any_date(fake, '%d-%m-%Y')} tot {synth.any_date(fake, '%d-%m-%Y')}"],
            "negative",
            ["DATE_OF_BIRTH"],
            "employment period",
        )
        name = f"{fake.first_name()} {fake.last_name()}"
        yield snippet(
            f"person-{i:03d}",
            "nl",
            ["Naam: ", ("PERSON", name)],
            "positive",
            ["PERSON"],
            "labelled name",
        )


def main() -> None:
    fake = Faker("nl_NL")
    fake.seed_instance(SEED)
    rng = random.Random(SEED)
    rows = [
        *bsn_positives(rng, fake),
        *bsn_negatives(rng, fake),
        *iban_snippets(rng, fake),
        *contact_snippets(rng, fake),
        *other_snippets(rng, fake),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} snippets -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()

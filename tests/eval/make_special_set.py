"""Writes tests/eval/data/special.jsonl: labelled special-category snippets (NL and EN).

Positives combine varied person templates (first/third person, labels, membership, cause)
with varied term forms (inflections, synonyms); hard negatives cover every exclusion kind
(occupation, study, employer, sector, VOG). Fixed seed: rerunning writes the same file.
Run: .venv/bin/python tests/eval/make_special_set.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SCOPE = [
    "SPECIAL_" + c
    for c in (
        "HEALTH",
        "RELIGION",
        "ETHNICITY",
        "POLITICS",
        "TRADE_UNION",
        "SEXUAL_ORIENTATION",
        "CRIMINAL",
        "BIOMETRIC",
    )
]
OUT = Path(__file__).parent / "data" / "special.jsonl"
SEED = 20261125

# category -> language -> (term forms, person templates); "{t}" marks the expected span.
POS = {
    "HEALTH": {
        "nl": (
            [
                "diabetes type 1",
                "epilepsie",
                "een burn-out",
                "depressies",
                "ADHD",
                "astma",
                "reuma",
                "migraineaanvallen",
                "een hernia",
                "multiple sclerose",
                "kanker",
            ],
            [
                "Ik heb sinds mijn twintigste {t}.",
                "Kandidaat heeft {t}, werkt daarom parttime.",
                "Zij is in maart uitgevallen door {t}.",
                "Diagnose: {t}",
                "Mijn {t} is onder controle.",
                "Werknemer is afwezig wegens {t}.",
                "Hij lijdt aan {t} en is in behandeling.",
                "Medische gegevens: {t}",
            ],
        ),
        "en": (
            [
                "epilepsy",
                "type 2 diabetes",
                "a burnout",
                "depression",
                "asthma",
                "ADHD",
                "a slipped disc",
                "migraines",
                "cancer",
                "multiple sclerosis",
            ],
            [
                "I have {t} and need regular breaks.",
                "The candidate has {t}.",
                "She was diagnosed with {t} last year.",
                "Diagnosis: {t}",
                "Employee is off sick with {t}.",
                "My {t} does not affect my work.",
            ],
        ),
    },
    "PREGNANCY": {
        "nl": (
            ["zwanger", "zwangere"],
            [
                "Ik ben {t} en verwacht in juni.",
                "Werknemer is {t}, verlof vanaf mei.",
                "Mevrouw is {t} van de tweede.",
            ],
        ),
        "en": (["pregnant"], ["I am {t} and due in June.", "The employee is {t}."]),
    },
    "MEDS": {
        "nl": (
            ["medicatie", "antidepressiva", "insuline", "medicijnen"],
            [
                "Ik gebruik dagelijks {t}.",
                "Hij/zij gebruikt {t} voor de klachten.",
                "Kandidaat slikt {t}.",
            ],
        ),
        "en": (
            ["medication", "insulin", "antidepressants"],
            ["I take {t} every morning.", "He uses {t} daily."],
        ),
    },
    "RELIGION": {
        "nl": (
            ["moslim", "katholiek", "christelijke", "joods", "hindoe", "boeddhist", "gelovig"],
            [
                "Ik ben {t} opgevoed en praktiserend.",
                "Religie: {t}",
                "Kandidaat is {t} en vraagt vrij op feestdagen.",
                "Zij is {t}, vermeldt het cv.",
            ],
        ),
        "en": (
            ["Muslim", "Catholic", "Jewish", "Hindu", "Buddhist"],
            ["I am a practising {t}.", "Religion: {t}", "The candidate is {t}."],
        ),
    },
    "WORSHIP": {
        "nl": (
            ["moskee", "kerk", "synagoge"],
            [
                "Op vrijdag ga ik naar de {t}.",
                "Zij bezoekt wekelijks de {t}.",
                "Ik zing in het koor van de {t}.",
            ],
        ),
        "en": (
            ["church", "mosque", "synagogue"],
            ["On Sundays I go to {t}.", "She attends the {t} every week."],
        ),
    },
    "ETHNICITY": {
        "nl": (
            [
                "Marokkaanse afkomst",
                "Turkse afkomst",
                "Surinaamse roots",
                "migratieachtergrond",
                "Molukse",
                "Hindostaanse",
            ],
            [
                "Ik ben van {t} en spreek thuis Nederlands.",
                "Kandidaat heeft een {t}.",
                "Afkomst: {t}",
                "Mijn familie is {t}.",
            ],
        ),
        "en": (
            [
                "Moroccan descent",
                "Turkish descent",
                "Afro-Caribbean",
                "Hispanic",
                "migrant background",
            ],
            ["I am of {t}.", "Ethnicity: {t}", "The candidate is {t}.", "My family is {t}."],
        ),
    },
    "POLITICS": {
        "nl": (
            [
                "de VVD",
                "GroenLinks",
                "de PVV",
                "D66",
                "de SP",
                "het CDA",
                "de ChristenUnie",
                "Volt",
            ],
            [
                "Ik ben sinds 2018 lid van {t}.",
                "Politieke voorkeur: {t}",
                "Hij is actief lid van {t}.",
                "Ik stem al jaren op {t}.",
                "Kandidaat is aangesloten bij {t}.",
            ],
        ),
        "en": (
            ["the Labour Party", "the Green Party", "D66", "the VVD", "GroenLinks"],
            [
                "I am a member of {t}.",
                "Political affiliation: {t}",
                "She has been a member of {t} since 2015.",
                "I voted for {t}.",
            ],
        ),
    },
    "TRADE_UNION": {
        "nl": (
            ["de FNV", "het CNV", "de VCP", "een vakbond", "De Unie"],
            [
                "Ik ben lid van {t}.",
                "Lidmaatschap vakbond: {t}",
                "Werknemer is lid van {t} en laat zich bijstaan.",
                "Mijn lidmaatschap van {t} loopt door.",
            ],
        ),
        "en": (
            ["a trade union", "the FNV", "Unison", "the union"],
            ["I am a member of {t}.", "Trade union: {t}", "The employee is a member of {t}."],
        ),
    },
    "SEXUAL_ORIENTATION": {
        "nl": (
            ["homo", "lesbisch", "biseksueel", "homoseksueel"],
            [
                "Ik ben {t} en woon samen met mijn partner.",
                "Seksuele geaardheid: {t}",
                "Kandidaat is openlijk {t}.",
                "Zij is {t}, vermeldt ze zelf.",
            ],
        ),
        "en": (
            ["gay", "lesbian", "bisexual"],
            ["I am {t}.", "Sexual orientation: {t}", "He is openly {t}."],
        ),
    },
    "CRIMINAL": {
        "nl": (
            ["veroordeeld", "een strafblad", "een taakstraf", "detentie", "celstraf"],
            [
                "Ik ben in 2016 {t} voor diefstal.",
                "Kandidaat heeft {t} gehad.",
                "Hij heeft {t} gekregen voor mishandeling.",
                "Strafblad: {t}",
            ],
        ),
        "en": (
            ["convicted", "a criminal record", "community service", "imprisonment"],
            [
                "I was {t} of fraud in 2015.",
                "The candidate has {t}.",
                "He served {t} for assault.",
                "Criminal record: {t}",
            ],
        ),
    },
    "BIOMETRIC": {
        "nl": (
            [
                "vingerafdruk",
                "vingerafdrukken",
                "gezichtsherkenning-template",
                "DNA-profiel",
                "irisscan",
            ],
            [
                "De {t} van de medewerker is opgeslagen in het toegangssysteem.",
                "Mijn {t} is vastgelegd bij indiensttreding.",
                "Biometrie: {t}",
                "Kandidaat heeft een {t} afgegeven.",
            ],
        ),
        "en": (
            ["fingerprint", "fingerprints", "face template", "DNA profile", "iris scan"],
            [
                "The {t} of the employee is stored for access.",
                "My {t} was recorded.",
                "Biometric data: {t}",
            ],
        ),
    },
}
ENTITY = {"PREGNANCY": "HEALTH", "MEDS": "HEALTH", "WORSHIP": "RELIGION"}

# exclusion kind -> language -> sentences that must give no special-category finding.
NEG = {
    "occupation": {
        "nl": [
            "Verpleegkundige diabeteszorg in het Maasstad Ziekenhuis.",
            "Ik werk als verpleegkundige op de afdeling oncologie met patiënten met kanker.",
            "Docent godsdienst aan een middelbare school.",
            "Ik ben docent godsdienst.",
            "Consulent epilepsie bij een expertisecentrum.",
            "Ik begeleid als jobcoach mensen met autisme naar werk.",
            "Ik heb ervaring met cliënten met een verstandelijke beperking.",
            "Als doktersassistent gaf ik voorlichting over diabetes.",
        ],
        "en": [
            "Diabetes nurse at a regional hospital.",
            "I worked as a nurse on the cancer ward.",
            "Religion teacher at a secondary school.",
            "I have experience with patients with dementia and depression.",
        ],
    },
    "sector": {
        "nl": [
            "Ervaring in de GGZ en de gehandicaptenzorg.",
            "Ik heb vijf jaar ervaring in de GGZ.",
            "Werkzaam in de sector verslavingszorg.",
            "Ik werkte in de jeugdzorg en de reclassering.",
            "Ik heb stage gelopen bij een revalidatiecentrum.",
        ],
        "en": [
            "Experience in mental health care and disability services.",
            "I have experience in the addiction care sector.",
        ],
    },
    "study": {
        "nl": [
            "Studie Politicologie aan de Universiteit Leiden.",
            "Ik studeer Politicologie in Amsterdam.",
            "Opleiding Theologie, afgerond in 2019.",
            "Mijn scriptie ging over epilepsie bij kinderen.",
            "Cursus omgaan met agressie en diabetes bij ouderen.",
        ],
        "en": [
            "Degree in Political Science, University of Amsterdam.",
            "I studied theology in Utrecht.",
            "My thesis on epilepsy in children won a prize.",
        ],
    },
    "employer": {
        "nl": [
            "Werkzaam bij de FNV als beleidsmedewerker.",
            "Ik werk bij het CNV als jurist.",
            "Stage bij de VVD-fractie in de gemeenteraad.",
            "Ik werkte bij de PvdA als campagneleider.",
            "Ik werk op een christelijke basisschool.",
            "Leerkracht op een katholieke basisschool.",
            "Werkzaam bij de Nederlandse Vereniging voor Diabetes als adviseur.",
        ],
        "en": [
            "I worked at the FNV as a policy officer.",
            "Working at a Catholic school as a teacher.",
            "Internship at the Labour Party office.",
        ],
    },
    "volunteer": {
        "nl": [
            "Vrijwilliger bij een sportclub.",
            "Ik ben vrijwilliger bij de voedselbank.",
            "Vrijwilligerswerk bij de kerk: koffie schenken.",
            "Ik ben vrijwilliger bij de moskee.",
        ],
        "en": ["Volunteer at a local sports club.", "I volunteered at the church food bank."],
    },
    "vog": {
        "nl": [
            "VOG aanwezig.",
            "VOG aangevraagd op 3 maart.",
            "Ik heb een geldige VOG.",
            "Verklaring Omtrent het Gedrag (VOG) beschikbaar.",
            "Ik beschik over een Verklaring Omtrent het Gedrag.",
            "VOG: aanwezig",
        ],
        "en": ["Certificate of Conduct (VOG) available.", "I hold a valid certificate of conduct."],
    },
    "no_person": {
        "nl": [
            "Medische gegevens: geen",
            "Religie: n.v.t.",
            "De workshop gaat over vakbondswerk.",
            "Het rapport beschrijft de gevolgen van diabetes.",
            "Wij ontwikkelen software voor gezichtsherkenning.",
        ],
        "en": [
            "Medical information: none",
            "The report covers trends in cancer research.",
            "Our team builds facial recognition software.",
        ],
    },
}


# Free-form sentences written apart from the templates (held-out wording): (entity, span
# texts joined by '|', language, text); entity None for a negative.
FREE = [
    (
        "SPECIAL_HEALTH",
        "slechtziend",
        "nl",
        "Omdat ik slechtziend ben, werk ik met een vergrootscherm.",
    ),
    (
        "SPECIAL_HEALTH",
        "hartinfarct",
        "nl",
        "Na mijn hartinfarct in 2021 ben ik volledig hersteld.",
    ),
    (
        "SPECIAL_HEALTH",
        "rolstoel",
        "nl",
        "Kandidaat zit in een rolstoel; de werkplek moet toegankelijk zijn.",
    ),
    (
        "SPECIAL_HEALTH",
        "zwangerschapsverlof",
        "nl",
        "Medewerkster gaat per 1 mei met zwangerschapsverlof.",
    ),
    ("SPECIAL_HEALTH", "Wajong", "nl", "Ik heb een Wajong-uitkering sinds mijn 18e."),
    ("SPECIAL_HEALTH", "dyslexie", "nl", "Ik heb dyslexie, dus spelling kost me meer tijd."),
    ("SPECIAL_HEALTH", "autism", "en", "I was diagnosed with autism as an adult."),
    ("SPECIAL_HEALTH", "wheelchair", "en", "The applicant uses a wheelchair."),
    ("SPECIAL_HEALTH", "chemotherapy", "en", "She is currently undergoing chemotherapy."),
    (
        "SPECIAL_RELIGION",
        "islamitische|suikerfeest",
        "nl",
        "Ik heb een islamitische achtergrond en vier het suikerfeest.",
    ),
    (
        "SPECIAL_RELIGION",
        "Ramadan",
        "nl",
        "Tijdens de Ramadan vast ik en werk ik liever vroege diensten.",
    ),
    ("SPECIAL_RELIGION", "atheist", "en", "I consider myself an atheist."),
    ("SPECIAL_ETHNICITY", "Koerdische", "nl", "Mijn ouders zijn van Koerdische afkomst."),
    ("SPECIAL_ETHNICITY", "Roma", "en", "He is Roma and speaks Romani at home."),
    (
        "SPECIAL_POLITICS",
        "Partij voor de Dieren",
        "nl",
        "Ik ben actief binnen de Partij voor de Dieren.",
    ),
    ("SPECIAL_POLITICS", "left-wing", "en", "My views are strongly left-wing."),
    ("SPECIAL_TRADE_UNION", "vakbondslid", "nl", "Ik ben al twintig jaar vakbondslid."),
    ("SPECIAL_TRADE_UNION", "shop steward", "en", "I am the union's shop steward at my site."),
    (
        "SPECIAL_SEXUAL_ORIENTATION",
        "lesbienne",
        "nl",
        "Als lesbienne zet ik me in voor acceptatie, schrijft zij.",
    ),
    ("SPECIAL_SEXUAL_ORIENTATION", "queer", "en", "I identify as queer."),
    (
        "SPECIAL_CRIMINAL",
        "gevangenisstraf",
        "nl",
        "Werknemer heeft een gevangenisstraf uitgezeten.",
    ),
    ("SPECIAL_CRIMINAL", "enkelband", "nl", "Hij draagt momenteel een enkelband."),
    ("SPECIAL_CRIMINAL", "arrested", "en", "I was arrested in 2019 but never charged."),
    ("SPECIAL_BIOMETRIC", "DNA-test", "nl", "Ik heb een DNA-test gedaan voor de werkgever."),
    (
        "SPECIAL_BIOMETRIC",
        "voiceprint",
        "en",
        "The voiceprint of the employee unlocks the phone line.",
    ),
    (None, None, "nl", "Ik ben operationeel manager bij een verslavingskliniek."),
    (None, None, "nl", "Ik ben fan van Feyenoord en loop hardlopen."),
    (None, None, "nl", "Mijn werkervaring ligt in de diabeteszorg en wondzorg."),
    (None, None, "nl", "Ik heb een VOG voor het werken met kinderen."),
    (None, None, "nl", "Ik geloof in teamwork en open communicatie."),
    (None, None, "en", "Innovation is in my DNA."),
    (None, None, "en", "I ran a charity race for cancer research."),
    (None, None, "en", "I led the union of two IT departments after the merger."),
    (None, None, "nl", "Ik heb de vakbondsonderhandelingen namens de werkgever gevoerd."),
    (None, None, "en", "I have a background check certificate from my previous employer."),
]


def _free() -> list[dict[str, object]]:
    rows = []
    for n, (entity, span, lang, text) in enumerate(FREE):
        spans = [] if span is None else span.split("|")
        ents = [
            {"entity": entity, "start": text.index(s), "end": text.index(s) + len(s)} for s in spans
        ]
        rows.append(
            {
                "id": f"special-free-{lang}-{n:03d}",
                "lang": lang,
                "text": text,
                "entities": ents,
                "kind": "positive" if ents else "negative",
                "note": "free-form",
                "scope": SCOPE,
                **({} if ents else {"decoy": SCOPE}),
            }
        )
    return rows


def _positives(rng: random.Random) -> list[dict[str, object]]:
    rows = []
    for group, langs in POS.items():
        entity = "SPECIAL_" + ENTITY.get(group, group)
        for lang, (terms, templates) in langs.items():
            pairs = [(t, tpl) for tpl in templates for t in terms]
            rng.shuffle(pairs)
            for n, (term, tpl) in enumerate(pairs[: max(8, len(templates) * 3)]):
                start = tpl.index("{t}")
                text = tpl.replace("{t}", term)
                if start == 0:
                    text = text[0].upper() + text[1:]
                rows.append(
                    {
                        "id": f"{group.lower()}-{lang}-{n:03d}",
                        "lang": lang,
                        "text": text,
                        "entities": [{"entity": entity, "start": start, "end": start + len(term)}],
                        "kind": "positive",
                        "note": "person template",
                        "scope": SCOPE,
                    }
                )
    return rows


def _negatives() -> list[dict[str, object]]:
    scope = SCOPE
    return [
        {
            "id": f"special-neg-{kind}-{lang}-{n:03d}",
            "lang": lang,
            "text": text,
            "entities": [],
            "kind": "negative",
            "note": kind,
            "decoy": scope,
            "scope": scope,
        }
        for kind, langs in NEG.items()
        for lang, texts in langs.items()
        for n, text in enumerate(texts)
    ]


def main() -> None:
    rng = random.Random(SEED)
    rows = _positives(rng) + _negatives() + _free()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} snippets -> {OUT}")


if __name__ == "__main__":
    main()

"""Word lists for generated CVs (Dutch and English)."""

# No `from __future__ import annotations`: see generate.py.


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

"""Special-category detection: statements about a person are found, work context is not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from detectors.special_category import EXPLANATION_KEY, SpecialCategoryRecognizer, find_special
from detectors.special_lexicon import DATA_DIR, SpecialDataError, load_lexicon

H, R, E, P = "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS"
U, S, C, B = (
    "SPECIAL_TRADE_UNION",
    "SPECIAL_SEXUAL_ORIENTATION",
    "SPECIAL_CRIMINAL",
    "SPECIAL_BIOMETRIC",
)

# (language, sentence, entity, matched text, rule prefix)
POSITIVE = [
    # first person
    ("nl", "Ik heb al tien jaar diabetes.", H, "diabetes", "first person"),
    ("nl", "Ik ben sinds vorig jaar zwanger.", H, "zwanger", "first person"),
    ("nl", "Ik ben katholieke opgevoed.", R, "katholieke", "first person"),
    ("nl", "Mijn ouders zijn van Turkse afkomst.", E, "Turkse afkomst", "first person"),
    ("nl", "Kandidaat is een Koerdische Nederlander.", E, "Koerdische Nederlander", "third person"),
    ("nl", "Ik ben homoseksueel.", S, "homoseksueel", "first person"),
    ("nl", "Mijn vingerafdrukken zijn opgeslagen.", B, "vingerafdrukken", "first person"),
    ("en", "I have epilepsy.", H, "epilepsy", "first person"),
    ("en", "I am a practising Muslim.", R, "practising Muslim", "first person"),
    ("en", "I am bisexual.", S, "bisexual", "first person"),
    ("en", "I was convicted of fraud in 2015.", C, "convicted of fraud", "first person"),
    # third person
    ("nl", "Kandidaat heeft epilepsie.", H, "epilepsie", "third person"),
    ("nl", "Werknemer is zwanger van de tweede.", H, "zwanger", "third person"),
    ("nl", "Hij/zij gebruikt medicatie voor de klachten.", H, "medicatie", "third person"),
    ("nl", "Hij heeft een strafblad.", C, "strafblad", "third person"),
    (
        "nl",
        "De vingerafdruk van de medewerker staat in het systeem.",
        B,
        "vingerafdruk",
        "third person",
    ),
    ("en", "The candidate is Jewish.", R, "Jewish", "third person"),
    ("en", "She uses a wheelchair.", H, "wheelchair", "third person"),
    ("en", "The DNA profile of the employee is kept on file.", B, "DNA profile", "third person"),
    ("en", "Fingerprint template stored for the time clock.", B, "Fingerprint template", "biometric"),
    # membership and cause
    ("nl", "Ik ben lid van de FNV.", U, "FNV", "membership"),
    ("nl", "Lid van de PVV sinds 2019.", P, "PVV", "membership"),
    ("nl", "Uitgevallen door een hernia in 2022.", H, "hernia", "cause"),
    ("nl", "Afwezig wegens een burn-out.", H, "burn-out", "cause"),
    ("en", "Member of GroenLinks.", P, "GroenLinks", "membership"),
    ("en", "Off sick with depression since May.", H, "depression", "cause"),
    # labels
    ("nl", "Diagnose: burn-out", H, "burn-out", "label"),
    ("nl", "Medische gegevens: astma", H, "astma", "label"),
    ("nl", "Religie: hindoe", R, "hindoe", "label"),
    ("nl", "Lidmaatschap vakbond: CNV", U, "CNV", "label"),
    ("nl", "Geloofsovertuiging: Zevendedagsadventist", R, "Zevendedagsadventist", "label"),
    ("en", "Sexual orientation: gay", S, "gay", "label"),
    ("en", "Criminal record: theft, 2018", C, "theft", "label"),
    ("en", "Criminal record: burgled a shed, 2018", C, "burgled a shed, 2018", "label"),
    # a label that names the category itself: its value is stated about the record's person
    ("nl", "Vakbond werknemer: CNV", U, "CNV", "label"),
    # terms that state the category by themselves, no "ik" or "lid van" needed
    ("nl", "Vakbondscontributie FNV: 14,20", U, "Vakbondscontributie", "statement"),
    ("nl", "Lid CNV Zorg sinds 2015.", U, "Lid CNV", "statement"),
    ("nl", "Gemeenteraadslid in Zwolle.", P, "Gemeenteraadslid", "statement"),
    ("nl", "Man van Marokkaanse afkomst loopt om 14:02 het magazijn in.", E,
     "Marokkaanse afkomst", "statement"),
    ("en", "Union dues deducted monthly.", U, "Union dues", "statement"),
    ("nl", "Gezichtsprofiel aangemaakt voor de toegangspoort.", B, "Gezichtsprofiel",
     "biometric data"),
    ("nl", "Toegang hoofdingang: irisscan", B, "irisscan", "biometric data"),
    # a membership is one whatever follows it ("campaign", "afdeling", a capitalised name)
    ("en", "Member of D66 campaign team in Leiden.", P, "D66", "membership"),
    ("nl", "Actief lid SP afdeling Utrecht.", P, "SP", "membership"),
    # compounds of a biometric part and a data word; a device used by a person
    ("nl", "Facematch bij de ingang om 08:12.", B, "Facematch", "biometric data"),
    ("nl", "Iris-template van de medewerker opgeslagen.", B, "Iris-template", "third person"),
    ("nl", "De medewerker klokt in met de vingerafdrukterminal.", B, "vingerafdrukterminal",
     "third person"),
    # a party or union with a role right after it; "als" meaning "as a"; demonyms; inflections
    ("nl", "GroenLinks-PvdA raadslid in Utrecht.", P, "GroenLinks-PvdA", "membership"),
    ("en", "Labour Party ward councillor 2019-2022.", P, "Labour Party", "membership"),
    ("nl", "ChristenUnie, afdeling Zwolle (2018-2022)", P, "ChristenUnie", "membership"),
    ("nl", "Als kind van Molukse ouders groeide ik op in Assen.", E, "Molukse ouders",
     "third person"),
    ("nl", "Hij is Syriër.", E, "Syriër", "third person"),
    ("nl", "Hij is een homoseksuele man.", S, "homoseksuele", "third person"),
    # an offence reported against a person named after it
    ("nl", "Aangifte van diefstal door de uitzendkracht.", C, "diefstal", "third person"),
    # "onderzoek" inside "genetisch onderzoek" is the data, not a research project
    ("nl", "Ze heeft genetisch onderzoek laten doen.", B, "genetisch onderzoek", "third person"),
]

# (language, sentence): occupation, study, employer, sector, volunteering, VOG, no person
NEGATIVE = [
    ("nl", "Verpleegkundige diabeteszorg."),
    ("nl", "Verpleegkundige op de afdeling diabetes."),
    ("nl", "Ik werk als verpleegkundige met patiënten met kanker."),
    ("nl", "Ervaring in de GGZ."),
    ("nl", "Ik heb ervaring met cliënten met autisme."),
    ("nl", "Studie Politicologie aan de UvA."),
    ("nl", "Werkzaam bij de FNV als beleidsmedewerker."),
    ("nl", "Ik werk bij het CNV als jurist."),
    ("nl", "Vrijwilliger bij een sportclub."),
    ("nl", "Ik ben vrijwilliger bij de moskee."),
    ("nl", "Docent godsdienst."),
    ("nl", "Ik werk op een christelijke basisschool."),
    ("nl", "VOG aanwezig."),
    ("nl", "VOG aangevraagd."),
    ("nl", "Verklaring Omtrent het Gedrag beschikbaar."),
    ("nl", "Medische gegevens: geen"),
    ("nl", "Religie: n.v.t."),
    ("nl", "Ik geloof in teamwork."),
    ("nl", "Wij bouwen software voor gezichtsherkenning."),
    ("nl", "Het rapport gaat over diabetes."),
    ("en", "Diabetes nurse at a regional hospital."),
    ("en", "Experience in mental health care and addiction services."),
    ("en", "I worked at the FNV as a policy officer."),
    ("en", "Innovation is in my DNA."),
    ("en", "Certificate of conduct available."),
    ("en", "Our team builds facial recognition software."),
    # denials, conditions about anyone, job titles and employers, verbs that are parties
    ("nl", "Ik heb geen strafblad."),
    ("en", "I have never been convicted."),
    ("nl", "Als de medewerker zwanger is, heeft zij recht op verlof."),
    ("nl", "Bij zwangerschap heeft de medewerker recht op verlof."),
    ("nl", "Administratief medewerker, Protestantse Gemeente Utrecht"),
    ("nl", "Ik werkte als receptionist bij Moskee Al-Fath."),
    ("nl", "Ik denk dat ik goed in het team pas."),
    ("nl", "De medewerker kan contact opnemen met de vakbond."),
    ("en", "I am conservative in my estimates."),
    # names of categories in a policy; an origin of anyone; a bare head
    ("nl", ("Religie, etnische afkomst, politieke voorkeur en vakbondslidmaatschap zijn "
            "bijzondere persoonsgegevens.")),
    ("en", ("The candidate's religion, ethnic background, political views or union "
            "membership are never recorded.")),
    ("nl", "Kandidaten met een Marokkaanse achtergrond zijn welkom."),
    ("nl", "Wij zoeken mensen met een migratieachtergrond."),
    ("nl", "Afkomst speelt bij ons geen rol."),
    ("nl", "Ik pakte de map uit de kast."),
    ("nl", "Wij bieden een vingerafdrukscanner aan, prijs op aanvraag."),
    ("nl", "Vingerafdrukterminal bij de ingang, toegangscontrole voor bezoekers."),
    ("nl", "Ik heb aangifte gedaan van diefstal van mijn fiets."),
    ("nl", "Werkzaam bij de VVD-fractie als beleidsmedewerker."),
    ("nl", "Werkzaam bij de ChristenUnie, afdeling communicatie."),
    ("nl", "Ik spreek Turks en Arabisch."),
    ("nl", "Als je zwanger bent, meld het dan bij HR."),
    ("nl", "Vraag niet naar de diagnose of medicijnen van de zieke medewerker."),
    ("nl", "Hij is geen lid van de FNV."),
    ("nl", "De werkgever vergoedt de vakbondscontributie via de werkkostenregeling."),
    ("en", "I supported employee representatives and managers in talks with the trade union."),
    ("en", "Medical condition: n/a"),
    ("en", "Innovation is in our DNA, and in every facet of our work."),
]


@pytest.mark.parametrize("lang, text, entity, span, rule", POSITIVE)
def test_statement_about_person_found(
    lang: str, text: str, entity: str, span: str, rule: str
) -> None:
    found = find_special(text, lang)
    assert [(m.entity, text[m.start : m.end]) for m in found] == [(entity, span)]
    assert found[0].rule.startswith(rule)


@pytest.mark.parametrize("lang, text", NEGATIVE)
def test_work_study_and_vog_context_not_found(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize("lang, text, label", [
    ("nl", "De medewerker is sinds maandag ziek thuis. Hij heeft een hernia.", "oorzaak"),
    ("nl", "Jan is uitgevallen door een burn-out.", "oorzaak"),
    ("en", "The employee is off sick; she has pneumonia.", "cause"),
    # no sickness or absence in the text: a health statement, no cause of an absence
    ("nl", "De kandidaat heeft diabetes en zoekt werk in de logistiek.", ""),
    # about oneself (a letter, a CV): no HR record of someone's sickness
    ("nl", "Ik was ziek door een burn-out en ben nu hersteld.", ""),
    # an HR message about an employee: what the employer holds is the nature of an illness
    ("nl", "Bericht voor personeelszaken. Werknemer mag niet rijden wegens epilepsie.",
     "oorzaak"),
    ("en", "Message for HR. The employee was diagnosed with type 2 diabetes.", "cause"),
    # health data that names no illness, and work-capacity words, are no cause
    ("nl", "Werkneemster is zwanger, verlof vanaf 1 mei; ziek gemeld in maart.", ""),
    ("nl", "Werknemer valt onder de banenafspraak; hij heeft een visuele beperking.", ""),
    # "niet ziek", "geen verzuim": no sickness to have a cause
    ("nl", "De medewerker is niet ziek; hij heeft migraine maar werkt door.", ""),
])
def test_health_statement_in_a_text_about_sickness_is_its_cause(
    lang: str, text: str, label: str
) -> None:
    found = [m for m in find_special(text, lang) if m.entity == H]
    assert found and {m.label for m in found} == {label}


def test_scores_follow_the_rule() -> None:
    text = "Diagnose: astma. Ik heb migraine. Lid van de FNV. Kandidaat is zwanger."
    assert [m.score for m in find_special(text, "nl")] == [0.85, 0.85, 0.8, 0.75]


def test_explanation_names_term_and_rule() -> None:
    [m] = find_special("Ik heb diabetes.", "nl")
    assert m.explanation == "term 'diabetes' (health), rule: first person 'ik'"


def test_recognizer_carries_explanation() -> None:
    recognizer = SpecialCategoryRecognizer(supported_language="nl")
    text = "Verpleegkundige. Kandidaat heeft epilepsie."
    [r] = recognizer.analyze(text, entities=[], nlp_artifacts=None)
    assert (r.entity_type, text[r.start : r.end], r.score) == (H, "epilepsie", 0.75)
    why = r.recognition_metadata[EXPLANATION_KEY]
    assert "'epilepsie'" in why and "third person 'kandidaat'" in why
    assert why in r.analysis_explanation.textual_explanation
    assert recognizer.analyze(text, entities=["NL_BSN"]) == []


def test_detect_api_explains_special_findings() -> None:
    from detectors import detect

    [d] = [
        d
        for d in detect("Ik ben lid van de FNV.", language="nl")
        if d.entity.startswith("SPECIAL_")
    ]
    assert (d.entity, d.masked) == (U, "FNV")
    assert "term 'fnv'" in d.explanation and "membership" in d.explanation


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "special"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.mark.parametrize(
    "file, old, new, key",
    [
        ("health.toml", '"burn-out", "burnout", "burn out"', '"Burn-out"', "[nl].terms"),
        ("religion.toml", 'entity = "SPECIAL_RELIGION"', 'entity = "RELIGION"', "entity"),
        ("rules.toml", "label = 0.85", "label = 2.0", "scores"),
        ("rules.toml", "cause = [", "kaus = [", "[nl].cause"),
        ("criminal.toml", "[en]", "[en\n", "cannot read"),
    ],
)
def test_bad_data_fails_fast_naming_file_and_key(
    data_copy: Path, file: str, old: str, new: str, key: str
) -> None:
    path = data_copy / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(SpecialDataError, match=file) as err:
        load_lexicon("nl" if "[en]" not in key else "en", data_copy)
    assert key in str(err.value)


def test_missing_file_fails_fast(data_copy: Path) -> None:
    (data_copy / "biometric.toml").unlink()
    with pytest.raises(SpecialDataError, match="biometric.toml"):
        load_lexicon("en", data_copy)


# Statements written in many ways (issue #15, stop 22): a name or title opening the clause
# with any verb, an initial or title whose period ends no sentence, an occasion opened by
# "bij", a membership under a party's section, a criminal act, a religious holiday as the
# reason of leave, same-sex partners and parents' origin, in notes, e-mails and form fields.
STATEMENT_FORMS = [
    ("nl", "Yusuf vraagt vrij voor het suikerfeest; hij is moslim.", R),
    ("nl", "Samira houdt de ramadan aan en vraagt om aangepaste pauzes voor het vrijdaggebed.", R),
    ("nl", "Mw. Bakker is Jehova's getuige en viert geen verjaardagen.", R),
    ("nl", "Reden verlof: Suikerfeest", R),
    ("nl", "Aanvraag vrije dag i.v.m. Suikerfeest - Yusuf Demir", R),
    ("nl", "Verlofaanvraag: Jom Kipoer (joodse feestdag), Daniel.", R),
    ("en", "Aisha observes Ramadan and prays five times a day.", R),
    ("nl", "Fatima wil dinsdagavond vrij voor de fractievergadering van de PvdA.", P),
    ("nl", "Dhr. Jansen (CDA) is wethouder geweest in Ede.", P),
    ("nl", "Petra sympathiseert met de SP.", P),
    ("nl", "Anouk is penningmeester van de lokale afdeling van D66.", P),
    ("nl", "Bij het kennismakingsgesprek gaf Ali aan dat hij actief is binnen DENK.", P),
    ("nl", "Sandra heeft voor het CDA campagne gevoerd in Zwolle.", P),
    ("nl", "Partij: D66", P),
    ("en", "Tom is a Labour councillor in Leeds.", P),
    ("en", "She volunteers for the Socialist Party during elections.", P),
    ("nl", "Nevenactiviteiten: kaderlid FNV, penningmeester voetbalclub", U),
    ("nl", "Dhr. Vos is verdacht van fraude, het onderzoek loopt.", C),
    ("nl", "Melding: medewerker Jansen is opgepakt voor heling.", C),
    ("en", "He was arrested for shoplifting in 2019.", C),
    ("nl", "Hij woont samen met zijn man in Utrecht.", S),
    ("nl", "Zij en haar vrouw krijgen in mei een kindje; zij is meemoeder.", S),
    ("nl", "Kandidaat vertelde open over zijn homoseksualiteit.", S),
    ("en", "He mentioned his husband will pick him up.", S),
    ("en", "She lives with her wife in Leiden.", S),
    ("nl", "Mijn ouders komen uit Turkije en ik ben tweetalig opgevoed.", E),
    ("nl", "Ik ben een tweede generatie Turkse Nederlander.", E),
    ("nl", "Mijn ouders zijn afkomstig uit Eritrea.", E),
    ("en", "My parents came to the Netherlands from Morocco.", E),
    ("en", "As the son of Turkish immigrants I know both cultures.", E),
    ("en", "I am a second-generation Surinamese Dutchman.", E),
    ("nl", "Ze doet vrijwilligerswerk voor de PVV in Venlo.", P),
    ("nl", "Jan helpt in zijn vrije tijd bij de campagne van de PVV.", P),
    ("nl", "Ik ben vrijwilliger bij GroenLinks.", P),
    ("nl", "Beschikbaarheid: ma-za, niet op zondag (kerkgang)", R),
    ("nl", "Overig: Joods, houdt sabbat (vrijdagavond en zaterdag niet beschikbaar)", R),
    ("nl", "Praktiserend moslim, bezoekt wekelijks de moskee.", R),
    ("nl", "Vanwege de ramadan werkt hij liever vroege diensten.", R),
    ("nl", "In verband met het vrijdaggebed wil Ahmed op vrijdag om 12:00 pauze.", R),
    ("nl", "Ik help elke zaterdag in onze moskee.", R),
    ("nl", "Hij heeft een laptop gestolen uit het magazijn.", C),
    ("nl", "De VOG is geweigerd vanwege een veroordeling voor diefstal.", C),
    ("nl", "De VOG is geweigerd door Justis vanwege een veroordeling voor diefstal.", C),
    ("nl", "Er is aangifte gedaan van mishandeling door Jan de Vries.", C),
    ("nl", "Tegen medewerker is aangifte gedaan wegens mishandeling.", C),
    ("nl", "In 2019 heeft Kees twee maanden vastgezeten.", C),
    ("nl", "Vorig jaar twee maanden vastgezeten, sinds maart weer aan het werk.", C),
    ("nl", "Sinds 2020 is Ahmed actief voor de Partij voor de Dieren.", P),
    ("nl", "Volgens zijn leidinggevende is Pieter gereformeerd.", R),
    ("nl", "Ik ben joods en houd de sabbat: op vrijdagavond en zaterdag werk ik niet.", R),
    ("nl", "bijzonderheden: i.v.m. ramadan korter gewerkt\nbijzonderheden: vrijdaggebed", R),
    ("nl", "bijzonderheden: FNV-kaderlid, vrij voor vakbondsoverleg", U),
    ("nl", "Ik ben lid van een vakbond.", U),
    ("en", "I am a member of a union.", U),
    ("nl", "Kaderlid FNV Metaal (2018 - heden)", U),
    ("nl", "Lid Partij voor de Dieren sinds 2019.", P),
    ("nl", "Bestuurslid VVD Utrecht, 2016-2020", P),
    ("nl", "Bij de gemeenteraadsverkiezingen stond hij op de lijst voor de PVV.", P),
    ("en", "During the 2022 campaign, Tom was candidate for the PvdA in Utrecht.", P),
    ("nl", "Tijdens de campagne was hij kandidaat voor de PvdA.", P),
]

# Texts that name categories without stating one about a person: job adverts at a church,
# party or union, news about parties, studies, contracts, lists of kinds of data, work history.
GENERAL_TEXTS = [
    ("nl", "Wij zoeken een communicatieadviseur voor de VVD-fractie in de Tweede Kamer."),
    ("nl", "De CDA-fractie stelde vragen over de arbeidsmarkt voor uitzendkrachten."),
    ("nl", ("Functieomschrijving: fractiemedewerker bij de SP-fractie in de gemeenteraad van "
           "Arnhem. Je ondersteunt de fractievoorzitter.")),
    ("nl", ("Nieuwsbericht: de PVV en de VVD zijn het niet eens over de begroting. "
           "GroenLinks-PvdA wil meer geld voor de zorg.")),
    ("nl", ("Vacature beleidsmedewerker\nDe FNV zoekt een beleidsmedewerker arbeidsvoorwaarden. "
           "Als vakbond komen wij op voor werknemers in de uitzendsector.")),
    ("nl", "De werknemer die kaderlid is van een vakbond krijgt vijf dagen verlof."),
    ("nl", ("Wij verwerken geen gegevens over:\n- gezondheid\n- religie of levensovertuiging\n"
           "- politieke voorkeur\n- vakbondslidmaatschap\n- strafrechtelijke gegevens")),
    ("nl", ("Uit onderzoek van het CBS blijkt dat werknemers met een Marokkaanse of Turkse "
           "migratieachtergrond vaker een tijdelijk contract hebben.")),
    ("nl", "Zij woont samen met haar man in Amersfoort."),
    ("nl", "Het homohuwelijk werd in 2001 ingevoerd in Nederland."),
    ("en", "The employee who is a union rep may take paid leave."),
    ("en", "I worked as a caseworker at Unison, supporting members in disciplinary hearings."),
    ("en", "The Labour Party and the Conservatives both promised more money for the NHS."),
    ("en", "Vacancy: finance officer at the Church of England diocese of London."),
    ("nl", ("De VOG is aangevraagd bij Justis. Justis onderzoekt de justitiële documentatie van "
           "de kandidaat op strafbare feiten.")),
    ("nl", "Jan werkt sinds 2020 als chauffeur voor de FNV."),
    ("en", "Comments: the cao with FNV covers all temps."),
    ("en", "Mark asked whether the mosque on Main Street has parking for the delivery van."),
    ("nl", "Vanwege de ramadan is de kantine van de moskee 's avonds open voor iedereen."),
    ("nl", "Opmerking: klant is een islamitische basisschool in Rotterdam."),
    ("nl", "Mevrouw Jansen werkt als administratief medewerker bij de moskee."),
    ("nl", "Er is een laptop gestolen uit het magazijn."),
    ("nl", "Wie heeft vastgezeten, kan toch een VOG krijgen als het delict niet relevant is."),
    ("nl", "Een enkelband is een alternatief voor detentie."),
    ("nl", "Medewerker heeft aangifte gedaan van diefstal van zijn fiets."),
    ("nl", "In 2019 heeft De Unie een nieuwe cao afgesloten."),
    ("nl", "bijzonderheden: overuren i.v.m. drukte"),
    ("nl", "Het lidmaatschap van een vakbond is vrij; de werkgever vraagt er niet naar."),
    ("nl", "Een uitzendkracht die lid is van een vakbond kan de contributie fiscaal verrekenen."),
    ("en", "Membership of a trade union is voluntary."),
    ("en", "In my previous role I negotiated with FNV about the new collective agreement."),
    ("en", "I worked closely with the FNV on safety training."),
    ("nl", "Ik heb als HR-adviseur onderhandeld met de FNV over de cao."),
    ("nl", "Vacature: bestuurslid FNV Jongeren gezocht."),
    ("nl", "Het team van de VVD-fractie zoekt versterking."),
    ("nl", "Toelichting: plaatsing bij de Protestantse Kerk Amsterdam als koster."),
    ("en", "During the campaign, the PvdA promised more money for care."),
    ("nl", "Tijdens de campagne beloofde de PvdA meer geld voor de zorg."),
    # the clients' conditions in a care worker's CV (issue #15, stop 23)
    ("nl", "2018 - 2022 Begeleider\n- cliënten met een dubbele diagnose (verslaving + psychiatrie)"),
    ("nl", "Doelgroep: jongeren met autisme en ADHD."),
    ("en", "Support worker, dual diagnosis (addiction and psychosis)."),
]


@pytest.mark.parametrize("lang, text, entity", STATEMENT_FORMS)
def test_statement_written_in_many_ways_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("lang, text", GENERAL_TEXTS)
def test_general_text_naming_categories_not_found(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize("text", ["Fatima Bakker is moslim en draagt een hoofddoek.",
                                  "Volgens de planner is Sanne van Dijk zwanger.",
                                  "O'Neill is moslim en bidt vijf keer per dag."])
def test_a_name_that_fires_the_rule_stays_out_of_the_explanation(text: str) -> None:
    """The explanation goes into the index and the report: the person's name never does."""
    found = [m for m in find_special(text, "nl") if m.rule_key == "third_person"]
    assert found
    for m in found:
        assert "[naam]" in m.explanation
        assert not any(w in m.explanation for w in ("Fatima", "Bakker", "Sanne", "Dijk",
                                                    "O'Neill"))

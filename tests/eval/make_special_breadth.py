"""Writes tests/eval/data/special_breadth.jsonl: the breadth of the special-category work.

Snippets (NL and EN) for each kind of the issue "special categories on documents nobody here
wrote": vocabulary with breadth (conditions, symptoms, treatments, medicines, care providers,
compounds and inflections), genetic and biometric data with their hard negatives (a scanner on
a purchase order, a passport photo), job titles and employers that are not statements about
a person, studies, sector experience, VOG, policies that speak of anyone ("als de medewerker
zwanger is"). Written by hand; "[...]" marks the expected span of a positive, a snippet with
no brackets is a hard negative. Run: .venv/bin/python tests/eval/make_special_breadth.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).parent / "data" / "special_breadth.jsonl"
SCOPE = ["SPECIAL_" + c for c in ("HEALTH", "RELIGION", "ETHNICITY", "POLITICS", "TRADE_UNION",
                                  "SEXUAL_ORIENTATION", "CRIMINAL", "BIOMETRIC")]
H, R, E, P = "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS"
U, S, C, B = ("SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
              "SPECIAL_BIOMETRIC")

# (id prefix, language, entity of the bracketed spans, text)
SNIPPETS = [
    # vocabulary: compounds, inflections, symptoms, treatments, medicines, providers
    ("vocab", "nl", H, "Ik ben vorig jaar herstellende van een [rugoperatie]."),
    ("vocab", "nl", H, "Kandidaat heeft een [longontsteking] gehad."),
    ("vocab", "nl", H, "Zij is halverwege haar [chemokuur]."),
    ("vocab", "nl", H, "Ik heb een [knieblessure] opgelopen bij het voetballen."),
    ("vocab", "nl", H, "Hij heeft twee [hernia's] gehad."),
    ("vocab", "nl", H, "Medewerker heeft [depressieve klachten]."),
    ("vocab", "nl", H, "Ik gebruik dagelijks [methylfenidaat]."),
    ("vocab", "nl", H, "Sinds maart slik ik [sertraline]."),
    ("vocab", "nl", H, "Ik loop [bij de psycholoog] voor mijn klachten."),
    ("vocab", "nl", H, "Werknemer is [verwezen naar de fysiotherapeut]."),
    ("vocab", "nl", H, "Ik heb last van [hoofdpijn en duizeligheid]."),
    ("vocab", "nl", H, "Kandidaat heeft [suikerziekte en insuline] nodig."),
    ("vocab", "nl", H, "Ik ben [slechtziend] en werk met een vergrootglas."),
    ("vocab", "nl", H, "Hij heeft [ziekte van Crohn]."),
    ("vocab", "nl", H, "Mijn [schouderklachten] zijn bijna over."),
    ("vocab", "nl", H, "Zij heeft een [hersenschudding] opgelopen."),
    ("vocab", "nl", H, "Ik ben [zwanger] van ons tweede kind."),
    ("vocab", "nl", H, "Ik heb [ALS]."),
    ("vocab", "en", H, "I had [knee surgery] last spring."),
    ("vocab", "en", H, "The employee suffers from [chronic fatigue]."),
    ("vocab", "en", H, "I take [sertraline] for my anxiety."),
    ("vocab", "en", H, "She is [seeing a psychologist] every week."),
    ("vocab", "en", H, "He has [type 2 diabetes]."),
    ("vocab", "en", H, "I was diagnosed with [tendinitis]."),
    ("vocab", "en", H, "My [back pain] came back in May."),
    ("vocab-neg", "nl", H, "Ik werk als verpleegkundige oncologie in het UMC."),
    ("vocab-neg", "nl", H, "Ik werk graag met mensen met een beperking."),
    ("vocab-neg", "nl", H, "Ik ben op vakantie geweest in de Filipijnen."),
    ("vocab-neg", "nl", H, "Spreekuur van de bedrijfsarts: dinsdag 10:00."),
    ("vocab-neg", "nl", H, "Ik denk graag mee over logistieke operaties."),
    ("vocab-neg", "nl", H, "Ik werk als ik zin heb, ook in het weekend."),
    ("vocab-neg", "en", H, "I studied medicine in Leiden."),
    ("vocab-neg", "en", H, "I led the operations team of a hospital."),
    # genetic and biometric data
    ("bio", "nl", B, "De [vingerafdruk] van medewerker 1042 is geregistreerd voor de prikklok."),
    ("bio", "nl", B, "Medewerker is ingeschreven voor [gezichtsherkenning] bij de toegangspoort."),
    ("bio", "nl", B, "Het [gezichtstemplate] van de werknemer is opgeslagen in het systeem."),
    ("bio", "nl", B, "[Irisscan] afgenomen bij indiensttreding; template gekoppeld aan pas 77."),
    ("bio", "nl", B, "Uit de [DNA-test] blijkt dat hij drager is van een [BRCA1-mutatie]."),
    ("bio", "nl", B, "Kandidaat heeft een [erfelijke aanleg] voor borstkanker laten onderzoeken."),
    ("bio", "nl", B, "[Vingerafdruk geregistreerd]: ja"),
    ("bio", "en", B, "Employee enrolled in [facial recognition] for the time clock."),
    ("bio", "en", B, "Her [fingerprint template] is stored for building access."),
    ("bio", "en", B, "I took a [genetic test] that showed a predisposition to heart disease."),
    ("bio-neg", "nl", B, "Bestelling: 2 stuks vingerafdruklezer ZK-F22, EUR 189 per stuk."),
    ("bio-neg", "nl", B, "Offerte toegangssysteem met vingerafdruk en gezichtsherkenning."),
    ("bio-neg", "nl", B, "Lever een recente pasfoto aan voor uw personeelspas."),
    ("bio-neg", "nl", B, "Wij slaan geen vingerafdrukken van medewerkers op."),
    ("bio-neg", "nl", B, "Biometrische gegevens mogen alleen worden verwerkt als de wet dat toestaat."),
    ("bio-neg", "en", B, "Purchase order: fingerprint scanner, qty 3, price EUR 120."),
    ("bio-neg", "en", B, "Please bring a passport photo that meets the biometric requirements."),
    ("bio-neg", "en", B, "Innovation is in our DNA."),
    # job titles, employers, studies, sector experience, VOG
    ("job-neg", "nl", R, "Administratief medewerker, Protestantse Gemeente Utrecht (2019-2023)."),
    ("job-neg", "nl", R, "Ik werkte als receptionist bij Moskee Al-Fath."),
    ("job-neg", "nl", U, "Beleidsmedewerker FNV, afdeling arbeidsvoorwaarden."),
    ("job-neg", "nl", U, "Functie: Jurist bij CNV Vakmensen"),
    ("job-neg", "nl", H, "Verpleegkundige oncologie, Antoni van Leeuwenhoek."),
    ("job-neg", "nl", R, "Opleiding: Theologie, Vrije Universiteit"),
    ("job-neg", "nl", H, "Opleiding: HBO Verpleegkunde"),
    ("job-neg", "nl", C, "Studie Criminologie aan de Erasmus Universiteit."),
    ("job-neg", "nl", H, "Vijf jaar ervaring in de GGZ en de verslavingszorg."),
    ("job-neg", "nl", C, "VOG aanwezig."),
    ("job-neg", "nl", C, "VOG aangevraagd op 3 maart."),
    ("job-neg", "nl", R, "Werkgever: Islamitische Stichting Nederland"),
    ("job-neg", "nl", P, "Ik denk dat ik goed in het team pas."),
    ("job-neg", "en", R, "Administrative assistant, Methodist Church of Leeds."),
    ("job-neg", "en", U, "Policy officer at Unison since 2020."),
    ("job-neg", "en", C, "I work as a fraud analyst at a bank."),
    ("job-pos", "nl", R, "Ik ben lid van de [Protestantse Kerk]."),
    ("job-pos", "nl", U, "Ik ben lid van [CNV Vakmensen]."),
    ("job-pos", "nl", P, "Zij is vrijwilliger voor [GroenLinks]."),
    # the person written another way: a name, a colleague, the trigger after the term
    ("person", "nl", E, "Fatima is van [Marokkaanse afkomst]."),
    ("person", "nl", E, "Onze nieuwe collega heeft een [Turkse achtergrond]."),
    ("person", "nl", R, "Tijdens de [Ramadan] vast ik."),
    ("person", "en", E, "She is of [Ghanaian descent]."),
    ("person", "nl", H, "Jan de Vries heeft [astma]."),
    ("person-neg", "nl", H, "Als de medewerker zwanger is, heeft zij recht op verlof."),
    ("person-neg", "nl", H, "Indien een werknemer een burn-out heeft, volgt een probleemanalyse."),
    ("person-neg", "en", H, "If an employee is pregnant, she may take leave."),
    ("person-neg", "nl", E, "Dit is een overzicht van medewerkers met een migratieachtergrond."),
    ("person-neg", "nl", C, "Ik was slachtoffer van diefstal."),
]


def _row(n: int, prefix: str, lang: str, entity: str, text: str) -> dict[str, object]:
    spans, plain, pos = [], "", 0
    for m in re.finditer(r"\[([^\]]+)\]", text):
        plain += text[pos : m.start()]
        spans.append({"entity": entity, "start": len(plain), "end": len(plain) + len(m[1])})
        plain += m[1]
        pos = m.end()
    plain += text[pos:]
    return {"id": f"breadth-{prefix}-{lang}-{n:03d}", "lang": lang, "text": plain,
            "entities": spans, "kind": "positive" if spans else "negative",
            "note": prefix, "scope": SCOPE}


def main() -> None:
    rows = [_row(n, *s) for n, s in enumerate(SNIPPETS)]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{OUT}: {len(rows)} snippets")


if __name__ == "__main__":
    main()

H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('cv-elidrissi-orderpicker','nl','cv',[(R,'draagt een hoofddoek')],0,0,"""
CURRICULUM VITAE
Naam: Samira el Idrissi
Woonplaats: Zaandam
Telefoon: 06-41882930
BSN: <<BSN>>

Profiel
Punctuele orderpicker met 6 jaar ervaring. Ik draagt een hoofddoek en dat is bij mijn vorige werkgever nooit een probleem geweest.

Werkervaring
2019-2025  Orderpicker, Bol-magazijn Waalwijk
2016-2019  Kassamedewerker, Dirk van den Broek

Rijbewijs B, heftruckcertificaat.
"""),
('cv-kowalski-pl','en','cv',[('SPECIAL_RELIGION', 'Polish Catholic Mass'),('SPECIAL_TRADE_UNION', 'Member of NSZZ Solidarność'),],0,0,"""
Piotr Kowalski
Welder / Lasser MIG-MAG
Address: ul. Długa 14, Wrocław — currently Tilburg
Phone +48 601 223 870
Passport no: <<ID>>
Bank account (for salary): <<IBAN:PL>>

EXPERIENCE
2018–2024 Welder, Stocznia Gdańsk
2015–2018 Assistant welder, Fabryka Metali, Opole

Member of NSZZ Solidarność since 2019. On Sundays I go to Polish Catholic Mass in Tilburg, so Sunday shifts only after 13:00.

LANGUAGES: Polish (native), English B1, German A2
"""),
('cv-dewit','nl','cv',[(C,'heb ik 8 maanden vastgezeten')],0,0,"""
Kees de Wit - chauffeur CE
Geb. 12-03-1979, Emmen
kees.dewit79@hotmail.com

Eerlijk is eerlijk: tussen 2014 en 2015 heb ik 8 maanden vastgezeten. Sindsdien rij ik zonder problemen.

Ervaring:
- Transportbedrijf Nijhof, internationaal (2016-heden)
- Koeriersdienst Drenthe (2011-2014)
Code 95 geldig tot 2027, digitale tachograafkaart.
"""),
('cv-ionescu','en','cv',[(H,'type 1 diabetes')],0,0,"""
ANDREEA IONESCU
Production operator | Venlo
+40 722 118 554 / +31 6 28 44 19 07

About me
I am reliable and fast. I have type 1 diabetes, so I need a short break for insulin, nothing more.

Work
2020-2025 Operator, Dr. Oetker Timisoara
2017-2020 Packaging, Continental Automotive

Education: Liceul Tehnologic nr. 2, Arad
"""),
('cv-souza-pt','en','cv',[('SPECIAL_ETHNICITY', 'Afro-Brazilian descent'),],0,0,"""
Rafael Souza
Warehouse supervisor
Rotterdam · rafa.souza@gmail.com · +31 6 17 72 90 31
Dutch passport (naturalised 2023): <<ID>>

Born in Salvador, of Afro-Brazilian descent, Portuguese citizen.
Summary: 9 years in distribution, SAP WM, team of 14.

Experience
2021–now  Shift lead, Kuehne+Nagel Moerdijk
2016–2021 Operator, Sonae MC, Porto
Education: Bacharelato Logística, ISCAP Porto
"""),
('cv-yildiz-monteur','nl','cv',[(R,'vrijdaggebed')],0,0,"""
Mehmet Yıldız
Monteur elektrotechniek
Schiedam | 06 39 28 11 75

Ik ben een gemotiveerde monteur. Op vrijdag wil ik graag tussen 13:00 en 14:00 naar het vrijdaggebed, daarvoor werk ik 's ochtends eerder.

Werkervaring
2019-2025 Monteur, Croonwolter&dros
2014-2019 Elektricien, Ankara Elektrik Ltd.
Opleiding: MBO 3 Elektrotechniek, Albeda
Rekeningnummer: <<IBAN>>
"""),
('cv-bakker-tabel','nl','cv',[('SPECIAL_SEXUAL_ORIENTATION', 'echtgenote Sanne'),],0,0,"""
| Naam            | Linda Bakker                |
| Geboortedatum   | 04-11-1990                  |
| Adres           | Weteringschans 88, Leiden   |
| Paspoortnummer  | <<ID>>                      |
| BSN             | <<BSN.>>                    |
| Partner         | echtgenote Sanne            |
| Functie         | Office manager              |

Werkervaring
2018 - nu    Office manager, Hoogendijk Advocaten
2013 - 2018  Receptioniste, Hotel De Doelen
Vaardigheden: Exact Online, Office 365, notuleren
"""),
('cv-vermeulen-zorg','nl','cv',[],1,0,"""
CV - Anouk Vermeulen
Persoonlijk begeleider

Werkervaring
2020-heden  Begeleider, GGZ Rivierduinen, afdeling psychose
2017-2020   Woonbegeleider, 's Heeren Loo
Stage: reclassering Leiden (6 maanden, onderzoek naar recidive)

Cursussen: EHBO, BHV, agressietraining
Vrijwilligerswerk: organisatie benefietconcerten, locatie Hooglandse Kerk (zaalverhuur)
"""),
('cv-ahmed-callcentre','en','cv',[('SPECIAL_ETHNICITY', 'Somali-Dutch'),(H,'wheelchair user')],0,0,"""
YUSUF AHMED — Customer Service Agent
Utrecht | yusuf.ahmed@outlook.com

I am a wheelchair user and looking for a role at a ground-floor or lift-accessible office.

Experience
2021-2025 Call centre agent, Ziggo (Dutch/English)
2019-2021 Helpdesk, Hogeschool Utrecht
Languages: English, Dutch, Somali (I am Somali-Dutch)
"""),
('cv-popescu-bouw','en','cv',[],0,0,"""
Ion Popescu — Carpenter / Timmerman
Born 1986, Constanța. Now in Almere.
Dutch ID card no. (naturalised 2022): <<ID>>
IBAN (RO not accepted by bureau, Dutch one): <<IBANc>>
BSN: <<BSN_>>
Projects: Amvest nieuwbouw Almere Poort, 2022-2024; renovation Zuidas.
VCA basis 2023.
"""),
('cv-mulder-java','nl','cv',[('SPECIAL_POLITICS', 'bestuurslid JOVD Amersfoort'),(S,'mijn man')],0,0,"""
Thomas Mulder
Java developer · Amersfoort · github.com/tmulder

Over mij: 10 jaar backend. Ik werk graag 4 dagen omdat mijn man en ik om de beurt voor onze dochter zorgen.

Ervaring
- Senior developer, Centric (2019-2025)
- Developer, Topicus (2015-2019)
Nevenactiviteit: bestuurslid JOVD Amersfoort
Kennis: Java 17, Spring, Kafka, Postgres
"""),
('cv-nowak-heftruck','nl','cv',[(T,'lid van de FNV')],0,0,"""
Agnieszka Nowak
Heftruckchauffeur - Venray
tel 0031 6 55 20 47 18

Ik ben al 4 jaar lid van de FNV en heb in 2023 meegedaan aan de acties bij het distributiecentrum.

2019-2025 Heftruck/reachtruck, Fresh Park Venlo
2015-2019 Magazynier, Biedronka, Poznań
"""),
('cv-kaya-communicatie','en','cv',[(P,'candidate for D66')],0,0,"""
Elif Kaya
Marketing coordinator, The Hague

Highlights
- Ran social campaigns for a 40-person SaaS company
- 2022: candidate for D66 in the municipal elections of Rijswijk (place 11 on the list)

Experience
2020-2025 Marketing coordinator, Leapwise
Education: BSc Communication, Erasmus University
"""),
('cv-hendriks-kort','nl','cv',[('SPECIAL_TRADE_UNION', 'Lid van de FNV Jong'),],0,0,"""
Bram Hendriks, 23 jaar, Nijmegen
Zoekt werk als magazijnmedewerker of productie.
Heb gewerkt bij Jumbo (vakkenvuller) en bij een bouwbedrijf (sjouwer).
Rekening voor uitbetaling: <<IBAN>>
Lid van de FNV Jong.
Bereikbaar: 06-18273645
"""),
('cv-oliveira','nl','cv',[(E,'mijn ouders komen uit Kaapverdië')],0,0,"""
Maria Oliveira
Schoonmaakster / huishoudelijke hulp
Rotterdam-Zuid

Ik ben in Rotterdam geboren, mijn ouders komen uit Kaapverdië. Ik spreek Nederlands, Portugees en Kriolu.

Werk:
- CSU schoonmaak, kantoren (2018-2025)
- Thuiszorg huishoudelijk (2015-2018)
"""),
('cv-smit-administratie','nl','cv',[('SPECIAL_POLITICS', 'Statenlid voor de ChristenUnie'),(H,'kreeg ik een pacemaker')],0,0,"""
Gerard Smit
Administratief medewerker
Apeldoorn

In 2021 kreeg ik een pacemaker; sindsdien ben ik weer volledig inzetbaar, alleen geen werk naast zware magneten.

Ervaring: crediteurenadministratie bij Achmea (12 jaar), debiteurenbeheer Wehkamp (4 jaar).
Voormalig Statenlid voor de ChristenUnie (2015-2019).
Paspoort: <<ID>>
"""),
('cv-demir-forklift','en','cv',[(C,'ankle monitor')],0,0,"""
Ahmet Demir — Forklift operator
Eindhoven

Note to recruiter: until March I wear an ankle monitor (electronic monitoring), so I can only work day shifts between 07:00 and 18:00.

Experience: DHL Supply Chain (2019-2024), Philips warehouse (2016-2019)
Certificates: forklift, reach truck
"""),
('cv-visser-docent','nl','cv',[],1,0,"""
Curriculum vitae — Esther Visser
Docent godsdienst en levensbeschouwing

2015-heden  Docent, Christelijk Lyceum Zeist
2010-2015   Docent, Islamitisch College Amsterdam (invalkracht)
Scriptie: 'De rol van de moskee in de Nederlandse wijk' (VU, 2009)
Nevenfunctie: examinator bij de Stichting Diversiteit in Bedrijf
"""),
('cv-rossi','en','cv',[('SPECIAL_ETHNICITY', 'my mother is Moroccan Berber'),(R,'halal')],0,0,"""
Name: Karim Rossi
Job: delivery driver
City: Den Bosch
Personal: I only eat halal, so for events please take that into account. Sunday no problem.
Passport: <<ID>>
BSN: <<BSN>>
Family: my father is Italian, my mother is Moroccan Berber.
Experience: Picnic (2 years), PostNL (1 year)
"""),
('cv-de-jong-fin','nl','cv',[('SPECIAL_POLITICS', 'penningmeester van de VVD-afdeling Zwolle'),],0,0,"""
MARLOES DE JONG
Financieel controller | Zwolle

Kerncompetenties: consolidatie, IFRS, Power BI

2017-2025 Controller, Wavin
2012-2017 Assistent-accountant, BDO
Opleiding: RA, Nyenrode
Nevenfunctie: penningmeester van de VVD-afdeling Zwolle

Persoonlijke gegevens
Geboren 22-07-1985
Nationaliteit: Nederlandse
BSN <<BSN.>>
Bank <<IBAN>>
"""),
('cv-stanciu-security','en','cv',[(B,'fingerprint template')],0,0,"""
Mihai Stanciu — Security guard
Arnhem

Experience: guard at Schiphol Cargo (2021-2025). Badge-based access; my fingerprint template is enrolled in the Schiphol access system, card nr given on request.
Languages: Romanian, English, basic Dutch.
Reference: Mr. Van Dam, shift leader
"""),
('cv-bos','nl','cv',[('SPECIAL_RELIGION', 'ik ben gereformeerd'),(T,'kaderlid bij de CNV')],0,0,"""
Henk Bos
Timmerman / uitvoerder
Hoorn, 06-23 45 66 01

Zondagsrust is voor mij belangrijk, ik ben gereformeerd.
Naast mijn werk ben ik kaderlid bij de CNV in de bouwsector en zit ik in de OR.
Ervaring: BAM Wonen (2005-2025), aannemer Wijnja (1998-2005)
"""),
('cv-ayoub-herstel','nl','cv',[(H,'ervaringsdeskundige GGZ')],0,0,"""
Nadia Ayoub
Herstelcoach

Ik ben ervaringsdeskundige GGZ: na mijn eigen opname in 2018 heb ik de opleiding ervaringsdeskundigheid gedaan.

Werkervaring
2020-2025 Herstelcoach, Parnassia
2019-2020 Vrijwilliger, herstelacademie Den Haag
"""),
('cv-schouten-sales','en','cv',[],1,0,"""
Daniel Schouten
Sales engineer — biometrics
Experience
2019-2025 Account manager, IDEMIA Benelux: sold fingerprint scanners and face recognition gates to airports
2015-2019 Pre-sales, Nedap Security (access control)
Education: MSc Electrical Engineering, TU Delft
"""),
('cv-lim-receptie','nl','cv',[('SPECIAL_ETHNICITY', 'Chinees-Indonesische afkomst'),],0,0,"""
Sophie Lim — Receptioniste
Amstelveen | 06 21 09 88 41
Geboortedatum: 30-01-1998
Identiteitskaart: <<ID>>

Receptie Van der Valk Schiphol (2021-2025)
Gastvrouw Rijksmuseum (2018-2021)
Talen: NL, EN, Mandarijn
Chinees-Indonesische afkomst, opgegroeid in Amstelveen.
"""),
]

H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('cv-vandam-gorinchem','nl','cv',[(P,'Fractievoorzitter VVD')],0,0,"""
Ruud van Dam
Beleidsadviseur openbare ruimte | Gorinchem

Nevenfuncties
- Fractievoorzitter VVD, gemeenteraad Gorinchem (2018-heden)
- Penningmeester tennisvereniging

Werkervaring
2015-nu  Adviseur, Gemeente Dordrecht
Paspoortnr. <<ID>>
"""),
('cv-brouwer','nl','cv',[(S,'mijn vrouw Inge')],0,0,"""
CV Petra Brouwer
Verpleegkundige niveau 4, Deventer

Persoonlijk: getrouwd met mijn vrouw Inge, twee kinderen. Hobby's: wielrennen, koken.
Ervaring: Deventer Ziekenhuis, afdeling cardiologie (2012-2025)
BIG-registratie actief.
"""),
('cv-ozdemir','en','cv',[(P,'member of DENK')],0,0,"""
Kübra Özdemir
Junior communications advisor, Rotterdam

Volunteering
Active member of DENK, youth wing, campaign team 2023
Experience
2022-2025 Communications intern, Port of Rotterdam
Education: BA Media, Erasmus
BSN: <<BSN>>
"""),
('cv-kuipers-cnc','nl','cv',[(T,'vakbondsman')],0,0,"""
Erik Kuipers - CNC-draaier
Helmond, 06-53 20 18 90
Al 20 jaar vakbondsman, dat zeg ik er eerlijk bij; ik kom op voor mijn collega's.
Ervaring: VDL (2005-2025), DAF Cabs (2000-2005)
IBAN <<IBAN>>
"""),
('cv-kaczmarek-driver','en','cv',[(C,'suspended sentence')],0,0,"""
Paweł Kaczmarek
Truck driver C+E, Katowice / Venlo
Driver's card valid. ADR.
Note: in 2020 I received a suspended sentence in Poland for driving under influence; licence returned in 2021, clean since.
Experience: Raben Logistics 2016-2025
Passport: <<ID>>
"""),
('cv-dejong-hr','nl','cv',[(E,'Turks-Nederlandse')],0,0,"""
Selin de Jong-Arslan
HR-assistent, Enschede

Ik ben een Turks-Nederlandse vrouw van 31 en spreek vloeiend Turks, dat gebruik ik veel bij werving.
Ervaring: Randstad Enschede (2019-2025), intercedente.
"""),
('cv-wouters-horeca','en','cv',[(S,'gay')],0,0,"""
JAMIE WOUTERS
Bartender / host — Amsterdam

About: outgoing, 5 yrs hospitality. I'm gay and worked at several LGBTQ+ venues in Reguliersdwarsstraat.
Experience: Café Reality 2020-2025; Hotel Okura banqueting 2018-2020
Bank: <<IBAN>>
"""),
('cv-ramdin-logistiek','nl','cv',[(E,'mijn ouders komen uit Suriname')],0,0,"""
Rishi Ramdin
Logistiek medewerker - Den Haag

Ik ben geboren in Den Haag, mijn ouders komen uit Suriname. Ik spreek Nederlands, Sranantongo en een beetje Hindi.
Ervaring: Albert Heijn DC Zwolle (2020-2025)
BSN: <<BSN_>>
"""),
('cv-lewandowska-pl','nl','cv',[('SPECIAL_RELIGION', "Ik ben Jehova's Getuige"),],0,0,"""
Katarzyna Lewandowska
Productiemedewerkster · Roosendaal
Geboren 1993, Lublin
Nummer paspoort: <<ID>>
Bank (NL): <<IBAN>>
Ik ben Jehova's Getuige en vier geen verjaardagen op het werk, verder geen bijzonderheden.
Ervaring: Philips Drachten (2018-2021), Lamb Weston (2021-2025)
"""),
('cv-silva-airport','en','cv',[(B,'iris scan')],0,0,"""
Beatriz Silva — Airport security officer
Lisbon / Amsterdam
Experience: ANA Aeroportos, border control support 2017-2024.
Clearance: my iris scan is registered in the Privium programme as staff, badge 44019.
Languages: PT, EN, ES, basic NL
"""),
('cv-dekker-maintenance','en','cv',[('SPECIAL_SEXUAL_ORIENTATION', 'my husband Joost'),(T,'Unite union rep')],0,0,"""
Mark Dekker
Maintenance engineer — Rotterdam (Dutch-British)
2010-2024 Maintenance, Jaguar Land Rover, Birmingham — also Unite union rep for the night shift
2024-now Maintenance, Heineken Zoeterwoude (moved to NL with my husband Joost)
IBAN: <<IBAN:GB>>
"""),
('motivatie-huurteam','nl','motivation_letter',[(P,'actief in de SP')],0,0,"""
Beste recruiter,

Ik solliciteer op de vacature huurteamadviseur. Ik ben al jaren actief in de SP-afdeling van mijn stad en help huurders met bezwaarprocedures, dus ik ken de huurwetgeving goed.

Groet,
Tim Hoekstra
"""),
('motivatie-teamleider','nl','motivation_letter',[(T,'kaderlid bij de FNV')],0,0,"""
Geachte mevrouw Jansen,

Graag solliciteer ik als teamleider productie. Ik ben al tien jaar kaderlid bij de FNV en heb daardoor veel ervaring met overleg en het oplossen van conflicten op de werkvloer.

Met vriendelijke groet,
Ahmed Bakkali
BSN <<BSN>>
"""),
('application-email-receptionist','en','motivation_letter',[(S,'My partner Emma and I')],0,0,"""
Subject: Application receptionist

Hello,
I'd love to work at the hotel front desk. My partner Emma and I just moved to Leiden; I'm Sarah, 26, with 4 years of front desk experience in Manchester.
Cheers,
Sarah Whitfield
IBAN <<IBAN:GB>>
"""),
('motivatie-jacobs','nl','motivation_letter',[(C,'heb ik een enkelband')],0,0,"""
Beste mensen van FlexWerk,

Ik wil graag aan het werk. Tot 1 maart heb ik een enkelband, dus ik kan alleen overdag werken en niet buiten de regio Arnhem. Mijn reclasseringswerker weet ervan.

Groet,
Kevin Jacobs
"""),
('motivation-letter-pharmacy','en','motivation_letter',[(E,'Syrian Kurd')],0,0,"""
Dear FlexWerk,

I am a Syrian Kurd, 34 years old, pharmacist by training (Damascus University). My diploma is being evaluated by IDW. Meanwhile I would like to work as a pharmacy assistant.

Regards,
Rojin Hassan
"""),
('brief-sollicitatie-kinderopvang','nl','motivation_letter',[(S,'Mijn vriendin en ik')],0,0,"""
Hoi,

Ik ben Eva en zoek een baan in de kinderopvang in Groningen. Mijn vriendin en ik verhuizen in januari naar Haren, dus ik zoek iets in de buurt.

Liefs,
Eva Meijer
"""),
('motivatie-schoonmaak-avond','nl','motivation_letter',[('SPECIAL_BIOMETRIC', 'klokte ik in met mijn vingerafdruk'),],0,0,"""
Geachte heer/mevrouw,
Hierbij reageer ik op de vacature schoonmaker avonduren.
Gegevens: BSN <<BSN.>>, rekening <<IBAN>>, beschikbaar ma-vr vanaf 18:00.
Bij mijn vorige werk klokte ik in met mijn vingerafdruk, dat mag hier ook.
Met vriendelijke groet, Dewi Santoso
"""),
('mail-sollicitatie-productie','en','motivation_letter',[],1,0,"""
Subject: application production

Hi, I am 28 years old, I worked 3 years in a meat factory in Poland. I have my own car. I can start tomorrow.
Bartek
"""),
('cv-raman-vision','en','cv',[],1,0,"""
Priya Raman
Software engineer — computer vision
2020-2025: built face recognition and fingerprint matching SDKs at Innovatrics
2017-2020: ML engineer, Philips Research (medical imaging, diabetes retinopathy screening)
Education: MSc AI, UvA
"""),
('cv-degroot-jurist','nl','cv',[],1,0,"""
Sanne de Groot
Jurist arbeidsrecht
2018-2025 Juridisch adviseur bij FNV (cao-onderhandelingen, collectieve acties)
2015-2018 Advocaat-stagiair, Stibbe
Publicatie: 'Staken in de uitzendsector' (2022)
"""),
('cv-mendes-pt','nl','cv',[('SPECIAL_SEXUAL_ORIENTATION', 'mijn vrouw Rita'),],0,0,"""
Ana Mendes
Kok (PT/NL)
Porto → Den Haag sinds 2022, samen met mijn vrouw Rita
Nederlandse ID-kaart (genaturaliseerd): <<ID>>
BSN: <<BSN>>
Ervaring: Restaurante Cais (Porto), Hotel Des Indes keuken
"""),
('cv-yilmaz-laborant','nl','cv',[(B,'DNA-profiel')],0,0,"""
Ayşe Yılmaz
Laborant, Leiden

Let op: voor mijn vorige baan bij het NFI is mijn DNA-profiel opgenomen in de eliminatiedatabank (standaard voor labpersoneel).
Ervaring: NFI Den Haag (2019-2025), LUMC (2015-2019)
"""),
('cv-boateng-warehouse','en','cv',[('SPECIAL_BIOMETRIC', 'a hand geometry reader enrolled in my name'),(E,'Ghanaian heritage')],0,0,"""
Kwame Boateng
Forklift driver / warehouse — Amsterdam Zuidoost
Proud of my Ghanaian heritage; fluent in Twi, English, Dutch.
Experience: Schiphol cargo warehouse (2019-2025), access via a hand geometry reader enrolled in my name
Passport: <<ID>>
"""),
('cv-tekin-productie','nl','cv',[('SPECIAL_POLITICS', 'lid van NIDA'),(R,'bid vijf keer per dag')],0,0,"""
Burak Tekin - Productiemedewerker, Zaandam
Ik bid vijf keer per dag; in de pauzes heb ik een rustig plekje nodig, verder ben ik volledig flexibel.
Politiek: lid van NIDA Zaanstad.
Ervaring: Verkade (2018-2025), Albert Heijn (2015-2018)
"""),
]

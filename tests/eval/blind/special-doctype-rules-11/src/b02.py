H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('brief-sollicitatie-planner','nl','motivation_letter',[('SPECIAL_SEXUAL_ORIENTATION', 'Mijn man werkt ook in Veghel'),],0,0,"""
Geachte heer/mevrouw,

Met veel interesse las ik uw vacature voor planner bij uw klant in Veghel. Ik werk nu vier jaar als planner bij een transportbedrijf en zoek een nieuwe uitdaging.

Mijn man werkt ook in Veghel, dus de locatie is ideaal.

Voor de volledigheid: mijn BSN is <<BSN>>, dan kunt u alles alvast klaarzetten.

Met vriendelijke groet,
Jeroen Pauwels
"""),
('mail-sollicitatie-kuipers','nl','motivation_letter',[('SPECIAL_TRADE_UNION', 'ik ben lid van de vakbond'),(H,'rugklachten')],0,0,"""
Van: r.kuipers88@gmail.com
Aan: vacatures@flexwerk-bureau.nl
Onderwerp: sollicitatie heftruckchauffeur

Hallo,

Ik wil graag reageren op de vacature heftruckchauffeur. Ik heb 5 jaar ervaring. Wel heb ik rugklachten dus liever geen handmatig tillen boven de 15 kilo.

PS ik ben lid van de vakbond, mocht dat uitmaken.

Groet,
Ronald Kuipers
06-12 98 44 70
"""),
('motivation-letter-care','en','motivation_letter',[('SPECIAL_ETHNICITY', 'British-Bangladeshi'),(R,'Ramadan')],0,0,"""
Dear recruitment team,

I am applying for the position of care assistant. I have three years of experience in elderly care in Birmingham and recently moved to Rotterdam. As a British-Bangladeshi woman I also speak Bengali.

During Ramadan I would prefer early shifts, since I fast and break the fast in the evening with my family.

Kind regards,
Aisha Rahman
"""),
('brief-motivatie-vrachtwagen','nl','motivation_letter',[],0,0,"""
Beste Kim,

Zoals besproken aan de telefoon stuur ik je mijn motivatie. Ik rij al twaalf jaar internationaal en wil nu graag binnenland, zodat ik elke avond thuis ben.

Mijn salaris mag je overmaken op <<IBAN>> t.n.v. D. Verhoef.

Groeten,
Dennis Verhoef
"""),
('application-email-data','en','motivation_letter',[('SPECIAL_POLITICS', 'a local councillor for the Greens'),(S,'my husband')],0,0,"""
Subject: Application — Senior Data Engineer (ref 2025-114)

Hi Sanne,

Please find my CV attached. I'm relocating to Utrecht in February because my husband got a position at the UMC, so I'm looking for a hybrid role.

I have 8 years of Spark/Databricks experience.

P.S. Until 2023 I was a local councillor for the Greens in Freiburg.

Best,
Lucas Meyer
"""),
('motivatie-kapper','nl','motivation_letter',[],1,0,"""
Geachte mevrouw De Graaf,

Hierbij solliciteer ik naar de functie van receptionist bij de apotheek aan de Gedempte Gracht. Ik heb ervaring met kassasystemen en vind klantcontact erg leuk. Een VOG is aanwezig en kan ik direct opsturen.

Vriendelijke groet,
Ilse Prins
"""),
('mail-sollicitatie-wisniewski','nl','motivation_letter',[(T,'zit ik in de vakbond')],0,0,"""
hallo

ik zoek werk in productie, nachtdienst ok. in polen zit ik in de vakbond Solidarność, hier nog niet. ik spreek een beetje nederlands en goed engels.

mijn rekening <<IBAN:PL>>

dziękuję
Tomasz Wiśniewski
"""),
('motivation-marin','en','motivation_letter',[('SPECIAL_SEXUAL_ORIENTATION', 'My wife Ana'),(H,'pregnant')],0,0,"""
Dear Sir or Madam,

I want to apply for the admin job in Breda. I have a bachelor in economics from Cluj and two years experience in accounts payable.

I want to be honest: I am 4 months pregnant, but I can work until the summer and come back after leave.

My wife Ana will take the first months of parental leave.

Regards,
Ioana Marin
"""),
('brief-motivatie-pinas','nl','motivation_letter',[(C,'taakstraf')],0,0,"""
Geachte heer Bakker,

Graag solliciteer ik als beveiliger. Ik wil open zijn: in 2019 kreeg ik een taakstraf voor een vechtpartij, ik was toen 19. Ik heb hier veel van geleerd.

Mijn BSN: <<BSN_>>

Met vriendelijke groet,
Jordy Pinas
"""),
('mail-interesse-ict','nl','motivation_letter',[],1,0,"""
Onderwerp: Interesse functie servicedesk

Goedemiddag,

Via LinkedIn zag ik de vacature servicedesk bij een ziekenhuis. Ik heb twee jaar bij de ICT-afdeling van een GGZ-instelling gewerkt, dus ik ken de omgeving (HiX, ChipSoft). Ook heb ik een cursus EHBO gedaan.

Vriendelijke groet,
Noor van Dijk
"""),
('motivation-letter-souschef','en','motivation_letter',[(R,'kosher')],0,0,"""
To whom it may concern,

I am a trained chef (Le Cordon Bleu, London) applying for the sous-chef role at your client in Amsterdam-Zuid. Because I keep kosher myself I have a lot of experience with separate kitchens, which may be relevant for some of your catering clients.

Sincerely,
Daniel Cohen
IBAN: <<IBAN:GB>>
"""),
('sollicitatiebrief-dekker','nl','motivation_letter',[(H,'autisme')],0,0,"""
Beste mevrouw, meneer,

Ik ben Sven, 27 jaar, en ik heb autisme. Daardoor werk ik het best in een rustige omgeving met duidelijke afspraken. Ik ben heel nauwkeurig en heb een diploma MBO administratie.

Groet,
Sven Dekker
BSN <<BSN>>
"""),
('brief-motivatie-provincie','nl','motivation_letter',[(P,'lid van GroenLinks')],0,0,"""
Geachte heer Smeets,

Met deze brief reageer ik op de functie beleidsmedewerker duurzaamheid bij uw opdrachtgever, de provincie. Als lid van GroenLinks zet ik me al jaren in voor de energietransitie in mijn buurt.

Met vriendelijke groet,
Femke Vos
"""),
('email-application-warehouse','en','motivation_letter',[('SPECIAL_CRIMINAL', 'a fine for a fight'),],0,0,"""
From: g.nagy@freemail.hu
To: jobs@flexwerk-bureau.nl
Subject: warehouse job

Hello, I saw your ad. I can start Monday. Salary to my account <<IBAN:AT>> (Austrian bank, I worked in Graz before). Passport copy I bring to the office. I had a problem with police in Austria, a fine for a fight, it is finished.
Gábor Nagy
"""),
('motivatie-supermarkt','nl','motivation_letter',[(E,'Marokkaanse achtergrond')],0,0,"""
Hoi,

Ik ben Yasmina, 19 jaar, en ik wil graag bij de supermarkt werken. Door mijn Marokkaanse achtergrond spreek ik ook Arabisch en Tamazight, dat helpt vaak bij klanten.

Groetjes, Yasmina Bouzid
"""),
('motivation-events-en','en','motivation_letter',[(S,'my girlfriend')],0,0,"""
Dear hiring manager,

I'm applying for the event coordinator job. I organised Pride Amsterdam side events for three years with my girlfriend and we ran our own small agency.

Looking forward to hearing from you,
Chloé Martin
"""),
('brief-sollicitatie-kort','nl','motivation_letter',[],0,0,"""
Hierbij solliciteer ik op de functie productiemedewerker. Ik ben flexibel en kan in ploegen werken.
Bank: <<IBANc>>
BSN: <<BSN.>>
Groet, Stefan Lammers
"""),
('mail-sollicitatie-hr-adviseur','nl','motivation_letter',[],1,0,"""
Onderwerp: sollicitatie HR-adviseur

Geachte mevrouw Jansen,

In mijn huidige functie onderhandel ik namens de werkgever met FNV en CNV over de cao, en ik heb het diversiteitsbeleid van mijn werkgever mee opgesteld. Graag zet ik die ervaring in bij uw klant.

Met vriendelijke groet,
Pieter Rutten
"""),
('motivation-aslan','en','motivation_letter',[('SPECIAL_POLITICS', 'a member of the HDP'),(E,'Kurdish')],0,0,"""
Hello,

My name is Berfin Aslan. I am Kurdish from Diyarbakır and I came to the Netherlands in 2022. I worked in a textile factory in Istanbul for six years. I want to work in production or cleaning. In Turkey I was a member of the HDP and had problems because of that.

Thank you,
Berfin
"""),
('brief-sollicitatie-klantenservice','nl','motivation_letter',[(H,'methylfenidaat')],0,0,"""
Beste recruiter,

Ik reageer op de vacature klantenservice. Ik ben energiek en snel van begrip. Ik gebruik methylfenidaat en werk daardoor goed geconcentreerd, maar een open kantoor met veel lawaai vind ik lastig.

Met groet,
Milan Koster
"""),
('motivation-letter-facility','en','motivation_letter',[],1,0,"""
Dear Ms. Peters,

I would like to apply as facility coordinator. I currently manage bookings for a former church that is now a conference venue in Haarlem, and I handled catering for 300 guests at a time.

Best regards,
Olivia Brown
"""),
('brief-motivatie-urk','nl','motivation_letter',[('SPECIAL_POLITICS', 'actief voor de SGP'),(R,'diaken in onze gemeente')],0,0,"""
Geachte heer, mevrouw,

Als diaken in onze gemeente in Urk regel ik al jaren de financiën en het vervoer voor ouderen. Daarnaast ben ik actief voor de SGP in de gemeenteraadsfractie. Die organisatorische ervaring wil ik nu inzetten als planner.

Hoogachtend,
Jan Bakker
"""),
]

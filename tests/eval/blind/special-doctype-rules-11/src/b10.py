H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('mail-verlof-mei','nl','other',[(S,'zijn vriend Jeroen en hij trouwen in mei')],0,0,"""
Van: planning.utrecht@flexwerk-bureau.nl
Aan: thomas.mulder@flexwerk-bureau.nl
Onderwerp: verlof mei

Hoi Thomas, ik heb je verlof van 12 t/m 23 mei goedgekeurd. Leuk nieuws trouwens van Bas: zijn vriend Jeroen en hij trouwen in mei, dus hij vraagt ook vrij. Dat past net.
"""),
('email-allowance-question','en','other',[(R,'his second wife')],0,0,"""
From: sanne@flexwerk-bureau.nl
To: payroll@flexwerk-bureau.nl
Subject: allowance question

Hi, Karim asks whether he can add his second wife to the company health insurance. She lives in Morocco. Is that even possible under the collective contract? Please advise.
"""),
('mail-teamleider-morgen','nl','other',[('SPECIAL_POLITICS', 'stond ook nog op de kieslijst van de SP'),(T,'doet mee aan de staking van FNV')],0,0,"""
Van: teamleider@vleeswaren-oost.nl
Aan: kim.degraaf@flexwerk-bureau.nl
Onderwerp: morgen

Kim, even ter info: jullie uitzendkracht Erik Kuipers doet mee aan de staking van FNV morgen. Hij komt dus niet. Hij stond ook nog op de kieslijst van de SP, zei hij. Kunnen jullie vervanging regelen?
"""),
('client-email-complaint','en','other',[('SPECIAL_CRIMINAL', 'has a record for fraud'),(P,'PVV')],0,0,"""
From: m.jansen@logistics-client.nl
To: sanne@flexwerk-bureau.nl
Subject: complaint about temp

Sanne, your temp Dennis has been handing out PVV flyers in our canteen and telling colleagues who to vote for. He's a PVV volunteer, fine, but not at work. Please talk to him. Someone also said he has a record for fraud, is that true?
"""),
('memo-fg-almere','nl','other',[(B,'vingerafdrukprofiel')],0,0,"""
Memo FG — vingerafdrukscanner klant Almere
Bij controle bleek dat het vingerafdrukprofiel van uitzendkracht Ion Popescu in het systeem van de klant staat, zonder alternatief (pas) aangeboden. Dit is in strijd met ons beleid. Actie: klant verzoeken het profiel te verwijderen.
"""),
('teams-chat-kim','nl','other',[('SPECIAL_CRIMINAL', 'in jeugddetentie heeft gezeten'),(E,'hij is Antilliaan')],0,0,"""
Teams — Kim / Ilse
Kim: die klant in Breda vroeg of Jordy 'wel een Nederlander' is 🙄
Ilse: serieus? hij is Antilliaan, gewoon Nederlands paspoort. dat zeggen we niet tegen de klant natuurlijk
Kim: nee, ik heb gezegd dat we daar niet op selecteren
Kim: en dat hij in jeugddetentie heeft gezeten hoeft die klant ook niet te weten
"""),
('hr-case-review','en','other',[('SPECIAL_BIOMETRIC', 'his fingerprint scan'),(C,'served two years for burglary')],0,0,"""
HR case review — 21 Nov 2025
Case 3: candidate Kevin Jacobs applied for the Arnhem warehouse. He told the consultant he served two years for burglary and is now on probation. Decision: place him with a client that accepts this; VOG profile does not include 'goods'.
Case 4: R. Souza declined enrolment at the client; his fingerprint scan from the trial day was deleted on 19 Nov.
"""),
('klantmail-levering','nl','other',[],1,0,"""
Van: facilitair@datacentrum-almere.nl
Onderwerp: levering

Beste, de vingerafdrukscanner en de twee gezichtsherkenningspoortjes zijn gisteren geleverd door Nedap. Jullie monteurs kunnen dinsdag beginnen met installeren. Graag 3 man met VCA.
"""),
('email-or-verkiezingen','nl','other',[],1,0,"""
Onderwerp: verkiezingen ondernemingsraad

Beste collega's,
Op 15 januari zijn de OR-verkiezingen. Kandidaten kunnen zich tot 20 december aanmelden. Let op: de OR is geen politieke partij; campagne voeren op de werkvloer mag, maar niet tijdens werktijd.
Verkiezingscommissie
"""),
('order-confirmation-venue','en','other',[],1,0,"""
Order confirmation — client: Protestant Church Amsterdam (venue services)
Service: 4 hosts for the Christmas Eve concert in the Westerkerk
Time: 24-12-2025 19:00–23:30
Rate: € 34.00 / hour
PO number: 2025-4471
"""),
('mail-klacht-rooster','nl','other',[(E,'Marokkaanse afkomst')],0,0,"""
Van: yasmina.bouzid@hotmail.com
Aan: klachten@flexwerk-bureau.nl

Ik heb het gevoel dat ik bij de supermarkt niet meer word ingeroosterd sinds de nieuwe manager er is. Hij maakte grapjes over mijn Marokkaanse afkomst. Ik wil een klacht indienen.
Yasmina
"""),
('email-vertrouwenspersoon','en','other',[(S,'came out as bisexual')],0,0,"""
To: vertrouwenspersoon@flexwerk-bureau.nl
Subject: confidential

Hi, since I came out as bisexual at the team lunch, two colleagues at the client keep making comments. I don't want a formal complaint yet, just advice.
Chloé Martin
"""),
('notulen-or-december','nl','other',[],1,0,"""
Notulen OR 4 december
1. De bestuurder licht de nieuwe cao toe; de tekst van FNV en CNV is per 1 januari van kracht.
2. Vakbondsspreekuur op de vestiging: akkoord, eens per maand in de kantine.
3. Reiskostenregeling: geen wijziging.
"""),
('bank-letter-nl-fraude','nl','other',[],0,0,"""
Rabobank
Afdeling Fraudebestrijding

Aan: FlexWerk Uitzendbureau BV
Wij hebben een verdachte wijziging ontvangen van het rekeningnummer van uw werknemer (BSN <<BSN>>) naar <<IBAN:DE>>. Wij adviseren u dit telefonisch bij de werknemer te verifiëren voordat u salaris overmaakt.
"""),
('municipality-letter-en','en','other',[],0,0,"""
Municipality of Eindhoven — Civil Affairs
To: FlexWerk Uitzendbureau BV (housing provider)
Registration in the BRP of your employee A. Demir at Strijpsestraat 8 is complete. His citizen service number is <<BSN_>>. Please notify us when he leaves the address.
"""),
('uwv-letter-en-ww','en','other',[],1,0,"""
UWV — Information for employers
From 1 January 2026 the employer's WW premium for flexible contracts stays higher than for permanent contracts. Check your payroll settings before the first run of the year.
"""),
('mail-kerstlunch','nl','other',[(R,'koosjer')],0,0,"""
Hoi Kim,
Voor de kerstlunch bij de klant: Daniel eet koosjer, kun je dat doorgeven aan de catering? En Burak eet halal.
Dank! Ilse
"""),
('client-email-port-notice','en','other',[],1,0,"""
Subject: strike notice

Dear partners, the FNV has announced a strike at the Port of Rotterdam container terminals on 9 December. Deliveries may be delayed. Temps scheduled for that day will be reassigned; no action needed from you.
"""),
('mail-offerte-congres','nl','other',[],1,0,"""
Van: secretariaat@cda-zuidholland.nl
Onderwerp: offerte congres

Beste, voor ons partijcongres in maart zoeken we 12 gastvrouwen en -heren en 4 garderobemedewerkers. Kunt u een offerte sturen?
Met vriendelijke groet, secretariaat CDA Zuid-Holland
"""),
('memo-dpo-lab','en','other',[(B,'genetic test')],0,0,"""
Internal memo — DPO
A client (biotech lab) asked our seconded analyst Ayşe Yılmaz to take a genetic test to check for contamination of samples with her own DNA. The test result was emailed to our consultant. This must be deleted from the mailbox today.
"""),
('mail-planning-kevin','nl','other',[(C,'draagt een enkelband')],0,0,"""
Van: kim.degraaf@flexwerk-bureau.nl
Aan: planning@flexwerk-bureau.nl
Onderwerp: Kevin J.

Let op bij het inplannen van Kevin: hij draagt een enkelband tot maart, dus alleen dagdiensten in Arnhem. Niet doorsturen aan de klant.
"""),
('klantbrief-kantine','nl','other',[],1,0,"""
Geachte relatie,

Vanaf januari levert onze kantine ook halal en vegetarische maaltijden. Uitzendkrachten kunnen hun voorkeur doorgeven bij de receptie.

Met vriendelijke groet,
Facilitair, Verkade Zaandam
"""),
('pers-bericht-en','en','other',[],1,0,"""
PRESS RELEASE
FlexWerk launches a programme with the Dutch probation service (Reclassering) to help people with a criminal record find work. Partners include several pharmacies, a mosque-run community centre and two churches that offer venues for job fairs.
"""),
('client-letter-language','en','other',[],1,0,"""
Dear FlexWerk,
We are looking for 3 Polish-speaking warehouse workers for our Venlo site, since the team lead only speaks Polish and English. Please only send candidates who speak one of these languages.
Regards, Fresh Park
"""),
('whatsapp-teamleider-lijn','nl','other',[(R,'met haar hoofddoek')],0,0,"""
[09:12] Teamleider: mag Samira met haar hoofddoek aan de lijn werken?
[09:13] Intercedent: ja natuurlijk, zolang hij strak zit en onder de haarnet past, net als bij iedereen
[09:13] Teamleider: prima
"""),
]

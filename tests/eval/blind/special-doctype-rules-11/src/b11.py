H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('cv-vanrijn-infra','nl','cv',[(P,'wethouder voor het CDA'),(T,'lid van CNV')],0,0,"""
Arjen van Rijn
Projectmanager infra — Barneveld

2014-2022 wethouder voor het CDA in de gemeente Barneveld (portefeuille verkeer)
2022-nu   Projectmanager, Heijmans
Overig: lid van CNV Vakmensen sinds 2001.
"""),
('motivatie-schiphol','nl','motivation_letter',[(B,'gezichtsscan')],0,0,"""
Beste recruiter,

Ik solliciteer als beveiliger op Schiphol. Mijn gezichtsscan en pas zijn nog actief in het toegangssysteem van mijn vorige werkgever (G4S), dus screening kan snel.

Groet, Jeroen Timmer
"""),
('notulen-mt-nevenfuncties','nl','other',[(P,'lid van Provinciale Staten voor BBB')],0,0,"""
Notulen MT Noord, 18-11-2025
2. Nevenfuncties: Harm Jonker (accountmanager) is sinds maart lid van Provinciale Staten voor BBB. Hij vraagt een vrije middag per twee weken. Akkoord, onbetaald.
3. Leaseauto's: twee auto's inleveren.
"""),
('mail-ouderschapsverlof','nl','other',[(S,'Zijn man werkt fulltime')],0,0,"""
Van: ilse.prins@flexwerk-bureau.nl
Aan: salarisadministratie@flexwerk-bureau.nl
Onderwerp: ouderschapsverlof Rishi

Rishi Ramdin neemt vanaf februari ouderschapsverlof, 8 uur per week. Zijn man werkt fulltime, dus Rishi haalt de kinderen op woensdag. Kun je het betaald ouderschapsverlof aanvragen bij UWV?
"""),
('toegangslog-gezicht','nl','other',[(B,'gezichtsherkenning')],0,0,"""
Export toegangssysteem klant 'Koelhuis Rotterdam', 24-11-2025
06:01 R. Ramdin — ingang via gezichtsherkenning (match 97%)
06:03 K. Boateng — ingang via gezichtsherkenning (match 95%)
06:09 S. Aydin — ingang met pas 1192
"""),
('notitie-intercedent-santoso','nl','other',[(E,'Molukse')],0,0,"""
Notitie intercedent (dossier Dewi Santoso), 19-11
Dewi wil niet meer bij klant X werken na opmerkingen over haar Molukse familie. Ze is verder tevreden over het werk. Nieuwe plaatsing gezocht in Capelle.
"""),
('mail-maas-tomasz','nl','other',[(T,'zit in de vakbond')],0,0,"""
Van: r.maas@flexwerk-bureau.nl
Onderwerp: Tomasz

Hoi Sandra, Tomasz vroeg of hij met iemand van de FNV naar het gesprek over zijn ontslag mag komen. Hij zit in de vakbond sinds september. Mag dat? Ik denk van wel.
"""),
('vacature-fractiemedewerker','nl','other',[],1,0,"""
Vacature: fractiemedewerker (24 uur)
Voor een fractie in de gemeenteraad van Den Haag zoeken wij een fractiemedewerker. Je bereidt raadsvergaderingen voor en onderhoudt contact met de partij. Politieke affiniteit is een pré, lidmaatschap niet vereist.
"""),
('cv-hollander-forensisch','nl','cv',[],1,0,"""
Lotte Hollander
Forensisch assistent

2019-2025 Technische recherche-assistent, Politie Oost-Brabant (sporenonderzoek, vingerafdrukken veiligstellen)
2016-2019 Laborant, Eurofins
Opleiding: HBO Forensisch onderzoek, Saxion
"""),
('ziekmelding-jonker','nl','medical',[(H,'kruisband')],0,1,"""
Ziekmelding
Naam: Harm Jonker
Datum: 27-11-2025
Reden: kruisband gescheurd bij zaalvoetbal, operatie in januari
Vervanging accounts: Kim
"""),
('verzuim-week48','nl','medical',[],1,0,"""
Verzuim — week 48
Dewi Santoso   ziek sinds 24-11   contact: 28-11   opmerking: geen
Burak Tekin    ziek 25-11 t/m 26-11   hersteld
"""),
('verslag-vertrouwenspersoon','nl','other',[(S,'homoseksueel')],0,0,"""
Verslag gesprek vertrouwenspersoon (vertrouwelijk)
Medewerker J. Wouters meldt dat de chef bij de klant hem uitlacht omdat hij homoseksueel is. Medewerker wil overplaatsing. Vervolg: gesprek met klant op 3 december.
"""),
('brief-griffie-zaanstad','nl','other',[(P,'raadslid namens de PvdA')],0,0,"""
Gemeente Zaanstad — Griffie
Aan: FlexWerk Uitzendbureau BV, afdeling HR
Betreft: verlof voor raadswerk
Uw werknemer Yasmina Bouzid is per 1 december geïnstalleerd als raadslid namens de PvdA. Op grond van artikel 7:643 BW heeft zij recht op verlof voor de vergaderingen.
"""),
('loonstrook-week47','nl','payslip',[],1,0,"""
Loonstrook week 47
Werknemer: K. Boateng, pers.nr 60211
Uren 38,00
Inhouding pas kwijt (toegangspas) -15,00
Netto naar <<IBAN>>
"""),
('mail-planning-pawel','nl','other',[(C,'een strafblad voor mishandeling')],0,0,"""
Van: planning@flexwerk-bureau.nl
Aan: kim.degraaf@flexwerk-bureau.nl
Hoi Kim, de klant vraagt of Paweł een strafblad heeft. Hij heeft zelf gezegd dat hij een strafblad voor mishandeling heeft in Polen. Wat zeggen we hierover?
"""),
('plan-van-aanpak-visser','nl','medical',[(H,'multiple sclerose')],0,1,"""
Plan van aanpak — Esther Visser (BSN <<BSN>>)
Bij werknemer is multiple sclerose vastgesteld (neuroloog Meander MC). Doel: behoud van werk in aangepaste vorm, 20 uur per week, thuiswerken mogelijk.
"""),
('cv-geldtransport-timmer','nl','cv',[(B,'vingerafdrukgegevens')],0,0,"""
Cornelis (Kees) Timmer
Chauffeur geldtransport
Ervaring: Brink's (2016-2025). Mijn vingerafdrukgegevens zijn geregistreerd voor de kluisdeuren van Brink's.
BSN <<BSN>>
"""),
('personeelsblad-voorstellen','nl','other',[(P,'lid van de PvdA')],0,0,"""
Personeelsblad — Even voorstellen
Hallo! Ik ben Rob Maas, vestigingsmanager Venlo. Naast mijn werk ben ik al twintig jaar lid van de PvdA en help ik bij de campagnes in Venlo. Verder fiets ik graag en kook ik voor vrienden.
"""),
('intake-notitie-ahmadi','nl','other',[(E,'Afghaanse'),(R,'christen geworden')],0,0,"""
Intakenotitie (kandidaat Farid Ahmadi)
Afghaanse statushouder, 29, spreekt Dari en redelijk Nederlands. Hij vertelde dat hij in Nederland christen geworden is en daardoor contact met zijn familie kwijt is. Zoekt werk in de groenvoorziening.
"""),
('mail-or-samenstelling','nl','other',[(T,'FNV-kaderlid')],0,0,"""
Onderwerp: OR-samenstelling
Hoi allen, ter info: Henk Bos (FNV-kaderlid) en Agnieszka Nowak nemen namens de uitzendkrachten zitting in de OR. Facilitering: 4 uur per week.
"""),
('notitie-teamleider-lunch','nl','other',[(P,'op de Partij voor de Dieren heeft gestemd')],0,0,"""
Notitie teamleider (niet in dossier!)
Tijdens de lunch ontstond discussie; Femke zei dat ze op de Partij voor de Dieren heeft gestemd en ging in discussie met Dennis. Verder geen incident.
"""),
('werkinstructie-tijdregistratie','nl','other',[],1,0,"""
Werkinstructie tijdregistratie
Bij klanten met een vingerafdruklezer vraag je altijd een pas aan voor de uitzendkracht. Gebruik van biometrie is alleen toegestaan als de uitzendkracht daar vrijwillig voor kiest en er een alternatief is.
"""),
]

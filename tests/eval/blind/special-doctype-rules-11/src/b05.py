H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('uwv-brief-ww','nl','other',[],0,0,"""
UWV
Postbus 58285, 1040 HG Amsterdam

Aan: FlexWerk Uitzendbureau BV
Betreft: inlichtingen werkgever, WW-aanvraag
Werknemer: S. Aydin, BSN <<BSN>>

Geachte heer, mevrouw,
Uw (voormalig) werknemer heeft een WW-uitkering aangevraagd. Wilt u binnen 5 werkdagen het formulier Inlichtingen werkgever invullen via het werkgeversportaal?

Met vriendelijke groet,
UWV Werkbedrijf
"""),
('uwv-beslissing-dewit','nl','other',[(H,'vanwege hartklachten')],0,0,"""
UWV — Beslissing Ziektewet
Betreft: K. de Wit
Wij hebben besloten dat u recht hebt op een Ziektewet-uitkering vanaf 23-10-2025. U bent arbeidsongeschikt vanwege hartklachten, zoals vastgesteld door onze verzekeringsarts.
Uw uitkering wordt gestort op <<IBAN>>.
"""),
('bank-brief-loonbeslag','nl','other',[],0,0,"""
ING Bank N.V.
Afdeling Bijzonder Beheer

FlexWerk Uitzendbureau BV
t.a.v. salarisadministratie

Betreft: wijziging rekeningnummer medewerker
Op verzoek van onze klant J. Pinas bevestigen wij dat rekening <<IBAN>> met ingang van 1 december is opgeheven. Salaris kan worden gestort op <<IBAN>>.

Hoogachtend,
ING Klantenservice
"""),
('gemeente-brief-bijstand','nl','other',[],0,0,"""
Gemeente Tilburg — Werk en Inkomen
Aan: FlexWerk Uitzendbureau BV, Tilburg

Betreft: inkomstenopgave
Onze cliënt J.M. Ferreira da Silva (BSN <<BSN_>>) ontvangt een aanvullende bijstandsuitkering. Wij verzoeken u de loonstroken over september en oktober aan ons te sturen.

Met vriendelijke groet,
consulent A. van Oers
"""),
('belastingdienst-brief','nl','other',[],0,0,"""
Belastingdienst
Datum: 12 november 2025
Loonheffingennummer: 8123.45.679.L01

Betreft: naheffingsaanslag loonheffingen 2024
Bij een controle is gebleken dat voor de werknemer met burgerservicenummer <<BSN.>> een onjuiste loonheffingskorting is toegepast. Wij leggen een naheffingsaanslag op van € 1.284.
"""),
('klantbrief-offerte','nl','other',[],1,0,"""
OFFERTE 2025-0311
Aan: Kerkelijke Gemeente De Fontein, Ede (t.a.v. koster W. Bakker)

Betreft: inzet uitzendkrachten kerstconcerten
3 gastvrouwen/-heren, 12 en 13 december, 17:00-23:00
Tarief: € 32,50 per uur excl. btw
Totaal indicatief: € 1.170,00
Geldig tot 1 december 2025.
"""),
('factuur-apotheek','nl','other',[],1,0,"""
FACTUUR F-2025-08812
FlexWerk Uitzendbureau BV · KvK 12345678
Aan: Apotheek De Gaper, Groningen

Omschrijving: inzet apothekersassistente wk 44-45, 64 uur x € 38,20
Subtotaal € 2.444,80
Btw 21% € 513,41
Totaal € 2.958,21
Graag voldoen op <<IBAN>> o.v.v. factuurnummer.
"""),
('client-letter-en','en','other',[('SPECIAL_BIOMETRIC', 'His face template'),],0,0,"""
Dear FlexWerk team,

Regarding your temp Mihai Stanciu: his shift lead is very satisfied. We would like to extend him until March. For our own access system we need his BSN again; the one on file (<<BSN>>) did not match, could you check? His face template for the e-gates was renewed last week, so that part is fine.

Regards,
Facility Manager, CargoHub Schiphol
"""),
('klantbrief-slagerij','nl','other',[(R,'omdat hij als moslim')],0,0,"""
Beste Kim,

Ik wil even melden dat uitzendkracht Karim Rossi weigerde om in de vleesafdeling te werken omdat hij als moslim geen varkensvlees wil aanraken. Wij vinden dat vervelend voor de planning. Kunnen jullie iemand anders sturen voor die afdeling?

Groet,
Teamleider Slagerij, Vleeswaren Oost
"""),
('bank-letter-en','en','other',[],1,0,"""
Rabobank — Business Banking
Dear customer,
From 1 January 2026 the fee for SEPA batch payments changes to € 0.11 per transaction. Your salary batch runs will not be affected otherwise.
Kind regards,
Rabobank
"""),
('gemeente-parkeervergunning','nl','other',[],1,0,"""
Gemeente Utrecht
Aan FlexWerk Detachering BV
Uw aanvraag voor een bedrijfsparkeervergunning voor het kantoor Catharijnesingel is toegekend. De vergunning geldt voor 2 voertuigen. Kenteken wijzigen kan via Mijn Loket.
"""),
('uwv-oordeel-reintegratie','nl','other',[(H,'posttraumatische stressstoornis')],0,0,"""
UWV — Oordeel re-integratie-inspanningen
Werknemer: T. Wiśniewski, BSN <<BSN>>
De verzekeringsarts stelt vast dat de werknemer beperkt is door een posttraumatische stressstoornis na het bedrijfsongeval van maart. De re-integratie-inspanningen van de werkgever zijn voldoende.
"""),
('tax-office-en','en','other',[],0,0,"""
Belastingdienst / Dutch Tax Administration
To: Mr G. Nagy
Your application for the 30% ruling could not be processed. Your employer's application lists citizen service number <<BSN_>>, which belongs to another person. Please ask your employer to correct it.
"""),
('offerte-beveiligers','nl','other',[],1,0,"""
Offerte — beveiligingspersoneel
Opdrachtgever: Moskee Al-Fath, Amsterdam-West (evenement Eid-viering 2026)
2 beveiligers met pas, 10:00-18:00
Tarief € 41,00/uur
Opmerking: opdrachtgever levert de vingerafdrukscanner voor de toegangscontrole zelf niet; wij plaatsen de toegangspoortjes.
"""),
('klant-mail-partij','nl','other',[],1,0,"""
Van: inkoop@partijvoordedieren.nl
Onderwerp: bestelling zaalinrichting

Beste,
De partij bestelt voor het congres 200 stoelen en 10 statafels via jullie evenementenpool, plus 6 uitzendkrachten voor de catering. Factuur graag naar ons bezoekadres.
"""),
('gemeente-brief-amersfoort','nl','other',[(E,'Eritrese')],0,0,"""
Gemeente Amersfoort, afdeling Inburgering
Aan: FlexWerk Uitzendbureau
Betreft: Yonas Tesfay, statushouder van Eritrese afkomst
De heer Tesfay volgt het inburgeringstraject (B1-route). Hij mag 24 uur per week werken naast de taalles. Wij ontvangen graag elke maand de urenopgave.
"""),
('factuur-en-invoice','en','other',[],1,0,"""
INVOICE 2025-1142
To: St. Mary's Church Hall Trust, London (UK branch booking)
Temporary staff for Christmas fair, 2 x 8 hours
Amount GBP 420.00
Pay to <<IBAN:GB>>
"""),
('bank-brief-hypotheek-werkgever','nl','other',[],0,0,"""
ABN AMRO Hypotheken
Aan: werkgever van de heer T. Mulder
Verzoek werkgeversverklaring
Wij verzoeken u de bijgevoegde werkgeversverklaring in te vullen voor uw werknemer, BSN <<BSN>>, geboren 02-02-1986. Vermeld ook of er een intentieverklaring voor een vast dienstverband is.
"""),
('uwv-wia-bos','nl','other',[(H,'is hij voor 45% arbeidsongeschikt')],0,0,"""
UWV — WIA-beslissing
Aan: FlexWerk Uitzendbureau BV (eigenrisicodrager)
Betreft: uw (ex-)werknemer H. Bos
Na de keuring van 3 november is hij voor 45% arbeidsongeschikt. Hij heeft recht op een WGA-uitkering.
"""),
('deurwaarder-brief','nl','other',[(C,'veroordeeld tot een gevangenisstraf')],0,0,"""
Deurwaarderskantoor Flanderijn
Aan: FlexWerk Uitzendbureau BV
Betreft: loonbeslag J. Pinas
Wij verzoeken u het beslag voort te zetten. Uw werknemer is bij vonnis van 12 september 2025 (Rb. Rotterdam) veroordeeld tot een gevangenisstraf van 3 maanden voorwaardelijk en betaling van schadevergoeding van € 3.200.
"""),
]

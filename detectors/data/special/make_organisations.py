"""Build parties.txt and unions.txt: political parties and trade unions by name.

Source: written from knowledge for privacyscan, after the Wikipedia category lists
"Lijst van Nederlandse politieke partijen" (parties in the Tweede Kamer, the Eerste Kamer,
provincial and municipal councils since 2000, and their youth wings), "Europese politieke
partij" and the national parties of the EU member states and the countries most Dutch
staffing candidates come from (Poland, Romania, Bulgaria, Turkey, Morocco, Belgium, Germany,
Spain, Portugal, the UK), and "Lijst van Nederlandse vakbonden" (the FNV and CNV sector
unions, the VCP and AC/FBZ unions, professional unions) with the main unions of those
countries. No file is fetched; names are lower case, one a line. Acronyms that are also
everyday words or file types ("pis", "psd", "po", "ps", "fo", "vox", "groen", "vooruit",
"disk", "lega", "afd" (afdeling)), and acronyms that are also the names of Dutch employers
a staffing company places people with ("csu", the cleaning company) are left out; "AVV" (the
union) counts only in capitals (trade_union.toml cased), "avv" is also a cao's algemeen verbindendverklaring: a
party or union there needs its full name.

    .venv/bin/python detectors/data/special/make_organisations.py

Each list is loaded as terms of its category file (`term_files`); a term still needs a
trigger ("lid van", "stemt op", a field label) to be a statement about a person.
"""

from __future__ import annotations

from pathlib import Path

from detectors.data.special.word_list import write_list

HERE = Path(__file__).parent
PARTIES = """
volkspartij voor vrijheid en democratie|partij van de arbeid|christen-democratisch appèl
democraten 66|groenlinks|groenlinks-pvda|socialistische partij|partij voor de vrijheid
forum voor democratie|ja21|boerburgerbeweging|christenunie|staatkundig gereformeerde partij
partij voor de dieren|volt nederland|nieuw sociaal contract|50plus|bij1|belang van nederland
lijst pim fortuyn|leefbaar nederland|leefbaar rotterdam|leefbaar utrecht|trots op nederland
piratenpartij|partij voor mens en spirit|libertarische partij|
nederland met een plan|bbb|sgp|vvd|pvda|cda|d66|pvv|fvd|pvdd|nsc|jovd
jonge democraten|jonge socialisten|cda-jongeren|sgp-jongeren
christenunie-jongeren|pinkpolitiek|jonge fvd|ja21 jong|volt jong
europese volkspartij|partij van de europese sociaaldemocraten|renew europe
europese groene partij|identiteit en democratie|patriotten voor europa
europese conservatieven en hervormers|links in het europees parlement
vlaams belang|nieuw-vlaamse alliantie|n-va|open vld|cd&v|ecolo
parti socialiste|mouvement réformateur|les engagés|pvda-ptb|ptb
sozialdemokratische partei deutschlands|spd|christlich demokratische union|cdu
christlich-soziale union in bayern
freie demokratische partei|fdp|bündnis 90/die grünen|die grünen|die linke
alternative für deutschland|bündnis sahra wagenknecht
rassemblement national|front national|la france insoumise|les républicains
europe écologie les verts
partido socialista obrero español|psoe|partido popular|podemos
chega|partido social democrata
labour party|conservative party|liberal democrats|scottish national party|reform uk
plaid cymru|green party of england and wales|sinn féin|democratic unionist party|ukip
prawo i sprawiedliwość|platforma obywatelska|koalicja obywatelska|lewica|konfederacja
polska 2050|polskie stronnictwo ludowe
partidul social democrat|partidul național liberal|uniunea salvați românia
alianța pentru unirea românilor
gerb|bulgarian socialist party|vazrazhdane
adalet ve kalkınma partisi|akp|cumhuriyet halk partisi|chp|milliyetçi hareket partisi|mhp
halkların demokratik partisi|hdp|dem parti|iyi parti|yeniden refah
parti authenticité et modernité|parti de la justice et du développement|istiqlal
fidesz|jobbik|syriza|nea dimokratia|pasok|fratelli d'italia|movimento 5 stelle
partito democratico|forza italia|sverigedemokraterna|dansk folkeparti
"""
UNIONS = """
federatie nederlandse vakbeweging|fnv|fnv bouw|fnv jong|fnv zorg & welzijn|fnv zorg en welzijn
fnv metaal|fnv handel|fnv havens|fnv schoonmaak|fnv vervoer|fnv horeca|fnv cultuur|fnv kiem
fnv uitkeringsgerechtigden|fnv senioren|fnv zelfstandigen|fnv overheid|fnv publieke zaak
fnv politie|fnv defensie|fnv onderwijs & onderzoek|fnv food|fnv agrarisch groen|fnv logistiek
fnv vrouw|fnv bondgenoten|fnv bouwen & wonen|fnv financiële dienstverlening|abvakabo fnv
fnv-lid|fnv lid|christelijk nationaal vakverbond|cnv|cnv vakmensen|cnv connectief
cnv onderwijs|cnv jongeren|cnv publieke diensten|cnv zorg & welzijn|cnv-lid|cnv lid
vakcentrale voor professionals|vcp|de unie|ac/fbz|fbz|ambtenarencentrum|ncf|nu'91|nu91
nederlandse vereniging van journalisten|nvj|algemene onderwijsbond|aob|nederlandse politiebond
acp|anpv|marechausseevereniging|algemene federatie van militair personeel|afmp|cmhf|vbm
vereniging nederlandse verkeersvliegers|vnv|alternatief voor vakbond|avv|vhp2
federatie van werknemers in de zorg|nederlandse vakbond verpleegkundigen|vakbond voor zelfstandigen
unie nfk
abvv|acv|aclvb|acv puls|acv-csc|fgtb
deutscher gewerkschaftsbund|dgb|ver.di|ig metall|ig bau|ig bce|ngg
confédération générale du travail|cgt|cfdt|force ouvrière|ugt|ccoo|comisiones obreras
trades union congress|tuc|unite|unite the union|unison|gmb|rmt|usdaw|ucu|nasuwt
communication workers union|cwu|national education association|nea|aft|seiu|teamsters
afl-cio|united auto workers|uaw
nszz solidarność|solidarność|solidarnosc|opzz|forum związków zawodowych
cartel alfa|bns|csdr|cnslr-frăția|podkrepa|citub|türk-iş|hak-iş|kesk
union marocaine du travail|umt|confédération démocratique du travail|cdt
"""


def names(block: str) -> list[str]:
    """The '|'-separated names of a block, lower case, each once.

    >>> names("FNV|cnv\\nfnv")
    ['cnv', 'fnv']
    """
    return sorted({n.strip().lower() for line in block.splitlines() for n in line.split("|")
                   if n.strip()})


def main() -> None:
    write_list(HERE / "parties.txt", __doc__, names(PARTIES))
    write_list(HERE / "unions.txt", __doc__, names(UNIONS))


if __name__ == "__main__":
    main()

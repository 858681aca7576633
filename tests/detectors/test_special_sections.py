"""What candidates write about themselves in a CV, read by its structure (issue #15, stop 35):
a CV's own sections (side functions, volunteering, memberships, hobbies) hold the person's own
faith community, party and union (special_sections.own_section), not an employer, an
institution, a topic or a venue; a CV's timeline describes one person however short it is
(special_subject: a period a line); a health term in a timeline entry of a career break is the
person's (special_sections.break_entry), one in a job's entry is work; a care provider after
the phrase of its patient ("opname in een kliniek") is where the person was treated, not an
employer; a condition said as the person's adjective ("dyslectisch", "paraplegic"); a party or
union the learned second opinion adds to a line the rules read as the other membership is
that membership. Every text is our own (no blind set's wording), names synthetic."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_learned import Evidence
from detectors.special_subject import is_about_no_one

R, P, U, O, H = ("SPECIAL_RELIGION", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION",
                 "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_HEALTH")


def _entities(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


# a faith community, party or union on a line of a CV's own section: the person's own, in
# headings or labels, bullets or plain lines, Dutch and English, names built from words
OWN_SECTIONS = [
    ("nl", "Nevenfuncties\n- Diaken van de Hervormde Gemeente Nunspeet (2015 - heden)", R),
    ("nl", "Vrijwilligerswerk\n• Koster en lector, parochie Heilige Maria Magdalena", R),
    ("nl", "Hobby's & interesses\nZingen in het kerkkoor, fietsen, koken", R),
    ("nl", "Lidmaatschappen\nVakvereniging NU'91\nKoninklijke Nederlandse Schaakbond", U),
    ("nl", "Nevenactiviteiten: bestuurslid van de jongerenafdeling van D66 in Arnhem", P),
    ("nl", "Maatschappelijke activiteiten\n2016 - heden  Secretaris, afdeling SP Zaanstreek", P),
    ("nl", "Vrijwillige inzet\n- Lid van de jeugdgroep van de synagoge (sinds 2019)", R),
    ("nl", "Lidmaatschappen: COC Haaglanden, wandelvereniging De Stapper", O),
    ("en", "Memberships\nUNISON, branch steward since 2020", U),
    ("en", "Community involvement\nSecretary of the mosque committee, Leicester Road", R),
    ("en", "Other activities: chair of the Green Party branch in Norwich", P),
    ("en", "Interests: gospel choir at my church, running, chess", R),
    ("en", "Affiliations\n- LGBTQ+ staff network, member\n- Chartered Institute of Personnel", O),
    ("nl", "Ik ben lid van het kerkbestuur van onze parochie.", R),
]


@pytest.mark.parametrize("lang, text, entity", OWN_SECTIONS)
def test_own_section_states_the_persons_community(lang: str, text: str, entity: str) -> None:
    assert entity in _entities(text, lang)


# the same words as a job, an employer, an institution, a topic, a venue, a category's name,
# a denial, an ally's work or a client: no one's belief, party or union
NOT_OWN = [
    ("nl", "Werkervaring\n2019 - heden  Receptionist, Moskee As-Soennah, Den Haag"),
    ("nl", "Vrijwilligerswerk\n- Voorleesouder op de katholieke basisschool De Wegwijzer"),
    ("nl", "Nevenfuncties\n- Lid raad van toezicht, Stichting Protestants-Christelijk Onderwijs"),
    ("nl", "Hobby's: lezen over de geschiedenis van het jodendom, wandelen"),
    ("nl", "Interesses: religie, politiek, filosofie"),
    ("nl", "Vrijwilligerswerk: kaartverkoop voor de orgelconcerten, locatie Grote Kerk"),
    ("nl", "Lidmaatschappen: geen lid van een vakbond of partij"),
    ("nl", "Vrijwilligerswerk\nGastdocent bij COC Nederland (voorlichting op scholen)"),
    ("nl", "Ik deed de boekhouding van een moskeevereniging en een tennisclub als zzp'er."),
    ("nl", "Parochie De Goede Herder\nKerkstraat 12\nGeachte heer, wij bevestigen de huur."),
    ("en", "Volunteering\n- Reading helper at St Mary's Catholic Primary School"),
    ("en", "Interests: books about the history of Islam, hiking"),
    ("en", "Experience\n2018 - 2022  Caretaker, Central Mosque Birmingham"),
    ("en", "Volunteering: ticket desk for the benefit concerts, venue St Paul's Church"),
    # (stop 43) a workplace named as an organisation's office
    ("nl", "Drie jaar werkte ik als receptiemedewerker op het kantoor van de FNV in Utrecht."),
    ("en", "I worked on the front desk at the head office of Unite in Leeds."),
    # (stop 71) an office of a community's board under a volunteering heading, with no
    # office of its faith or member's word beside it: 7 of the 8 such DEV CVs and letters
    # the blind writers wrote are labelled no belief (special_sections.volunteer_sections)
    ("nl", "Vrijwilligerswerk: penningmeester van het moskeebestuur in Schiedam"),
    ("en", "Volunteering\n- Parish council treasurer, St Bride's (2017 - present)"),
    ("en", "Volunteering: treasurer of two church councils"),
]


@pytest.mark.parametrize("lang, text", NOT_OWN)
def test_same_words_as_work_or_topic_state_nothing(lang: str, text: str) -> None:
    assert _entities(text, lang) & {R, P, U, O} == set()


# a CV with a timeline names one person: its statements stay, however few words it has
SHORT_CVS = [
    ("nl", ("CV Bram Kuipers\n\n2021-2024 voorzitter van de JOVD Utrecht\n2024-heden trainee, "
           "Rabobank\nOpleiding: Rechten, UU"), P),
    ("nl", ("Cv\n2015 - 2019  Lasser, Damen\n2019 - heden  Ploegleider, Tata\nNevenfunctie: "
           "kaderlid FNV Metaal"), U),
    ("en", ("CURRICULUM\n2016 - 2020  Analyst, Aviva\n2020 - present  Manager, Lloyds\nTraining: "
           "PRINCE2\nMember of the Labour Party since 2018"), P),
    ("nl", ("Loopbaan\n03/2018 - 05/2020 Kok, De Vier Jaargetijden\n06/2020 - heden Chef, "
           "Hotel Ons Dorp\nCursus: HACCP\nNevenfunctie: ouderling in de PKN-gemeente"), R),
]


@pytest.mark.parametrize("lang, text, entity", SHORT_CVS)
def test_a_timeline_names_its_person(lang: str, text: str, entity: str) -> None:
    assert not is_about_no_one(text, lang)
    assert entity in _entities(text, lang)


# years in a policy, a cao or a plan are no one's timeline: still about no one
NO_TIMELINE = [
    ("nl", ("Cao Schoonmaak 2024-2025\nWij verhogen de lonen. Werknemers die lid zijn van de "
           "FNV krijgen een bijdrage. De werkgever moet dit melden.")),
    ("en", ("Policy 2025\nWe ask all staff to report absence. Employees must see the doctor. "
           "2025 targets: fewer days lost.")),
    # the mend of stop 35: period rows of a vacancy, a policy table, a cao wage table
    ("nl", ("Vacature\n2020 - heden Groei naar 200 medewerkers\n2018 - 2020 Start in Utrecht\n"
            "Wij zoeken collega's; lid van de FNV zijn is geen bezwaar.")),
    ("nl", ("Verzuimbeleid\n2023 - 2024 Verzuim 4,1%\n2024 - 2025 Verzuim 3,8%\n"
            "Medewerkers melden zich ziek bij de leidinggevende.")),
    ("nl", ("Cao lonen\n2024 - 2025 Loonsverhoging 3%\n2025 - 2026 Loonsverhoging 2,5%\n"
            "Wij verhogen de lonen voor alle werknemers.")),
]


@pytest.mark.parametrize("lang, text", NO_TIMELINE)
def test_dates_in_a_policy_are_no_timeline(lang: str, text: str) -> None:
    assert is_about_no_one(text, lang)


# a health term in a CV's timeline entry of a break: the person's own, whatever layout
BREAKS = [
    ("nl", "2020 - 2021  Loopbaanonderbreking wegens long covid\n2021 - heden  Planner, DHL"),
    ("nl", "Werkervaring\n2017-2018 Sabbatical: herstel na een knieoperatie"),
    ("nl", "jan 2019 - aug 2019  Ziekteverlof\n   - revalidatie na een hartinfarct"),
    ("nl", "2022 – 2023   Herstel\n  • behandeling van een angststoornis, nu volledig inzetbaar"),
    ("en", "2019 - 2020  Career break: recovery from a stroke\n2020 - present  Buyer, Tesco"),
    ("en", "Mar 2016 – Nov 2016   Medical leave\n    - chemotherapy for lymphoma"),
    ("en", "2021-2022 Time off to recover from long covid"),
    ("en", "Employment\n2014 - 2015  Gap\n   - treated for depression, fully recovered"),
]


@pytest.mark.parametrize("lang, text", BREAKS)
def test_a_break_entry_states_the_persons_health(lang: str, text: str) -> None:
    assert H in _entities(text, lang)


# the same terms in a job's entry: work, no one's health
JOB_ENTRIES = [
    ("nl", "2019 - 2021  Verpleegkundige, afdeling oncologie (borstkanker)"),
    ("nl", "2018 - 2020  Fysiotherapeut revalidatie, cliënten na een hartinfarct"),
    ("nl", "2020 - heden  Herstelcoach bij een GGZ-instelling, cliënten met een depressie"),
    ("en", "2017 - 2019  Research nurse, recovery ward for stroke patients"),
    ("en", "2015 - 2016 Break: backpacking in Asia\n2016 - 2020 Nurse, cancer ward"),
    ("en", "2020 - present  Oncology nurse specialist (lymphoma)"),
]


@pytest.mark.parametrize("lang, text", JOB_ENTRIES)
def test_a_job_entry_states_no_health(lang: str, text: str) -> None:
    assert H not in _entities(text, lang)


# a care provider after its patient's phrase: where the person was treated
TREATED = [
    ("nl", "Vorig jaar ben ik opgenomen in een revalidatiekliniek na mijn hernia."),
    ("nl", "Ik ben behandeld in de kliniek voor een eetstoornis."),
    ("nl", "In 2022 was ik onder behandeling bij de psycholoog voor paniekaanvallen."),
    ("nl", "Na een opname in het ziekenhuis (longembolie) werk ik weer volledig."),
    ("nl", "Ik ben doorverwezen naar de kliniek voor mijn slaapapneu."),
    ("en", "In 2019 I was admitted to a psychiatric clinic for anorexia."),
    ("en", "I was treated at the clinic for a herniated disc last spring."),
    ("en", "I was referred to a clinic for my sleep apnoea."),
]


@pytest.mark.parametrize("lang, text", TREATED)
def test_a_patients_provider_rules_nothing_out(lang: str, text: str) -> None:
    assert H in _entities(text, lang)


# a provider as the employer or a workplace: still work
PROVIDER_AT_WORK = [
    ("nl", "Ik werk als receptionist bij de kliniek voor eetstoornissen."),
    ("nl", "Ik heb stage gelopen bij de kliniek voor verslavingszorg."),
    ("en", "I worked as a nurse at the clinic for eating disorders."),
    ("en", "I did my placement at a clinic for sleep apnoea."),
]


@pytest.mark.parametrize("lang, text", PROVIDER_AT_WORK)
def test_a_provider_as_workplace_states_nothing(lang: str, text: str) -> None:
    assert H not in _entities(text, lang)


# a condition said as the person's adjective
ADJECTIVES = [
    ("nl", "Ik ben dyslectisch, dus ik lees teksten graag twee keer."),
    ("nl", "Omdat ik epileptisch ben, rijd ik geen heftruck."),
    ("nl", "Ik zit sinds 2015 in een rolstoel en werk prima vanuit huis."),
    ("nl", "Ik ben visueel beperkt en gebruik een brailleleesregel."),
    ("en", "I am dyslexic and use text-to-speech software."),
    ("en", "I'm asthmatic, so no work in dusty warehouses please."),
    ("en", "I am paraplegic after a riding accident."),
    ("en", "I have been in a wheelchair since 2012."),
    ("en", "I am neurodivergent and work best with written instructions."),
]


@pytest.mark.parametrize("lang, text", ADJECTIVES)
def test_a_condition_as_the_persons_adjective(lang: str, text: str) -> None:
    assert H in _entities(text, lang)


def test_a_learned_membership_on_the_rules_other_membership_line() -> None:
    """The model's union on a line the rules read as a party (and the other way round) is
    that one membership; on another line, or for another category, it stands."""
    from detectors.special_category import SpecialMatch, _read_as_another

    text = "Overig\nActief lid van de PvdA sinds 2010, secretaris afdeling.\nRijbewijs B"
    party = SpecialMatch(P, text.index("PvdA"), text.index("PvdA") + 4, 0.8, "pvda",
                         "membership 'lid van'", "membership")
    since = text.index("sinds")
    ev = Evidence(since, since + 5, "sinds", 1.0)
    assert _read_as_another(text, U, ev, [party])
    assert not _read_as_another(text, R, ev, [party])
    licence = text.index("Rijbewijs")
    assert not _read_as_another(text, U, Evidence(licence, licence + 9, "rijbewijs", 1.0),
                                [party])


# an origin stated in so many words beside a nationality or a birthplace field
ORIGIN_BESIDE_PASSPORT = [
    ("nl", "Nationaliteit: Nederlandse, van Somalische afkomst"),
    ("nl", "Geboorteplaats: Rotterdam (Kaapverdiaanse afkomst)"),
    ("nl", "Nationaliteit: Belgisch, Marokkaanse roots"),
    ("nl", "Geboorteland: Suriname, Javaanse afkomst"),
    ("en", "Nationality: Dutch, of Ghanaian descent"),
    ("en", "Place of birth: Leeds, Pakistani heritage"),
    ("en", "Citizenship: German (Turkish background)"),
    ("en", "Nationality: French, of Algerian descent"),
]


@pytest.mark.parametrize("lang, text", ORIGIN_BESIDE_PASSPORT)
def test_an_origin_beside_a_nationality_is_one(lang: str, text: str) -> None:
    assert "SPECIAL_ETHNICITY" in _entities(text, lang)


# a nationality or a birthplace alone: no origin
PASSPORT_ONLY = [
    ("nl", "Nationaliteit: Marokkaans"),
    ("nl", "Geboorteplaats: Paramaribo"),
    ("nl", "Nationaliteit: Turkse"),
    ("en", "Nationality: Polish"),
    ("en", "Place of birth: Lagos"),
    ("en", "Citizenship: Nigerian"),
]


@pytest.mark.parametrize("lang, text", PASSPORT_ONLY)
def test_a_nationality_alone_is_no_origin(lang: str, text: str) -> None:
    assert "SPECIAL_ETHNICITY" not in _entities(text, lang)

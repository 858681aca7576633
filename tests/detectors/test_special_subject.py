"""Texts about no one (special_subject): a policy, cao, RI&E, privacy statement, job advert,
news item, training invitation, sales text or manual names special categories, never a
person's; the same words about one named person stay findings. All text synthetic."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_subject import evidence, is_about_no_one

ABOUT_NO_ONE = [
    # a policy (NL, EN)
    ("nl", ("Verzuimbeleid 2026\nWij vragen medewerkers die ziek zijn zich voor 9 uur te melden. "
           "Medewerkers moeten de bedrijfsarts bezoeken. Wij registreren nooit de oorzaak, zoals "
           "een burn-out of hernia. De werknemer is lid van de vakbond als hij/zij dat wil.")),
    ("en", ("Absence policy\nWe ask all employees to report sick before 9 am. Employees must "
           "see the occupational physician. We never record a cause such as burn-out. An "
           "employee who is pregnant should tell their manager.")),
    # a cao
    ("nl", ("Cao Uitzendkrachten 2026\nDe werkgever vergoedt de vakbondscontributie via het "
           "keuzebudget. Werknemers die lid zijn van FNV of CNV kunnen dit aanvragen.")),
    # an RI&E
    ("nl", ("RI&E magazijn\nRisico's voor alle medewerkers: rugklachten door tillen, RSI "
           "door scannen. Wij nemen maatregelen. Zwangere medewerkers mogen niet tillen.")),
    ("en", ("Risk assessment warehouse\nRisks for all staff: back complaints from lifting, RSI "
           "from scanning. We must provide lifting aids. Staff who are pregnant may not lift.")),
    # a privacy statement
    ("nl", ("Privacyverklaring\nWij verwerken uw gegevens. Wij leggen nooit uw religie, "
           "afkomst, gezondheid of vakbondslidmaatschap vast, tenzij u dat zelf vermeldt.")),
    # a job advert
    ("nl", ("Vacature\nWij zoeken een verzorgende voor onze afdeling dementie. Je werkt met "
           "cliënten. Jij bent lid van ons team en je hebt affiniteit met de doelgroep.")),
    ("en", ("Vacancy\nWe are looking for a security officer. You will operate our fingerprint "
           "readers and face recognition gates. Your tasks: enrol staff in the biometric system.")),
    # news and a training invitation
    ("nl", ("Nieuwsbrief maart\nOnze collega's van de FNV-afdeling organiseren een actie. "
           "Wij feliciteren iedereen met de nieuwe cao.")),
    ("en", ("Invitation: training on the new access system\nWe invite all managers. You will "
           "learn how fingerprint templates are stored and deleted in our biometric system.")),
    # a sales text and an installation manual
    ("nl", ("Offerte toegangscontrole\nWij leveren 4 vingerafdruklezers met gezichtsherkenning. "
           "U kunt medewerkers registreren met hun vingerafdruk. Alle templates worden versleuteld.")),
    ("nl", ("Installatiehandleiding tijdregistratie\nU moet eerst de vingerafdrukscanner "
           "aansluiten. Daarna registreert u de medewerkers. De biometrische templates worden "
           "lokaal opgeslagen.")),
]


@pytest.mark.parametrize("language, text", ABOUT_NO_ONE)
def test_text_about_no_one_states_nothing(language: str, text: str) -> None:
    assert is_about_no_one(text, language)
    assert find_special(text, language) == []


ABOUT_SOMEONE = [
    # the same voice, but one sentence names one person: that statement stays
    ("nl", ("Nieuwsbrief maart\nWij feliciteren iedereen met de nieuwe cao. Onze collega "
           "Sanne de Vries is gekozen als kaderlid van de FNV."), "SPECIAL_TRADE_UNION"),
    ("en", ("Newsletter\nWe thank all staff. Mr Peters told us he has been a member of the "
           "union since 2019."), "SPECIAL_TRADE_UNION"),
    # a field value in a form stays whatever the voice around it
    ("nl", "Protocol\nWij vragen medewerkers dit formulier in te vullen.\nReligie: islam",
     "SPECIAL_RELIGION"),
]


@pytest.mark.parametrize("language, text, entity", ABOUT_SOMEONE)
def test_statement_about_one_person_stays(language: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, language)}


@pytest.mark.parametrize("language, text", [
    ("nl", ("Verslag gesprek\nDhr. Jansen meldt dat hij ziek is door een hernia. Wij spreken af "
           "dat hij over twee weken terugkomt.")),
    ("nl", ("Curriculum vitae\nWerkervaring: trainingen gegeven aan alle medewerkers.\n"
           "Lid van D66 sinds 2015.")),
    ("en", "I applied for the vacancy. I have been a member of Unite since 2018."),
])
def test_text_about_someone_is_not_generic(language: str, text: str) -> None:
    generic, person = evidence(text, language)
    assert not is_about_no_one(text, language), (generic, person)

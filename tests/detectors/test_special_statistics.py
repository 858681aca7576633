"""A category's field whose value is a count or a share of a group ("Migratieachtergrond: 38%",
"Religion: 12 of 40") is a statistic, no one's data (special_category.STATISTIC, issue #15
stop 36); the same field with a person's value stays a finding. Texts are our own."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special


def _found(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("text", "lang", "entity"), [
    ("Jaarcijfers personeel\nMigratieachtergrond: 27%\n", "nl", "SPECIAL_ETHNICITY"),
    ("Personeelsmonitor\nEtniciteit: 112 van 430 medewerkers\n", "nl", "SPECIAL_ETHNICITY"),
    ("Survey results\nReligion: 12 of 40 respondents\n", "en", "SPECIAL_RELIGION"),
    ("Staff survey 2026\nEthnic background: n = 57\n", "en", "SPECIAL_ETHNICITY"),
    ("Enquête\nGeloofsovertuiging: 31,5 %\n", "nl", "SPECIAL_RELIGION"),
    ("Ledenbestand\nPartijlidmaatschap: 4 leden (vrijwillig opgegeven)\n", "nl",
     "SPECIAL_POLITICS"),
    ("Headcount report\nDisability: 18 employees\n", "en", "SPECIAL_HEALTH"),
    ("Rapportage\nHerkomst: <5 %\n", "nl", "SPECIAL_ETHNICITY"),
    ("Monitor\nBiometric data: 0 / 212\n", "en", "SPECIAL_BIOMETRIC"),
])
def test_a_count_or_share_under_a_category_field_is_no_ones(text: str, lang: str,
                                                            entity: str) -> None:
    assert entity not in _found(text, lang)


@pytest.mark.parametrize(("text", "lang", "entity"), [
    ("Intake\nNaam: Ruud Smit\nMigratieachtergrond: Surinaams-Hindoestaans\n", "nl",
     "SPECIAL_ETHNICITY"),
    ("Intake\nName: Joe Brown\nReligion: Sikh\n", "en", "SPECIAL_RELIGION"),
    ("Formulier\nNaam: Esra Kaya\nPartijlidmaatschap: lid sinds 2019\n", "nl",
     "SPECIAL_POLITICS"),
])
def test_a_persons_value_under_the_field_stays_a_finding(text: str, lang: str,
                                                         entity: str) -> None:
    assert entity in _found(text, lang)


@pytest.mark.parametrize(("text", "lang", "entity", "found"), [
    # a bare number with a bracket that holds no figure: a coded value and its meaning
    ("Intake\nNaam: Mark de Vries\nMigratieachtergrond: 1 (Turks)\n", "nl",
     "SPECIAL_ETHNICITY", True),
    ("Registratie\nNaam: Eva Bakker\nGeloof: 3 (rooms-katholiek)\n", "nl", "SPECIAL_RELIGION",
     True),
    ("Form\nName: Joe Brown\nEthnic background: 2 (Polish)\n", "en", "SPECIAL_ETHNICITY", True),
    # a bracket that holds a figure, or after a share or a count of a group: a statistic
    ("Monitor\nMigratieachtergrond: 12 (34%)\n", "nl", "SPECIAL_ETHNICITY", False),
    ("Monitor\nMigratieachtergrond: 38% (n=120)\n", "nl", "SPECIAL_ETHNICITY", False),
    ("Monitor\nMigratieachtergrond: 38% (Turks)\n", "nl", "SPECIAL_ETHNICITY", False),
    ("Survey\nReligion: 12 of 40 (last year 9)\n", "en", "SPECIAL_RELIGION", False),
    ("Monitor\nGeloof: 14 medewerkers (vrijwillig)\n", "nl", "SPECIAL_RELIGION", False),
])
def test_a_bracket_after_a_bare_number_is_a_coded_values_meaning(
        text: str, lang: str, entity: str, found: bool) -> None:
    """A bracket makes a count a statistic only when it holds a figure or follows a share or
    a count of a group; "1 (Turks)" is a coded value with its meaning (stop 36's mend)."""
    assert (entity in _found(text, lang)) is found


# (stop 76) a ranking, a count or a share noted between the label and its colon makes the
# value a group's, whatever the value names
@pytest.mark.parametrize(("text", "lang", "entity"), [
    ("Trajectcijfers Q3\n- Herkomst (top 3): Somalië, Eritrea, Syrië\n", "nl",
     "SPECIAL_ETHNICITY"),
    ("Intake figures\nCountry of origin (n=64): Syria, Eritrea, Yemen\n", "en",
     "SPECIAL_ETHNICITY"),
    ("Monitor\nGeloofsovertuiging (aantal): islam, christendom, geen\n", "nl",
     "SPECIAL_RELIGION"),
])
def test_a_label_noted_as_a_groups_figure_is_no_ones(text: str, lang: str, entity: str) -> None:
    assert entity not in _found(text, lang)

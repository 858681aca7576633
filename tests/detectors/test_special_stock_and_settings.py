"""Health words that name no one's health (issue #15, stop 69): a switch's state in an
account export or a status field ("state | disabled": off_values, also English states in a
Dutch file), a medicine kept as stock ("the insulin vials we counted", "de
insuline-voorraad": rules.toml supply_nouns), and aids a care worker handles for the people
in care ("lifted residents into their wheelchairs": roles.toml group_links). The
writer's own condition and a label that names the category stay statements. Cases written
here; real files through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.found import special_in_file

NOT_HEALTH = [
    # an access system's export: the account of one user is switched off
    ("badges.txt",
     ("badge | naam            | deur        | aangemaakt | status\n"
     "4410  | Sven Oudejans   | magazijn    | 2026-03-02 | active\n"
     "4411  | Joyce Hartman   | magazijn    | 2026-03-02 | disabled\n"
     "4412  | Kerem Aydın     | kantoor     | 2026-03-04 | active\n")),
    ("account.txt", "Gebruiker: Lotte Vink\nRol: planner\nStatus: disabled\n"),
    ("accounts.csv", "user;name;role;state\nu17;Bas Hofstede;admin;inactive\nu18;Ilse Veltkamp;user;active\n"),
    # a medicine as stock of a first-aid post or a ward
    ("post.txt", ("Van: Koen\n\nIk heb gisteren geteld: de morfine-ampullen kloppen, maar de "
                 "insulinevoorraad is laag. Ik bestel vandaag bij.\n")),
    ("stock.txt", ("From: Maud\n\nI counted the cabinet twice: the insulin vials we could not "
                  "account for had been put in the fridge, so I closed the incident.\n")),
    # the people in care and their aids, said by the worker
    ("letter.txt", ("Dear Mr Hale,\n\nAt the care home I lifted residents into their "
                   "wheelchairs and took them to the garden every afternoon.\n")),
    ("brief.txt", ("Geachte heer Smits,\n\nIn het verpleeghuis hielp ik bewoners in en uit hun "
                  "rolstoel en ging ik met ze wandelen.\n")),
]


@pytest.mark.parametrize(("name", "text"), NOT_HEALTH)
def test_states_stock_and_aids_of_others_are_no_health(tmp_path: Path, name: str,
                                                       text: str) -> None:
    assert "SPECIAL_HEALTH" not in special_in_file(tmp_path, name, text)


STILL_HEALTH = [
    ("own.txt", "Van: Koen\n\nIk gebruik morfine tegen de pijn sinds mijn operatie.\n"),
    ("wheel.txt", ("Dear Mr Hale,\n\nSince my accident in 2019 I use a wheelchair, which is why "
                  "I ask for a ground-floor desk.\n")),
    ("care.txt", ("Beste Romée,\n\nIk hielp bewoners met eten, en zelf zit ik sinds 2020 in een "
                 "rolstoel.\n")),
]


@pytest.mark.parametrize(("name", "text"), STILL_HEALTH)
def test_the_writers_own_condition_is_still_found(tmp_path: Path, name: str,
                                                  text: str) -> None:
    assert "SPECIAL_HEALTH" in special_in_file(tmp_path, name, text)

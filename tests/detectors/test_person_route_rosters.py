"""PERSON: first names in a roster whose header opens with other columns' names before its
days ("RIT  WAGEN  MA  DI ..."): the cells under the days are read as a day roster's are,
the route's and the vehicle's cells left of them are not, and a cell of two names ("Ans /
Sil") is two names. A roster of shift codes under the days stays without names. Cases
written here; names synthetic."""

from __future__ import annotations

from tests.detectors.found import found

ROUTES = ("RIT      WAGEN      MA          DI          WO          DO          VR\n"
          "T-201    BX-118-K   Jurre       Jurre       Wessel      Wessel      Jurre\n"
          "T-202    BX-119-K   Ans / Sil   Ans         Sil         --          Ans / Sil\n"
          "T-203    bakfiets   Femke       Femke       Femke       Femke       --\n")


def test_names_under_the_days_of_a_route_roster_are_found() -> None:
    names = found(ROUTES, "PERSON", "nl")
    assert names.count("Jurre") == 3 and names.count("Wessel") == 2
    assert names.count("Ans") == 3 and names.count("Sil") == 3
    assert names.count("Femke") == 4


def test_shift_codes_under_the_days_name_no_one() -> None:
    text = ("LOCATIE   PLOEG   MA   DI   WO   DO   VR\n"
            "Hal 3     A       V    V    L    L    N\n"
            "Hal 4     B       L    N    N    V    V\n"
            "Hal 5     C       N    L    V    N    L\n")
    assert found(text, "PERSON", "nl") == []

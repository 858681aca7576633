"""Classification kinds read at stop 56 in the DEV sets, tested with texts of our own: a
camera system's maintenance report or work order records no one (writers type it `other`),
while footage itself stays camera footage."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified as _type


@pytest.mark.parametrize(("text", "name"), [
    (("Werkbon 40418 - onderhoud camerasysteem\nKlant: DC Waalwijk\nMonteur: R. Smits\n"
     "Werkzaamheden: 12 camera's nagelopen, NVR schijf vervangen, firmware bijgewerkt, "
     "bewaartermijn 28 dagen ingesteld.\nAkkoord klant: K. Peters\n"), "werkbon-cctv.txt"),
    (("CCTV maintenance visit\nSite: warehouse Tilburg\nTechnician: J. Evans\n"
     "- 9 cameras checked, lens CAM-04 cleaned\n- DVR firmware updated\n"
     "- storage: 28 days, overwrite on\n"), "cctv-maintenance.txt"),
])
def test_a_camera_system_s_maintenance_is_no_footage(text: str, name: str) -> None:
    assert _type(text, name) == "other"


def test_footage_of_an_event_stays_camera_footage() -> None:
    text = ("Camerabeelden export\nCamera 3 - ingang magazijn\n"
            "14-03-2026 07:52 persoon loopt naar binnen met een doos\n"
            "14-03-2026 07:58 persoon verlaat het pand zonder doos\n"
            "Beelden veiliggesteld als cam03_ingang_20260314.mp4\n")
    assert _type(text, "camerabeelden-cam03.txt") == "camera_footage"

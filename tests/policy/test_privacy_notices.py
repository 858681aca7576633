"""Document types: a notice of camera surveillance or of privacy hung at an entrance
("Privacymelding cameratoezicht", "Privacyreglement cameratoezicht") is no camera footage,
however many camera words it holds."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified


@pytest.mark.parametrize("text", [
    ("Privacymelding cameratoezicht - magazijn Oost\n\nOp dit terrein hangen camera's bij de "
     "poort en in het magazijn. De beelden worden 28 dagen bewaard en alleen bekeken na een "
     "incident. Vragen over de beelden? Mail privacy@bouwflex.example.\n"),
    ("Privacyreglement cameratoezicht bouwplaats\n\nOp de bouwplaats hangen camera's bij de "
     "poort. De beelden worden vier weken bewaard en alleen bekeken na een incident.\n"),
])
def test_a_notice_about_cameras_is_no_footage(text: str) -> None:
    assert classified(text, "camera-melding-ingang.txt") == "other"

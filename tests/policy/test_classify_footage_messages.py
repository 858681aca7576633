"""A letter or an e-mail about camera images is no footage (doc_signals.toml [camera_footage]
not_in_messages, stop 41): a request for images, an objection to a dashcam, a hand-over note
with a greeting asks for or answers about a recording; `other`, by the rules and the learned
model alike. A camera's log or an export of its images stays footage. Synthetic texts."""

from __future__ import annotations

import pytest

from tests.policy.scanned import classified as _type


@pytest.mark.parametrize("text", [
    ("Van: Facilitair DC Roosendaal\nAan: privacy@connectmegroep.nl\nOnderwerp: verzoek "
     "camerabeelden\n\nBeste privacy officer,\n\nMogen wij de camerabeelden van de laaddock van "
     "12 maart (camera 4, 14:00-15:30) opvragen? Er is een pallet verdwenen.\n\nMet vriendelijke "
     "groet,\nRuud Verbeek"),
    ("From: Piotr Zalewski\nTo: HR Connect-Me\nSubject: dashcam footage\n\nDear HR,\n\nI would "
     "like to see the dashcam recording of my truck from 3 May. Please send me the footage.\n\n"
     "Kind regards,\nPiotr"),
])
def test_a_message_about_footage_is_other(text: str) -> None:
    assert _type(text) == "other"


@pytest.mark.parametrize("text", [
    ("CAMERALOG - DC Roosendaal, laaddock\ncam 4  12-03-2026 14:02  beweging dock 3\n"
     "cam 4  12-03-2026 14:17  persoon met pallet, beelden veiliggesteld\n"
     "cam 4  12-03-2026 14:31  beweging dock 3\nExport: dock3_2026-03-12_1400.mp4\n"),
    ("Verzoek tot verstrekking camerabeelden (art. 126nd Sv)\nVan: Politie Eenheid Oost\n"
     "Aan: beveiliging DC Zwolle\nBetreft: beelden camera 2 en 3, 4 april 2026 21:00-23:00\n"
     "Geëxporteerd: 2 fragmenten (NVR), veiliggesteld op USB, overhandigd aan agent 4471.\n"),
])
def test_a_log_or_an_export_of_images_stays_footage(text: str) -> None:
    assert _type(text) == "camera_footage"


@pytest.mark.parametrize("text", [
    # (stop 59) a note to two colleagues, no header block: a greeting and a closing make it a
    # message all the same ("Groetjes," closes it as "Groeten," does)
    ("Hoi Bram en Lotte,\n\nIk wil aangifte doen van de mishandeling vrijdagavond bij halte "
     "Centraal. Kunnen jullie de camerabeelden van bus 412 (camera 1 en 4, rond 23:40) "
     "veiligstellen? De beelden worden na 28 dagen gewist.\n\nGroetjes,\nMarieke"),
    ("Dear Sam and Priya,\n\nCould you keep the CCTV footage of the loading bay from Friday "
     "night (camera 5, 22:00-23:30)? A pallet of phones went missing.\n\nRegards,\nTom"),
])
def test_a_letter_without_headers_about_footage_is_other(text: str) -> None:
    assert _type(text, "beelden-veiligstellen.txt") == "other"


@pytest.mark.parametrize("text", [
    # (stop 60) a request titled so is no recording, with or without a letter's form: a
    # police order laid out as a form, a data subject's request, its handling note
    ("Vordering verstrekking gegevens (art. 126nd Sv)\nPolitie Eenheid Noord-Holland, team "
     "Recherche Alkmaar\nAan: Connect-Me, vestiging Heerhugowaard\nDatum: 14-09-2026\n\n"
     "Gevorderd worden de beelden van camera 3 (laadperron) van 12-09-2026, 02:00-04:00, in "
     "het onderzoek naar diefstal van koperkabel. Levering via de beveiligde omgeving.\n"),
    ("Verzoek inzage camerabeelden\nAanvrager: medewerker kassa, filiaal Hoorn\n"
     "Periode: 3 oktober 2026, 16:00-16:30\nReden: wil zien wie haar jas heeft meegenomen\n"),
    ("CCTV footage request - intake\nRequester: a temp worker, warehouse Venray\n"
     "Camera: gate 2, 19 August 2026 06:00-06:15\nStatus: awaiting the site manager.\n"),
])
def test_a_titled_request_for_footage_is_other(text: str) -> None:
    assert _type(text, "camera.txt") == "other"


@pytest.mark.parametrize("text", [
    # a request that records what became of the images is their log: exported and handed
    # over, reviewed, or a field with the export's deletion date
    ("Verzoek inzage camerabeelden\nAanvrager: chauffeur, depot Zaandam\nPeriode: 2-11-2026 "
     "05:40-06:00\nBeelden bekeken door teamleider: bus 17 rijdt om 05:52 de stalling uit.\n"),
    ("Footage export request\nSite: Venlo Trade Port, cam 05\nPeriod: 2026-10-07 22:10-22:25\n"
     "Reason: pallet truck damage\nApproved by: site manager   Delete after: 2026-11-04\n"),
])
def test_a_request_that_records_the_export_stays_footage(text: str) -> None:
    assert _type(text, "camera.txt") == "camera_footage"

"""Review findings of stop 37 on the chat, handle, glued-surname, greeting and sign-off rules:
labels, rooms, shops, files, towns and brands named no one; real speakers, name handles and
glued surnames still found. All names synthetic; texts written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        # 1. one label repeated in capitals is no transcript (a roster, a status board)
        "LIMIETEN\nMAX: 30 kg\nGEMIDDELD: 12\nMAX:\n",
        "STATUS\nAMBER: wachten\nGREEN: klaar\nRED: fout\nAMBER:\n",
        "ROOSTER\nJADE: vroege dienst\nTOTAAL: 3\nJADE:\n",
        # 2. web addresses, files and shops after "@" or on a line of their own
        "Volg @zara.nl en @lisa.nl",
        "Bestel via @emma_cosmetics of @anna.shop",
        "Nieuwe collectie bij @sanne_beauty en @noor.store",
        "emma.jpeg\nnoah.zip\nemma.tv\nanna.app\nfleur.amsterdam:\n",
        "bijlage:\nlotte.pdf\nmila.heic\n",
        # 4. an agenda's rooms after times
        "09:00 Welkom\n10:30 Pauze\n11:00 Jade\n14:00 Iris\n",
        "Programma\n13:00 Lunch\n13:45 Sanne\n15:00 Fleur\n16:00 Borrel\n",
        # 5. informal and foreign greetings to towns and teams
        "Hallo Amsterdam!\nHola Barcelona!",
        "Ciao Milano!",
        "Merhaba Istanbul! Wat een stad.",
        # 6. informal sign-offs before a brand (product reviews)
        "see you\nSpotify",
        "heey Samsung ziet er goed uit!\nxx\nApple",
        "thx\nPhilips",
        "thx Dyson, top product",
        "Top service, snel geleverd.\ntake care\nBol",
    ],
)
def test_no_false_name(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a transcript of two speakers in capitals
        ("SANNE: ben je er?\nDAAN: ja hoor\nSANNE: top\n", ["SANNE", "DAAN", "SANNE"]),
        # 2. handles that spell a name
        ("Volg @lotte.meijer voor de roosters", ["lotte.meijer"]),
        ("cc @yara_mulder voor zaterdag", ["yara_mulder"]),
        # 3. glued surnames
        ("Gesprek met Sven TenHag en Tom DenBoer.", ["Sven TenHag", "Tom DenBoer"]),
        ("Overleg met Kees BergKamp en Lies OudeGroen over het rooster.",
         ["Kees BergKamp", "Lies OudeGroen"]),
        # 4. a chat's speaker alone on its line, the message below it
        ("[21:04] Sanne\nben er over tien minuten\n", ["Sanne"]),
        ("19:40 Esra - ben er over 5 min", ["Esra"]),
        # 5. and 6. a first name after an informal greeting or sign-off
        ("Hola Lotte! Hoe gaat het?", ["Lotte"]),
        ("Top, tot dan.\nthx\nFleur", ["Fleur"]),
    ],
)
def test_name_kept(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a particle inside a handle, and initials that spell a ccTLD of no Dutch address
        ("Stuur een dm naar @lieke.de.groot voor het rooster", ["lieke.de.groot"]),
        ("Groetjes van @kwame.gh en tot vrijdag", ["kwame.gh"]),
    ],
)
def test_handle_with_particle_or_initials(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected

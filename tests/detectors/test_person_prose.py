"""The prose name model (detectors/person_prose.py): names in running text decided by
evidence (what the word is, where it stands, the words around it, the document's names),
not by one rule per phrasing. All names synthetic; sentences written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.context import DataFileError
from detectors.person_prose import evidence, model, word_evidence


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that takes a person before it
        ("Gisteren heb ik met Okonkwo gesproken over de planning.", "Okonkwo"),
        ("Volgens Dewi is het rooster voor week 12 klaar.", "Dewi"),
        ("De offerte is namens Wiersma verstuurd.", "Wiersma"),
        ("Kun je dit even vragen aan Bogdan voordat hij vertrekt?", "Bogdan"),
        ("I asked Mbeki about the night shift.", "Mbeki"),
        ("Please remind Tremblay to sign the contract before Friday.", "Tremblay"),
        # a verb of speaking or acting after it, at a sentence start too
        ("Het gesprek liep goed. Okafor vertelt dat hij graag 32 uur werkt.", "Okafor"),
        ("Na de lunch. Nguyen belt morgen de opdrachtgever terug.", "Nguyen"),
        ("Intake afgerond. Sanne vraagt of de VOG al binnen is.", "Sanne"),
        ("Shift swapped. Kowalczyk said she can start at six.", "Kowalczyk"),
        # a first name inside a sentence
        ("Morgen start ook Priya op de afdeling inpak.", "Priya"),
        ("The induction was given by Aisha and went well.", "Aisha"),
        # a speaker or an addressee opening a line
        ("Notulen overleg\nFatma: de roosters zijn rond.\nPiet: prima.", "Fatma"),
        ("Yusuf, kun je de urenbriefjes vandaag nog sturen?", "Yusuf"),
        # a possessive
        ("Okonkwo's planning voor volgende week is aangepast.", "Okonkwo"),
        ("We discussed Sanne’s contract extension.", "Sanne"),
        # a relation or role word
        ("Zij neemt haar dochter Mirthe mee naar het gesprek.", "Mirthe"),
        ("Overleg met collega Zhang over de overdracht.", "Zhang"),
    ],
)
def test_a_name_in_prose(text: str, name: str) -> None:
    lang = "en" if any(w in text for w in (" the ", " with ", "asked", "said", "We ")) else "nl"
    assert name in " ".join(_names(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "Het dienstrooster is aangepast voor de feestdagen.",
        "Dienstrooster wordt vrijdag gedeeld.",
        "We werken in Zwolle en Deventer met twee ploegen.",
        "De medewerker woont te Apeldoorn.",
        "Vulploeg voor Albert Heijn in Zaandam.",
        "Mark heeft vier punten.",
        "Planning Week Overzicht",
        "Werkervaring bij Heineken Zoeterwoude als operator.",
        "Zij werkt in het Antoni van Leeuwenhoek Ziekenhuis.",
        "The team meets every Monday in Utrecht.",
        "Arbeidsovereenkomst is getekend.",
    ],
)
def test_no_name_in_prose(text: str) -> None:
    assert _names(text, "en" if "team meets" in text else "nl") == []


def test_document_names_repeat_with_possessive() -> None:
    text = ("Vandaag intake met Chidi Okonkwo gehad. Daarna hebben we Okonkwo's planning "
            "doorgenomen; Chidi begint maandag.")
    found = _names(text)
    assert "Chidi Okonkwo" in found
    assert "Okonkwo" in found and "Chidi" in found


def test_evidence_weighs_in_one_place() -> None:
    """The same word scores higher with more evidence, and says why."""
    alone = evidence("Hij gaf het aan Okonkwo.", 16, 23, ["Okonkwo"])
    start = evidence("Okonkwo. Rest.", 0, 7, ["Okonkwo"])
    assert alone.score > start.score
    assert alone.why == "prose: surname+mid_sentence+person_weak" or "mid_sentence" in alone.why
    assert word_evidence("Dienstrooster")[1] in ("compound", "common")
    assert word_evidence("van") == (0.0, "")


def test_weights_are_data() -> None:
    m = model()
    assert m.weights["bias"] < 0 < m.weights["first_name"]
    assert "volgens" in m.words["person_before"] and "te" in m.words["place_before"]


def test_missing_weight_is_a_data_file_error(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: object) -> None:
    import detectors.person_prose as prose

    bad = prose.DATA.parent / "data"  # the real folder, the check is on the keys
    assert bad.is_dir()
    prose.model.cache_clear()
    monkeypatch.setattr(prose, "_WEIGHT_KEYS", (*prose._WEIGHT_KEYS, "no_such_weight"))
    with pytest.raises(DataFileError, match="no_such_weight"):
        prose.model()
    prose.model.cache_clear()


_GATE_TEXTS = [
    "Gisteren sprak ik met Okonkwo. Okafor vertelt dat hij komt. Okonkwo's planning staat.",
    "Volgens Dewi is het klaar; haar collega Priya belt. Wonende te Lettelbert sinds maart.",
    "Planner bij Loep BV, Heesbeen. Dienstrooster volgt. Wiersma: akkoord. Vink\tbelt.",
    "Het rooster (Bogdan) is af. Ask Mbeki now. Tremblay’s contract, Nguyen zegt ja.",
]


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_cheap_gate_never_drops_a_name_the_model_reports(text: str) -> None:
    """may_be_name skips a word only when the model's full score is below the threshold
    (its early stops use the best the remaining evidence could add, never less)."""
    import regex

    from detectors.person_prose import may_be_name

    for m in regex.finditer(r"\p{Lu}\p{Ll}+", text):
        if not may_be_name(text, m.start(), m.end()):
            assert evidence(text, m.start(), m.end(), [m.group()]).score < 0.5, m.group()


def test_words_around_are_read_as_before() -> None:
    """The word before is looked up once (relation before person before place), the word
    after only when it could lift the score: the same features as one list per kind."""
    assert "relation_before" in evidence("Hier is haar collega Priya.", 21, 26, ["Priya"]).why
    assert "place_before" in evidence("Hij woont in Lettelbert.", 13, 23, ["Lettelbert"]).why
    assert "possessive" in evidence("Zie Okonkwo's planning.", 4, 11, ["Okonkwo"]).why
    assert "act_after" in evidence("Klaar. Okafor vertelt het.", 7, 13, ["Okafor"]).why
    assert "act_after" not in evidence("Dienstrooster vertelt het.", 0, 13, ["Dienstrooster"]).why


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aanwezig bij het overleg: Piet, Fatma, Kowalski.", "Kowalski"),
        ("Eva Jansen, Sanne de Vries, Kowalski en Wiersma waren er.", "Kowalski"),
        ("Sanne, Wiersma en Eva Jansen tekenden het rooster.", "Wiersma"),
    ],
)
def test_list_item_beside_found_names(text: str, name: str) -> None:
    """A surname alone scores under the threshold; in a list with two found names it is one."""
    assert name in _names(text)
    assert name not in _names(f"Het rooster is af, ook {name}.")


@pytest.mark.parametrize(
    "text",
    [
        "Piet Jansen, Utrecht, Nederland",  # one name and its town: no list evidence
        "Belde Sanne de Vries, Lettelbert.",  # one name and a word
    ],
)
def test_one_found_name_makes_no_list(text: str) -> None:
    assert not {"Utrecht", "Nederland", "Lettelbert"} & set(_names(text))


def test_a_title_is_no_list_item() -> None:
    text = "Present: Sarah O'Brien, Jean-Pierre Dubois, Ms. Kowalski. O'Brien chaired."
    assert "Ms" not in _names(text, "en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name alone in brackets: an author, a nickname, who did it
        ("Verslag van het gesprek is rondgestuurd. (Sanne)", "Sanne"),
        ("Bedankt voor je hulp!\n(Priya)", "Priya"),
        ("Taak afgerond: (Daan)", "Daan"),
        ("Actie: urenbriefjes nakijken - (Fatma)", "Fatma"),
    ],
)
def test_a_first_name_alone_in_brackets(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a town, a product, a department, a month, a colour or an unknown word in brackets
        "Het pakket (Excel) en de vestiging (Breda) en de afdeling (Logistiek).",
        "Oplevering gepland (Mei) en evaluatie (Juni).",
        "Het team (Rood) won van team (Blauw).",
        "Nieuwe vestiging geopend. (Tilburg)",
        "Salarisverwerking loopt via het pakket. (Nmbrs)",
    ],
)
def test_no_name_alone_in_brackets(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname found once by the word before it, then where nothing speaks for it
        (("Gisteren heb ik met Okonkwo gesproken over de uren.\n"
         "Dossier Okonkwo: contract loopt tot juni."), "Okonkwo"),
        ("Gisteren heb ik met Okonkwo gesproken.\nOkonkwo: akkoord met de uren.", "Okonkwo"),
        ("Overleg met Nguyen over de overuren.\nUren Nguyen week 12 kloppen niet.", "Nguyen"),
        # a speaker of a chat export, named again in a message
        ("[09:14] Wojcik: ben er om 8 uur\n[09:20] Sanne: top, dan is Team Wojcik compleet.",
         "Wojcik"),
    ],
)
def test_a_name_found_once_is_found_again(text: str, name: str) -> None:
    assert _names(text).count(name) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the same word after a place word is the town the person was named after (not a
        # town of the area codes: "met Breda" alone is the town, person_places.py)
        "Overleg met Kampen over de planning. De vestiging Kampen sluit om vijf uur.",
        "Gesprek met Okonkwo gevoerd. Hij verhuist naar richting Okonkwo Bouw.",
        "Gesprek met Wassenaar gevoerd. Zij woont in Wassenaar sinds maart.",
    ],
)
def test_a_name_found_once_stays_out_of_a_place(text: str) -> None:
    names = _names(text)
    assert len(names) == 1, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name that is no word opens a line or a sentence, nothing else for it
        ("Overleg planning\n- Sanne ook aanwezig bij de intake", "Sanne"),
        ("Rooster is rond. Priya morgen vrij, vervanging geregeld.", "Priya"),
        ("Ziekmelding ontvangen.\nFatima tot en met vrijdag thuis.", "Fatima"),
    ],
)
def test_a_first_name_opening_a_line(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a month or a short word after a number, three letters at a line's start
        "Startdatum 12 Juni, einddatum 3 Augustus.",
        "Verlof van 2 April tot 5 Mei.",
        "Mei\nJun\nJul",
        "Start op 1 Maja, eind op 30 Martie.",
        "Wij leveren 2 Mercedes en 3 Volvo.",
    ],
)
def test_no_first_name_after_a_number(text: str) -> None:
    assert _names(text) == []

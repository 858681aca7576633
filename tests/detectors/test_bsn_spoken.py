"""Issue #14, NL_BSN in spoken language written down (dictated notes, transcripts, chat and
call notes): the sentence or speaker line names the BSN and gives the number later, further
back than the window of words around it, with no other number word between them; a bare
number word after it ("dat is niet haar nummer") names no other kind. Twins: a sentence whose
nearest number word before the value is another kind's, a value labelled in a sentence of its
own, or a clause after it that names another kind."""

from __future__ import annotations

import pytest

from detectors import detect


def _bsns(text: str) -> list[str]:
    return [d.normalized for d in detect(text, "nl") if d.entity == "NL_BSN"]


SPOKEN = [
    (("notitie ingesproken de kandidaat vroeg of zijn burgerservicenummer op het contract moest "
     "en ik heb uitgelegd dat we dat pas bij de eerste werkdag in het systeem zetten maar hij gaf "
     "het toch alvast door het is 948 154 718 en dat heb ik genoteerd"), "948154718"),
    (("Caller: yes so the sofinummer they gave me at the town hall last spring when I registered "
     "with the municipality of Zwolle, you want it right now, okay, it's 4054.56.888 I think"),
     "405456888"),
    (("Tolk: hij zegt dat het burgerservicenummer op de brief van de gemeente staat, die hij "
     "vorige week heeft gekregen toen hij zich inschreef in Utrecht, en hij leest het voor: "
     "639-575-158"), "639575158"),
    (("sofi nummer heeft ze niet bij zich maar ze weet het uit haar hoofd omdat ze het zo vaak "
     "heeft moeten invullen bij uitzendbureaus en de belastingdienst zegt ze, ze noemt 965544576"),
     "965544576"),
    (("[10:42] Ruud: BSN van de nieuwe collega uit Roermond die maandag begint op de afdeling "
     "expeditie heb ik gisteren per mail gekregen van zijn vorige baas, het is 375 078 757"),
     "375078757"),
    (("Mevrouw belde: op haar jaaropgaaf staat een verkeerd BSN, ze leest het voor, "
     "424097928, en dat is niet haar nummer maar dat van haar zus."), "424097928"),
    (("He gave us 168386604 over the phone, but that is not his number: it is the BSN of his "
     "wife."), "168386604"),
    (("Kandidaat twijfelde over haar bsn, op het formulier staat 8665 81 352 en dat is volgens "
     "haar toch echt haar eigen nummer"), "866581352"),
]
OTHER = [
    ("Zijn BSN hebben we nog niet van de gemeente, hij belde wel over zijn klantnummer bij de "
    "bank en noemde toen 948154718"),
    ("het bsn komt later want de gemeente is traag maar het ordernummer van de werkkleding die "
    "hij vorige week heeft besteld bij de leverancier in Tilburg is 405456888"),
    "BSN volgt later.\nHet dossiernummer is 639575158.",
    ("het bsn van meneer staat nog niet in het systeem want de gemeente heeft de inschrijving "
    "nog niet verwerkt, wel heb ik zijn personeelsnummer aangemaakt en dat is 965544576"),
]


@pytest.mark.parametrize("text, bsn", SPOKEN)
def test_a_bsn_named_earlier_in_its_sentence_or_line(text: str, bsn: str) -> None:
    assert _bsns(text) == [bsn]


@pytest.mark.parametrize("text", OTHER)
def test_another_kind_named_nearer_is_no_bsn(text: str) -> None:
    assert _bsns(text) == []


# A BSN word its own clause says is missing ("stond niet op", "geen", "volgt", "don't have")
# names no number the sentence gives later, unless a contrast ("maar", "but") gives it all the
# same; and a block or record field, read first, keeps its own evidence.
NEGATED = [
    ("het bsn stond niet op het formulier dat hij bij de receptie heeft ingevuld en hij wist "
     "het niet uit zijn hoofd dus hebben we gebeld naar de klantenservice op 123456782"),
    ("geen BSN op de kopie van het contract dat ze vorige week bij de balie heeft ingeleverd dus "
     "we hebben alleen het registratienummer van de balie genoteerd en dat is 948154718"),
    ("I don't have the BSN of the new driver from Venlo with me today so I wrote down the "
     "number of the depot where he starts on Monday morning which is 405456888"),
]
CONTRAST = [
    (("het BSN stond niet op het formulier dat ze bij de receptie heeft ingevuld maar ze heeft "
      "het achteraf nog gemaild vanaf haar werkadres en het is 639575158"), "639575158"),
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_bsn_word_its_clause_negates_names_no_later_number(text: str) -> None:
    assert _bsns(text) == []


@pytest.mark.parametrize("text, bsn", CONTRAST)
def test_a_contrast_after_the_negation_still_gives_the_bsn(text: str, bsn: str) -> None:
    assert _bsns(text) == [bsn]

"""The stop-38 special readings' review findings (mend 38): a person's own union official, a
diet a noun subject follows, a festival under a Reason: field, an offence its main clause
sanctions a person for, a biometric term "for" a site, a policy's or a contract's indefinite
conviction, a venue word before a fund. All synthetic; every case failed on main 5ffe085."""

import pytest

from detectors.special_category import find_special

FOUND = [  # (language, text, entity): a person's own, must stay found
    ("en", "Personnel file - Tom Baker\nTom was represented at the tribunal by the GMB lawyer, as he is a member.", "SPECIAL_TRADE_UNION"),
    ("nl", "Personeelsdossier Kees Bos\nKees wordt in de ontslagprocedure bijgestaan door FNV-jurist mr. De Haan.", "SPECIAL_TRADE_UNION"),
    ("en", "Personnel file - Tom Baker\nTom, Unite organiser at the Leeds branch, requested time off for union duties.", "SPECIAL_TRADE_UNION"),
    ("en", "Personnel file - Tom Baker\nAt the hearing Tom was accompanied by a Unite official.", "SPECIAL_TRADE_UNION"),
    ("nl", "Dossier Hatice Demir\nMedewerker volgt een halal dieet.", "SPECIAL_RELIGION"),
    ("en", "Personnel file - Omar Farouk\nThe employee follows a halal diet.", "SPECIAL_RELIGION"),
    ("en", "Intake note - Noah Levi\nCandidate requires kosher meals.", "SPECIAL_RELIGION"),
    ("nl", "Zorgdossier mevrouw Fatima el Amrani\nCliënt krijgt halal maaltijden.", "SPECIAL_RELIGION"),
    ("en", "Leave request - Priya Nair\nDate: 1 November\nReason: Diwali celebration with family", "SPECIAL_RELIGION"),
    ("nl", "Personeelsdossier Kees Bos\nNa de mishandeling van een klant is Kees op staande voet ontslagen.", "SPECIAL_CRIMINAL"),
    ("nl", "Personeelsdossier Kees Bos\nSinds de verduistering zit Kees vast.", "SPECIAL_CRIMINAL"),
]
TERMS = [  # a term that must be among the findings
    ("nl", "Personeelsdossier Kees Bos\nKees is kaderlid en onderhandelaar FNV aan de cao-tafel.", "fnv"),
    ("en", "CV - Yusuf Kaya\nVolunteer: Friday prayers coordinator at the mosque building fund", "mosque"),
]
SILENT = [  # (language, text, entity): no one's, must stay silent
    # a name in an attendance list is no subject the official's title describes
    ("en", "Meeting notes 4 May\nPresent: plant manager, Dave Harris, Unite official, HR director", "SPECIAL_TRADE_UNION"),
    ("nl", "Notulen\nAanwezig: directie, Karin Mulder, bestuurder FNV, en de OR", "SPECIAL_TRADE_UNION"),
    ("nl", "Memo beveiliging\nNa de inbraak in hal 4 is de politie gebeld en is de alarmcode gewijzigd.", "SPECIAL_CRIMINAL"),
    ("en", "Staff handbook\nThe canteen serves halal meals and kosher options for guests.", "SPECIAL_RELIGION"),
    ("en", "Invoice 2024-113\n2x fingerprint scanner for Main Office, 1x face recognition terminal for Building B.", "SPECIAL_BIOMETRIC"),
    ("en", "CV - Mark Jones\nExperience: Senior Developer, IDEMIA. Built the face template pipeline for Dutch Police.", "SPECIAL_BIOMETRIC"),
    ("nl", "Screeningsprofiel Justis\nWeigeringsgrond: een veroordeling voor een relevant delict in de afgelopen 4 jaar.", "SPECIAL_CRIMINAL"),
    ("en", "Employment contract\nEmployee: Samir Haddad\nClause 14. Grounds for summary dismissal: conviction for a criminal offence, gross misconduct.", "SPECIAL_CRIMINAL"),
]


@pytest.mark.parametrize("language, text, entity", FOUND)
def test_a_persons_own_statement_is_found(language: str, text: str, entity: str) -> None:
    assert any(m.entity == entity for m in find_special(text, language))


@pytest.mark.parametrize("language, text, term", TERMS)
def test_the_persons_own_term_is_found(language: str, text: str, term: str) -> None:
    assert term in {m.term for m in find_special(text, language)}


@pytest.mark.parametrize("language, text, entity", SILENT)
def test_no_ones_statement_stays_silent(language: str, text: str, entity: str) -> None:
    assert not any(m.entity == entity for m in find_special(text, language))

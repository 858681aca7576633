"""Build medicines.txt: generic medicine names for the SPECIAL_HEALTH lexicon.

Source: the drug dictionary shipped in the PyPI package drug-named-entity-recognition
(MIT licence, Fast Data Science; built from the DrugBank open vocabulary (CC0), MeSH, the NHS
medicines A-Z, MedlinePlus and Wikipedia). Kept: the canonical generic names that MedlinePlus
or the NHS describes for patients (the medicines people name in a letter or a record), one
word long, plus their Dutch spellings (ph -> f, -one -> -on, -ate -> -aat, -ole -> -ol,
-in -> -ine: "methylphenidate" -> "methylfenidaat", "amoxicillin" -> "amoxicilline"), plus the
hand-kept Dutch medicines and brands in EXTRA. The package is needed only to rebuild:

    .venv/bin/pip install drug-named-entity-recognition==2.0.9
    .venv/bin/python detectors/data/special/make_medicines.py

The file is committed; the package is not a dependency.
"""

from __future__ import annotations

import bz2
import pickle
import re
from importlib import resources
from pathlib import Path

from detectors.data.special.word_list import write_list

OUT = Path(__file__).with_name("medicines.txt")
# Short or everyday words that are also generic names: never a medicine on their own.
SKIP = {"senna", "mesna", "iron", "oxygen", "water", "zinc", "caffeine", "nicotine", "sulfur",
        "alcohol", "ethanol", "glucose", "sodium", "potassium", "calcium", "magnesium", "fluoride"}
# Dutch medicines, brands and lay names people write (Farmacotherapeutisch Kompas spelling).
EXTRA = """paracetamol aspirine ascal ibuprofen naproxen diclofenac tramadol oxycodon morfine
codeïne fentanyl methadon buprenorfine ritalin concerta medikinet strattera dexamfetamine
seroxat prozac efexor cipramil sertraline paroxetine fluoxetine citalopram escitalopram
venlafaxine duloxetine mirtazapine amitriptyline nortriptyline oxazepam diazepam temazepam
lorazepam alprazolam zopiclon zolpidem melatonine quetiapine olanzapine risperidon
aripiprazol haloperidol clozapine lithium lamotrigine valproïnezuur depakine carbamazepine
levetiracetam keppra metformine insuline novorapid levemir gliclazide levothyroxine thyrax
euthyrox omeprazol pantoprazol esomeprazol salbutamol ventolin seretide symbicort
budesonide fluticason prednison prednisolon dexamethason hydrocortison methotrexaat
adalimumab humira infliximab etanercept enbrel acenocoumarol fenprocoumon apixaban
rivaroxaban dabigatran clopidogrel ascal atorvastatine simvastatine rosuvastatine
metoprolol bisoprolol propranolol amlodipine lisinopril enalapril losartan
hydrochloorthiazide furosemide spironolacton nitroglycerine sumatriptan rizatriptan
antabus disulfiram naltrexon acamprosaat naloxon epipen adrenaline cetirizine loratadine
amoxicilline augmentin doxycycline azitromycine claritromycine ciprofloxacine nitrofurantoïne
fosfomycine flucloxacilline tamoxifen letrozol anastrozol herceptin trastuzumab
pembrolizumab nivolumab cisplatine carboplatine paclitaxel docetaxel doxorubicine
cyclofosfamide capecitabine temozolomide interferon ozempic semaglutide liraglutide
saxenda wegovy mounjaro tirzepatide truvada"""


def dutch(name: str) -> str:
    """The Dutch spelling of an English generic name.

    >>> dutch("methylphenidate"), dutch("amoxicillin"), dutch("prednisone")
    ('methylfenidaat', 'amoxicilline', 'prednison')
    """
    nl = name.replace("ph", "f")
    for en, nl_end in (("one", "on"), ("ate", "aat"), ("ole", "ol"), ("in", "ine")):
        if nl.endswith(en):
            return nl[: -len(en)] + nl_end
    return nl


def generic_names() -> set[str]:
    raw = resources.files("drug_named_entity_recognition").joinpath(
        "drug_ner_dictionary.pkl.bz2").read_bytes()
    canonical = pickle.loads(bz2.decompress(raw))["drug_canonical_to_data"]
    return {name for name, data in canonical.items()
            if (data.get("medline_plus_id") or data.get("nhs_url"))
            and re.fullmatch(r"[a-z]{6,}", name) and name not in SKIP}


def main() -> None:
    names = generic_names()
    names |= {dutch(n) for n in names} | set(EXTRA.split())
    write_list(OUT, __doc__, sorted(names))


if __name__ == "__main__":
    main()

"""Two drafting defects found outside the held-out parts. A part of a whole counted with a possessive between
("two of the town's three clinics", "three of its five clinics") takes the whole's noun: a reader's invented text
was drafted as two people injured. And plural role words ("Security officers say") describe no witness whose role
is written in his name. Invented fixtures (the QZ country of tests/qz_fixtures.py)."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

draft = drafter(pd.DataFrame(columns=list(S.SOURCE_COLUMNS)))


def test_a_part_of_the_towns_clinics_counts_clinics_not_people():
    text = ("Shelling hit Millbrook on Monday, local doctors said. Two of the town's three clinics had stopped "
            "working by Tuesday, and at least 12 people were wounded.\n")
    got = draft(text, published="2031-03-17")
    assert (got["Two"]["metric"], got["Two"]["unit"]) == ("other", "facilities")
    assert (got["three"]["metric"], got["three"]["unit"]) == ("other", "facilities")
    assert (got["at least 12"]["metric"], got["at least 12"]["unit"]) == ("injured", "people")


def test_a_part_of_its_clinics_is_a_figure_with_the_wholes_noun():
    got = draft("Two of the four hospitals in Millbrook were damaged, and three of its five clinics closed.\n",
                published="2031-03-17")
    assert got["three"]["unit"] == "facilities" and "a part of 'five clinics'" in got["three"]["why"]


def test_a_part_of_a_places_soldiers_keeps_their_population():
    got = draft("Four of Millbrook's 12 soldiers were killed.\n", published="2031-03-17")
    assert (got["Four"]["metric"], got["Four"]["population"]) == ("killed", "combatants")


WITNESS = pd.DataFrame([
    ["jo-tam-witness", "Jo Tam, a Qzland security officer at the Millbrook bombing", "witness", "no", "", "",
     "security officer Jo Tam;Jo Tam"],
], columns=list(S.SOURCE_COLUMNS))


def test_plural_role_words_describe_no_witness_whose_role_is_in_his_name():
    # a reviewer's find: "Security officers say" in another text took a witness of the labelled set's sources
    got = drafter(WITNESS)("Two men were shot dead in Harbor Town on Sunday. Security officers say the two men were "
                           "acting suspiciously.\n", published="2031-03-17")
    assert got["Two"]["claimant"] == ""


def test_the_witness_named_in_the_text_still_speaks():
    # near miss: named by his name, the witness is the claimant
    got = drafter(WITNESS)("Two men were shot dead in Harbor Town on Sunday, security officer Jo Tam said.\n",
                           published="2031-03-17")
    assert got["Two"]["claimant"] == "jo-tam-witness"

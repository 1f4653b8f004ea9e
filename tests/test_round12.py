"""Twelfth round: a story's own year for month words with none, time stamps that date nothing,
a stated year kept after publication, the whole of which a part suffered, displaced people's
own verbs, sailors, and a territory's administering state. Invented fixtures only (the QZ
country of tests/qz_fixtures.py, plus ISO rows for Guadeloupe); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.countries import ADMINISTERING, with_administering
from crosstally.draft import draft_document
from crosstally.draft_common import _VIOLENCE
from crosstally.draft_dates import _sentence_date, narrative_year, resolve_date
from crosstally.extract import extract
from qz_fixtures import ADMIN1, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["qz-daily", "Qzland Daily", "media", "no", "", "", ""],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def _one(text: str):
    (c,) = extract(text)
    return c


# -- dates ---------------------------------------------------------------------------------------

def test_a_stated_year_is_kept_even_a_day_after_publication():
    # an updated story carries a stamp a day after its first publication: the year is the one stated
    got = resolve_date("August 19, 2031", "2031-08-18")
    assert got["period_end"] == "2031-08-19"
    assert got["date_certainty"] == "stated"


def test_a_month_day_with_no_year_weeks_after_publication_is_still_last_years():
    assert resolve_date("August 19", "2031-07-18")["period_end"] == "2030-08-19"
    # (a day or few after it is the text's own day: fifteenth round, tests/test_round15.py)


@pytest.mark.parametrize("sentence", [
    "HARBOR TOWN — (UPDATED, 6:47 a.m., August 19, 2031) A man with a knife killed two people",
    "Posted: August 19, 2031\nA man with a knife killed two people",
    "[Last modified on August 19, 2031] A man with a knife killed two people",
])
def test_a_story_time_stamp_is_not_a_date_of_the_count(sentence):
    assert _sentence_date(sentence, sentence.index("two")) == ""


def test_updated_in_prose_still_dates():
    # not a stamp: "updated on Monday" inside a sentence is a day the text names
    s = "The police updated the toll on Monday: two people were killed."
    assert _sentence_date(s, s.index("two")) == "on Monday"


def test_a_month_with_no_year_takes_the_year_the_text_gave_that_month():
    text = ("The landing began early on November 20, 1943. After 76 hours of fighting, the battle "
            "was over on November 23. More than 1,000 marines were killed.")
    at = text.index("on November 23")
    assert narrative_year(text, at, "on November 23", "2031-11-23") == (1943, "November 20, 1943")
    got = resolve_date("on November 23", "2031-11-23", narrative=(1943, "November 20, 1943"))
    assert got["period_end"] == "1943-11-23"
    assert got["date_certainty"] == "inferred" and "1943" in got["date_basis"]


@pytest.mark.parametrize("text, phrase, published", [
    ("In 2029, rebels took the town. On March 3, five were killed.", "On March 3", "2031-05-01"),  # no month named
    ("In October 2029, rebels took the town. On March 3, five were killed.", "On March 3", "2031-05-01"),  # other month
    ("On March 1, 2031, rebels took the town. On March 3, five were killed.", "On March 3", "2031-05-01"),  # this year
    ("On March 1, 1999, rebels took the town. On March 3, 2031, five were killed.", "On March 3, 2031", "2031-05-01"),
])
def test_no_story_year_where_the_text_gives_none_for_that_month(text, phrase, published):
    assert narrative_year(text, text.index(phrase), phrase, published) is None


def test_a_retrospective_dates_its_battle_not_the_anniversary():
    got = draft("Divers return to Saltpan\n\n"
                "The battle for Saltpan began early on November 20, 1943, and ended in three days of fighting.\n\n"
                "After 76 hours of fighting, the battle for Saltpan was over on November 23. More than 1,000 "
                "marines and sailors were killed and nearly 2,300 wounded.\n", published="2031-11-23")
    assert got["More than 1,000"]["period_end"] == "1943-11-23"
    assert got["nearly 2,300"]["period_end"] == "1943-11-23"
    assert got["More than 1,000"]["population"] == "combatants"


def test_what_has_been_done_since_a_long_past_battle_stands_as_of_the_document():
    got = draft("Divers return to Saltpan\n\n"
                "The battle for Saltpan ended on November 23, 1943, after three days of fighting.\n\n"
                "Teams searching the island have found the remains of 300 marines.\n\n"
                "About 40 marines were killed in the first hour of the landing.\n", published="2031-11-23")
    assert got["300"]["period_end"] == "" and got["300"]["as_of"] == "2031-11-23"
    assert "perfect tense" in got["300"]["why"]
    assert got["About 40"]["period_end"] == "1943-11-23"


@pytest.mark.parametrize("words", ["nine hostages", "corpses", "the charred bodies", "the bodies of three men",
                                   "the hostage was freed"])
def test_hostages_and_bodies_are_words_of_violence(words):
    assert _VIOLENCE.search(words)


@pytest.mark.parametrize("words", ["UN bodies met", "government bodies", "a riot of colour", "the protest"])
def test_bodies_of_government_and_riots_are_not(words):
    assert not _VIOLENCE.search(words)


# -- what was counted ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Of roughly 4,800 troops defending the island, about 97% were killed.", "roughly 4,800"),
    ("Of the 300 villagers, half were killed.", "300"),
    ("Of 120 prisoners, all but 17 were wounded.", "120"),
])
def test_the_whole_of_which_a_part_suffered_is_not_what_befell_it(text, value):
    c = next(c for c in extract(text) if c.value_as_reported == value)
    assert c.metric == "other"
    assert "the whole of which a part suffered" in c.reading


@pytest.mark.parametrize("text, value, metric", [
    ("Of the 12 killed, five were children.", "12", "killed"),  # the part is a number: the whole's own verb
    ("Of those wounded, 40 were killed.", "40", "killed"),
    ("Five people were killed, half of them children.", "Five", "killed"),
])
def test_near_misses_of_a_whole_keep_their_verb(text, value, metric):
    c = next(c for c in extract(text) if c.value_as_reported == value)
    assert c.metric == metric


@pytest.mark.parametrize("text, metric", [
    ("Eight asylum seekers received hospital treatment after the riot.", "injured"),
    ("Riot: 125 asylum seekers arrested", "other"),
    ("20 refugees were injured when the camp was shelled.", "injured"),
    ("30 migrants drowned off the coast.", "killed"),
    ("Twelve refugees who were detained at the border were released.", "other"),
])
def test_displaced_peoples_own_verb_says_what_befell_them(text, metric):
    assert _one(text).metric == metric


@pytest.mark.parametrize("text", ["5,000 refugees arrived in Harbor Town.", "The remaining 420 asylum seekers had "
                                  "been moved to tents.", "5,000 refugees were registered last week."])
def test_displaced_people_with_no_other_fate_stay_displaced(text):
    assert _one(text).metric == "displaced"


@pytest.mark.parametrize("text, population", [
    ("The 18,000 marines and sailors who landed on the island", "combatants"),
    ("More than 1,000 Marines and sailors were killed.", "combatants"),
    ("Pirates seized the tanker and its 22 sailors.", "all"),  # a merchant ship's crew
    ("The 22 sailors and fishermen were rescued.", "all"),
])
def test_sailors_beside_a_force_are_a_navys(text, population):
    assert _one(text).population == population


# -- who said it ----------------------------------------------------------------------------------

def test_a_territory_is_administered_by_its_state():
    assert with_administering({"GP"}) == {"GP", "FR"}
    assert with_administering({"QZ"}) == {"QZ"}
    assert ADMINISTERING["PR"] == "US" and ADMINISTERING["HK"] == "CN"


GP_SOURCES = pd.DataFrame([
    ["fr-interior", "French Ministry of the Interior", "government", "yes", "", "", "French Interior Ministry"],
    ["eastmark-interior", "Ministry of Internal Affairs of Eastmark", "government", "yes", "", "",
     "Eastmark Interior Ministry"],
], columns=list(S.SOURCE_COLUMNS))
GP_ADMIN1 = pd.DataFrame([["GP", "Guadeloupe", "whole country", "Pointe-a-Pitre"]], columns=list(S.ADMIN1_COLUMNS))


def _draft_gp(text: str) -> dict[str, dict]:
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-11-20",
           "language": "en"}
    return {r["value_as_reported"]: r for r in draft_document(text, doc, GP_SOURCES, GP_ADMIN1).to_dict("records")}


def test_a_ministry_described_in_a_territory_is_its_administering_states():
    got = _draft_gp("Unrest in Guadeloupe\n\nLooters broke into shops in Pointe-a-Pitre overnight. "
                    "The interior ministry said 31 people had been arrested.\n")
    assert got["31"]["claimant"] == "fr-interior"
    assert "a guess" in got["31"]["why"]


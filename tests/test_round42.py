"""Forty-second round (read parts 80-81 after listing them in tuned.txt): a dateline's day is the day the text was
filed when the sentence after the lede names the weekday of the violence ("The attack Wednesday evening ..."); a
count whose own verb comes after an adverb ("35 were already dead") or after the parts it is "made up of" keeps that
verb; and the people a camp "was home to" who had fled there are the displaced, not a place's population. Invented
sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.extract import extract
from qz_fixtures import drafter


SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland officials;Qzland government"],
    ["un", "United Nations", "un", "false", "", "", "UN;U.N."],
], columns=list(S.SOURCE_COLUMNS))

_LEDE = ("Rebels attack camp, killing 40\n\nHARBOR TOWN, Qzland, March 14, 2031 (AP) \u2014 Rebels attacked a camp for "
         "displaced people near Millbrook, killing at least 40 people and wounding dozens of others, Qzland police said "
         "Friday.\n")


def _metric(text: str, words: str) -> str:
    got = [c for c in extract(text) if c.value_as_reported == words]
    assert len(got) == 1, [(c.value_as_reported, c.metric) for c in extract(text)]
    return got[0].metric


# --------------------------------------------------------------------------- drafts: the day a toll ends

def test_a_datelines_day_gives_way_to_the_weekday_the_next_sentence_gives_the_violence():
    draft = drafter(SOURCES)
    # (14 March 2031 is a Friday: the police spoke on the day the text was filed; the attack was on Wednesday)
    got = draft(_LEDE + "The attack Wednesday evening on the camp was one of the worst in years.\n",
                published="2031-03-14")
    for words in ("at least 40", "dozens"):
        assert got[words]["period_end"] == "2031-03-12", got[words]["why"]
    # a sentence after the lede that names no day of the violence leaves the dateline's day as the day
    got = draft(_LEDE + "The camp had been attacked before.\n", published="2031-03-14")
    assert got["at least 40"]["period_end"] == "2031-03-14", got["at least 40"]["why"]
    # nor does a year long past in the next sentence ("the floods of 2029") move it
    got = draft(_LEDE + "After the massacre, the charity that ran the camp since the floods of March 2029 left.\n",
                published="2031-03-14")
    assert got["at least 40"]["period_end"] == "2031-03-14", got["at least 40"]["why"]


# --------------------------------------------------------------------------- extraction: what was counted

def test_an_adverb_between_the_count_and_its_fate():
    assert _metric("Police said 60 people were injured and 35 already dead in Millbrook.", "35") == "killed"
    assert _metric("Police said 60 people were injured and 35 were already dead.", "35") == "killed"
    assert _metric("Officials said 12 people were officially missing after the raid.", "12") == "other"
    # (the count before keeps its own)
    assert _metric("Police said 60 people were injured and 35 already dead in Millbrook.", "60") == "injured"


def test_a_count_made_up_of_its_parts_keeps_the_verb_after_them():
    text = "Police said 2,080 persons made up of 1,014 females and 1,066 males have been displaced by the clashes."
    assert _metric(text, "2,080") == "displaced"
    text = "Officials said 900 people comprising 500 women and 400 men were killed in the raids."
    assert _metric(text, "900") == "killed"
    # a force made up of soldiers and police is a force, not people harmed
    assert _metric("A force made up of 300 soldiers and 200 police was deployed.", "300") == "other"


def test_a_camp_home_to_people_who_fled_counts_the_displaced():
    text = "The camp, which was home to about 5,000 people who had fled the fighting, was burned."
    assert _metric(text, "about 5,000") == "displaced"
    # a town's people are its population, as before
    assert _metric("The town, which is home to 5,000 people, was shelled.", "5,000") == "other"
    assert _metric("The city is home to 5,000 people who work in the mines.", "5,000") == "other"

"""Thirty-eighth round (read parts 72-73 after listing them in tuned.txt): a medic or a doctor beside the police does
not make "police and a medic said" two bodies (a provincial director beside a UN official still does, as
tests/test_round37.py checks); a number given as someone's claim ("the military's claim that only five people were
killed") is that body's; "charged that" and "alleged that" say something ("charged with murder" and "the alleged
gunmen" do not); a curfew "has been declared" is a decree, not a speaker; "the deaths of 11 refugees" counts the
dead; the crowd fired on ("opened fire on thousands of demonstrators, killing 19") is not the count of the dead; and
"since Saturday's attempted coup" names the day of the story's violence. Invented sentences only; nothing copied
from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from qz_fixtures import by_value, drafter


SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland officials;Qzland government"],
    ["qz-army", "Armed Forces of Qzland", "military", "true", "", "", "Armed Forces of Qzland"],
    ["qz-opposition", "Qzland opposition", "party", "true", "", "", "the opposition"],
    ["un", "United Nations", "un", "false", "", "", "UN;U.N."],
], columns=list(S.SOURCE_COLUMNS))


# --------------------------------------------------------------------------- drafts: claimants

def test_police_and_a_medic_are_the_polices_count():
    draft = drafter(SOURCES)
    text = ("Seven killed in camp attack\n\nGunmen killed seven people and wounded at least 20 on Friday in a camp in "
            "Millbrook, Qzland police and a medic said.\n")
    got = draft(text, published="2031-03-15")
    assert got["seven"]["claimant"] == "qz-police", got["seven"]["why"]
    assert got["at least 20"]["claimant"] == "qz-police", got["at least 20"]["why"]


def test_a_claim_is_its_owners():
    draft = drafter(SOURCES)
    text = ("Clashes in Millbrook\n\nThe bishop said he was not happy with support for the military's claim that "
            "only five people were killed and 25 injured when gunmen fired on a church in Millbrook on Tuesday.\n")
    got = draft(text)
    assert got["five"]["claimant"] == "qz-army", got["five"]["why"]
    assert got["25"]["claimant"] == "qz-army", got["25"]["why"]


def test_a_figure_of_the_government_then_the_speakers_own():
    draft = drafter(SOURCES)
    text = "Clashes\n\nThe UN said the government's figure of 12 dead was too low and the real toll was 40.\n"
    got = draft(text)
    assert got["12"]["claimant"] == "qz-government", got["12"]["why"]
    assert got["40"]["claimant"] == "un", got["40"]["why"]


def test_charged_that_says_something():
    draft = drafter(SOURCES)
    text = ("Unrest\n\nThe government said three people died in the unrest. The opposition charged on Wednesday that "
            "at least 15 people were killed.\n")
    got = draft(text)
    assert got["three"]["claimant"] == "qz-government", got["three"]["why"]
    assert got["at least 15"]["claimant"] == "qz-opposition", got["at least 15"]["why"]


def test_charged_with_and_the_alleged_say_nothing():
    draft = drafter(SOURCES)
    text = "Unrest\n\nThe alleged gunmen killed 12 people, Qzland police said.\n"
    got = draft(text)
    assert got["12"]["claimant"] == "qz-police", got["12"]["why"]


def test_a_curfew_declared_is_no_speaker():
    draft = drafter(SOURCES)
    text = ("Gun battle\n\nAt least 25 people have died in a gun battle in Millbrook, Qzland police say.\n\nMore than "
            "30 others were wounded in the fighting in and around the town. A curfew has now been declared.\n")
    got = draft(text)
    assert got["More than 30"]["claimant"] == "qz-police", got["More than 30"]["why"]


# --------------------------------------------------------------------------- extraction: what befell them

@pytest.mark.parametrize("text, span", [
    ("The agency is shocked by the tragic deaths of 11 refugees in Millbrook.", "11"),
    ("The deaths of at least 11 displaced people in the camp were confirmed.", "at least 11"),
    ("Rights groups condemned the killing of 20 refugees at the border.", "20"),
])
def test_the_deaths_of_displaced_people_are_deaths(text, span):
    got = by_value(text)
    assert got[span].metric == "killed", got[span].reading


def test_displaced_people_whose_relatives_died_stay_displaced():
    got = by_value("The deaths of their relatives forced 300 refugees to flee.")
    assert got["300"].metric == "displaced", got["300"].reading


@pytest.mark.parametrize("text, crowd, hurt, fate", [
    ("Gunmen opened fire on thousands of demonstrators, killing 19, witnesses said.", "thousands", "19", "killed"),
    ("Police fired on hundreds of protesters, wounding 12.", "hundreds", "12", "injured"),
    ("Police fired into a crowd of 2,000 protesters, wounding dozens.", "2,000", "dozens", "injured"),
])
def test_the_crowd_fired_on_is_not_the_hurt(text, crowd, hurt, fate):
    got = by_value(text)
    assert got[crowd].metric == "other", got[crowd].reading
    assert got[hurt].metric == fate, got[hurt].reading


def test_people_shot_are_still_hurt():
    got = by_value("Soldiers shot five protesters, killing two.")
    assert got["five"].metric == "casualties", got["five"].reading
    assert got["two"].metric == "killed", got["two"].reading


# --------------------------------------------------------------------------- drafts: dates

def test_an_event_named_by_its_day_after_since_dates_the_story():
    draft = drafter(SOURCES)
    text = ("Calm restored\n\nQzland police returned to their headquarters in Harbor Town yesterday for the first time "
            "since Saturday's attempted coup.\n\nThe premier fled hours before army units surrounded several police "
            "stations, killing one policeman at the headquarters in Harbor Town and wounding nine others.\n")
    got = draft(text, published="2031-03-13")  # a Thursday; Saturday 8 March
    assert got["one"]["period_end"] == "2031-03-08", got["one"]["why"]
    assert got["nine"]["period_end"] == "2031-03-08", got["nine"]["why"]


def test_a_total_since_an_events_day_still_runs_to_the_document():
    draft = drafter(SOURCES)
    text = ("Toll\n\nSince Saturday's attack on the market in Millbrook, 30 people have died in hospital, Qzland police "
            "said.\n")
    got = draft(text, published="2031-03-13")
    assert got["30"]["period_end"] == "2031-03-13", got["30"]["why"]

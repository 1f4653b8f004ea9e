"""Fifty-sixth round (read parts 110 and 111 after listing them in tuned.txt). Who: rival counts in one sentence,
each with its own "according to" ("67 raiders, according to police, 86 according to village elders"), are each the
claim of the words after them, not all of the sentence's first source; the group the counted belong to, named right
after their noun ("20 militants from the Qzland Liberation Front"), is not the one source the sentence names. What:
journalists, lawyers and teachers are civilians by their trade (the labelling conventions' *Journalists, aid
workers, medics* rule); cattle rustlers are the armed raiders they are; a headline's "Fifty police injured" counts
police, not "police injured"; a colon that opens a breakdown of a count ("14 civilians were injured: 11 in Harbor
Town and three in Millbrook") gives its parts the count's people. When: a day that dates a political act the
violence followed ("clashes following the announcement on Tuesday of the election results") or a protest still to
come ("a call for a national day of protest on Friday") is not the violence's day. Invented sentences only; nothing
copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from qz_fixtures import by_value, drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;police"],
    ["qlf", "Qzland Liberation Front", "armed_group", "QLF"],
    ["qz-army", "Qzland Armed Forces", "government", "Qzland army;army"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


def test_rival_counts_each_take_their_own_according_to():
    text = ("Villagers killed 67 raiders near Millbrook on Saturday, according to police, 86 according to village "
            "elders, or even 90 according to the villagers themselves.\n")
    got = draft(text, published="2031-09-08")
    assert got["67"]["claimant"] == "qz-police", got["67"]["why"]
    for value in ("86", "90"):
        assert got[value]["claimant"] == "", got[value]["why"]
        assert "own 'according to" in got[value]["why"]
    text2 = ("At least 6,000 people according to the police, up to 30,000 according to the Qzland Liberation Front "
             "marched on the dam near Harbor Town.\n")
    got = draft(text2, published="2031-09-08")
    assert got["At least 6,000"]["claimant"] == "qz-police"
    assert got["up to 30,000"]["claimant"] == "qlf", got["up to 30,000"]["why"]
    # (one "according to" in the sentence: every count is that source's, as before)
    got = draft("Raiders killed 12 villagers and wounded 30 near Millbrook, according to police.\n")
    assert got["12"]["claimant"] == got["30"]["claimant"] == "qz-police"


def test_the_group_the_counted_belong_to_is_not_their_claimant():
    text = ("A senior security official said the air strikes killed at least 20 militants from the Qzland "
            "Liberation Front, the country's largest rebel group.\n")
    got = draft(text, published="2031-09-08")
    assert got["at least 20"]["claimant"] == "", got["at least 20"]["why"]
    # (but the group speaking of its own men is theirs)
    got = draft("The Qzland Liberation Front said 20 of its fighters were killed in the strikes.\n",
                published="2031-09-08")
    assert got["20"]["claimant"] == "qlf", got["20"]["why"]


@pytest.mark.parametrize("text, reported", [
    ("Two journalists were injured by rubber bullets in Harbor Town.", "Two"),
    ("Police detained three lawyers outside the court.", "three"),
    ("Gunmen killed four teachers at the school.", "four"),
    ("A reporter and 12 photographers were beaten.", "12"),
])
def test_journalists_lawyers_and_teachers_are_civilians(text, reported):
    got = by_value(text)
    assert got[reported].population == "civilians", got


def test_cattle_rustlers_are_armed_raiders():
    got = by_value("Villagers killed dozens of cattle-rustlers with spears and machetes.")
    assert got["dozens"].population == "combatants" and got["dozens"].metric == "killed", got
    assert by_value("Police shot dead 14 cattle rustlers on Sunday.")["14"].population == "combatants"
    assert by_value("Villagers killed 30 cattle thieves.")["30"].population == "combatants"


def test_a_headlines_police_injured_counts_police():
    got = by_value("Fifty police injured in Harbor Town riot\n\nCalm returned to the streets on Monday.")
    assert got["Fifty"].population == "combatants" and got["Fifty"].metric == "injured", got
    got = by_value("Two militia dead in clash near Millbrook\n\nThe army said it lost no men.")
    assert got["Two"].population == "combatants" and got["Two"].metric == "killed", got
    # (a noun after "police" is still read on to: "12 police stations" are buildings)
    assert by_value("Rioters burned 12 police stations.")["12"].unit != "people"


def test_a_colon_opens_a_breakdown_of_the_count_before():
    got = by_value("According to the hospital, 14 civilians also sustained injuries: 11 in Harbor Town and three "
                   "more in Millbrook.")
    assert got["11"].population == "civilians" and got["11"].metric == "injured", got
    assert got["three"].population == "civilians"


def test_a_political_acts_day_is_not_the_violences():
    text = ("One person was killed and five others injured in clashes with police following the announcement on "
            "Tuesday evening of the election results in Qzland.\n")
    got = draft(text, published="2031-09-11")  # a Thursday: Tuesday is 2031-09-09
    assert end_day(got["One"]) == "2031-09-11", got["One"]["why"]
    text2 = ("The crisis in Qzland has deepened with a call from the opposition for a national day of protest on "
             "Friday.\n\n"
             "The head of the emergency room at the hospital in Harbor Town told reporters on Thursday that six "
             "wounded people had been admitted.\n")
    got = draft(text2, published="2031-09-11")  # Friday is still to come; the Friday before is 2031-09-05
    assert end_day(got["six"]) == "2031-09-11", got["six"]["why"]
    # (the day of the clashes themselves still dates them)
    text3 = "One person was killed in clashes with police on Tuesday evening in Harbor Town.\n"
    assert end_day(draft(text3, published="2031-09-11")["One"]) == "2031-09-09"

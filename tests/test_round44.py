"""Forty-fourth round (read parts 84-85 after listing them in tuned.txt): the day a count stands at. A "since"
that compares ("the worst setback since June") starts no running total, so the count keeps its sentence's own day;
a toll over days of unrest ("in four days of violence", "over the past two days") stands as given, on the
statement's day; bodies "found last night" date their finding, not the attack; coups ("tried to overthrow") and
shots are violence that dates a text's incident; a caption's old year does not make a news story a look back;
"every year" and "the 34-year civil war" date no incident. Who: a source named only among the counted ("Eleven
Qzland police officers were killed, according to a new toll") is not the claimant. What: "tribespeople", "former
refugees", "non-Ruritanians", and a sentence glued to a full stop ("on March 30.Nine wounded policemen"). Invented
sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally.extract import extract
from qz_fixtures import drafter, end_day

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "Qzland police;QPS"],
    ["qz-radio", "Qzland State Radio", "media", "state-run radio;state radio"],
    ["qz-interior", "Qzland Ministry of the Interior", "government", "interior ministry"],
], columns=["source_id", "name", "type", "aliases"])
draft = drafter(SOURCES)


# --------------------------------------------------------------------------- when

def test_a_since_that_compares_leaves_the_sentences_own_day():
    got = draft("Troops in Eastmark Province opened fire on a march Monday, killing at least 28 and wounding almost "
                "200 others in the worst setback since June to the peace talks.", published="2031-09-09")
    assert end_day(got["at least 28"]) == "2031-09-08"
    assert end_day(got["almost 200"]) == "2031-09-08", got["almost 200"]["why"]
    assert got["almost 200"]["counting_basis"] == "incident"
    # (a "since" that counts stays a running total)
    got = draft("At least 40 people have been killed in Eastmark Province since June.", published="2031-09-09")
    assert got["At least 40"]["counting_basis"] == "cumulative_since"


def test_the_comparisons_since_does_not_hide_the_incident_day_from_later_counts():
    got = draft("Troops in Eastmark Province opened fire on a march Monday, killing at least 28 in the worst "
                "setback since June.\n\nThe victims included 12 students, a doctor said.", published="2031-09-09")
    assert end_day(got["12"]) == "2031-09-08", got["12"]["why"]


def test_a_toll_over_days_of_unrest_stands_on_the_statements_day():
    got = draft("At least six people were killed and 300 injured in four days of violence in Harbor Town, "
                "state-run radio said today. Police fought rioters there on Tuesday.", published="2031-03-21")
    assert end_day(got["At least six"]) == "2031-03-21", got["At least six"]["why"]
    assert end_day(got["300"]) == "2031-03-21"
    got = draft("Nine people were killed in Millbrook on Friday and six on Thursday. The interior ministry late "
                "Friday confirmed that 15 people had died over the past two days.", published="2031-03-22")
    assert end_day(got["15"]) == "2031-03-21", got["15"]["why"]


def test_bodies_found_later_do_not_date_the_attack():
    got = draft("Eleven Qzland police officers were killed and nine others wounded in an ambush in northern Qzland, "
                "according to a new toll on Sunday. \"Three more bodies were found last night while one was found "
                "today (Sunday) morning,\" a police source said after Saturday's attack near Millbrook.",
                published="2031-03-10")
    assert end_day(got["Eleven"]) == "2031-03-08", got["Eleven"]["why"]
    assert end_day(got["nine"]) == "2031-03-08"


def test_a_coup_and_shots_date_the_texts_incident():
    got = draft("Rebels on Friday tried to overthrow the president of Qzland.\n\nAt least 19 people died in the "
                "uprising in Harbor Town.", published="2031-03-09")
    assert end_day(got["At least 19"]) == "2031-03-07", got["At least 19"]["why"]
    got = draft("A villager said he was praying in the church in Millbrook on Monday when he heard the first shots. "
                "At least 42 people were killed.", published="2031-03-11")
    assert end_day(got["At least 42"]) == "2031-03-10", got["At least 42"]["why"]


def test_a_captions_old_year_does_not_make_a_news_story_a_look_back():
    got = draft("Dozens of bodies found in Qzland\n\nGRISLY DISCOVERY The country has been dogged over the years by "
                "turmoil, with grenade blasts rocking the capital in the run-up to elections in 2024\n\nAt least 31 "
                "bodies have been found in Harbor Town after protests turned violent, officials said on Tuesday.\n\n"
                "Firefighters found 25 charred bodies in the rubble of a shopping centre.", published="2031-01-28")
    assert end_day(got["25"]).startswith("2031-01"), got["25"]["why"]
    # (a piece that looks back on an old massacre still does)
    got = draft("Qzland remembers the Millbrook massacre of 2019\n\nSoldiers killed 60 people in Millbrook in 2019."
                "\n\nHundreds gathered on Saturday to mark the anniversary.", published="2031-03-09")
    assert end_day(got["60"]) == "2019-12-31", got["60"]["why"]


def test_what_happens_every_year_and_a_wars_toll_date_no_incident():
    got = draft("Gunmen killed 13 people in a raid on Millbrook on October 30.\n\nCattle raids claim dozens of lives "
                "every year in Qzland. The 34-year civil war has claimed more than 100,000 lives.",
                published="2031-11-12")
    assert end_day(got["dozens"]) == "2031-11-12", got["dozens"]["why"]
    assert end_day(got["more than 100,000"]) == "2031-11-12", got["more than 100,000"]["why"]


# --------------------------------------------------------------------------- who said it

def test_a_source_named_only_among_the_counted_is_not_the_claimant():
    got = draft("Eleven Qzland police officers were killed and nine others wounded in an ambush near Millbrook, "
                "according to a new toll on Sunday.", published="2031-03-10")
    assert got["Eleven"]["claimant"] == "", got["Eleven"]["why"]
    assert got["nine"]["claimant"] == ""
    # (named again as the speaker, it is)
    got = draft("Three Qzland police officers were killed in Millbrook, Qzland police said on Sunday.",
                published="2031-03-10")
    assert got["Three"]["claimant"] == "qz-police"


# --------------------------------------------------------------------------- what was counted

def test_more_people_nouns_and_a_sentence_glued_to_its_full_stop():
    found = {c.value_as_reported: c for c in extract(
        "Police were beating and arresting dozens of tribespeople. The president accepted responsibility for the "
        "massacre of 10 former refugees. Thousands of non-Ruritanians were stranded by the fighting. Gunmen killed "
        "13 people on March 30.Nine wounded policemen were admitted to hospital.")}
    assert found["dozens"].metric == "other"
    assert found["10"].metric == "killed"
    assert "Thousands" in found
    assert found["Nine"].metric == "injured"
    # (a decimal or a version number stays none)
    assert [c.value_as_reported for c in extract("The rate rose to 3.5 in version 2.Two soldiers")] == []

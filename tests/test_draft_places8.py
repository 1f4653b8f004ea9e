"""Admin-1 and dates of drafts, eighth round.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
    ["qz-defence-ministry", "Ministry of Defence of Qzland", "government", "yes", "", "", "the defence ministry"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_including_with_a_finite_verb_is_the_sentences_own_event_and_place():
    # ", including one guard were killed ... in Millbrook": the comma never closes, "were killed" is the
    # sentence's verb, so Millbrook is the place of the whole count (and so of the document)
    text = ("Deadly attack on Qzland market\n\n"
            "Seven people, including one guard were killed and 30 others were injured in an attack on the "
            "central market in Millbrook on Monday night.\n\n"
            "Two attackers were also killed in the incident.\n")
    got = draft(text, published="2031-03-17")
    assert got["Seven"]["admin1"] == "QZ02"
    assert got["Two"]["admin1"] == "QZ02"  # no place in its sentence: the document's place
    assert "Millbrook" in got["Two"]["why"]


def test_including_a_victim_of_another_event_keeps_that_place_apart():
    # the near miss: ", including a guard slain on Sunday in Harbor Town" is one of the counted, with his own
    # event; the count's place is the document's, Millbrook
    text = ("Attacks in Millbrook\n\n"
            "Gunmen attacked a checkpoint in Millbrook on Monday, the police said.\n\n"
            "Nine people have been killed this week, including a guard slain on Sunday in Harbor Town.\n")
    got = draft(text, published="2031-03-17")
    assert got["Nine"]["admin1"] == "QZ02"


def test_since_after_a_superlative_is_a_comparison_not_a_running_total():
    # "the worst unrest since the civil war in 1998": the count is the riot's, not a total since 1998
    text = ("Riots in Millbrook\n\n"
            "Rioters attacked and looted shops in Millbrook on Monday.\n\n"
            "Nine people were killed in the rioting in Millbrook, one of the worst outbreaks of unrest in "
            "Qzland since the army fought the rebels in 1998, the police said.\n")
    got = draft(text, published="2031-03-18")
    nine = got["Nine"]
    assert nine["counting_basis"] != "cumulative_since"
    assert nine["period_end"] == "2031-03-17"
    assert not nine["period_start"].startswith("1998")
    assert "comparison" in nine["why"]


def test_since_without_a_superlative_is_still_a_running_total():
    text = ("Toll in Millbrook\n\n"
            "Nine people have been killed in Millbrook since the army fought the rebels in 1998, the police said.\n")
    got = draft(text, published="2031-03-18")
    assert got["Nine"]["counting_basis"] == "cumulative_since"
    assert got["Nine"]["period_start"].startswith("1998")


def test_a_toll_believed_or_feared_dead_stands_as_of_the_report():
    # "are believed dead", with no day of its own: the toll as known when told, not the night's incident day
    text = ("Unrest in Millbrook\n\n"
            "Rioters attacked shops in Millbrook last night.\n\n"
            "Five people are believed dead in the violence, the police said.\n")
    got = draft(text, published="2031-03-18")
    assert got["Five"]["period_end"] in ("", "2031-03-18")
    assert got["Five"]["as_of"] == "2031-03-18"
    # the near miss: "were killed", the incident's day
    text2 = text.replace("are believed dead", "were killed")
    assert draft(text2, published="2031-03-18")["Five"]["period_end"] == "2031-03-17"


def test_overnight_is_the_night_of_the_evening_the_document_names():
    # a Thursday story: "overnight" alone is the night ending Thursday morning (Thursday); when the document
    # says the attack was "on Wednesday night", the overnight attack is Wednesday's
    text = ("Attack on Qzland barracks\n\n"
            "Eleven soldiers were killed in an overnight attack on a barracks in Millbrook, the army said on Thursday.\n\n"
            "Gunmen attacked the gate on Wednesday night, witnesses said.\n")
    got = draft(text, published="2031-03-20")  # a Thursday
    assert got["Eleven"]["period_end"] == "2031-03-19"
    assert "overnight" in got["Eleven"]["why"]


def test_overnight_alone_is_the_morning_it_ended():
    text = ("Attack on Qzland barracks\n\n"
            "Eleven soldiers were killed in an overnight attack on a barracks in Millbrook, the army said on Thursday.\n\n"
            "Gunmen stormed the gate at around midnight.\n")
    got = draft(text, published="2031-03-20")
    assert got["Eleven"]["period_end"] == "2031-03-20"


def test_a_number_in_an_earlier_event_after_the_main_clauses_day_takes_that_events_day():
    # "appeared in court today following a bombing that killed 40": today is the court's day; the bombing
    # is the incident the document dates earlier (Friday)
    text = ("Millbrook bomber in court\n\n"
            "A bomb exploded at the market in Millbrook on Friday.\n\n"
            "The suspect appeared in court today following a bombing at the market in Millbrook that killed at "
            "least 40 people.\n")
    got = draft(text, published="2031-03-24")  # a Monday
    assert got["at least 40"]["period_end"] == "2031-03-21"
    assert "earlier event" in got["at least 40"]["why"]


def test_with_no_earlier_day_the_earlier_events_count_is_not_given_the_main_clauses_day_as_its_own():
    text = ("Qzland regains control\n\n"
            "Troops rounded up rebels in Millbrook today after fending off an attack by separatists that claimed at "
            "least 15 lives.\n")
    got = draft(text, published="2031-03-24")
    fifteen = got["at least 15"]
    assert fifteen["counting_basis"] != "incident"
    assert "earlier event" in fifteen["why"]
    # the near miss: no "after ... that claimed": the day is the count's own
    near = draft("Attack in Qzland\n\nSeparatists attacked Millbrook today, killing at least 15 people.\n",
                 published="2031-03-24")
    assert near["at least 15"]["period_end"] == "2031-03-24"


def test_a_speaker_in_a_place_puts_the_count_there_but_a_place_speaking_does_not():
    # "a doctor at a hospital in Millbrook said": the doctor is in Millbrook; the place is the count's
    text = ("Riots spread in Qzland\n\n"
            "Rioters attacked factories across Qzland on Tuesday.\n\n"
            "A doctor at a hospital in Millbrook said nine workers were killed in the rioting.\n")
    got = draft(text, published="2031-03-19")
    assert got["nine"]["admin1"] == "QZ02"
    # "Millbrook said": a city speaking for its authorities, not the place of the count (the document's is)
    text2 = ("Strike on Harbor Town\n\n"
             "A drone hit a school in Harbor Town on Tuesday. Millbrook said nine workers were killed.\n")
    assert draft(text2, published="2031-03-19")["nine"]["admin1"] == "QZ01"


def test_a_title_case_headline_run_into_prose_names_the_country_not_a_longer_name():
    # "Army Puts Qzland Deaths at 220 : Inquiry: ...": a headline in title case on one line with prose; "Puts
    # Qzland" is not a place the table lacks
    text = ("Army Puts Qzland Civilian Deaths at 220 : Inquiry: the figure suggests many more died than reported.\n\n"
            "The army said on Tuesday that about 220 civilians were killed.\n")
    got = draft(text, published="2031-03-19")
    assert got["220"]["admin1"] == "QZ"
    assert "longer name" not in got["220"]["why"]
    # the near miss in prose: "the slopes of Mount Qzland" stays a longer name the table does not know
    prose = draft("Shelling on the slopes\n\nShelling on the slopes of Mount Qzland killed 12 shepherds, the army "
                  "said.\n", published="2031-03-19")
    assert "longer name" in prose["12"]["why"]


def test_a_count_told_again_without_a_day_takes_the_day_of_its_first_telling():
    text = ("Protests in Qzland\n\n"
            "Protests were held across Qzland against the deaths of 12 people on Monday in clashes in Millbrook.\n\n"
            "'It has so far been established that 12 people died,' the government said in a statement.\n")
    rows = [r for r in draft_rows(text, "2031-03-18") if r["value"] == "12"]
    assert [r["period_end"] for r in rows] == ["2031-03-17", "2031-03-17"]
    assert "the same count as" in rows[1]["why"]
    # the near miss: a toll raised to the same number later stands as of its own telling
    raised = text.replace("It has so far been established that 12 people died", "The death toll has risen to 12")
    rows = [r for r in draft_rows(raised, "2031-03-18") if r["value"] == "12"]
    assert "the same count as" not in rows[1]["why"]


def draft_rows(text: str, published: str) -> list[dict]:
    from crosstally.draft import draft_document
    from qz_fixtures import ADMIN1
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": published,
           "language": "en"}
    return draft_document(text, doc, SOURCES, ADMIN1).to_dict("records")


def test_a_claimants_undated_counts_stand_as_of_the_day_its_statement_is_dated():
    text = ("Qzland army gives toll\n\n"
            "The defence ministry, in its first accounting of the offensive, said Tuesday that about 220 civilians "
            "were killed in the fighting.\n\n"
            "At the same time, the defence ministry estimated that 314 rebels were killed.\n\n"
            "Hospitals in Millbrook are treating 80 wounded people, the police said.\n")
    got = draft(text, published="2031-03-19")  # a Wednesday
    assert got["314"]["as_of"] == "2031-03-18"
    assert "report the text dates" in got["314"]["why"]
    # another claimant's (or nobody's) undated count stays as of the document
    assert got["80"]["as_of"] == "2031-03-19"


def test_an_earlier_statement_is_not_dated_by_the_later_one():
    text = ("Toll revised\n\n"
            "The defence ministry said on Tuesday that 220 civilians were killed in the offensive.\n\n"
            "The defence ministry earlier put the number of deaths at over 300 people.\n")
    got = draft(text, published="2031-03-19")
    assert got["over 300"]["as_of"] == "2031-03-19"

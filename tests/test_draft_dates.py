"""Period ends of drafts: years, two-day windows, tolls updated after the incident, counts
in the present tense (when-where rules of issue 11).

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set. Publication days are in 2031: Friday 14 March 2031 unless said."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft import _SENTENCE_DATE, resolve_date
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-health", "Qzland Ministry of Health", "government", "no", "", "", "Health Ministry"],
    ["relief-net", "Relief Network", "humanitarian_ngo", "no", "", "", ""],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_a_year_is_a_window_ending_on_31_december_or_on_the_documents_date():
    got = resolve_date("last year", "2031-03-14")
    assert (got["period_start"], got["period_end"], got["counting_basis"]) == ("2030-01-01", "2030-12-31", "period_total")
    got = resolve_date("in 2029", "2031-03-14")
    assert (got["period_start"], got["period_end"]) == ("2029-01-01", "2029-12-31")
    got = resolve_date("throughout 2029", "2031-03-14")
    assert got["period_end"] == "2029-12-31" and got["date_certainty"] == "stated"
    got = resolve_date("earlier this year", "2031-03-14")  # the year so far
    assert (got["period_start"], got["period_end"]) == ("2031-01-01", "2031-03-14")
    r = draft("Bodies recovered\n\nA total of 189 bodies were found in Harbor Town throughout 2029.\n")["189"]
    assert r["period_end"] == "2029-12-31"


def test_a_month_and_year_is_no_day():
    # "November 2029": the 20 of 2029 is no day of the month
    (m,) = list(_SENTENCE_DATE.finditer("troops were sent in November 2029 to fight"))
    assert m.group().strip() == "in November 2029"
    assert resolve_date(m.group(), "2031-03-14")["period_end"] == "2029-11"


def test_two_days_end_on_the_later():
    assert resolve_date("on March 10 and 11, 2031", "2031-03-14")["period_end"] == "2031-03-11"
    assert resolve_date("10 and 11 March", "2031-03-14")["period_end"] == "2031-03-11"
    text = ("Two civilians were killed and 12 people injured in bomb attacks in Harbor Town on Wednesday night and "
            "Thursday morning, police said.\n")
    got = draft(text, published="2031-03-14")  # Friday: Wednesday 12, Thursday 13
    assert got["Two"]["period_end"] == got["12"]["period_end"] == "2031-03-13"
    assert "ends on the last" in got["Two"]["why"]
    text = "On March 10 and 11, 2031, 14 civilians were killed in Millbrook.\n"
    assert draft(text)["14"]["period_end"] == "2031-03-11"


def test_a_toll_raised_later_keeps_its_incidents_day_unless_it_spans_several_attacks():
    # README, fourth-round corrections: a single incident's toll, raised later, ends on the incident's day
    # when the text gives it; else on the day it was given
    text = ("Gunmen attacked a market in Millbrook on Friday, killing 12 people.\n\n"
            "The death toll from the attack has risen to 30, the Health Ministry said on Sunday.\n\n"
            "The toll has since been raised to 34.\n")
    got = draft(text, published="2031-03-17")  # Monday
    assert got["12"]["period_end"] == got["30"]["period_end"] == got["34"]["period_end"] == "2031-03-14"
    assert got["34"]["admin1"] == "QZ02"  # one incident's toll, not a total over the country
    got = draft("The death toll from the attack on Friday in Millbrook has risen to 41.\n", published="2031-03-17")
    assert got["41"]["period_end"] == "2031-03-14"
    # no incident day in the text: the day the toll was given
    got = draft("The death toll from a bombing in Millbrook has risen to 36, officials said on Sunday.\n",
                published="2031-03-17")
    assert got["36"]["period_end"] == "2031-03-16"
    # several attacks over days of fighting: the toll as given
    text = ("Fighting raged in Harbor Town on Saturday and Sunday.\n\n"
            "The Health Ministry said on Monday the death toll from the attacks had reached 1,200 people.\n")
    r = draft(text, published="2031-03-18")["1,200"]
    assert r["period_end"] == "2031-03-17" and "a toll as given" in r["why"]


def test_a_count_since_an_event_dated_at_the_clauses_end_is_a_running_total():
    text = ("Bombs went off in Harbor Town on Thursday.\n\nThe attacks brought to at least 27 the number of people "
            "killed in Eastmark since troops raided a camp in Westfold on Feb. 10.\n")
    r = draft(text)["at least 27"]
    assert (r["period_start"], r["period_end"], r["counting_basis"]) == ("2031-02-10", "2031-03-14", "cumulative_since")


def test_a_count_in_the_present_tense_stands_as_of_the_document():
    text = ("Shelling hit the hospital in Harbor Town on 4 March.\n\n"
            "The Relief Network is currently evacuating about 240 patients from Harbor Town by sea.\n\n"
            "Thousands of people are fleeing Harbor Town, the Relief Network said.\n")
    got = draft(text)
    assert (got["about 240"]["period_end"], got["about 240"]["as_of"]) == ("", "2031-03-14")
    assert (got["Thousands"]["period_end"], got["Thousands"]["as_of"]) == ("", "2031-03-14")
    # the past tense keeps the incident's day
    assert draft("Shelling hit Harbor Town on 4 March.\n\nIt killed 9 people in Harbor Town.\n")["9"]["period_end"] \
        == "2031-03-04"


def test_a_day_after_publication_in_words_of_what_is_to_come_is_no_period():
    got = resolve_date("on 16 March", "2031-03-14", sentence="A further 160 patients should be evacuated on 16 March.")
    assert got["period_end"] == "" and "to come" in got["date_basis"]
    # without such words a day weeks after publication is the previous year's, as before
    assert resolve_date("on 26 April", "2031-03-14", sentence="160 were killed on 26 April.")["period_end"] == "2030-04-26"


def test_a_present_count_keeps_the_documents_date_though_a_later_clause_dates_an_attack():
    text = ("Thousands of people are fleeing Millbrook following the attack on a convoy which killed 41 people on "
            "10 March.\n")
    got = draft(text)
    assert (got["Thousands"]["period_end"], got["Thousands"]["as_of"]) == ("", "2031-03-14")
    assert got["41"]["period_end"] == "2031-03-10"


def test_a_wire_dateline_a_day_before_publication_is_the_day_its_words_count_from():
    text = ("Rebels kill 19 in Qzland\n\nHARBOR TOWN, March 13: Rebels shot dead 19 people in Millbrook.\n\n"
            "\"A total of 1,057 civilians arrived today,\" the army said.\n")
    got = draft(text, published="2031-03-14")
    assert got["1,057"]["period_end"] == "2031-03-13" and "dateline" in got["1,057"]["why"]
    assert got["1,057"]["published"] == "2031-03-14"
    # a dateline of the publication day changes nothing
    same = draft(text.replace("March 13", "March 14"), published="2031-03-14")
    assert same["1,057"]["period_end"] == "2031-03-14" and "dateline" not in same["1,057"]["why"]


def test_between_a_day_and_a_later_day_of_the_same_month_is_a_window_not_two_days():
    text = "Air strikes hit clinics in Harbor Town six times between March 1 and 12, the Relief Network said.\n"
    r = draft(text)["six"]
    assert (r["period_start"], r["period_end"], r["counting_basis"]) == ("2031-03-01", "2031-03-12", "period_total")


def test_the_headlines_day_dates_a_body_that_names_none():
    text = ("Strike kills five in Millbrook on Tuesday\n\n"
            "An air strike killed five people in Millbrook, the Health Ministry said.\n")
    r = draft(text)["five"]  # published Friday 14 March 2031
    assert r["period_end"] == "2031-03-11"
    # a body with its own day keeps it
    text2 = text.replace("the Health Ministry said", "on Wednesday, the Health Ministry said")
    assert draft(text2).get("five", {}).get("period_end") in ("2031-03-12",)

"""The drafting rules written on the wider dev set (the second round): who said it when
names overlap, back-references and appositions; when, for counts that are not one day's
incident; where, for places that are actors or shares.

Every fixture here is invented for these tests (a made-up country, QZ, and made-up
sources); none comes from the benchmark's labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft import Claimants
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-health", "Qz Ministry of Health", "belligerent", "true", "", "", "Health Ministry"],
    ["gov-eastmark", "Governor of Eastmark (Ana Pell)", "belligerent", "true", "", "", "Ana Pell;Pell"],
    ["reliefnet", "Relief Network (RN)", "humanitarian_ngo", "false", "", "", ""],
    ["un", "United Nations", "un_agency", "false", "", "", "UN;the UN"],
    ["unmq", "UN Mission in Qzland (UNMQ)", "un_agency", "false", "", "", "UN Mission in Qzland"],
    ["tally", "Conflict Tally Project (CTP)", "monitoring_ngo", "false", "", "", ""],
    ["jo-tam", "Jo Tam, resident of Millbrook", "individual", "false", "", "", "Jo Tam"],
    ["kit-vale", "Kit Vale, resident of Reedville", "individual", "false", "", "", "Kit Vale"],
    ["qz-army", "Qz army", "military", "true", "", "", "Qz army;army officer"],
    ["wire", "Wire Service (WS)", "media", "false", "", "", "WS"],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


# --------------------------------------------------------------------------- who said it

def test_a_longer_name_wins_over_a_name_it_overlaps():
    c = Claimants(SOURCES)
    assert c.resolve("the UN Mission in Qzland")[0] == "unmq"  # not "the UN"
    assert c.named_in("a report by the UN Mission in Qzland") == {"unmq"}


def test_an_abbreviation_written_with_full_stops():
    assert Claimants(SOURCES).resolve("The U.N.")[0] == "un"
    d = draft("The U.N. said that 4,100 civilians have been killed in the conflict.\n")
    assert d["4,100"]["claimant"] == "un"


def test_a_name_that_runs_on_past_the_attributing_words():
    # the extractor's phrase stops at "in"; the source's name goes on
    d = draft("212 civilians were killed in March, according to the UN Mission in Qzland report.\n")
    assert d["212"]["claimant"] == "unmq"


def test_the_statement_said_refers_back_to_the_last_source():
    d = draft("Shelling continued in Millbrook, according to the Relief Network.\n\n"
              "At least 40 people were killed, the statement said.\n")
    r = d["At least 40"]
    assert r["claimant"] == "reliefnet" and "refers back" in r["why"]
    assert float(r["confidence"]) < 1


def test_he_is_the_person_named_last_not_the_last_speaker():
    d = draft("A resident, Jo Tam, said the gunmen came at night. Later a neighbour, Kit Vale, wept as she "
              "spoke to our reporter. She said: \"We lost 11 people in this village.\"\n")
    assert d["11"]["claimant"] == "kit-vale"


def test_a_source_named_beside_unknown_attributing_words():
    d = draft("A man from the camp, Jo Tam, said that 6 people were killed in Millbrook.\n")
    r = d["6"]
    assert r["claimant"] == "jo-tam" and "beside" in r["why"]


def test_more_reporting_verbs():
    d = draft("The Relief Network also disclosed that 3,400 people were displaced in Westfold.\n")
    assert d["3,400"]["claimant"] == "reliefnet"


def test_a_label_naming_a_known_source_attributes_its_line():
    d = draft("Millbrook: 30 bodies recovered after strike\n\n"
              "Army officer: A strike killed dozens of civilians on Monday\n\n"
              "At least 30 bodies have been recovered in Millbrook, Jo Tam said.\n")
    assert d["dozens"]["claimant"] == "qz-army"


def test_an_also_attribution_does_not_reach_back():
    d = draft("At least 9 people were killed in Millbrook. The Relief Network also said that 200 people fled.\n\n"
              "Meanwhile the Conflict Tally Project said 12 were killed in Reedville.\n")
    assert d["At least 9"]["claimant"] == ""
    assert d["200"]["claimant"] == "reliefnet"


def test_attribution_is_not_carried_past_the_paragraph_before():
    d = draft("Five people were killed in Millbrook on Monday, the Relief Network said.\n\n"
              "Two others were hurt, Jo Tam said.\n\n"
              "Aid stopped.\n\n"
              "Over 9,000 people have fled the province.\n")
    r = d["Over 9,000"]
    assert r["claimant"] == ""  # background: nobody's
    d = draft("Five people were killed in Millbrook on Monday, the Relief Network said.\n\n"
              "Aid stopped.\n\n"
              "Over 9,000 people have fled the province.\n")
    # nor when the document reports one source (tenth round: the labelled set reads such a far sentence as the
    # writer's own voice more often than as the one source's)
    assert d["Over 9,000"]["claimant"] == ""


def test_a_document_that_names_one_source_and_no_speaker_is_its_report():
    d = draft("Relief Network update on Westfold\n\nOur teams registered 1,250 refugees in Millbrook. "
              "We expect more.\n")
    r = d["1,250"]
    assert r["claimant"] == "reliefnet" and "the one source it names" in r["why"]
    assert float(r["confidence"]) <= 0.7


# --------------------------------------------------------------------------- when

def test_a_day_in_a_sentence_without_violence_is_no_incident_day():
    d = draft("Families returned to Millbrook on Saturday. Gunmen attacked the village between Tuesday and "
              "Thursday night. The Relief Network said 40 people had been killed.\n", published="2031-03-16")
    # Sunday 2031-03-16: Thursday is the 13th; Saturday (the 15th) dates no incident
    assert d["40"]["period_end"] == "2031-03-13"


def test_the_day_something_broke_out_is_no_incident_day_and_starts_a_running_total():
    d = draft("More than 2,000 people have crossed into Westfold since the fighting that broke out on March 1, "
              "the Relief Network said.\n\nAbout 300 people have already crossed as a result of clashes that "
              "broke out on March 9.\n", published="2031-03-14")
    r = d["About 300"]
    assert (r["counting_basis"], r["period_end"]) == ("cumulative_since", "2031-03-14")


def test_on_friday_it_was_reported_is_the_reports_day():
    d = draft("Gunmen attacked Millbrook on Wednesday. On Friday it was reported that 70 people were killed.\n",
              published="2031-03-16")
    r = d["70"]
    assert r["period_end"] == "2031-03-12" and r["statement_date"] == "2031-03-14"


def test_parts_of_a_year_are_windows():
    d = draft("In the first half of the year, 1,400 civilians were killed, the Conflict Tally Project said. "
              "In the first quarter of 2030, 310 were killed. In the first two months of the year, 90 soldiers "
              "died.\n", published="2031-07-20")
    assert (d["1,400"]["period_start"], d["1,400"]["period_end"]) == ("2031-01-01", "2031-06-30")
    assert (d["310"]["period_start"], d["310"]["period_end"], d["310"]["date_certainty"]) == \
        ("2030-01-01", "2030-03-31", "stated")
    assert d["90"]["period_end"] == "2031-02-28"
    assert d["1,400"]["admin1"] == "QZ"  # a total over half a year with no place: the whole country


def test_a_count_in_the_present_stands_as_of_the_document():
    d = draft("Gunmen stormed Millbrook last Wednesday, killing 12 people.\n\n"
              "Nearly 800 people are missing, Jo Tam said.\n", published="2031-03-14")
    assert d["12"]["period_end"] == "2031-03-12"
    r = d["Nearly 800"]
    assert r["period_end"] in ("", "2031-03-14") and r["as_of"] == "2031-03-14"
    assert r["counting_basis"] != "incident"


def test_a_date_naming_the_event_of_a_perfect_tense_count():
    d = draft("At least 60 bodies have been pulled from the site of a March 2 airstrike in Millbrook, Jo Tam said.\n",
              published="2031-03-14")
    r = d["At least 60"]
    assert r["period_end"] in ("", "2031-03-14") and r["counting_basis"] != "incident"
    assert "names the event" in r["why"]


# --------------------------------------------------------------------------- where

def test_a_place_that_speaks_is_an_actor():
    d = draft("A strike on Eastmark killed two people, as both Westfold and Delta City reported attacks.\n")
    assert d["two"]["admin1"] == "QZ01"


def test_a_place_named_in_a_share_after_the_number_is_a_part():
    d = draft("In the first half of the year, 900 civilians were killed, with deaths in Millbrook accounting "
              "for a third of the toll.\n", published="2031-08-01")
    assert d["900"]["admin1"] == "QZ"


def test_its_territory_is_the_whole_country():
    d = draft("Missiles hit Harbor Town on Friday.\n\nThe Qz army said 37 drones were launched against its "
              "territory overnight.\n")
    assert d["37"]["admin1"] == "QZ" and "whole country" in d["37"]["why"]


def test_one_days_incident_placed_only_in_the_country_takes_the_documents_unit():
    d = draft("More than 20 people were killed on Tuesday when gunmen attacked two villages in northern Qzland, "
              "the UN said.\n\n\"Eight were killed in Millbrook and 12 elsewhere in Westfold,\" it said.\n")
    r = d["More than 20"]
    assert r["admin1"] == "QZ02" and "one incident" in r["why"]
    assert float(r["confidence"]) < 1


def test_the_area_refers_back_to_the_place_named_last():
    d = draft("Gunmen stormed Millbrook on Wednesday, the Relief Network said.\n\n"
              "Aid did not arrive.\n\n"
              "In recent days, thousands of people have fled the area, the Relief Network said.\n")
    r = d["thousands"]
    assert r["admin1"] == "QZ02" and "refers back" in r["why"]


def test_a_headline_source_that_is_no_known_source_is_the_ledes():
    d = draft("Over 30 killed in Westfold, capital says\n\n"
              "At least 31 people were killed in Millbrook, the Relief Network said on Sunday.\n")
    r = d["Over 30"]
    assert r["claimant"] == "reliefnet" and "names no known source" in r["why"]
    assert float(r["confidence"]) <= 0.7


def test_a_vague_headline_figure_takes_the_body_figure_in_the_same_words():
    d = draft("Hundreds missing after Millbrook attack\n\n"
              "Gunmen stormed Millbrook on Wednesday, the Qz army said.\n\n"
              "But hundreds are still missing, according to the Relief Network.\n")
    r = d["Hundreds"]
    assert r["claimant"] == "reliefnet" and "headline figure" in r["why"]

"""Drafts read the document around a figure as an analyst does: who said it (carried from
the paragraph, a pronoun, a role, the headline's lede), where (the most specific place, a
region of several units, "there"), and when (the incident's day, not the statement's).

Every fixture here is invented for these tests (a made-up country, QZ, and made-up
sources); none comes from the benchmark's labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.draft import Places, resolve_date
from crosstally.ledger import admin1_errors, read_raw_csv
from crosstally.paths import Paths
from qz_fixtures import ADMIN1, drafter

SOURCES = pd.DataFrame([
    ["qz-health", "Qz Ministry of Health", "belligerent", "true", "", "", "Health Ministry;health officials"],
    ["gov-eastmark", "Governor of Eastmark (Ana Pell)", "belligerent", "true", "", "", "Ana Pell;Governor Ana Pell;Pell"],
    ["reliefnet", "Relief Network (RN)", "humanitarian_ngo", "false", "", "", ""],
    ["unra", "United Refugee Agency (UNRA)", "un_agency", "false", "", "", ""],
    ["tally", "Conflict Tally Project (CTP)", "monitoring_ngo", "false", "", "", ""],
    ["wire", "Wire Service (WS)", "media", "false", "", "", "WS"],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


# --------------------------------------------------------------------------- who said it

def test_attribution_is_carried_from_the_next_sentence_of_the_paragraph():
    d = draft("Shelling hit a market in Millbrook on Tuesday. Seven people were killed. "
              "The Relief Network said the wounded were taken to a clinic.\n")
    r = d["Seven"]
    assert r["claimant"] == "reliefnet"
    assert "same paragraph" in r["why"] and float(r["confidence"]) < 1


def test_he_said_refers_back_to_the_last_named_source():
    d = draft("Four guards were killed at a depot, Governor Ana Pell said. Two soldiers were also wounded, he said.\n")
    assert d["Four"]["claimant"] == "gov-eastmark"
    assert d["Two"]["claimant"] == "gov-eastmark"
    assert "'he' refers back" in d["Two"]["why"]


def test_a_role_resolves_to_the_source_named_with_that_role_before_or_after():
    d = draft("Missiles hit Harbor Town on Monday, killing nine people, the regional governor said.\n\n"
              "Ana Pell, the governor of Eastmark, said later that 30 were wounded.\n\n"
              "The Health Ministry counted 12 dead. A ministry statement said 40 others were hurt.\n")
    assert d["nine"]["claimant"] == "gov-eastmark" and "governor named later" in d["nine"]["why"]
    assert d["40"]["claimant"] == "qz-health" and "ministry named earlier" in d["40"]["why"]


def test_someone_new_is_not_a_source_named_before():
    d = draft("The Relief Network said 5 people died. A local network told reporters that 8 people were missing.\n")
    assert d["5"]["claimant"] == "reliefnet"
    assert d["8"]["claimant"] == "" and d["8"]["claimant_phrase"] == "A local network"


def test_the_source_in_the_numbers_own_clause_wins():
    d = draft("According to the Conflict Tally Project, over 4,100 people have been killed in the conflict, "
              "while the United Refugee Agency reports that more than 2 million people have been displaced.\n")
    assert d["over 4,100"]["claimant"] == "tally"
    assert d["more than 2 million"]["claimant"] == "unra"
    assert "number's clause" in d["more than 2 million"]["why"]


def test_a_paragraph_without_attribution_takes_the_attribution_of_the_paragraph_before():
    d = draft("At least 21 civilians were killed in Westfold, according to the Relief Network.\n\n"
              "The drones struck a bus station. Among the dead were 6 children.\n")
    r = d["6"]
    assert r["claimant"] == "reliefnet" and "paragraph before" in r["why"]
    assert float(r["confidence"]) <= 0.75


def test_a_speaker_label_attributes_its_paragraph():
    d = draft("Ana Pell: \"The shelling has not stopped. At least 15 people have been killed this week.\"\n")
    assert d["At least 15"]["claimant"] == "gov-eastmark" and "speaker" in d["At least 15"]["why"]


def test_a_passive_agent_is_the_claimant():
    d = draft("Planes dropped four bombs on Reedville, as confirmed by the Relief Network.\n")
    assert d["four"]["claimant"] == "reliefnet"


# --------------------------------------------------------------------------- the headline

def test_a_headline_figure_takes_the_ledes_claimant_place_and_day():
    d = draft("Missile strike kills eleven in eastern Qzland - governor\n\n"
              "Eleven people were killed when missiles hit a rail depot in Harbor Town on Thursday, "
              "Governor Ana Pell said.\n", published="2031-03-14")
    head = d["eleven"]
    assert (head["claimant"], head["admin1"], head["period_end"]) == ("gov-eastmark", "QZ01", "2031-03-13")
    assert "headline figure" in head["why"]


def test_a_headline_with_no_repeat_in_the_body_takes_the_first_attribution():
    d = draft("Relief convoy turned back\n\nThe Relief Network said aid did not reach 300 families in Saltpan.\n")
    assert d["300"]["claimant"] == "reliefnet"


# --------------------------------------------------------------------------- where

def test_a_group_name_means_every_unit_that_lists_it_and_a_unit_word_means_the_unit():
    p = Places(ADMIN1)
    (strip,) = p.mentions("Shelling across the Delta Strip.")
    assert (strip.codes, strip.kind) == (("QZ03", "QZ04"), "group")
    (bare,) = p.mentions("Fighting in Delta went on.")
    assert bare.codes == ("QZ03", "QZ04")  # the bare name is the region ...
    (gov,) = p.mentions("Fighting in Delta province went on.")
    assert (gov.codes, gov.kind) == (("QZ03",), "unit")  # ... the unit when a unit word follows


def test_the_unit_beats_the_region_and_country_named_with_it():
    d = draft("Shelling killed 14 people in Saltpan, in the south of the Delta Strip, on Tuesday.\n")
    assert d["14"]["admin1"] == "QZ04"


def test_strikes_over_a_region_stay_the_regions():
    d = draft("Airstrikes across the Delta Strip killed 31 people on Tuesday, health officials said.\n\n"
              "One strike hit a school in Reedville.\n")
    assert d["31"]["admin1"] == "QZ03;QZ04"


def test_one_strike_said_to_be_in_a_region_takes_the_documents_place_for_it():
    d = draft("Three people were killed in an airstrike in Delta, the Health Ministry said.\n\n"
              "Witnesses said the strike hit a car in Saltpan, near the coast road. Saltpan has been shelled before.\n")
    r = d["Three"]
    assert r["admin1"] == "QZ04" and "one incident (one strike" in r["why"]
    assert float(r["confidence"]) < 1


def test_a_country_used_as_an_adjective_is_no_place():
    d = draft("Qzland's air force bombed a village, killing 6 people.\n\n"
              "The village lies north of Millbrook, in Westfold.\n")
    assert d["6"]["admin1"] == "QZ02"


def test_killed_there_is_the_place_named_last():
    d = draft("The fighting has moved from Millbrook to Harbor Town. At least 50 people were killed there last week.\n")
    assert d["At least 50"]["admin1"] == "QZ01"


def test_a_total_over_time_with_no_place_is_the_whole_countrys():
    d = draft("Missiles hit Harbor Town on Monday, killing 8 people, the governor said.\n\n"
              "More than 12,000 people have been killed in the conflict, according to the Conflict Tally Project.\n")
    r = d["More than 12,000"]
    assert r["admin1"] == "QZ" and "total over time" in r["why"]
    assert d["8"]["admin1"] == "QZ01"


# --------------------------------------------------------------------------- when

def test_the_incident_day_not_the_statement_day():
    d = draft("A drone strike killed five civilians in a village, residents said on Wednesday.\n\n"
              "The drone struck Reedville on Tuesday afternoon. Five people were killed and 9 wounded, "
              "the Relief Network said.\n", published="2031-03-13")
    lede = d["five"]
    assert (lede["period_end"], lede["statement_date"], lede["counting_basis"]) == ("2031-03-11", "2031-03-12", "incident")
    assert "dates the statement" in lede["why"] and "incident day" in lede["date_basis"]
    assert d["9"]["period_end"] == "2031-03-11"  # no date in its sentence: the incident's day


def test_a_dateline_is_no_incident_day():
    d = draft("Strikes on Westfold\nMarch 2, 2031\n\nThree people were killed in Millbrook, the Relief Network said.\n",
              published="2031-03-14")
    r = d["Three"]
    assert (r["period_end"], r["as_of"], r["date_certainty"]) == ("", "2031-03-14", "uncertain")  # as of publication


@pytest.mark.parametrize("phrase, published, expected", [
    ("since the start of November", "2031-12-10", ("2031-11", "2031-12-10", "cumulative_since")),
    ("since the beginning of the year", "2031-05-09", ("2031", "2031-05-09", "cumulative_since")),
    ("late on Sunday", "2031-03-14", ("2031-03-09", "2031-03-09", "incident")),
    # "overnight" in a story is the night that ended on its morning: dated the publication day;
    # "last night" and "late-night" the evening before
    ("overnight", "2031-03-14", ("2031-03-14", "2031-03-14", "incident")),
    ("last night", "2031-03-14", ("2031-03-13", "2031-03-13", "incident")),
    ("a late-night", "2031-03-14", ("2031-03-13", "2031-03-13", "incident")),
    ("on Tuesday afternoon", "2031-03-14", ("2031-03-11", "2031-03-11", "incident")),
])
def test_day_words(phrase, published, expected):
    got = resolve_date(phrase, published)
    assert (got["period_start"], got["period_end"], got["counting_basis"]) == expected


def test_since_the_start_of_a_month_is_a_running_total_from_its_first_day():
    d = draft("At least 340 people have been displaced since the start of November, the United Refugee Agency said.\n",
              published="2031-12-10")
    r = d["At least 340"]
    assert (r["counting_basis"], r["period_start"], r["period_end"]) == ("cumulative_since", "2031-11", "2031-12-10")


# --------------------------------------------------------------------------- the admin-1 table's groups

def _errors(rows) -> list[str]:
    df = pd.DataFrame(rows, columns=list(S.ADMIN1_COLUMNS))
    df["source_line"] = range(2, len(df) + 2)
    return [str(e) for e in admin1_errors(df, "admin1.csv")]


def test_groups_are_validated():
    assert _errors(ADMIN1.values.tolist()) == []
    assert _errors([["QZ", "Qzland", "", ""], ["QZ01", "Eastmark", "", "Hill Country"], ["QZ02", "Westfold", "", ""]]) == [
        "admin1.csv:3:groups: group 'Hill Country' names only QZ01: a place that is one unit is an alias of it, not a group"]
    assert _errors([["QZ", "Qzland", "", "North"], ["QZ01", "Eastmark", "", ""], ["QZ02", "Westfold", "", ""]]) == [
        "admin1.csv:2:groups: the whole country (QZ) cannot be part of a group; list the group on its units"]
    assert _errors([["QZ", "Qzland", "", ""], ["QZ01", "Eastmark", "", "Millbrook"], ["QZ02", "Westfold", "Millbrook", ""],
                    ["QZ03", "Delta", "", "Millbrook"]]) == [
        "admin1.csv:3:groups: group 'Millbrook' is also a spelling of QZ02, which is not in the group: "
        "a name must say one place"]


def test_an_admin1_table_without_the_groups_column_still_reads(tmp_path):
    rules = tmp_path / "data" / "raw" / "rules"
    rules.mkdir(parents=True)
    (rules / "admin1.csv").write_text("pcode,name,aliases\nQZ,Qzland,\nQZ01,Eastmark,Harbor Town\n", encoding="utf-8")
    df, errors = read_raw_csv(rules / "admin1.csv", S.ADMIN1_COLUMNS, Paths(tmp_path))
    assert errors == [] and list(df["groups"]) == ["", ""]
    (rules / "admin1.csv").write_text("pcode,name,groups\nQZ,Qzland,\n", encoding="utf-8")
    _, errors = read_raw_csv(rules / "admin1.csv", S.ADMIN1_COLUMNS, Paths(tmp_path))
    assert errors and errors[0].column in ("aliases", "groups")


def test_the_benchmarks_region_groups_are_a_valid_admin1_table():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import extraction as E

    admin1 = E.labelled_admin1()
    assert (admin1["groups"] != "").sum() >= 40
    for country, table in admin1.groupby("country"):
        table = table.drop(columns=["country"]).reset_index(drop=True)
        table["source_line"] = range(2, len(table) + 2)
        assert [str(e) for e in admin1_errors(table, f"admin1 {country}")] == []
    gaza = Places(admin1[admin1["country"] == "PS"].reset_index(drop=True)).mentions("strikes across the Gaza Strip")
    assert len(gaza[0].codes) == 5

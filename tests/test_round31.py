"""Thirty-first round (read parts 58-59 after listing them in tuned.txt): a count that "did not exceed" or
"could exceed" a number; a toll "plus" someone; a hashtag inside the counted noun; people a hospital treated or
who are being treated at hospitals (the wounded); "N of the M injured later died" (the part dead, the whole
injured); a count by place that runs past its verb's reach; "the number of people killed ... has increased to
30 people"; a headline's "Death toll from X up to 30" (the count, not a ceiling). Invented sentences only;
nothing copied from the labelled set."""
from __future__ import annotations

import math

import pandas as pd

from crosstally import schema as S
from crosstally.draft import draft_document
from crosstally.extract import extract
from qz_fixtures import ADMIN1, drafter


def _by_value(text: str) -> dict[float, object]:
    return {c.value: c for c in extract(text, "t")}


def _sources(*rows: list[str]) -> pd.DataFrame:
    return pd.DataFrame([list(r) for r in rows], columns=list(S.SOURCE_COLUMNS))


RIGHTS = _sources(["qz-rights", "Qzland Human Rights Commission", "government", "false", "", "", "Human Rights Commission"])


def test_a_count_that_did_not_exceed_a_number_is_a_ceiling_and_one_that_could_exceed_it_a_floor():
    got = _by_value("The ministry said the number of the dead did not exceed 46, and that 12 were injured.")
    assert got[46.0].qualifier == "up_to" and got[46.0].metric == "killed", got
    assert got[46.0].value_as_reported == "did not exceed 46"
    assert _by_value("Qzland deaths could exceed 30, officials fear.")[30.0].qualifier == "more_than"
    assert _by_value("The toll exceeded 120 on Monday.")[120.0].qualifier == "more_than"


def test_a_toll_plus_someone_is_still_the_toll():
    got = _by_value("Officials gave a death toll of 41 plus the gunman on Friday.")
    assert 41.0 in got and got[41.0].metric == "killed" and got[41.0].qualifier == "exact", got


def test_a_hashtag_inside_the_counted_noun_is_one_of_its_words():
    got = extract("Soldiers kill at least 9 peaceful #FreeMillbrook marchers on Monday in Eastport.", "t")
    assert len(got) == 1 and got[0].value == 9.0 and got[0].metric == "killed", got
    assert got[0].span == "at least 9 peaceful #FreeMillbrook marchers"  # quoted as written, the sign kept


def test_people_a_hospital_treated_or_being_treated_at_hospitals_are_the_wounded():
    got = _by_value("A clinic in the same district treated around 350 people after the clashes. Of the 80 people "
                    "hurt in the blast, 14 are still being treated at two hospitals, officials said.")
    assert got[350.0].metric == "injured", got[350.0].reading
    assert got[14.0].metric == "injured", got[14.0].reading
    # (not an illness, nor a team that treated victims with no hospital named: the labelling conventions' other)
    assert _by_value("Some 60 people were treated in hospital for cholera.")[60.0].metric == "other"
    assert _by_value("Paramedics treated 19 victims at the scene.")[19.0].metric == "other"


def test_the_part_of_the_injured_who_later_died_is_dead_and_the_whole_injured():
    got = _by_value("Nine of the 31 pupils injured later died in hospital, the governor said.")
    assert got[9.0].metric == "killed" and got[31.0].metric == "injured", got
    got = _by_value("Two of the 15 wounded died later.")
    assert got[2.0].metric == "killed" and got[15.0].metric == "injured", got
    # (a part of the injured with no death is still injured)
    got = _by_value("Two of the 15 wounded were airlifted to the capital.")
    assert got[15.0].metric == "injured"


def test_a_count_by_place_keeps_its_metric_to_the_end_of_the_list():
    got = _by_value("In all, 70 people were wounded in Northvale, 12 people in the Eastmoor province, 140 people in "
                    "Westmarch province, 33 in the Southfen province, 95 people in Highcross province, 61 people in "
                    "the Lowmere province and 20 in the Redhill province.")
    assert [got[v].metric for v in (70.0, 12.0, 140.0, 33.0, 95.0, 61.0, 20.0)] == ["injured"] * 7, got
    # (an item with a verb of its own keeps it)
    got = _by_value("Five people were killed in Northvale, 20 people in Eastport were arrested.")
    assert got[20.0].metric == "other"


def test_the_number_of_people_killed_increased_to_a_count_of_people_is_of_the_dead():
    got = _by_value("The number of people killed during the protests that resumed in the capital on Friday has "
                    "increased to 28 people, while more than 1,900 people have been injured, the commission said.")
    assert got[28.0].metric == "killed", got[28.0].reading
    assert got[1900.0].metric == "injured"


def test_a_headline_toll_up_to_a_number_is_the_count_not_a_ceiling():
    got = _by_value("Death toll from Qzland unrest up to 30 people, Over 2,000 people injured")
    assert got[30.0].qualifier == "exact" and got[30.0].metric == "killed", got
    assert got[30.0].value_as_reported == "30"
    assert _by_value("The death toll could be up to 30.")[30.0].qualifier == "up_to"
    assert _by_value("The death toll in the village may rise up to 30.")[30.0].qualifier == "up_to"
    assert _by_value("Gunmen killed up to 30 people.")[30.0].qualifier == "up_to"
    assert not math.isnan(_by_value("Death toll up to 7 in Qzland")[7.0].value)


def test_a_sentence_glued_to_a_closed_quotation_is_its_own_sentence():
    sources = _sources(["qz-health", "Qzland Ministry of Health (Undersecretary Jo Tam)", "government", "true", "", "",
                        "Qzland Ministry of Health;Jo Tam"],
                       ["qz-medics", "Qzland Medical Union", "medical", "false", "", "", "Qzland Medical Union"])
    text = ("In a statement, the Undersecretary, Jo Tam, said: “The number of the dead did not exceed 40.”Yesterday "
            "evening, the Qzland Medical Union announced that the death toll had risen to 98 in Millbrook.\n")
    got = drafter(sources)(text, published="2031-03-14")
    assert got["98"]["claimant"] == "qz-medics", got["98"]["why"]
    assert got["did not exceed 40"]["claimant"] == "qz-health"


def test_a_place_and_cities_across_the_country_is_the_whole_country():
    draft = drafter(RIGHTS)
    got = draft("The death toll from mass protests in Millbrook and cities across southern Qzland rose to 52 on "
                "Saturday, the Human Rights Commission said.\n", published="2031-03-14")
    assert got["52"]["admin1"] == "QZ", got["52"]["why"]
    # (a town and other towns of one province stay that province's, as before)
    got = draft("Protests in Harbor Town and other towns across Eastmark Province left 9 dead on Saturday, the Human "
                "Rights Commission said.\n", published="2031-03-14")
    assert got["9"]["admin1"] == "QZ01", got["9"]["why"]


# --- misfires a reviewer's invented sentences found in the round's first code, kept as tests ---------------

def test_a_negated_exceed_is_a_ceiling_however_it_is_negated():
    for text in ("The number of soldiers killed didn't exceed 12.", "The toll has yet to exceed 10.",
                 "The dead did not, he insisted, exceed 46.", "The number of the dead won't exceed 30."):
        (c,) = extract(text, "t")
        assert c.qualifier == "up_to", (text, c)


def test_a_hospital_treating_patients_over_months_or_for_shock_is_not_counting_the_wounded():
    assert _by_value("The hospital has treated 4,000 patients since January.")[4000.0].metric == "other"
    assert _by_value("The hospital treated 12,000 people in 2023.")[12000.0].metric == "other"
    assert _by_value("The clinic treated 40 people for anxiety after the rocket attack.")[40.0].metric == "other"
    # (the whole of a part that was treated is not itself treated)
    got = _by_value("Two of the 30 protesters were treated at a hospital after the clashes.")
    assert got[30.0].metric != "injured", got


def test_a_war_toll_up_to_a_number_is_still_a_ceiling():
    assert _by_value("Qzland war death toll up to 600,000, envoy says")[600000.0].qualifier == "up_to"
    assert _by_value("Death toll from the famine up to 150,000, the envoy estimates")[150000.0].qualifier == "up_to"


def test_a_count_by_place_stops_at_an_item_with_a_verb_of_its_own():
    got = _by_value("90 people were injured in Northvale, 10 people in the Eastmoor province and 1.5 million "
                    "people in Westmarch need aid.")
    assert got[10.0].metric == "injured" and got[1500000.0].metric == "other", got
    got = _by_value("90 people were killed in Northvale, 12 people in Eastport and 40 people in the Lowmere "
                    "province remain unaccounted for.")
    assert got[40.0].metric != "killed", got


def test_the_number_of_the_dead_does_not_reach_another_subjects_count():
    got = _by_value("The number of people killed was not released, and the opposition said the crowd that "
                    "marched on parliament rose to 10,000 people.")
    assert got[10000.0].metric == "other", got


def test_plus_before_a_noun_or_at_the_end_is_more_than_and_in_arithmetic_nothing():
    assert not extract("He served 12 plus years in the army before he was killed.", "t")
    assert [c.value for c in extract("The 5 plus 1 group met; 3 guards were killed.", "t")] == [3.0]
    got = _by_value("The toll stands at 1,200 plus.")
    assert got[1200.0].qualifier == "more_than" and got[1200.0].metric == "killed"
    got = _by_value("More than 30 plus soldiers were killed.")
    assert got[30.0].population == "combatants"


def test_towns_across_a_province_or_region_stay_there():
    draft = drafter(RIGHTS)
    for text, want in (("Protests in Harbor Town and towns across Eastmark Province left 9 dead on Saturday, the Human "
                        "Rights Commission said.\n", "QZ01"),
                       ("Protests in Millbrook and several cities throughout Westfold left 9 dead on Saturday, the "
                        "Human Rights Commission said.\n", "QZ02"),
                       ("Protests in Millbrook and towns across Qzland left 9 dead on Saturday, the Human Rights "
                        "Commission said.\n", "QZ")):
        assert draft(text)["9"]["admin1"] == want, (text, draft(text)["9"]["why"])


def test_a_title_before_a_persons_name_is_no_host_name():
    sources = _sources(["qz-city", "Millbrook city government (Vice Mayor Jo Tam)", "government", "true", "", "",
                        "Jo Tam;Vice Mayor Jo Tam"],
                       ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"])
    doc = {"document_id": "d", "outlet": "", "url": "https://www.vice.com/en/article/blasts-in-millbrook",
           "published": "2031-03-14", "language": "en"}
    out = draft_document("Blasts in Millbrook\n\nAt least 34 people were killed in Millbrook on Tuesday.\n", doc,
                         sources, ADMIN1)
    assert out.iloc[0]["claimant"] == "", out.iloc[0]["why"]
    # (a body's own website still names it: "www.amnesty.org" is Amnesty International's)
    sources.loc[len(sources)] = ["amnesty", "Amnesty International", "monitoring_ngo", "false", "", "", "Amnesty"]
    doc["url"] = "https://www.amnesty.org/en/latest/news/2031/03/millbrook/"
    out = draft_document("Blasts in Millbrook\n\nAt least 34 people were killed in Millbrook on Tuesday.\n", doc,
                         sources, ADMIN1)
    assert out.iloc[0]["claimant"] == "amnesty", out.iloc[0]["why"]

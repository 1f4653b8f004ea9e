"""Thirty-sixth round (read parts 68-69 after listing them in tuned.txt): a place's people as a head noun ("a town
of 15,000 residents", "an area of 130,000 inhabitants") counted as the place's size, not as the dead; the people of
a crowd ("a crowd of thousands stormed ..."); people "made homeless" or "left homeless"; a figure called a figure
("the higher figure of 170") or what a count could reach ("..., and could be as high as 170"), of the kind
counted before; a predicate quoted whole with an adverb before its verb (had “heroically died in action”); a place's size told in an aside, no one's claim whoever
its sentence quotes; a group of no armed kind not guessed to be the country's one armed group; an outlet's byline
("QNA Bureau:") no speaker; a capital "reporting" or "so far denying" speaks for its government and is no place;
and a start's year with its result after it ("launched attacks in 2009, leaving 40,000 dead"), a running total to
the day of the report. Invented sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.extract import extract
from qz_fixtures import draft_two_countries, drafter


def _spans(text: str) -> dict[str, object]:
    return {c.value_as_reported: c for c in extract(text, "t")}


def _sources(*rows: list[str]) -> pd.DataFrame:
    return pd.DataFrame([list(r) for r in rows], columns=list(S.SOURCE_COLUMNS))


SOURCES = _sources(
    ["qz-police", "Qzland Police", "police", "true", "", "", "Qzland police"],
    ["qlf", "Qzland Liberation Front (QLF), rebel group in Qzland", "belligerent", "false", "", "", "QLF;the Front"],
    ["qna", "Qzland National Army (QNA)", "military", "true", "", "", "QNA;Qzland National Army"],
)


# --------------------------------------------------------------------------- extraction

@pytest.mark.parametrize("text, span", [
    ("Gunmen raided Tarnow, a town of 15,000 residents, killing nine.", "15,000"),
    ("The army clashed with armed groups in Varnia, a small farming area of less than 130,000 inhabitants, on "
     "Sunday.", "less than 130,000"),
    ("The raid on the municipality of 8,000 inhabitants left 12 dead.", "8,000"),
])
def test_a_places_dwellers_after_its_noun_are_its_size_not_its_dead(text, span):
    got = _spans(text)
    assert span in got, got
    assert got[span].metric == "other", got[span].reading


@pytest.mark.parametrize("text, span, metric", [
    ("Gunmen raided Tarnow, a town of 15,000 residents, killing nine.", "nine", "killed"),
    ("The raid on the village killed 12 residents.", "12", "killed"),  # the dwellers' own fate: as before
    ("The district of 12 displaced residents waited for aid.", "12", "displaced"),
])
def test_the_dwellers_own_fate_is_still_read(text, span, metric):
    got = _spans(text)
    assert span in got and got[span].metric == metric, got


@pytest.mark.parametrize("text, span", [
    ("Another crowd of 600 attacked the transport department.", "600"),
    ("A crowd of thousands stormed a police station in Varn.", "thousands"),
    ("Police fired on a crowd of 2,000, killing four.", "2,000"),
    ("A mob of 200 burned the market.", "200"),
])
def test_the_people_of_a_crowd_are_counted(text, span):
    got = _spans(text)
    assert span in got, got
    assert (got[span].metric, got[span].unit) == ("other", "people"), got[span]
    if "killing four" in text:
        assert got["four"].metric == "killed"  # a fate later in the sentence keeps its own count


@pytest.mark.parametrize("text, span", [
    ("More than 3,000 people have been killed and 100,000 made homeless in the war.", "100,000"),
    ("Five people were killed and 300 left homeless.", "300"),
    ("The clashes rendered 2,000 families homeless.", "2,000"),
])
def test_people_made_or_left_homeless_are_displaced(text, span):
    got = _spans(text)
    assert span in got and got[span].metric == "displaced", got


def test_making_something_else_is_no_count_of_people():
    assert not [c for c in extract("The office made 300 calls and left 20 messages.", "t") if c.unit == "people"]


def test_a_figure_called_a_figure_takes_the_kind_counted_before():
    got = _spans("The aid group said the toll was 90 and could be as high as 170. An inquiry is due no later than "
                 "Feb. 2. The group said the higher figure of 170 comes from reports from residents.")
    later = [c for c in extract("The aid group said the toll was 90 and could be as high as 170. An inquiry is due no "
                                "later than Feb. 2. The group said the higher figure of 170 comes from reports from "
                                "residents.", "t") if c.value_as_reported == "170"]
    assert len(later) == 1 and later[0].metric == "killed", got
    got = _spans("At least 399 people have died, the army said. The toll is a sharp increase over the previously "
                 "reported number of just over 100.")
    assert got["just over 100"].metric == "killed", got


def test_what_a_count_could_reach_is_of_its_kind():
    got = _spans("The death toll from an air strike on a refugee camp in Rann has risen to around 90 people, and "
                 "could be as high as 170, the aid group said.")
    assert got["as high as 170"].metric == "killed", got["as high as 170"].reading
    got = _spans("Some 300 families fled, and the number could reach 500 by Friday.")
    assert got["Some 300"].metric == "displaced", got


def test_a_toll_of_n_keeps_its_own_reading_after_another_count():
    got = _spans("He said 141 police officers were hospitalized. He expected the death toll of 71 to rise.")
    assert got["71"].metric == "killed", got["71"].reading


@pytest.mark.parametrize("text", [
    "The ministry said five soldiers had “heroically died in action” on Tuesday.",
    "The ministry said five soldiers had “died in action” on Tuesday.",
])
def test_a_predicate_quoted_whole_is_the_counts_fate(text):
    got = _spans(text)
    assert got["five"].metric == "killed", got["five"].reading


def test_a_quotation_of_another_sentence_is_still_a_barrier():
    got = _spans("He said five soldiers were there. “Many died in action,” he added.")
    assert got["five"].metric != "killed", got["five"].reading


def test_a_number_of_something_with_no_word_of_a_figure_takes_no_kind():
    got = _spans("Four were killed. The team had a number of 12.")
    assert "12" not in got, got


# --------------------------------------------------------------------------- drafting

def test_a_places_size_told_in_an_aside_is_no_ones_claim():
    draft = drafter(SOURCES)
    got = draft("In Millbrook, which has a population of more than 200,000, shootings continued overnight and 12 "
                "people were killed, the Qzland police said.\n")
    assert got["more than 200,000"]["claimant"] == "", got["more than 200,000"]["why"]
    assert got["12"]["claimant"] == "qz-police", got["12"]["why"]
    got = draft("The police said they had secured the centre of Harbor Town, a city of 500,000, where a mob burned "
                "the party's offices.\n")
    assert got["500,000"]["claimant"] == "", got["500,000"]["why"]


def test_a_group_of_no_armed_kind_is_not_the_countrys_one_armed_group():
    draft = drafter(SOURCES)
    got = draft("A blast at a camp near Harbor Town killed 10 people on Friday, civil society groups reported.\n")
    assert got["10"]["claimant"] == "", got["10"]["why"]
    got = draft("An advocacy group for herders said 19 civilians were killed in the strike in Millbrook.\n")
    assert got["19"]["claimant"] == "", got["19"]["why"]


def test_an_armed_group_named_nowhere_may_still_be_the_countrys_one_armed_group():
    draft = drafter(SOURCES)
    got = draft("The armed group said 14 soldiers were killed in the ambush near Millbrook.\n")
    assert got["14"]["claimant"] == "qlf", got["14"]["why"]


def test_an_outlets_byline_before_a_colon_is_no_speaker():
    draft = drafter(SOURCES)
    got = draft("QNA Bureau: At least 22 soldiers have lost their lives in an attack near Millbrook on Saturday.\n")
    assert got["At least 22"]["claimant"] != "qna", got["At least 22"]["why"]
    # a known body's label still speaks
    got = draft("Qzland National Army: At least 22 soldiers have lost their lives in an attack near Millbrook on "
                "Saturday.\n")
    assert got["At least 22"]["claimant"] == "qna", got["At least 22"]["why"]


def _two_countries(text: str) -> dict[str, dict]:
    return draft_two_countries(text, SOURCES)


def test_a_capital_reporting_speaks_for_its_government_and_is_no_place():
    got = _two_countries("Qzland and Zemland traded accusations of shelling along their shared border on 12 July, "
                         "with Varnagrad reporting two troops killed.\n")
    assert got["two"]["admin1"] != "ZM01", got["two"]["why"]
    got = _two_countries("Zemland claimed its forces had killed 100 Qzlandi troops near Tovo, but Varnagrad has so far "
                         "denied any losses.\n")
    assert got["100"]["admin1"] != "ZM01", got["100"]["why"]


def test_a_place_where_the_speakers_are_is_still_a_place():
    draft = drafter(SOURCES)
    got = draft("Officials in the port city of Harbor Town said Friday they feared 300 people could have died in the "
                "strike on a theatre.\n")
    assert got["300"]["admin1"] == "QZ01", got["300"]["why"]


def test_a_starts_year_with_its_result_after_it_is_a_running_total_to_the_report():
    draft = drafter(SOURCES)
    got = draft("The Front launched attacks in Qzland in 2019, leaving more than 40,000 people dead and displacing "
                "two million.\n", published="2031-03-14")
    for span in ("more than 40,000", "two million"):
        assert got[span]["period_end"] == "2031-03-14", (span, got[span]["why"])
    # the year of an incident is still its own
    got = draft("A bomb killed 12 people in Millbrook in 2019.\n", published="2031-03-14")
    assert got["12"]["period_end"].startswith("2019"), got["12"]["why"]

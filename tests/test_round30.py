"""Thirtieth round (read parts 56-57 after listing them in tuned.txt): figures a source is said to have given
("These are the figures given this Friday by the Secretary"); a name several sources share that the text narrows
to one by naming it speaking ("the UN", and "Volker Turk, the UN commissioner, said"); the day of the violence a
count "as of" a later day counts ("during yesterday's protests"); a country's name before its forces or posts
abroad ("U.S. positions in Qatar"); a text that dates its violence only by a month ("earlier this month"); the
one source a text names only acting; arrests, hospital treatment, discharges, attackers "by" a deed. Invented
sentences only; nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_places import Places
from qz_fixtures import ADMIN1, drafter

SOURCES = pd.DataFrame([["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
                        ["qz-defence", "Qzland Ministry of Defence (Secretary Jo Tam)", "military", "true", "", "",
                         "Jo Tam;the Secretary of Defence"],
                        ["un", "United Nations", "un", "false", "", "", "UN;the UN"],
                        ["un-rights", "UN human rights office (High Commissioner Ana Lee)", "un", "false", "", "",
                         "Ana Lee;the UN;UN rights office"],
                        ["qz-hospitals", "Qzland Hospital Authority", "medical", "true", "", "",
                         "Hospital Authority"]],
                       columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_figures_given_by_a_source_in_the_next_sentence_are_its():
    text = ("The arrest of the gang's leader on Thursday has left at least 29 dead in Millbrook, ten of them "
            "soldiers. These are the figures given this Friday by the Secretary of Defence, Jo Tam, at a press "
            "conference.\n\nQzland police said on Saturday that the roads into the town had been reopened.\n")
    got = draft(text, published="2031-03-14")
    assert got["at least 29"]["claimant"] == "qz-defence", got["at least 29"]["why"]
    assert got["ten"]["claimant"] == "qz-defence"


def test_a_shared_name_is_the_one_source_the_text_names_by_its_own_name():
    text = ("Massacre in Millbrook\n\nOf the 26 confirmed killed, 16 were children, according to the UN.\n\n"
            "More than 200 people fled their homes after the attacks, which the villagers blamed on a gang from the "
            "hills.\n\nAna Lee, the UN rights chief, said she was horrified by the violence.\n")
    got = draft(text, published="2031-03-14")
    assert got["26"]["claimant"] == "un-rights", got["26"]["why"]
    # named by no name of its own, the shared name stays nobody's
    text = "Of the 26 confirmed killed, 16 were children, according to the UN.\n"
    assert draft(text, published="2031-03-14")["26"]["claimant"] == ""


def test_an_outlet_that_learns_a_figure_gives_it():
    sources = pd.concat([SOURCES, pd.DataFrame([["qz-radio", "Qzland Radio", "media", "false", "", "",
                                                 "Qzland Radio"]], columns=list(S.SOURCE_COLUMNS))])
    text = ("The number of people admitted to the Millbrook hospital after the attack has increased to 23, "
            "Qzland Radio learns.\n")
    got = drafter(sources)(text, published="2031-03-14")
    assert got["23"]["claimant"] == "qz-radio", got["23"]["why"]


def test_a_count_as_of_a_later_day_of_violence_with_its_own_day():
    text = ("Over 100 people were injured during protests in Millbrook on Tuesday.\n\n"
            "The Hospital Authority said that, as of Wednesday morning, 104 people had been hospitalized for "
            "injuries sustained during yesterday's protests.\n")
    got = draft(text, published="2031-03-12")  # a Wednesday
    assert got["104"]["period_end"] == "2031-03-11", got["104"]["why"]


def test_a_countrys_name_before_its_forces_is_not_a_place():
    table = pd.concat([ADMIN1, pd.DataFrame([["RR", "Ruritania", "whole country", ""]], columns=ADMIN1.columns)],
                      ignore_index=True)
    places = Places(table)
    text = "Missiles were fired at Ruritania positions in Millbrook and in Harbor Town."
    assert places.for_document(text) == "QZ"
    assert [m.codes for m in places.mentions(text)] == [("QZ02",), ("QZ01",)]
    # the text's own country's forces are at home: "the Qzland Defence Forces" names Qzland
    text = "Rebels attacked the Qzland Defence Forces."
    places.for_document(text)
    assert [m.codes for m in places.mentions(text)] == [("QZ",)]


def test_a_text_dated_only_by_its_month_dates_its_counts_so():
    text = ("At least 26 people have been killed in a massacre in Millbrook.\n\n"
            "More than 200 people fled their homes after they were torched in the attacks earlier this month.\n")
    got = draft(text, published="2031-03-26")
    assert got["At least 26"]["period_end"] == "2031-03", got["At least 26"]["why"]
    assert got["At least 26"]["admin1"] == "QZ02"
    # a day of the violence, where the text names one, stays the day
    text = text.replace("a massacre in Millbrook.", "a massacre in Millbrook on March 9.")
    assert draft(text, published="2031-03-26")["At least 26"]["period_end"] == "2031-03-09"
    # a count of this month so far is no incident's month
    text = "At least 26 people have been killed in Millbrook so far this month.\n"
    got = draft(text, published="2031-03-26")["At least 26"]
    assert "dates its violence only by" not in got["why"]


def test_the_one_source_a_text_names_only_as_doing_things_is_not_its_reporter():
    text = ("Qzland police were still searching for the attackers on Monday. On Sunday night, Qzland police "
            "recaptured the monastery in Millbrook after a shootout that left at least four people dead.\n")
    assert draft(text, published="2031-03-17")["at least four"]["claimant"] == ""
    # a body the text names without its deeds, as in its own bulletin, is still the one source
    text = "Qzland police: at least four people were killed in Millbrook on Sunday.\n"
    assert draft(text, published="2031-03-17")["at least four"]["claimant"] == "qz-police"


# -- what befell them (extract)

def test_arrests_count_the_people_arrested():
    from qz_fixtures import by_value
    got = by_value("The ministry announced 994 arrests around Qzland.")["994"]
    assert (got.metric, got.unit, got.population) == ("other", "people", "all")


def test_hospital_treatment_and_discharge_are_the_wounded():
    from qz_fixtures import by_value
    assert by_value("Police said 200 people needed hospital treatment.")["200"].metric == "injured"
    assert by_value("Another 71 people have already been discharged.")["71"].metric == "injured"
    # the need of aid stays other; a soldier's discharge from the army is no wound
    assert by_value("An estimated 25,000 people need humanitarian assistance.")["An estimated 25,000"].metric == "other"
    assert by_value("Three soldiers have been discharged from the army.")["Three"].metric == "other"


def test_a_count_after_by_is_those_who_did_it():
    from qz_fixtures import by_value
    assert by_value("They were killed by a group of 30 young men.")["30"].metric == "other"
    got = by_value("Five people were killed by 2 bombs.")
    assert got["Five"].metric == "killed"


def test_the_whole_of_a_part_whose_fate_is_told_past_another_count():
    from qz_fixtures import by_value
    got = by_value("The shootout left three of the 30 attackers and a cop dead.")
    assert (got["three"].metric, got["30"].metric) == ("killed", "other")
    assert by_value("Three of the 12 people killed were children.")["12"].metric == "killed"


# -- a reviewer's read-through (109 invented texts): the misfires mended

def test_figures_given_by_a_source_inside_another_speakers_sentence_are_not_its():
    text = ("Qzland police said 30 people were killed in Millbrook on Monday, higher than the figure given on "
            "Tuesday by Jo Tam.\n")
    assert draft(text, published="2031-03-14")["30"]["claimant"] == "qz-police"


def test_as_of_takes_only_the_day_of_the_violence_the_count_is_of():
    for text in ("As of Wednesday, 30 people had been killed in the fighting in Millbrook since January, the Hospital "
                 "Authority said, condemning Monday's violence.\n",
                 "The Hospital Authority said that, as of Wednesday, 30 people remained in hospital, ahead of "
                 "Thursday's protests planned in Millbrook.\n"):
        assert draft(text, published="2031-03-12")["30"]["period_end"] == "2031-03-12", text


def test_the_countrys_own_forces_count_while_its_country_is_chosen():
    table = pd.concat([pd.DataFrame([["RR", "Ruritania", "whole country", ""]], columns=ADMIN1.columns), ADMIN1],
                      ignore_index=True)
    places = Places(table)
    text = ("Qzland forces shot dead 12 protesters on Monday, the UN said. Ruritania condemned the killings. "
            "Qzland troops later withdrew.")
    assert places.for_document(text) == "QZ"


def test_needs_of_care_and_other_discharges_are_no_wounds():
    from qz_fixtures import by_value
    for text, n in (("An estimated 25,000 people need medical care in Saltpan.", "An estimated 25,000"),
                    ("Forty workers have been discharged from their jobs.", "Forty"),
                    ("Two officers have been discharged over the shooting.", "Two")):
        assert by_value(text)[n].metric != "injured", text


def test_a_sole_source_named_reporting_and_acting_is_still_the_reporter():
    text = ("Qzland police: at least four people were killed in Millbrook on Sunday. Qzland police later arrested "
            "two suspects.\n")
    assert draft(text, published="2031-03-17")["at least four"]["claimant"] == "qz-police"


def test_learns_only_as_an_outlets_sign_off():
    text = ("Qzland police said two people were killed in Millbrook. The Secretary of Defence, Jo Tam, learns of the 3 "
            "other deaths only from the radio.\n")
    assert draft(text, published="2031-03-17")["3"]["claimant"] != "qz-defence"


def test_a_shared_name_is_not_narrowed_by_a_mere_mention():
    text = ("The UN said 26 people were killed in Millbrook.\n\nAna Lee is due to visit Qzland next month.\n")
    assert draft(text, published="2031-03-14")["26"]["claimant"] == ""

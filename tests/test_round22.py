"""Twenty-second round (read parts 40-41 after listing them in tuned.txt). Invented fixtures only (the QZ
country of tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.draft_dates import _DATELINE, _dateline_date, resolve_date
from crosstally.draft_patterns import _LABEL
from qz_fixtures import by_value, drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police;police"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "Qzland army"],
    ["qz-front", "Qzland Liberation Front", "armed_group", "true", "", "", "Liberation Front"],
    ["qz-courier", "Harbor Courier (newspaper)", "media", "false", "", "", "Courier"],
    ["cu-rights", "Cuban Human Rights Group", "monitoring_ngo", "true", "", "", ""],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)

# 2031-03-14 is a Friday


def test_a_dateline_with_no_place_before_the_agency_is_the_filing_day():
    text = ("Death toll tops 12, witnesses say\n\n"
            "March 14 (Qz Wire) — Police killed 12 protesters yesterday in Millbrook, witnesses said.\n\n"
            "Doctors said 40 people were wounded.\n")
    got = draft(text)
    assert got["12"]["period_end"] == "2031-03-13"
    assert got["40"]["period_end"] == "2031-03-13"
    m = _DATELINE.match("March 14 (Qz Wire) — Police killed 12")
    assert m is not None and _dateline_date(m) == "March 14"


def test_a_chronology_line_naming_no_agency_is_no_dateline():
    # near miss: "March 10 – ..." in a list of days is the day of the killing, not the day the story was filed
    assert _DATELINE.match("March 10 – Police killed 12 people in Millbrook.") is None
    got = draft("Chronology\n\nMarch 10 – Police killed 12 people in Millbrook.\n")
    assert got["12"]["period_end"] == "2031-03-10"


def test_a_date_inside_the_datelines_brackets_is_a_time_stamp():
    text = ("Millbrook, March 14 (Qz Wire / Harbor News - 14th March, 2031 ) :Eight students were killed during a "
            "school shooting in Millbrook Wednesday, officials said.\n")
    assert draft(text)["Eight"]["period_end"] == "2031-03-12"


def test_a_speaker_before_the_verb_keeps_the_figure_though_how_they_spoke_follows_it():
    text = ("\u201cWe counted 30 bodies in the mortuary in Millbrook,\u201d the Liberation Front, which organised the "
            "march, said by phone from the city today.\n")
    assert draft(text)["30"]["claimant"] == "qz-front"


def test_a_speaker_after_the_verb_is_still_the_speaker():
    # near miss: "..., said Liberation Front spokesman ..." names the speaker after the verb
    text = "\u201cWe counted 30 bodies in the mortuary in Millbrook,\u201d said Liberation Front spokesman Ali Musa.\n"
    assert draft(text)["30"]["claimant"] == "qz-front"


def test_a_day_before_a_verb_of_condemning_is_the_condemnations():
    text = ("Police fired on a march in Millbrook yesterday, killing 12 people.\n\n"
            "The Qzland Army today condemned the violence at the march.\n\n"
            "Doctors said 40 people were wounded.\n")
    assert draft(text)["40"]["period_end"] == "2031-03-13"


def test_a_generic_description_is_no_group_named_after_another_country():
    text = "Police fired on a march in Millbrook on Monday. A human-rights group said 57 people were killed.\n"
    assert draft(text)["57"]["claimant"] == ""


def test_a_generic_description_still_names_the_countrys_own_group():
    # near miss: the group named after the text's own country is the one the words describe
    sources = pd.concat([SOURCES, pd.DataFrame([["qz-rights", "Qzland Human Rights Group", "monitoring_ngo", "true",
                                                 "", "", ""]], columns=list(S.SOURCE_COLUMNS))])
    text = "Police fired on a march in Millbrook on Monday. A human-rights group said 57 people were killed.\n"
    assert drafter(sources)(text)["57"]["claimant"] == "qz-rights"


def test_the_day_a_toll_rose_through_is_not_the_incidents():
    text = ("Troops fired on a rally at the stadium in Millbrook on Monday.\n\n"
            "Hospitals were flooded with patients on Tuesday, and the death toll rose through the day.\n\n"
            "A rights group said 57 people were killed.\n")
    assert draft(text)["57"]["period_end"] == "2031-03-10"


def test_the_years_people_were_born_in_date_no_count():
    text = ("Police identified the dead students as seven girls and one boy, born between 2015 and 2017, killed in "
            "Millbrook on Wednesday.\n")
    got = draft(text)
    assert got["seven"]["period_end"] == "2031-03-12"


def test_a_range_of_years_still_dates_a_count():
    # near miss: "between 2015 and 2017" with no "born" is the count's window
    got = draft("Police killed 300 people in Millbrook between 2015 and 2017.\n")
    assert got["300"]["period_end"] == "2017-12-31"


def test_peasants_are_civilians():
    assert by_value("Police killed 11 peasants in Millbrook.")["11"].population == "civilians"


def test_last_and_a_month_is_the_last_such_month_before_publication():
    assert resolve_date("last June", "2031-03-14")["period_end"] == "2030-06"
    assert resolve_date("last January", "2031-03-14")["period_end"] == "2031-01"
    assert resolve_date("last March", "2031-03-14")["period_end"] == "2030-03"
    got = draft("Amnesty said today that those responsible for the deaths of 11 peasants in Millbrook last June must "
                "be tried.\n")
    assert got["11"]["period_end"] == "2030-06"


def test_a_counterattack_is_violence_that_dates_the_story():
    text = ("Gunmen killed 153 people in a camp in Millbrook, an army spokesman said.\n\n"
            "\u201cWe counterattacked last night on the army camp at Millbrook,\u201d a rebel spokesman said.\n")
    assert draft(text)["153"]["period_end"] == "2031-03-13"


def test_violence_that_erupted_the_evening_before_publication_dates_its_dead():
    text = ("Qzland declares emergency after 15 killed in riots\n\n"
            "The violence erupted in Millbrook on Thursday evening after soldiers launched protests over pay.\n\n"
            "Eight people died in Millbrook, police said.\n")
    got = draft(text)
    assert got["Eight"]["period_end"] == "2031-03-13" and got["15"]["period_end"] == "2031-03-13"


def test_violence_that_erupted_days_before_publication_is_only_when_it_began():
    # near miss: the day it broke out, four days back, is not the day of a toll counted since ("began on Monday,
    # and by Friday 30 had been killed")
    text = ("Qzland declares emergency after 15 killed in riots\n\n"
            "The violence erupted in Millbrook on Monday evening after soldiers launched protests over pay.\n\n"
            "Eight people died in Millbrook, police said.\n")
    assert draft(text)["Eight"]["period_end"] != "2031-03-10"


def test_a_day_earlier_is_the_day_before_the_storys():
    text = ("The army today surrounded Parliament in Millbrook, where the seven gunmen who stormed it a day earlier "
            "hold hostages.\n")
    assert draft(text)["seven"]["period_end"] == "2031-03-13"


def test_a_tables_source_line_gives_its_rows_claimant():
    text = ("Police fired on a march in Millbrook on Monday.\n\n"
            "Millbrook victims\n7 students\n5 teachers\n2 guards\n\n"
            "Source: Qzland Police Service\n\n"
            "The march had been banned.\n")
    got = draft(text)
    assert got["7"]["claimant"] == "qz-police" and got["2"]["claimant"] == "qz-police"


def test_a_source_line_under_prose_or_naming_a_medium_gives_no_claimant():
    # near miss: a credit line under a paragraph of prose, or a table credited to a newspaper
    prose = ("Gunmen fired on a march in Millbrook on Monday and killed 7 students, witnesses in the town told "
             "reporters who had travelled there.\n\nSource: Qzland Police Service\n")
    assert draft(prose)["7"]["claimant"] == ""
    table = "Millbrook victims\n7 students\n5 teachers\n\nSource: Harbor Courier\n"
    assert draft(table)["7"]["claimant"] == ""


def test_a_line_wrapped_inside_a_sentence_does_not_end_it():
    got = by_value("Harbor Town : The toll in the riots in the Qzland\ncapital has risen to 40 Wednesday.")
    assert got["40"].metric == "killed"


def test_a_place_before_a_spaced_colon_is_a_dateline_not_a_speaker():
    sources = pd.concat([SOURCES, pd.DataFrame([["qz-gov", "Qzland Government", "government", "true", "", "",
                                                 "Millbrook"]], columns=list(S.SOURCE_COLUMNS))])
    text = ("Riots toll rises\n\nMillbrook : The toll in the riots in Harbor Town has risen to 40.\n\n"
            "The Qzland Army said 12 soldiers were among the dead.\n")
    assert drafter(sources)(text)["40"]["claimant"] != "qz-gov"
    assert _LABEL.match("Army officer: A strike killed 12 people.").group("who") == "Army officer"


def test_a_wounded_persons_later_death_is_not_the_incidents_day():
    text = ("A girl who was wounded in a school shooting in Millbrook earlier this month died on Monday, state "
            "television said.\n\n"
            "On March 3, a gunman murdered eight pupils and a guard at the school.\n\n"
            "Seven people were wounded, according to local media.\n")
    assert draft(text)["Seven"]["period_end"] == "2031-03-03"

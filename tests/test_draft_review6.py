"""Review of the sixth round's drafting rules: ordinary sentences they misfired on.

Invented fixtures only (the QZ country and admin-1 table of tests/qz_fixtures.py, made-up
sources); nothing comes from the benchmark's labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
    ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "Qzland's Health Ministry;health ministry"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "the army"],
    ["who", "World Health Organization", "un_agency", "true", "", "", "WHO"],
    ["qz-wire", "Qz Wire Service (QWS)", "media", "false", "", "", "QWS"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


# 1. eb61e00: "a ministry spokesman" speaks for the ministry, but not for a ministry of another portfolio

def test_a_spokesman_of_a_ministry_no_source_is_speaks_for_none():
    d = draft("Twelve soldiers were killed in Millbrook on Monday, an interior ministry spokeswoman said.\n")
    assert d["Twelve"]["claimant"] == ""
    for text in ("The health ministry said 30 civilians were wounded in Millbrook. A defence ministry spokesman "
                 "said 12 soldiers were killed.\n",
                 "A defence ministry spokesman said 12 soldiers were killed. The health ministry said 30 civilians "
                 "were wounded in Millbrook.\n"):
        d = draft(text)
        assert d["12"]["claimant"] == ""
        assert d["30"]["claimant"] == "qz-health"


def test_a_spokesman_of_the_ministry_whose_portfolio_the_words_give_still_speaks_for_it():
    d = draft("Nine police officers were wounded in Saltpan on Friday, a senior health ministry spokesman said.\n")
    assert d["Nine"]["claimant"] == "qz-health"
    sources = pd.concat([SOURCES, pd.DataFrame([
        ["qz-defence", "Qzland Ministry of Defence", "government", "true", "", "", ""],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    d = drafter(sources)("The health ministry said 30 civilians were wounded in Millbrook. A defense ministry "
                         "spokeswoman said 12 soldiers were killed.\n")
    assert d["12"]["claimant"] == "qz-defence"
    assert d["30"]["claimant"] == "qz-health"


# 2. 19ba485: a lede figure takes the claimant of the same figure later, but not of another incident's

LEDE = "Attack in Millbrook\n\nTwelve people were killed in Millbrook on Monday.\n\nTroops arrived in the town later.\n\n"


def test_a_lede_figure_does_not_take_the_claimant_of_the_same_number_in_another_incident():
    d = draft(LEDE + "In 2029, 12 people were killed in a similar attack in Saltpan, the WHO said.\n")
    assert d["Twelve"]["claimant"] == ""
    assert d["12"]["claimant"] == "who"
    d = draft(LEDE + "The WHO said 12 people were killed in Delta City a week ago.\n")
    assert d["Twelve"]["claimant"] == ""


def test_a_lede_figure_still_takes_the_claimant_of_the_same_figure_of_its_place_and_day():
    d = draft(LEDE + "The WHO said 12 people were killed in Millbrook on Monday.\n")
    assert d["Twelve"]["claimant"] == "who"
    d = draft(LEDE + "The WHO said 12 people were killed in the attack.\n")
    assert d["Twelve"]["claimant"] == "who"


# 3. 642be47: words of the whole country make a national total, but not when they describe something else and the
# number's own clause names its unit after it

def test_a_unit_named_after_the_number_beats_whole_country_words_before_it():
    d = draft("During a nationwide strike on Monday, 12 protesters were killed in Harbor Town, the police said.\n")
    assert d["12"]["admin1"] == "QZ01"
    d = draft("Amid protests that swept the country, nine people died in Millbrook on Friday, the WHO said.\n")
    assert d["nine"]["admin1"] == "QZ02"


def test_whole_country_words_before_a_number_with_no_unit_after_it_still_make_a_national_total():
    d = draft("Fighting in Harbor Town\n\nHeavy fighting continued in Harbor Town on Monday.\n\n"
              "Across the country, 300 people have died since March, the WHO said.\n")
    assert d["300"]["admin1"] == "QZ"


# 4. 2c398d9: a place in a "since ... when" clause belongs to the earlier incident only when the sentence measures
# against it ("the deadliest since"), not when its count runs since then

def test_a_count_running_since_an_offensive_is_of_the_offensives_place():
    d = draft("At least 40 people have been killed since March 2030, when rebels launched their offensive on "
              "Millbrook, the WHO said.\n")
    assert d["At least 40"]["admin1"] == "QZ02"
    d = draft("Fighting has killed 25 civilians since rebels attacked Delta City in November 2030, the WHO said.\n")
    assert d["25"]["admin1"] == "QZ03"


def test_a_place_of_an_incident_a_superlative_measures_against_is_still_that_incidents():
    d = draft("Twelve people were killed in an ambush on Monday, Qzland's worst violence since rebels attacked "
              "Saltpan in 2027, the army said.\n")
    assert d["Twelve"]["admin1"] != "QZ04"


# 5. ef1ac6d: a document on a body's own website is that body's report, but a country's name is no body's website

def _draft_at(text: str, url: str, sources: pd.DataFrame) -> dict[str, dict]:
    from crosstally.draft import draft_document
    from qz_fixtures import ADMIN1
    doc = {"document_id": "d", "outlet": "", "url": url, "published": "2031-03-14", "language": "en"}
    return {r["value_as_reported"]: r for r in draft_document(text, doc, sources, ADMIN1).to_dict("records")}


PORTALS = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "true", "", "", ""],
    ["qz-police", "Qzland Police Service", "government", "true", "", "", ""],
    ["who", "World Health Organization", "un_agency", "true", "", "", "WHO"],
], columns=list(S.SOURCE_COLUMNS))
EXODUS = "Exodus from Millbrook\n\nIt is estimated that 3,000 people fled.\n"


def test_a_countrys_name_in_a_websites_host_names_none_of_its_bodies():
    for url in ("https://www.qzland.gov.qz/en/press", "https://www.qzland.com/news/attack"):
        assert _draft_at(EXODUS, url, PORTALS)["3,000"]["claimant"] == "", url
    sources = pd.concat([PORTALS, pd.DataFrame([
        ["no-army", "Norwegian Army", "military", "true", "", "", ""],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    assert _draft_at(EXODUS, "https://www.norwegian.com/news", sources)["3,000"]["claimant"] == ""


def test_a_bodys_own_abbreviation_in_the_host_still_makes_it_the_author():
    sources = pd.concat([PORTALS, pd.DataFrame([
        ["qrw", "Qzland Rights Watch (QRW)", "monitoring_ngo", "false", "", "", "QRW"],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    assert _draft_at(EXODUS, "https://www.qrw.org/en/library/2031/report.html", sources)["3,000"]["claimant"] == "qrw"
    assert _draft_at(EXODUS, "https://www.qzland.org/en/library", sources)["3,000"]["claimant"] == ""


# 8a3f491 (too narrow): a list of counts by place whose later item has a verb of its own

def test_each_count_of_a_list_by_place_with_verbs_of_its_own_takes_its_own_place():
    d = draft("Twelve people were killed in Millbrook, the police said, and 14 were wounded in Saltpan.\n")
    assert d["Twelve"]["admin1"] == "QZ02"
    assert d["14"]["admin1"] == "QZ04"
    d = draft("On Monday, five soldiers died in Harbor Town and 9 civilians were wounded at a market in Reedville, "
              "the army said.\n")
    assert d["five"]["admin1"] == "QZ01"
    assert d["9"]["admin1"] == "QZ03"


def test_a_second_count_with_no_place_of_its_own_shares_the_sentences_place():
    d = draft("Twelve soldiers were killed and 14 were wounded in an ambush in Millbrook, the army said.\n")
    assert d["Twelve"]["admin1"] == d["14"]["admin1"] == "QZ02"

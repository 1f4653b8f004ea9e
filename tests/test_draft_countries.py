"""Drafting with an admin-1 table of several countries (a case about a war between two).

Invented fixtures only: Qzland (QZ) and its neighbour Norvia (NV); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from crosstally.admin1 import whole_country_rows
from crosstally.draft import Places, draft_document, draft_for
from crosstally.ledger import admin1_errors

SOURCES = pd.DataFrame([
    ["qz-mod", "Qzland Ministry of Defence", "military", "yes", "", "", "Qzlandi defence ministry"],
    ["nv-health", "Norvia Ministry of Health", "government", "no", "", "", "Norvian health ministry"],
], columns=list(S.SOURCE_COLUMNS))

TWO = pd.DataFrame([
    ["QZ", "Qzland", "whole country", ""],
    ["QZ01", "Eastmark", "Harbor Town", "northern Qzland"],
    ["QZ02", "Westfold", "Millbrook", "northern Qzland"],
    ["NV", "Norvia", "Republic of Norvia", ""],
    ["NV-AL", "Altmar", "Altmar City", ""],
    ["NV-BR", "Brenn", "Brenn Valley", ""],
], columns=list(S.ADMIN1_COLUMNS))


def draft(text: str, admin1: pd.DataFrame = TWO, published: str = "2031-03-14") -> dict[str, dict]:
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": published,
           "language": "en"}
    out = draft_document(text, doc, SOURCES, admin1)
    return {r["value_as_reported"]: r for r in out.to_dict("records")}


def test_each_country_has_its_row_and_each_unit_its_country():
    assert whole_country_rows(TWO) == ["QZ", "NV"]
    p = Places(TWO)
    assert p.country_of["NV-BR"] == "NV" and p.country_of["QZ02"] == "QZ"
    assert p.country == "QZ" and "first" in p.country_why  # before any document: the table's first
    # a country named in the text is the country, not a unit, whichever country it is
    kinds = {m.spelling: m.kind for m in p.mentions("strikes in Norvia and in Qzland hit Altmar City")}
    assert kinds == {"Norvia": "country", "Qzland": "country", "Altmar City": "unit"}
    # one country alone: as before, the code every other code starts with
    assert whole_country_rows(TWO.iloc[:3]) == ["QZ"]
    # a table with a country column (as the benchmark's) names them
    assert whole_country_rows(TWO.assign(country=["QZ", "QZ", "QZ", "NV", "NV", "NV"])) == ["QZ", "NV"]


def test_the_documents_country_is_the_one_its_headline_and_lede_place_most():
    p = Places(TWO)
    text = ("Shelling kills four in Altmar\n\nFour people were killed in Altmar City on Monday when shells fired "
            "from Qzland hit a market, Norvian officials said.\n\nQzland denied it. Eastmark was quiet.\n")
    assert p.for_document(text) == "NV" and "headline and lede" in p.country_why
    # a lede that names no place: the whole text decides (Norvia's army, though not a place, is Norvia's)
    p = Places(TWO)
    assert p.for_document("Officials gave no figure.\n\nNorvia's army moved; Norvia's officials spoke.\n") == "NV"
    assert "named in the text" in p.country_why
    # nothing named at all: the table's first country, said so
    p = Places(TWO)
    assert p.for_document("Officials gave no figure.\n") == "QZ" and "first country" in p.country_why


def test_a_figure_about_the_other_country_gets_that_countrys_codes():
    text = ("Qzland says six soldiers killed in Norvia\n\n"
            "Six Qzlandi soldiers were killed in Norvia on Sunday, the Qzland Ministry of Defence said.\n\n"
            "In Eastmark, 12 people were wounded by drones on Saturday, the ministry said.\n\n"
            "Across Qzland, the war has killed 300 civilians since it began, the ministry said.\n")
    got = draft(text)
    assert got["Six"]["admin1"] == "NV"  # killed in Norvia: the other country's whole-country code
    assert got["12"]["admin1"] == "QZ01"
    assert got["300"]["admin1"] == "QZ"


def test_a_whole_war_total_with_no_place_is_the_documents_country_not_the_tables_first():
    # a story about Norvia: its country is Norvia though Qzland is the table's first country
    text = ("Norvia counts its dead\n\nStrikes hit Altmar City and Brenn Valley on Tuesday, killing 9 people, "
            "the Norvian health ministry said.\n\nSince the start of the war, 1,400 people have been killed, "
            "the ministry said.\n")
    got = draft(text)
    assert got["9"]["admin1"] == "NV-AL;NV-BR"
    assert got["1,400"]["admin1"] == "NV"
    assert "the document's country NV" in got["1,400"]["why"]


def test_a_place_an_attack_came_from_is_not_where_it_struck():
    p = Places(TWO)
    (m,) = [m for m in p.mentions("Rockets fired from Altmar City hit the coast.") if m.spelling == "Altmar City"]
    assert not m.locative and m.origin
    (m,) = p.mentions("Thousands fled from Altmar City.")  # people who fled keep the place they fled
    assert m.locative and not m.origin
    text = "Rockets fired from Altmar City killed 3 people on Monday.\n\nThe attack hit Millbrook.\n"
    assert draft(text)["3"]["admin1"] == "QZ02"


def test_validation_refuses_a_group_on_any_countrys_row():
    bad = TWO.copy()
    bad.loc[3, "groups"] = "the north"
    bad.loc[4, "groups"] = "the north"
    bad["__line__"] = range(2, 2 + len(bad))
    from crosstally import ledger
    bad = bad.rename(columns={"__line__": ledger.LINE})
    messages = [e.message for e in admin1_errors(bad, "admin1.csv")]
    assert any("whole country (NV)" in m for m in messages)


def test_draft_for_reads_a_two_country_table_from_the_case(tmp_path):
    from crosstally.paths import Paths
    from crosstally.scaffold import init_case

    init_case(tmp_path / "case", "UA", title="Two countries")
    paths = Paths(tmp_path / "case")
    TWO.to_csv(paths.admin1, index=False)
    text = "Drones struck Brenn Valley on Monday, killing 5 people, the Norvian health ministry said.\n"
    doc = {"document_id": "d1", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14"}
    (r,) = draft_for(text, doc, paths).to_dict("records")
    assert (r["admin1"], r["period_end"]) == ("NV-BR", "2031-03-10")


def test_a_place_given_as_a_distance_reference_is_not_a_place_of_the_text():
    p = Places(TWO)
    text = "The attack hit a village some twenty kilometres from the port city Harbor Town, near Millbrook."
    assert [m.spelling for m in p.mentions(text)] == ["Millbrook"]
    assert [m.spelling for m in p.mentions("It lies 30 km (19 miles) north of Altmar City.")] == []


def test_a_document_naming_one_unit_is_about_that_unit_though_it_names_the_country_more():
    p = Places(TWO.iloc[:3])
    text = ("Twelve killed in northern Qzland\n\nGunmen killed twelve people in Qzland on Friday. The attack was "
            "in Millbrook, in western Qzland.\n\nMillbrook has been attacked before.\n")
    assert p.document_place(text)[1] == "QZ02"
    # two units named and the country as often: a story about the country
    text2 = text + "\nHarbor Town was calm. Across Qzland, schools closed.\n"
    assert p.document_place(text2)[1] == "QZ"


def test_a_name_two_countries_share_is_the_documents_countrys_unit():
    both = pd.concat([TWO, pd.DataFrame([["QZ03", "Midland", "", ""], ["NV-MI", "Midland", "", ""]],
                                        columns=list(S.ADMIN1_COLUMNS))], ignore_index=True)
    text = ("Strikes on Norvia\n\nStrikes hit Altmar City and Brenn Valley on Monday.\n\n"
            "In Midland, 4 people were wounded.\n")
    assert draft(text, both)["4"]["admin1"] == "NV-MI"
    text = "Shelling in Qzland\n\nShelling hit Harbor Town on Monday.\n\nIn Midland, 4 people were wounded.\n"
    assert draft(text, both)["4"]["admin1"] == "QZ03"


# two real countries' names and adjectives (general English), invented units: no conflict of the labelled set
NORDIC = pd.DataFrame([
    ["NO", "Norway", "whole country", ""],
    ["NO-01", "Fjordmark", "Fjordby", ""],
    ["SE", "Sweden", "whole country", ""],
    ["SE-01", "Skogland", "Skogby", ""],
], columns=list(S.ADMIN1_COLUMNS))


def test_people_of_the_other_country_counted_with_no_place_are_that_countrys():
    text = ("Shelling hits Fjordby\n\nShelling hit Fjordby on Monday, killing 3 people, officials said.\n\n"
            "Separately, 50 Swedish soldiers were killed in clashes on the border, the ministry said.\n\n"
            "Nine Norwegians were wounded, it said.\n\nThe army said 12 drones launched by Sweden were shot down.\n")
    got = draft(text, NORDIC)
    assert got["3"]["admin1"] == "NO-01"
    assert got["50"]["admin1"] == "SE" and "another country of the case" in got["50"]["why"]
    assert got["Nine"]["admin1"] != "SE"  # the document's own people: its own places
    assert got["12"]["admin1"] != "SE"  # "launched by Sweden" names who acted, not what was counted
    # with one country in the table the rule does not apply
    one = draft(text, NORDIC.iloc[:2])
    assert one["50"]["admin1"] != "SE"


def test_a_wars_toll_so_far_and_the_countrys_own_people_over_time_are_the_countrys():
    text = ("Gunmen kill 5 in Millbrook\n\nGunmen killed 5 people in Millbrook on Monday.\n\n"
            "The conflict has resulted in over 900 deaths among soldiers.\n\n"
            "Thousands of Norwegian soldiers and civilians have died, despite the presence of foreign troops.\n")
    one = NORDIC.iloc[:2]
    got = draft(text.replace("Millbrook", "Fjordby"), one)
    assert got["5"]["admin1"] == "NO-01"
    assert got["over 900"]["admin1"] == "NO" and "the war's toll so far" in got["over 900"]["why"]
    assert got["Thousands"]["admin1"] == "NO" and "the country's people" in got["Thousands"]["why"]


def test_the_countrys_population_is_the_countrys():
    text = "Shelling hit Harbor Town.\n\nTwo-thirds of the country's population of 19 million people need aid.\n"
    assert draft(text, TWO.iloc[:3])["19 million"]["admin1"] == "QZ"


def test_munitions_shot_down_are_over_the_country_of_whoever_reports_them():
    text = ("Drone attacks\n\nThe Swedish military said it shot down 21 of 22 drones launched by Norway overnight.\n\n"
            "In a statement, the Norwegian Defence Ministry said it intercepted 16 Swedish drones.\n")
    got = draft(text, NORDIC)
    assert got["21"]["admin1"] == "SE" and "speaker" in got["21"]["why"]
    assert got["16"]["admin1"] == "NO"


def test_a_headline_attack_without_article_is_one_incident_at_the_documents_unit():
    text = ("Dozens dead in rebel attack on Qzland school\n\n"
            "The toll in an attack on a school in Millbrook has risen to 40, officials said.\n\n"
            "The attack on the school in Millbrook was the worst this year.\n")
    assert draft(text, TWO.iloc[:3])["Dozens"]["admin1"] == "QZ02"


def test_a_running_total_in_a_document_whose_headline_names_its_unit_is_that_units():
    text = ("Cartel war bleeds Eastmark\n\nSince 9 September, 9 police officers have been killed.\n\n"
            "In the first quarter of 2031, 300 people were killed, the ministry said.\n")
    got = draft(text, TWO.iloc[:3])
    assert got["9"]["admin1"] == "QZ01" and "headline" in got["9"]["why"]
    assert got["300"]["admin1"] == "QZ"  # a reporting window: the country's report


def test_a_region_named_with_its_countrys_possessive_is_a_place():
    p = Places(TWO)
    (m,) = [m for m in p.mentions("Bombs went off in Qzland's northern Qzland overnight.") if m.kind == "group"]
    assert m.locative
    (m,) = p.mentions("Rebels struck in Norvia's Altmar City.")[1:]
    assert m.locative and m.codes == ("NV-AL",)


def test_an_incident_in_a_region_is_in_the_one_unit_of_it_the_document_names():
    text = ("Bombs kill two in northern Qzland\n\nTwo civilians were killed in bomb attacks in northern Qzland on "
            "Wednesday night, police said.\n\nAll of the attacks took place in Millbrook.\n")
    r = draft(text, TWO.iloc[:3])["Two"]
    assert r["admin1"] == "QZ02" and "the only unit of that region" in r["why"]
    # a document naming two units of the region keeps the region
    text2 = text.replace("All of the attacks took place in Millbrook.", "The attacks hit Millbrook and Harbor Town.")
    assert draft(text2, TWO.iloc[:3])["Two"]["admin1"] == "QZ01;QZ02"
    # a toll brought up over several incidents keeps the region
    text3 = text + "\nThe new deaths bring to 15 the number of people killed in northern Qzland on Wednesday.\n"
    assert draft(text3, TWO.iloc[:3])["15"]["admin1"] == "QZ01;QZ02"

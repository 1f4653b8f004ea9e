"""Who claims a figure (fifth round): a person's title or a minister's portfolio in a role looked
up in sources.csv, a surname of a person introduced earlier with the body they speak for, a
country's unnamed authorities, a body's own work reported as its figures.

Every fixture is invented for these tests: the made-up country QZ ("Qzland", with its admin-1
table from qz_fixtures) and made-up sources. None comes from the benchmark's labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland government"],
    ["qz-army", "Qzland Defence Force (QDF)", "military", "true", "", "", "QDF;Qzland army"],
    ["qz-police", "Qzland Police Service", "government", "true", "", "", "Qzland police"],
    ["qz-interior", "Ministry of Internal Affairs of Qzland", "government", "true", "", "",
     "Qzland Internal Affairs Ministry"],
    ["qz-health", "Ministry of Health of Qzland", "government", "true", "", "", "Qzland Health Ministry"],
    ["wl", "Watchlight International", "rights_medical_ngo", "false", "", "", ""],
    ["qz-wire", "Qz Wire Service (QWS)", "media", "false", "", "", "QWS"],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


def test_a_person_title_in_a_role_is_no_word_of_the_bodys_name():
    d = draft("Clashes in Westfold\n\n"
              "Eleven people died in clan fighting in Westfold last week, the district police commander said.\n")
    assert d["Eleven"]["claimant"] == "qz-police"


def test_a_minister_is_the_ministry_of_the_portfolio_the_words_give():
    d = draft("Rescue teams flew 14 wounded out of Millbrook, said Health Minister Ora Venn.\n\n"
              "The Qzland Minister of Internal Affairs said 30 fighters had surrendered in Eastmark.\n")
    assert d["14"]["claimant"] == "qz-health"
    assert d["30"]["claimant"] == "qz-interior"


def test_a_surname_is_the_body_the_person_was_introduced_with():
    d = draft("Clashes in Westfold\n\n"
              "Four soldiers died near Millbrook on Monday, said Dan Orrel, spokesman for the Qzland army.\n\n"
              "\"They were ambushed at dawn,\" Orrel told reporters, adding that nine others were wounded.\n\n"
              "A day earlier QDF chief General Ivo Marsk dismissed a rebel claim of heavy losses.\n\n"
              "Marsk confirmed only two deaths among the crew.\n")
    assert d["nine"]["claimant"] == "qz-army"
    assert d["two"]["claimant"] == "qz-army"


def test_a_surname_of_nobody_introduced_with_a_body_stays_unknown():
    d = draft("Clashes in Westfold\n\n"
              "Four soldiers died near Millbrook on Monday, the Qzland army said.\n\n"
              "Resident Pia Orrel said the fighting lasted hours.\n\n"
              "Orrel said 12 houses burned and 7 neighbours fled.\n")
    assert d["7"]["claimant"] == ""


SOURCES_TWO = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "true", "", "", "Qzland government"],
    ["qz-security", "Qzland Security Council (QSC)", "government", "true", "", "", "QSC"],
    ["delta-authorities", "De facto authorities of the Delta Republic", "government", "true", "", "",
     "Delta Republic authorities;Delta Republic government"],
    ["qz-wire", "Qz Wire Service (QWS)", "media", "false", "", "", "QWS"],
], columns=list(S.SOURCE_COLUMNS))

draft_two = drafter(SOURCES_TWO)


def test_a_countrys_unnamed_authorities_are_its_government_or_the_body_of_the_same_words():
    d = draft_two("Fighting flares in Qzland\n\n"
                  "Shelling hit Harbor Town and Millbrook on Monday, residents said.\n\n"
                  "Qzland authorities reported at least 9 soldiers killed and 31 wounded in the fighting.\n\n"
                  "Delta Republic officials said the number of civilians killed exceeded 200.\n")
    assert d["at least 9"]["claimant"] == "qz-government"
    assert d["exceeded 200"]["claimant"] == "delta-authorities"


def test_a_paragraph_repeating_the_ledes_unnamed_officials_is_part_of_the_lede():
    d = draft_two("Guards killed in Harbor Town raid\n\n"
                  "Six guards and 4 raiders killed in a raid on a depot in Harbor Town, Qzland officials say.\n\n"
                  "Six guards were killed when raiders stormed a depot in Harbor Town, Qzland officials said.\n\n"
                  "The raiders were also killed, the Qzland Security Council (QSC) said, adding that 12 guards "
                  "were wounded.\n")
    assert d["Six"]["claimant"] == "qz-security"
    assert d["4"]["claimant"] == "qz-security"


def test_a_bodys_own_work_is_its_figure_though_several_voices_speak():
    # several voices (the rights group, unnamed city officials): a far sentence takes no carried source,
    # but one whose subject is the body doing its own work is the body's figure
    d = draft("Rights group says shelling hit a Millbrook school\n\n"
              "Shells deliberately hit a school used as a shelter in Millbrook, the rights group Watchlight "
              "International said in a report released Thursday.\n\n"
              "City officials initially estimated around 40 dead. Most of the dozen witnesses a QWS reporter "
              "met gave a higher number.\n\n"
              "Researchers for Watchlight International identified 17 of the dead.\n\n"
              "The Watchlight team interviewed 35 survivors and witnesses.\n\n"
              "At the school, QWS reporters saw about 9 bodies under the rubble.\n")
    assert d["17"]["claimant"] == "wl"
    assert d["35"]["claimant"] == "wl"
    assert d["about 9"]["claimant"] == "qz-wire"


def test_a_list_under_a_title_of_its_own_is_background():
    d = draft("Raid on Harbor Town depot\n\n"
              "Raiders killed 8 guards at a depot in Harbor Town on Monday, the Qzland police said.\n\n"
              "Harbor Town's long feud with Millbrook\n"
              "  • The towns fought two wars over the port\n"
              "  • At least 3,000 people were killed in the two wars\n"
              "  • In May, 4 fishermen were killed in a raid\n\n"
              "The police said the raiders fled by boat.\n")
    assert d["8"]["claimant"] == "qz-police"
    assert d["At least 3,000"]["claimant"] == ""
    assert d["4"]["claimant"] == ""


def test_government_statistics_are_the_governments_and_in_addition_to_adds_no_claim():
    d = draft("Shelling kills 7 in Harbor Town\n\n"
              "Seven people were killed on Sunday when shells hit the market of Harbor Town.\n\n"
              "In addition to the seven killed Sunday, 22 were wounded, bringing the toll in the town to more "
              "than 40 dead in a week, according to government statistics.\n")
    assert d["more than 40"]["claimant"] == "qz-government"
    assert d["Seven"]["claimant"] == "qz-government"  # "In addition to" is no new claim: the one source


def test_the_office_is_the_source_with_that_word_that_spoke_before():
    sources = pd.concat([SOURCES, pd.DataFrame([
        ["qz-prosecutor", "Office of the Chief Prosecutor of Qzland", "government", "false", "", "",
         "Qzland prosecutor's office"]], columns=list(S.SOURCE_COLUMNS))])
    d = drafter(sources)("Riots in Qzland\n\n"
                         "Qzland's chief prosecutor said 40 people had died in two months of riots.\n\n"
                         "Shops stayed shut in Millbrook on Friday.\n\n"
                         "The office later reported 5 more deaths in Harbor Town.\n")
    assert d["40"]["claimant"] == "qz-prosecutor"
    assert d["5"]["claimant"] == "qz-prosecutor"


def test_the_armed_forces_are_a_role_and_a_background_body_far_below_is_no_second_official():
    sources = pd.concat([SOURCES, pd.DataFrame([
        ["qz-forces", "Joint Staff of the Armed Forces of Qzland", "military", "true", "", "", "Qzland armed forces"],
        ["qz-inquiry", "Qzland Inquiry Commission", "government", "false", "", "", "inquiry commission"]],
        columns=list(S.SOURCE_COLUMNS))])
    text = ("Rebels ambush convoy in Qzland\n\n"
            "At least 14 people, including 9 soldiers, were killed when rebels ambushed a convoy near Millbrook, "
            "authorities said Friday.\n\n"
            "The attack took place on Thursday near Millbrook, the armed forces said in a statement.\n\n"
            "Trucks were burned.\n\nRoads were shut.\n\nSchools closed.\n\nMarkets closed.\n\n"
            "An inquiry commission ascribed 2,000 deaths to the first rebellion, according to commission estimates.\n")
    d = drafter(sources)(text)
    assert d["At least 14"]["claimant"] == "qz-forces"
    assert d["9"]["claimant"] == "qz-forces"


def test_an_unnamed_persons_account_goes_on_into_the_next_paragraph():
    d = draft("Raid on Millbrook barracks\n\n"
              "The Qzland army says rebels attacked its Millbrook barracks on Tuesday, killing 3 soldiers.\n\n"
              "The army says it killed 5 rebels.\n\n"
              "A local farmer told reporters that the toll was in fact much higher because a truck of reinforcements "
              "was ambushed on the road.\n\n"
              "The truck overturned and hit a house, killing 2 children. Six more soldiers died.\n")
    assert d["5"]["claimant"] == "qz-army"
    assert d["2"]["claimant"] == ""
    assert d["Six"]["claimant"] == ""


def test_a_passive_estimate_in_a_report_the_title_names_is_the_reports():
    sources = pd.concat([SOURCES, pd.DataFrame([
        ["rl", "Reliefline", "humanitarian_ngo", "false", "", "", ""]], columns=list(S.SOURCE_COLUMNS))])
    d = drafter(sources)("Qzland - Displacement (Reliefline Daily Flash of 3 March 2031)\n"
                         "- Fighting in Westfold has displaced some 4,000 people so far.\n"
                         "- At least 600 people are estimated to have fled into Eastmark.\n")
    assert d["At least 600"]["claimant"] == "rl"


def test_a_role_of_none_of_the_documents_country_is_the_one_of_the_case_countries():
    from crosstally.draft import draft_document
    from qz_fixtures import ADMIN1
    admin1 = pd.concat([ADMIN1, pd.DataFrame([["NO", "Norway", "whole country", ""]], columns=list(S.ADMIN1_COLUMNS))])
    sources = pd.DataFrame([
        ["no-defence", "Norwegian Ministry of Defence", "military", "true", "", "", "Norwegian Defence Ministry"],
        ["rebels", "Qzland Liberation Front (QLF)", "belligerent", "true", "", "", "QLF"],
    ], columns=list(S.SOURCE_COLUMNS))
    doc = {"document_id": "d", "outlet": "", "url": "", "published": "2031-03-14", "language": "en"}
    out = draft_document("Four Norwegian soldiers were killed in an attack by QLF fighters near Millbrook in Qzland, "
                         "the Defense Ministry said Saturday.\n", doc, sources, admin1)
    got = {r["value_as_reported"]: r for r in out.to_dict("records")}
    assert got["Four"]["claimant"] == "no-defence"


def test_a_name_with_its_apposition_before_the_verb_is_the_speaker():
    d = draft("Clashes in Westfold\n\n"
              "Eight soldiers died near Millbrook on Monday.\n\n"
              "Ilse Varn, a spokesperson for the Qzland police in the northern district, said the fighting began "
              "at dawn near the disputed border area.\n\n"
              "About 300 families have been moved to safer areas, she wrote on her page.\n")
    assert d["About 300"]["claimant"] == "qz-police"


def test_a_description_then_the_name_between_commas_before_the_verb_is_the_speaker():
    d = draft("Clashes in Westfold\n\n"
              "Eight soldiers died near Millbrook on Monday. On Friday, the chief spokesperson of the Qzland police "
              "in the northern district, Col. Ilse Varn, said clashes resumed early in the morning near the old "
              "border temple. At least 6 civilians were wounded in the fighting there.\n")
    assert d["At least 6"]["claimant"] == "qz-police"


def test_a_clause_with_its_own_reporting_words_keeps_its_speaker_and_while_is_no_part_of_a_name():
    d = draft_two("Toll revised in Delta\n\n"
                  "Officials of the breakaway region earlier put the number of deaths at over 900 people, "
                  "while Qzland has estimated the figure at 400.\n")
    assert d["over 900"]["claimant"] == ""
    assert d["400"]["claimant"] == "qz-government"


def test_a_description_is_no_body_of_another_country_and_a_prosecutor_is_a_role():
    sources = pd.concat([SOURCES, pd.DataFrame([
        ["qz-prosecution", "Public Prosecution of Qzland", "government", "true", "", "",
         "Qzland Public Prosecution;Qzland Prosecutor General"],
        ["no-prosecutor", "Office of the Chief Prosecutor of Norway", "government", "false", "", "",
         "Norwegian chief prosecutor"]], columns=list(S.SOURCE_COLUMNS))])
    d = drafter(sources)("Toll from Millbrook mosque attack rises to 210\n\n"
                         "The death toll from an attack on a mosque in Millbrook has been raised to 210, including "
                         "25 children, the country's chief prosecutor has said.\n")
    assert d["25"]["claimant"] == "qz-prosecution"


def test_admitted_to_hospital_is_no_reporting_passive():
    d = draft("Strikes on Millbrook\n\n"
              "The Qzland Health Ministry said 90 people were killed and 400 injured in strikes on Millbrook.\n\n"
              "Of the injured, 310 have been admitted to hospitals for treatment, while others went home.\n")
    assert d["310"]["claimant"] == "qz-health"


def test_a_wire_dateline_is_no_part_of_the_speaker():
    d = draft("Clan fighting leaves 20 dead, police say\n\n"
              "HARBOR TOWN, Qzland (QWS) — A police official says days of clan fighting in Westfold have left "
              "more than 20 people dead.\n")
    assert d["more than 20"]["claimant"] != "qz-wire"


def test_the_accuser_claims_the_count_it_accuses_another_of():
    d = draft("Clashes in Westfold\n\n"
              "Two soldiers died near Millbrook on Monday, residents said.\n\n"
              "Last month, the Qzland army accused the rebels of killing 3 of its troops and wounding another.\n")
    assert d["3"]["claimant"] == "qz-army"
    d = draft("Qzland army accused of killing 14 villagers\n\n"
              "Watchlight International said soldiers killed 14 villagers in Millbrook on Monday.\n")
    assert d["14"]["claimant"] == "wl"


def test_a_passive_reporting_verb_gives_its_clause_no_speaker_of_its_own():
    text = ("Clashes in Millbrook\n\n"
            "The Qzland army said 12 rebels were killed in Millbrook on Friday, while 3 soldiers were wounded in clashes "
            "first reported by residents.\n")
    got = draft(text)
    assert got["12"]["claimant"] == "qz-army"
    assert got["3"]["claimant"] == "qz-army"


def test_an_offensive_that_saw_deaths_is_no_work_of_the_army():
    text = ("Army offensive\n\n"
            "Watchlight International said fighting had intensified across the region.\n\n"
            "The Qzland army offensive saw 40 civilians killed in Millbrook on Sunday.\n")
    assert draft(text)["40"]["claimant"] == "wl"


def test_the_accused_of_a_passive_accusation_claims_nothing():
    # "X is accused by Y of killing 12": X, accused, did not say it
    text = ("Police accused\n\n"
            "The Qzland government said on Monday that troops had secured Westfold.\n\n"
            "The Qzland police are accused by residents of killing 12 villagers in Millbrook on Friday.\n")
    assert draft(text)["12"]["claimant"] != "qz-police"


def test_a_long_list_is_walked_back_over_once(monkeypatch):
    # a box of facts and a list's introduction are found once per list, not from each of its items
    import crosstally.draft_doc as drafting  # (_Document walks the lists: it reads _BULLET there)

    class Counting:
        def __init__(self, rx):
            self.rx, self.n = rx, 0

        def match(self, *args):
            self.n += 1
            return self.rx.match(*args)

    counting = Counting(drafting._BULLET)
    monkeypatch.setattr(drafting, "_BULLET", counting)
    items = [f"• {k + 3} people were killed in Millbrook in week {k}" for k in range(300)]
    got = draft("Fighting in Qzland\n\nKey figures of the war\n" + "\n".join(items) + "\n")
    assert got["3"]["claimant"] == ""
    assert 0 < counting.n < 20 * len(items)

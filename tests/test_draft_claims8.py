"""Who claims a figure (eighth round): a spaced hyphen as a dash around an aside, ...

Every fixture is invented for these tests: the made-up country QZ ("Qzland", with its
admin-1 table from qz_fixtures) and made-up sources. None comes from the benchmark's
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-watch", "Qzland Rights Watch (QRW)", "monitoring_ngo", "false", "", "", "QRW;Rights Watch"],
    ["qz-health", "Qzland Ministry of Health", "government", "true", "", "", "health ministry"],
    ["qz-army", "Qzland Army", "military", "true", "", "", "the army"],
    ["qz-police", "Qzland Police", "police", "true", "", "", "police"],
    ["qz-wire", "Qz Wire Service (QWS)", "media", "false", "", "", "QWS"],
    ["qz-government", "Government of Qzland", "government", "true", "", "",
     "Qzland;Qzland government;Qzland authorities;state television"],
    ["truthseek", "Truthseek Documentation Center", "monitoring_ngo", "false", "", "", "Truthseek"],
    ["elf", "Eastmark Liberation Front (ELF)", "armed_group", "true", "", "", "ELF"],
], columns=list(S.SOURCE_COLUMNS))

draft = drafter(SOURCES)


def test_a_spaced_hyphen_opens_and_closes_an_aside_like_a_dash():
    # the aside between " - " and " - " is no part of the speaker: "A hospital official in the Qzland
    # capital" is one unnamed person (not Qzland's government), and so is "The official" after it
    d = draft("Fighting went on in Eastmark on Tuesday, state television said.\n\n"
              "A hospital official in the Qzland capital Millbrook - where some of the wounded were taken - told "
              "the QWS that more than 200 people were killed on Tuesday.\n\n"
              "The official - who did not want to be named - said that about 60 people were injured.\n")
    assert d["more than 200"]["claimant"] == ""
    assert d["about 60"]["claimant"] == ""
    # a named body speaking past a hyphenated aside is still that body
    d = draft("The ELF - which holds the hills above Millbrook - said 14 of its fighters were killed on Tuesday.\n")
    assert d["14"]["claimant"] == "elf"
    # one lone spaced hyphen (a dateline's) opens no aside
    d = draft("MILLBROOK - At least 11 people were killed on Tuesday, the army said.\n")
    assert d["At least 11"]["claimant"] == "qz-army"


def test_a_figure_in_reports_the_speaker_disputes_is_nobodys():
    # "disputed estimates that ...", "refused to confirm or deny reports that ...": the figure is in others'
    # reports, not named; the speaker does not vouch for it
    d = draft("Army spokesman Jo Tam disputed estimates that put the number of civilians killed in Millbrook as "
              "high as 1,200. He said the army's own count of 220 was accurate.\n\n"
              "The police chief refused to confirm or deny reports that a rebel force of 500 men was advancing "
              "on the town.\n\n"
              "The ELF dismissed earlier claims that 300 of its fighters had surrendered.\n")
    assert d["as high as 1,200"]["claimant"] == ""
    assert d["500"]["claimant"] == ""
    assert d["300"]["claimant"] == ""
    # the speaker is still the one a pronoun after it points back to
    assert d["220"]["claimant"] == "qz-army"


def test_reports_the_speaker_confirms_or_makes_stay_the_speakers():
    d = draft("The police confirmed reports that 12 people were killed in Millbrook on Monday.\n")
    assert d["12"]["claimant"] == "qz-police"
    d = draft("The QRW reports that 40 people were detained in Millbrook and disputes the army's account.\n")
    assert d["40"]["claimant"] == "qz-watch"


def test_according_to_an_outlet_the_speaker_it_quotes_is_the_claimant():
    # the wire relays what the front announced; the front's figure
    d = draft("The ELF said on Tuesday that its leaders survived the strike in Millbrook. According to the QWS, the "
              "ELF later announced that six people were killed in total.\n")
    assert d["six"]["claimant"] == "elf"
    # near-miss: the outlet alone, with no speaker of its own words, stays the attribution (a relay: no claimant
    # of the case's sources other than the outlet)
    d = draft("According to the QWS, 14 people were killed in Millbrook on Tuesday.\n")
    assert d["14"]["claimant"] == "qz-wire"
    # near-miss: a body (not an outlet) named after "according to" keeps the figure
    d = draft("According to the QRW, the army shelled Millbrook and killed 9 civilians on Tuesday, residents said.\n")
    assert d["9"]["claimant"] == "qz-watch"


def test_the_organization_or_the_group_is_the_organisation_named_last():
    d = draft("The Truthseek Documentation Center said on Tuesday that 1,200 people went missing in the offensive.\n\n"
              "According to the organization, 548 women were among the missing.\n\n"
              "The ELF said its fighters held the hills. The group later announced that 30 soldiers were captured.\n")
    assert d["548"]["claimant"] == "truthseek"
    assert d["30"]["claimant"] == "elf"
    # near-miss: a state's body named last is no "group"; the front named before it is
    d = draft("The ELF said its fighters held the hills, and the army said it shelled them on Monday.\n\n"
              "The group said 12 of its fighters were killed.\n")
    assert d["12"]["claimant"] == "elf"
    # near-miss: with no organisation named before, "the group" stays nobody known
    d = draft("The army said it shelled the hills on Monday.\n\nThe group said 12 of its fighters were killed.\n")
    assert d["12"]["claimant"] == ""


def test_a_body_publishing_names_gives_its_own_figure():
    d = draft("Remembering the Millbrook offensive\n\n"
              "The Truthseek Documentation Center has published the names of 1,861 people who were killed or went "
              "missing in the offensive.\n")
    assert d["1,861"]["claimant"] == "truthseek"
    # near-miss: an outlet publishing is no count of its own
    d = draft("Remembering the Millbrook offensive\n\n"
              "The QWS has published photos of 40 people who were killed in the offensive.\n")
    assert d["40"]["claimant"] != "qz-wire"


def test_claim_in_the_present_is_a_reporting_verb():
    d = draft("Qzland police clashed with migrants at the border on Saturday, as Qzland authorities claim they "
              "blocked 4,000 people from crossing.\n")
    assert d["4,000"]["claimant"] == "qz-government"
    d = draft("The ELF claim that 25 soldiers were killed in the ambush on Monday.\n")
    assert d["25"]["claimant"] == "elf"
    # near-miss: "claim" as a noun, of a speaker named with a verb of their own
    d = draft("Police dismissed as false a claim made online on Monday; 40 people were detained in Millbrook, "
              "the QRW said.\n")
    assert d["40"]["claimant"] == "qz-watch"


def test_according_to_mere_information_defers_to_the_speaker_of_the_sentence():
    # "according to preliminary information" names no one: the speaker with a verb of their own is the claimant
    d = draft("Fighting went on near Millbrook on Monday.\n\n"
              "Earlier in the day, the ministry said that at least 49 people died, according to preliminary "
              "information.\n")
    assert d["at least 49"]["claimant"] == "qz-health"
    d = draft("Fighting went on near Millbrook on Monday.\n\n"
              "According to initial figures, the ministry said 17 people were wounded.\n")
    assert d["17"]["claimant"] == "qz-health"
    # near-miss: with no speaker besides it, the information stays nobody's
    d = draft("Fighting went on near Millbrook on Monday.\n\n"
              "At least 30 people were killed, according to preliminary data.\n")
    assert d["At least 30"]["claimant"] == ""
    # near-miss: a source named after "according to" is the claimant, whoever else speaks
    d = draft("Fighting went on near Millbrook on Monday.\n\n"
              "At least 30 people were killed, according to the QRW, residents said.\n")
    assert d["At least 30"]["claimant"] == "qz-watch"


def test_a_source_revising_a_toll_reports_it():
    d = draft("Toll rises in Millbrook\n\n"
              "Police on Monday raised the death toll from the bombing in Millbrook to 45.\n\n"
              "The health ministry revised the toll upwards from 30 to 38 on Tuesday.\n")
    assert d["45"]["claimant"] == "qz-police"
    assert d["38"]["claimant"] == "qz-health"
    # near-miss: an event raising a toll is no one speaking; the sentence before still gives the count
    d = draft("Toll rises in Millbrook\n\n"
              "Police said 40 people were killed in the bombing. Two more deaths overnight raised the toll to 42.\n")
    assert d["42"]["claimant"] == "qz-police"
    # near-miss: "raised" with no toll after it reports nothing
    d = draft("Toll rises in Millbrook\n\n"
              "The ELF raised its flag over Millbrook, where 12 people were killed on Monday, the QRW said.\n")
    assert d["12"]["claimant"] == "qz-watch"


def test_a_clause_of_its_own_names_its_own_speaker_beside_an_unnamed_one():
    # the first clause's speaker is no known source; the number's own clause names one
    d = draft("Toll disputed in Delta\n\n"
              "Officials of the breakaway region earlier put the number of deaths at over 900, while the QRW has "
              "estimated the figure at 400.\n")
    assert d["over 900"]["claimant"] == ""
    assert d["400"]["claimant"] == "qz-watch"


def test_a_country_named_before_an_outlets_shared_name_says_which_outlet():
    others = SOURCES[SOURCES["source_id"] != "qz-government"]  # (whose aliases hold "state television" here)
    sources = pd.concat([others, pd.DataFrame([
        ["qz-tv", "Qzland State Television", "media", "false", "", "", "state television;State TV"],
    ], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
    draft_tv = drafter(sources)
    # another country's state television is not Qzland's
    d = draft_tv("Raid on Millbrook\n\nGhana's state television said two guards were wounded in the raid.\n")
    assert d["two"]["claimant"] != "qz-tv"
    # near-misses: Qzland's own, or the name alone, is Qzland's
    d = draft_tv("Raid on Millbrook\n\nQzland's state television said two guards were wounded in the raid.\n")
    assert d["two"]["claimant"] == "qz-tv"
    d = draft_tv("Raid on Millbrook\n\nState television said two guards were wounded in the raid.\n")
    assert d["two"]["claimant"] == "qz-tv"


def test_an_interior_minister_heads_a_home_ministry_and_the_other_way_round():
    home = pd.DataFrame([["qz-home", "Ministry of Home Affairs of Qzland", "government", "true", "", "", "Home Ministry"]],
                        columns=list(S.SOURCE_COLUMNS))
    draft_home = drafter(pd.concat([SOURCES, home], ignore_index=True))
    text = ("Rebels attack Millbrook\n\n"
            "A helicopter could not land in Millbrook and was forced to return to base, said the junior interior "
            "minister, Jo Tam. Another helicopter was able to evacuate 21 injured, he added.\n")
    assert draft_home(text)["21"]["claimant"] == "qz-home"
    # near-miss: where the table has an interior ministry too, the minister's own word picks it
    interior = pd.DataFrame([["qz-interior", "Ministry of the Interior of Qzland", "government", "true", "", "", ""]],
                            columns=list(S.SOURCE_COLUMNS))
    draft_both = drafter(pd.concat([SOURCES, home, interior], ignore_index=True))
    assert draft_both(text)["21"]["claimant"] == "qz-interior"


def test_claimed_gives_a_clause_its_own_speaker_but_claiming_an_attack_claims_no_number():
    d = draft("Clashes near Millbrook\n\nThe army said 30 soldiers were killed, while the ELF claimed 12.\n")
    assert d["30"]["claimant"] == "qz-army"
    assert d["12"]["claimant"] == "elf"
    # near-misses: who carried out an attack is no one's count
    d = draft("Clashes near Millbrook\n\n"
              "An attack claimed by the ELF killed 12 soldiers in Millbrook on Monday, the army said.\n")
    assert d["12"]["claimant"] == "qz-army"
    d = draft("Clashes near Millbrook\n\nThe army said the ELF, which claimed the attack, killed 12 soldiers.\n")
    assert d["12"]["claimant"] == "qz-army"
    d = draft("Clashes near Millbrook\n\nThe ELF attack claimed 12 lives in Millbrook on Monday, the army said.\n")
    assert d["12"]["claimant"] == "qz-army"


def test_a_source_named_as_rejecting_the_figure_is_not_its_claimant():
    for sentence in ("Eastmark officials said 12 people were killed by fire from across the border — an assertion "
                     "the army strongly rejected.",
                     "Residents said 12 people were killed, a claim the army denied.",
                     "Witnesses said 12 people were killed, which the army has disputed.",
                     "A local official said 12 people were killed, a figure the QRW disputed."):
        assert draft(f"Clashes near Millbrook\n\n{sentence}\n")["12"]["claimant"] == "", sentence
    # near-misses: the one who rejects something else and reports the figure is its claimant
    for sentence in ("The army denied involvement but said 12 soldiers were killed.",
                     "The army rejected the ELF's account and said 12 soldiers were killed.",
                     "At least 12 soldiers were killed, the army said, and rejected reports of civilian deaths."):
        d = draft(f"Clashes near Millbrook\n\n{sentence}\n")
        assert d.get("12", d.get("At least 12", {})).get("claimant") == "qz-army", sentence


def test_the_kind_of_organisation_named_before_speaks_again():
    for later in ("The monitor said 30 more were wounded.", "The rights group said 30 more were wounded.",
                  "The watchdog said 30 more were wounded."):
        d = draft(f"Clashes near Millbrook\n\nThe ELF said its fighters held the hills. The QRW said 12 people died "
                  f"on Monday.\n\n{later}\n")
        assert d["30"]["claimant"] == "qz-watch", later
    # the kind the words say picks among the organisations named before, not merely the last one
    for later in ("The rebels said 30 more were wounded.", "The rebel group said 30 more were wounded."):
        d = draft(f"Clashes near Millbrook\n\nThe ELF said 12 of its fighters died. The QRW said 20 people died on "
                  f"Monday.\n\n{later}\n")
        assert d["30"]["claimant"] == "elf", later
    # near-miss: no organisation of that kind named before: no one
    d = draft("Clashes near Millbrook\n\nThe QRW said 20 people died on Monday.\n\nThe rebels said 30 more were "
              "wounded.\n")
    assert d["30"]["claimant"] == ""


def test_the_military_is_the_states_army_not_a_rebel_army():
    d = draft("Clashes near Millbrook\n\nThe army said 12 soldiers died on Monday.\n\n"
              "The military also said 30 were wounded.\n")
    assert d["30"]["claimant"] == "qz-army"
    rebels = pd.DataFrame([["free-army", "Eastmark Free Army (EFA)", "belligerent", "true", "", "", "EFA"]],
                          columns=list(S.SOURCE_COLUMNS))
    draft_rebels = drafter(pd.concat([SOURCES[SOURCES["source_id"] != "qz-army"], rebels], ignore_index=True))
    d = draft_rebels("Clashes near Millbrook\n\nThe EFA said 12 of its fighters died on Monday.\n\n"
                     "The military said 30 soldiers were wounded.\n")
    assert d["30"]["claimant"] != "free-army"


def test_a_headline_source_after_a_colon_and_a_toll_given_by_a_source():
    d = draft("12 soldiers killed in Millbrook ambush: army\n\nSoldiers were ambushed in Millbrook on Monday.\n")
    assert d["12"]["claimant"] == "qz-army"
    # near-miss: words after a colon that name no source or role are no attribution
    d = draft("Millbrook ambush kills 12 soldiers: what we know\n\nThe QRW said 12 soldiers were killed in an ambush "
              "in Millbrook on Monday.\n")
    assert d["12"]["claimant"] == "qz-watch"
    d = draft("Clashes near Millbrook\n\nThe army said 12 soldiers were killed on Monday.\n\n"
              "The ELF gave a higher toll of 30.\n")
    assert d["30"]["claimant"] == "elf"


def test_a_person_of_the_organisation_named_before_speaks_for_it():
    d = draft("Clashes near Millbrook\n\nThe QRW said 12 people were killed on Monday.\n\n"
              "Jo Tam, the group's director, said 30 more were wounded.\n")
    assert d["30"]["claimant"] == "qz-watch"


def test_an_outlet_quoting_someone_as_saying_relays_them():
    d = draft("Clashes near Millbrook\n\nThe QWS quoted an army spokesman as saying 12 soldiers were killed.\n")
    assert d["12"]["claimant"] == "qz-army"
    # near-miss: an unnamed person quoted stays nobody identifiable, not the outlet
    d = draft("Clashes near Millbrook\n\nThe QWS quoted a resident as saying 12 people were killed.\n")
    assert d["12"]["claimant"] == ""


def test_its_spokesman_speaks_for_the_body_the_sentence_before_opens_with():
    d = draft("Clashes near Millbrook\n\nThe army said 12 soldiers died in Millbrook on Monday.\n\n"
              "The ELF denied the army's account. Its spokesman said 30 soldiers died.\n")
    assert d["30"]["claimant"] == "elf"
    # near-miss: a sentence before that opens with no source gives "its" no body to speak for
    d = draft("Clashes near Millbrook\n\nFighting went on in Millbrook on Monday. Its spokesman said 30 soldiers died.\n")
    assert d["30"]["claimant"] == ""

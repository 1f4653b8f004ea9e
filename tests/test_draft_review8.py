"""Misfires a reviewer found in the eighth round's claimant rules, on invented ordinary sentences.

Every fixture is invented (the made-up country QZ and made-up sources of tests/test_draft_claims8.py);
none comes from the benchmark's labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter
from test_draft_claims8 import SOURCES

draft = drafter(SOURCES)
LEDE = "Clashes near Millbrook\n\n"

MORE = pd.concat([SOURCES, pd.DataFrame([
    ["qz-pla", "Qzland People's Liberation Army (QPLA)", "armed_group", "true", "", "", "QPLA"],
    ["qz-defence", "Qzland Defence Force", "military", "true", "", "", "QDF"],
    ["sohr", "Qzland Observatory for Human Rights (QOHR)", "monitoring_ngo", "false", "", "", "Observatory;QOHR"],
], columns=list(S.SOURCE_COLUMNS))], ignore_index=True)
draft_more = drafter(MORE)


def claimant(text: str, value: str, d=draft) -> str:
    return d(LEDE + text + "\n")[value]["claimant"]


def test_a_speaker_who_disputes_reports_keeps_its_own_later_figure():
    assert claimant("The army dismissed claims of heavy losses, saying only 5 soldiers were killed.", "5") == "qz-army"
    assert claimant("Police denied reports of a massacre but said 14 people were killed in clashes.", "14") == \
        "qz-police"
    assert claimant("The health ministry, which disputed earlier estimates, said 35 people had died.", "35") == \
        "qz-health"
    assert claimant("The health ministry dismissed reports of looting and said 35 people were killed in Millbrook.",
                    "35") == "qz-health"
    assert claimant("The army rejected the estimates, saying 60 people died in Millbrook.", "60") == "qz-army"
    assert claimant("Police dismissed claims of torture and said 120 people had been detained lawfully.", "120") == \
        "qz-police"
    assert claimant("Jo Tam, the army spokesman, played down reports of desertions and said 300 soldiers had joined.",
                    "300") == "qz-army"


def test_according_to_a_named_bodys_figures_is_that_body():
    assert claimant("According to army figures, 40 rebels were killed, the QRW said.", "40") == "qz-army"
    assert claimant("According to police figures, 30 people were arrested, the QRW said.", "30") == "qz-police"
    assert claimant("According to health ministry figures, 52 people died, the QWS reported.", "52") == "qz-health"
    assert claimant("The QRW said 12 people died, according to police data.", "12") == "qz-police"
    assert claimant("The ELF said 30 soldiers were killed, according to army estimates.", "30") == "qz-army"


def test_its_spokesman_is_not_the_body_that_opens_the_sentence_before_when_its_is_the_object():
    assert claimant("Police blamed the ELF for the attack on Monday. Its spokesman said the group had lost 20 "
                    "fighters.", "20") in ("elf", "")
    assert claimant("The QRW said 12 people died on Monday. Police blamed the ELF. Its commander said 20 fighters "
                    "were killed.", "20") in ("elf", "")
    assert claimant("The army shelled the ELF positions on Monday. Their commander said 15 fighters were killed.",
                    "15") in ("elf", "")


def test_the_military_is_the_states_army_not_a_rebel_army_named_for_the_country():
    d = draft_more(LEDE + "The QPLA said 12 soldiers died.\n\nThe military said 30 rebels were killed.\n")
    assert d["30"]["claimant"] == "qz-army"
    d = draft_more(LEDE + "The QPLA said 12 soldiers died.\n\nMilitary officials said 30 rebels were killed.\n")
    assert d["30"]["claimant"] == "qz-army"


def test_a_foreign_military_is_not_the_army_that_spoke_before():
    d = draft_more(LEDE + "The QDF said 12 soldiers died.\n\nThe Ghanaian military said 3 of its peacekeepers were "
                   "wounded.\n")
    assert d["3"]["claimant"] == ""


def test_a_base_or_a_persons_nationality_does_not_unseat_the_source():
    assert claimant("The US-based Rights Watch said 30 civilians were killed.", "30") == "qz-watch"
    assert claimant("A Kenyan QRW researcher said 30 civilians were killed.", "30") == "qz-watch"
    assert claimant("A British QRW official said 30 civilians were killed.", "30") == "qz-watch"
    assert claimant("The Britain-based Observatory said 30 civilians were killed.", "30", draft_more) == "sohr"


def test_quoted_as_saying_in_a_relative_clause_leaves_the_outlet_the_speaker():
    assert claimant("The QWS, which quoted residents as saying the shelling lasted hours, said 9 people were killed.",
                    "9") == "qz-wire"


def test_a_subject_that_issues_or_raises_a_number_that_is_no_toll_is_no_speaker():
    assert claimant("Police issued a number of 15 arrest warrants on Monday, the QRW said.", "15") == "qz-watch"
    assert claimant("Police raised the number of officers deployed in Millbrook to 3,000, the QWS reported.",
                    "3,000") == "qz-wire"


def test_a_joint_statement_between_dashes_is_not_the_first_body_alone():
    assert claimant("The army - and the ELF - said 20 civilians were killed.", "20") in ("", "qz-army;elf", "elf;qz-army")


def test_a_figure_inside_the_disputed_reports_stays_nobodys_beside_the_speakers_own():
    d = draft(LEDE + "The army disputed estimates that put the number of civilians killed as high as 1,200, saying its "
              "own count of 220 was accurate.\n")
    assert d["as high as 1,200"]["claimant"] == ""
    assert d["220"]["claimant"] == "qz-army"
    d = draft(LEDE + "The army rejected reports that 300 soldiers had deserted and said 40 rebels were killed.\n")
    assert d["300"]["claimant"] == ""
    assert d["40"]["claimant"] == "qz-army"


def test_near_misses_the_narrowed_rules_still_serve():
    # a toll given or raised by a subject still makes it the speaker
    assert claimant("The army said 12 soldiers died on Monday. The ELF raised the number of people killed to 30.",
                    "30") == "elf"
    # information that names no one still defers to the speaker
    assert claimant("The QRW said at least 49 people died, according to preliminary information.", "at least 49") == \
        "qz-watch"
    # 'its spokesman' after a sentence naming one body (and another only as an owner) is that body's
    assert claimant("The ELF denied the army's account. Its spokesman said 30 soldiers died.", "30") == "elf"


def test_a_figure_an_investigation_suggests_is_the_investigators_own():
    # found when the Mariupol example's queue was regenerated: with "According to X, witnesses said" now the
    # witnesses', the investigation's own figures need their own words
    text = ("Close to 600 people died in the airstrike on the theatre in Millbrook, evidence from a QRW investigation "
            "suggests.\n\nQRW researchers drew on accounts of 23 survivors and rescuers.\n\n"
            "According to the QWS, witnesses said that upward of 100 people were at the kitchen outside.\n")
    got = draft(LEDE + text)
    assert got["Close to 600"]["claimant"] == "qz-watch"
    assert got["23"]["claimant"] == "qz-watch"
    # the near miss: evidence in general suggests; no one's investigation
    near = draft(LEDE + "Close to 600 people died in the airstrike on the theatre, the evidence suggests.\n")
    assert near["Close to 600"]["claimant"] == ""

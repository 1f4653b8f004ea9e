"""Claimants of drafts, ninth round. Invented fixtures only (the QZ country of
tests/qz_fixtures.py); nothing copied from the labelled set."""
from __future__ import annotations

import pandas as pd
import pytest

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-rights", "Qzland Human Rights Commission", "ngo", "no", "", "", "the commission"],
    ["qz-police", "Qzland Police", "government", "yes", "", "", "the police"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


@pytest.mark.parametrize("sentence", [
    "The announcement of the inquiry by the Qzland Human Rights Commission followed reports that five "
    "prisoners were beaten to death in Millbrook.",
    "The commission opened an inquiry after media reports that five prisoners were beaten to death in Millbrook.",
    "The commission said it was alarmed by reports that five prisoners were beaten to death in Millbrook.",
    "The police deployed in Millbrook amid rumours that five prisoners were beaten to death.",
])
def test_a_number_in_reports_nobody_is_named_for_is_nobodys(sentence):
    got = draft("Inquiry into Millbrook deaths\n\n" + sentence + "\n", published="2031-03-17")
    assert got["five"]["claimant"] == ""
    assert "reports whose authors are not named" in got["five"]["why"]


@pytest.mark.parametrize("sentence, claimant", [
    # a speaker after the reports gives the number
    ("Following reports of heavy fighting, the police said five soldiers died in Millbrook.", "qz-police"),
    # the reports come after the number
    ("The police said on Monday that five people were killed, after reports of a shooting in Millbrook.",
     "qz-police"),
    # the speaker's own report
    ("The commission reported that five prisoners were beaten to death in Millbrook.", "qz-rights"),
])
def test_reports_that_a_speaker_takes_up_or_that_come_after_keep_the_speaker(sentence, claimant):
    got = draft("Inquiry into Millbrook deaths\n\n" + sentence + "\n", published="2031-03-17")
    assert got["five"]["claimant"] == claimant

"""Admin-1 and period end of drafts, sixth round: which place and which day a figure is about.

Invented fixtures only (the QZ country of tests/qz_fixtures.py); nothing copied from the
labelled set."""
from __future__ import annotations

import pandas as pd

from crosstally import schema as S
from qz_fixtures import drafter

SOURCES = pd.DataFrame([
    ["qz-government", "Government of Qzland", "government", "yes", "", "", "the government"],
    ["qz-army", "Qzland Armed Forces", "military", "yes", "", "", "the army;the military"],
    ["who", "World Health Organization", "un_agency", "yes", "", "", "WHO"],
], columns=list(S.SOURCE_COLUMNS))
draft = drafter(SOURCES)


def test_the_day_of_an_earlier_incident_the_story_recalls_does_not_date_its_own():
    # published on Saturday 14 March 2031; "an earlier strike on Sunday" is another incident's day
    text = ("Three soldiers killed in Qzland\n\n"
            "Three soldiers were killed in an airstrike in Westfold, the army said. It was the second deadly "
            "strike in four days, following an earlier strike on Sunday that killed two soldiers.\n\n"
            "Earlier on Sunday, rebels killed five farmers in Delta City.\n")
    got = draft(text)
    assert got["Three"]["admin1"] == "QZ02"
    assert (got["Three"]["period_end"] or got["Three"]["as_of"] or got["Three"]["statement_date"]
            or got["Three"]["published"]) == "2031-03-14"
    # the earlier incidents keep their own day
    assert got["two"]["period_end"] == "2031-03-09"
    assert got["five"]["period_end"] == "2031-03-09"

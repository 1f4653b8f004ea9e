"""A case's campaign_force: the names among its actors that are the campaign's own force, which
give a draft's perpetrator_scope. Invented names only."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from crosstally import schema as S
from crosstally.actors import perpetrator_scope
from crosstally.case import CaseError, load_config
from crosstally.draft import draft_document
from qz_fixtures import ADMIN1

FORCE = ("Zemlandi", "Zemland")


def _config(tmp_path, body: str):
    (tmp_path / "crosstally.yaml").write_text("title: t\ncountry: QZ\n" + body, encoding="utf-8")
    return load_config(tmp_path)


def test_campaign_force_is_read_and_must_be_among_the_actors(tmp_path):
    got = _config(tmp_path, "actors: [Zemlandi, Zemland, Qzland army]\ncampaign_force: [Zemlandi, Zemland]\n")
    assert got.campaign_force == ("Zemlandi", "Zemland")
    with pytest.raises(CaseError, match=r"campaign_force\[2\]: 'Varia' is not one of actors"):
        _config(tmp_path, "actors: [Zemlandi]\ncampaign_force: [Zemlandi, Varia]\n")
    with pytest.raises(CaseError, match="campaign_force: expected a list"):
        _config(tmp_path, "actors: [Zemlandi]\ncampaign_force: Zemlandi\n")
    assert _config(tmp_path, "actors: [Zemlandi]\n").campaign_force == ()


@pytest.mark.parametrize("phrase, sentence, scope", [
    ("Zemlandi warplanes", "The strikes, blamed on Zemlandi warplanes, killed 27.", "campaign_force"),
    ("Zemland's", "Zemland's strikes killed 27.", "campaign_force"),
    ("the army", "The army shelled the town, killing 27.", "all_or_unspecified"),
    ("zemlandi", "zemlandi strikes killed 27.", "all_or_unspecified"),  # a capitalised name only capitalised
    ("", "27 were killed.", "all_or_unspecified"),
])
def test_a_perpetrator_naming_the_campaigns_force_alone_is_campaign_force(phrase, sentence, scope):
    assert perpetrator_scope(phrase, sentence, FORCE)[0] == scope


def test_no_campaign_force_listed_singles_nothing_out():
    assert perpetrator_scope("Zemlandi warplanes", "Zemlandi warplanes killed 27.", ()) == ("all_or_unspecified", "")


def test_the_draft_carries_the_scope_of_the_current_case_and_says_why(tmp_path, monkeypatch):
    _config(tmp_path, "actors: [Zemlandi, Zemland]\ncampaign_force: [Zemlandi, Zemland]\n")
    rules = tmp_path / "data" / "raw" / "rules"
    rules.mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "raw" / "rules" / "bound-profiles.yaml", rules)
    monkeypatch.chdir(tmp_path)  # the extractor and the drafter read the current case's names
    sources = pd.DataFrame([["qz-health", "Qzland Health Ministry", "government", "yes", "", "", "health ministry"]],
                           columns=list(S.SOURCE_COLUMNS))
    text = ("Strikes hit Millbrook\n\nThe health ministry said 27 people were killed in Millbrook on Sunday in strikes "
            "it blamed on Zemlandi warplanes.\n")
    doc = {"document_id": "d", "outlet": "", "url": "https://example.invalid/", "published": "2031-03-14",
           "language": "en"}
    got = draft_document(text, doc, sources, ADMIN1).set_index("value_as_reported")
    assert got.loc["27", "perpetrator_scope"] == "campaign_force"
    assert "campaign's force ('Zemlandi')" in got.loc["27", "why"]
    plain = draft_document(text, doc, sources, ADMIN1, campaign_force=()).set_index("value_as_reported")
    assert plain.loc["27", "perpetrator_scope"] == "all_or_unspecified"

"""The extraction benchmark's labelled set is consistent: every offset matches its text,
the frozen held-out list names labelled documents of split `heldout` from at least two
conflicts, every claimant is in the set's sources.csv and every admin-1 code in its
admin1.csv. (The scores themselves are read from benchmarks/extraction.py, not tested.)"""
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction as E  # noqa: E402


def test_labels_negatives_and_held_out_list_agree():
    texts, labels, negatives = E.load_labelled()  # stops on any offset that does not match
    heldout = E.heldout_documents()
    docs = E.labelled_documents()
    assert len(heldout) >= 4 and heldout <= set(labels["document"])
    assert set(labels.loc[labels["split"] == "heldout", "document"]) == heldout
    assert docs.set_index("document").loc[sorted(heldout), "conflict"].nunique() >= 2
    assert len(docs) >= 10 and docs["conflict"].nunique() >= 3 and "Syria" not in set(docs["conflict"])
    assert set(docs["document"]) <= set(texts)


NEGATIVE_KINDS = {"year", "date", "time", "age", "ordinal", "percentage", "money", "resolution_number",
                  "report_number", "article_number", "model_number", "phone", "duration", "measure", "other_count",
                  "other"}


def test_negatives_use_one_word_per_kind():
    """The benchmark counts hard negatives by kind: "other count" beside "other_count" split one kind in two."""
    _, _, negatives = E.load_labelled()
    assert set(negatives["kind"]) <= NEGATIVE_KINDS, set(negatives["kind"]) - NEGATIVE_KINDS


def test_draft_labels_use_the_sets_own_tables():
    _, labels, _ = E.load_labelled()
    real = labels[labels["document"].isin(set(E.labelled_documents()["document"]))]
    sources = pd.read_csv(E.LABELLED / "sources.csv", dtype=str, keep_default_na=False)
    admin1 = pd.read_csv(E.LABELLED / "admin1.csv", dtype=str, keep_default_na=False)
    assert set(real["claimant"]) - {""} <= set(sources["source_id"])
    codes = {c for v in real["admin1"] for c in v.split(";") if c}
    assert codes <= set(admin1["code"])
    assert real["period_end"].str.fullmatch(r"\d{4}-\d{2}(-\d{2})?").all()


def test_every_held_out_part_matches_its_split_and_parts_do_not_overlap():
    _, labels, _ = E.load_labelled()
    parts = E.heldout_parts()
    assert [name for name, _ in parts][:3] == [
        "held-out part (heldout.txt)", "held-out part 2 (heldout2.txt)", "held-out part 3 (heldout3.txt)"]
    seen = set()
    for name, docs in parts:
        split = name.split("(")[1].rstrip(")").removesuffix(".txt")
        assert set(labels.loc[labels["split"] == split, "document"]) == docs, name
        assert not docs & seen, name
        seen |= docs


def test_tuned_parts_name_held_out_lists_and_are_not_reported_as_unseen(tmp_path, monkeypatch):
    tuned = E.tuned_parts()
    lists = {E._list_file(name) for name, _ in E.heldout_parts()}
    assert set(tuned) <= lists and all(tuned.values())
    unseen = {E._list_file(name) for name, _ in E.unseen_parts()}
    assert unseen == lists - set(tuned)
    # an unknown list in tuned.txt is refused with the file and line
    (tmp_path / "heldout.txt").write_text("x.txt\n", encoding="utf-8")
    (tmp_path / "tuned.txt").write_text("# comment\nheldout9.txt 2026-12-02\n", encoding="utf-8")
    monkeypatch.setattr(E, "LABELLED", tmp_path)
    try:
        E.tuned_parts()
    except SystemExit as e:
        assert "tuned.txt:2" in str(e) and "heldout9.txt" in str(e)
    else:
        raise AssertionError("an unknown held-out list was accepted")
    (tmp_path / "tuned.txt").write_text("heldout.txt 2026-12-02\n", encoding="utf-8")
    assert E.tuned_parts() == {"heldout.txt": "2026-12-02"} and E.unseen_parts() == []


def test_second_labels_are_checked_and_agreement_counts_disagreements(tmp_path, monkeypatch):
    text = "Officials said 12 people were killed and 30 injured on Monday."
    doc = "x/doc.txt"
    cols = ["document", "start", "end", "value_as_reported", "qualifier", "value", "value_max", "metric",
            "population", "unit", "split", "claimant", "admin1", "period_end"]
    one = pd.DataFrame([[doc, 15, 17, "12", "exact", 12.0, float("nan"), "killed", "all", "people", "heldout9",
                         "qz-gov", "QZ-01", "2026-01-05"],
                        [doc, 41, 43, "30", "exact", 30.0, float("nan"), "injured", "all", "people", "heldout9",
                         "qz-gov", "QZ-01", "2026-01-05"]], columns=cols)
    two = one.copy()
    two.loc[1, "claimant"] = ""          # the second labeller saw no claimant for the injured
    two.loc[1, "split"] = "agree"
    monkeypatch.setattr(E, "LABELLED", tmp_path)
    two.to_csv(tmp_path / "second_labels.csv", index=False)
    got = E.second_labels({doc: text})
    assert len(got) == 2 and got["value"].tolist() == [12.0, 30.0]
    part, nd, nf, row = E.agreement(one, got, None)[-1]
    assert (part, nd, nf) == ("together", 1, 2)
    assert row["span"] == {"precision": 1.0, "recall": 1.0}
    assert row["second labeller"]["claimant"] == 0.5 and row["second labeller"]["metric"] == 1.0
    assert "drafts" not in row
    # a second label whose span does not hold its words is refused with file:line
    bad = two.copy()
    bad.loc[1, "end"] = 44
    bad.to_csv(tmp_path / "second_labels.csv", index=False)
    with pytest.raises(SystemExit, match=r"second_labels.csv:3"):
        E.second_labels({doc: text})


def test_case_countries_start_with_the_documents_country_and_have_admin1_rows():
    docs = E.labelled_documents()
    admin1 = pd.read_csv(E.LABELLED / "admin1.csv", dtype=str, keep_default_na=False)
    whole = set(admin1.loc[admin1["code"] == admin1["country"], "code"])
    for doc in docs.itertuples():
        countries = E.case_countries(doc)
        assert countries[0] == doc.country, doc.document
        assert set(countries) <= whole, doc.document
    assert E.case_countries(next(d for d in docs.itertuples() if d.case_countries)) != [
        next(d for d in docs.itertuples() if d.case_countries).country]


def test_trust_counts_by_confidence_band_and_whether_a_named_claimant_is_right():
    doc = "x/doc.txt"
    cols = ["document", "start", "end", "claimant", "metric", "population", "admin1", "period_end"]
    labels = pd.DataFrame([[doc, 0, 2, "qz-gov", "killed", "all", "QZ-01", "2026-01-05"],
                           [doc, 10, 12, "qz-gov", "injured", "all", "QZ-01", "2026-01-05"],
                           [doc, 20, 22, "", "killed", "civilians", "QZ-02", "2026-01-04"],
                           [doc, 30, 32, "who", "killed", "all", "QZ", "2026-01-05"]], columns=cols)
    preds = labels.copy()
    preds["confidence"] = [0.9, 0.85, 0.7, 0.3]
    preds.loc[1, "admin1"] = "QZ-02"     # confident, claimant right, a field wrong
    preds.loc[3, "claimant"] = "qz-gov"  # unsure and wrong
    got = E.trust(labels, preds)
    assert got["0.80 and above"] == (2, 2, 1)
    assert got["0.60-0.79"] == (1, 1, 1)     # an empty claimant where the label has none is right
    assert got["below 0.60"] == (1, 0, 0)
    assert got["claimant named"] == (3, 2) and got["claimant left empty"] == (1, 1)
    # a label the drafts missed is in no band
    assert sum(n for n, _, _ in (got[b] for _, _, b in E.CONFIDENCE_BANDS)) == 4
    assert E.trust(labels, preds.iloc[:2])["below 0.60"] == (0, 0, 0)


def test_agreement_lists_parts_in_number_order_not_as_strings():
    cols = ["document", "start", "end", "value_as_reported", "qualifier", "value", "value_max", "metric",
            "population", "unit", "split", "claimant", "admin1", "period_end"]
    row = ["", 0, 2, "12", "exact", 12.0, float("nan"), "killed", "all", "people", "", "", "", ""]
    one = pd.DataFrame([[f"x/{sp}.txt", *row[1:10], sp, *row[11:]] for sp in ("heldout10", "heldout4", "heldout9")],
                       columns=cols)
    assert [p for p, *_ in E.agreement(one, one.assign(split="agree"), None)] == \
        ["heldout4", "heldout9", "heldout10", "together"]


def test_local_aliases_reach_only_their_own_parts_documents(tmp_path):
    from types import SimpleNamespace as Doc
    (tmp_path / "sources.csv").write_text("source_id,name,type,party_to_conflict,aliases\n"
                                          "qz-police,Qazland Police,government,true,Qazland Police\n"
                                          "vr-police,Varia Police,government,true,\n", encoding="utf-8")
    (tmp_path / "sources_local.csv").write_text("split,country,source_id,aliases\nheldout28,QZ,qz-police,police;the police\n"
                                                "heldout28,VR,vr-police,police\nheldout29,,qz-police,officers\n,QZ,qz-police,QPF\n",
                                                encoding="utf-8")
    local = E.local_aliases("sources_local.csv", "source_id", tmp_path)
    assert local[0] == ("heldout28", "QZ", "qz-police", ["police", "the police"])
    qz28 = Doc(split="heldout28", country="QZ", case_countries="")
    assert E.local_for(local, qz28) == {"qz-police": ["police", "the police", "QPF"]}
    assert E.local_for(local, Doc(split="heldout28", country="VR", case_countries="VR;QZ")) == {
        "vr-police": ["police"], "qz-police": ["police", "the police", "QPF"]}
    assert E.local_for(local, Doc(split="heldout29", country="VR", case_countries="")) == {"qz-police": ["officers"]}
    assert E.local_for(local, Doc(split="heldout27", country="QZ", case_countries="")) == {"qz-police": ["QPF"]}
    assert E.local_for(local, Doc(split="heldout27", country="VR", case_countries="")) == {}
    table = pd.read_csv(tmp_path / "sources.csv", dtype=str, keep_default_na=False)
    got = E.with_local_aliases(table, "source_id", E.local_for(local, qz28))
    assert list(got["aliases"]) == ["Qazland Police;police;the police;QPF", ""]
    assert list(table["aliases"]) == ["Qazland Police", ""]  # the shared table is not changed
    assert E.with_local_aliases(table, "source_id", {}) is table
    # an id the shared table lacks, or a wrong header, is refused with the file and line
    (tmp_path / "sources_local.csv").write_text("split,source_id,aliases\nheldout28,qz-army,army\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"sources_local.csv:2:source_id: 'qz-army'"):
        E.local_aliases("sources_local.csv", "source_id", tmp_path)
    (tmp_path / "sources_local.csv").write_text("source_id,aliases\nqz-police,police\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="header must be split,source_id,aliases"):
        E.local_aliases("sources_local.csv", "source_id", tmp_path)


def test_the_sets_local_alias_files_name_shared_rows_and_known_splits():
    splits = set(E.labelled_documents()["split"])
    for name, key in (("admin1_local.csv", "code"), ("sources_local.csv", "source_id")):
        local = E.local_aliases(name, key)  # refuses unknown ids itself
        assert {split for split, *_ in local} - {""} <= splits, name


def test_the_shared_sources_table_holds_no_common_noun_as_an_alias():
    """"An eyewitness" as an alias of the witness of one Kano text named every eyewitness of every other text
    (a Mubi text's): a phrase of an article and lower-case words only is a part's own spelling, written in
    ``sources_local.csv`` for that part, not a name of the shared table."""
    sources = pd.read_csv(E.LABELLED / "sources.csv", dtype=str, keep_default_na=False)
    common = [(row.source_id, alias) for row in sources.itertuples() for alias in row.aliases.split(";")
              if re.fullmatch(r"(?i:an?|the)(?:\s+[a-z][\w'’-]*)+", alias.strip())]
    assert common == []


def test_the_outlet_reaches_the_drafter_as_the_id_the_sources_table_gives_it():
    """As `crosstally add --outlet` gives the drafter an id: a rights group's own report is its own claim.
    The words before the brackets name the outlet; those inside may name a wire it carries."""
    sources = pd.DataFrame([["hrw", "Human Rights Watch (HRW)", "monitoring_ngo", "false", "Human Rights Watch;HRW"],
                            ["afp", "Agence France-Presse (AFP)", "media", "false", "AFP"],
                            ["unhcr", "UNHCR", "un_agency", "false", "UN refugee agency"]],
                           columns=["source_id", "name", "type", "party_to_conflict", "aliases"])
    assert E.outlet_id("Human Rights Watch", sources) == "hrw"
    assert E.outlet_id("human rights watch (video page)", sources) == "hrw"
    assert E.outlet_id("UNHCR (briefing notes)", sources) == "unhcr"
    assert E.outlet_id("France 24 (AFP)", sources) == ""        # France 24's page, carrying the wire
    assert E.outlet_id("Moldova.org (Amnesty International memorandum)", sources) == ""
    assert E.outlet_id("", sources) == ""
    # over the set, an outlet whose id is a rights group's or an agency's is its own report's default claimant
    docs = E.labelled_documents()
    table = pd.read_csv(E.LABELLED / "sources.csv", dtype=str, keep_default_na=False)
    ids = {E.outlet_id(o, table) for o in docs["outlet"]}
    assert {"human-rights-watch", "unhcr"} <= ids

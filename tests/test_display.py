"""crosstally.display: one convention for tables shown in a notebook."""
from __future__ import annotations

import numpy as np
import pandas as pd

from crosstally import display
from crosstally.display import MISSING, display_frame, show

PLACES = {"SY": "Syria", "SY02": "Aleppo", "SY05": "Hama", "SY07": "Idleb"}
CLAIMANTS = {"sohr": "Syrian Observatory for Human Rights (SOHR)", "msf": "Médecins Sans Frontières (MSF)",
             "phr": "Physicians for Human Rights (PHR)"}
LONG_DETAIL = ("period 2015-10-01..2015-10-31 carried as: 276 (Syrian Network for Human Rights (SNHR), "
               "F19t); 273 (worldnewsforum.org (repost site), F20)")


def view(frame, **kw):
    return display_frame(frame, places=PLACES, claimants=CLAIMANTS, **kw)


def test_whole_numbers_are_integers_with_thousands_separators():
    frame = pd.DataFrame({
        "value": [123842.0, 5.0, np.nan],  # float because of the missing value
        "low": pd.array([1000, None, 7], dtype="Int64"),
        "n": np.array([1, 22, 333_333], dtype="int64"),
        "spread": [1.2, 1.0, 12.345],
    })
    shown = view(frame)
    assert shown["value"].tolist() == ["123,842", "5", MISSING]
    assert shown["low"].tolist() == ["1,000", MISSING, "7"]
    assert shown["n"].tolist() == ["1", "22", "333,333"]
    assert shown["spread"].tolist() == ["1.20", "1.00", "12.35"]


def test_one_marker_for_every_kind_of_missing_value():
    frame = pd.DataFrame({
        "high": pd.array([None, 3], dtype="Int64"),
        "value_max": [np.nan, 4.0],
        "cited_via": ["", "afp"],
        "as_of": pd.Categorical([None, "2015-10"]),
        "notes": [None, "x"],
        "ranges_overlap": pd.array([pd.NA, True], dtype="boolean"),
    })
    shown = view(frame)
    assert shown.iloc[0].tolist() == [MISSING] * 6 or set(shown.iloc[0]) == {MISSING}
    assert "nan" not in shown.to_string().lower() and "<NA>" not in shown.to_string()
    assert shown.loc[1, "ranges_overlap"] == "yes"


def test_long_text_is_cut_with_an_ellipsis_in_the_view_only():
    """A long cell (a finding's detail, a quote) no longer makes its row tall: the view
    shows MAX_CHARS characters ending in an ellipsis; the frame (and its CSV) keep all."""
    frame = pd.DataFrame({"finding": ["same_period_different_values"], "detail": [LONG_DETAIL],
                          "quote": ["x" * 400], "value_as_reported": ["more than 1,000,000 people"]})
    shown = show(frame).data
    assert shown.loc[0, "detail"] == LONG_DETAIL[:display.MAX_CHARS - 1].rstrip() + "…"
    assert shown.loc[0, "quote"] == "x" * (display.MAX_CHARS - 1) + "…"
    assert shown.loc[0, "value_as_reported"] == "more than 1,000,000 people"  # short: as it is
    assert max(len(v) for v in shown.iloc[0]) == display.MAX_CHARS
    assert display_frame(frame).loc[0, "detail"] == LONG_DETAIL and frame.loc[0, "quote"] == "x" * 400


def test_names_beside_p_codes_and_claimant_ids():
    frame = pd.DataFrame({
        "metric": ["killed", "killed"], "admin1": ["SY02", "SY02;SY05;SY07"],
        "lowest_claimant": ["phr", "msf"], "claimant_ids": ["msf;phr", "sohr"],
    })
    shown = view(frame)
    cols = list(shown.columns)
    assert cols.index("admin1_name") == cols.index("admin1") + 1
    assert shown["admin1_name"].tolist() == ["Aleppo", "Aleppo; Hama; Idleb"]
    areas = view(pd.DataFrame({"area": ["SY", "SY02|SY07"]}))
    assert areas["area_name"].tolist() == ["Syria", "Aleppo; Idleb"]
    assert cols.index("lowest_claimant_name") == cols.index("lowest_claimant") + 1
    assert shown["lowest_claimant_name"].tolist() == ["Physicians for Human Rights (PHR)",
                                                      "Médecins Sans Frontières (MSF)"]
    assert shown["claimant_ids_names"].tolist()[0] == ("Médecins Sans Frontières (MSF); "
                                                       "Physicians for Human Rights (PHR)")
    # a count that shares a name with an id column is a count: no names beside it
    counts = view(pd.DataFrame({"claimant_type": ["belligerent"], "party_claimants": [1]}))
    assert list(counts.columns) == ["claimant_type", "party_claimants"]
    # an unknown code is shown as it is, never dropped
    assert view(pd.DataFrame({"admin1": ["SY99"]}))["admin1_name"].tolist() == ["SY99"]


def test_reading_order_and_long_keys_hidden_from_the_view_only():
    frame = pd.DataFrame({
        "figure_ids": ["F01;F02"], "origin_key": ["sohr|killed|all|people|" + "x" * 80],
        "outlets": ["afp;reuters"], "scope": ["campaign"], "claimant_name": ["SOHR"],
        "value": [5], "claimant": ["sohr"], "metric": ["killed"],
    })
    shown = view(frame)
    assert list(shown.columns) == ["metric", "claimant", "claimant_name", "value", "scope",
                                   "outlets", "figure_ids"]
    assert shown.loc[0, "figure_ids"] == "F01; F02"  # wraps in the view
    assert "origin_key" in frame.columns and frame.loc[0, "figure_ids"] == "F01;F02"  # frame untouched


def test_show_renders_every_row_up_to_the_cap_and_says_so():
    frame = pd.DataFrame({"value": range(1200)})
    html = show(frame, max_rows=1000).to_html()
    assert "first 1,000 of 1,200 rows" in html
    assert ">999<" in html and ">1,000<" not in html
    assert "1 row" in show(frame.head(1)).to_html()


def test_names_default_to_the_projects_own_lookups():
    assert display.place_names()["SY02"] == "Aleppo"
    names = display.claimant_names()
    assert "sohr" in names and names["sohr"] != "sohr"


def test_the_committed_tables_show_without_raw_codes_or_float_counts():
    """Every table 01 and 02 write, read back from its CSV as pandas would, shows cleanly."""
    from pathlib import Path

    tables = Path(__file__).resolve().parents[1] / "data" / "processed" / "tables" / "default"
    for csv in sorted(tables.glob("*.csv")):
        frame = pd.read_csv(csv)
        text = display_frame(frame).to_string()
        assert "NaN" not in text and "<NA>" not in text, csv.name
        for column in frame.select_dtypes("number"):
            assert not display_frame(frame)[column].str.endswith(".0").any(), (csv.name, column)
        assert "origin_key" not in display_frame(frame).columns


def test_a_named_view_shows_the_reading_columns_first_and_says_where_the_full_table_is():
    """02's side-by-side has 39 columns: the view keeps who, what, value, where and the
    verdict (ranked, not_ranked_because), and its caption names the CSV with all of them."""
    from pathlib import Path

    tables = Path(__file__).resolve().parents[1] / "data" / "processed" / "tables" / "default"
    for name, must in [("side-by-side", ["claimant_name", "value_as_reported", "ranked", "not_ranked_because"]),
                       ("comparison-summary", ["lowest_value", "highest_value", "can_all_be_right"]),
                       ("figures-by-claimant-date", ["claimant_name", "statement_date", "period"])]:
        frame = pd.read_csv(tables / f"{name}.csv")
        styler = show(frame, view=name, full=tables)
        columns = list(styler.data.columns)
        assert len(columns) <= display.MAX_VIEW_COLUMNS < len(frame.columns), name  # comparison-summary: its whole key
        assert all(c in columns for c in must), (name, columns)
        assert columns == [c for c in display.VIEWS[name] if c in columns]
        assert f"all {len(frame.columns)} in " in styler.caption and f"{name}.csv" in styler.caption
    assert show(pd.DataFrame({"metric": ["killed"]}), view="side-by-side").data.columns.tolist() == ["metric"]


def test_sections_show_every_table_under_its_heading():
    """Tables shown in a loop are one displayable object (a bare show() in a loop is lost)."""
    groups = [("D1: first", pd.DataFrame({"metric": ["killed"], "value": [12]})),
              ("D2: second", pd.DataFrame({"metric": ["injured"], "value": [3_400]}))]
    html = display.sections(groups)._repr_html_()
    assert html.count("<table") == 2 and "<h3>D1: first</h3>" in html and "<h3>D2: second</h3>" in html
    assert "killed" in html and "3,400" in html
    assert "Nothing pending" in display.sections([], empty="Nothing pending")._repr_html_()


def test_headings_read_as_words_and_the_frame_keeps_its_names():
    """01/02 showed ``queue_ status``, ``lowest_ claimant_ name`` (a break after each
    underscore): headings are words, the frame (and its CSV) keep the column names."""
    frame = pd.DataFrame({"lowest_claimant": ["sohr"], "value_as_reported": ["about 7,000"]})
    styler = show(frame, claimants=CLAIMANTS)
    html = styler.to_html()
    assert ">lowest claimant name</th>" in html and ">value as reported</th>" in html
    assert "_<wbr>" not in html and ">lowest_claimant" not in html
    assert sorted(styler.data.columns) == ["lowest_claimant", "lowest_claimant_name", "value_as_reported"]
    assert list(frame.columns) == ["lowest_claimant", "value_as_reported"]


def test_a_quote_shows_the_words_around_its_number():
    """05 cut each quote 50-60 characters from the sentence's start, hiding a late number
    (two drafts of one sentence showed the same cut): the view centres on the number."""
    from crosstally.display import quote_around

    sentence = ("The Syrian Observatory for Human Rights, which relies on a network of sources on the "
                "ground, said on Tuesday that Russian strikes had killed 50,000 people and wounded 2,760 "
                "others since the campaign began at the end of September.")
    killed, wounded = quote_around(sentence, "50,000"), quote_around(sentence, "2,760")
    assert "killed 50,000 people" in killed and "2,760" in wounded and killed != wounded
    assert killed.startswith("… ") and killed.endswith(" …") and len(killed) <= display.MAX_CHARS
    assert show(pd.DataFrame({"quote": [killed]})).data["quote"].iloc[0] == killed  # not cut again
    assert "The Syrian Observatory" not in killed  # not the sentence's start
    assert quote_around(sentence, "2") == display.truncate(sentence)  # "2" alone is not the 2 of "2,760"
    assert quote_around("Short: 12 dead.", "12") == "Short: 12 dead."  # whole when it fits
    assert quote_around(sentence, "nine") == display.truncate(sentence)  # not found: its start
    assert quote_around(None, "12") == MISSING


def test_an_empty_table_names_no_csv_it_may_not_have():
    """06's caption named claims-vs-events.csv as holding all 22 columns while the next cell
    wrote nothing and removed that file: an empty table's caption says only that."""
    from pathlib import Path

    frame = pd.DataFrame({c: pd.Series(dtype="str") for c in [f"c{i}" for i in range(20)] + ["claimant", "metric"]})
    styler = show(frame, view="claims-vs-events", full=Path("data/processed/tables/default"), claimants={})
    assert styler.caption == "No rows."
    full = show(frame.iloc[:0].reindex([0]).fillna("x"), view="claims-vs-events",
                full=Path("data/processed/tables/default"), claimants={})
    assert "claims-vs-events.csv" in full.caption  # a table with rows still says where all its columns are

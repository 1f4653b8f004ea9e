"""What an analyst reads on a new war (the Lebanon 2024 trial's findings), on invented
claims: a claimant's own running total is a series, not a spread; IDPs, refugees and all
displaced are never set against each other; names are never cut; titles wrap and date
labels never overlap, whatever the period; possessives of names ending in s.

The claimants, places and numbers below are invented (the Qarzan Health Ministry, the
Tolvan Relief Agency); no labelled or case text is used."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

import analysis_fixtures
from analysis_fixtures import make_ledger, plain_text
from crosstally import briefing, compare, plots, tabulate
from crosstally.schema import POPULATIONS

analysis_fixtures.SOURCES.update({
    "qz-ministry": ("Qarzan Ministry of Public Health and Emergency Services", "government", False),
    "qz-agency": ("Tolvan Relief Agency (TRA)", "un_agency", False),
    "qz-authorities": ("Qarzan authorities", "government", False),
    "qz-army": ("Qarzan Defense Forces", "belligerent", True),
    "qz-wire": ("Qarzan Wire", "media", False),
})

# figure_id, claimant, outlet, metric, population, words, qualifier, value, admin1,
# period_start, period_end, statement_date, published, counting_basis, scope
SERIES = [  # the ministry's toll on two days, one monitor's on the second
    ("Q1", "qz-ministry", "qz-wire", "killed", "all", "1,000", "exact", 1000, "SY",
     "2030-01-08", "2030-03-01", "2030-03-01", "2030-03-01", "cumulative_since", "campaign"),
    ("Q2", "qz-ministry", "qz-wire", "killed", "all", "1,500", "exact", 1500, "SY",
     "2030-01-08", "2030-03-20", "2030-03-20", "2030-03-20", "cumulative_since", "campaign"),
    ("Q3", "monitor-x", "qz-wire", "killed", "all", "1,200", "exact", 1200, "SY",
     "2030-01-08", "2030-03-20", "2030-03-20", "2030-03-21", "cumulative_since", "campaign"),
]
DISPLACED = [  # one week's counts: all displaced, those inside the country, those abroad
    ("D1", "qz-authorities", "qz-wire", "displaced", "all", "one million", "exact", 1000000, "SY",
     "", "2030-03-10", "2030-03-10", "2030-03-10", "stock_as_of", "campaign"),
    ("D2", "qz-agency", "qz-wire", "displaced", "idps", "some 690,000", "about", 690000, "SY",
     "", "2030-03-10", "2030-03-10", "2030-03-10", "stock_as_of", "campaign"),
    ("D3", "qz-agency", "qz-wire", "displaced", "refugees", "about 400,000", "about", 400000, "SY",
     "", "2030-03-10", "2030-03-10", "2030-03-10", "stock_as_of", "campaign"),
    ("D4", "qz-agency", "qz-wire", "displaced", "idps", "346,209", "exact", 346209, "SY",
     "", "2030-03-01", "2030-03-01", "2030-03-01", "stock_as_of", "campaign"),
]
NAMES = {"SY": "Qarzan"}




def _key_comparison(ledger: pd.DataFrame, metric: str, start: str, end: str) -> tuple[str, str, pd.DataFrame]:
    """(the key comparisons' paragraph, the summary's headline, the comparison frame)."""
    frame = compare.compare_window(ledger, metric, start, end)
    comp = briefing.Comparison(metric=metric, start=start, end=end, title="Window")
    b = briefing.Briefing(ledger, ("SY", "Qarzan"))
    briefing._comparisons(b, [(comp, frame)], 1, NAMES)
    paragraph = plain_text(b.blocks[0].parts)
    return paragraph, plain_text(briefing._headline(b, frame, NAMES)), frame


# ----------------------------------------------------------------- 1: a claimant's own series


def test_a_claimants_own_running_total_is_a_series_not_a_spread():
    ledger = make_ledger(SERIES)
    side = compare.side_by_side(ledger)
    by_id = side.set_index("figure_ids")
    # the ministry's 1,000 of 1 March is an earlier step of its own toll, which stood at
    # 1,500 on 20 March: kept, with the reason, never ranked
    assert not by_id.loc["Q1", "ranked"]
    assert by_id.loc["Q1", "not_ranked_because"] == compare.EARLIER_STEP + "2030-03-20"
    assert by_id.loc["Q2", "ranked"] and by_id.loc["Q3", "ranked"]
    summary = compare.comparison_summary(side)
    assert list(summary["figure_ids"]) == ["Q2;Q3"]  # the ministry's latest against the monitor
    row = summary.iloc[0]
    assert (row["lowest_value"], row["highest_value"], row["spread"]) == (1200, 1500, 1.25)
    # the series itself is still a running total that grows
    totals = compare.running_totals(ledger)
    ministry = totals[totals["claimant"] == "qz-ministry"]
    assert list(ministry["value"]) == [1000, 1500] and list(ministry["change"].dropna()) == [500]


def test_the_briefing_words_a_series_as_growth_not_as_a_disagreement():
    ministry_only = make_ledger(SERIES[:2])
    paragraph, headline, frame = _key_comparison(ministry_only, "killed", "2030-02-01", "2030-03-31")
    assert "cannot all be right" not in paragraph and "from 1,000" not in paragraph + headline
    assert "1 earlier step of a claimant's own running total" in paragraph
    assert "1,500 (Qarzan Ministry of Public Health and Emergency Services)" in headline
    # a series that does not grow is not hidden: the step and its reason are in the table
    assert frame.set_index("figure_ids").loc["Q1", "not_ranked_because"].startswith(compare.EARLIER_STEP)


def test_one_day_with_two_numbers_is_still_set_against_itself():
    # two numbers the ministry gave for the same day are no series: they disagree
    same_day = [SERIES[1], ("Q4",) + SERIES[1][1:5] + ("1,900", "exact", 1900) + SERIES[1][8:]]
    side = compare.side_by_side(make_ledger(same_day))
    assert side["ranked"].all()
    assert compare.comparison_summary(side).iloc[0]["claims"] == 2


def test_the_headline_prefers_a_toll_that_stood_on_several_days_over_one_days_count():
    day = ("Q5", "qz-ministry", "qz-wire", "killed", "all", "17", "exact", 17, "SY",
           "2030-03-19", "2030-03-20", "2030-03-20", "2030-03-20", "period_total", "campaign")
    _, headline, _ = _key_comparison(make_ledger(SERIES[:2] + [day]), "killed", "2030-02-01", "2030-03-31")
    assert "running totals since 2030-01-08" in headline and "1,500" in headline


# ----------------------------------------------------------------- 2: populations of the displaced


def test_idps_refugees_and_all_displaced_are_different_populations():
    assert {"idps", "refugees"} <= set(POPULATIONS)
    paragraph, headline, frame = _key_comparison(make_ledger(DISPLACED), "displaced", "2030-03-01", "2030-03-31")
    ranked = frame[frame["ranked"]]
    # no set holds two of the three populations, so nothing is ranked against anything
    assert ranked.groupby("comparable_set")["population"].nunique().max() == 1
    assert not (ranked.groupby("comparable_set").size() > 1).any()
    assert "cannot all be right" not in paragraph
    # the agency's own IDP count of 1 March is an earlier step of the one of 10 March
    assert frame.set_index("figure_ids").loc["D4", "not_ranked_because"] == compare.EARLIER_STEP + "2030-03-10"
    # the headline says which population it counts, since the window holds three
    assert "people displaced inside the country (IDPs)" in headline or "of people displaced (" in headline


def test_population_words():
    assert briefing.people_words("displaced", "idps") == "people displaced inside the country (IDPs)"
    assert briefing.people_words("displaced", "refugees") == "people displaced abroad (refugees)"
    assert briefing.people_words("killed", "civilians") == "civilians killed"
    assert briefing.people_words("killed", "all") == "people killed"


def test_charts_draw_each_population_of_the_displaced_in_its_own_panel():
    ledger = make_ledger(DISPLACED)
    fig = plots.dumbbell(compare.compare_window(ledger, "displaced", "2030-03-01", "2030-03-31"), "Displaced",
                         as_of="2030-03-10")
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert len(fig.axes) == 3 and any("IDPs" in t for t in titles) and any("refugees" in t for t in titles)
    fig = plots.timeline(ledger, "displaced")
    titles = {ax.get_title(loc="left").replace("\n", " ") for ax in fig.axes if ax.get_visible()}
    assert titles == {"all", "internally displaced (IDPs)", "displaced abroad (refugees)"}
    fig = plots.displacement_by_governorate(ledger, names=NAMES)
    assert len(fig.axes) == 3


# ----------------------------------------------------------------- 3: names never cut


LONG = "Qarzan Ministry of Public Health and Emergency Services"


def test_long_names_are_never_cut():
    assert plots.short_name(LONG, "qz-ministry") == LONG
    assert plots.short_name("Tolvan Relief Agency (TRA)", "qz-agency") == "TRA"
    ledger = make_ledger(SERIES)
    # the legend keeps every word, wrapping the name where the legend would not fit the chart
    longer = ledger.assign(claimant_name=ledger["claimant_name"].astype("str").replace(
        {"Monitor X": LONG.replace("Qarzan", "Tolvan")}))
    fig = plots.timeline(longer, "killed")
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    ministry = next(t for t in labels if t.startswith("Qarzan Ministry"))
    assert "…" not in ministry and ministry.replace("\n", " ") == LONG
    # three such names in three columns do not fit the width on one line each: they wrap
    from matplotlib.lines import Line2D
    names = [LONG, LONG.replace("Qarzan", "Tolvan"), LONG.replace("Public", "Private")]
    handles = [Line2D([], [], label=n) for n in names]
    plots._fit_legend(handles, 3, plots.WIDTH_IN)
    assert all("\n" in h.get_label() and h.get_label().replace("\n", " ") == n for h, n in zip(handles, names))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    box = fig.legends[0].get_window_extent(canvas.get_renderer())
    assert box.x0 >= 0 and box.x1 <= fig.bbox.width
    # the briefing's tables and text name it whole
    frame = compare.compare_window(ledger, "killed", "2030-02-01", "2030-03-31")
    b = briefing.Briefing(ledger, ("SY", "Qarzan"))
    briefing._comparisons(b, [(briefing.Comparison("killed", "2030-02-01", "2030-03-31", "W"), frame)], 1, NAMES)
    table = next(blk for blk in b.blocks if blk.kind == "table")
    assert LONG in {row[0] for row in table.rows}
    assert table.widths[0].endswith("fr")  # a column that wraps, not one as wide as the longest name


def test_figure_ids_may_break_inside_a_table_cell():
    cell = [briefing.Ids("A-qarzan-wire-2030-03-20-268 F12")]
    typst = briefing._typst_cell(cell)
    assert typst.replace("\u200b", "").replace("\\-", "-") == "A-qarzan-wire-2030-03-20-268 F12"
    assert typst.count("-\u200b") == 6  # a zero-width space after every hyphen
    assert briefing._html_cell(cell).count("<wbr>") == 6


# ----------------------------------------------------------------- 4: titles and date axes


def _span_ledger(days: int) -> pd.DataFrame:
    """Over ``days`` days, on five days each: the ministry's count of people displaced
    abroad, and the agency's count of IDPs in households (two panels side by side, the
    second with a long title)."""
    start = pd.Timestamp("2030-01-10")
    rows = []
    for i, offset in enumerate(np.linspace(0, days, 5).round().astype(int)):
        day = (start + pd.Timedelta(days=int(offset))).strftime("%Y-%m-%d")
        for claimant, population in (("qz-ministry", "refugees"), ("qz-agency", "idps")):
            rows.append((f"T{i}{claimant[3]}", claimant, "qz-wire", "displaced", population, f"{100 + i}", "exact",
                         100 + i, "SY", "2030-01-08", day, day, day, "cumulative_since", "campaign"))
    ledger = make_ledger(rows)
    households = ledger["claimant"].astype("str") == "qz-agency"
    return ledger.assign(unit=pd.Categorical(np.where(households, "households", "people")))


def _overlaps(boxes) -> bool:
    boxes = sorted(boxes, key=lambda b: b.x0)
    return any(a.x1 > b.x0 for a, b in zip(boxes, boxes[1:]))


@pytest.mark.parametrize("days", [3, 61, 3 * 365], ids=["3-days", "2-months", "3-years"])
def test_date_labels_never_overlap_and_titles_stay_inside_the_figure(days):
    ledger = _span_ledger(days)
    fig = plots.timeline(ledger, "displaced")  # two panels side by side
    comparison = compare.compare_window(ledger, "displaced", "2030-01-01", "2034-12-31")
    long_title = ("People killed in Qarzan, tolls standing between the first of January and the last day of "
                  "December as reported by every claimant")
    figs = [fig, plots.dumbbell(comparison, long_title, as_of="2033-01-01")]
    renderers = []
    for f in figs:
        plots.figure_bytes(f)
        canvas = FigureCanvasAgg(f)
        canvas.draw()  # lays the figure out as saving does
        renderer = canvas.get_renderer()
        renderers.append(renderer)
    axes = [ax for ax in fig.axes if ax.get_visible()]
    assert len(axes) == 2
    for ax in axes:
        labels = [t for t in ax.get_xticklabels() if t.get_text() and t.get_visible()]
        assert len(labels) >= 2, days
        assert not _overlaps([t.get_window_extent(renderer=renderers[0]) for t in labels]), \
            (days, [t.get_text() for t in labels])
    # the panels' titles do not run into each other either
    left, right = (ax._left_title.get_window_extent(renderers[0]) for ax in axes)
    assert left.x1 < right.x0 or left.y1 < right.y0 or right.y1 < left.y0
    for f, renderer in zip(figs, renderers):
        width = f.bbox.width
        title = f._suptitle.get_window_extent(renderer)
        assert title.x0 >= 0 and title.x1 <= width, (f._suptitle.get_text(), title, width)
        for ax in f.axes:
            if not ax.get_visible():
                continue
            t = ax.title if ax.title.get_text() else ax._left_title
            box = t.get_window_extent(renderer)
            assert box.x1 <= width + 1


def test_a_long_title_wraps_instead_of_being_clipped():
    title = "People killed in Qarzan, tolls standing between 20 September and 31 December 2030, as reported"
    fig = plots.dumbbell(compare.compare_window(make_ledger(SERIES), "killed", "2030-02-01", "2030-03-31"), title,
                         as_of="2030-03-21")
    assert "\n" in fig._suptitle.get_text() and fig._suptitle.get_text().replace("\n", " ") == title


# ----------------------------------------------------------------- 5: possessives


@pytest.mark.parametrize("name, expected", [
    ("Qarzan Defense Forces", "Qarzan Defense Forces'"),
    ("Tolvan Relief Agency", "Tolvan Relief Agency's"),
    ("TRA", "TRA's"),
    ("Qarzan Witnesses", "Qarzan Witnesses'"),
    ("Qarzan Press", "Qarzan Press's"),
])
def test_possessive_of_a_name_ending_in_s(name, expected):
    assert briefing.possessive(name) == expected


# ----------------------------------------------------------------- smaller things a reader stumbles on


def test_an_open_period_reads_from_its_start_on():
    summary = tabulate.filter_summary(make_ledger(SERIES), period_start="2030-01-08", period_end="")
    rules = " ".join(summary["rule"].astype(str))
    assert "window ends on or after 2030-01-08" in rules and "...." not in rules


@pytest.mark.parametrize("top", [123_842, 17_500, 1_000_000, 88])
def test_count_axis_labels_stay_inside_the_figure(top):
    # the last tick of a range chart's count axis sat at its right edge, and its label ran off
    # the figure ("140,0" for 140,000 in Syria's displaced chart)
    rows = [(f"R{i}", "qz-ministry", "qz-wire", "killed", "all", f"at least {v}", "at_least", v, "SY",
             "2030-01-08", "2030-03-01", "2030-03-01", "2030-03-01", "cumulative_since", "campaign")
            for i, v in enumerate([top, top // 2])] + [
            ("R9", "monitor-x", "qz-wire", "killed", "all", str(top // 3), "exact", top // 3, "SY",
             "2030-01-08", "2030-03-01", "2030-03-01", "2030-03-02", "cumulative_since", "campaign")]
    fig = plots.dumbbell(compare.compare_window(make_ledger(rows), "killed", "2030-02-01", "2030-03-31"),
                         "People killed", as_of="2030-03-02")
    plots.figure_bytes(fig)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    width = fig.bbox.width
    labels = [t for ax in fig.axes if ax.get_visible() for t in ax.get_xticklabels()
              if t.get_text() and t.get_visible()]
    assert len(labels) >= 3
    for t in labels:
        box = t.get_window_extent(renderer)
        assert 0 <= box.x0 and box.x1 <= width, (t.get_text(), box, width)

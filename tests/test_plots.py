"""The plotting module: one style, a source line on every chart, byte-stable files."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import matplotlib
import matplotlib.colors
import matplotlib.dates
import pandas as pd
import pytest
from matplotlib import font_manager

from analysis_fixtures import make_ledger
from crosstally import briefing, compare, plots


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return make_ledger()


def _charts(ledger: pd.DataFrame) -> dict:
    """One of each chart kind, drawn fresh."""
    comparison = compare.compare_window(ledger, "displaced", "2015-10-20", "2015-10-31").assign(published="2015-10-26")
    return {
        "timeline-killed": plots.timeline(ledger, "killed"),
        "timeline-displaced": plots.timeline(ledger, "displaced"),
        "dumbbell": plots.dumbbell(comparison, "People displaced, late October 2015"),
        "coverage": plots.coverage_matrix(ledger),
        "displacement": plots.displacement_by_governorate(ledger, names={"SY02": "Aleppo", "SY05": "Hama"}),
    }


def png_text_keys(data: bytes) -> list[str]:
    """Keywords of the PNG's tEXt / iTXt / zTXt chunks."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    keys, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        assert zlib.crc32(kind + body) == struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        if kind in (b"tEXt", b"iTXt", b"zTXt"):
            keys.append(body.split(b"\0", 1)[0].decode("latin-1"))
        pos += 12 + length
    return keys


def test_same_frame_gives_same_bytes_twice(ledger, tmp_path):
    first = {k: plots.figure_bytes(f) for k, f in _charts(ledger).items()}
    second = {k: plots.figure_bytes(f) for k, f in _charts(ledger).items()}
    assert first == second
    written = briefing.write_figures(first, tmp_path)
    assert {p.name: p.read_bytes() for p in written} == {
        f"{stem}{suffix}": data for stem, pair in first.items() for suffix, data in zip((".svg", ".png"), pair)}


def test_unchanged_figure_is_not_rewritten_and_old_charts_go(ledger, tmp_path):
    rendered = {"coverage": plots.figure_bytes(plots.coverage_matrix(ledger))}
    (tmp_path / "gone.svg").write_text("<svg/>")
    paths = briefing.write_figures(rendered, tmp_path)
    stamps = [p.stat().st_mtime_ns for p in paths]
    briefing.write_figures({"coverage": plots.figure_bytes(plots.coverage_matrix(ledger))}, tmp_path)
    assert [p.stat().st_mtime_ns for p in paths] == stamps
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coverage.png", "coverage.svg"]


def test_files_carry_no_date_or_software_version(ledger):
    for stem, fig in _charts(ledger).items():
        svg, png = plots.figure_bytes(fig)
        text = svg.decode("utf-8")
        assert "<dc:date" not in text and "dc:creator" not in text, stem
        assert matplotlib.__version__ not in text, stem
        assert "Software" not in png_text_keys(png), stem
        assert matplotlib.__version__.encode() not in png, stem


def test_every_chart_has_the_source_line(ledger):
    for stem, fig in _charts(ledger).items():
        lines = [t.get_text().replace("\n", " ") for t in fig.texts if t.get_text().startswith("Source:")]
        assert len(lines) == 1, stem
        assert lines[0].startswith("Source: Crosstally ledger (claimants: "), stem
        assert "; figures as of " in lines[0], stem
        svg = plots.figure_bytes(fig)[0].decode("utf-8")
        assert "Source: Crosstally ledger (claimants: " in svg, stem  # text-as-path keeps it as a comment


def test_source_line_names_claimants_and_latest_published_date(ledger):
    killed = ledger[ledger["metric"] == "killed"]
    expected_claimants = ", ".join(sorted(killed["claimant"].unique()))
    line = plots.source_line(killed)
    assert f"(claimants: {expected_claimants})" in line
    assert line.endswith(f"figures as of {max(p for p in killed['published'] if p)}")


def test_undated_figures_are_named_not_dropped_silently(ledger):
    fig = plots.timeline(ledger, "killed")
    undated = ledger[(ledger["metric"] == "killed") & (ledger[["period_end", "statement_date", "published", "as_of"]]
                                                      .eq("").all(axis=1))]["figure_id"]
    text = " ".join(t.get_text().replace("\n", " ") for t in fig.texts)
    assert list(undated) == ["X03"]  # the fixture's undated toll
    for fid in undated:
        assert fid in text


def test_bundled_font_only():
    path = Path(font_manager.findfont(font_manager.FontProperties(family=plots.FONT_FAMILY)))
    assert path.resolve() == plots.FONT_FILES["normal"].resolve()
    assert plots.FONT_DIR.is_relative_to(Path(matplotlib.get_data_path()))


def test_parties_are_hollow_and_named_in_the_legend(ledger):
    fig = plots.timeline(ledger, "displaced")
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    party = ledger[(ledger["metric"] == "displaced") & ledger["claimant_is_party"]]
    assert not party.empty
    for name, cid in zip(party["claimant_name"], party["claimant"]):
        assert f"{plots.short_name(name, cid)} (party)" in labels
    assert "hollow, dashed: party to the conflict" in labels
    style = plots.claimant_styles(ledger.loc[ledger["metric"] == "displaced", "claimant"])[party["claimant"].iloc[0]]
    markers = [ln for ax in fig.axes for ln in ax.get_lines() if ln.get_marker() == style["marker"]
               and ln.get_color() == style["color"]]
    assert markers and all(ln.get_markerfacecolor() == "white" for ln in markers)


def test_palette_pairs_colour_with_marker_for_greyscale():
    styles = plots.claimant_styles([f"c{i:02d}" for i in range(40)])
    pairs = {(s["color"], s["marker"]) for s in styles.values()}
    assert len(pairs) == 40


def test_claimants_sharing_a_colour_never_share_a_round_marker():
    """At print size a hexagon or an octagon reads as a circle: two claimants of one
    colour must not be told apart by those alone (a Sudan trial's eighth claimant, WHO,
    was drawn as a blue hexagon beside the first, ACLED, a blue circle)."""
    round_ = {"o", "h", "H", "8", "p", "."}
    styles = plots.claimant_styles([f"c{i:02d}" for i in range(63)])
    by_colour: dict[str, list[str]] = {}
    for s in styles.values():
        by_colour.setdefault(s["color"], []).append(s["marker"])
    for colour, markers in by_colour.items():
        assert len([m for m in markers if m in round_]) <= 1, (colour, markers)


def test_short_names():
    assert plots.short_name("Syrian Observatory for Human Rights (SOHR)", "sohr") == "SOHR"
    assert plots.short_name("US-led coalition (CJTF-OIR), spokesman Col. Steve Warren", "x") == "CJTF-OIR"
    assert plots.short_name("Russian Ministry of Defence / General Staff", "x") == "Russian Ministry of Defence"
    assert plots.short_name("", "sohr") == "sohr"


def test_empty_selection_is_a_clear_error(ledger):
    with pytest.raises(ValueError, match="no figures"):
        plots.timeline(ledger, "injured")


def test_a_claimant_keeps_its_style_in_every_chart():
    few = plots.claimant_styles(["sohr", "snhr"])
    many = plots.claimant_styles(["sohr", "snhr", "airwars", "amnesty", "ocha", "unhcr", "russia-mod"])
    assert few["sohr"] == many["sohr"] and few["snhr"] == many["snhr"]
    pairs = [(s["color"], s["marker"]) for s in many.values()]
    assert len(set(pairs)) == len(pairs)


# ----------------------------------------------------------------------------- units


def _with_households(ledger: pd.DataFrame) -> pd.DataFrame:
    """The fixture ledger with W01 (CJTF-OIR, 35,000 displaced) counted in households,
    as a user trial had it: a households figure beside figures of people."""
    led = ledger.copy()
    at = led["figure_id"] == "W01"
    for col, value in (("unit", "households"),
                       ("origin_key", led.loc[at, "origin_key"].astype(str).iloc[0].replace("|people|", "|households|")),
                       ("value_as_reported", "about 7,000")):
        led[col] = led[col].astype(str)
        led.loc[at, col] = value
    led.loc[at, ["value", "low", "high"]] = [7000.0, 6300, 7700]
    return led


def test_count_labels_name_a_unit_other_than_the_metric_s_usual():
    assert plots.count_label("displaced", "people") == "people displaced"
    assert plots.count_label("displaced", "households") == "households displaced"
    assert plots.count_label("strikes", "events") == "strikes"
    assert plots.count_label("strikes", "munitions") == "munitions"
    assert briefing.unit_words({"metric": "displaced", "unit": "households"}) == " households"
    assert briefing.unit_words({"metric": "killed", "unit": "people"}) == ""


def test_the_briefing_says_the_unit_of_a_claim_in_words(ledger):
    b = briefing.Briefing(_with_households(ledger))
    words = b.stated(["W01"])
    assert words[0] == "about " and words[1].number == 7000 and words[-1] == " households"
    assert b.stated(["U01"])[-1].number == 50000  # people displaced: no unit word


def test_households_are_never_drawn_on_an_axis_of_people(ledger):
    led = _with_households(ledger)
    fig = plots.timeline(led, "displaced")
    labels = sorted(ax.get_ylabel() for ax in fig.axes if ax.get_visible())
    assert labels == ["households displaced", "people displaced"]
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        ys = {float(y) for line in ax.get_lines() for y in line.get_ydata()}
        assert (7000.0 in ys) == (ax.get_ylabel() == "households displaced"), ax.get_ylabel()
    # The unchanged ledger: one unit, one panel, as before.
    assert [ax.get_ylabel() for ax in plots.timeline(ledger, "displaced").axes if ax.get_visible()] == ["people displaced"]

    by_area = plots.displacement_by_governorate(led, names={"SY": "Syria", "SY02": "Aleppo", "SY05": "Hama"})
    units = {ax.get_title(loc="left"): ax.get_ylabel() for ax in by_area.axes}
    assert units["Syria (SY): households"] == "households"
    assert set(units.values()) == {"people", "households"}
    assert by_area._suptitle.get_text() == "People displaced, by admin-1 area as reported"  # the area, not the count unit


def test_a_comparison_puts_each_unit_in_its_own_panel(ledger):
    led = _with_households(ledger)
    frame = compare.compare_window(led, "displaced", "2015-10-01", "2015-10-31").assign(published="2015-10-26")
    assert set(frame["unit"].astype(str)) == {"people", "households"}
    fig = plots.dumbbell(frame, "People displaced, October 2015")
    assert len(fig.axes) == 2
    people, households = fig.axes
    assert fig._suptitle.get_text() == "People displaced, October 2015"
    assert people.get_title(loc="left") == "counted in people"
    assert households.get_title(loc="left") == "counted in households"
    rows = {ax.get_title(loc="left"): [t.get_text() for t in ax.get_yticklabels()] for ax in fig.axes}
    assert [r.split(": ", 1)[1] for r in rows["counted in households"]] == ["about 7,000 [W01]"]
    assert not any("W01" in r for r in rows["counted in people"])
    assert "households" in households.get_xlabel()
    # Never ranked together either: the households claim is a comparable set of its own.
    sets = frame.groupby("comparable_set")["unit"].nunique()
    assert (sets == 1).all()


def test_a_claim_carried_in_many_wordings_does_not_collapse_the_dumbbell(ledger):
    """The Mariupol theatre comparison: claims relayed in four or five wordings make row
    labels wider than the figure; they are wrapped, so constrained layout never gives up
    ("axes sizes collapsed to zero") and the title starts at the figure's edge."""
    import warnings

    comparison = compare.compare_window(ledger, "displaced", "2015-10-20", "2015-10-31").assign(published="2015-10-26")
    wordings = " | ".join(["about 300", "around 300", "initial estimate of 300", "some 300", "an estimated 300"])
    long = comparison.assign(value_as_reported=wordings,
                             figure_ids=[";".join(f"M{i:02d}" for i in range(n, n + 6)) for n in range(len(comparison))])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib's UserWarning becomes a failure
        fig = plots.dumbbell(long, "Killed in the theatre, 16 March 2022: incident tolls only")
        plots.figure_bytes(fig)
    ax = fig.axes[0]
    assert ax.get_position().width > 0.2  # the plot keeps a real share of the width
    assert all("\n" in t.get_text() for t in ax.get_yticklabels())  # wrapped
    assert fig._suptitle.get_text().startswith("Killed in the theatre")


def test_a_dumbbell_row_says_when_its_claim_is_not_ranked(ledger):
    comparison = compare.compare_window(ledger, "displaced", "2015-10-20", "2015-10-31").assign(published="2015-10-26")
    comparison["completeness"] = ["partial"] + ["full"] * (len(comparison) - 1)
    labels = [t.get_text() for t in plots.dumbbell(comparison, "t").axes[0].get_yticklabels()]
    assert sum("(partial count)" in label for label in labels) == 1


def test_panels_of_counts_without_a_population_are_titled_by_their_unit(ledger):
    """Strikes have no population ('not_applicable'): their panels name what was counted,
    never 'not applicable'."""
    led = ledger[ledger["metric"] == "killed"].head(3).copy()
    assert len(led) == 3
    for col in ("metric", "population", "unit"):
        led[col] = led[col].astype(str)
    led["metric"], led["population"] = "strikes", "not_applicable"
    led["unit"] = ["events", "events", "munitions"]
    fig = plots.timeline(led, "strikes")
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_visible()]
    assert titles == ["counted in events", "counted in munitions"]
    assert not any("not applicable" in t for t in titles)


# ----------------------------------------------------------------------------- figfix


def _with_folded_civilians(ledger: pd.DataFrame) -> pd.DataFrame:
    """The fixture ledger plus W02: CJTF-OIR's 35,000 displaced relayed as civilians,
    folded into W01's claim (same origin_key), as S02 is folded into F52 in the real
    ledger: it has no marker of its own."""
    w01 = ledger[ledger["figure_id"] == "W01"]
    relay = w01.assign(figure_id="W02", document_id="D-W02", population="civilians")
    return pd.concat([ledger, relay], ignore_index=True)


def _panels_and_artists(fig) -> list[tuple[str, int]]:
    return [(ax.get_title(), len(ax.get_lines()) + len(ax.collections)) for ax in fig.axes if ax.get_visible()]


def test_a_figure_folded_into_another_claim_gets_no_empty_panel(ledger):
    folded = _with_folded_civilians(ledger)
    assert set(folded.loc[folded["metric"] == "displaced", "population"]) == {"all", "civilians"}
    for fig in (plots.timeline(folded, "displaced"),
                plots.displacement_by_governorate(folded, names={"SY": "Syria", "SY02": "Aleppo"})):
        panels = _panels_and_artists(fig)
        assert panels and all(n > 0 for _, n in panels), panels  # every panel drawn has something in it
        assert not any("civilians" in title for title, _ in panels), panels


def test_at_least_arrowheads_take_the_claimants_colour(ledger):
    """matplotlib filled the open-bound arrowheads with its default blue (C0)."""
    fig = plots.timeline(ledger, "displaced")
    styles = plots.claimant_styles(ledger.loc[ledger["metric"] == "displaced", "claimant"])
    ocha = matplotlib.colors.to_hex(styles["ocha"]["color"])
    heads = [ln for ax in fig.axes for ln in ax.get_lines() if ln.get_marker() in ("^", 2, 10)]
    assert heads  # O01 "at least 120,000"
    for head in heads:
        assert matplotlib.colors.to_hex(head.get_markerfacecolor()) == ocha
        assert matplotlib.colors.to_hex(head.get_markeredgecolor()) == ocha


def test_no_claimant_is_drawn_with_a_triangle_marker():
    """Triangles and arrows mean open bounds: NRC's 'up to 100,000' drawn as ◀ read as
    'no lower bound'."""
    triangles = {"^", "v", "<", ">", "1", "2", "3", "4", 8, 9, 10, 11}
    assert not set(plots.MARKERS) & triangles
    styles = plots.claimant_styles([f"c{i:02d}" for i in range(66)])
    assert not {s["marker"] for s in styles.values()} & triangles


def test_claimants_that_share_a_chart_get_distinct_colours():
    """OCHA and UNHCR (displaced) were both green: the ledger's claimants of one metric
    (every chart draws one) take distinct colours while the palette lasts, and each
    claimant keeps its colour whichever claimants a chart holds."""
    pairs = [("ocha", "displaced"), ("unhcr", "displaced"), ("nrc", "displaced"), ("us-cjtf-oir", "displaced"),
             ("sohr", "killed"), ("airwars", "killed"), ("ocha", "killed"),
             *[(f"k{i:02d}", "killed") for i in range(13)]]
    together: dict[str, set[str]] = {}
    for metric in {m for _, m in pairs}:
        members = {c for c, m in pairs if m == metric}
        for c in members:
            together.setdefault(c, set()).update(members)
    styles = plots.assign_styles(sorted(together), together)
    displaced = [styles[c]["color"] for c in ("nrc", "ocha", "unhcr", "us-cjtf-oir")]
    assert len(set(displaced)) == 4
    killed = [c for c, m in pairs if m == "killed"]
    colours = [styles[c]["color"] for c in killed]
    assert len(set(colours)) == len(plots.PALETTE)  # 16 claimants: every colour used...
    assert len({(styles[c]["color"], styles[c]["marker"]) for c in killed}) == len(killed)  # ...each pair once
    assert styles == plots.assign_styles(sorted(together), together)  # deterministic


def test_the_real_ledgers_claimants_of_one_metric_never_share_a_colour_when_the_palette_allows():
    from crosstally.paths import PATHS

    if not PATHS.ledger_parquet.exists():
        pytest.skip("no processed ledger")
    real = pd.read_parquet(PATHS.ledger_parquet, columns=["claimant", "metric"])
    styles = plots.claimant_styles(real["claimant"])
    assert styles["ocha"]["color"] != styles["unhcr"]["color"]
    for metric, group in real.groupby("metric"):
        claimants = sorted(set(group["claimant"]))
        colours = [styles[c]["color"] for c in claimants]
        if len(claimants) <= len(plots.PALETTE):
            assert len(set(colours)) == len(claimants), metric
        assert len({(styles[c]["color"], styles[c]["marker"]) for c in claimants}) == len(claimants), metric


def test_the_time_axis_is_clipped_to_the_runs_period(ledger):
    """An October run's chart ran to 8 November (four weeks' padding around the data)."""
    october = ("2015-10-01", "2015-10-31")
    x = pd.Series(pd.to_datetime(["2015-10-21", "2015-10-23"]))
    left, right = plots.time_limits(x, october)
    assert left >= pd.Timestamp("2015-10-01") and right <= pd.Timestamp("2015-11-01")
    assert plots.time_limits(x, ("2015-10", "2015-10")) == (left, right)  # partial dates: whole months
    unclipped = plots.time_limits(x)
    assert unclipped[1] > pd.Timestamp("2015-11-01")  # without a period: padded as before
    displaced = ledger[(ledger["metric"] == "displaced") & (ledger["period_end"].astype(str) <= "2015-10-31")]
    for fig in (plots.timeline(displaced, "displaced", period=october),
                plots.displacement_by_governorate(displaced, names={"SY": "Syria"}, period=october)):
        lo, hi = (matplotlib.dates.num2date(v).replace(tzinfo=None) for v in fig.axes[0].get_xlim())
        assert lo >= pd.Timestamp("2015-10-01") and hi <= pd.Timestamp("2015-11-01"), (lo, hi)


def _case_with_figures(root: Path, figures: pd.DataFrame) -> None:
    """A case whose raw figures are ``figures`` (in that row order) and whose ledger holds
    them sorted by figure id, as ``crosstally build`` writes it."""
    from crosstally.paths import Paths

    paths = Paths(root)
    (root / "crosstally.yaml").write_bytes((Path(__file__).resolve().parents[1] / "crosstally.yaml").read_bytes())
    paths.figures.parent.mkdir(parents=True, exist_ok=True)
    figures.to_csv(paths.figures, index=False)
    paths.ledger_parquet.parent.mkdir(parents=True, exist_ok=True)
    figures.sort_values("figure_id")[["figure_id", "claimant", "metric"]].to_parquet(paths.ledger_parquet, index=False)


def test_a_new_claimant_leaves_every_charted_claimants_style_alone(tmp_path, monkeypatch):
    """Styles were given in the order of the sorted claimant ids: a new claimant whose id
    sorts first (with figures of a metric others report) shifted the colour and marker of
    claimants already charted, so one analyst's charts changed colour between two briefings.
    Claimants are styled in the order of their first row in figures.csv, which accept
    appends to: the ones already there keep their styles, whatever the new one's id (and
    the id accept gives its figure, A-..., sorts before every F-id in the ledger)."""
    root = Path(__file__).resolve().parents[1]
    figures = pd.read_csv(root / "data" / "raw" / "figures.csv", dtype=str, keep_default_na=False)
    monkeypatch.setenv("CROSSTALLY_ROOT", str(tmp_path))
    _case_with_figures(tmp_path, figures)
    old = sorted(set(figures["claimant"]))
    before = plots.claimant_styles(old)

    new = figures.loc[figures["metric"] == "displaced"].iloc[[0]].assign(
        figure_id="A-aaa-report-2015-11-02-120", claimant="aaa-new-monitor", document_id="aaa-report-2015-11-02")
    assert "aaa-new-monitor" < old[0]  # sorts before every claimant already in the ledger
    _case_with_figures(tmp_path, pd.concat([figures, new], ignore_index=True))
    after = plots.claimant_styles([*old, "aaa-new-monitor"])

    assert {c: after[c] for c in old} == before
    displaced = sorted(set(figures.loc[figures["metric"] == "displaced", "claimant"])) + ["aaa-new-monitor"]
    pairs = {(after[c]["color"], after[c]["marker"]) for c in displaced}
    assert len(pairs) == len(displaced)  # still told apart from those it is drawn with
    colours = {after[c]["color"] for c in displaced}
    assert len(colours) == len(displaced) or len(colours) == len(plots.PALETTE)
    assert after == plots.claimant_styles([*old, "aaa-new-monitor"])  # deterministic


@pytest.mark.parametrize("case", [".", "examples/mariupol-2022"])
def test_the_real_cases_claimants_drawn_together_share_as_few_colours_as_the_palette_allows(case, monkeypatch):
    """Syria's timeline-killed drew 13 claimants (its 14th, UN ERC, has only a context
    figure, drawn in runs that include context) with three pairs sharing a colour, two of
    them in one panel (SOHR and Al Jazeera, both blue in 'all') while indigo was unused;
    Mariupol's theatre chart drew Theatre witnesses and Reuters both green in one panel.
    Claimants of one metric (context figures apart) share at most as many colours as
    they outnumber the palette, and never one within a panel (metric and population)."""
    root = Path(__file__).resolve().parents[1] / case
    monkeypatch.setenv("CROSSTALLY_ROOT", str(root))
    figures = pd.read_csv(root / "data" / "raw" / "figures.csv", dtype=str, keep_default_na=False)
    figures = figures[figures["scope"] != "context"]
    styles = plots.claimant_styles(figures["claimant"])
    for metric, group in figures.groupby("metric"):
        claimants = sorted(set(group["claimant"]))
        colours = [styles[c]["color"] for c in claimants]
        assert len(claimants) - len(set(colours)) <= max(0, len(claimants) - len(plots.PALETTE)), (metric, colours)
        for population, panel in group.groupby("population"):
            members = sorted(set(panel["claimant"]))
            if len(members) <= len(plots.PALETTE):
                assert len({styles[c]["color"] for c in members}) == len(members), (metric, population, members)
    if case == ".":
        assert styles["sohr"]["color"] != styles["al-jazeera"]["color"]
    else:
        assert styles["theatre-witnesses"]["color"] != styles["reuters"]["color"]


def test_a_figure_on_the_periods_first_day_is_drawn_inside_the_axis_not_on_its_spine():
    """White Helmets, the National Coalition and Homs witnesses' figures of 1 October sat on
    the y axis's line of an October-on chart, hidden by it: the axis starts a little
    before the period's first day when a figure stands on it (still clipped otherwise)."""
    period = ("2015-10-01", "2015-12-31")
    left, right = plots.time_limits(pd.Series(pd.to_datetime(["2015-10-01", "2015-11-20"])), period)
    assert left < pd.Timestamp("2015-10-01") <= left + pd.Timedelta(days=3)
    assert right <= pd.Timestamp("2016-01-01")
    inside = plots.time_limits(pd.Series(pd.to_datetime(["2015-10-21", "2015-10-23"])), period)
    assert inside[0] >= pd.Timestamp("2015-10-01")


def test_date_labels_use_one_format_and_say_the_year_once(ledger):
    """Ticks read "22 Oct", "Nov", "08 Nov" (a month's first day as its bare name), and a
    chart within one year ("Nov", "Dec") showed no year at all."""
    displaced = ledger[ledger["metric"] == "displaced"]
    fig = plots.timeline(displaced, "displaced", period=("2015-10-15", "2015-11-20"))
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert len(labels) >= 3, labels
    assert sum("2015" in label for label in labels) == 1, labels
    import re
    for label in labels:
        assert re.fullmatch(r"\d{2} [A-Z][a-z]{2}( 2015)?", label), labels
    months = plots.timeline(displaced, "displaced", period=("2015-10-01", "2015-12-20"))
    months.canvas.draw()
    labels = [t.get_text() for t in months.axes[0].get_xticklabels() if t.get_text()]
    assert sum("2015" in label for label in labels) == 1, labels


def test_the_comparison_axis_says_its_unit(ledger):
    """Syria's comparison axis read "low to high" with no unit (Mariupol's, of two panels,
    said "people")."""
    comparison = compare.compare_window(ledger, "displaced", "2015-10-20", "2015-10-31").assign(published="2015-10-26")
    fig = plots.dumbbell(comparison, "People displaced, late October 2015")
    assert fig.axes[0].get_xlabel().startswith("people, low to high")


@pytest.mark.parametrize("case", [".", "examples/mariupol-2022"])
def test_the_claimants_of_one_comparison_chart_have_colours_of_their_own(case, monkeypatch):
    """Mariupol's Figure 2 (people sheltering in the theatre) drew 10 claimants of the 13
    that report "other" in 10 colours but one: Reuters ("all") and HRW ("civilians") were
    both brown, while two of the 11 colours went to claimants of "other" outside the chart.
    A comparison chart's claimants, as many as the palette holds, take a colour each (the
    metric's claimants outside the chart share theirs); each still differs from the
    claimants of its panels first (test above)."""
    from crosstally import briefing, ledger as ledger_mod
    from crosstally.case import load_config
    from crosstally.paths import Paths

    root = Path(__file__).resolve().parents[1] / case
    monkeypatch.setenv("CROSSTALLY_ROOT", str(root))
    paths = Paths(root)
    run = briefing.RunParams.from_yaml(root / "params" / "default.yaml", case=load_config(root))
    df = briefing.select(ledger_mod.load_ledger(run.bound_profile, paths), run, paths)
    charts = [sorted(set(frame["claimant"])) for _, frame in briefing.comparison_frames(df, run, paths)]
    assert charts
    styles = plots.claimant_styles(sorted(set(df["claimant"])))
    for members in charts:
        colours = [styles[c]["color"] for c in members]
        assert len(set(colours)) == min(len(members), len(plots.PALETTE)), dict(zip(members, colours))
    if case != ".":
        assert max(len(m) for m in charts) == 10  # Figure 2
        assert styles["reuters"]["color"] != styles["hrw"]["color"]

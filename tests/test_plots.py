"""The plotting module: one style, a source line on every chart, byte-stable files."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import matplotlib
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

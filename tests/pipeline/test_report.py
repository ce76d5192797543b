"""`wirestream report`: the numbers, a self-contained page, and what headless Chromium shows."""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from pipeline.tools.report import (
    CHART_TITLES,
    DAY,
    HOUR,
    SIX_HOURS,
    Selection,
    bin_width,
    collect,
    no_entities_text,
    render_html,
    selection_filters,
    series_colours,
    series_of_sources,
    stories_over_time,
)
from tests.conftest import FIXED_NOW, ROOT, query, run_cli

CHROMIUM = Path("/usr/bin/chromium")
WINDOW = (1200, 2600)


@pytest.fixture(scope="module")
def page(samples_output, tmp_path_factory):
    to = tmp_path_factory.mktemp("page")
    assert run_cli("report", "--output", samples_output, "--to", to, "--run", "latest") == 0
    return to / "index.html"


def test_numbers_for_the_latest_run(samples_output):
    data = collect(str(samples_output), Selection(run_id="latest"))
    assert data.selection.startswith("run run20261128T120000Z-")
    [record] = (samples_output / "_runs").glob("*.json")
    mentions = json.loads(record.read_text())["counts"]["entity_mentions"]
    assert data.summary == {"articles": 16, "sources": 4,
                            # desk-export's re-sent story; harbor-wire's "UPDATE 1-" rewrite
                            "exact copies (duplicate_of)": 1,
                            "near-copies (cluster_id of an earlier story)": 1,
                            "entity mentions": mentions, "rejects": 1,
                            "published": "2026-11-20 07:45 UTC to 2026-11-28 12:00 UTC",
                            # Northline's undated entry, the 3 text files, the future-dated
                            # desk story: dated when read (2026-11-28 12:00).
                            "dated by ingest time": 5}
    assert data.copies == [("desk-export", 5, 1, 0), ("harbor-wire", 5, 0, 1),
                           ("harbor-wire-web", 3, 0, 0), ("northline", 3, 0, 0)]
    assert data.rejects == [("malformed_json", 1)]
    assert data.noise == [("comment_form", 22), ("related_link", 7), ("credits", 6),
                          ("agency_footer", 3), ("author_bio", 2)]
    assert sum(n for *_, n in data.per_hour) == 16
    most = query(samples_output, "SELECT max(n) FROM (SELECT count(DISTINCT article_id) AS n "
                          "FROM entities GROUP BY name, label_group)")[0][0]
    assert len(data.top_entities) == 15 and data.top_entities[0][2] == most


def test_the_samples_page_draws_6_hour_bins_one_colour_per_source_and_both_kinds_of_copy(
        samples_output):
    page = render_html(collect(str(samples_output), Selection(run_id="latest")))
    # Eight days of samples (Nov 20 07:45 to Nov 28 12:00): 197 hourly bars, over MAX_BARS.
    assert "stories per 6 hours" in page and "<th>6 hours from (UTC)</th>" in page
    assert "<td>2026-11-20 06:00 UTC</td><td>harbor-wire</td>" in page
    chart = page[page.index('<section id="stories-over-time">'):page.index("</section>")]
    # Okabe-Ito colours, one per source, in the bars (matplotlib writes them in lower case).
    assert sorted(set(re.findall(r"fill: (#[0-9a-f]{6})", chart)) - {"#ffffff"}) == [
        "#0072b2", "#009e73", "#56b4e9", "#e69f00"]
    assert ("<tr><td>harbor-wire</td><td class=\"n\">5</td><td class=\"n\">0</td>"
            "<td class=\"n\">1</td><td>20%</td></tr>") in page


def test_bin_width_keeps_the_span_within_120_bars():
    start = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    assert [bin_width(start, start + span) for span in (
        dt.timedelta(0), dt.timedelta(hours=119), dt.timedelta(hours=120),
        dt.timedelta(days=14), dt.timedelta(days=29, hours=23), dt.timedelta(days=30),
        dt.timedelta(days=365))] == [HOUR, HOUR, SIX_HOURS, SIX_HOURS, SIX_HOURS, DAY, DAY]


def test_two_weeks_of_hourly_stories_become_56_bars_of_6_hours_with_distinct_colours():
    start = dt.datetime(2026, 11, 16, tzinfo=dt.UTC)
    per_hour = [(start + dt.timedelta(hours=h), source, 1) for h in range(14 * 24)
                for source in ("ap", "afp", "reuters")]
    over_time = stories_over_time(per_hour)
    assert over_time.width == SIX_HOURS
    assert len({b for b, _, _ in over_time.rows}) == 56
    assert over_time.rows[:3] == [(start, "afp", 6), (start, "ap", 6), (start, "reuters", 6)]
    assert over_time.colours == {"afp": "#E69F00", "ap": "#56B4E9", "reuters": "#009E73"}


def test_more_sources_than_colours_keep_seven_and_fold_the_rest_into_grey():
    stories = {f"s{n:02}": 20 - n for n in range(10)}
    series = series_of_sources(stories)
    assert sorted(set(series.values())) == [
        "other sources", "s00", "s01", "s02", "s03", "s04", "s05", "s06"]
    assert [series[s] for s in ("s06", "s07", "s08", "s09")] == [
        "s06", "other sources", "other sources", "other sources"]
    colours = series_colours(sorted(set(series.values())))
    assert colours == {"s00": "#E69F00", "s01": "#56B4E9", "s02": "#009E73", "s03": "#0072B2",
                       "s04": "#D55E00", "s05": "#CC79A7", "s06": "#F0E442",
                       "other sources": "#999999"}
    assert len(set(colours.values())) == len(colours)


def test_date_range_uses_the_partition_column(samples_output):
    data = collect(str(samples_output), Selection(since=dt.date(2026, 11, 24),
                                           until=dt.date(2026, 11, 25)))
    assert data.summary["articles"] == 6 and data.summary["rejects"] == 0
    assert selection_filters(Selection(since=dt.date(2026, 11, 24)), None)["articles"] == (
        "date >= DATE '2026-11-24'")


def test_a_rerun_that_wrote_nothing_says_why_instead_of_guessing(tmp_path):
    out = tmp_path / "out"
    run = ("run", "--input", ROOT / "samples/feeds/harbor-wire.rss.xml", "--output", out,
           "--progress-interval", "0")
    assert run_cli(*run, "--now", FIXED_NOW) == 0
    assert run_cli(*run, "--now", "2026-11-28T13:00:00Z") == 0
    data = collect(str(out), Selection(run_id="latest"))
    assert (data.summary["articles"], data.nothing_written_because) == (
        0, "nothing new: 5 re-poll(s) of stories already written, 0 reject(s)")
    page = render_html(data)
    assert ('<p class="note">This run wrote no articles: nothing new: 5 re-poll(s) of stories '
            "already written, 0 reject(s).</p>") in page
    assert "no stories in this selection" in page and "entities.enabled" not in page


def test_the_empty_entities_chart_names_the_reason():
    assert [no_entities_text(0, True), no_entities_text(3, False), no_entities_text(3, None),
            no_entities_text(3, True)] == [
        "no stories in this selection",
        "entity extraction was off for this run (entities.enabled: false)",
        "no entities in these stories (or entities.enabled: false)",
        "no entities found in these stories"]


def test_unknown_run_names_the_known_ones(samples_output, tmp_path, capsys):
    assert run_cli("report", "--output", samples_output, "--to", tmp_path, "--run", "nope") == 2
    assert re.fullmatch(r"wirestream: no run 'nope' in this dataset; recent runs: "
                        r"run20261128T120000Z-\w{8} \(or use --run latest\)\n",
                        capsys.readouterr().err)


def test_page_is_self_contained(page):
    html = page.read_text()
    assert html.count("<svg") == 5
    assert not re.search(r"https?:|<script|<link|@import|url\((?!#)|\bsrc=", html)
    for title in CHART_TITLES.values():
        assert f"<title>{title}</title>" in html


def png_size_and_colours(png: bytes) -> tuple[tuple[int, int], int]:
    """Width, height and the number of distinct pixel values (8-bit RGB/RGBA PNGs)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    idat, pos = b"", 8
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            idat += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    channels = {2: 3, 6: 4}[colour]
    assert depth == 8
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    # Filtered bytes, not pixels; still a blank page compresses to a handful of byte values.
    distinct = len({raw[i:i + stride] for i in range(0, len(raw), stride)})
    return (width, height), distinct


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (Debian "
                    "package `chromium`; .ci/run installs it)")
def test_chromium_renders_the_five_charts(page, tmp_path):
    common = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
              "--no-first-run", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True,
                         text=True, timeout=90, check=True).stdout
    titles = re.findall(r'<section id="([\w-]+)"><h2>[^<]*</h2><svg[^>]*role="img"[^>]*>'
                        r"<title>([^<]*)</title>", dom)
    assert titles == list(CHART_TITLES.items())
    assert len(re.findall(r"<svg\b", dom)) == 5
    assert dom.count("<path") > 50  # bars and ticks, not empty axes

    shot = tmp_path / "report.png"
    subprocess.run([*common, f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                    page.as_uri()], capture_output=True, timeout=90, check=True)
    size, distinct_rows = png_size_and_colours(shot.read_bytes())
    assert size == WINDOW
    assert distinct_rows > 200  # a blank page has a few distinct rows; charts have hundreds

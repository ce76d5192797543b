"""``wirestream report``: one self-contained HTML page of charts about a run or a date range.

Charts are matplotlib SVG inlined into the page, with the numbers beside them in tables; the
page loads nothing (no scripts, no CDN, no fonts, no URLs), so it can be mailed or archived.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import json
import re
from pathlib import Path
from typing import Any

from pipeline.tools.query import QueryError, open_dataset

TOP_ENTITIES = 15
CHART_TITLES = {
    "stories-over-time": "Stories over time, by source",
    "top-entities": f"Top {TOP_ENTITIES} entities (stories mentioning them)",
    "copies": "Copies per source: exact and near",
    "rejects": "Rejects by reason",
    "noise": "Noise lines removed, by reason",
}
EXACT_COPIES = "exact copies (duplicate_of)"
NEAR_COPIES = "near-copies (cluster_id of an earlier story)"

# Bars over time: the narrowest bin that keeps the span within MAX_BARS bars. The plot is about
# 600 px wide in a browser, so a bar stays at least 5 px wide (an hourly bar over two weeks, 336
# of them, was under 2 px: a hairline whose colour cannot be made out).
HOUR, SIX_HOURS, DAY = dt.timedelta(hours=1), dt.timedelta(hours=6), dt.timedelta(days=1)
BIN_NAMES = {HOUR: "hour", SIX_HOURS: "6 hours", DAY: "day"}
MAX_BARS = 120
# Okabe & Ito's palette: told apart with every common colour-vision deficiency. Yellow last but
# one: it is the faintest on white. More sources than colours: the largest keep their own, the
# rest share OTHER_COLOUR as one series, OTHER_SOURCES.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442",
           "#000000")
OTHER_COLOUR = "#999999"
OTHER_SOURCES = "other sources"
COPY_COLOURS = {EXACT_COPIES: "#0072B2", NEAR_COPIES: "#E69F00"}


@dataclasses.dataclass(frozen=True)
class Selection:
    """What the report covers: one run (by its run id), a date range, both, or everything."""

    run_id: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def describe(self) -> str:
        parts = [f"run {self.run_id}"] if self.run_id else []
        if self.since or self.until:
            parts.append(f"dates {self.since or 'start'} to {self.until or 'end'}")
        return ", ".join(parts) or "all data"


@dataclasses.dataclass(frozen=True)
class ReportData:
    output: str
    selection: str
    summary: dict[str, Any]
    per_hour: list[tuple[dt.datetime, str, int]]  # (hour, source, stories)
    top_entities: list[tuple[str, str, int]]  # (name, label group, stories)
    copies: list[tuple[str, int, int, int]]  # (source, articles, exact copies, near-copies)
    rejects: list[tuple[str, int]]  # (reason, rejects)
    noise: list[tuple[str, int]]  # (reason, lines)
    # A run's own words on why it wrote no article (its record's nothing_written_because).
    nothing_written_because: str | None = None
    entities_enabled: bool | None = None  # as the run was configured; None: several or unknown


def run_records(output: str) -> dict[str, dict[str, Any]]:
    """Run id -> run record, from ``<output>/_runs/*.json``."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(output, "_runs").glob("*.json"))}


def resolve_run(records: dict[str, dict[str, Any]], run_id: str) -> tuple[str, dt.datetime]:
    """The run id ("latest" is the newest ingest time) and its ingest time; errors list runs."""
    if not records:
        raise QueryError("the dataset has no run records (_runs/*.json): report a date range "
                         "instead of --run")
    if run_id == "latest":
        run_id = max(records, key=lambda r: (records[r]["ingested_at"], r))
    if run_id not in records:
        known = ", ".join(sorted(records)[-5:])
        raise QueryError(f"no run {run_id!r} in this dataset; recent runs: {known} "
                         "(or use --run latest)")
    return run_id, dt.datetime.fromisoformat(records[run_id]["ingested_at"])


def selection_filters(selection: Selection, ingested_at: dt.datetime | None) -> dict[str, str]:
    """SQL WHERE clauses per table. Dates hit the partition column, so other files are skipped.

    A run's rows are those it ingested (``ingested_at``/``occurred_at`` equal its clock); its
    entity rows are those of its articles. Rejects are dated by when they occurred.
    """
    common = []
    if selection.since:
        common.append(f"date >= DATE '{selection.since.isoformat()}'")
    if selection.until:
        common.append(f"date <= DATE '{selection.until.isoformat()}'")
    articles, rejects = list(common), list(common)
    if ingested_at is not None:
        stamp = f"TIMESTAMPTZ '{ingested_at.isoformat()}'"
        articles.append(f"ingested_at = {stamp}")
        rejects.append(f"occurred_at = {stamp}")
    entities = list(common)
    if ingested_at is not None:
        entities.append("(article_id, version) IN (SELECT (article_id, version) "
                        "FROM sel_articles)")
    return {name: " AND ".join(clauses) or "true" for name, clauses in
            (("articles", articles), ("entities", entities), ("rejects", rejects))}


# Exact copies: the same cleaned text as an earlier story under another id (``duplicate_of``).
# Near-copies: edited copies (an "UPDATE 1-" rewrite, a syndicated edit) clustered with an
# earlier story, so their ``cluster_id`` is that story's id; the exact copies, clustered with
# their original too, are counted once, as exact. A later version of a story keeps its own id.
COUNT_COPIES = ("count(duplicate_of), "
                "count(*) FILTER (duplicate_of IS NULL AND cluster_id <> article_id)")


def collect(output: str, selection: Selection) -> ReportData:
    """Everything the page shows, read with DuckDB from the dataset."""
    con = open_dataset(output)
    ingested_at = record = None
    run_id = selection.run_id
    if run_id:
        records = run_records(output)
        run_id, ingested_at = resolve_run(records, run_id)
        record = records[run_id]
        selection = dataclasses.replace(selection, run_id=run_id)
    filters = selection_filters(selection, ingested_at)
    for table in ("articles", "entities", "rejects"):  # entities' filter reads sel_articles
        con.execute(f"CREATE TEMP VIEW sel_{table} AS SELECT * FROM {table} "
                    f"WHERE {filters[table]}")

    def rows(sql: str) -> list[tuple]:
        return con.execute(sql).fetchall()

    (articles, sources, first, last), = rows(
        "SELECT count(*), count(DISTINCT source), min(published_at), max(published_at) "
        "FROM sel_articles")
    (exact, near), = rows(f"SELECT {COUNT_COPIES} FROM sel_articles")
    summary = {"articles": articles, "sources": sources, EXACT_COPIES: exact, NEAR_COPIES: near,
               "entity mentions": rows("SELECT count(*) FROM sel_entities")[0][0],
               "rejects": rows("SELECT count(*) FROM sel_rejects")[0][0],
               "published": f"{_minute(first)} to {_minute(last)}" if first else "-",
               # No usable publication date (none given, or in the future): dated when read.
               "dated by ingest time": rows("SELECT count(*) FROM sel_articles "
                                            "WHERE published_at = ingested_at")[0][0]}
    return ReportData(
        output=output, selection=selection.describe(), summary=summary,
        per_hour=rows("SELECT date_trunc('hour', published_at) AS hour, source, count(*) "
                      "FROM sel_articles GROUP BY ALL ORDER BY ALL"),
        # The label group: "Oslo" as GPE in one story and LOC in the next is one place.
        top_entities=rows("SELECT name, coalesce(label_group, label) AS label_group, "
                          "count(DISTINCT article_id) AS stories FROM sel_entities GROUP BY ALL "
                          "ORDER BY stories DESC, name, label_group "
                          f"LIMIT {TOP_ENTITIES}"),
        copies=rows(f"SELECT source, count(*), {COUNT_COPIES} FROM sel_articles "
                    "GROUP BY ALL ORDER BY source"),
        rejects=rows("SELECT reason, count(*) AS n FROM sel_rejects GROUP BY ALL "
                     "ORDER BY n DESC, reason"),
        noise=rows("SELECT n.reason, count(*) AS lines FROM (SELECT unnest(noise) AS n "
                   "FROM sel_articles) GROUP BY ALL ORDER BY lines DESC, n.reason"),
        nothing_written_because=record.get("nothing_written_because") if record else None,
        entities_enabled=record["config"]["entities"]["enabled"] if record else None,
    )


def no_entities_text(articles: int, entities_enabled: bool | None) -> str:
    """What the entities chart says when it has no bars: the reason, not a guess."""
    if not articles:
        return "no stories in this selection"
    if entities_enabled is False:
        return "entity extraction was off for this run (entities.enabled: false)"
    if entities_enabled is None:
        return "no entities in these stories (or entities.enabled: false)"
    return "no entities found in these stories"


def empty_selection_note(data: ReportData) -> str | None:
    """Why the charts are empty, for a selection without articles."""
    if data.summary["articles"]:
        return None
    if data.nothing_written_because:
        return f"This run wrote no articles: {data.nothing_written_because}."
    return "No articles in this selection."


def _minute(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


# --- charts ------------------------------------------------------------------------------------


def _figure(height: float = 3.2) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")  # no display; set before pyplot is imported
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "svg.fonttype": "none",  # text stays text: small, selectable, rendered by the browser
        "svg.hashsalt": "wirestream",  # stable element ids: same data, same page
        "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
    })
    return plt.subplots(figsize=(8, height), layout="constrained")


def to_svg(fig: Any, title: str) -> str:
    """A figure as an inline ``<svg>`` with a ``<title>``; the XML prolog and metadata dropped."""
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None,
                                                 "Format": None, "Type": None})
    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.DOTALL)
    # Inline SVG in HTML needs no namespace declarations, and the page then holds no URL at all.
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg)
    return re.sub(r"<svg\b([^>]*)>", lambda m: f'<svg{m.group(1)} role="img">'
                  f"<title>{html.escape(title)}</title>", svg, count=1)


def _no_data(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_axis_off()


def _barh(labels: list[str], values: list[int], title: str, empty: str, xlabel: str) -> str:
    """Counts as horizontal bars, largest first as given, each with its number."""
    fig, ax = _figure(max(1.3, 0.28 * len(labels) + 0.8))
    if not labels:
        _no_data(ax, empty)
    else:
        positions = range(len(labels))
        ax.barh(positions, values, color="#3b6ea5")
        ax.set_yticks(list(positions), labels)
        ax.invert_yaxis()
        ax.set_xlabel(xlabel)
        ax.xaxis.get_major_locator().set_params(integer=True)  # counts: no 0.5 ticks
        for y, v in zip(positions, values, strict=True):
            ax.text(v, y, f" {v}", va="center", fontsize=8)
    return to_svg(fig, title)


def bin_width(first: dt.datetime, last: dt.datetime) -> dt.timedelta:
    """The narrowest of an hour, 6 hours and a day that draws ``first``..``last`` in at most
    ``MAX_BARS`` bars (a day for any longer span)."""
    for width in (HOUR, SIX_HOURS):
        if (bin_start(last, width) - bin_start(first, width)) // width + 1 <= MAX_BARS:
            return width
    return DAY


def bin_start(moment: dt.datetime, width: dt.timedelta) -> dt.datetime:
    """The start of ``moment``'s bin: bins are aligned to midnight UTC."""
    moment = moment.astimezone(dt.UTC)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + (moment - midnight) // width * width


def stories_per_bin(per_hour: list[tuple[dt.datetime, str, int]], width: dt.timedelta
                    ) -> list[tuple[dt.datetime, str, int]]:
    """``(hour, source, stories)`` rows summed into ``(bin start, source, stories)``, sorted."""
    binned: dict[tuple[dt.datetime, str], int] = {}
    for hour, source, stories in per_hour:
        key = (bin_start(hour, width), source)
        binned[key] = binned.get(key, 0) + stories
    return sorted((start, source, n) for (start, source), n in binned.items())


def series_of_sources(stories_by_source: dict[str, int]) -> dict[str, str]:
    """Source -> the series it is drawn in: itself while every source can have a colour of its
    own; otherwise the largest sources (ties by name) keep theirs and the rest are one series,
    ``OTHER_SOURCES`` (a source id has no space, so no source is named so)."""
    if len(stories_by_source) <= len(PALETTE):
        return {source: source for source in stories_by_source}
    largest = sorted(stories_by_source, key=lambda s: (-stories_by_source[s], s))
    kept = set(largest[:len(PALETTE) - 1])
    return {source: source if source in kept else OTHER_SOURCES for source in stories_by_source}


def series_colours(series: list[str]) -> dict[str, str]:
    """Series (sources by name, then ``OTHER_SOURCES``) -> a colour none of the others has."""
    named = sorted(s for s in series if s != OTHER_SOURCES)
    if len(named) > len(PALETTE):
        raise ValueError(f"{len(named)} series for {len(PALETTE)} colours: fold sources first "
                         "(series_of_sources)")
    return {**dict(zip(named, PALETTE, strict=False)),
            **({OTHER_SOURCES: OTHER_COLOUR} if OTHER_SOURCES in series else {})}


@dataclasses.dataclass(frozen=True)
class StoriesOverTime:
    """The stories chart's numbers: bin width, and stories per ``(bin, series)``."""

    width: dt.timedelta
    rows: list[tuple[dt.datetime, str, int]]  # (bin start, series, stories)
    colours: dict[str, str]  # series -> colour, in legend order


def stories_over_time(per_hour: list[tuple[dt.datetime, str, int]]) -> StoriesOverTime:
    """Hourly counts per source -> bins of the width the span needs, in coloured series."""
    if not per_hour:
        return StoriesOverTime(HOUR, [], {})
    width = bin_width(min(h for h, _, _ in per_hour), max(h for h, _, _ in per_hour))
    totals: dict[str, int] = {}
    for _, source, n in per_hour:
        totals[source] = totals.get(source, 0) + n
    series = series_of_sources(totals)
    rows = stories_per_bin([(h, series[s], n) for h, s, n in per_hour], width)
    return StoriesOverTime(width, rows, series_colours(sorted(set(series.values()))))


def stories_over_time_chart(over_time: StoriesOverTime, title: str) -> str:
    import matplotlib.dates as mdates

    fig, ax = _figure()
    if not over_time.rows:
        _no_data(ax, "no stories in this selection")
        return to_svg(fig, title)
    starts = sorted({b for b, _, _ in over_time.rows})
    counts = {(b, s): n for b, s, n in over_time.rows}
    bottom = [0] * len(starts)
    x = [b.astimezone(dt.UTC).replace(tzinfo=None) for b in starts]
    for series, colour in over_time.colours.items():
        values = [counts.get((b, series), 0) for b in starts]
        # Matplotlib's date unit is a day; a hairline of white keeps stacked series apart.
        ax.bar(x, values, width=over_time.width / DAY, bottom=bottom, align="edge",
               label=series, color=colour, edgecolor="white", linewidth=0.3)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(f"stories per {BIN_NAMES[over_time.width]}\n(UTC, by publication time)")
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    return to_svg(fig, title)


def copies_chart(copies: list[tuple[str, int, int, int]], title: str) -> str:
    """Per source, the share of its articles that are exact copies and near-copies, stacked."""
    fig, ax = _figure(max(1.3, 0.28 * len(copies) + 1.0))
    if not copies:
        _no_data(ax, "no stories in this selection")
        return to_svg(fig, title)
    positions = list(range(len(copies)))
    exact = [e / a for _, a, e, _ in copies]
    near = [n / a for _, a, _, n in copies]
    ax.barh(positions, exact, color=COPY_COLOURS[EXACT_COPIES], label=EXACT_COPIES)
    ax.barh(positions, near, left=exact, color=COPY_COLOURS[NEAR_COPIES], label=NEAR_COPIES)
    ax.set_yticks(positions, [s for s, *_ in copies])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter("{x:.0%}")
    ax.set_xlabel("share of the source's articles")
    for y, (e, n) in enumerate(zip(exact, near, strict=True)):
        ax.text(e + n, y, f" {e:.0%} exact, {n:.0%} near", va="center", fontsize=8)
    ax.legend(fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1), ncols=2)
    return to_svg(fig, title)


def charts(data: ReportData, over_time: StoriesOverTime) -> dict[str, str]:
    """Chart id -> inline SVG, in page order."""
    t = CHART_TITLES
    return {
        "stories-over-time": stories_over_time_chart(over_time, t["stories-over-time"]),
        "top-entities": _barh([f"{n} ({label})" for n, label, _ in data.top_entities],
                              [s for *_, s in data.top_entities], t["top-entities"],
                              no_entities_text(data.summary["articles"],
                                               data.entities_enabled), "stories"),
        "copies": copies_chart(data.copies, t["copies"]),
        "rejects": _barh([r for r, _ in data.rejects], [n for _, n in data.rejects],
                         t["rejects"], "no rejects", "rejected inputs"),
        "noise": _barh([r for r, _ in data.noise], [n for _, n in data.noise], t["noise"],
                       "no noise removed", "lines removed by cleaning"),
    }


# --- page --------------------------------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.1rem;margin:2rem 0 .5rem}
.meta{color:#555} table{border-collapse:collapse;margin:.5rem 0} svg{max-width:100%;height:auto}
td,th{padding:.15rem .6rem;border-bottom:1px solid #ddd;text-align:left} td.n{text-align:right}
dl.summary{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}
dl.summary dt{color:#555} dl.summary dd{margin:0;font-weight:600}
.note{background:#fff6d5;padding:.4rem .7rem;border-left:3px solid #d9a400}
"""


def _table(headers: list[str], rows: list[tuple]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{v}</td>' if isinstance(v, (int, float)) else
        f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return (f"<details><summary>numbers</summary><table><tr>{head}</tr>{body}</table>"
            "</details>")


def render_html(data: ReportData) -> str:
    """The whole page: summary, then each chart with its numbers."""
    over_time = stories_over_time(data.per_hour)
    svgs = charts(data, over_time)
    tables = {
        "stories-over-time": _table(
            [f"{BIN_NAMES[over_time.width]} from (UTC)", "source", "stories"],
            [(_minute(b), s, n) for b, s, n in over_time.rows]),
        "top-entities": _table(["entity", "label group", "stories"], data.top_entities),
        "copies": _table(["source", "articles", EXACT_COPIES, NEAR_COPIES, "share copied"],
                         [(s, a, e, n, f"{(e + n) / a:.0%}") for s, a, e, n in data.copies]),
        "rejects": _table(["reason", "rejects"], data.rejects),
        "noise": _table(["reason", "lines"], data.noise),
    }
    summary = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>"
                      for k, v in data.summary.items())
    note = empty_selection_note(data)
    note_html = f'<p class="note">{html.escape(note)}</p>' if note else ""
    sections = "".join(
        f'<section id="{cid}"><h2>{html.escape(CHART_TITLES[cid])}</h2>{svg}{tables[cid]}'
        "</section>" for cid, svg in svgs.items())
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>wirestream report: {html.escape(data.selection)}</title>"
            f"<style>{CSS}</style></head><body>"
            f"<h1>wirestream report</h1><p class=\"meta\">{html.escape(data.output)} · "
            f"{html.escape(data.selection)}</p><dl class=\"summary\">{summary}</dl>{note_html}"
            f"{sections}</body></html>\n")


def write_report(output: str, to: str, selection: Selection) -> Path:
    """Render the report for ``selection`` into ``<to>/index.html``; returns its path."""
    page = render_html(collect(output, selection))
    directory = Path(to)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "index.html"
    temporary = directory / ".index.html.tmp"
    temporary.write_text(page, encoding="utf-8")
    temporary.replace(path)
    return path

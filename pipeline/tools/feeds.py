"""Feeds the way feed readers keep them: OPML import into ``inputs:``, and a one-shot check.

``import`` turns an OPML subscription list into config ``inputs:`` entries (printed, or merged
into a config file with its comments and layout kept). ``check`` fetches every input once and
says whether it works, how many items it has and how fresh the newest is, next to the health
that scheduled runs stored for it (last success, consecutive failures, last poll's outcome).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import logging
import os
import re
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import yaml

from pipeline.config import Config, ConfigError, load_config
from pipeline.feedstate import FEED_STATE_FILE, FeedState, read_feed_states
from pipeline.fetching import FeedClient, FeedFetcher, ReadError, is_http_url
from pipeline.sources import (
    derive_source_id,
    detect_format,
    expand_inputs,
    host_source_id,
    parse_input,
    read_location,
    sniff_format,
)
from pipeline.tools import ToolError
from transforms.identity import SOURCE_ID_MAX_LEN, is_valid_source_id, parse_published
from transforms.records import InputSpec, RawStory, Reject

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Subscription:
    title: str
    url: str
    folder: str | None = None


class OpmlError(ToolError):
    """The OPML file cannot be read; the message names the file and the problem."""


def parse_opml(data: bytes, name: str) -> list[Subscription]:
    """Every ``<outline xmlUrl=...>`` in document order, with its title and enclosing folder.

    Outlines without ``xmlUrl`` are folders (feed readers nest them); repeated URLs keep the
    first occurrence.
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise OpmlError(f"{name} is not valid OPML/XML: {err}") from None
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise OpmlError(f"{name} is not OPML: expected <opml><body>...</body></opml>, "
                        f"found <{root.tag}>")
    found: list[Subscription] = []
    seen: set[str] = set()

    def walk(node: ET.Element, folder: str | None) -> None:
        for outline in node.findall("outline"):
            title = " ".join((outline.get("title") or outline.get("text") or "").split())
            url = (outline.get("xmlUrl") or "").strip()
            if url and url not in seen:
                seen.add(url)
                found.append(Subscription(title, url, folder))
            walk(outline, folder if url else (title or folder))

    walk(body, None)
    return found


def source_id_for(subscription: Subscription) -> str:
    """From the feed's title ("Harbor Wire: Ports" -> "harbor-wire-ports"), else its host."""
    # derive_source_id reads a path's last component; a "/" in a title is not a directory.
    from_title = derive_source_id(re.sub(r"[/\\]", " ", subscription.title))
    return from_title if from_title != "unknown" else host_source_id(subscription.url)


def unique_ids(wanted: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """Suffix repeats ``-2``, ``-3``...: two feeds named "News" must not share a partition."""
    used = set(taken)
    result = []
    for base in wanted:
        candidate, n = base, 1
        while candidate in used:
            n += 1
            suffix = f"-{n}"
            candidate = base[:SOURCE_ID_MAX_LEN - len(suffix)].rstrip("._-") + suffix
        assert is_valid_source_id(candidate), candidate  # derive_source_id guarantees the base
        used.add(candidate)
        result.append(candidate)
    return result


def _scalar(value: str) -> str:
    """A YAML scalar: plain when it reads back unchanged, else double-quoted."""
    plain = value and yaml.safe_load(f"k: {value}") == {"k": value}
    return value if plain else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_entries(subscriptions: Sequence[Subscription], ids: Sequence[str],
                   indent: str = "  ") -> str:
    """Block-style ``inputs:`` items, each under a comment naming the feed (and its folder)."""
    lines = []
    for sub, source in zip(subscriptions, ids, strict=True):
        label = sub.title or sub.url
        lines.append(f"{indent}# {label}" + (f" (folder: {sub.folder})" if sub.folder else ""))
        lines.append(f"{indent}- location: {_scalar(sub.url)}")
        lines.append(f"{indent}  format: rss")
        lines.append(f"{indent}  source: {source}")
    return "\n".join(lines) + "\n"


_TOP_LEVEL_KEY = re.compile(r"^[^\s#-]")  # a line that starts the next top-level key


def inputs_block(lines: Sequence[str]) -> tuple[int, int] | None:
    """Line range ``[start, end)`` of the top-level ``inputs:`` block, or None.

    The block ends before the next top-level key; blank lines and column-0 comments right
    before that key belong to the key (they describe it), not to ``inputs``.
    """
    start = next((i for i, line in enumerate(lines) if re.match(r"inputs\s*:", line)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _TOP_LEVEL_KEY.match(lines[i])),
               len(lines))
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return start, end


def merge_into_config(text: str, subscriptions: Sequence[Subscription]
                      ) -> tuple[str, list[Subscription]]:
    """The config text with new feeds appended to ``inputs:``; everything else kept verbatim.

    Feeds whose URL is already an input are left as they are (their source id may be in use).
    A block-style list gets the new items appended in its own indentation, so its comments
    survive; a flow-style or empty ``inputs`` is rewritten as a block. Returns the new text and
    the feeds added.
    """
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ConfigError("the config must hold a mapping at the top level")
    existing = data.get("inputs") or []
    known_urls = {i.get("location") for i in existing if isinstance(i, dict)}
    taken = [i["source"] for i in existing if isinstance(i, dict) and i.get("source")]
    new = [s for s in subscriptions if s.url not in known_urls]
    if not new:
        return text, []
    ids = unique_ids([source_id_for(s) for s in new], taken)
    lines = text.splitlines()
    block = inputs_block(lines)
    if block is None:
        merged = text.rstrip("\n") + "\n\ninputs:\n" + render_entries(new, ids)
    else:
        start, end = block
        items = [line for line in lines[start + 1:end] if re.match(r"\s*- ", line)]
        if existing and items:  # block style: append in the list's own indentation
            indent = re.match(r"\s*", items[0]).group(0)
            entries = render_entries(new, ids, indent).splitlines()
            lines[end:end] = entries
        else:
            lines[start:end] = ["inputs:", *render_entries(new, ids).splitlines()]
        merged = "\n".join(lines) + "\n"
    expected = {**data, "inputs": [*existing, *(
        {"location": s.url, "format": "rss", "source": i} for s, i in zip(new, ids, strict=True))]}
    if yaml.safe_load(merged) != expected:  # an unusual layout: refuse rather than corrupt
        raise ConfigError("could not merge into this config's layout; run `wirestream feeds "
                          "import FILE` without --config and paste the entries under inputs:")
    return merged, new


def import_opml(opml_path: str, config_path: str | None) -> tuple[str, list[Subscription]]:
    """The YAML to print (no config), or the merged config written back (with --config)."""
    try:
        data = Path(opml_path).read_bytes()
    except OSError as err:
        raise OpmlError(f"cannot read {opml_path}: {err.strerror or err}") from None
    subscriptions = parse_opml(data, opml_path)
    if not subscriptions:
        raise OpmlError(f"{opml_path} lists no feeds (no <outline> has an xmlUrl)")
    if config_path is None:
        ids = unique_ids([source_id_for(s) for s in subscriptions])
        return "inputs:\n" + render_entries(subscriptions, ids), subscriptions
    path = Path(config_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {config_path!r} does not exist") from None
    merged, added = merge_into_config(text, subscriptions)
    if added:
        # Validated as a whole before it replaces the file; the rename is atomic.
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(merged)
        try:
            load_config(temporary)
        except ConfigError:
            os.unlink(temporary)
            raise
        os.replace(temporary, path)
    return merged, added


# --- feeds check -------------------------------------------------------------------------------


NOT_A_FEED = "not_a_feed"
STATUS_WIDTH = 40  # a longer status is shown whole below the table, never cut


@dataclasses.dataclass(frozen=True)
class FeedStatus:
    source: str
    location: str
    status: str  # "ok", "empty", or the reject reason / read error code
    items: int
    rejected: int
    last_item: dt.datetime | None
    detail: str = ""
    seconds: float | None = None  # how long the fetch took (None: not fetched over http)
    stored: FeedState | None = None  # what scheduled runs remember of it (None: nothing)

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "empty")


def summarise(spec: InputSpec, records: Sequence[RawStory | Reject]) -> FeedStatus:
    """What one fetched input holds: items, bad items, the newest publication date."""
    stories = [r for r in records if isinstance(r, RawStory)]
    rejects = [r for r in records if isinstance(r, Reject)]
    dates = [d for d in (parse_published(s.published_raw) for s in stories) if d is not None]
    if not stories and rejects:  # nothing usable: the whole input is broken
        return FeedStatus(spec.source or "", spec.location, rejects[0].reason, 0, len(rejects),
                          None, rejects[0].detail)
    return FeedStatus(spec.source or "", spec.location, "ok" if stories else "empty",
                      len(stories), len(rejects), max(dates, default=None))


def check_input(spec: InputSpec, timeout_s: float, max_bytes: int,
                client: FeedFetcher | None = None) -> FeedStatus:
    """Fetch and parse one input once, as a run would (same limits, same parsers, the same
    per-host limit when ``client`` is the run's)."""
    started = time.monotonic()
    try:
        data, headers, served_from = read_location(spec.location, timeout_s=timeout_s,
                                                   max_bytes=max_bytes, client=client)
    except ReadError as err:
        return FeedStatus(spec.source or "", spec.location, err.reason, 0, 0, None, str(err),
                          _fetch_seconds(spec, started))
    seconds = _fetch_seconds(spec, started)
    if spec.format != "html" and sniff_format(data[:4096]) == "html":
        # A web page where a feed was expected (a site's home page, a login or error page):
        # a run would reject it as a malformed feed, or take it for one story.
        return FeedStatus(spec.source or "", spec.location, NOT_A_FEED, 0, 0, None,
                          "HTML page", seconds)
    fmt = spec.format if spec.format != "auto" else detect_format(spec.location, data[:4096])
    records = parse_input(data, fmt=fmt, source=spec.source or "", origin=spec.location,
                          headers=headers, base_url=served_from)
    return dataclasses.replace(summarise(spec, records), seconds=seconds)


def _fetch_seconds(spec: InputSpec, started: float) -> float | None:
    return round(time.monotonic() - started, 3) if is_http_url(spec.location) else None


def stored_feed_states(output: str) -> dict[str, FeedState]:
    """``location -> FeedState`` as the last ``--once``/``--every`` run into ``output`` left
    them; read only ({} for a fresh or remote output: scheduled runs keep state only locally).
    An unreadable state file is a warning, not a failed check."""
    if "://" in output:
        return {}
    try:
        return read_feed_states(output)
    except (OSError, ValueError, TypeError, AttributeError) as err:
        log.warning("ignoring the feed state in %s: %s", Path(output) / FEED_STATE_FILE, err)
        return {}


def check_feeds(config: Config, states: Mapping[str, FeedState] | None = None
                ) -> list[FeedStatus]:
    """Every input of the config (globs expanded, sorted as a run reads them), fetched once,
    with the run's concurrency and per-host limit, each with its stored state (``states``,
    else the one in the config's output). Writes nothing."""
    if states is None:
        states = stored_feed_states(config.run.output)
    specs = expand_inputs(InputSpec(i.location, i.format, i.source) for i in config.inputs)
    fetch = config.fetch
    client = FeedClient(max_per_host=fetch.max_per_host, max_hosts=max(64, fetch.max_concurrency))
    try:
        with concurrent.futures.ThreadPoolExecutor(fetch.max_concurrency) as pool:
            statuses = list(pool.map(lambda s: check_input(s, fetch.timeout_seconds,
                                                           fetch.max_bytes, client), specs))
    finally:
        client.close()
    return [dataclasses.replace(s, stored=states.get(s.location)) for s in statuses]


def _minute(epoch: float | None) -> str:
    if epoch is None:
        return "-"
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%d %H:%M")


def stored_health(stored: FeedState | None) -> tuple[str, str, str]:
    """Last success (UTC; ``never`` if the feed never answered), consecutive failures and the
    last poll's outcome (``failed: <reason>``) from a stored state; ``-`` without one."""
    if stored is None:
        return "-", "-", "-"
    outcome = stored.last_outcome or "-"
    if stored.last_error:
        outcome = f"{outcome}: {stored.last_error}"
    success = _minute(stored.last_success_at)
    if stored.last_success_at is None and stored.last_polled_at is not None:
        success = "never"  # polled, and it has not answered once
    return success, str(stored.failures), outcome


HEADER = ("source", "status", "items", "bad", "last item (UTC)", "seconds",
          "last success (UTC)", "failures", "last outcome", "location")


def status_text(s: FeedStatus) -> str:
    """``ok``, ``empty``, ``not a feed (HTML page)``, or ``<reason>: <detail>``."""
    if s.status == NOT_A_FEED:
        return f"not a feed ({s.detail})"
    return s.status if not s.detail else f"{s.status}: {s.detail}"


def format_statuses(statuses: Sequence[FeedStatus]) -> str:
    """A fixed-width table: source, status, items, bad items, newest item, fetch seconds, the
    stored health (last success, consecutive failures, last poll's outcome), location.

    A status longer than ``STATUS_WIDTH`` shows its reason code in the table and the whole
    status in a note below it: a reason is never cut mid-sentence."""
    rows = [HEADER]
    notes = []
    for s in statuses:
        last = s.last_item.strftime("%Y-%m-%d %H:%M") if s.last_item else "-"
        status = status_text(s)
        if len(status) > STATUS_WIDTH:
            notes.append(f"{s.source or s.location}: {status}")
            status = f"{s.status} (see below)"
        seconds = f"{s.seconds:.2f}" if s.seconds is not None else "-"
        rows.append((s.source, status, str(s.items), str(s.rejected), last, seconds,
                     *stored_health(s.stored), s.location))
    last_column = len(rows[0]) - 1
    widths = [max(len(r[i]) for r in rows) for i in range(last_column)]
    numeric = {2, 3, 5, 7}
    table = "\n".join("  ".join(
        (cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]))
        if i < last_column else cell
        for i, cell in enumerate(row)).rstrip() for row in rows)
    return table + ("\n\n" + "\n".join(notes) if notes else "")

"""`wirestream feeds import` (OPML -> inputs) and `feeds check` against a local HTTP server."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import json
import re
import threading

import pytest
import yaml

from pipeline.feedstate import FEED_STATE_FILE, FeedState
from pipeline.tools.feeds import (
    FeedStatus,
    Subscription,
    format_statuses,
    merge_into_config,
    parse_opml,
    source_id_for,
    stored_feed_states,
    unique_ids,
)
from tests.changing_feeds import FeedServer, LiveFeed
from tests.conftest import run_cli

OPML = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>my feeds</title></head><body>
  <outline text="Ports">
    <outline type="rss" text="Harbor Wire: Ports / Shipping" xmlUrl="http://127.0.0.1:1/harbor.xml"/>
    <outline type="rss" title="Harbor Wire: Ports / Shipping" xmlUrl="http://127.0.0.1:1/h2.xml"/>
  </outline>
  <outline type="rss" text="" xmlUrl="https://www.northline.example/feed?x=1#top"/>
  <outline type="rss" text="dupe" xmlUrl="http://127.0.0.1:1/harbor.xml"/>
</body></opml>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>h</title>
<item><title>One</title><description>First story.</description><guid>1</guid>
<pubDate>Wed, 25 Nov 2026 14:30:00 GMT</pubDate></item>
<item><title>Two</title><description>Second story.</description><guid>2</guid>
<pubDate>Thu, 26 Nov 2026 09:15:00 GMT</pubDate></item></channel></rss>"""
EMPTY = b'<?xml version="1.0"?><rss version="2.0"><channel><title>e</title></channel></rss>'


def test_opml_subscriptions_and_source_ids():
    subs = parse_opml(OPML, "subs.opml")
    assert subs == [
        Subscription("Harbor Wire: Ports / Shipping", "http://127.0.0.1:1/harbor.xml", "Ports"),
        Subscription("Harbor Wire: Ports / Shipping", "http://127.0.0.1:1/h2.xml", "Ports"),
        Subscription("", "https://www.northline.example/feed?x=1#top", None)]
    assert [source_id_for(s) for s in subs] == [
        "harbor-wire-ports-shipping", "harbor-wire-ports-shipping", "northline.example"]
    assert unique_ids(["a", "a", "a-2"], taken=["a"]) == ["a-2", "a-3", "a-2-2"]


def test_import_prints_inputs_yaml(tmp_path, capsys):
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    assert run_cli("feeds", "import", opml) == 0
    out = capsys.readouterr().out
    assert yaml.safe_load(out)["inputs"] == [
        {"location": "http://127.0.0.1:1/harbor.xml", "format": "rss",
         "source": "harbor-wire-ports-shipping"},
        {"location": "http://127.0.0.1:1/h2.xml", "format": "rss",
         "source": "harbor-wire-ports-shipping-2"},
        {"location": "https://www.northline.example/feed?x=1#top", "format": "rss",
         "source": "northline.example"}]
    assert "  # Harbor Wire: Ports / Shipping (folder: Ports)\n" in out


def test_merge_keeps_comments_and_existing_inputs(tmp_path, capsys):
    config = tmp_path / "my.yaml"
    original = ("# my desk\ninputs:\n    # the archive\n    - location: archive/\n"
                "      source: harbor-wire-ports-shipping\n    - location: "
                "http://127.0.0.1:1/h2.xml\n\n# where it goes\nrun:\n  output: out  # here\n")
    config.write_text(original)
    opml = tmp_path / "subs.opml"
    opml.write_bytes(OPML)
    assert run_cli("feeds", "import", opml, "--config", config) == 0
    merged = config.read_text()
    assert merged.startswith(original.split("\n\n")[0] + "\n")  # old block kept verbatim
    assert merged.endswith("\n\n# where it goes\nrun:\n  output: out  # here\n")
    assert [i["source"] for i in yaml.safe_load(merged)["inputs"][2:]] == [
        "harbor-wire-ports-shipping-2", "northline.example"]  # h2.xml was already there
    assert "added 2 feed(s)" in capsys.readouterr().err
    assert merge_into_config(merged, parse_opml(OPML, "x")) == (merged, [])


def test_bad_opml_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "subs.opml"
    bad.write_text("<html><body/></html>")
    assert run_cli("feeds", "import", bad) == 2
    assert capsys.readouterr().err == (f"wirestream: {bad} is not OPML: expected "
                                       "<opml><body>...</body></opml>, found <html>\n")


@pytest.fixture
def server():
    class Handler(http.server.BaseHTTPRequestHandler):
        pages = {"/harbor.xml": RSS, "/empty.xml": EMPTY}

        def do_GET(self):
            body = self.pages.get(self.path)
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body or b"gone")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    stop_anyway = threading.Timer(60, httpd.shutdown)  # bounded even if the test hangs
    stop_anyway.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    stop_anyway.cancel()
    httpd.shutdown()
    httpd.server_close()


def test_check_reports_status_items_and_last_date(server, tmp_path, capsys):
    config = tmp_path / "feeds.yaml"
    config.write_text(yaml.safe_dump({"inputs": [
        {"location": f"{server}/harbor.xml", "source": "harbor"},
        {"location": f"{server}/empty.xml", "source": "empty"},
        {"location": f"{server}/gone.xml", "source": "gone"}],
        "fetch": {"timeout_seconds": 5}, "run": {"output": str(tmp_path / "fresh")}}))
    assert run_cli("feeds", "check", "--config", config) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split() == ["source", "status", "items", "bad", "last", "item", "(UTC)",
                                "seconds", "last", "success", "(UTC)", "failures", "last",
                                "outcome", "location"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert rows["harbor"].split()[1:5] == ["ok", "2", "0", "2026-11-26"]
    assert rows["empty"].split()[1:4] == ["empty", "0", "0"]
    assert rows["gone"].split()[1:6] == ["http_error:", "HTTP", "404:", "Not", "Found"]
    # A fresh dataset has no stored health: "-" for last success, failures and last outcome.
    assert all(line.split()[-4:-1] == ["-", "-", "-"] for line in lines[1:])
    assert captured.err == "wirestream: 1 of 3 input(s) failed\n"
    assert not (tmp_path / "fresh").exists()


def tree(root) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def masked_check_table(printed: str, base_url: str) -> list[str]:
    """The lines `feeds check` printed, with ``base_url`` as http://feeds and each fetch time
    as s.ss: they vary (always under 10 s here, so the column keeps its width)."""
    return re.sub(r"  \d\.\d\d  ", "  s.ss  ",
                  printed.replace(base_url, "http://feeds")).splitlines()


def test_check_shows_the_health_once_runs_stored(tmp_path, capsys):
    """Two --once cycles (12:00, 12:20) over a healthy and a dead feed, then `feeds check`
    with a third feed new to the config: stored health per feed, '-' for the new one, and
    the dataset (state file included) left byte for byte as it was."""
    healthy, dead = LiveFeed("Harbor"), LiveFeed("Dead", status=404)
    healthy.publish("h1", "Ferry route reopens", "The north ferry route reopened on Monday "
                    "after repairs to the quay, ending a week of delays for commuters.",
                    dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC))
    served = {"/harbor.xml": healthy, "/dead.xml": dead, "/new.xml": LiveFeed("New")}
    out = tmp_path / "out"
    with FeedServer(served) as server:
        inputs = [{"location": server.url("/harbor.xml"), "format": "rss", "source": "harbor"},
                  {"location": server.url("/dead.xml"), "format": "rss", "source": "dead"}]
        config = tmp_path / "feeds.yaml"
        settings = {"fetch": {"timeout_seconds": 5}, "run": {"output": str(out)},
                    "entities": {"enabled": False}}
        config.write_text(json.dumps({"inputs": inputs, **settings}))
        for now in ("2026-11-28T12:00:00Z", "2026-11-28T12:20:00Z"):
            assert run_cli("run", "--config", config, "--once", "--now", now,
                           "--progress-interval", "0") == 0
        assert json.loads((out / FEED_STATE_FILE).read_text())[server.url("/dead.xml")][
            "failures"] == 2
        before = tree(out)
        capsys.readouterr()
        new = {"location": server.url("/new.xml"), "format": "rss", "source": "new"}
        config.write_text(json.dumps({"inputs": [*inputs, new], **settings}))
        assert run_cli("feeds", "check", "--config", config) == 1
        base = server.url("")

    assert tree(out) == before  # read only: nothing written, the state file included
    captured = capsys.readouterr()
    assert captured.err == "wirestream: 1 of 3 input(s) failed\n"
    assert masked_check_table(captured.out, base) == [
        "source  status                           items  bad  last item (UTC)   seconds"
        "  last success (UTC)  failures  last outcome        location",
        "dead    http_error: HTTP 404: Not Found      0    0  -                    s.ss"
        "  never                      2  failed: http_error  http://feeds/dead.xml",
        "harbor  ok                                   1    0  2026-11-28 09:00     s.ss"
        "  2026-11-28 12:20           0  not_modified        http://feeds/harbor.xml",
        "new     empty                                0    0  -                    s.ss"
        "  -                          -  -                   http://feeds/new.xml"]


def test_stored_health_columns_without_health_fields():
    """A state file from before health was stored: failures only, no times or outcome."""
    status = FeedStatus("old", "http://x/old.xml", "ok", 3, 0, None, seconds=0.5,
                        stored=FeedState(failures=0))
    assert format_statuses([status]).splitlines()[1].split() == [
        "old", "ok", "3", "0", "-", "0.50", "-", "0", "-", "http://x/old.xml"]


def test_unreadable_or_remote_state_is_no_stored_health(tmp_path, caplog):
    (tmp_path / FEED_STATE_FILE).parent.mkdir()
    (tmp_path / FEED_STATE_FILE).write_text("{not json")
    assert stored_feed_states(str(tmp_path)) == {}
    assert "ignoring the feed state in" in caplog.text
    assert stored_feed_states("s3://bucket/news") == {}


HOME_PAGE = b"<!doctype html><html><head><title>Harbor</title></head><body>news</body></html>"
ASCII_LIE = ('<?xml version="1.0" encoding="us-ascii"?><news><p>Caf\u00e9 \u2014</p></news>'
             ).encode()


def test_check_ad_hoc_urls_without_a_config(tmp_path, capsys, monkeypatch):
    """`feeds check URL...` needs no config; an HTML page is "not a feed (HTML page)"; a long
    parser message is shown whole below the table, never cut."""
    monkeypatch.chdir(tmp_path)  # no stored health from whatever ./out holds
    feed = LiveFeed("Harbor")
    feed.publish("h1", "Ferry route reopens", "The route reopened.",
                 dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = {"/": HOME_PAGE, "/world.xml": ASCII_LIE}.get(self.path) or feed.body()
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        assert run_cli("feeds", "check", f"{base}/harbor.xml", f"{base}/",
                       f"{base}/world.xml") == 1
    finally:
        httpd.shutdown()
        httpd.server_close()
    captured = capsys.readouterr()
    assert masked_check_table(captured.out, base) == [
        "source            status                      items  bad  last item (UTC)   seconds"
        "  last success (UTC)  failures  last outcome  location",
        "127.0.0.1         not a feed (HTML page)          0    0  -                    s.ss"
        "  -                          -  -             http://feeds/",
        "127.0.0.1-harbor  ok                              1    0  2026-11-28 09:00     s.ss"
        "  -                          -  -             http://feeds/harbor.xml",
        "127.0.0.1-world   malformed_feed (see below)      0    1  -                    s.ss"
        "  -                          -  -             http://feeds/world.xml",
        "",
        "127.0.0.1-world: malformed_feed: document declared as us-ascii, but parsed as utf-8"]
    assert captured.err == "wirestream: 2 of 3 input(s) failed\n"


def test_check_needs_a_config_or_urls(capsys):
    assert run_cli("feeds", "check") == 2
    assert capsys.readouterr().err == ("wirestream: config error: feeds check needs --config "
                                       "FILE or one or more URLs\n")

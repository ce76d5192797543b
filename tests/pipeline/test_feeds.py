"""`wirestream feeds import` (OPML -> inputs) and `feeds check` against a local HTTP server."""

from __future__ import annotations

import http.server
import threading

import pytest
import yaml

from pipeline.feeds import Subscription, merge_into_config, parse_opml, source_id_for, unique_ids
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
        "fetch": {"timeout_seconds": 5}}))
    assert run_cli("feeds", "check", "--config", config) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split() == ["source", "status", "items", "bad", "last", "item", "(UTC)",
                                "seconds", "location"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert rows["harbor"].split()[1:5] == ["ok", "2", "0", "2026-11-26"]
    assert rows["empty"].split()[1:4] == ["empty", "0", "0"]
    assert rows["gone"].split()[1:6] == ["http_error:", "HTTP", "404:", "Not", "Found"]
    assert captured.err == "wirestream: 1 of 3 input(s) failed\n"

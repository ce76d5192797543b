"""Ad-hoc inputs through the CLI: compressed files, a whole HTML page, and a broken feed."""

from __future__ import annotations

import gzip
import json

from tests.conftest import FIXED_NOW, query, run_cli

PAGE = """<html><head><title>Ferry line adds winter sailings | Coastline Daily</title></head>
<body><nav><a href="/">Home</a> <a href="/ports">Ports</a></nav>
<article><h1>Ferry line adds winter sailings</h1>
<p>HALIFAX (Coastline) – A ferry operator said on Tuesday it would add two weekly winter
sailings between Halifax and Saint-Pierre after bookings rose by a third.</p>
<p>“Demand has surprised us every month since spring,” chief executive Aline Coté said.</p>
<p>The extra crossings start in January and run until the end of March, the company said.</p>
</article><footer>Copyright Coastline Daily. All rights reserved.</footer></body></html>"""


def test_gz_jsonl_html_page_and_a_broken_feed_in_one_run(tmp_path):
    jsonl = tmp_path / "desk.jsonl.gz"
    jsonl.write_bytes(gzip.compress((json.dumps(
        {"title": "Port reopens", "body": "OSLO (Northline) - The port reopened on Monday.",
         "guid": "n-1", "published": "2026-11-27T10:00:00Z"}) + "\n").encode()))
    page = tmp_path / "ferry.html"
    page.write_text(PAGE)
    broken = tmp_path / "broken.xml"
    broken.write_text("this is not a feed at all")
    out = tmp_path / "out"
    assert run_cli("run", "--input", jsonl, "--input", page, "--input", broken,
                   "--output", out, "--now", FIXED_NOW, "--set", "entities.enabled=false") == 0

    rows = query(out, "SELECT source, title, CAST(date AS VARCHAR), dateline FROM articles "
                      "ORDER BY source")
    assert rows == [("desk", "Port reopens", "2026-11-27", "OSLO"),
                    ("ferry", "Ferry line adds winter sailings", "2026-11-28", "HALIFAX")]
    [(body,)] = query(out, "SELECT body FROM articles WHERE source = 'ferry'")
    assert "Home" not in body and "Copyright" not in body
    assert "“Demand has surprised us every month since spring,”" in body
    assert query(out, "SELECT stage, reason, origin, payload FROM rejects") == [
        ("read", "malformed_feed", str(broken), "this is not a feed at all")]

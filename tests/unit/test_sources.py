"""Unit tests for pipeline.sources: parsers (bytes in, records out), input expansion, reading."""

from __future__ import annotations

import bz2
import csv
import datetime as dt
import gzip
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest

from pipeline.fetching import (
    USER_AGENT,
    FetchError,
    FetchResult,
    InputTooLarge,
    ReadError,
    retry_delay,
)
from pipeline.sources import (
    InputNotFound,
    ReadInputFn,
    derive_source_id,
    detect_format,
    entity_expansion,
    expand_inputs,
    parse_feed,
    parse_html_page,
    parse_input,
    parse_jsonl,
    parse_text_story,
    read_location,
)
from transforms.identity import is_valid_source_id
from transforms.records import InputSpec, RawStory, Reject

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Harbour Desk</title>
  <link>https://wire.example.net/</link>
  <language>en-gb</language>
  <item>
    <title>Ferry operator trims winter timetable</title>
    <link>https://wire.example.net/ferry-timetable</link>
    <guid isPermaLink="false">hd-1001</guid>
    <pubDate>Tue, 05 Mar 2024 07:30:00 GMT</pubDate>
    <description>&lt;p&gt;KIEL (Harbour Desk) - Fewer crossings.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Grain barges move again on the canal</title>
    <guid>https://wire.example.net/grain-barges</guid>
    <description>Barge traffic resumed on Wednesday.</description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Nordwire</title>
  <id>urn:nordwire:feed</id>
  <updated>2024-03-05T08:00:00Z</updated>
  <entry>
    <title>Drawbridge reopens after repairs</title>
    <id>urn:nordwire:101</id>
    <link href="https://nord.example.org/drawbridge"/>
    <updated>2024-03-05T08:00:00Z</updated>
    <published>2024-03-05T07:00:00+01:00</published>
    <summary>Short.</summary>
    <content type="html">&lt;p&gt;LUEBECK (Nordwire) - The bridge reopened.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Pilots agree new rota</title>
    <id>urn:nordwire:102</id>
    <updated>2024-03-04T18:15:00Z</updated>
    <content type="text">Harbour pilots agreed a new rota, the port authority said.</content>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://valley.example.com/">
    <title>Valley Courier</title>
    <link>https://valley.example.com/</link>
    <description>Regional wire</description>
    <dc:language>fr</dc:language>
  </channel>
  <item rdf:about="https://valley.example.com/dam">
    <title>Dam inspection finds no cracks</title>
    <link>https://valley.example.com/dam</link>
    <description>Engineers finished a week-long inspection.</description>
    <dc:date>2024-02-28T09:00:00Z</dc:date>
  </item>
</rdf:RDF>
"""


# --- parse_feed --------------------------------------------------------------------------------


def test_rss_feed_gives_one_story_per_item_with_exact_fields():
    stories = parse_feed(RSS, source="harbour-desk", origin="feeds/hd.xml")

    assert stories == [
        RawStory(
            source="harbour-desk",
            origin="feeds/hd.xml#0",
            title="Ferry operator trims winter timetable",
            text="<p>KIEL (Harbour Desk) - Fewer crossings.</p>",
            is_html=True,
            feed_url="feeds/hd.xml",
            url="https://wire.example.net/ferry-timetable",
            guid="hd-1001",
            published_raw="Tue, 05 Mar 2024 07:30:00 GMT",
            language="en-gb",
        ),
        RawStory(
            source="harbour-desk",
            origin="feeds/hd.xml#1",
            title="Grain barges move again on the canal",
            text="Barge traffic resumed on Wednesday.",
            is_html=True,  # RSS descriptions are HTML by definition
            feed_url="feeds/hd.xml",
            url="https://wire.example.net/grain-barges",  # a permalink guid is the link
            guid="https://wire.example.net/grain-barges",
            published_raw=None,
            language="en-gb",
        ),
    ]


def test_atom_feed_takes_longest_content_and_its_type():
    stories = parse_feed(ATOM, source="nordwire", origin="https://nord.example.org/feed")

    assert stories == [
        RawStory(
            source="nordwire",
            origin="https://nord.example.org/feed#0",
            title="Drawbridge reopens after repairs",
            text="<p>LUEBECK (Nordwire) - The bridge reopened.</p>",
            is_html=True,
            feed_url="https://nord.example.org/feed",
            url="https://nord.example.org/drawbridge",
            guid="urn:nordwire:101",
            published_raw="2024-03-05T07:00:00+01:00",
            language="de",
        ),
        RawStory(
            source="nordwire",
            origin="https://nord.example.org/feed#1",
            title="Pilots agree new rota",
            text="Harbour pilots agreed a new rota, the port authority said.",
            is_html=False,
            feed_url="https://nord.example.org/feed",
            url=None,  # feedparser copies the urn id into "link"; that is not a URL
            guid="urn:nordwire:102",
            published_raw="2024-03-04T18:15:00Z",  # no <published>: <updated> is used
            language="de",
        ),
    ]


def test_atom_relative_links_resolve_against_the_feed_url():
    atom = ATOM.replace(b'href="https://nord.example.org/drawbridge"', b'href="/drawbridge"')

    stories = parse_feed(atom, source="nordwire", origin="https://nord.example.org/feed")

    assert stories[0].url == "https://nord.example.org/drawbridge"


def test_rdf_feed():
    stories = parse_feed(RDF, source="valley", origin="valley.rdf")

    assert stories == [
        RawStory(
            source="valley",
            origin="valley.rdf#0",
            title="Dam inspection finds no cracks",
            text="Engineers finished a week-long inspection.",
            is_html=True,
            feed_url="valley.rdf",
            url="https://valley.example.com/dam",
            guid="https://valley.example.com/dam",  # rdf:about
            published_raw="2024-02-28T09:00:00Z",
            language="fr",
        )
    ]


def test_bozo_feed_keeps_recovered_entries():
    # An undeclared HTML entity and a truncated second item: not XML, but feedparser recovers.
    broken = (
        b'<rss version="2.0"><channel><title>Desk</title>'
        b"<item><title>Rates held&nbsp;steady</title><description>Unchanged.</description></item>"
        b"<item><title>Second item</title><description>Cut off mid"
    )
    assert feedparser.parse(io.BytesIO(broken)).bozo

    records = parse_feed(broken, source="desk", origin="b.xml")

    assert [(r.origin, r.title, r.text) for r in records] == [
        ("b.xml#0", "Rates held\u00a0steady", "Unchanged."),
        ("b.xml#1", "Second item", ""),  # the unclosed description is lost
    ]


def test_garbage_bytes_are_one_malformed_feed_reject():
    data = b"\x89PNG\r\n\x1a\n\x00\x00garbage"

    records = parse_feed(data, source="desk", origin="x.xml")

    assert len(records) == 1
    reject = records[0]
    assert (reject.stage, reject.reason, reject.origin, reject.source) == (
        "read",
        "malformed_feed",
        "x.xml",
        "desk",
    )
    assert "not well-formed" in reject.detail
    assert reject.payload == data.decode("utf-8", "replace")


def test_well_formed_html_page_is_not_a_feed():
    records = parse_feed(b"<html><body><p>Hello</p></body></html>", source="s", origin="p.xml")

    assert [(r.reason, r.detail) for r in records] == [
        ("malformed_feed", "not an RSS, Atom or RDF feed")
    ]


def test_empty_feed_is_no_records_not_a_reject():
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'

    assert parse_feed(data, source="quiet", origin="q.xml") == []


def test_entry_without_title_or_text_is_still_a_story():
    data = b'<rss version="2.0"><channel><item><guid>hd-7</guid></item></channel></rss>'

    records = parse_feed(data, source="desk", origin="e.xml")

    assert [(r.origin, r.title, r.text, r.guid) for r in records] == [("e.xml#0", "", "", "hd-7")]


def test_entity_expansion_counts_nested_and_cyclic_entities():
    nested = b'<!DOCTYPE r [<!ENTITY a "xy"><!ENTITY b "&a;&a;z">]><r>&b;&b;&a;&undeclared;</r>'
    cyclic = b'<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><r>&a;</r>'

    # &b; twice (5 each), &a; once (2), and an upper bound's share: the two &a; inside b's value.
    assert entity_expansion(nested) == 5 + 5 + 2 + 2 * 2
    assert entity_expansion(cyclic) == float("inf")
    assert entity_expansion(RSS) == 0


def test_json_feed_is_one_story_per_item():
    data = json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "language": "en",
        "items": [
            {"id": 7, "title": "Dock strike ends", "content_html": "<p>Cranes move.</p>",
             "url": "https://wire.example/7", "date_published": "2026-11-27T08:00:00Z"},
            {"id": "8", "content_text": "Fog delays the ferry."},
            "not an item",
        ],
    }).encode()

    records = parse_jsonl(data, source="desk", origin="f.json")

    assert records[:2] == [
        RawStory(source="desk", origin="f.json#0", title="Dock strike ends",
                 text="<p>Cranes move.</p>", is_html=True, feed_url="f.json",
                 url="https://wire.example/7", guid="7",
                 published_raw="2026-11-27T08:00:00Z", language="en"),
        RawStory(source="desk", origin="f.json#1", title="", text="Fog delays the ferry.",
                 feed_url="f.json", guid="8", language="en"),
    ]
    assert (records[2].reason, records[2].origin) == ("not_an_object", "f.json#2")


@pytest.mark.parametrize(("attempt", "retry_after", "delay"), [
    (1, None, 0.5),
    (2, None, 1.0),
    (3, None, None),  # retries spent
    (1, "3", 3.0),
    (2, "0", 1.0),  # a shorter Retry-After does not shorten the backoff
    (1, "3600", None),  # longer than a run waits: the next scheduled run retries
    (1, "Sat, 28 Nov 2026 12:00:04 GMT", 4.0),
    (1, "soon", 0.5),  # unusable: our own backoff
])
def test_retry_delay(attempt, retry_after, delay):
    now = dt.datetime(2026, 11, 28, 12, 0, 0, tzinfo=dt.UTC)

    assert retry_delay(attempt, retry_after, now) == delay


def test_feed_bytes_naming_a_file_are_parsed_not_opened(tmp_path):
    # feedparser.parse(bytes) opens a file of that name; a fetched body must never do that.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)

    records = parse_feed(str(secret).encode(), source="s", origin="u.xml")

    assert [r.reason for r in records] == ["malformed_feed"]


def test_http_content_type_charset_decides_the_encoding():
    data = '<rss version="2.0"><channel><item><title>Café reopens</title></item></channel></rss>'

    records = parse_feed(
        data.encode("latin-1"),
        source="s",
        origin="l.xml",
        headers={"Content-Type": "text/xml; charset=iso-8859-1"},
    )

    assert [r.title for r in records] == ["Café reopens"]


# --- text and JSONL ----------------------------------------------------------------------------


def test_text_story_first_line_is_title():
    data = b"\n  Canal tolls rise 3%  \r\n\r\nUTRECHT - Tolls rise.\r\nShippers object.\r\n\r\n"

    assert parse_text_story(data, source="canal", origin="t/canal.txt") == [
        RawStory(
            source="canal",
            origin="t/canal.txt",
            title="Canal tolls rise 3%",
            text="UTRECHT - Tolls rise.\nShippers object.",
        )
    ]


def test_text_story_decodes_bom_and_cp1252():
    bom = parse_text_story(b"\xef\xbb\xbfTitle\nBody", source="s", origin="a.txt")
    cp1252 = parse_text_story(
        "Zürich \u2013 quay\nBody".encode("cp1252"), source="s", origin="b.txt"
    )

    assert [r.title for r in bom + cp1252] == ["Title", "Zürich \u2013 quay"]


def test_blank_and_binary_text_files_are_rejected():
    blank = parse_text_story(b" \n\t\n", source="s", origin="blank.txt")
    binary = parse_text_story(b"\x00\x01\x02PK", source="s", origin="bin.txt")

    assert [(r.reason, r.origin) for r in blank + binary] == [
        ("empty_story", "blank.txt"),
        ("undecodable_text", "bin.txt"),
    ]


def test_jsonl_lines_become_stories_or_rejects_with_line_origins():
    data = (
        b'{"title": "Quay wall repaired", "body": "ROSTOCK - Work ended.", "desk": "ignored",'
        b' "url": "https://r.example/q", "guid": "rq-1", "published": "2024-03-01T10:00:00Z",'
        b' "language": "de"}\n'
        b'{"title": "Broken line", \n'
        b"[1, 2]\n"
        b"\n"
        b'{"title": "", "text": "   "}\n'
        b'{"title": "Crane order", "text": "Two cranes.", "id": 42, "published": 1709287200,'
        b' "source": "crane-desk"}\n'
        b'{"title": "Bad source", "source": "../etc"}\n'
        b'{"title": ["not", "a", "string"]}\n'
    )

    records = parse_jsonl(data, source="export", origin="in/export.jsonl")

    assert records[0] == RawStory(
        source="export",
        origin="in/export.jsonl:1",
        title="Quay wall repaired",
        text="ROSTOCK - Work ended.",
        url="https://r.example/q",
        guid="rq-1",
        published_raw="2024-03-01T10:00:00Z",
        language="de",
    )
    assert records[4] == RawStory(
        source="crane-desk",
        origin="in/export.jsonl:6",
        title="Crane order",
        text="Two cranes.",
        guid="42",
        published_raw="1709287200",
    )
    rejects = [r for r in records if isinstance(r, Reject)]
    assert [(r.reason, r.origin) for r in rejects] == [
        ("malformed_json", "in/export.jsonl:2"),
        ("not_an_object", "in/export.jsonl:3"),
        ("empty_story", "in/export.jsonl:5"),
        ("invalid_source", "in/export.jsonl:7"),
        ("invalid_field", "in/export.jsonl:8"),
    ]
    assert rejects[0].payload == '{"title": "Broken line", '
    assert rejects[0].detail.startswith("Expecting")
    assert all(r.stage == "read" and r.source == "export" for r in rejects)


# --- HTML --------------------------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><title>Port strike ends | Example Wire</title>
<meta property="og:url" content="https://wire.example.org/port-strike">
<meta property="article:published_time" content="2024-03-05T09:12:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Port workers end three-day strike</h1>
<p>HAMBURG, March 5 (Example Wire) - Dock workers at the northern port returned to work on
Tuesday after unions and employers agreed a new wage deal, ending a three-day strike that had
idled dozens of container ships at anchor.</p>
<p>The agreement raises hourly pay by four percent this year and a further three percent next
year, a union spokeswoman said, adding that members would vote on the deal next week.</p>
</article><footer>Copyright Example Wire. All rights reserved.</footer></body></html>"""


def test_html_page_main_text_and_metadata():
    [story] = parse_html_page(PAGE, source="example-wire", origin="pages/strike.html")

    assert story.origin == "pages/strike.html"
    assert story.title == "Port workers end three-day strike"
    assert story.url == "https://wire.example.org/port-strike"
    assert story.published_raw == "2024-03-05"
    assert story.is_html is False
    paragraphs = story.text.split("\n")
    assert paragraphs[-2].startswith("HAMBURG, March 5 (Example Wire) - Dock workers")
    assert paragraphs[-1].endswith("members would vote on the deal next week.")
    assert "Copyright" not in story.text and "Home" not in story.text


def test_html_page_without_article_is_rejected():
    [reject] = parse_html_page(b"<html><body></body></html>", source="s", origin="e.html")

    assert (reject.reason, reject.origin) == ("no_article_found", "e.html")


def test_parse_input_dispatches_and_rejects_unknown_format():
    assert parse_input(b"T\nB", fmt="text", source="s", origin="o") == [
        RawStory(source="s", origin="o", title="T", text="B")
    ]
    with pytest.raises(ValueError, match="unknown input format 'csv'"):
        parse_input(b"", fmt="csv", source="s", origin="o")


# --- ids and formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("feeds/Reuters World.xml", "reuters-world"),
        ("https://www.example.com/rss", "example.com-rss"),
        ("https://example.com/", "example.com"),
        ("https://example.com/rss/world", "example.com-rss-world"),
        ("http://127.0.0.1:8123/harbor.xml", "127.0.0.1-harbor"),
        ("http://127.0.0.1:8123/ports.rss.gz", "127.0.0.1-ports"),
        ("https://www.northline.example/feed.php?cat=World#top",
         "northline.example-feed-php-cat-world"),
        ("http://user:pw@Feeds.Example.ORG:8080/a/b.xml", "feeds.example.org-a-b"),
        ("https://example.com/../../etc/passwd", "example.com-etc-passwd"),
        ("https://example.com/" + "section/" * 20 + "feed.xml",
         "example.com-section-section-section-section-section-sec-87aa48c1"),
        ("samples/feeds/harbor-wire.rss.xml", "harbor-wire"),
        ("archive/Agence Française.jsonl.gz", "agence-francaise"),
        ("../../etc/passwd", "passwd"),
        ("../..", "unknown"),
        ("..", "unknown"),
        ("C:\\feeds\\Desk..Two.txt", "desk.two"),
        ("/data/.hidden.xml", "hidden"),
        ("", "unknown"),
        ("dir/x" * 40, "x"),
        ("feeds/" + "a" * 100 + ".xml", "a" * 64),
        # Readers would read these as numbers or dates: prefixed, so they stay text.
        ("archive/1987.jsonl", "src-1987"),
        ("feeds/0042.xml", "src-0042"),
        ("daily/2026-11-24.txt", "src-2026-11-24"),
        ("http://1987/", "src-1987"),
        ("https://example.com/2024", "example.com-2024"),
        ("feeds/" + "1" * 100 + ".xml", "src-" + "1" * 60),
    ],
)
def test_derive_source_id(location, expected):
    assert derive_source_id(location) == expected
    assert is_valid_source_id(expected)


@pytest.mark.parametrize("value", ["1987", "0042", "00", "20240101", "1.5", "12.", "1e5", "1e-5",
                                   "1.5e3", "1d", "1f", "0x10", "0b101", "2024-01-01", "true",
                                   "false", "inf", "infinity", "epoch"])
def test_source_ids_that_readers_would_not_read_as_text_are_refused(value):
    assert not is_valid_source_id(value)
    assert is_valid_source_id(f"src-{value}")


@pytest.mark.parametrize("value", ["nan", "null", "127.0.0.1", "127.0.0.1-harbor", "2024-01",
                                   "1_000", "0o17", "e5", "harbor-wire", "1987-archive"])
def test_source_ids_every_reader_reads_as_text_are_kept(value):
    assert is_valid_source_id(value)


def test_is_valid_source_id_rejects_path_tricks():
    assert [is_valid_source_id(v) for v in ("ok-1.b_c", "a..b", "../x", "A", "-a", "a/b", "")] == [
        True,
        False,
        False,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("location", "head", "expected"),
    [
        ("a.xml", b"", "rss"),
        ("a.RSS.gz", b"", "rss"),
        ("a.atom.bz2", b"", "rss"),
        ("a.rdf", b"", "rss"),
        ("a.txt", b"<rss>", "text"),  # the extension wins over content
        ("a.ndjson", b"", "jsonl"),
        ("a.jsonl.gz", b"", "jsonl"),
        ("a.htm", b"", "html"),
        ("https://x.example/news.html?page=2", b"", "html"),
        (
            "https://x.example/feed",
            b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">',
            "rss",
        ),
        ("noext", b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "rss"),
        ("noext", '<?xml version="1.0"?><rdf:RDF>'.encode("utf-16"), "rss"),
        ("noext", b"<!DOCTYPE rss PUBLIC '-//Netscape'>\n<rss>", "rss"),
        ("noext", b"<!doctype html><html><body>", "html"),
        ("noext", b"  <div>fragment</div>", "html"),
        ("noext", b'{"title": "x"}\n{"title": "y"}', "jsonl"),
        ("noext", b"HEADLINE\nbody", "text"),
        ("noext", b"", "text"),
    ],
)
def test_detect_format(location, head, expected):
    assert detect_format(location, head) == expected


# --- expand_inputs -----------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in (
        "feeds/a.xml",
        "feeds/b.xml",
        "feeds/notes.txt",
        "feeds/.draft.xml",
        "feeds/sub/c.xml",
        "feeds/.cache/d.xml",
        "text/one.txt",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return tmp_path


def test_expand_inputs_glob_directory_file_and_url(tree):
    specs = [
        InputSpec(f"{tree}/feeds/*.xml"),
        InputSpec(f"{tree}/feeds", format="rss", source="desk"),
        InputSpec(f"{tree}/text/one.txt"),
        InputSpec("https://www.example.com/rss"),
    ]

    assert expand_inputs(specs) == [
        InputSpec(f"{tree}/feeds/a.xml", "auto", "a"),
        InputSpec(f"{tree}/feeds/a.xml", "rss", "desk"),
        InputSpec(f"{tree}/feeds/b.xml", "auto", "b"),
        InputSpec(f"{tree}/feeds/b.xml", "rss", "desk"),
        InputSpec(f"{tree}/feeds/notes.txt", "rss", "desk"),
        InputSpec(f"{tree}/feeds/sub/c.xml", "rss", "desk"),
        InputSpec(f"{tree}/text/one.txt", "auto", "one"),
        InputSpec("https://www.example.com/rss", "auto", "example.com-rss"),
    ]


def test_expand_inputs_recursive_glob_skips_hidden(tree):
    assert [s.location for s in expand_inputs([InputSpec(f"{tree}/**")])] == [
        f"{tree}/feeds/a.xml",
        f"{tree}/feeds/b.xml",
        f"{tree}/feeds/notes.txt",
        f"{tree}/feeds/sub/c.xml",
        f"{tree}/text/one.txt",
    ]


def test_expand_inputs_directory_with_trailing_slash_is_read_whole(tree):
    # Beam matches "dir/" as the files directly in it; a directory means every file below it.
    assert [s.location for s in expand_inputs([InputSpec(f"{tree}/feeds/")])] == [
        f"{tree}/feeds/a.xml",
        f"{tree}/feeds/b.xml",
        f"{tree}/feeds/notes.txt",
        f"{tree}/feeds/sub/c.xml",
    ]


def test_expand_inputs_repeats_collapse(tree):
    spec = InputSpec(f"{tree}/text/one.txt", source="t")

    assert expand_inputs([spec, spec]) == [spec]


@pytest.mark.parametrize("pattern", ["feeds/*.json", "missing.xml", "empty-dir"])
def test_expand_inputs_no_match_names_the_pattern(tree, pattern):
    (tree / "empty-dir").mkdir()
    location = f"{tree}/{pattern}"

    with pytest.raises(InputNotFound) as raised:
        expand_inputs([InputSpec(location)])

    assert str(raised.value) == f"no input matched {location!r}: check the path or quote the glob"


# --- read_location -----------------------------------------------------------------------------


@pytest.mark.parametrize(("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress)])
def test_read_location_decompresses_files(tmp_path, suffix, compress):
    path = tmp_path / f"story.txt{suffix}"
    path.write_bytes(compress(b"Title\nBody text"))

    assert read_location(str(path), timeout_s=5, max_bytes=100) == FetchResult(
        b"Title\nBody text", {}, str(path))


def test_read_location_file_limits_are_on_decompressed_size(tmp_path):
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 1000))  # ~30 bytes on disk

    with pytest.raises(InputTooLarge):
        read_location(str(path), timeout_s=5, max_bytes=999)
    assert len(read_location(str(path), timeout_s=5, max_bytes=1000)[0]) == 1000


def test_read_location_missing_and_corrupt_files_raise_read_error(tmp_path):
    corrupt = tmp_path / "bad.xml.gz"
    corrupt.write_bytes(b"not gzip at all")

    for location in (str(tmp_path / "missing.xml"), str(corrupt)):
        with pytest.raises(ReadError) as raised:
            read_location(location, timeout_s=5, max_bytes=100)
        assert raised.value.reason == "unreadable_file"


BODY = b"<rss version='2.0'><channel><item><title>Served</title></item></channel></rss>"


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        body = BODY * 10 if self.path in ("/big", "/gzip") else BODY
        gzipped = self.path == "/gzip" and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen_agents = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_read_location_http_ok(server):
    data, headers, served_from = read_location(f"{server}/feed", timeout_s=5, max_bytes=len(BODY))

    assert data == BODY
    assert served_from == f"{server}/feed"
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert _Handler.seen_agents == [USER_AGENT]
    assert USER_AGENT.startswith("wirestream/")


def test_read_location_http_gzip_is_decoded(server):
    data, headers, _ = read_location(f"{server}/gzip", timeout_s=5, max_bytes=len(BODY) * 10)

    assert data == BODY * 10
    assert "content-encoding" not in headers


def test_read_location_http_size_limit(server):
    with pytest.raises(InputTooLarge):
        read_location(f"{server}/big", timeout_s=5, max_bytes=len(BODY) * 10 - 1)


def test_read_location_http_error_is_fetch_error(server):
    with pytest.raises(FetchError, match="404"):
        read_location(f"{server}/missing", timeout_s=5, max_bytes=1000)


# --- real data: feedparser's own test feeds ----------------------------------------------------


def test_feedparser_suite_feeds_all_end_as_stories_or_rejects():
    root = SHARED / "corpora" / "feedparser-tests"
    if not (root / "INDEX.csv").is_file():
        pytest.skip(f"shared corpus not present at {root} (it lives beside the repository)")
    with open(root / "INDEX.csv", newline="", encoding="utf-8") as index:
        rows = [
            row
            for row in csv.DictReader(index)
            if row["path"].endswith(".xml") and row["expected_bozo"] == "False"
        ]
    assert len(rows) > 1500  # the well-formed and encoding suites are there

    produced = 0
    for row in rows:
        data = (root / row["path"]).read_bytes()
        # HTTP cases carry one "Name:value" header that feedparser's tests serve with the file.
        name, _, value = row["http_headers"].partition(":")
        headers = {name.strip().lower(): value.strip()} if row["http_headers"] else {}

        records = parse_feed(data, source="fp", origin=row["path"], headers=headers)

        entries = feedparser.parse(io.BytesIO(data), response_headers=headers).entries
        assert all(isinstance(r, RawStory) for r in records), row["path"]
        assert len(records) == len(entries), row["path"]
        produced += len(records)
    assert produced > 1000


def test_read_input_fn_turns_read_errors_into_rejects(tmp_path, server):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Title\nA body longer than ten bytes")
    read = ReadInputFn(timeout_s=5, max_bytes=10)

    outputs = [
        *read.process(InputSpec(str(big), source="big")),
        *read.process(InputSpec(f"{server}/missing", source="web")),
    ]

    assert [(o.tag, o.value.reason, o.value.origin, o.value.source) for o in outputs] == [
        ("rejects", "input_too_large", str(big), "big"),
        ("rejects", "http_error", f"{server}/missing", "web"),
    ]
    assert outputs[1].value.detail == "HTTP 404: Not Found"
    assert all(o.value.payload == "" and o.value.stage == "read" for o in outputs)

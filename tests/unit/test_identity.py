import datetime as dt

from transforms.identity import (
    article_id,
    canonical_url,
    content_hash,
    digest,
    effective_published,
    parse_published,
)

NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)


def test_canonical_url_drops_tracking_fragment_and_case():
    assert canonical_url("HTTPS://Wire.Example/a/b?utm_source=rss&z=1&a=2#top") == (
        "https://wire.example/a/b?a=2&z=1")
    assert canonical_url("mailto:desk@wire.example") is None
    assert canonical_url("  ") is None


def test_article_id_prefers_url_then_namespaced_guid_then_raw_content():
    by_url = article_id("a", "https://wire.example/x?utm_medium=feed", "g1", "T", "B", "f#0")
    assert by_url == article_id("b", "https://WIRE.example/x", "other", "T2", "B2", "g#1")
    assert (article_id("a", None, "1234", "T", "B", "f#0")
            != article_id("b", None, "1234", "T", "B", "f#0"))
    assert article_id("a", None, None, "T", "B", "f#0") == article_id("b", "", " ", "T", "B", "g#1")
    assert (article_id("a", None, None, "T", "B", "f#0")
            != article_id("a", None, None, "T", "B2", "f#0"))


def test_article_id_of_an_item_with_nothing_to_hash_is_its_origin():
    # Hashing empty content would make every such item of every feed one article.
    assert article_id("a", None, None, "", " ", "f.xml#0") != article_id("a", None, None, "", "",
                                                                         "g.xml#0")
    assert article_id("a", None, None, "", "", "f.xml#0") == article_id("b", None, " ", "\n", "",
                                                                        "f.xml#0")


def test_content_hash_ignores_whitespace_and_case_only():
    assert content_hash("Port  closed.\n\nShips wait.") == content_hash("port closed. ships wait.")
    assert content_hash("Port closed.") != content_hash("Port opened.")


def test_parse_published_forms():
    assert parse_published("Tue, 24 Nov 2026 08:30:00 GMT") == dt.datetime(
        2026, 11, 24, 8, 30, tzinfo=dt.UTC)
    assert parse_published("2026-11-25T08:30:00+01:00") == dt.datetime(
        2026, 11, 25, 7, 30, tzinfo=dt.UTC)
    assert parse_published("2026-11-25") == dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    assert parse_published("not a date") is None
    assert parse_published(None) is None


def test_effective_published_falls_back_and_clamps():
    assert effective_published(None, NOW) == NOW
    assert effective_published("2027-03-01T09:00:00+01:00", NOW) == NOW
    assert effective_published("2026-11-01T00:00:00Z", NOW) == dt.datetime(
        2026, 11, 1, tzinfo=dt.UTC)


def test_digest_parts_cannot_be_shifted_into_each_other():
    assert digest("a\x1f", "b") != digest("a", "\x1fb")
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("ab", "c") == digest("ab", "c")

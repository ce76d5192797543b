"""Sources: turn input locations (feeds, text, JSONL, HTML pages; files, globs, URLs) into records.

* ``sniff``: which format an input is (extension, else its first bytes).
* ``xml_safety``: the feed parser's defences (entity expansion bombs, non-character references).
* ``parsers``: pure parsers, bytes in, ``RawStory``/``Reject`` out (``REJECT_REASONS``).
* ``inputs``: globs and directories expanded into inputs with source ids; reading one input
  (files through Beam's FileSystems, URLs through a ``pipeline.fetching.FeedFetcher``).
* ``read``: ``ReadStories``, the pipeline step that reads and parses expanded inputs.

Nothing read is dropped silently: what cannot become a story becomes a ``Reject`` with a
reason code. The names below are the package's interface; import them from here.
"""

from pipeline.sources.inputs import (
    InputNotFound,
    derive_source_id,
    expand_inputs,
    host_source_id,
    read_location,
)
from pipeline.sources.parsers import (
    REJECT_REASONS,
    parse_feed,
    parse_html_page,
    parse_input,
    parse_jsonl,
    parse_text_story,
)
from pipeline.sources.read import (
    ReadInputFn,
    ReadStories,
    parse_location,
    read_reject,
)
from pipeline.sources.sniff import FORMAT_BY_EXTENSION, FORMATS, detect_format, sniff_format
from pipeline.sources.xml_safety import entity_expansion

__all__ = [
    "FORMATS",
    "FORMAT_BY_EXTENSION",
    "REJECT_REASONS",
    "InputNotFound",
    "ReadInputFn",
    "ReadStories",
    "derive_source_id",
    "detect_format",
    "entity_expansion",
    "expand_inputs",
    "host_source_id",
    "parse_feed",
    "parse_html_page",
    "parse_input",
    "parse_jsonl",
    "parse_location",
    "parse_text_story",
    "read_location",
    "read_reject",
    "sniff_format",
]

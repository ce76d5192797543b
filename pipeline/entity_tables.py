"""The entity stage's tables, read by the launcher before the graph is built: alias tables
and patterns.

``transforms`` does no I/O: the tables are read and checked here, once, before the pipeline
starts (a bad table is a config error naming the key), and handed to ``ExtractEntities`` as
plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import yaml
from apache_beam.io.filesystems import FileSystems

from pipeline.config import Config, ConfigError
from transforms.entities import InvalidEntityConfig, alias_index, parse_patterns

BUILTIN = "builtin"
BUILTIN_ALIASES = Path(__file__).resolve().parent / "data" / "aliases.yaml"


def _read_text(location: str, key: str) -> str:
    try:
        with FileSystems.open(location) as f:
            return f.read().decode("utf-8")
    except Exception as err:  # OSError, a decoding error, or Beam's wrapped file system errors
        raise ConfigError(f"{key}: cannot read {location!r} ({err})") from None


def load_aliases(tables: Sequence[str], key: str = "entities.aliases") -> dict[str, str]:
    """The alias tables named in ``tables`` (``builtin`` is the shipped one, anything else a
    path or URL of a YAML table) as one index, casefolded form -> canonical name. A later
    table's forms win over an earlier one's, so a table of your own can re-home a built-in form.
    """
    index: dict[str, str] = {}
    for n, table in enumerate(tables):
        location = str(BUILTIN_ALIASES) if table == BUILTIN else table
        try:
            data = yaml.safe_load(_read_text(location, f"{key}[{n}]")) or {}
            index.update(alias_index(data))
        except (yaml.YAMLError, InvalidEntityConfig) as err:
            raise ConfigError(f"{key}[{n}]: {table!r}: {err}") from None
    return index


def load_patterns(location: str | None, key: str = "entities.patterns") -> list[dict]:
    """The JSONL ``entity_ruler`` patterns at ``location`` (none when None)."""
    if not location:
        return []
    try:
        return parse_patterns(_read_text(location, key).splitlines())
    except InvalidEntityConfig as err:
        raise ConfigError(f"{key}: {location!r}: {err}") from None


class EntityTables(NamedTuple):
    """What ``ExtractEntities`` is given: the alias index and the ``entity_ruler`` patterns."""

    aliases: dict[str, str]
    patterns: list[dict]


def load_entity_tables(config: Config) -> EntityTables:
    """The tables ``config`` names, read once by the launcher (none when entities are off)."""
    if not config.entities.enabled:
        return EntityTables({}, [])
    return EntityTables(load_aliases(config.entities.aliases or ()),
                        load_patterns(config.entities.patterns))

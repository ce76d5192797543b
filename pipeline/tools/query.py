"""DuckDB over an output dataset: the three tables as views, results as a table, CSV or JSON."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import io
import json
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from pipeline import commit, layout
from pipeline.storage import Location, locate
from pipeline.tools import ToolError

# Table -> the column that tells its rows apart besides ``date``: a column of articles and
# entities (layout v2), the partition below ``date=`` of rejects.
TABLES = {"articles": "source", "entities": "source", "rejects": "stage"}
# One row per story, as the README shows it (DuckDB and Spark SQL alike): each article's latest
# version; not an exact copy of another (``duplicate_of``); of near-copies sharing a
# ``cluster_id`` (an "UPDATE 1", a syndicated rewrite) the latest published.
ARTICLES_CURRENT_SQL = """\
SELECT * EXCEPT (version_rank, story_rank)
FROM (SELECT *, row_number() OVER (PARTITION BY coalesce(cluster_id, article_id)
                                   ORDER BY published_at DESC, article_id DESC) AS story_rank
      FROM (SELECT *, row_number() OVER (PARTITION BY article_id
                                         ORDER BY version DESC) AS version_rank
            FROM articles)
      WHERE version_rank = 1 AND duplicate_of IS NULL)
WHERE story_rank = 1
"""
FORMATS = ("table", "csv", "json")
# Wide enough for the README questions when piped; a terminal uses its own width.
PIPE_WIDTH = 160


class QueryError(ToolError):
    """The SQL or the dataset cannot be queried; the message says what to fix."""


def has_dataset(output: str) -> bool:
    """Whether ``output`` looks like a wirestream dataset (remote URIs are taken on trust)."""
    if "://" in output:
        return True
    root = Path(output)
    return any((root / name).is_dir() for name in (*TABLES, "_runs"))


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scan_sql(files: str | Sequence[str], partition_types: dict[str, str]) -> str:
    """``read_parquet`` over a glob or a list of files: Hive partitions typed (``date`` DATE,
    the others as given, so source ``2024`` stays text); columns matched by name, so files of
    an older schema version read with nulls in new ones."""
    paths = _sql_text(files) if isinstance(files, str) else (
        "[" + ", ".join(map(_sql_text, files)) + "]")
    types = ", ".join(f"'{k}': {v}" for k, v in {"date": "DATE", **partition_types}.items())
    return (f"SELECT * FROM read_parquet({paths}, hive_partitioning = true, "
            f"union_by_name = true, hive_types = {{{types}}})")


def view_sql(location: Location, table: str, files: Sequence[str], hidden: set[str]) -> str:
    """The view of one table over its ``files`` (relative paths; none ``hidden``).

    Layout v2 files and any layout v1 files (``date=/source=``: a dataset written before v2,
    or one ``wirestream compact`` is migrating) are read by one scan each, ``source`` from the
    file or from the path, and unioned by name: the same rows either way. Each scan is a glob
    over its layout's directories, or, while a commit is pending, the list of files it may see.
    """
    scans = []
    for v1, pattern, partition_types in _layouts(table):
        members = [f for f in files if layout.is_v1_path(f) == v1]
        if not members:
            continue
        if any(layout.is_v1_path(f) == v1 for f in hidden):
            scan = scan_sql([location.uri_of(f) for f in members], partition_types)
        else:
            scan = scan_sql(location.uri_of(f"{table}/{pattern}"), partition_types)
        # v1 files: source where a v2 file has it, so SELECT * has one column order.
        scans.append(scan.replace("SELECT *", f"SELECT {V1_COLUMNS}", 1) if v1 else scan)
    return f"CREATE VIEW {table} AS " + "\nUNION ALL BY NAME ".join(scans)


V1_COLUMNS = "article_id, version, source, * EXCLUDE (article_id, version, source)"


def _layouts(table: str) -> list[tuple[bool, str, dict[str, str]]]:
    """(whether layout v1, glob below the table, partition types below ``date=``) of each
    layout the table may have files in."""
    if table in layout.SOURCE_COLUMN_TABLES:
        return [(False, "date=*/*.parquet", {}),
                (True, "date=*/source=*/*.parquet", {"source": "VARCHAR"})]
    return [(False, f"date=*/{TABLES[table]}=*/*.parquet", {TABLES[table]: "VARCHAR"})]


def connect(output: str) -> Any:
    """A DuckDB connection with views ``articles``, ``entities``, ``rejects`` over ``output``,
    and ``articles_current`` (one row per story) over ``articles``.

    ``date`` is a DATE, ``source`` and ``stage`` VARCHAR. A table with no files yet (a run
    without rejects) is an empty view with the full schema, so the same SQL works on every
    dataset. No row shows twice while a compaction or reprocess is committing
    (``commit.listing_for_readers``).
    """
    import duckdb

    location = locate(output)
    con = duckdb.connect()
    for table in TABLES:
        files, hidden = commit.listing_for_readers(location, table)
        if files:
            con.execute(view_sql(location, table, files, hidden))
        else:
            _create_empty_view(con, table)
    con.execute(f"CREATE VIEW articles_current AS {ARTICLES_CURRENT_SQL}")
    return con


def _create_empty_view(con: Any, table: str) -> None:
    # Imported only here: pipeline.sinks pulls in Beam (seconds), which queries otherwise skip.
    from pipeline import sinks

    schema = {"articles": sinks.ARTICLES_SCHEMA, "entities": sinks.ENTITIES_SCHEMA,
              "rejects": sinks.REJECTS_SCHEMA}[table]
    con.register(f"_empty_{table}", schema.empty_table())
    partition_columns = "".join(f", NULL::VARCHAR AS {column}" for column in [TABLES[table]]
                                if column not in schema.names)
    con.execute(f"CREATE VIEW {table} AS SELECT *, NULL::DATE AS date{partition_columns} "
                f"FROM _empty_{table}")


def open_dataset(output: str) -> Any:
    """``connect``, refusing a directory that holds no wirestream output (a mistyped path)."""
    if not has_dataset(output):
        raise QueryError(f"{output!r} holds no wirestream output (no articles/, entities/, "
                         "rejects/ or _runs/): check --output, or run the pipeline first")
    return connect(output)


def statements(con: Any, sql: str) -> list[str]:
    """The statements of a script, each as SQL text; a syntax error names the problem."""
    import duckdb

    try:
        return [str(s.query) for s in con.extract_statements(sql)]
    except duckdb.Error as err:
        raise QueryError(str(err)) from None


def execute(con: Any, sql: str) -> tuple[list[str], list[tuple]] | None:
    """Run one statement; its column names and rows, or None when it returns no result set."""
    import duckdb

    try:
        cursor = con.execute(sql)
    except duckdb.Error as err:
        raise QueryError(str(err)) from None
    if cursor.description is None:
        return None
    return [d[0] for d in cursor.description], cursor.fetchall()


def format_result(con: Any, sql: str, fmt: str, width: int) -> str:
    """One statement's result as ``fmt`` (table, csv or json); "" when it returns nothing."""
    if fmt == "table":
        import duckdb

        try:
            relation = con.sql(sql)
        except duckdb.Error as err:
            raise QueryError(str(err)) from None
        if relation is None:
            return ""
        buffer = io.StringIO()
        # DuckDB's own renderer: the boxes analysts know from its shell.
        with contextlib.redirect_stdout(buffer):
            relation.show(max_width=width, max_rows=10_000)
        return buffer.getvalue().rstrip("\n")
    result = execute(con, sql)
    if result is None:
        return ""
    columns, rows = result
    return to_csv(columns, rows) if fmt == "csv" else to_json(columns, rows)


def to_csv(columns: list[str], rows: list[tuple]) -> str:
    """RFC 4180 CSV with a header; lists and structs as JSON so a cell stays one cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else v if isinstance(v, (str, int, float))
                         else _csv_cell(v) for v in row])
    return buffer.getvalue().rstrip("\n")


def _csv_cell(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=_json_value, ensure_ascii=False)
    return str(_json_value(value))


def to_json(columns: list[str], rows: list[tuple]) -> str:
    """A JSON array of objects (DuckDB's ``.mode json``); dates and timestamps as ISO 8601."""
    return json.dumps([dict(zip(columns, row, strict=True)) for row in rows],
                      default=_json_value, ensure_ascii=False)


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def run_query(output: str, sql: str, fmt: str = "table", width: int = PIPE_WIDTH) -> str:
    """Run every statement of ``sql`` over ``output``; the results, one after the other."""
    con = open_dataset(output)
    results = (format_result(con, s, fmt, width) for s in statements(con, sql))
    return "\n".join(r for r in results if r)


def split_complete(buffer: str) -> tuple[list[str], str]:
    """Shell input so far -> (complete statements ending in ';', the incomplete rest)."""
    done, rest = [], buffer
    while ";" in rest:
        head, _, rest = rest.partition(";")
        if head.strip():
            done.append(head.strip() + ";")
    return done, rest


SHELL_HELP = """wirestream query shell: DuckDB SQL over {output}
views: articles, entities, rejects (partition columns date, source / stage),
       articles_current (one row per story: latest version, no copies)
end each statement with ';'  |  .tables  .schema TABLE  .help  .quit (or Ctrl-D)"""


def shell(output: str, fmt: str, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    """An interactive prompt (or a script piped on stdin); errors are shown, not fatal."""
    con = open_dataset(output)
    interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):  # line editing and history where available
            import readline  # noqa: F401
        print(SHELL_HELP.format(output=output), file=stdout)
    width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns if interactive else PIPE_WIDTH
    failures = 0
    for command in _commands(stdin, interactive):
        if command in (".quit", ".exit"):
            break
        try:
            text = _dot_command(con, command, output) if command.startswith(".") else (
                format_result(con, command, fmt, width))
        except QueryError as err:
            failures += 1
            print(f"error: {err}", file=sys.stderr)
            continue
        if text:
            print(text, file=stdout)
    return 0 if interactive or not failures else 2


def _commands(stdin: TextIO, interactive: bool) -> Iterator[str]:
    """Dot-commands (one line) and SQL statements (up to ';') as typed or piped."""
    buffer = ""
    while True:
        if interactive:
            try:
                line = input("wirestream> " if not buffer.strip() else "      ...> ")
            except EOFError:
                print()
                break
        else:
            line = stdin.readline()
            if not line:
                break
        if not buffer.strip() and line.strip().startswith("."):
            yield line.strip()
            continue
        done, buffer = split_complete(buffer + line + "\n")
        yield from done
    if buffer.strip():  # a script's last statement may omit its ';'
        yield buffer.strip()


def _dot_command(con: Any, command: str, output: str) -> str:
    name, _, argument = command.partition(" ")
    if name == ".tables":
        return "  ".join((*TABLES, "articles_current"))
    if name == ".schema" and argument.strip() in (*TABLES, "articles_current"):
        return format_result(con, f"DESCRIBE {argument.strip()}", "table", PIPE_WIDTH)
    if name == ".help":
        return SHELL_HELP.format(output=output)
    raise QueryError(f"unknown command {command!r}: try .tables, .schema articles, .help, "
                     ".quit")

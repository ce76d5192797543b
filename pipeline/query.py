"""DuckDB over an output dataset, with the three tables as views."""

from __future__ import annotations

from typing import Any

TABLES = {"articles": "source", "entities": "source", "rejects": "stage"}


def connect(output: str) -> Any:
    """A DuckDB connection with views ``articles``, ``entities``, ``rejects`` over ``output``.

    Partition columns are typed explicitly (``date`` DATE, ``source``/``stage`` VARCHAR), so a
    source named ``2024`` stays a string; a table with no files yet is an empty view.
    """
    import duckdb

    con = duckdb.connect()
    for table, partition in TABLES.items():
        pattern = f"{output.rstrip('/')}/{table}/**/*.parquet"
        has_files = con.execute("SELECT count(*) FROM glob(?)", [pattern]).fetchone()[0] > 0
        if has_files:
            con.execute(
                f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{_quote(pattern)}', "
                f"hive_partitioning = true, hive_types = {{'date': DATE, '{partition}': "
                f"VARCHAR}})")
        else:
            con.execute(f"CREATE VIEW {table} AS SELECT NULL::DATE AS date, "
                        f"NULL::VARCHAR AS {partition} WHERE false")
    return con


def run_query(output: str, sql: str) -> str:
    return str(connect(output).sql(sql))


def _quote(text: str) -> str:
    return text.replace("'", "''")

"""`wirestream query`: the README's five questions on the samples, formats, the prompt, errors."""

from __future__ import annotations

import io
import json
import re

from pipeline.tools.query import run_query, shell, split_complete, to_csv, to_json
from tests.conftest import ROOT, run_cli


def readme_questions() -> list[str]:
    section = (ROOT / "README.md").read_text().split("## Querying the output")[1]
    section = section.split("### Other readers")[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)


def rows(output, sql: str) -> list[dict]:
    return json.loads(run_query(str(output), sql, "json"))


def test_readme_has_the_five_questions():
    assert len(readme_questions()) == 5


def test_top_entities_per_day(samples_output):
    result = rows(samples_output, readme_questions()[0])
    assert len(result) == 21  # three per day, seven publication dates
    assert result[12:15] == [
        {"date": "2026-11-25", "name": "Dieter Albrecht", "label_group": "PERSON", "stories": 2},
        {"date": "2026-11-25", "name": "Frankfurt", "label_group": "LOC", "stories": 2},
        {"date": "2026-11-25", "name": "German", "label_group": "MISC", "stories": 2}]


def test_entities_that_co_occur(samples_output):
    result = [(r["name"], r["stories"]) for r in rows(samples_output, readme_questions()[1])]
    assert result[:3] == [("Dieter Albrecht", 2), ("Frankfurt", 2), ("German", 2)]
    assert len(result) == 10  # the LIMIT


def test_story_clusters_and_copies(samples_output):
    # The syndicated exact copy, and the "UPDATE 1" near-copy the samples README promises
    # (5-word-shingle Jaccard 0.869 with its first version).
    copy, update = rows(samples_output, readme_questions()[2])
    assert (copy["copies"], copy["members"]) == (2, ["desk-export: desk-2026-11-25-0117",
                                                     "desk-export: synd-hw-7730125"])
    assert (update["copies"], update["members"], update["first_title"]) == (
        2, ["harbor-wire: hw-2026-1125", "harbor-wire: hw-2026-1126"],
        "Rotterdam terminal halts night shifts as crane fault spreads")


def test_noise_per_source(samples_output):
    result = [(r["source"], r["reason"], r["lines"])
              for r in rows(samples_output, readme_questions()[3])]
    assert result == [
        ("desk-export", "comment_form", 5), ("desk-export", "credits", 2),
        ("harbor-wire", "credits", 2), ("harbor-wire", "related_link", 2),
        ("harbor-wire-web", "comment_form", 17), ("harbor-wire-web", "related_link", 5),
        ("harbor-wire-web", "agency_footer", 3), ("harbor-wire-web", "author_bio", 2),
        ("harbor-wire-web", "credits", 2)]


def test_rejects_by_reason(samples_output):
    assert rows(samples_output, readme_questions()[4]) == [
        {"stage": "read", "reason": "malformed_json", "rejects": 1,
         "first_origin": "samples/jsonl/desk-export.jsonl:5"}]


def test_partition_columns_are_typed(samples_output):
    sql = "SELECT typeof(date) AS d, typeof(source) AS s FROM articles LIMIT 1"
    assert run_query(str(samples_output), sql, "csv") == "d,s\nDATE,VARCHAR"


def test_csv_keeps_lists_in_one_cell_and_table_is_duckdb_boxes(samples_output, capsys):
    assert run_cli("query", "--output", samples_output, "--format", "csv",
                   "SELECT source, highlights FROM articles WHERE len(highlights) > 0 "
                   "ORDER BY source LIMIT 1") == 0
    out = capsys.readouterr().out
    assert out.startswith("source,highlights\n") and out.count("\n") == 2
    assert run_cli("query", "--output", samples_output,
                   "SELECT count(*) AS n FROM rejects; SELECT 2 AS m") == 0
    assert capsys.readouterr().out == (
        "┌───────┐\n│   n   │\n│ int64 │\n├───────┤\n│     1 │\n└───────┘\n"
        "┌───────┐\n│   m   │\n│ int32 │\n├───────┤\n│     2 │\n└───────┘\n")


def test_formatters_are_exact():
    import datetime as dt

    assert to_csv(["a", "b"], [(1, ["x", "y"]), (None, {"k": 1})]) == (
        'a,b\n1,"[""x"", ""y""]"\n,"{""k"": 1}"')
    assert to_json(["d"], [(dt.date(2026, 11, 28),)]) == '[{"d": "2026-11-28"}]'
    assert split_complete("SELECT 1; SELECT\n 2;SEL") == (["SELECT 1;", "SELECT\n 2;"], "SEL")


def test_piped_script_runs_and_reports_errors(samples_output, capsys):
    script = io.StringIO(".tables\nSELECT count(*) AS n\nFROM articles;\nSELEC 1;\n")
    assert shell(str(samples_output), "csv", stdin=script, stdout=(out := io.StringIO())) == 2
    assert out.getvalue() == "articles  entities  rejects  articles_current\nn\n16\n"
    assert 'syntax error at or near "SELEC"' in capsys.readouterr().err


def test_bad_sql_and_missing_dataset_are_clear_errors(samples_output, tmp_path, capsys):
    assert run_cli("query", "--output", samples_output, "SELECT nope FROM articles") == 2
    assert capsys.readouterr().err.startswith(
        'wirestream: Binder Error: Referenced column "nope" not found')
    assert run_cli("query", "--output", tmp_path / "typo", "SELECT 1") == 2
    assert capsys.readouterr().err == (
        f"wirestream: '{tmp_path}/typo' holds no wirestream output (no articles/, entities/, "
        "rejects/ or _runs/): check --output, or run the pipeline first\n")


def test_empty_table_has_the_full_schema(tmp_path):
    (tmp_path / "_runs").mkdir()
    assert run_query(str(tmp_path), "SELECT count(*), count(reason) FROM rejects", "csv") == (
        "count_star(),count(reason)\n0,0")

"""A file of no input format in a directory is named as skipped by extract and by both ingest engines,
never silently dropped (trial 4, F19)."""

import json

from click.testing import CliRunner

from onrecord.interfaces.cli import main

ARTICLE = '"We will open the new library in May," Anna Berg said on Monday.\n'


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "source.py").write_text("import os\n", encoding="utf-8")
    return folder


def _skipped_lines(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if "[E047]" in line)


def test_extract_names_each_skipped_file_once_and_keeps_it_out_of_the_articles_warnings(tmp_path):
    folder = _folder(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = _skipped_lines(result.stderr)
    assert len(lines) == 2 and str(folder / "source.py") in lines[0] and str(folder / "table.csv") in lines[1]
    assert "'.csv'" in lines[1] and "skipped" in lines[1]
    assert "warnings" not in json.loads(result.stdout)


def test_local_ingest_names_the_skipped_files(tmp_path):
    folder = _folder(tmp_path)
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert len(_skipped_lines(result.stderr)) == 2
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--no-progress", "--format", "json"])
    paths = json.loads(result.stdout)["not_input_paths"]
    assert sorted(paths) == [str(folder / "source.py"), str(folder / "table.csv")]


def test_the_dask_plan_names_the_skipped_files(tmp_path):
    import pytest

    pytest.importorskip("distributed")
    from onrecord.corpus.dask_engine import plan_shards

    folder = _folder(tmp_path)
    shards, problems, others = plan_shards([str(folder)], max_chars=1000)
    assert len(shards) == 1 and not problems
    assert sorted(others) == [str(folder / "source.py"), str(folder / "table.csv")]


def test_ingest_names_the_first_skipped_files_then_counts_the_rest(tmp_path):
    from onrecord.interfaces.cli import LISTED_SKIPPED

    folder = _folder(tmp_path)
    for n in range(LISTED_SKIPPED + 3):
        (folder / f"side{n}.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--no-progress"])
    assert len(_skipped_lines(result.stderr)) == LISTED_SKIPPED
    assert "onrecord: 5 more file(s) of no input format skipped" in result.stderr

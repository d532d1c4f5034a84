"""A local ingest lists its bad inputs on the terminal, one line each as extract and the Dask engine do,
then how many more and where they are kept (trial 4, F18)."""

from click.testing import CliRunner

from onrecord.interfaces.cli import LISTED_PROBLEMS, main


def test_local_ingest_lists_bad_inputs_then_counts_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    good = '{"id": "ok", "text": "\\"We will win,\\" Anna Berg said."}\n'
    (folder / "a.jsonl").write_text(good + "not json\n" * (LISTED_PROBLEMS + 4), encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("onrecord: [E")]
    assert len(lines) == LISTED_PROBLEMS and lines[0].startswith(f"onrecord: [E005] {folder / 'a.jsonl'}, line 2:")
    assert f"onrecord: 5 more bad input(s) or warning(s): each with its file, record and reason in {db}.errors" in (
        result.stderr
    )


def test_a_few_bad_inputs_are_all_listed(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text('"We will win," Anna Berg said.', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "--no-progress"])
    assert f"onrecord: [E002] {tmp_path / 'empty.txt'}: the input is empty" in result.stderr
    assert "more bad input" not in result.stderr

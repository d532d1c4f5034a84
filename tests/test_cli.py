"""The command line, including bad input: clear messages, no tracebacks."""

import json
import subprocess
import sys

from click.testing import CliRunner

from conftest import SEED
from onrecord.interfaces.cli import main


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_extract_table_on_seed():
    r = invoke("extract", str(SEED))
    assert r.exit_code == 0
    assert "Chrissy Teigen" in r.output and "John Legend" in r.output
    assert "instagram" in r.output and "twitter" in r.output


def test_extract_json_shape():
    r = invoke("extract", str(SEED), "--format", "json")
    data = json.loads(r.output)
    assert data["date"] == "2020-10-01"
    q = data["quotes"][0]
    assert {
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_mention",
        "cue",
        "medium",
        "confidence",
        "evidence",
    } <= set(q)
    assert {"name", "mentions", "descriptors"} <= set(data["people"][0])
    assert {"platform", "author", "handle", "date", "url", "text", "start", "end"} <= set(data["social_posts"][0])


def test_extract_stdin_and_kinds_filter():
    r = invoke(
        "extract",
        "-",
        "--format",
        "json",
        "--kinds",
        "partial",
        input='He called it "a total mess" yesterday. "Fine," she said.',
    )
    data = json.loads(r.output)
    assert [q["kind"] for q in data["quotes"]] == ["partial"]


def test_jsonl_one_line_per_record_bad_lines_reported(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": '"Hello," Anna Berg said.', "extra": 1})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "a3", "title": "no text"})
        + "\n"
        + json.dumps({"id": "a4", "text": '"Bye," Tom Baker said.', "date": "2020-01-02"})
        + "\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert r.exit_code == 0
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a1", "a4"]
    assert lines[1]["date"] == "2020-01-02"
    assert "line 2: not valid JSON" in r.stderr
    assert "line 3: the record has no 'text' field" in r.stderr


def test_bad_files_get_clear_messages_and_nonzero_exit(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02\x89PNG" * 50)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\x81 \x8d\x9d quote")  # neither UTF-8 nor Windows-1252 (test_encoding.py: the fallback)
    for path, words in [
        (empty, "empty"),
        (binary, "binary"),
        (latin, "not UTF-8"),
        (tmp_path / "missing.txt", "no such file"),
    ]:
        r = CliRunner().invoke(main, ["extract", str(path)])
        assert r.exit_code != 0
        assert str(path) in r.stderr and words in r.stderr
        assert "Traceback" not in r.output


def test_unbalanced_marks_do_not_crash():
    text = "He said " + ('" odd ' * 500) + "end."
    r = invoke("extract", "-", "--format", "json", input=text)
    data = json.loads(r.output)
    for q in data["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_long_article_is_cut_with_a_warning(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(('"Yes," Anna Berg said. ' * 200), encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "json", "--max-chars", "1000"])
    assert r.exit_code == 0
    assert "over the limit of 1000" in r.stderr
    data = json.loads(r.stdout)
    assert data["quotes"] and max(q["end"] for q in data["quotes"]) <= 1000


def test_console_script_runs():
    r = subprocess.run([sys.executable, "-m", "onrecord.interfaces.cli", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "extract" in r.stdout


def test_long_article_is_parsed_in_chunks_with_offsets_intact():
    from onrecord import extract
    from onrecord.pipeline import chunk_text

    para = 'The council met again today to discuss the budget. "We need more time," Anna Berg said.\n\n'
    text = para * 1300  # about 117,000 characters: more than one chunk
    assert len(chunk_text(text)) > 1 and "".join(chunk_text(text)) == text
    ex = extract(text)
    assert len(ex.quotes) == 1300
    assert all(text[q.start : q.end] == q.text == "We need more time," for q in ex.quotes)
    assert all(q.speaker and q.speaker.name == "Anna Berg" for q in ex.quotes)


def test_short_table_columns_never_break_a_word():
    # Trial 5 F21: the cue "continued" printed as "contin / ued" at 120 columns.
    text = (
        "The council met on Monday to discuss the bridge.\n\n"
        '"We will build the bridge next year," Anna Berg said. '
        '"It will take two years and cost a great deal," Anna Berg continued.\n\n'
        '"Nobody asked us," acknowledged Tom Whitcombe-Harrington.\n'
    )
    data = json.loads(invoke("extract", "-", "--format", "json", input=text).output)
    words = {
        w for q in data["quotes"] for part in (q["cue"], q["speaker_mention"]) if part for w in part["text"].split()
    }
    assert "continued" in words  # the test holds only if the cue is in the table
    for width in range(110, 141, 3):
        r = CliRunner().invoke(main, ["extract", "-"], input=text, env={"COLUMNS": str(width)})
        assert r.exit_code == 0
        cells = {cell for line in r.stdout.splitlines() for cell in line.split()}
        assert words <= cells, (width, sorted(words - cells))


def test_a_table_too_wide_for_the_terminal_prints_each_record_as_lines_and_never_drops_a_name(tmp_path):
    from onrecord.corpus import ingest

    records = [
        {"id": f"n{i}", "date": "2026-06-1{i}", "text": f'"We will rebuild the wall number {i}," said {name}.'}
        for i, name in enumerate(["Mara Voss-Lindqvist", "Tomasz Wielkopolski"])
    ]
    jsonl = tmp_path / "narrow.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "narrow.db")
    ingest([str(jsonl)], db, workers=1, progress=False)
    for width in (30, 45, 60, 80, 120):
        out = CliRunner().invoke(main, ["people", "--db", db], env={"COLUMNS": str(width)}).stdout
        lines = out.splitlines()
        assert all(line == line.rstrip() and len(line) <= width for line in lines), width
        for name in ("Mara Voss-Lindqvist", "Tomasz Wielkopolski"):
            assert set(name.split()) <= set(out.split()), (width, name)  # never dropped, never cut inside a word
    text = '"This market simply wants to go up," said Kyle Wielkopolski, a broker.\n'
    narrow = CliRunner().invoke(main, ["extract", "-"], input=text, env={"COLUMNS": "20"}).stdout
    assert "speaker: Kyle" in narrow and "Wielkopolski" in narrow.split()
    assert all(line == line.rstrip() and len(line) <= 20 for line in narrow.splitlines())


def test_a_long_link_in_search_results_folds_inside_the_table(tmp_path):
    # Trial 12 F16: an article link of 150 characters made `search` print records even at 160 columns.
    from onrecord.corpus import ingest

    url = "https://news.example.org/2026/06/12/" + "-".join(["council-votes-to-close-the-old-library"] * 3)
    record = {"id": "lib", "url": url, "text": '"We will keep the library open," said Mara Voss.'}
    jsonl = tmp_path / "long.jsonl"
    jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "long.db")
    ingest([str(jsonl)], db, workers=1, progress=False)
    out = CliRunner().invoke(main, ["search", "library", "--db", db], env={"COLUMNS": "120"}).stdout
    assert "quote: " not in out and "speaker: " not in out  # a table, not records
    assert "Mara Voss" in out and all(len(line) <= 120 for line in out.splitlines())
    assert "".join(out.split()).count("council-votes-to-close-the-old-library") == 3  # the link folds, never cut


def test_output_dash_means_standard_output_for_both_exports(tmp_path, monkeypatch):
    # Trial 11 L12: `export -o -` wrote a file named "-".
    from onrecord.corpus import ingest

    src = tmp_path / "one.txt"
    src.write_text('"The bridge will open in May," said Mara Voss.\n', encoding="utf-8")
    db = str(tmp_path / "one.db")
    ingest([str(src)], db, workers=1, progress=False)
    monkeypatch.chdir(tmp_path)
    for args in (["export", "--format", "csv", "-o", "-"], ["correct", "export", "-o", "-"]):
        r = CliRunner().invoke(main, [*args, "--db", db])
        assert r.exit_code == 0 and not (tmp_path / "-").exists(), args
    csv_out = CliRunner().invoke(main, ["export", "--format", "csv", "-o", "-", "--db", db]).stdout
    assert "Mara Voss" in csv_out and "The bridge will open in May" in csv_out

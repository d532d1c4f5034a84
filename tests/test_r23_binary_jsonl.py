"""Round 23 (bad input): binary data named .jsonl is one problem for the input (E004), not one per byte 0x0A in it
(trial 23 got 22 error lines from random bytes). JSON text holds no NUL and no raw control byte, so a real JSON
Lines file is never taken for binary data."""

from __future__ import annotations

import gzip
import io

from click.testing import CliRunner

from onrecord.interfaces.cli import main
from onrecord.io.records import Problem, read_jsonl_lines

# Bytes of every value, shuffled deterministically, with line breaks among them: what an image or archive holds.
NOISE = bytes((i * 73 + 11) % 256 for i in range(6000))


def test_binary_bytes_are_one_problem_for_the_input():
    out = list(read_jsonl_lines(io.BufferedReader(io.BytesIO(NOISE)), "noise.jsonl"))
    assert len(out) == 1
    assert isinstance(out[0], Problem) and out[0].code == "E004" and out[0].record is None
    assert "noise.jsonl" in out[0].message


def test_a_gzipped_binary_file_is_one_problem_too():
    stream = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(NOISE)))
    (problem,) = read_jsonl_lines(stream, "noise.jsonl.gz")
    assert problem.code == "E004"


def test_json_lines_with_escaped_controls_are_read():
    good = b'{"id": "a", "text": "\\"We will win,\\" Jane Roe said.\\u0007"}\n' * 3
    out = list(read_jsonl_lines(io.BufferedReader(io.BytesIO(good)), "good.jsonl"))
    assert len(out) == 3 and not any(isinstance(o, Problem) for o in out)


def test_the_cli_says_one_line_for_a_binary_jsonl(tmp_path):
    path = tmp_path / "noise.jsonl"
    path.write_bytes(NOISE)
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.startswith("onrecord: [E")]
    assert len(lines) == 1 and "[E004]" in lines[0] and "noise.jsonl" in lines[0]
    assert "Traceback" not in result.output

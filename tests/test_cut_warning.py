"""A text cut to --max-chars says so in the JSON output too, with the file's real length (trial 4, F20)."""

import gzip
import json

import pytest
from click.testing import CliRunner

from onrecord.interfaces.cli import main

PARAGRAPH = '"We will open the caf\u00e9 by the river in May," Anna Berg said on Monday \u2014 the council agreed.\n\n'


@pytest.mark.parametrize(("name", "bom"), [("long.txt", False), ("bom.txt", True), ("long.txt.gz", False)])
def test_the_cut_is_in_the_json_with_the_real_length(tmp_path, name, bom):
    text = PARAGRAPH * 400  # far over the bytes read for 2000 characters
    data = ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    result = CliRunner().invoke(main, ["extract", str(path), "--max-chars", "2000", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert len(out["warnings"]) == 1
    warning = out["warnings"][0]
    assert warning.startswith("[E010]") and f"is {len(text)} characters long, over the limit of 2000" in warning
    assert result.stderr.count("[E010]") == 1  # said once on the terminal, as before


def test_an_article_within_the_limit_has_no_warnings_key(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    out = json.loads(CliRunner().invoke(main, ["extract", str(path), "--format", "json"]).stdout)
    assert "warnings" not in out

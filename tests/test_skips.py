"""A newcomer sees why tests skip: the project's pytest options report each skip with its reason."""

import subprocess
import sys

from conftest import ROOT


def test_skips_are_reported_with_their_reason(tmp_path):
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        'import pytest\n\ndef test_needs_data():\n    pytest.skip("needs the shared test data at ../shared/data/x")\n'
    )
    r = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), str(probe)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "SKIPPED [1]" in r.stdout and "needs the shared test data at ../shared/data/x" in r.stdout


def test_every_problem_a_reader_reports_has_worded_reason_in_the_ingest_summary():
    # trial 7 L: the reasons table showed the bare codes "E048" and "E051". Every code the readers, the text
    # checks and the ingest steps can give has words there (E027, a warning, is worded from its message).
    import re
    from pathlib import Path

    from onrecord.corpus.ingest import REASONS

    src = Path(__file__).resolve().parents[1] / "src" / "onrecord"
    files = [*(src / "io").glob("*.py"), *(src / "text").glob("*.py"), src / "corpus" / "steps.py"]
    codes = {c for f in files for c in re.findall(r"Err\.(E\d{3})", f.read_text())} - {"E027"}
    assert codes and not codes - set(REASONS), sorted(codes - set(REASONS))

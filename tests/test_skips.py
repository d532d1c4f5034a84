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

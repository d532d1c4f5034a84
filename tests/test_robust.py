"""Robustness of inputs, options and messages (the new-user trial's findings F1-F12).

Each test states one behaviour a user relies on: bad input gets one clear line naming the input and
the problem, never a traceback, never a silent drop; every option is checked.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fake_checkout(tmp_path: Path) -> Path:
    """A copy of scripts/setup.sh beside a fake .venv whose python only logs its arguments."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    fake = bin_dir / "python"
    fake.write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/calls.log"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    return tmp_path


def test_f12_setup_without_an_argument_installs_the_package(tmp_path: Path) -> None:
    checkout = _fake_checkout(tmp_path)
    run = subprocess.run(["bash", str(checkout / "scripts" / "setup.sh")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    calls = (checkout / ".venv" / "bin" / "calls.log").read_text().splitlines()
    assert calls[-1] == "-m pip install -q -e ."


def test_f12_setup_with_an_extra_installs_it(tmp_path: Path) -> None:
    checkout = _fake_checkout(tmp_path)
    run = subprocess.run(["bash", str(checkout / "scripts" / "setup.sh"), "test"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    calls = (checkout / ".venv" / "bin" / "calls.log").read_text().splitlines()
    assert calls[-1] == "-m pip install -q -e .[test]"

"""The store refuses a file that is not a SQLite database rather than writing over it."""

import pytest

from onrecord.corpus.store import connect
from onrecord.errors import OnrecordError


@pytest.mark.parametrize("content", [b"x", b"hello, this is my notes file\n", b"\x00\x01"])
def test_a_file_that_is_not_a_store_is_refused_and_left_as_it_was(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(OnrecordError) as info:
        connect(str(path))
    assert info.value.code == "E015" and "not an SQLite database" in str(info.value)
    assert path.read_bytes() == content  # trial 11 L5: a 1-byte file was replaced by a new store


def test_an_empty_file_becomes_a_new_store(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    connect(str(path)).close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")

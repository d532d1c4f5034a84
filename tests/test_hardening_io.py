"""Issue 9, the input side: bounded reads, one error code per cause, directories, WARC damage."""

from __future__ import annotations

import gzip
import io
import os
import resource
import subprocess
import sys
import threading
import time
import zlib

import pytest

from onrecord.io import bounded
from onrecord.io.readers import Problem, read_path


def items(path, **kw):
    got = list(read_path(str(path), **kw))
    return [g for g in got if not isinstance(g, Problem)], [g for g in got if isinstance(g, Problem)]


def code(problem):
    return problem.message[1:5]


def write_gzip_bomb(path, inflated: int, line: bytes = b"\0" * (1 << 20), head: bytes = b"") -> None:
    """A gzip file that inflates to about ``inflated`` bytes: one 64 MiB member compressed once and
    written again and again (gzip members concatenate), so building it takes a fraction of a second."""
    block = 64 << 20
    member = gzip.compress(line * (block // len(line)), compresslevel=9)
    with open(path, "wb") as fh:
        fh.write(gzip.compress(head))
        for _ in range(max(1, inflated // block)):
            fh.write(member)


def test_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(read_path(str(fifo))), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO hung"
    assert code(result[0]) == "E022" and "FIFO" in result[0].message


def test_device_is_refused():
    arts, probs = items("/dev/zero")  # died with MemoryError
    assert not arts and code(probs[0]) == "E022" and "device" in probs[0].message


def test_standard_input_is_read_in_bounded_memory():
    with open("/dev/zero", "rb") as zero:
        got = list(read_path("-", stdin=zero))
    assert len(got) == 1 and code(got[0]) == "E004"


def test_unreadable_file_is_unreadable_not_damaged(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Some article text.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(bounded, "open", refuse, raising=False)
    arts, probs = items(path)
    assert not arts and code(probs[0]) == "E009" and "Permission denied" in probs[0].message


def test_truncated_gzip_is_damaged(tmp_path):
    path = tmp_path / "cut.txt.gz"
    data = gzip.compress(" ".join(str(i * 7919 % 10007) for i in range(5000)).encode())
    path.write_bytes(data[: len(data) // 2])
    arts, probs = items(path)
    assert not arts and code(probs[0]) == "E017"


def test_utf16_and_utf32_with_bom_are_text(tmp_path):
    text = '"We will build it," Anna Berg said in Zürich.'
    for enc in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{enc}.txt"
        bom = {"utf-16-be": b"\xfe\xff"}.get(enc, b"")
        path.write_bytes(bom + text.encode(enc))
        arts, probs = items(path)
        assert not probs, (enc, probs)
        assert arts[0].text == text


def test_text_gzip_bomb_reads_a_bounded_prefix(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    write_gzip_bomb(path, 256 << 20, line=b"word " * 200_000)
    started = time.perf_counter()
    arts, probs = items(path, max_chars=1000)
    assert time.perf_counter() - started < 5
    assert len(arts[0].text) == 1000 and code(probs[0]) == "E010"


def test_jsonl_one_line_bomb_is_too_large_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as fh:
        fh.write(comp.compress(b'{"text": "'))
        for _ in range(64):
            fh.write(comp.compress(b"a" * (1 << 20)))
        fh.write(comp.compress(b'"}\n{"id": "ok", "text": "After the bomb, Anna Berg spoke."}\n'))
        fh.write(comp.flush())
    arts, probs = items(path, max_chars=1000)
    assert [a.id for a in arts] == ["ok"]
    assert code(probs[0]) == "E021" and "line 1" in probs[0].message


def test_capped_lines_keeps_short_lines_whole():
    lines = list(bounded.capped_lines(io.BytesIO(b"ab\n" + b"x" * 50 + b"\ncd"), 10))
    assert lines[0] == b"ab\n" and isinstance(lines[1], bounded.TooLong) and lines[2] == b"cd"


def test_prefixed_stream_reads_lines_across_the_head():
    stream = bounded.PrefixedStream(b'{"a": 1}\n{"b"', io.BytesIO(b': 2}\n{"c": 3}\n'))
    assert [stream.readline(), stream.readline(), stream.readline(), stream.readline()] == [
        b'{"a": 1}\n',
        b'{"b": 2}\n',
        b'{"c": 3}\n',
        b"",
    ]


def test_link_loop_and_unreadable_subdirectory_are_reported(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text('"Hi," Anna Berg said.')
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "two.txt").write_text('"Yo," Tom Baker said.')
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(bounded.os, "scandir", scandir)
    arts, probs = items(tmp_path)
    assert [a.id for a in arts] == ["one"]  # read once, not once per loop
    assert sorted(code(p) for p in probs) == ["E009", "E023"]


def _http_page(sentence: bytes) -> bytes:
    """An HTTP response holding a one-paragraph article page (``sentence`` eight times)."""
    page = b"<html><body><article><p>" + sentence * 8 + b"</p></article></body></html>"
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page


def _warc_record(n: int, length: bytes, body: bytes) -> bytes:
    """A WARC response record for https://news.example/N whose Content-Length header reads ``length`` as given."""
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d\r\n"
        b"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %s\r\n\r\n"
    ) % (n, length)
    return head + body + b"\r\n\r\n"


def test_warc_record_with_negative_content_length_loses_only_itself(tmp_path):
    http = _http_page(b"The mayor opened the new bridge on Friday after years of delay. ")
    size = str(len(http)).encode()
    path = tmp_path / "neg.warc"
    path.write_bytes(
        _warc_record(1, size, http)
        + _warc_record(2, b"-5", http)
        + _warc_record(3, size, http.replace(b"mayor", b"Mayor"))
    )
    arts, probs = items(path)
    assert [a.url for a in arts] == ["https://news.example/1", "https://news.example/3"]
    assert [code(p) for p in probs] == ["E017"]
    # The damaged record is named, not the one after it, and the message does not claim only earlier ones were read.
    assert probs[0].record == "record 2"
    assert "Content-Length" in probs[0].message and "still read" in probs[0].message


def test_warc_record_with_a_non_numeric_content_length_is_named_itself(tmp_path):
    http = _http_page(b"The council met on Monday to discuss the budget. ")
    path = tmp_path / "zz.warc"
    path.write_bytes(_warc_record(1, b"zz", http) + _warc_record(2, str(len(http)).encode(), http))
    arts, probs = items(path)
    assert [a.url for a in arts] == ["https://news.example/2"]
    assert [p.record for p in probs] == ["record 1"]
    assert "Unknown archive format" not in probs[0].message


BOMB_INGEST = """
import resource, sys
from onrecord.corpus import ingest
report = ingest(sys.argv[1:-1], sys.argv[-1], workers=1, progress=False)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(round(peak_mb), sorted(report.reasons.items()))
"""


def test_ingesting_gzip_bombs_stays_under_one_gigabyte(tmp_path):
    # Before: a 1 MB .txt.gz inflating to 1 GiB peaked at 7.8 GB; a one-line .jsonl.gz bomb at 2.2 GB.
    text_bomb = tmp_path / "bomb.txt.gz"
    write_gzip_bomb(text_bomb, 1 << 30)
    line_bomb = tmp_path / "bomb.jsonl.gz"
    write_gzip_bomb(line_bomb, 1 << 30, line=b"a" * (1 << 20), head=b'{"text": "')
    assert text_bomb.stat().st_size < 2_000_000
    out = subprocess.run(
        [sys.executable, "-c", BOMB_INGEST, str(text_bomb), str(line_bomb), str(tmp_path / "bomb.db")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    peak_mb = int(out.split()[0])
    print(f"gzip bombs (2 x 1 GiB inflated): ingest peak {peak_mb} MB")
    assert peak_mb < 1024
    assert "too large" in out and "binary data" in out


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss units and /dev/zero are Linux-specific here")
def test_extract_dev_zero_and_fifo_from_the_cli_exit_cleanly(tmp_path):
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(fifo)):
        proc = subprocess.run(
            [sys.executable, "-m", "onrecord.interfaces.cli", "extract", target],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert proc.stderr.startswith("onrecord: [E022]") and len(proc.stderr.strip().splitlines()) == 2
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1024 * 1024  # KB: under 1 GB


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 12, b"<html>\x00\x01\x02" + bytes(range(1, 32)) * 40],  # an image's bytes; NULs in "markup"
)
def test_binary_data_saved_as_html_is_called_binary_not_a_missing_article(tmp_path, data):
    # trial 5 F15: random bytes in a .html file were reported as E018 "not an article".
    page = tmp_path / "photo.html"
    page.write_bytes(data)
    arts, probs = items(str(page))
    assert not arts and [code(p) for p in probs] == ["E004"] and str(page) in probs[0].message


def test_a_real_page_with_a_few_control_bytes_is_still_read(tmp_path):
    body = "<p>" + '"We will build the bridge," Mayor Anna Berg said on Monday after the vote. ' * 8 + "</p>"
    page = tmp_path / "page.html"
    page.write_bytes(
        f"<html><head><title>Bridge\x0b</title></head><body><article>{body}</article></body></html>".encode()
    )
    arts, probs = items(str(page))
    assert len(arts) == 1 and not [p for p in probs if p.fatal]

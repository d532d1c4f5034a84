"""Input encodings (trial 5, F17): ``--encoding`` / ``read(..., encoding=)``, and the Windows-1252
fallback with its one-line warning (E049). Every input is written here."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

import onrecord
from onrecord.errors import OnrecordError
from onrecord.interfaces.cli import main
from onrecord.io.readers import Problem, read_path

ARTICLE = "Caf\u00e9 owner Jos\u00e9 Ortiz spoke on Monday. \u201cWe are closed,\u201d Jos\u00e9 Ortiz said.\n"


def split(items):
    items = list(items)
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def test_cp1252_text_is_read_with_one_warning_and_offsets_index_the_decoded_text(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))  # curly quotes are 0x93/0x94 there, not Latin-1
    arts, probs = split(onrecord.read(str(path)))
    assert [a.text for a in arts] == [ARTICLE]
    assert [(p.code, p.fatal) for p in probs] == [("E049", False)]
    assert str(path) in probs[0].message and "Windows-1252" in probs[0].message and "--encoding" in probs[0].message
    ex = onrecord.extract(arts[0].text)
    assert ex.quotes and all(ARTICLE[q.start : q.end] == q.text for q in ex.quotes)


def test_an_explicit_encoding_reads_without_warning_and_utf8_stays_strict(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Jos\u00e9 said \u00ab\u00a0oui\u00a0\u00bb and left.".encode("latin-1"))
    arts, probs = split(onrecord.read(str(path), encoding="latin-1"))
    assert not probs and arts[0].text.startswith("Jos\u00e9 said \u00ab")
    arts, probs = split(onrecord.read(str(path), encoding="utf-8"))
    assert not arts and probs[0].code == "E003" and "UTF-8" in probs[0].message


def test_utf16_without_bom_reads_only_when_named(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("\u201cYes,\u201d Anna Berg said.".encode("utf-16-le"))
    arts, _ = split(onrecord.read(str(path), encoding="utf-16-le"))
    assert arts[0].text == "\u201cYes,\u201d Anna Berg said."


def test_bytes_that_are_neither_utf8_nor_cp1252_are_refused(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Anna Berg said \x81\x8d\x8f\x90\x9d hello to the council today.")  # unassigned in cp1252
    arts, probs = split(onrecord.read(str(path)))
    assert not arts and probs[0].code == "E003"


def test_unknown_and_non_text_encodings_are_refused_up_front():
    for bad in ("bogus-enc", "rot13", "base64"):
        with pytest.raises(OnrecordError) as err:
            onrecord.read("-", encoding=bad)
        assert err.value.code == "E030" and "encoding" in str(err.value)


def test_jsonl_fallback_warns_once_per_file_and_an_explicit_codec_reads_every_line(tmp_path):
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Jos\u00e9 Ortiz said the caf\u00e9 {i} shut."}, ensure_ascii=False)
        for i in range(3)
    ]
    path = tmp_path / "old.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("cp1252")))
    arts, probs = split(read_path(str(path)))
    assert [a.id for a in arts] == ["r0", "r1", "r2"] and arts[1].text.startswith("Jos\u00e9")
    assert [p.code for p in probs] == ["E049"] and "line 1" in probs[0].message
    arts, probs = split(read_path(str(path), encoding="cp1252"))
    assert len(arts) == 3 and not probs
    arts, probs = split(read_path(str(path), encoding="utf-16"))  # lines cannot be split on 0x0A
    assert not arts and probs[0].code == "E030"


def test_stdin_takes_the_encoding_too():
    stream = __import__("io").BytesIO("\u00abNon\u00bb, dit Jos\u00e9 Ortiz aux journalistes.".encode("latin-1"))
    arts, probs = split(read_path("-", stdin=stream, encoding="latin-1"))
    assert not probs and arts[0].text.startswith("\u00abNon\u00bb")


def test_cli_extract_and_ingest_take_encoding(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert r.exit_code == 0 and "[E049]" in r.stderr and str(path) in r.stderr
    assert json.loads(r.stdout)["quotes"]
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "json", "--encoding", "cp1252"])
    assert r.exit_code == 0 and "E049" not in r.stderr
    r = CliRunner().invoke(main, ["extract", str(path), "--encoding", "utf-8"])
    assert r.exit_code != 0 and "[E003]" in r.stderr and "not UTF-8" in r.stderr
    r = CliRunner().invoke(main, ["extract", str(path), "--encoding", "nope"])
    assert r.exit_code == 2 and "[E030] --encoding:" in r.stderr and "Traceback" not in r.output
    db = tmp_path / "s.db"
    r = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--workers", "1", "--encoding", "cp1252"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["search", "closed", "--db", str(db), "--format", "json"])
    assert "Jos\u00e9 Ortiz" in r.stdout


def test_the_dask_plan_carries_the_encoding_to_its_workers(tmp_path):
    from onrecord.corpus.dask_engine import _shard_items, plan_shards

    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    plain, _, _ = plan_shards([str(path)], max_chars=1000)
    named, _, _ = plan_shards([str(path)], max_chars=1000, encoding="latin-1")
    assert "encoding" not in plain[0] and named[0]["encoding"] == "latin-1"
    assert plain[0]["key"] != named[0]["key"]  # a rerun with another encoding reads the file again
    items = [item for _, item, _, _ in _shard_items(named[0], 1000)]
    assert [type(i).__name__ for i in items] == ["Article"] and items[0].text.startswith("Caf\u00e9")


def test_utf16_without_a_byte_order_mark_is_refused_with_the_option_that_reads_it(tmp_path):
    """Trial 8, L8: UTF-16LE text without a BOM was only "binary data (NUL bytes)"."""
    from onrecord.io.readers import read_path

    text = 'Harbour vote\n\n"We will rebuild the wall," said Mara Voss on Monday.\n'
    for codec, name in (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(text.encode(codec))
        [problem] = list(read_path(str(path)))
        assert problem.code == "E004" and f"as in {name} text" in problem.message
        assert f"--encoding {codec}" in problem.message
        [article] = list(read_path(str(path), encoding=codec))
        assert article.text == text
    binary = tmp_path / "data.txt"
    binary.write_bytes(bytes(range(1, 200)) + b"\x00\x00\x00" + b"text " * 20)
    [problem] = list(read_path(str(binary)))
    assert problem.code == "E004" and "UTF-16" not in problem.message

"""scripts/corpus_sample.py: articles drawn from the corpora for rule writing never include a gold article."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("corpus_sample", ROOT / "scripts" / "corpus_sample.py")
corpus_sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_sample)


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def fake_shared(tmp_path: Path) -> Path:
    """A shared folder whose gold names article 'a3' (shared gold) and, via a repo annotation file, 'a5'."""
    gold = tmp_path / "shared" / "data" / "gold"
    gold.mkdir(parents=True)
    write_jsonl(gold / "news.dev.jsonl", [{"id": "a3", "text": "x", "quotes": []}])
    return tmp_path / "shared"


def fake_repo(tmp_path: Path) -> Path:
    (tmp_path / "repo" / "gold").mkdir(parents=True)
    write_jsonl(tmp_path / "repo" / "gold" / "x.annotations.jsonl", [{"id": "lee-abc-a5", "orig_id": "a5"}])
    return tmp_path / "repo"


def test_gold_ids_read_shared_gold_and_annotation_files(tmp_path):
    ids = corpus_sample.gold_ids(fake_shared(tmp_path), fake_repo(tmp_path))
    assert {"a3", "a5", "lee-abc-a5"} <= ids


def test_draw_leaves_out_gold_articles_and_counts_them():
    records = [{"id": f"a{i}", "text": "t"} for i in range(10)]
    picked, skipped = corpus_sample.draw(records, {"a3", "a5"}, n=100, seed="s")
    assert skipped == 2
    assert sorted(r["id"] for r in picked) == sorted(f"a{i}" for i in range(10) if i not in (3, 5))


def test_another_seed_draws_another_order_and_n_caps_the_sample():
    records = [{"id": f"a{i}"} for i in range(30)]
    first, _ = corpus_sample.draw(records, set(), n=5, seed="one")
    second, _ = corpus_sample.draw(records, set(), n=5, seed="two")
    assert len(first) == 5 and [r["id"] for r in first] != [r["id"] for r in second]


def test_missing_corpus_is_one_line_and_status_2(tmp_path, capsys):
    status = corpus_sample.main([str(tmp_path / "nope.jsonl"), "--shared", str(fake_shared(tmp_path))])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1 and "nope.jsonl" in err[0]


def test_a_broken_line_is_reported_and_the_rest_drawn(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "k1", "text": "a"}\n{not json\n{"id": "k2", "text": "b"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = corpus_sample.main([str(corpus), "--shared", str(fake_shared(tmp_path)), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 0 and "c.jsonl:2: not JSON" in err
    assert sorted(json.loads(line)["id"] for line in out.read_text().splitlines()) == ["k1", "k2"]

"""scripts/gold_join.py: two annotation passes become gold only where they agree (ANNOTATION.md)."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
spec = importlib.util.spec_from_file_location("gold_join", ROOT / "scripts" / "gold_join.py")
gold_join = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold_join)

TEXT = 'Ana Ruiz said "we will win the vote." Later "it was close," her aide said. The "green" plan.'


def q(words, speaker, cue="said", kind="full"):
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "kind": kind, "speaker": speaker, "cue": cue}


def test_agreed_quotes_are_kept_and_disagreements_ignored():
    art = {"id": "a1", "set": "lee-abc", "orig_id": "7", "text": TEXT}
    pass_a = {"quotes": [q("we will win the vote.", "Ana Ruiz"), q("it was close,", None), q("green", "Ana Ruiz")]}
    pass_b = {"quotes": [q("we will win the vote", "ana  ruiz", cue="said"), q("it was close,", "Ana Ruiz")]}
    rec = gold_join.join_article(art, pass_a, pass_b)
    assert [(TEXT[x["start"] : x["end"]], x["speaker"]) for x in rec["quotes"]] == [
        ("we will win the vote.", "Ana Ruiz")
    ]
    assert rec["quotes"][0]["cue_agreed"] and rec["quotes"][0]["type"] == "direct"
    ignored = {TEXT[s:e] for s, e in rec["ignore_spans"]}
    assert ignored == {"it was close,", "green"}  # speaker disagreement, and a quote only one pass saw
    assert "text" not in json.dumps(rec["quotes"])  # offsets and labels only: no article words stored


# in the order they were drawn
GOLD_SETS = [
    "extra",
    "extra2",
    "extra3",
    "extra4",
    "extra5",
    "extra6",
    "extra7",
    "extra8",
    "extra9",
    "extra10",
    "extra11",
    "extra12",
]


@pytest.mark.parametrize("name", GOLD_SETS)
def test_the_shipped_annotations_rebuild_against_the_corpora(tmp_path, name):
    if not (SHARED / "data" / "corpora").is_dir():
        pytest.skip(f"{SHARED / 'data' / 'corpora'} is missing: the annotated texts live there")
    ann = ROOT / "gold" / f"{name}.annotations.jsonl"
    out = tmp_path / f"{name}.dev.jsonl"
    import subprocess
    import sys

    cmd = [sys.executable, str(ROOT / "scripts" / "gold_join.py"), "build", "--annotations", str(ann)]
    subprocess.run([*cmd, "--shared", str(SHARED), "--out", str(out)], check=True, capture_output=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # every annotated article rebuilds (extra12 holds the last 18 eligible articles of its length; the others 20+)
    assert len(records) == len(ann.read_text(encoding="utf-8").splitlines()) >= 18

    def drawn(set_name: str) -> set[str]:
        return {json.loads(ln)["orig_id"] for ln in (ROOT / "gold" / f"{set_name}.annotations.jsonl").open()}

    this = drawn(name)
    assert len(this) == len(records)
    for earlier in GOLD_SETS[: GOLD_SETS.index(name)]:  # each set is drawn skipping the sets before it
        assert not drawn(earlier) & this, f"{name} repeats articles of {earlier}"
    for rec in records:
        for quote in rec["quotes"]:
            assert rec["text"][quote["start"] : quote["end"]] == quote["text"]


def test_candidate_spans_pair_marks_within_a_line_and_run_an_unclosed_one_to_its_end():
    text = 'He said \u201cyes, now\u201d and "no."\n"An open quote runs on\nNext line.'
    spans = [text[c["start"] : c["end"]] for c in gold_join.candidate_spans(text)]
    assert spans == ["yes, now", "no.", "An open quote runs on"]


def test_articles_are_drawn_only_when_real_english_sized_and_quoting():
    body = ('The minister said "we will act" and "soon" to the press. ' * 30)[:2000]
    assert gold_join.is_candidate_article("lee-abc", {"id": "x1", "text": body})
    assert not gold_join.is_candidate_article("fakenewsnet", {"id": "BuzzFeed_Fake_1", "text": body})
    assert not gold_join.is_candidate_article("lee-abc", {"id": "x2", "text": body[:900]})  # too short
    assert not gold_join.is_candidate_article("lee-abc", {"id": "x3", "text": body.replace('"', "")})  # no marks
    german = ('Der Minister sagte "wir handeln" und "bald" zur Presse. ' * 30)[:2000]
    assert not gold_join.is_candidate_article("lee-abc", {"id": "x4", "text": german})


def test_chars_sets_the_length_of_articles_drawn():
    body = ('The minister said "we will act" and "soon" to the press. ' * 200)[:6500]
    assert not gold_join.is_candidate_article("lee-abc", {"id": "x5", "text": body})  # over the 5,000 default
    assert gold_join.is_candidate_article("lee-abc", {"id": "x5", "text": body}, chars=(5001, 8000))
    assert not gold_join.is_candidate_article("lee-abc", {"id": "x6", "text": body[:3000]}, chars=(5001, 8000))


def test_page_sets_are_read_with_the_frozen_trafilatura_call(tmp_path):
    body = "".join(
        f"<p>On day {n} of the works the mayor said the bridge on route {n} would reopen in spring, and {n * 10} "
        f"residents welcomed the news at meeting number {n} in the town hall on the {n}th of the month.</p>"
        for n in range(1, 9)
    )
    page = f"<html><head><title>Bridge to reopen</title></head><body><article>{body}</article></body></html>"
    (tmp_path / "bridge.html").write_text(page, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")  # only *.htm* files are pages
    records = gold_join.read_pages(tmp_path)
    assert [r["id"] for r in records] == ["bridge.html"]
    assert records[0]["title"] == "Bridge to reopen"
    assert "<p>" not in records[0]["text"] and "the bridge on route 3 would reopen" in records[0]["text"]


def test_build_reads_pages_onrecords_reader_would_now_refuse(tmp_path):
    # Gold already made must survive a stricter page reader: build reads every page with text, prepare only articles.
    (tmp_path / "stub.html").write_text(
        "<html><body><p>Too short to be an article.</p></body></html>", encoding="utf-8"
    )
    assert [r["id"] for r in gold_join.read_pages(tmp_path, articles_only=False)] == ["stub.html"]
    assert gold_join.read_pages(tmp_path) == []

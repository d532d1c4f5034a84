"""scripts/speaker_error_classes.py: a wrong speaker falls in one class, and only counts are printed."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("speaker_error_classes", ROOT / "scripts" / "speaker_error_classes.py")
classes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(classes)


def predicted(name, mention, kind="person"):
    speaker = None if name is None and kind is None else {"name": name, "kind": kind}
    return {"speaker": speaker, "speaker_mention": {"text": mention} if mention else None}


def test_each_kind_of_wrong_speaker_has_its_class():
    gold = {"speaker": "Kristi Noem", "speaker_aliases": []}
    assert classes.error_class(gold, predicted("Noem", "Noem")) == "right person, other name form"
    assert classes.error_class(gold, predicted("Dan Fox", "he")).endswith("(our mention: pronoun)")
    assert classes.error_class(gold, predicted("Dan Fox", "the senator")).endswith("(our mention: description)")
    assert classes.error_class(gold, predicted("Dan Fox", "Dan Fox")).endswith("(our mention: name)")
    unnamed = predicted(None, "the company", kind="organisation")
    assert (
        classes.error_class(gold, unnamed)
        == "gold names someone, we name nobody (a description or organisation mention)"
    )
    assert classes.error_class(gold, predicted(None, None, kind=None)).endswith("(no speaker)")
    nobody = {"speaker": None, "speaker_aliases": []}
    assert classes.error_class(nobody, predicted("Dan Fox", "Dan Fox")) == "gold names nobody, we name someone"


def test_counts_over_a_written_gold_file_print_no_text(tmp_path, capsys, monkeypatch):
    text = 'Ann Holt met Paul Crane. "We will build it," Paul Crane said.'
    start = text.index("We will")
    gold = {
        "id": "written-1",
        "text": text,
        "quotes": [
            {
                "start": start,
                "end": start + len("We will build it,"),
                "type": "direct",
                "speaker": "Ann Holt",
                "speaker_aliases": [],
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    found, matched, right = classes.count([str(path)])
    assert (matched, right) == (1, 0)
    assert found == {"another person or body (our mention: name)": 1}
    monkeypatch.setattr("sys.argv", ["speaker_error_classes.py", str(path)])
    assert classes.main() == 0
    out = capsys.readouterr().out
    assert "matched 1, speaker right 0, wrong 1" in out and "Crane" not in out and "build" not in out

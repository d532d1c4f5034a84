"""The error catalogue: one code per situation, typed errors, problems that keep their code."""

import pickle

import pytest

from onrecord.errors import CATEGORY, Ambiguous, BadInput, Err, NotFound, OnrecordError, Unavailable
from onrecord.io.readers import read_path


def test_every_code_has_its_own_message():
    messages = [e.value for e in Err]
    assert len(messages) == len(set(messages))
    assert not any(m.strip() in ("{source}: {detail}", "{source}, line {line}: {detail}") for m in messages)


@pytest.mark.parametrize(
    ("code", "kind"),
    [("E030", BadInput), ("E031", NotFound), ("E032", Ambiguous), ("E015", Unavailable), ("E036", NotFound)],
)
def test_an_error_is_raised_as_the_type_of_its_category(code, kind):
    fields = {"source": "x", "option": "--o", "detail": "d", "name": "n", "count": 2, "choices": "1, 2"}
    exc = OnrecordError(Err[code], **fields)
    assert isinstance(exc, kind) and isinstance(exc, OnrecordError)
    assert exc.code == code and str(exc).startswith(f"[{code}]")
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is kind and str(again) == str(exc)


def test_an_uncategorised_error_is_a_plain_onrecord_error():
    exc = OnrecordError(Err.E020, source="a.jsonl, 3", detail="boom")
    assert type(exc) is OnrecordError and exc.category == "failed"
    assert "E020" not in CATEGORY


def test_a_problem_keeps_its_code(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": ""}\nnot json\n["a list"]\n', encoding="utf-8")
    problems = list(read_path(str(path)))
    assert [p.code for p in problems] == ["E035", "E005", "E007"]
    assert all(p.message.startswith(f"[{p.code}]") for p in problems)

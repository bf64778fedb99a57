"""The version of the annotation pipeline, known without loading spaCy: stored annotations carry it."""
from __future__ import annotations

from core import settings

PIPELINE_CODE_VERSION = "364"


def pipeline_version(model: str | None = None) -> str:
    """Changes when the model, our code version or any knowledge file changes: stored annotations are then redone."""
    from core.knowledge import knowledge_digest

    return knowledge_digest(f"{PIPELINE_CODE_VERSION}|{model or settings.get('model')}")


def knowledge_version() -> str:
    """Changes when any knowledge file the pipeline reads changes, or other files apply (another store's or
    knowledge folder's): what was read from the old ones is then read again."""
    from core.knowledge import knowledge_digest

    return knowledge_digest()

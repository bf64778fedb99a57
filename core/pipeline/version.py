"""The version of the annotation pipeline, known without loading spaCy: stored annotations carry it."""
from __future__ import annotations

import hashlib

from core import settings

PIPELINE_CODE_VERSION = "30"  # bump when annotation code changes meaning


def pipeline_version(model: str | None = None) -> str:
    """Changes when the model, our code version or any knowledge file changes: stored annotations are then redone."""
    return _with_knowledge(hashlib.sha256(f"{PIPELINE_CODE_VERSION}|{model or settings.get('model')}".encode()))


def knowledge_version() -> str:
    """Changes when any knowledge file the pipeline reads changes, or other files apply (another store's or
    knowledge folder's): what was read from the old ones is then read again."""
    return _with_knowledge(hashlib.sha256())


def _with_knowledge(digest) -> str:
    from core.knowledge import PIPELINE_FILES, knowledge_sources

    for name in PIPELINE_FILES:
        for path in knowledge_sources(name):
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]

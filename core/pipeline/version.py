"""The version of the annotation pipeline, known without loading spaCy: stored annotations carry it."""
from __future__ import annotations

import hashlib

from core import settings

PIPELINE_CODE_VERSION = "18"  # bump when annotation code changes meaning


def pipeline_version(model: str | None = None) -> str:
    """Changes when the model, our code version or any knowledge file changes: stored annotations are then redone."""
    from core.knowledge import PIPELINE_FILES, knowledge_sources

    digest = hashlib.sha256(f"{PIPELINE_CODE_VERSION}|{model or settings.get('model')}".encode())
    for name in PIPELINE_FILES:
        for path in knowledge_sources(name):
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]

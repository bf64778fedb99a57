from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def wikinews_slice() -> list[dict]:
    """Six Wikinews articles (CC BY 2.5, Wikinews contributors); see fixtures/wikinews/README.md."""
    return [json.loads(line) for line in (FIXTURES / "wikinews" / "slice.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture(autouse=True)
def blank_model_unless_marked(request, monkeypatch):
    """Unit tests never load the trained model: ingest annotates with a tokenizer-only pipeline unless the test
    is marked `model`."""
    if "model" not in request.keywords:
        monkeypatch.setenv("BILATERAL_LENS_MODEL", "blank")

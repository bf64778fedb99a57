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

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


@pytest.fixture
def exploding_annotation(monkeypatch):
    """Annotation raises on every article whose text says EXPLODES and annotates the others as usual; calling the
    returned function ends that."""
    import core.pipeline.annotate as annotate

    real = annotate._article_rows

    def flaky(doc, aid):
        if "EXPLODES" in doc.text:
            raise ValueError("a rule tripped over this text")
        return real(doc, aid)

    monkeypatch.setattr(annotate, "_article_rows", flaky)
    return lambda: monkeypatch.setattr(annotate, "_article_rows", real)


def _ingest_with_model(paths: list[Path], store: Path) -> Path:
    """Ingest with the trained model whatever the calling test's environment says."""
    import os

    from core.pipeline.ingest import ingest
    from core.store import Store

    saved = os.environ.pop("BILATERAL_LENS_MODEL", None)
    try:
        ingest(paths, store=Store(store))
    finally:
        if saved is not None:
            os.environ["BILATERAL_LENS_MODEL"] = saved
    return store


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Path:
    """The five seed articles in seeds/, annotated with the trained model (built once per test session)."""
    return _ingest_with_model([ROOT / "seeds"], tmp_path_factory.mktemp("seeds") / "store")


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """The seeds plus eight Wikinews articles on Russia, China and their neighbours (fixtures/wikinews), annotated
    with the trained model: a corpus with several years, countries and sources for dashboard tests."""
    paths = [ROOT / "seeds", FIXTURES / "wikinews" / "russia_china.jsonl"]
    return _ingest_with_model(paths, tmp_path_factory.mktemp("sample") / "store")


@pytest.fixture(scope="session")
def xss_store(tmp_path_factory) -> Path:
    """One article whose title, source, address and text carry HTML/script payloads (fixtures/xss)."""
    return _ingest_with_model([FIXTURES / "xss"], tmp_path_factory.mktemp("xss") / "store")


# Property tests: a bounded, fixed set of examples in CI (reproducible runs); random ones elsewhere.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, max_examples=40, deadline=None, print_blob=True)
_hypothesis_settings.register_profile("dev", max_examples=40, deadline=None, print_blob=True)
_hypothesis_settings.load_profile("ci" if __import__("os").environ.get("CI") == "true" else "dev")

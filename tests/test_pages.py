"""Pages rendered through Streamlit's AppTest against real stores."""
import pytest
from streamlit.testing.v1 import AppTest

from core.pipeline.ingest import ingest
from core.store import Store
from tests.conftest import FIXTURES, ROOT


def app(monkeypatch, store_dir) -> AppTest:
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(store_dir))
    monkeypatch.chdir(ROOT)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)


def test_overview_on_an_empty_store_says_how_to_load_articles(monkeypatch, store_dir):
    at = app(monkeypatch, store_dir).run()
    assert not at.exception
    assert "is empty" in at.info[0].value and "bilateral-lens ingest" in at.info[0].value


def test_overview_counts_and_searches_the_corpus(monkeypatch, store_dir):
    ingest([FIXTURES / "messy"], store=Store(store_dir))
    at = app(monkeypatch, store_dir).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "3" and metrics["Corpus version"] == "1"
    at.text_input(key="overview_q").input("Gazprom").run()
    assert list(at.dataframe[0].value["title"]) == ["China and Russia sign trade deals worth US$3.5 billion"]

"""The sector list comes from sectors.csv alone: a sector a user adds there is tagged, filtered on and drawn."""
import pytest
import spacy

import core.pipeline.sectors  # noqa: F401  (registers the bl_sectors factory)
from core.present import charts
from core.views import cooccurrence
from core.store.corpus import Corpus
from core.knowledge import sector_ids
from core.store.schema import TABLES, build, empty_frame
from core.views.state import parse
from core.views.view import build_index, palette, sector_color, sector_label, select

TEXT = "The two agencies agreed on a satellite launch and on oil supplies."


@pytest.fixture
def space(tmp_path, monkeypatch):
    """A user knowledge folder whose sectors.csv adds a `space` sector."""
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("BILATERAL_LENS_KNOWLEDGE_DIR", str(tmp_path / "knowledge"))
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "sectors.csv").write_text("sector,trigger\nspace,satellite launch\n")
    return tmp_path / "knowledge" / "sectors.csv"


def _tag(text: str) -> list[tuple[str, str]]:
    nlp = spacy.blank("en")
    nlp.add_pipe("bl_sectors")
    doc = nlp(text)
    return [(s.label_, s.text) for s in doc.spans["sectors"]]


def test_the_built_in_sectors_are_those_of_sectors_csv_in_file_order_and_all_have_a_style(tmp_path, monkeypatch):
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(tmp_path / "store"))
    monkeypatch.delenv("BILATERAL_LENS_KNOWLEDGE_DIR", raising=False)
    ids = sector_ids()
    assert ids[:3] == ("energy", "trade", "finance_investment") and "*" not in ids and "space" not in ids
    assert list(ids) == list(palette()["sectors"]), "every built-in sector has its own label and colour"


def test_a_user_sector_is_tagged_listed_and_styled(space):
    assert sector_ids()[-1] == "space"
    assert ("space", "satellite launch") in _tag(TEXT) and ("energy", "oil") in _tag(TEXT)
    assert sector_label("space") == "Space" and sector_label("outer_space") == "Outer space"
    assert sector_label("energy") == "Energy" and sector_color("energy") == palette()["sectors"]["energy"]["color"]
    assert sector_color("space") == "#a6761d", "an unstyled sector has the same colour in every run"
    assert sector_color("space") in palette()["other_sectors"]


def test_a_user_sector_is_a_filter_choice_and_a_row_of_every_sector_chart(space, tmp_path):
    tables = {name: empty_frame(name) for name in TABLES}
    article = {c.name: None for c in TABLES["articles"]} | {"article_id": "a1", "text": TEXT, "published": "2024-05-01"}
    tables["articles"] = build("articles", [article])
    tables["sectors"] = build("sectors", [
        {"article_id": "a1", "sentence": 0, "sector": sector, "trigger": trigger, "start": 0, "end": 0}
        for sector, trigger in _tag(TEXT)])
    corpus = Corpus(store=tmp_path, version=1, tables=tables)
    index = build_index(corpus)
    assert "space" in index.vocab["sector"]
    state, notice = parse({"sector": ["space"], "cell": ["space", "energy"]}, vocab=index.vocab, page="sectors")
    assert notice == "" and state.filters["sector"] == ("space",)
    view = select(corpus, index, state)
    assert cooccurrence.matrix(view).loc["space", "energy"] == 1
    assert "Space" in {trace.name for trace in charts.stacked_over_time(cooccurrence.over_time(view)).data}


def test_the_sector_list_follows_edits_of_the_knowledge_files(space, monkeypatch):
    assert sector_ids()[-1] == "space"
    space.write_text(space.read_text() + "polar_research,arctic expedition\n")
    assert sector_ids()[-2:] == ("space", "polar_research")
    monkeypatch.delenv("BILATERAL_LENS_KNOWLEDGE_DIR")
    assert "space" not in sector_ids()

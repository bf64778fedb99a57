"""The About page's figures: read from the file `bench/quality.py --write-about` writes, never by running the model."""
from __future__ import annotations

import json

from core.views import about
from core.pipeline.version import pipeline_version
from core.store.schema import ONE_ROW_PER, TABLES


def test_the_shipped_figures_are_of_the_test_part_and_dated():
    figures, reason = about.quality()
    assert figures is not None, reason
    assert figures["part"] == "test" and figures["articles"] > 0
    assert len(figures["measured"]) == 10 and figures["measured"][:2] == "20"
    table = about.measures(figures)
    assert list(table.columns) == about.MEASURE_COLUMNS
    assert {"persons", "meetings", "meeting pairs", "sectors"} <= set(table["measure"])
    assert table[["precision", "recall", "f1"]].stack().between(0, 1).all()
    assert all(table["meaning"].str.len() > 10)


def test_rates_and_seed_events_read_as_sentences():
    figures = {"measured": "2025-01-02", "measures": [], "rates": [{"measure": "meeting dates right", "right": 3, "of": 4, "meaning": "Dates."}],
               "seed_events": {"right": 5, "places_right": 4, "of": 6}}
    lines = about.rates(figures)
    assert lines[0] == "Meeting dates right: 3 of 4 (75%). Dates."
    assert "5 of 6" in lines[1] and "4 of 6 with the right place" in lines[1]


def test_figures_of_another_pipeline_version_say_so():
    figures = {"measured": "2025-01-02", "measures": [], "pipeline_version": "000000000000", "articles": 80}
    words, changed = about.provenance(figures, current_version=pipeline_version())
    assert "2025-01-02" in words and "80 hand-checked" in words and "000000000000" in words
    assert pipeline_version() in changed
    assert about.provenance({**figures, "pipeline_version": "abc"}, current_version="abc")[1] == ""


def test_missing_or_damaged_figures_give_a_reason_instead_of_an_error(tmp_path):
    figures, reason = about.quality(tmp_path / "quality.json")
    assert figures is None and "--write-about" in reason
    (tmp_path / "quality.json").write_text("{not json", "utf-8")
    figures, reason = about.quality(tmp_path / "quality.json")
    assert figures is None and "cannot be read" in reason
    (tmp_path / "quality.json").write_text(json.dumps({"measures": []}), "utf-8")
    assert about.quality(tmp_path / "quality.json")[0] is None


def test_every_table_is_described_with_its_columns():
    described = about.tables()
    assert [name for name, _, _ in described] == list(TABLES)
    assert set(ONE_ROW_PER) <= set(TABLES)
    for name, row, columns in described:
        assert list(columns["column"]) == [c.name for c in TABLES[name]]
        assert row.startswith("One row per"), name


def test_the_benchmark_writes_what_the_page_reads(tmp_path, monkeypatch):
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("quality_bench", ROOT / "bench" / "quality.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setattr(bench, "ABOUT", tmp_path / "quality.json")
    scores = bench.Scores()
    scores.add("persons", 8, 2, 2)
    scores.dates, scores.places = [3, 4], [2, 4]
    bench.write_about(scores, 80, (5, 4, 6))
    figures, reason = about.quality(tmp_path / "quality.json")
    assert figures is not None, reason
    persons = about.measures(figures).set_index("measure").loc["persons"]
    assert (persons["precision"], persons["recall"], persons["right"], persons["wrong"], persons["missed"]) == (0.8, 0.8, 8, 2, 2)
    assert figures["pipeline_version"] == pipeline_version() and figures["articles"] == 80
    assert about.rates(figures)[0].startswith("Meeting dates right: 3 of 4 (75%).")


def test_a_week_is_scored_against_the_month_it_falls_in():
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("quality_bench", ROOT / "bench" / "quality.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    week = {"date": "2007-05-28", "date_precision": "week"}  # Monday 28 May to Sunday 3 June
    assert bench.date_right("2007-05", week) and bench.date_right("2007-06", week)
    assert not bench.date_right("2007-07", week) and not bench.date_right("2007-05-30", week)
    assert bench.date_right("2007-05-28", week) is True

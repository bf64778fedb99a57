"""Incremental ingest: stored parts, recognised inputs, stored signatures, appended rows, compaction."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pandas as pd
import pytest

from core import load_corpus
from core.pipeline import admit as admit_module
from core.pipeline import tables as tables_module
from core.pipeline.date_spans import compatible_dates
from core.pipeline.events import _cluster, _same_place
from core.pipeline.ingest import ingest
from core.store.schema import STORED
from core.store import Store
from tests.conftest import FIXTURES, ROOT


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.drop(columns=[c for c in ("ingested_at",) if c in frame]).astype(str)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def test_appending_writes_a_new_part_and_compaction_keeps_every_row(store_dir):
    store = Store(store_dir)
    first = pd.DataFrame({"article_id": ["a", "b"], "text": ["one", "two"]})
    with store.writing():
        store.commit({"articles": first})
        store.commit(append={"articles": pd.DataFrame({"article_id": ["c"], "text": ["three"]})})
        store.commit(append={"articles": pd.DataFrame({"article_id": [], "text": []})})  # nothing to add: no part
    assert len(store.parts("articles")) == 2
    assert store.manifest()["tables"]["articles"] == 3
    assert list(store.read("articles")["article_id"]) == ["a", "b", "c"]
    assert list(store.read("articles", columns=["article_id"], filters=[("article_id", "in", ["c"])])["article_id"]) == ["c"]
    with store.writing():
        version = store.compact()
    assert len(store.parts("articles")) == 1 and store.version() == version
    assert list(store.read("articles")["text"]) == ["one", "two", "three"]
    with store.writing():
        assert store.compact() == version  # nothing left to compact: no new version


def test_a_store_of_one_file_per_table_is_read_and_carried_forward(store_dir):
    """Version folders written before parts existed hold TABLE.parquet files and a manifest without parts."""
    folder = store_dir / "versions" / "000001"
    folder.mkdir(parents=True)
    pd.DataFrame({"article_id": ["old"], "text": ["kept"]}).to_parquet(folder / "articles.parquet")
    (folder / "manifest.json").write_text(json.dumps({"format": 1, "version": 1, "tables": {"articles": 1}}))
    (store_dir / "CURRENT").write_text("1\n")
    store = Store(store_dir)
    assert list(store.read("articles")["text"]) == ["kept"]
    with store.writing():
        store.commit(append={"articles": pd.DataFrame({"article_id": ["new"], "text": ["added"]})})
    assert list(store.read("articles")["article_id"]) == ["old", "new"]
    assert not (store_dir / "versions" / "000001").exists() or store.version() == 2


def test_an_input_seen_before_is_recognised_without_cleaning_it_again(tmp_path, store_dir, wikinews_slice, monkeypatch):
    source = _jsonl(tmp_path / "a.jsonl", wikinews_slice[:3])
    ingest([source], store=Store(store_dir))
    version = Store(store_dir).version()

    def refuse(*args, **kwargs):
        raise AssertionError("a recognised input was cleaned again")

    monkeypatch.setattr(admit_module, "clean_document", refuse)
    report = ingest([source], store=Store(store_dir))
    assert (report.unchanged, report.added, len(report.failed)) == (3, 0, 0)
    assert Store(store_dir).version() == version  # nothing new: no version written


def test_an_ingest_of_inputs_all_seen_before_loads_neither_pandas_nor_the_model(tmp_path, store_dir, wikinews_slice):
    source = _jsonl(tmp_path / "a.jsonl", wikinews_slice[:3] + [{"title": "Brief", "text": "Too short to keep."}])
    ingest([source], store=Store(store_dir))
    script = ("import sys; from core.cli import main; code = main(['ingest', sys.argv[1], '--store', sys.argv[2], '--quiet']); "
              "print(code, sorted(m for m in ('pandas', 'spacy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script, str(source), str(store_dir)], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stdout + done.stderr
    assert "0 added, 3 unchanged" in done.stdout and "too short after cleaning (4 words" in done.stdout


def test_an_input_too_short_to_keep_is_failed_again_without_cleaning_it_again(tmp_path, store_dir, wikinews_slice, monkeypatch):
    source = _jsonl(tmp_path / "a.jsonl", wikinews_slice[:2] + [{"title": "Brief", "text": "Too short to keep."}])
    first = ingest([source], store=Store(store_dir))
    assert [(p.path, p.reason) for p in first.failed] == [("a.jsonl#line 3", "too short after cleaning (4 words; at least 5 needed)")]

    def refuse(*args, **kwargs):
        raise AssertionError("an input rejected before was cleaned again")

    with monkeypatch.context() as patched:
        patched.setattr(admit_module, "clean_document", refuse)
        again = ingest([source], store=Store(store_dir))
    assert [(p.path, p.reason) for p in again.failed] == [(p.path, p.reason) for p in first.failed]
    assert again.unchanged == 2
    monkeypatch.setenv("BILATERAL_LENS_MIN_ARTICLE_WORDS", "3")  # another length setting: the record is read again
    assert ingest([source], store=Store(store_dir)).added == 1


def test_changed_metadata_makes_an_input_new_again(tmp_path, store_dir, wikinews_slice):
    ingest([_jsonl(tmp_path / "a.jsonl", wikinews_slice[:1])], store=Store(store_dir))
    retitled = dict(wikinews_slice[0], title="A better title")
    report = ingest([_jsonl(tmp_path / "a.jsonl", [retitled])], store=Store(store_dir))
    assert report.updated == 1
    assert list(load_corpus(store_dir).articles["title"]) == ["A better title"]


def test_new_articles_are_appended_and_stored_ones_are_not_rewritten(tmp_path, store_dir, wikinews_slice):
    ingest([_jsonl(tmp_path / "a.jsonl", wikinews_slice[:3])], store=Store(store_dir))
    store = Store(store_dir)
    before = {name: list(store.parts(name)) for name in ("articles", "mentions", "sectors")}
    ingest([_jsonl(tmp_path / "b.jsonl", wikinews_slice[3:])], store=store)
    for name, parts in before.items():
        now = store.parts(name)
        assert [p.name for p in now[: len(parts)]] == [p.name for p in parts] and len(now) == len(parts) + 1, name
        assert now[0].stat().st_ino == parts[0].stat().st_ino  # the very same file, hard-linked
    assert len(load_corpus(store_dir).articles) == len(wikinews_slice)


def test_a_copy_of_a_stored_article_is_found_by_its_stored_signature(tmp_path, store_dir, wikinews_slice):
    original = wikinews_slice[0]
    ingest([_jsonl(tmp_path / "a.jsonl", [original])], store=Store(store_dir))
    assert len(Store(store_dir).read("signatures")) == 1
    copy = dict(original, id="copy", text=original["text"] + "\n\nReporting by a news agency.")
    report = ingest([_jsonl(tmp_path / "b.jsonl", [copy])], store=Store(store_dir))
    assert report.duplicates == 1


def test_a_store_without_signatures_gets_them_on_its_next_ingest(tmp_path, store_dir, wikinews_slice):
    original = wikinews_slice[0]
    ingest([_jsonl(tmp_path / "a.jsonl", [original])], store=Store(store_dir))
    store = Store(store_dir)
    manifest_file = store.version_dir(store.version()) / "manifest.json"
    manifest = json.loads(manifest_file.read_text())
    manifest["parts"]["signatures"] = []  # as a store written before signatures were kept
    manifest_file.write_text(json.dumps(manifest))
    copy = dict(original, id="copy", text=original["text"] + "\n\nReporting by a news agency.")
    report = ingest([_jsonl(tmp_path / "b.jsonl", [copy])], store=store)
    assert report.duplicates == 1
    assert sorted(store.read("signatures")["article_id"]) == sorted(load_corpus(store_dir).articles["article_id"])


@pytest.mark.model
def test_adding_articles_gives_the_tables_a_whole_rebuild_gives(tmp_path, monkeypatch):
    """Appending new articles (tables.extend, which re-clusters only the event groups they reach), ingesting every
    article at once, and rebuilding every table (tables.refresh) agree."""
    records = [json.loads(line) for line in (FIXTURES / "wikinews" / "russia_china.jsonl").read_text("utf-8").splitlines()]
    first, second = _jsonl(tmp_path / "first.jsonl", records[:4]), _jsonl(tmp_path / "second.jsonl", records[4:])
    seeds = ROOT / "seeds"
    appended, rebuilt, at_once = Store(tmp_path / "appended"), Store(tmp_path / "rebuilt"), Store(tmp_path / "at_once")
    for store in (appended, rebuilt):
        ingest([seeds, first], store=store)
    ingest([second], store=appended)
    ingest([seeds, first, second], store=at_once)
    for name in ("meetings", "events"):
        assert _sorted(appended.read(name)).equals(_sorted(at_once.read(name))), name

    def whole(store, new, *, progress):  # the rebuild path, for comparison
        result = tables_module.refresh(pd.concat([store.read("articles"), new], ignore_index=True),
                                       {name: store.read(name) for name in tables_module.PER_ARTICLE}, progress=progress)
        return result

    monkeypatch.setattr(admit_module, "extend", whole)
    ingest([second], store=rebuilt)
    for name in STORED:
        assert _sorted(appended.read(name)).equals(_sorted(rebuilt.read(name))), name


def test_clustering_by_sweep_finds_the_clusters_of_comparing_every_pair():
    rng = random.Random(7)
    days = [f"2024-0{m}-{d:02d}" for m in (3, 4) for d in (1, 2, 4, 7, 9, 28, 30)]
    records = []
    for i in range(60):
        date = rng.choice(days + ["2024-03", "2024-04", "2024", "2023", None])
        records.append({"date": date, "date_precision": rng.choice(["day", "approx"]) if date and len(date) == 10 else "month",
                        "location": rng.choice([None, "Moscow", "Beijing"]), "countries": ["RUS", "CHN"]})
    members = list(range(len(records)))

    def brute() -> list[set[int]]:
        parent = {i: i for i in members}

        def find(i):
            while parent[i] != i:
                i = parent[i]
            return i
        dated = [i for i in members if records[i]["date"]]
        for n, i in enumerate(dated):
            for j in dated[:n]:
                a, b = records[i], records[j]
                if compatible_dates(a["date"], a["date_precision"], b["date"], b["date_precision"]) and _same_place(
                        a["location"], b["location"], a["countries"], b["countries"]):
                    parent[find(i)] = find(j)
        groups: dict[int, set[int]] = {}
        for i in dated:
            groups.setdefault(find(i), set()).add(i)
        return sorted(map(sorted, groups.values()))

    swept = sorted(d for d in (sorted(i for i in c if records[i]["date"]) for c in _cluster(records, members)) if d)
    assert swept == brute()


def test_compact_command_rewrites_the_parts_and_says_so(tmp_path, store_dir, wikinews_slice, capsys):
    from core.cli import main

    ingest([_jsonl(tmp_path / "a.jsonl", wikinews_slice[:2])], store=Store(store_dir))
    ingest([_jsonl(tmp_path / "b.jsonl", wikinews_slice[2:4])], store=Store(store_dir))
    rows = {name: len(Store(store_dir).read(name)) for name in STORED}
    assert main(["compact", "--store", str(store_dir)]) == 0
    assert "rewritten as" in capsys.readouterr().out
    store = Store(store_dir)
    assert all(len(store.parts(name)) <= 1 for name in STORED)
    assert {name: len(store.read(name)) for name in STORED} == rows
    assert main(["compact", "--store", str(store_dir)]) == 0
    assert "nothing to compact" in capsys.readouterr().out
    assert main(["compact", "--store", str(tmp_path / "none")]) == 2


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_table_exported_in_batches_is_the_whole_table(tmp_path, store_dir, wikinews_slice, fmt):
    import io

    from core.store.export import serialise, stream

    ingest([_jsonl(tmp_path / "a.jsonl", wikinews_slice[:3])], store=Store(store_dir))
    ingest([_jsonl(tmp_path / "b.jsonl", wikinews_slice[3:])], store=Store(store_dir))
    store = Store(store_dir)
    whole = store.read("mentions")
    out = io.BytesIO()
    assert stream(store, "mentions", fmt, out, batch_rows=7) == len(whole) > 14
    assert out.getvalue() == serialise(whole, fmt) or fmt == "parquet"
    if fmt == "parquet":
        pd.testing.assert_frame_equal(pd.read_parquet(io.BytesIO(out.getvalue())), pd.read_parquet(io.BytesIO(serialise(whole, fmt))))


def test_an_empty_table_exports_its_header(store_dir, wikinews_slice, tmp_path):
    import io

    from core.store.export import stream

    ingest([_jsonl(tmp_path / "a.jsonl", wikinews_slice[:1])], store=Store(store_dir))
    out = io.BytesIO()
    assert stream(Store(store_dir), "inputs", "csv", out) == 1
    out = io.BytesIO()
    with Store(store_dir).writing():
        Store(store_dir).commit({"events": pd.DataFrame()})
    assert stream(Store(store_dir), "events", "csv", out) == 0
    assert out.getvalue().decode().startswith("event_id,participants,")


def test_an_ingest_leaves_articles_of_another_pipeline_version_to_annotate(tmp_path, store_dir, wikinews_slice, monkeypatch):
    from core.cli import main

    ingest([_jsonl(tmp_path / "a.jsonl", wikinews_slice[:3])], store=Store(store_dir))
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "people.csv").write_text("person_id,canonical,country,aliases\nada_l,Ada Lovelace,GBR,\n")
    monkeypatch.setenv("BILATERAL_LENS_KNOWLEDGE_DIR", str(tmp_path / "knowledge"))  # another pipeline version
    before = load_corpus(store_dir).articles["annotated_with"].iloc[0]
    report = ingest([_jsonl(tmp_path / "b.jsonl", wikinews_slice[3:4])], store=Store(store_dir))
    assert report.added == 1 and report.annotated == 1, "only the new article is annotated"
    assert any("3 stored article(s) were annotated by another pipeline version" in p.reason for p in report.warnings)
    versions = load_corpus(store_dir).articles["annotated_with"]
    assert (versions == before).sum() == 3 and versions.nunique() == 2
    assert main(["annotate", "--store", str(store_dir), "--quiet"]) == 0
    assert load_corpus(store_dir).articles["annotated_with"].nunique() == 1


def test_uploads_are_ingested_in_a_separate_interpreter(tmp_path, store_dir, monkeypatch):
    import subprocess

    from core.errors import BilateralLensError
    from core.pipeline.apart import ingest_uploads_apart

    report = ingest_uploads_apart([("a.txt", b"Peru and Chile met in Lima about fishing and trade.")], store=store_dir)
    assert report.added == 1 and report.version == 1
    assert len(load_corpus(store_dir).articles) == 1

    def dies(*args, **kwargs):
        return subprocess.CompletedProcess(args, -9, "", "")

    monkeypatch.setattr(subprocess, "run", dies)
    with pytest.raises(BilateralLensError, match="nothing was stored"):
        ingest_uploads_apart([("b.txt", b"Norway and Sweden met in Oslo about energy.")], store=store_dir)
    assert Store(store_dir).version() == 1


def test_a_missing_part_is_named_as_damage(store_dir):
    from core.errors import StoreError

    store = Store(store_dir)
    with store.writing():
        store.commit({"articles": pd.DataFrame({"article_id": ["a"], "text": ["one"]})})
    store.parts("articles")[0].unlink()
    with pytest.raises(StoreError, match="missing from version 1 .* damaged"):
        store.read("articles")


def test_a_new_title_in_metadata_updates_the_stored_article_even_when_it_changes_the_cleaned_text(tmp_path, store_dir):
    folder = tmp_path / "inbox"
    folder.mkdir()
    body = ("Leaders Meet In Oslo\n\nLeaders of Norway and Sweden met in Oslo on Monday to discuss energy and trade.\n\n"
            "They agreed to build a new power line across the border before the end of the decade.\n")
    (folder / "story.txt").write_text(body)
    ingest([folder], store=Store(store_dir))
    (folder / "metadata.csv").write_text("file,title\nstory.txt,A title of our own\n")  # the first line is no longer the title
    report = ingest([folder], store=Store(store_dir))
    assert (report.added, report.updated) == (0, 1)
    assert "the stored text is kept, its metadata updated" in report.warnings[0].reason
    articles = load_corpus(store_dir).articles
    assert list(articles["title"]) == ["A title of our own"] and not articles["text"].iloc[0].startswith("Leaders Meet")
    assert ingest([folder], store=Store(store_dir)).unchanged == 1  # and it stays so

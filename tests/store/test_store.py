"""The store's promises: atomic versions, consistent concurrent reads, nothing lost to a killed writer."""
import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest

from core import load_corpus
from core.errors import StoreLocked, StoreNotFound, UnknownTable
from core.store import Store, open_existing
from tests.conftest import ROOT

BATCH = 40


def write_batch(folder, start: int, count: int = BATCH):
    lines = [
        json.dumps({"id": f"a{i}", "text": f"Article number {i}: delegates from country {i} met officials of country {i + 1} to discuss trade and energy cooperation."})
        for i in range(start, start + count)
    ]
    path = folder / f"batch_{start:06d}.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_empty_store_reads_as_empty_typed_tables(store_dir):
    store = Store(store_dir)
    assert store.version() == 0 and not store.exists()
    assert list(store.read("articles").columns)[:3] == ["article_id", "source_id", "path"]
    with pytest.raises(StoreNotFound, match="bilateral-lens ingest"):
        open_existing(store_dir)
    with pytest.raises(UnknownTable, match="choose one of"):
        store.read("nope")


def test_commit_makes_a_new_version_and_keeps_only_recent_ones(store_dir, monkeypatch):
    monkeypatch.setenv("BILATERAL_LENS_KEEP_VERSIONS", "2")
    store = Store(store_dir)
    frame = pd.DataFrame({"article_id": ["x"], "text": ["t"]})
    with store.writing():
        for _ in range(4):
            store.commit({"articles": frame})
    assert store.version() == 4
    assert sorted(p.name for p in (store_dir / "versions").iterdir()) == ["000003", "000004"]
    assert store.manifest()["tables"] == {"articles": 1}


def test_a_second_writer_is_refused_while_one_writes(store_dir):
    store = Store(store_dir)
    with store.writing():
        with pytest.raises(StoreLocked, match="another process"):
            with Store(store_dir).writing():
                pass


READER = """
import sys, time, json

from core import load_corpus
from core.store import Store
store, batch, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
seen, bad, end = set(), [], time.time() + seconds
while time.time() < end:
    corpus = load_corpus(store)
    if corpus.version == 0:
        continue
    n = len(corpus.articles)
    expected = Store(store).manifest(corpus.version)["tables"]["articles"]
    if n % batch or n != expected or corpus.articles["article_id"].duplicated().any():
        bad.append((corpus.version, n, expected))
    seen.add(corpus.version)
print(json.dumps({"versions": sorted(seen), "bad": bad}))
"""


def test_a_writer_that_has_to_wait_says_so_once_and_a_file_is_no_store(store_dir, tmp_path, monkeypatch, capsys):
    from core.cli import main
    from core.errors import StoreError

    told = []
    monkeypatch.setattr(Store, "on_wait", lambda path, wait: told.append((path, wait)))
    store = Store(store_dir)
    with store.writing():
        with pytest.raises(StoreLocked):
            with Store(store_dir).writing(wait=0.35):
                pass
    assert told == [(store.path, 0.35)]
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(StoreError, match="is a file, not a store directory"):
        Store(tmp_path / "f.txt")
    assert main(["ingest", str(tmp_path / "f.txt"), "--store", str(tmp_path / "f.txt")]) == 2
    assert "is a file, not a store directory: pass --store a folder" in capsys.readouterr().err
    # a store inside another store's folders (its versions) is refused, not written there to be pruned away
    inner = store.path / "versions" / "mine"
    with store.writing():
        store.commit({"articles": pd.DataFrame({"article_id": ["a"]})})
    assert store.exists()
    with pytest.raises(StoreError, match="lies inside the store"):
        Store(inner)
    assert main(["ingest", str(tmp_path / "f.txt"), "--store", str(inner)]) == 2
    assert not inner.exists()


def test_a_reader_process_sees_whole_versions_while_a_writer_commits(tmp_path, store_dir):
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(store_dir), str(BATCH), "8"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    from core.pipeline.ingest import ingest

    for start in range(0, BATCH * 8, BATCH):
        ingest([write_batch(tmp_path, start)], store=Store(store_dir))
        time.sleep(0.3)
    out, _ = reader.communicate(timeout=60)
    result = json.loads(out)
    assert result["bad"] == []
    assert len(result["versions"]) >= 3  # it really read while versions changed


def test_a_killed_ingest_leaves_the_store_as_it_was(tmp_path, store_dir):
    from core.pipeline.ingest import ingest

    ingest([write_batch(tmp_path, 0)], store=Store(store_dir))
    big = tmp_path / "big"
    big.mkdir()
    for start in range(BATCH, BATCH * 60, BATCH):
        write_batch(big, start)
    outcomes = set()
    for delay in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0):
        before = Store(store_dir).version()
        proc = subprocess.Popen(
            [sys.executable, "-m", "core.cli", "ingest", str(big), "--store", str(store_dir), "--quiet"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        corpus = load_corpus(store_dir)
        outcomes.add(corpus.version - before)
        assert corpus.version in (before, before + 1)
        assert len(corpus.articles) in (BATCH, BATCH * 60)  # the old corpus or the new, never a part
        assert set(corpus.articles.columns) >= {"article_id", "text"}
    # a later writer cleans what the killed ones left behind and works
    report = ingest([write_batch(tmp_path, 10_000)], store=Store(store_dir))
    assert report.added == BATCH
    assert not [p for p in (store_dir / "versions").iterdir() if p.name.startswith(".staging")]
    assert 0 in outcomes  # at least one kill landed before the commit


def test_load_corpus_returns_every_declared_table(store_dir, tmp_path):
    from core.pipeline.ingest import ingest
    from core.store.schema import TABLES

    ingest([write_batch(tmp_path, 0)], store=Store(store_dir))
    corpus = load_corpus(store_dir)
    assert set(corpus.tables) == set(TABLES)
    assert os.path.samefile(corpus.store, store_dir)


def test_list_columns_are_lists_and_missing_lists_are_empty():
    from core.store.schema import conform

    values = [["A", "B"], ("A",), np.array(["C", "D"], dtype=object), np.array([], dtype=object), [], None, float("nan"),
              [None], [float("nan")], pd.NA]
    frame = conform("events", pd.DataFrame({"event_id": [f"e{i}" for i in range(len(values))], "participants": values}))
    assert list(frame["participants"]) == [["A", "B"], ["A"], ["C", "D"], [], [], [], [], [], [], []]
    assert all(type(v) is list for v in frame["participants"])


def test_a_conformed_frame_is_taken_as_it_is_and_any_other_is_conformed():
    from core.store.schema import conform, conformed

    raw = pd.DataFrame({"event_id": ["e1", "e2"], "participants": [("A", "B"), np.array(["C"], dtype=object)]})
    once = conformed("events", raw)
    assert once.equals(conform("events", raw)) and list(once["participants"]) == [["A", "B"], ["C"]]
    shuffled = once.iloc[::-1]
    again = conformed("events", shuffled)
    assert again.equals(shuffled.reset_index(drop=True))
    assert conformed("events", once.assign(participants=[("A", "B"), ["C"]]))["participants"].map(type).eq(list).all()

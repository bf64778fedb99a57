"""Annotation on a Dask cluster (--workers, --scheduler): the same store as one process, failures per article."""
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from core import settings
from core.cli import main
from core.pipeline import forkserver, workers
from core.pipeline.annotate import running_on
from core.pipeline.ingest import ingest
from core.store.schema import TABLES
from core.store import Store
from tests.conftest import FIXTURES, ROOT


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=300)


def comparable(store: Store, table: str) -> pd.DataFrame:
    frame = store.read(table).drop(columns=["ingested_at"], errors="ignore")
    text = frame.astype(str)
    return text.sort_values(list(text.columns)).reset_index(drop=True)


@pytest.fixture
def inputs(tmp_path):
    """The five seed articles and eight of the evaluation set."""
    lines = (FIXTURES / "eval" / "articles.jsonl").read_text("utf-8").splitlines()[:8]
    (tmp_path / "eval.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return [str(ROOT / "seeds"), str(tmp_path / "eval.jsonl")]


@pytest.mark.model
def test_two_workers_write_the_same_store_as_one_process(tmp_path, inputs):
    env = {k: v for k, v in os.environ.items() if k != "BILATERAL_LENS_MODEL"}
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert cli("ingest", *inputs, "--store", str(serial), "--quiet", env=env).returncode == 0
    done = cli("ingest", *inputs, "--store", str(parallel), "--workers", "2", env=env)
    assert done.returncode == 0, done.stderr
    assert "13 added" in done.stdout and "warnings" not in done.stdout
    one, two = Store(serial), Store(parallel)
    assert len(one.read("meetings")) > 0
    for table in TABLES:
        pd.testing.assert_frame_equal(comparable(one, table), comparable(two, table), obj=table)


@pytest.mark.parametrize("flags", [[], ["--workers", "1"]])
def test_the_default_path_never_imports_dask(tmp_path, flags):
    code = ("import sys; from core.cli import main; main(['ingest', 'seeds', '--quiet', '--store', sys.argv[1], *sys.argv[2:]]);"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "store"), *flags], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.splitlines()[-1:] == ["[]"], done.stderr[-3000:]  # a crash shows its traceback


def test_a_client_that_annotates_on_workers_never_imports_spacy(tmp_path):
    code = ("import sys; from core.cli import main; main(['ingest', 'seeds', '--quiet', '--workers', '2', '--store', sys.argv[1]]);"
            "print('spacy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "store")], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.stdout.splitlines()[-1:] == ["False"], done.stderr[-3000:]  # a crash shows its traceback
    assert len(Store(tmp_path / "store").read("mentions")) > 0  # the workers did annotate


@pytest.mark.parametrize("args, message", [
    (["--workers", "0"], "error: --workers must be 1 or more, not 0"),
    (["--workers", "-3"], "error: --workers must be 1 or more, not -3"),
    (["--workers", "2", "--scheduler", "tcp://127.0.0.1:9"], "error: give --workers (a cluster on this machine) or --scheduler"),
    (["--scheduler", "tcp://127.0.0.1:9"], "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 ("),
    (["--scheduler", "no such address"], "error: cannot reach the Dask scheduler at no such address ("),
])
@pytest.mark.parametrize("command", ["ingest", "annotate"])
def test_bad_cluster_arguments_give_one_line_and_a_non_zero_exit(tmp_path, store_dir, capsys, monkeypatch, command, args, message):
    monkeypatch.setattr(workers, "CONNECT_SECONDS", 1.0)
    (tmp_path / "a.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    assert main(["ingest", str(tmp_path / "a.txt"), "--store", str(store_dir)]) == 0
    capsys.readouterr()
    before = Store(store_dir).version()
    paths = [str(tmp_path / "a.txt")] if command == "ingest" else []
    assert main([command, *paths, "--store", str(store_dir), "--force" if command == "annotate" else "--quiet", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) == 1, err
    assert Store(store_dir).version() == before


def test_the_scheduler_setting_is_used_and_documented(tmp_path, store_dir, capsys, monkeypatch):
    monkeypatch.setattr(workers, "CONNECT_SECONDS", 1.0)
    monkeypatch.setenv("BILATERAL_LENS_SCHEDULER", "tcp://127.0.0.1:9")
    (tmp_path / "a.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    assert main(["ingest", str(tmp_path), "--store", str(store_dir)]) == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path), "--store", str(store_dir), "--workers", "1"]) == 0, "--workers wins over the setting"
    assert "`BILATERAL_LENS_SCHEDULER`" in (ROOT / "README.md").read_text()


@pytest.fixture(scope="module")
def threads_cluster():
    """A cluster of two one-thread workers inside the test process, so that monkeypatching reaches the workers."""
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1", dashboard_address=None,
                           scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"})
    yield cluster.scheduler_address
    cluster.close()


def write_articles(folder, texts):
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text)


TEXTS = ["Norway and Sweden met in Oslo about energy and trade.", "This article EXPLODES in the annotator, sadly.",
         "Peru and Chile met in Lima about fishing and trade.", "Kenya and Tanzania met in Arusha about a railway line."]


def test_a_failing_article_on_a_worker_costs_only_that_article(tmp_path, store_dir, exploding_annotation, threads_cluster):
    write_articles(tmp_path, TEXTS)
    seen = []

    def progress(items, total):
        seen.append(total)
        for item in items:
            seen.append(item)
            yield item

    with workers.annotation_cluster(scheduler=threads_cluster):
        report = ingest([tmp_path], store=Store(store_dir), annotate_progress=progress)
    assert report.added == 4 and report.annotated == 3
    assert [p.path for p in report.warnings] == ["1.txt"]
    assert "annotation failed (ValueError: a rule tripped over this text)" in report.warnings[0].reason
    assert seen[0] == 4 and len(seen) == 5, "one progress step per article"


def test_a_chunk_that_fails_whole_is_redone_article_by_article(tmp_path, store_dir, monkeypatch, threads_cluster):
    real = workers.annotate_chunk

    def dying(articles, values):
        if any("EXPLODES" in r["text"] for r in articles):
            raise RuntimeError("worker lost")
        return real(articles, values)

    monkeypatch.setattr(workers, "annotate_chunk", dying)
    monkeypatch.setattr(workers, "CHUNK_ARTICLES", 4)
    write_articles(tmp_path, TEXTS)
    with workers.annotation_cluster(scheduler=threads_cluster):
        report = ingest([tmp_path], store=Store(store_dir))
    assert report.added == 4 and report.annotated == 3
    assert [(p.path, p.reason.split(": ", 1)[1]) for p in report.warnings] == [
        ("1.txt", "annotation failed (RuntimeError: worker lost); stored without annotations")]


def test_a_worker_with_another_pipeline_version_annotates_nothing(tmp_path, store_dir, monkeypatch, threads_cluster):
    real = workers.annotate_chunk
    monkeypatch.setattr(workers, "annotate_chunk", lambda articles, values: {**real(articles, values), "pipeline": "0ld"})
    write_articles(tmp_path, TEXTS[:1])
    with workers.annotation_cluster(scheduler=threads_cluster):
        report = ingest([tmp_path], store=Store(store_dir))
    assert report.annotated == 0 and "a worker annotated with pipeline 0ld" in report.warnings[0].reason
    assert Store(store_dir).read("mentions").empty


def test_workers_annotate_with_the_clients_settings_not_their_environment(tmp_path, store_dir, monkeypatch):
    """Worker processes start with the client's environment of that moment; what counts is the settings sent with
    each task. Here the workers' environment names extra knowledge files, which changes the pipeline version."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "people.csv").write_text("person_id,canonical,country,aliases\nzz_test,Zed Zedson,NO,\n")
    monkeypatch.setenv("BILATERAL_LENS_KNOWLEDGE_DIR", str(knowledge))
    dask = workers.DaskAnnotator(workers=1)
    try:
        monkeypatch.delenv("BILATERAL_LENS_KNOWLEDGE_DIR")
        write_articles(tmp_path, TEXTS[:1])
        with running_on(dask):
            report = ingest([tmp_path / "0.txt"], store=Store(store_dir))
    finally:
        dask.close()
    assert report.annotated == 1 and not report.warnings


def test_chunks_keep_the_order_and_balance_text_length():
    texts = ["x" * (1000 if i % 10 == 0 else 10) for i in range(100)]
    articles = [{"article_id": str(i), "text": text} for i, text in enumerate(texts)]
    parts = workers.chunks(articles, slots=2)
    assert [r for p in parts for r in p] == articles
    assert all(0 < len(p) <= workers.CHUNK_ARTICLES for p in parts) and len(parts) >= 8
    sizes = [sum(len(r["text"]) for r in p) for p in parts]
    assert max(sizes) < 3 * (sum(sizes) / len(parts))
    assert workers.chunks(articles[:0]) == [] and len(workers.chunks(articles[:3], slots=4)) == 3
    uniform = [{"article_id": str(i), "text": "x" * 100} for i in range(96)]
    sizes = [len(p) for p in workers.chunks(uniform, slots=2)]
    assert sum(sizes) == 96 and sizes[-4:] == [sizes[0] // 2] * 4  # the last chunk of each slot, halved


def test_settings_given_to_a_task_win_over_the_environment(monkeypatch):
    monkeypatch.setenv("BILATERAL_LENS_BATCH_SIZE", "7")
    with settings.using({"batch_size": 3, "model": "x"}):
        assert settings.get("batch_size") == 3 and settings.get("model") == "x"
    assert settings.get("batch_size") == 7
    assert json.dumps(workers.worker_settings())  # plain values, sent to every worker


def test_a_cluster_started_alongside_reading_that_fails_says_so_at_first_use(monkeypatch):
    import distributed

    def refuse(*args, **kwargs):
        raise OSError("no free port")

    monkeypatch.setattr(distributed, "LocalCluster", refuse)
    dask = workers.DaskAnnotator(workers=2, background=True)  # returns at once: the start runs in a thread
    with pytest.raises(workers.ClusterError, match=r"cannot start 2 local Dask workers \(OSError: no free port\)"):
        dask.client
    dask.close()  # nothing left to close, and no hang


@pytest.mark.skipif(not forkserver.available(), reason="this system has no fork server")
def test_the_fork_server_starts_once_with_the_model_preload():
    from multiprocessing import forkserver as stdlib_forkserver

    assert forkserver.start()
    first = stdlib_forkserver._forkserver._forkserver_pid
    assert forkserver.start() and stdlib_forkserver._forkserver._forkserver_pid == first  # already running: kept
    assert stdlib_forkserver._forkserver._preload_modules == forkserver.PRELOAD


def test_a_worker_process_annotates_without_loading_pandas():
    """What a local worker is forked from, and the task it runs, take and give plain records: pandas (a quarter of
    a second to import, and memory in every worker) stays in the client."""
    code = ("import sys, distributed, core.pipeline.preload\n"
            "from core.pipeline.annotate import annotate_chunk\n"
            "out = annotate_chunk([{'article_id': 'a', 'text': 'Putin met Xi in Moscow on Monday.', "
            "'published': '2024-05-22', 'published_precision': 'day'}], {})\n"
            "assert 'pandas' not in sys.modules, 'pandas was imported'\n"
            "print(len(out['mentions']), sorted(out))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BILATERAL_LENS_MODEL": "blank"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split(" ", 1)[1].strip() == str(sorted(["failed", "meetings", "mentions", "pipeline", "sectors", "tone"]))

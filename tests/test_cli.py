import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pandas as pd
import pytest

from core.cli import main
from tests.conftest import FIXTURES, ROOT


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)


def test_ingest_prints_a_summary_and_info_counts(store_dir):
    done = cli("ingest", str(FIXTURES / "messy"), str(FIXTURES / "hostile"), "--store", str(store_dir))
    assert done.returncode == 0
    first = done.stdout.splitlines()[0]
    assert "13 added, 0 unchanged, 0 repeated, 0 updated, 0 near-duplicate(s), 11 failed, 1 skipped; store version 1" in first
    assert "  report.txt: not a text file: looks like a PDF document" in done.stdout
    info = cli("info", "--store", str(store_dir))
    assert info.returncode == 0
    assert "articles: 13 (0 near-duplicates)" in info.stdout and "version: 1" in info.stdout
    assert "published: 2006-06-12 … 2009-10-13" in info.stdout


def test_ingest_of_nothing_readable_exits_non_zero(store_dir):
    done = cli("ingest", str(FIXTURES / "hostile" / "empty.txt"), "--store", str(store_dir))
    assert done.returncode == 1 and "nothing could be read" in done.stdout


@pytest.mark.parametrize("args", [["frobnicate"], ["export", "nope"], ["ingest"], ["export", "articles", "--format", "xml"]])
def test_bad_arguments_exit_with_usage(args):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2


def test_commands_on_a_missing_store_explain_how_to_fix(store_dir, capsys):
    assert main(["info", "--store", str(store_dir)]) == 2
    assert "run `bilateral-lens ingest PATH" in capsys.readouterr().err


def test_store_from_environment(store_dir, tmp_path):
    import os

    env = dict(os.environ, BILATERAL_LENS_STORE=str(store_dir))
    assert cli("ingest", str(FIXTURES / "messy"), env=env).returncode == 0
    assert "articles: 3" in cli("info", env=env).stdout


@pytest.fixture
def filled_store(store_dir):
    assert main(["ingest", str(FIXTURES / "messy"), "--store", str(store_dir), "--quiet"]) == 0
    return store_dir


def test_export_jsonl_keeps_lists_as_lists(filled_store):
    done = cli("export", "articles", "--store", str(filled_store), "--format", "jsonl")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 3
    trade = next(r for r in rows if r["path"] == "000_trade_deals.txt")
    assert isinstance(trade["headings"], list) and len(trade["headings"]) == 2
    assert trade["duplicate_of"] is None and trade["title_inferred"] is False


def test_export_csv_and_parquet_files_equal_the_table(filled_store, tmp_path):
    from core import load_corpus

    table = load_corpus(filled_store).articles
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "a.parquet")]) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "a.parquet"), table, check_dtype=False)
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "a.csv")]) == 0
    csv = pd.read_csv(tmp_path / "a.csv")
    assert list(csv.columns) == list(table.columns)
    assert sorted(csv["article_id"]) == sorted(table["article_id"])
    assert all(isinstance(json.loads(h), list) for h in csv["headings"])


def test_export_never_replaces_a_device_or_pipe_and_writes_through_a_link(filled_store, tmp_path, capsys):
    import os

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert main(["export", "meetings", "--store", str(filled_store), "--out", str(fifo)]) == 2
    assert "is not a regular file" in capsys.readouterr().err and fifo.is_fifo()
    target, link = tmp_path / "target.csv", tmp_path / "link.csv"
    target.write_text("old", "utf-8")
    link.symlink_to(target)
    assert main(["export", "meetings", "--store", str(filled_store), "--out", str(link)]) == 0
    assert link.is_symlink() and target.read_text("utf-8").startswith("meeting_id")


def test_export_into_a_folder_or_a_missing_folder_says_which(filled_store, tmp_path, capsys):
    assert main(["export", "meetings", "--store", str(filled_store), "--out", str(tmp_path)]) == 2
    assert f"--out {tmp_path} is a folder: name a file in it, e.g. {tmp_path / 'meetings.csv'}" in capsys.readouterr().err
    missing = tmp_path / "nowhere" / "m.csv"
    assert main(["export", "meetings", "--store", str(filled_store), "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"folder {missing.parent} does not exist" in err and "partial" not in err
    assert not missing.parent.exists()


def test_export_takes_its_format_from_any_case_of_the_suffix_and_refuses_a_contradicting_format(filled_store, tmp_path, capsys):
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "A.PARQUET")]) == 0
    assert (tmp_path / "A.PARQUET").read_bytes()[:4] == b"PAR1"
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "x.csv"), "--format", "parquet"]) == 2
    assert "--out" in (err := capsys.readouterr().err) and "names a .csv file but --format is parquet: name it x.parquet" in err
    assert not (tmp_path / "x.csv").exists()


def test_export_to_a_gz_file_compresses_csv_and_jsonl_and_refuses_parquet(filled_store, tmp_path, capsys):
    from core import load_corpus

    table = load_corpus(filled_store).articles
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "a.csv.gz")]) == 0
    assert (tmp_path / "a.csv.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert sorted(pd.read_csv(tmp_path / "a.csv.gz")["article_id"]) == sorted(table["article_id"])
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "a.JSONL.GZ")]) == 0
    assert len(pd.read_json(tmp_path / "a.JSONL.GZ", lines=True, compression="gzip")) == len(table)
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "a.parquet.gz")]) == 2
    assert "Parquet compresses its own columns; name it a.parquet" in capsys.readouterr().err
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "b.csv.gz"), "--format", "jsonl"]) == 2
    assert "name it b.jsonl.gz, or drop --format" in capsys.readouterr().err
    assert not (tmp_path / "a.parquet.gz").exists() and not (tmp_path / "b.csv.gz").exists()


def test_a_csv_export_never_hands_a_spreadsheet_a_formula():
    from core.store.export import serialise

    frame = pd.DataFrame({"source": ["=HYPERLINK(\"http://x\")", "@SUM(1+1)", "-2+3", "+1", "Reuters", None],
                          "sentence": [1, -2, 3, 4, 5, 6]})
    frame["kind"] = pd.Categorical(["=1", "a", "a", "a", "a", "a"])
    back = pd.read_csv(io.BytesIO(serialise(frame, "csv")))
    assert back["source"].tolist()[:5] == ["'=HYPERLINK(\"http://x\")", "'@SUM(1+1)", "'-2+3", "'+1", "Reuters"]
    assert back["sentence"].tolist() == [1, -2, 3, 4, 5, 6] and back["kind"][0] == "'=1"
    assert json.loads(serialise(frame, "jsonl").decode().splitlines()[0])["source"].startswith("=HYPERLINK")


def test_serve_becomes_streamlit_with_our_settings(monkeypatch, store_dir):
    calls = []
    monkeypatch.setattr("os.execve", lambda exe, cmd, env: calls.append((cmd, env)))
    monkeypatch.setattr("os.chdir", lambda path: None)
    main(["serve", "--store", str(store_dir), "--port", "8765"])
    cmd, env = calls[0]
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[cmd.index("--server.port") + 1] == "8765"
    assert cmd[cmd.index("--browser.gatherUsageStats") + 1] == "false"
    assert cmd[cmd.index("--server.address") + 1] == "127.0.0.1", "binds to this machine unless told otherwise"
    assert env["BILATERAL_LENS_STORE"] == str(store_dir.resolve())


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_serve_refuses_a_port_out_of_range_in_one_line(monkeypatch, store_dir, capsys, port):
    monkeypatch.setattr("os.execve", lambda exe, cmd, env: pytest.fail("started with a bad port"))
    assert main(["serve", "--store", str(store_dir), "--port", port]) == 2
    assert f"--port {port}: a port is a number from 1 to 65535" in capsys.readouterr().err


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_stopping_serve_leaves_nothing_listening(tmp_path, signal_number):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "BILATERAL_LENS_STORE": str(tmp_path / "store")}
    server = subprocess.Popen([sys.executable, "-m", "core.cli", "serve", "--port", str(port)],
                              cwd=ROOT, env={**env, "STREAMLIT_SERVER_HEADLESS": "true", "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert _wait_until(lambda: _answers(port), seconds=60), "the dashboard never answered"
        server.send_signal(signal_number)
        server.wait(timeout=30)
        assert _wait_until(lambda: not _answers(port), seconds=10), "a server is still listening after serve stopped"
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _wait_until(condition, *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_annotate_redoes_only_articles_of_an_older_pipeline(filled_store, tmp_path, monkeypatch, capsys):
    from core.store import Store

    capsys.readouterr()
    assert main(["annotate", "--store", str(filled_store)]) == 0
    assert "all 3 article(s) already annotated" in capsys.readouterr().out and Store(filled_store).version() == 1
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "people.csv").write_text("person_id,canonical,country,aliases\nada_l,Ada Lovelace,GBR,\n")
    monkeypatch.setenv("BILATERAL_LENS_KNOWLEDGE_DIR", str(tmp_path / "knowledge"))  # a new knowledge file: stale
    (tmp_path / "fourth.txt").write_text("Ministers of Chile and Peru met in Lima on Thursday to settle their dispute.")
    assert main(["ingest", str(tmp_path / "fourth.txt"), "--store", str(filled_store), "--quiet"]) == 0  # current
    capsys.readouterr()
    assert main(["annotate", "--store", str(filled_store), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 of 3 article(s) annotated by another pipeline re-annotated with pipeline ")
    assert out.rstrip().endswith("store version 3") and "other languages" not in out
    from core import load_corpus

    assert load_corpus(filled_store).articles["annotated_with"].nunique() == 1
    assert main(["annotate", "--store", str(filled_store)]) == 0
    assert "already annotated" in capsys.readouterr().out


def test_annotate_force_redoes_everything_and_a_missing_store_is_explained(filled_store, store_dir, tmp_path, capsys):
    done = cli("annotate", "--store", str(filled_store), "--force")
    assert done.returncode == 0 and "3 of 3 article(s) re-annotated" in done.stdout and "store version 2" in done.stdout
    assert main(["annotate", "--store", str(tmp_path / "nowhere")]) == 2
    assert "bilateral-lens ingest" in capsys.readouterr().err


def test_export_to_a_json_file_writes_one_array_in_batches(filled_store, tmp_path):
    from core import load_corpus
    from core.store import Store
    from core.store.export import stream

    table = load_corpus(filled_store).articles
    assert main(["export", "articles", "--store", str(filled_store), "--out", str(tmp_path / "a.json")]) == 0
    rows = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert isinstance(rows, list) and sorted(r["article_id"] for r in rows) == sorted(table["article_id"])
    with open(tmp_path / "b.json", "wb") as out:  # one row per batch: still one array
        assert stream(Store(filled_store), "articles", "json", out, batch_rows=1) == len(table)
    assert json.loads((tmp_path / "b.json").read_text("utf-8")) == rows
    assert main(["export", "corrections", "--store", str(filled_store), "--out", str(tmp_path / "c.json")]) == 0
    assert json.loads((tmp_path / "c.json").read_text("utf-8")) == []

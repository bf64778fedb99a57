"""One bad article never costs the run, the store or a secret: hostile folders, links out of the folder, bad records in
multi-record files, failing annotation steps, undated reports of dated meetings, and a report that names every input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from core import load_corpus
from core.cli import main
from core.pipeline.ingest import ingest
from core.pipeline.uploads import ingest_uploads
from core.store import Store
from tests.conftest import ROOT

PUTIN_XI_UNDATED = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing to discuss energy and trade.\n"
PUTIN_XI_DATED = {"title": "Putin and Xi meet", "date": "2024-05-16",
                  "text": "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Thursday. "
                          "The two leaders discussed energy and trade."}


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600)


def hostile_folder(folder: Path, secret: Path) -> dict[str, str]:
    """Every kind of bad input at once; returns file → what must become of it ("stored" or a reason fragment)."""
    folder.mkdir()
    (folder / "undated.txt").write_text(PUTIN_XI_UNDATED)
    (folder / "dated.jsonl").write_text(json.dumps(PUTIN_XI_DATED) + "\n")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_text("Ministers met again. " * 80_000)
    (folder / "latin1.txt").write_bytes("Le président a rencontré Angela Merkel à Berlin pour parler du commerce et de l'énergie.".encode("latin-1"))
    (folder / "broken_utf8.txt").write_bytes(b"Leaders of Peru and Chile met in Lima \xff\xfe\xfa to discuss the fishing dispute.")
    (folder / "malformed.json").write_text('{"title": "x", "text": "unterminated')
    (folder / "rows.csv").write_text('title,text\nGood row,"Brazil and Argentina held talks in Buenos Aires on trade."\nBad row,"unterminated\n')
    lines = [{"title": "Payload", "text": "<img src=x onerror=alert(1)> <body onload=alert(1)> x"},
             {"title": "Kept", "text": "Japan and South Korea held talks in Tokyo on fisheries and security cooperation."},
             "not an object", {"title": "No text"}]
    (folder / "mixed.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n{broken\n")
    (folder / "scripts.html").write_text("<html><head><title>Summit <script>alert(1)</script></title></head><body onload='alert(1)'>"
                                         "<script>document.write('x')</script><article><p>The presidents of Kenya and Tanzania "
                                         "met in Arusha on Monday to discuss a new railway.</p></article></body></html>")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    os.symlink(secret, folder / "link.txt")
    os.symlink(secret.parent, folder / "linked_folder")
    (folder / "inside.txt").write_text("Officials of Chile and Bolivia met in Santiago to discuss access to the sea.")
    os.symlink(folder / "inside.txt", folder / "link_inside.txt")
    return {
        "undated.txt": "stored", "dated.jsonl#line 1": "stored", "picture.txt": "PNG", "empty.txt": "empty",
        "huge.txt": "too large", "latin1.txt": "stored", "broken_utf8.txt": "stored", "malformed.json": "malformed JSON",
        "rows.csv#row 1": "stored", "mixed.jsonl#line 1": "no article text", "mixed.jsonl#line 2": "stored",
        "mixed.jsonl#line 3": "expected an object", "mixed.jsonl#line 4": "no text field", "mixed.jsonl#line 5": "malformed JSON",
        "scripts.html": "stored", "notes.docx": "unsupported", "link.txt": "outside the ingested folder",
        "linked_folder": "link to a folder", "inside.txt": "stored", "link_inside.txt": "same text as",
    }


@pytest.mark.model
def test_a_hostile_folder_ingests_in_one_run_and_accounts_for_every_input(tmp_path):
    secret = tmp_path / "private" / "passwords"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash\nSECRET-TOKEN-123 is never an article, whatever links to it\n")
    expected = hostile_folder(tmp_path / "inbox", secret)
    store = tmp_path / "store"
    first = cli("ingest", str(tmp_path / "inbox"), "--store", str(store), env={"BILATERAL_LENS_MAX_FILE_MB": "1"})
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stdout + first.stderr
    stored = set(load_corpus(store).articles["path"])
    for name, outcome in expected.items():
        if outcome == "stored":
            assert name in stored, f"{name} should be stored:\n{first.stdout}"
        else:
            line = next((line for line in first.stdout.splitlines() if line.strip().startswith(f"{name}:")), None)
            assert line and outcome in line, f"{name} should be named with {outcome!r}:\n{first.stdout}"
    corpus = load_corpus(store)
    assert not corpus.articles["text"].str.contains("SECRET-TOKEN|root:x:0:0").any(), "nothing from outside the folder"
    assert not any("link" in p for p in corpus.articles["path"] if p != "link_inside.txt")
    events = corpus.table("events")
    putin_xi = events[events["participants"].map(lambda p: set(p) == {"Vladimir Putin", "Xi Jinping"})]
    assert len(putin_xi) == 1 and putin_xi.iloc[0]["n_articles"] == 2, "the undated and the dated report are one event"

    again = cli("ingest", str(tmp_path / "inbox"), "--store", str(store), env={"BILATERAL_LENS_MAX_FILE_MB": "1"})
    assert again.returncode == 0 and "Traceback" not in again.stderr and " 0 added" in again.stdout
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "more.jsonl").write_text(json.dumps({"date": "2024-05-17", "text": "Xi Jinping and Vladimir Putin met again in Harbin on Friday."}) + "\n")
    later = cli("ingest", str(tmp_path / "later"), "--store", str(store))
    assert later.returncode == 0 and " 1 added" in later.stdout, later.stdout + later.stderr


def test_links_out_of_the_folder_are_skipped_and_links_inside_are_read(tmp_path, store_dir):
    secret = tmp_path / "secret.txt"
    secret.write_text("The password of the administrator is hunter2, and this file lives outside the folder.")
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / "story.txt").write_text("Leaders of Norway and Sweden met in Oslo to discuss energy.")
    os.symlink(secret, inbox / "link.txt")
    os.symlink(inbox / "sub" / "story.txt", inbox / "alias.txt")
    os.symlink(tmp_path, inbox / "up")
    os.symlink(inbox / "missing.txt", inbox / "dangling.txt")
    report = ingest([inbox], store=Store(store_dir))
    skipped = {p.path: p.reason for p in report.skipped}
    assert "outside the ingested folder" in skipped["link.txt"]
    assert "folder: not followed" in skipped["up"]
    assert report.added == 1 and [p.path for p in report.same] == ["sub/story.txt"], "alias.txt is read, its target is the same text"
    texts = " ".join(load_corpus(store_dir).articles["text"])
    assert "hunter2" not in texts
    assert {p.path: p.reason for p in report.failed}["dangling.txt"].startswith("broken symbolic link")


def test_a_sidecar_linked_from_outside_is_ignored(tmp_path, store_dir):
    outside = tmp_path / "meta.csv"
    outside.write_text("file,title\nstory.txt,Secret title from outside\n")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.txt").write_text("Leaders of Norway and Sweden met in Oslo to discuss energy.")
    os.symlink(outside, inbox / "metadata.csv")
    report = ingest([inbox], store=Store(store_dir))
    assert "Secret title" not in " ".join(load_corpus(store_dir).articles["title"])
    assert any("sidecar metadata ignored" in p.reason for p in report.failed)


@pytest.mark.parametrize(
    ("name", "content", "bad", "good"),
    [
        ("a.jsonl", "\n".join(json.dumps(o) for o in [{"text": "<body onload=alert(1)><img src=x onerror=alert(1)> x"},
                                                       {"text": "Japan and Korea held talks in Tokyo on fisheries and security."},
                                                       {"text": "Peru and Chile met in Lima to discuss the fishing dispute today."}]),
         "a.jsonl#line 1", ["a.jsonl#line 2", "a.jsonl#line 3"]),
        ("b.json", json.dumps([{"text": "<body onload=alert(1)><img src=x onerror=alert(1)> x"},
                               {"text": "Japan and Korea held talks in Tokyo on fisheries and security."}]),
         "b.json#item 1", ["b.json#item 2"]),
        ("c.csv", 'text\n"<body onload=alert(1)><img src=x onerror=alert(1)> x"\n"Japan and Korea held talks in Tokyo on fisheries and security."\n',
         "c.csv#row 1", ["c.csv#row 2"]),
    ],
)
def test_a_bad_record_is_named_and_the_rest_of_the_file_is_kept(tmp_path, store_dir, name, content, bad, good):
    (tmp_path / name).write_text(content)
    report = ingest([tmp_path / name], store=Store(store_dir))
    assert bad in {p.path for p in report.failed}
    assert set(good) <= set(load_corpus(store_dir).articles["path"])


def test_an_unexpected_error_on_one_record_is_that_records_problem(tmp_path, store_dir, monkeypatch):
    import core.pipeline.read as read

    real = read._from_mapping
    monkeypatch.setattr(read, "_from_mapping", lambda obj, loc, aliases: (_ for _ in ()).throw(RuntimeError("boom")) if "BOOM" in str(obj) else real(obj, loc, aliases))
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": "BOOM goes this one record of the file"}) + "\n" + json.dumps({"text": "Japan and Korea held talks in Tokyo on fisheries."}) + "\n")
    report = ingest([tmp_path], store=Store(store_dir))
    assert [str(p) for p in report.failed] == ["x.jsonl#line 1: unreadable record (RuntimeError: boom)"]
    assert report.added == 1


def test_one_failing_article_is_stored_unannotated_and_named_while_the_rest_is_annotated(tmp_path, store_dir, exploding_annotation):
    for i, text in enumerate(["Norway and Sweden met in Oslo about energy and trade.", "This article EXPLODES in the annotator, sadly.",
                              "Peru and Chile met in Lima about fishing and trade."]):
        (tmp_path / f"{i}.txt").write_text(text)
    report = ingest([tmp_path], store=Store(store_dir))
    assert report.added == 3 and report.annotated == 2
    assert [p.path for p in report.warnings if "annotation failed" in p.reason] == ["1.txt"]
    assert "ValueError: a rule tripped over this text" in str(report.warnings[0])
    articles = load_corpus(store_dir).articles.set_index("path")
    assert pd.isna(articles.loc["1.txt", "annotated_with"]) and articles["annotated_with"].notna().sum() == 2
    exploding_annotation()  # the fault is fixed
    (tmp_path / "3.txt").write_text("Kenya and Tanzania met in Arusha about a railway line.")
    later = ingest([tmp_path], store=Store(store_dir))
    assert later.annotated == 2, "the failed article is annotated again by the next ingest, with the new one"
    assert load_corpus(store_dir).articles["annotated_with"].notna().all()


def test_a_failing_batch_is_redone_article_by_article(tmp_path, store_dir, monkeypatch):
    from core.pipeline.nlp import load_nlp

    nlp = load_nlp()
    real_pipe = type(nlp).pipe
    monkeypatch.setattr(type(nlp), "pipe", lambda self, docs, **kw: (_ for _ in ()).throw(MemoryError("batch too big")))
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Story number {i}: Norway and Sweden met in Oslo about energy and trade.")
    report = ingest([tmp_path], store=Store(store_dir))
    monkeypatch.setattr(type(nlp), "pipe", real_pipe)
    assert report.added == 3 and report.annotated == 3 and not report.warnings


def test_a_failing_event_group_falls_back_to_one_event_per_meeting():
    from core.pipeline import events

    rows = [{"meeting_id": f"m{i}", "article_id": f"a{i}", "participants": people, "countries": ["X", "Y"], "location": None,
             "date": date, "date_precision": "day" if date else "unknown", "kind": "talks", "referenced": False, "confidence": 0.5}
            for i, (people, date) in enumerate([(["A B", "C D"], "2020-01-01"), (["A B", "C D"], None), (["E F", "G H"], "2020-01-01"),
                                                (["E F", "G H"], float("nan"))])]
    frame = pd.DataFrame(rows)
    meetings, table, failed = events.assign_events(frame)
    assert not failed and len(table) == 2, "undated reports join the dated one (NaN and None are both unknown)"
    real = events._cluster
    events._cluster = lambda records, members: (_ for _ in ()).throw(KeyError("odd")) if records[members[0]]["participants"][0] == "A B" else real(records, members)
    try:
        meetings, table, failed = events.assign_events(frame)
    finally:
        events._cluster = real
    assert [group for group, _ in failed] == ["A B – C D"]
    assert len(table) == 3 and set(meetings["event_id"]) == set(table["event_id"])


def test_a_failing_corpus_step_keeps_the_new_articles_and_says_so(tmp_path, store_dir, monkeypatch):
    import core.pipeline.tables as tables

    def down(*args):
        raise RuntimeError("cluster down")

    monkeypatch.setattr(tables, "assign_events", down)
    monkeypatch.setattr(tables, "update_events", down)  # the incremental path falls back to clustering every group
    (tmp_path / "a.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    report = ingest([tmp_path], store=Store(store_dir))
    assert report.added == 1 and report.version == 1
    assert any("event clustering failed (RuntimeError: cluster down)" in p.reason for p in report.warnings)


def test_a_store_with_an_undated_meeting_takes_later_ingests(tmp_path, store_dir):
    """The poisoned-store case: typed nulls round-trip through Parquet and every later ingest still works."""
    from core.pipeline.tables import refresh
    from core.store.schema import build, columns

    store = Store(store_dir)
    (tmp_path / "a.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    ingest([tmp_path / "a.txt"], store=store)
    articles = store.read("articles")
    meeting = dict.fromkeys(columns("meetings"))
    meeting.update(meeting_id="m1", article_id=articles["article_id"][0], participants=["A B", "C D"], countries=[], referenced=False,
                   start=0, end=5, confidence=0.5, rules=[], kind="talks", date_precision="unknown", evidence="x")
    with store.writing():
        result = refresh(articles, {"mentions": store.read("mentions"), "sectors": store.read("sectors"), "meetings": build("meetings", [meeting])})
        store.commit(result.tables)
    stored = store.read("meetings")
    assert stored["date"].isna().all() and stored["date"].dtype == "string"
    (tmp_path / "b.txt").write_text("Peru and Chile met in Lima about fishing and trade on 3 March 2021.")
    report = ingest([tmp_path / "b.txt"], store=store)
    assert report.added == 1 and report.version == 3


def test_short_english_is_annotated_and_confident_foreign_text_is_not(tmp_path, store_dir):
    (tmp_path / "short.txt").write_text("Putin met Xi in Beijing on Monday.")
    (tmp_path / "turkish_lookalike.txt").write_text("Vladimir Putin met Recep Tayyip Erdoğan in Ankara.")
    (tmp_path / "german.txt").write_text("Angela Merkel traf Emmanuel Macron am Dienstag in Berlin zu Gesprächen über die Wirtschaft und den Handel.")
    report = ingest([tmp_path], store=Store(store_dir))
    articles = load_corpus(store_dir).articles.set_index("path")
    from core.pipeline.language import is_annotated

    for name in ("short.txt", "turkish_lookalike.txt"):
        row = articles.loc[name]
        assert row["language_confidence"] < 0.9 and is_annotated(row["language"], row["language_confidence"]), name
    assert articles.loc["german.txt", "language"] == "de" and articles.loc["german.txt", "language_confidence"] > 0.9
    assert [p.path for p in report.warnings if "annotation covers English only" in p.reason] == ["german.txt"]


@pytest.mark.parametrize("name", __import__("core.knowledge", fromlist=["PIPELINE_FILES"]).PIPELINE_FILES)
def test_editing_any_knowledge_file_the_pipeline_reads_changes_its_version(tmp_path, monkeypatch, name):
    from core.pipeline.version import pipeline_version

    monkeypatch.setenv("BILATERAL_LENS_KNOWLEDGE_DIR", str(tmp_path))
    before = pipeline_version()
    (tmp_path / name).write_text("term\nsomething new\n")
    assert pipeline_version() != before


def test_every_knowledge_file_the_pipeline_opens_is_in_the_version_list():
    import re

    from core.knowledge import PIPELINE_FILES

    opened = set()
    for path in (ROOT / "core" / "pipeline").glob("*.py"):
        opened |= set(re.findall(r"knowledge_(?:rows|text)\(\"([^\"]+)\"\)", path.read_text()))
        assert "resources.files(\"core.data\").joinpath(\"" not in path.read_text() or path.name in ("chrome.py", "read.py", "kb.py"), path
    assert opened and opened <= set(PIPELINE_FILES)
    assert {"false_person_words.csv", "name_order.csv"} <= opened


def test_the_summary_names_every_input_not_stored_and_lists_long_reports_in_a_file(tmp_path, store_dir, capsys):
    for i in range(30):
        (tmp_path / f"empty{i:02d}.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    (tmp_path / "copy.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    assert main(["ingest", str(tmp_path), "--store", str(store_dir), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "… and" not in out and "(30 failed; 1 with a text stored already)" in out
    report_file = Path(out.split("its reason in ")[1].split()[0])
    listed = report_file.read_text()
    assert all(f"empty{i:02d}.txt\tempty file" in listed for i in range(30))
    assert "good.txt\tsame text as copy.txt in this ingest: stored once" in listed
    assert main(["ingest", str(tmp_path / "good.txt"), "--store", str(store_dir), "--quiet"]) == 0
    again = capsys.readouterr().out
    assert "good.txt: same text as stored article" in again and "(copy.txt): not stored again" in again


def test_an_unchanged_re_ingest_only_counts_its_inputs_and_writes_no_report_file(tmp_path, store_dir, capsys):
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(f"Story {i}: Norway and Sweden met in Oslo about energy and trade.")
    assert main(["ingest", str(tmp_path), "--store", str(store_dir), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["ingest", str(tmp_path), "--store", str(store_dir), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "0 added, 30 unchanged" in out and "not stored again" not in out and "report" not in out
    assert not (store_dir / "reports").exists()


def test_ingest_without_a_terminal_prints_progress_lines(tmp_path, store_dir):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Story {i}: Norway and Sweden met in Oslo about energy and trade.")
    run = cli("ingest", str(tmp_path), "--store", str(store_dir), env={"BILATERAL_LENS_PROGRESS_SECONDS": "0", "BILATERAL_LENS_MODEL": "blank"})
    assert run.returncode == 0, run.stderr
    assert "reading: 1/3 inputs" in run.stderr and "annotating:" in run.stderr and "\r" not in run.stderr


def test_a_refused_upload_reports_the_stores_real_version(tmp_path, store_dir, monkeypatch):
    store = Store(store_dir)
    (tmp_path / "a.txt").write_text("Norway and Sweden met in Oslo about energy and trade.")
    ingest([tmp_path], store=store)
    monkeypatch.setenv("BILATERAL_LENS_MAX_UPLOAD_MB", "0.001")
    report = ingest_uploads([("big.txt", b"x " * 10_000), ("tool.exe", b"MZ"), ("../../etc/evil.txt", b"Peru and Chile met in Lima about fishing.")], store=store)
    assert report.version == store.version() == 1 + (report.added > 0)
    reasons = {p.path: p.reason for p in report.failed + report.skipped}
    assert "larger than 0.001 MB" in reasons["big.txt"] and "unsupported file type .exe" in reasons["tool.exe"]
    assert "evil.txt" in set(load_corpus(store_dir).articles["path"]), "an uploaded name never leaves the upload folder"


def test_bidirectional_controls_never_reach_a_reader(tmp_path, store_dir):
    from core.present.render import md_escape
    from core.views.state import parse

    _, notice = parse({"person": "Vladimir\u202e Putin", "x\u2066y": "1"}, vocab={"people": []})
    assert notice and not any(ch in notice for ch in "\u202e\u2066")
    assert "\u202e" not in md_escape("abc\u202edef")
    (tmp_path / "a.txt").write_text("Leaders of Norway\u202e and Sweden met in Oslo \u2067about\u2069 energy.")
    ingest([tmp_path], store=Store(store_dir))
    assert not load_corpus(store_dir).articles["text"].str.contains("[\u202a-\u202e\u2066-\u2069]").any()

"""What a new user's trial on hostile folders found: every case here once lost an input, flipped the store between
two versions, misnamed a problem or let the store ingest itself."""
from __future__ import annotations

import gzip
import json
import os
import sys

import pytest

from core import load_corpus
from core.cli import _progress_lines, main
from core.pipeline.ingest import ingest
from core.store import Store

TEXT = "Leaders of Norway and Sweden met in Oslo on Monday to discuss energy and trade."


def test_the_same_text_with_different_dates_gives_one_stable_store(tmp_path, store_dir):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.json").write_text(json.dumps({"text": TEXT, "date": "2021-01-01"}))
    (inbox / "b.json").write_text(json.dumps({"text": TEXT, "date": "2023-03-20"}))
    (inbox / "c.jsonl").write_text(json.dumps({"text": TEXT, "date": "2023-09"}) + "\n")
    store = Store(store_dir)
    first = ingest([inbox], store=store)
    assert (first.added, first.repeated) == (1, 2)
    assert all("it differs in publication date: a.json's values are kept" in p.reason for p in first.same if p.path != "a.json")
    versions = [first.version] + [ingest([inbox], store=store).version for _ in range(2)]
    assert versions == [1, 1, 1], "re-ingesting the same inputs writes nothing new"
    assert load_corpus(store_dir).articles["published"].tolist() == ["2021-01-01"], "a day beats a month; then the first input"


@pytest.mark.parametrize("order", [("a.json", "b.json"), ("b.json", "a.json")])
def test_the_same_text_in_two_ingests_keeps_one_input_s_metadata_whatever_the_order(tmp_path, store_dir, order):
    (tmp_path / "a.json").write_text(json.dumps({"text": TEXT, "date": "2005-07-01", "source": "A"}))
    (tmp_path / "b.json").write_text(json.dumps({"text": TEXT, "date": "2005-06-15", "source": "B"}))
    (tmp_path / "c.json").write_text(json.dumps({"text": TEXT, "date": "2005-06"}))  # a month: never beats a day
    for name in (*order, "c.json"):
        ingest([tmp_path / name], store=Store(store_dir))
    row = load_corpus(store_dir).articles.iloc[0]
    assert (row["path"], row["published"], row["source"]) == ("a.json", "2005-07-01", "A")


def test_a_store_inside_the_ingested_folder_is_never_read(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(TEXT)
    for _ in range(3):
        report = ingest([inbox], store=Store(inbox / "store"))
    assert report.added == 0 and not report.failed and not report.skipped
    assert load_corpus(inbox / "store").articles["path"].tolist() == ["a.txt"]


def test_a_store_its_reports_and_a_copy_of_a_store_are_never_read_as_articles(tmp_path):
    import shutil

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(TEXT)
    store = Store(tmp_path / "store")
    ingest([inbox], store=store)
    (store.path / "reports").mkdir()
    (store.path / "reports" / "ingest-1.txt").write_text("failed\t01_empty.txt\tempty file, and more words than five")
    for given in (store.path, store.path / "reports", store.path / "reports" / "ingest-1.txt"):
        report = ingest([given], store=store)
        assert report.added == 0 and [p.reason for p in report.skipped] == [
            f"inside the Bilateral Lens store {store.path.resolve()}: a store's own files are never read"]
    shutil.copytree(store.path, inbox / "old store")
    report = ingest([inbox], store=store)
    assert report.added == 0 and [(p.path, p.reason) for p in report.skipped] == [
        ("old store", "a Bilateral Lens store: its files are never read")]
    assert load_corpus(store.path).articles["path"].tolist() == ["a.txt"]


def test_a_stray_item_in_a_wrapped_json_list_is_its_own_problem_and_json_kinds_are_named_as_json(tmp_path, store_dir):
    (tmp_path / "w.json").write_text(json.dumps({"articles": [{"text": TEXT}, 5, None, "text"]}))
    report = ingest([tmp_path], store=Store(store_dir))
    assert report.added == 1
    assert [(p.path, p.reason) for p in report.failed] == [
        ("w.json#item 2", "expected an object, found a number"), ("w.json#item 3", "expected an object, found null"),
        ("w.json#item 4", "expected an object, found a string")]
    (tmp_path / "page.json").write_text("<html><body><p>Norway and Sweden met.</p></body></html>")
    report = ingest([tmp_path / "page.json"], store=Store(store_dir))
    assert report.failed[0].reason.endswith("; it looks like HTML: name it .html")


def test_a_header_only_csv_and_sidecar_rows_naming_no_file_are_named(tmp_path, store_dir):
    (tmp_path / "header.csv").write_text("title,text,date\n")
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "metadata.csv").write_text("file,title\na.txt,Oslo talks\nnonexistent.txt,Ghost\n../../etc/passwd,x\n000_*,y\n")
    report = ingest([tmp_path], store=Store(store_dir))
    assert report.added == 1
    assert [(p.path, p.reason) for p in report.failed] == [("header.csv", "no articles found: the CSV has a header row and no rows")]
    (tmp_path / "twice.csv").write_text("text,title,TITLE\n" + "\n".join(f'"{TEXT} ({i})",a,b' for i in range(3)) + "\n")
    report = ingest([tmp_path / "twice.csv"], store=Store(store_dir))
    assert [(p.path, p.reason) for p in report.warnings] == [
        ("twice.csv#row 1", "the header names title more than once: the last such column is read")]
    assert sorted((p.path, p.reason) for p in report.skipped) == [
        ("metadata.csv#row 2", "names 'nonexistent.txt', which is no file of this folder: row ignored"),
        ("metadata.csv#row 3", "names '../../etc/passwd', which is no file of this folder: row ignored")]


def test_a_pipe_or_a_looping_link_given_by_name_is_named_for_what_it_is(tmp_path, store_dir):
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "loopB", tmp_path / "loopA")
    os.symlink(tmp_path / "loopA", tmp_path / "loopB")
    report = ingest([tmp_path / "pipe.txt", tmp_path / "loopA"], store=Store(store_dir))
    reasons = sorted(p.reason for p in report.skipped + report.failed)
    assert reasons == ["broken symbolic link (its target is missing or it loops)",
                       "not a regular file (a pipe, socket or device): not read"]


def test_every_list_of_articles_in_a_json_wrapper_is_read(tmp_path, store_dir):
    other = "Rishi Sunak and Joe Biden held talks in Washington about trade and security."
    (tmp_path / "w.json").write_text(json.dumps({"articles": [{"text": TEXT}], "more": [{"text": other}]}))
    assert ingest([tmp_path], store=Store(store_dir)).added == 2


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("blank.jsonl", b"\n\n  \n", "no records: the file holds only blank lines"),
    ("blank.jsonl.gz", gzip.compress(b"\n" * 1000), "no records: the file holds only blank lines"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
    ("object.jsonl", json.dumps({"text": {"body": 1}}).encode(), "text field is a JSON object, not a string"),
    ("bomb.jsonl.gz", gzip.compress(b" " * 3_000_000), "decompresses to more than 2 MB"),
])
def test_inputs_that_give_nothing_are_named_with_the_real_reason(tmp_path, store_dir, monkeypatch, name, content, reason):
    monkeypatch.setenv("BILATERAL_LENS_MAX_STRUCTURED_FILE_MB", "2")
    (tmp_path / name).write_bytes(content)
    report = ingest([tmp_path], store=Store(store_dir))
    assert any(reason in p.reason for p in report.failed), [str(p) for p in report.failed]


def test_json_text_with_control_characters_is_cleaned_not_refused(tmp_path, store_dir):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT.replace("Oslo", "Oslo\u0000\u0007")}) + "\n")
    assert ingest([tmp_path], store=Store(store_dir)).added == 1
    assert "\x00" not in load_corpus(store_dir).articles["text"][0]


def test_fields_of_the_wrong_type_are_ignored_with_a_warning(tmp_path, store_dir):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT, "title": ["a"], "date": {"x": 1}, "source": 123}) + "\n")
    report = ingest([tmp_path], store=Store(store_dir))
    reasons = [p.reason for p in report.warnings]
    assert "title field is a JSON list, not text: ignored" in reasons and "published field is a JSON object, not text: ignored" in reasons
    article = load_corpus(store_dir).articles.iloc[0]
    assert article["title"] != "['a']" and article["source"] == "123"


def test_utf16_without_a_byte_order_mark_is_read(tmp_path, store_dir):
    (tmp_path / "le.txt").write_bytes(TEXT.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(TEXT.replace("Monday", "Tuesday").encode("utf-16-be"))
    assert ingest([tmp_path], store=Store(store_dir)).added == 2


def test_implausible_publication_dates_are_refused_with_a_warning(tmp_path, store_dir):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT, "date": "0001-01-01"}) + "\n"
                                      + json.dumps({"text": TEXT + " Again.", "date": "9999-12-31"}) + "\n")
    report = ingest([tmp_path], store=Store(store_dir))
    assert sum("implausible (before 1800 or in the future) date" in p.reason for p in report.warnings) == 2
    assert load_corpus(store_dir).articles["published"].isna().all()


def test_a_numeric_date_either_way_round_is_read_month_first_with_a_warning(tmp_path, store_dir):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": TEXT, "date": "03/05/2020"}) + "\n"
                                      + json.dumps({"text": TEXT + " Again.", "date": "13/05/2020"}) + "\n")
    report = ingest([tmp_path], store=Store(store_dir))
    warned = [p.reason for p in report.warnings if "day or month first" in p.reason]
    assert len(warned) == 1 and "'03/05/2020'" in warned[0] and "2020-03-05" in warned[0]
    assert sorted(load_corpus(store_dir).articles["published"]) == ["2020-03-05", "2020-05-13"]


def test_chinese_text_keeps_its_punctuation_and_a_sentence_is_long_enough(tmp_path, store_dir):
    (tmp_path / "zh.txt").write_text("中国国家主席习近平在北京会见了俄罗斯总统普京，双方讨论了能源合作。", encoding="utf-8")
    assert ingest([tmp_path], store=Store(store_dir)).added == 1
    assert "，" in load_corpus(store_dir).articles["text"][0]


@pytest.mark.skipif(sys.platform != "linux", reason="control characters in file names")
def test_file_names_with_control_characters_are_escaped_in_the_summary(tmp_path, store_dir, capsys):
    (tmp_path / "bad\nname.txt").write_bytes(b"")
    (tmp_path / "evil\u202e.txt").write_bytes(b"")
    main(["ingest", str(tmp_path), "--store", str(store_dir), "--quiet"])
    out = capsys.readouterr().out
    assert "  bad\\nname.txt: empty file" in out and "evil\\u202e.txt: empty file" in out and "\u202e" not in out


def test_info_lists_every_language_and_a_file_is_no_store(tmp_path, store_dir, capsys):
    languages = {"de": "Angela Merkel traf Emmanuel Macron am Dienstag in Berlin zu Gesprächen über die Wirtschaft und den Handel.",
                 "fr": "Le président français a rencontré son homologue allemand à Paris mardi pour parler du commerce.",
                 "es": "El presidente del Gobierno se reunió con el canciller alemán en Madrid para hablar de comercio.",
                 "it": "Il presidente del Consiglio ha incontrato il cancelliere tedesco a Roma per parlare di commercio.",
                 "pt": "O presidente brasileiro encontrou-se com o chanceler alemão em Brasília para falar de comércio.",
                 "nl": "De Nederlandse premier heeft dinsdag in Den Haag de Duitse bondskanselier ontmoet voor overleg over handel."}
    for code, text in languages.items():
        (tmp_path / f"{code}.txt").write_text(text)
    (tmp_path / "en.txt").write_text(TEXT)
    main(["ingest", str(tmp_path), "--store", str(store_dir), "--quiet"])
    capsys.readouterr()
    main(["info", "--store", str(store_dir)])
    line = next(row for row in capsys.readouterr().out.splitlines() if row.startswith("languages:"))
    assert all(f"{code} 1" in line for code in [*languages, "en"]), line
    (tmp_path / "notastore").write_text("x")
    assert main(["info", "--store", str(tmp_path / "notastore")]) == 2
    assert "is a file, not a store directory" in capsys.readouterr().err


def test_progress_lines_keep_coming_while_one_item_takes_long(monkeypatch, capsys):
    import time

    monkeypatch.setenv("BILATERAL_LENS_PROGRESS_SECONDS", "0.1")

    def slow():
        yield 1
        time.sleep(0.45)
        yield 2

    assert list(_progress_lines(slow(), desc="annotating", unit="article", total=2)) == [1, 2]
    err = capsys.readouterr().err.splitlines()
    assert sum(line.startswith("annotating: 1/2 articles") for line in err) >= 3, err
    assert err[-1].startswith("annotating: 2/2 articles done")


def test_links_that_loop_or_dangle_are_named_as_broken(tmp_path, store_dir):
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    os.symlink("/nonexistent/file.txt", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    report = ingest([tmp_path], store=Store(store_dir))
    reasons = {p.path: p.reason for p in report.failed + report.skipped}
    assert all(reasons[n].startswith("broken symbolic link") for n in ("loop_a.txt", "loop_b.txt", "dangling.txt"))
    assert reasons["pipe.txt"].startswith("not a regular file")


def test_a_pasted_image_bigger_than_the_length_limit_costs_no_paragraph(tmp_path, store_dir, monkeypatch):
    monkeypatch.setenv("BILATERAL_LENS_MAX_ARTICLE_CHARS", "5000")
    after = "The two ministers signed an agreement on fishing rights before they left Oslo."
    (tmp_path / "pasted.txt").write_text(f"{TEXT}\n\ndata:image/png;base64,{'iVBORw0KGgo' * 2000}\n\n{after}\n")
    report = ingest([tmp_path / "pasted.txt"], store=Store(store_dir))
    assert [p.reason for p in report.warnings] == ["1 embedded base64 payload(s) (22,022 characters) left out of the text"]
    assert load_corpus(store_dir).articles["text"].iloc[0].endswith(after)


def test_a_blank_json_file_is_empty_and_an_empty_folder_is_named(tmp_path, store_dir, capsys):
    (tmp_path / "blank.json").write_text("\n  \n")
    (tmp_path / "nothing").mkdir()
    report = ingest([tmp_path / "blank.json"], store=Store(store_dir))
    assert [(p.path, p.reason) for p in report.failed] == [("blank.json", "empty file: only blank space")]
    assert main(["ingest", str(tmp_path / "nothing"), "--store", str(store_dir)]) == 1
    assert f"nothing could be read: no article files found in {tmp_path / 'nothing'}" in capsys.readouterr().out

import json
import shutil

import pandas as pd

from core import load_corpus
from core.pipeline.ingest import article_id, ingest
from core.store import Store
from tests.conftest import FIXTURES


def run(paths, store_dir):
    return ingest(paths, store=Store(store_dir))


def by_path(store_dir):
    return load_corpus(store_dir).articles.set_index("path")


def test_messy_articles_come_out_clean(store_dir):
    report = run([FIXTURES / "messy"], store_dir)
    assert (report.added, report.failed) == (3, [])
    articles = by_path(store_dir)

    trade = articles.loc["000_trade_deals.txt"]
    assert trade.title == "China and Russia sign trade deals worth US$3.5 billion" and not trade.title_inferred
    assert (trade.published, trade.published_precision, trade.published_from) == ("2009-10-13", "day", "metadata")
    assert (trade.source, trade.url) == ("Example Daily", "https://example.org/a")
    for chrome in ("No time to read", "Get a summary", "Loading Now", "Leave a Reply", "Post Comment", "Ronaldo",
                   "Recipes", "Back To Top", "Your email address"):
        assert chrome not in trade.text
    assert trade.text.count("Ma Zhaoxu said") == 1 and trade.text.count("Agricultural Bank") == 1
    assert trade.text.startswith("China China and Russia has signed")
    heading = "Energy deals between the two neighbours"
    start = trade.text.index(heading)
    assert list(trade.headings) == [start, start + len(heading)]

    untitled = articles.loc["001_untitled.txt"]
    assert untitled.title_inferred and untitled.title.startswith("Venezuelan President Hugo Chavez arrived")
    assert untitled.published_precision == "unknown" and untitled.published_from == "none"

    page = articles.loc["002_page.html"]
    assert page.title == "Russia to resume bomber patrols"
    assert (page.published, page.published_from) == ("2007-08-17", "html")
    assert "tracking" not in page.text and "Home" not in page.text.split("\n\n")[0]


def test_every_wikinews_sentence_survives_and_metadata_is_kept(store_dir, wikinews_slice):
    run([FIXTURES / "wikinews" / "slice.jsonl"], store_dir)
    articles = load_corpus(store_dir).articles.set_index("source_id")
    for raw in wikinews_slice:
        row = articles.loc[raw["id"]]
        assert (row.title, row.published, row.published_from, row.source) == (raw["title"], raw["date"], "field", "Wikinews")
        for paragraph in raw["text"].split("\n\n"):
            assert paragraph.strip() in row.text


def test_reingesting_the_same_articles_is_a_no_op(store_dir):
    first = run([FIXTURES / "messy"], store_dir)
    again = run([FIXTURES / "messy"], store_dir)
    assert (again.added, again.unchanged, again.updated) == (0, 3, 0)
    assert again.version == first.version


def test_metadata_added_later_updates_the_stored_article_only(tmp_path, store_dir):
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES / "messy", folder)
    (folder / "metadata.csv").unlink()
    run([folder], store_dir)
    (folder / "metadata.csv").write_text("file,published,source\n000_trade_deals.txt,2009-10-13,Example Daily\n")
    report = run([folder], store_dir)
    assert (report.added, report.updated) == (0, 1)
    row = by_path(store_dir).loc["000_trade_deals.txt"]
    assert (row.published, row.published_from, row.source) == ("2009-10-13", "metadata", "Example Daily")


def test_syndicated_copy_is_kept_and_marked_duplicate(tmp_path, store_dir, wikinews_slice):
    original = wikinews_slice[0]
    copy = dict(original, id="copy", text=original["text"].replace("on Tuesday", "on Tuesday, state media said") + "\n\nReporting by a news agency.")
    (tmp_path / "a.jsonl").write_text(json.dumps(original) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps(copy) + "\n")
    run([tmp_path / "a.jsonl"], store_dir)
    report = run([tmp_path / "b.jsonl"], store_dir)
    assert (report.added, report.duplicates) == (1, 1)
    articles = load_corpus(store_dir).articles.set_index("source_id")
    assert articles.loc["copy", "duplicate_of"] == articles.loc[original["id"], "article_id"]
    assert pd.isna(articles.loc[original["id"], "duplicate_of"])


def test_article_id_is_a_stable_hash_of_the_cleaned_text(store_dir):
    run([FIXTURES / "messy"], store_dir)
    for row in load_corpus(store_dir).articles.itertuples():
        assert row.article_id == article_id(row.text)


EXPECTED_HOSTILE = {
    "empty.txt": "empty file",
    "report.txt": "looks like a PDF document",
    "picture.txt": "looks like a PNG image",
    "archive.txt": "looks like a ZIP archive",
    "malformed.json": "malformed JSON",
    "mixed.jsonl#line 2": "malformed JSON",
    "mixed.jsonl#line 3": "no text field",
    "mixed.jsonl#line 4": "expected an object",
    "mixed.jsonl#line 7": "text field is a number",
    "bad_columns.csv#row 2": "its text cell is empty",
    "no_text_column.csv": "CSV has no text column",
}


def test_hostile_inputs_give_one_line_reasons_and_good_records_are_kept(store_dir):
    report = run([FIXTURES / "hostile"], store_dir)
    failed = {p.path: p.reason for p in report.failed}
    assert set(failed) == set(EXPECTED_HOSTILE)
    for path, phrase in EXPECTED_HOSTILE.items():
        assert phrase in failed[path] and "\n" not in failed[path]
    assert [p.path for p in report.skipped] == ["notes.docx"]
    warnings = {p.path: p.reason for p in report.warnings}
    assert "unreadable date 'not-a-date'" in warnings["bad_columns.csv#row 4"]
    assert "'de'" in warnings["german.txt"]

    articles = by_path(store_dir)
    assert {"mixed.jsonl#line 1", "mixed.jsonl#line 6", "bad_columns.csv#row 1", "bad_columns.csv#row 3",
            "bad_columns.csv#row 4", "scripts.html", "german.txt", "windows1252.txt", "bom_zero_width.txt",
            "records.json.gz"} == set(articles.index)
    assert "São Paulo" in articles.loc["windows1252.txt", "text"]
    assert articles.loc["bom_zero_width.txt", "text"].startswith("Leaders met in Geneva")
    assert "\u200b" not in articles.loc["bom_zero_width.txt", "text"]
    scripts = articles.loc["scripts.html", "text"]
    assert "Chile and Peru met in Lima" in scripts and "alert" not in scripts and "cookie" not in scripts
    assert articles.loc["german.txt", "language"] == "de"
    assert articles.loc["mixed.jsonl#line 6", "published"] == "2006-06-12"


def test_bad_input_never_loses_stored_articles(store_dir):
    run([FIXTURES / "messy"], store_dir)
    before = load_corpus(store_dir).articles
    run([FIXTURES / "hostile"], store_dir)
    after = load_corpus(store_dir).articles
    assert set(before["article_id"]) <= set(after["article_id"])


def test_thousands_of_tiny_files(tmp_path, store_dir):
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:05d}.txt").write_text("ok" if i % 2 else f"Delegates from country {i} met their neighbours in the capital on day {i}.")
    report = run([folder], store_dir)
    assert report.added == 1000 and len(report.failed) == 1000
    assert all("too short" in p.reason for p in report.failed)


def test_a_50_mb_text_file_is_refused_with_the_setting_to_raise(tmp_path, store_dir):
    big = tmp_path / "big.txt"
    with open(big, "w") as handle:
        line = "The ministers met again and talked about trade for a very long time. " * 20 + "\n"
        while handle.tell() < 50_000_000:
            handle.write(line)
    report = run([big], store_dir)
    [problem] = report.failed
    assert "file too large (50.0 MB > 20 MB" in problem.reason and "BILATERAL_LENS_MAX_FILE_MB" in problem.reason
    assert not report.read_anything and not Store(store_dir).exists()


def test_one_id_given_to_two_different_texts_stores_both_and_says_so(tmp_path, store_dir):
    lines = [{"id": "H1", "text": "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday for talks."},
             {"id": "H1", "text": "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in Tokyo on Friday."}]
    (tmp_path / "dup.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")
    report = run([tmp_path / "dup.jsonl"], store_dir)
    assert report.added == 2
    warnings = {p.path: p.reason for p in report.warnings}
    assert "id 'H1' is also the id of dup.jsonl#line 1, whose text differs: both are stored" in warnings["dup.jsonl#line 2"]

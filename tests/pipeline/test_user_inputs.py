"""Inputs as real users bring them: spreadsheet exports, news-API JSON, blog pages, Markdown notes."""
import json

import pytest

from core import load_corpus
from core.cli import main
from core.pipeline.clean import clean_document
from core.pipeline.ingest import ingest
from core.pipeline.pubdate import infer_from_text
from core.pipeline.read import Problem, RawRecord, read_paths
from core.store import Store

TEXT = "Foreign ministers of Chile and Peru met in Lima on Thursday to settle a maritime dispute over fishing waters."


def read(path):
    items = list(read_paths([path]))
    return [i for i in items if isinstance(i, RawRecord)], [i for i in items if isinstance(i, Problem)]


def test_semicolon_csv_with_bom_is_read(tmp_path):
    (tmp_path / "export.csv").write_bytes(("\ufeffID;Headline;Body;Date\n1;Chile and Peru;" + TEXT + ";2008-01-17\n").encode())
    [record], problems = read(tmp_path / "export.csv")
    assert (record.title, record.published, problems) == ("Chile and Peru", "2008-01-17", [])


def test_news_api_json_nested_source_truncation_marker_and_description(tmp_path):
    payload = {"status": "ok", "articles": [
        {"source": {"id": None, "name": "Baltic Times"}, "title": "Ministers meet - Baltic Times", "publishedAt": "2024-02-01T10:00:00Z",
         "content": TEXT + " … [+1834 chars]"},
        {"source": {"name": "Wire"}, "title": "Second", "content": None, "description": TEXT.replace("Lima", "Santiago")},
    ]}
    (tmp_path / "api.json").write_text(json.dumps(payload))
    records, problems = read(tmp_path / "api.json")
    assert not problems and [r.source for r in records] == ["Baltic Times", "Wire"]
    assert records[0].text == TEXT and "Santiago" in records[1].text
    store = Store(tmp_path / "s")
    ingest([tmp_path / "api.json"], store=store)
    assert set(load_corpus(store).articles["title"]) == {"Ministers meet", "Second"}


@pytest.mark.parametrize(
    "payload, reason",
    [([], "the JSON list is empty"), ({"articles": []}, "no articles found"), ({"meta": {"count": 3}}, "no articles found")],
)
def test_json_without_articles_says_so(tmp_path, payload, reason):
    (tmp_path / "a.json").write_text(json.dumps(payload))
    _, [problem] = read(tmp_path / "a.json")
    assert reason in problem.reason


def test_json_deeply_wrapped_records_are_found(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"data": {"items": [{"body": TEXT}]}}))
    [record], _ = read(tmp_path / "a.json")
    assert record.text == TEXT


@pytest.mark.parametrize(
    "chrome",
    ["Home | World | Business | Sport | Subscribe", "Share this:", "Like this:", "Like Loading...", "Leave a Reply Cancel reply",
     "Read more: Central Asia's water wars explained", "ALSO READ: Oil prices fall again", "By Priya Sen, Staff Reporter",
     "Published: 04 Feb 2024"],
)
def test_blog_and_news_site_widgets_are_chrome(chrome):
    cleaned = clean_document(chrome + "\n" + TEXT + "\n" + chrome, title="Chile and Peru")
    assert cleaned.text == TEXT


def test_markdown_notes_lose_syntax_and_keep_their_heading_as_title(tmp_path):
    (tmp_path / "notes.md").write_text("# Talks in Brussels\n\n*Filed by our desk*\n\nMinisters met in [Brussels](https://e.org) on **Friday** to discuss trade and energy.\n")
    ingest([tmp_path], store=Store(tmp_path / "s"))
    row = load_corpus(tmp_path / "s").articles.iloc[0]
    assert (row.title, bool(row.title_inferred)) == ("Talks in Brussels", False)
    assert "Ministers met in Brussels on Friday" in row.text and "*" not in row.text and "https" not in row.text


def test_named_years_do_not_date_an_article():
    assert infer_from_text("The Crime and Security Act 2001 was used against Iceland's banks in 2008 and again in 2008.")[0] == "2008"


def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    report = ingest([tmp_path], store=Store(tmp_path / "s"))
    assert (report.added, report.unchanged, report.repeated) == (1, 0, 1)
    assert load_corpus(tmp_path / "s").articles["article_id"].is_unique


def test_unwritable_output_and_store_paths_give_one_line_errors(tmp_path, capsys):
    (tmp_path / "in.txt").write_text(TEXT)
    assert main(["ingest", str(tmp_path / "in.txt"), "--store", str(tmp_path / "s"), "--quiet"]) == 0
    assert main(["export", "articles", "--store", str(tmp_path / "s"), "--out", str(tmp_path / "missing" / "x.csv")]) == 2
    (tmp_path / "afile").write_text("")
    assert main(["ingest", str(tmp_path / "in.txt"), "--store", str(tmp_path / "afile"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 2 and "Traceback" not in err


def test_empty_folder_says_no_files_were_found(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["ingest", str(tmp_path / "empty"), "--store", str(tmp_path / "s"), "--quiet"]) == 1
    assert "no article files found" in capsys.readouterr().out

import gzip
import json

import pytest

from core.pipeline.read import Problem, RawRecord, input_type, read_paths

TEXT = "Foreign ministers of Chile and Peru met in Lima on Thursday to settle a maritime dispute."


def records(path):
    items = list(read_paths([path]))
    return [i for i in items if isinstance(i, RawRecord)], [i for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize(
    "name, kind",
    [("a.txt", ".txt"), ("a.MD", ".txt"), ("a.htm", ".html"), ("a.jsonl.gz", ".jsonl"), ("a.ndjson", ".ndjson"),
     ("a.csv.gz", ".csv"), ("a.txt.gz", None), ("a.pdf", None), ("README", None)],
)
def test_input_type_by_suffix(tmp_path, name, kind):
    assert input_type(tmp_path / name) == kind


@pytest.mark.parametrize(
    "payload",
    [
        {"ID": "x1", "Headline": "Chile and Peru", "BODY": TEXT, "PubDate": "2008-01-17", "Outlet": "Wire", "Link": "https://e.org/1"},
        [{"id": "x1", "title": "Chile and Peru", "content": TEXT, "published_at": "2008-01-17", "publisher": "Wire", "url": "https://e.org/1"}],
        {"articles": [{"id": "x1", "title": "Chile and Peru", "text": TEXT, "date": "2008-01-17", "source": "Wire", "url": "https://e.org/1"}]},
    ],
)
def test_json_fields_are_matched_case_insensitively_in_objects_lists_and_wrappers(tmp_path, payload):
    (tmp_path / "in.json").write_text(json.dumps(payload))
    [record], problems = records(tmp_path / "in.json")
    assert not problems
    assert (record.source_id, record.title, record.text, record.published, record.source, record.url) == (
        "x1", "Chile and Peru", TEXT, "2008-01-17", "Wire", "https://e.org/1")
    assert record.origin["published"] == "field"


def test_jsonl_gzip_and_csv_gzip_are_read(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt") as handle:
        handle.write(json.dumps({"text": TEXT}) + "\n")
    with gzip.open(tmp_path / "b.csv.gz", "wt") as handle:
        handle.write(f'title,text\nCSV,"{TEXT}"\n')
    found, problems = records(tmp_path)
    assert [r.path for r in found] == ["a.jsonl.gz#line 1", "b.csv.gz#row 1"] and not problems


def test_html_in_a_text_field_is_extracted(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"body": f"<div><p>{TEXT}</p><script>alert(1)</script></div>"}) + "\n")
    [record], _ = records(tmp_path / "a.jsonl")
    assert record.text == TEXT


def test_inline_markup_in_a_text_field_is_html_and_a_bare_angle_bracket_is_not(tmp_path):
    marked = TEXT.replace("Chile", "<b>Chile</b>", 1)
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": f"<script>alert(2)</script> {marked}"}) + "\n"
                                      + json.dumps({"text": f"{TEXT} Growth stayed < 2 % > last year."}) + "\n")
    [html, plain], _ = records(tmp_path / "a.jsonl")
    assert html.text == TEXT and plain.text.endswith("< 2 % > last year.")


def test_sidecar_metadata_overrides_what_a_file_says(tmp_path):
    (tmp_path / "001_story.txt").write_text(TEXT)
    (tmp_path / "metadata.csv").write_text("file,title,published,source,url\n001_story.txt,Given Title,2024-05-17,,https://e.org/x\n")
    [record], problems = records(tmp_path)
    assert not problems
    assert (record.title, record.published, record.source, record.url) == ("Given Title", "2024-05-17", None, "https://e.org/x")
    assert record.origin == {"title": "metadata", "published": "metadata", "url": "metadata"}


def test_html_file_gives_text_title_and_date(tmp_path):
    html = (
        "<html><head><title>Chile and Peru settle dispute</title>"
        '<meta property="article:published_time" content="2008-01-17T08:00:00Z"></head>'
        f"<body><nav>Home</nav><article><h1>Chile and Peru settle dispute</h1><p>{TEXT}</p><p>{TEXT.replace('Thursday', 'Friday')}</p></article>"
        "<script>alert(1)</script></body></html>"
    )
    (tmp_path / "a.html").write_text(html)
    [record], _ = records(tmp_path / "a.html")
    assert record.title == "Chile and Peru settle dispute"
    assert record.published.startswith("2008-01-17") and record.origin["published"] == "html"
    assert TEXT in record.text and "alert" not in record.text


def test_a_date_an_html_page_declares_but_that_cannot_be_its_date_is_kept_to_be_refused_with_a_reason(tmp_path):
    html = ('<html><head><title>T</title><meta property="article:published_time" content="2099-12-31"></head>'
            f"<body><article><p>{TEXT}</p></article></body></html>")
    (tmp_path / "a.html").write_text(html)
    [record], _ = records(tmp_path / "a.html")
    assert (record.published, record.origin["published"]) == ("2099-12-31", "html")  # ingest refuses it and says so


def test_hidden_files_are_named_as_skipped_and_missing_paths_reported(tmp_path):
    (tmp_path / ".hidden.txt").write_text(TEXT)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text(TEXT)
    found, problems = records(tmp_path)
    assert not found and {(p.path, p.reason, p.skipped) for p in problems} == {
        (".hidden.txt", "hidden file: not read", True), (".git", "hidden folder: not read", True)}
    found, problems = records(tmp_path / "nope")
    assert problems[0].reason == "no such file or folder"


def test_sidecar_file_may_be_a_glob_pattern(tmp_path):
    (tmp_path / "004_long_name_from_a_scraper.txt").write_text(TEXT)
    (tmp_path / "metadata.csv").write_text("file,published\n003_*,2024-08-21\n004_*,2025-11-04\n")
    [record], _ = records(tmp_path)
    assert record.published == "2025-11-04" and record.origin["published"] == "metadata"


def test_a_quote_left_open_in_a_csv_row_costs_that_row_only(tmp_path):
    (tmp_path / "a.csv").write_text(
        "id,title,date,text\n"
        f'c1,One,2014-09-01,"{TEXT}"\n'
        'c2,Broken,2014-09-02,"This row leaves its quote open, Merkel met Hollande in Paris\n'
        f'c3,Three,2009-05-19,"{TEXT} Lula met Hu Jintao."\n'
        f'c4,Four,2014-09-03,"Multi-line\ntext, with commas, stays one field."\n'
        f'c5,Five,2014-09-04,"{TEXT}",extra,cells\n')
    found, problems = records(tmp_path / "a.csv")
    assert [r.path for r in found] == ["a.csv#row 1", "a.csv#row 3", "a.csv#row 4", "a.csv#row 5"]
    assert found[1].text.endswith("Lula met Hu Jintao.") and found[1].published == "2009-05-19"
    assert found[2].text == "Multi-line\ntext, with commas, stays one field."
    assert [p.path for p in problems] == ["a.csv#row 2"] and "malformed CSV row" in problems[0].reason
    assert "6 cells where the header names 4" in found[3].notes[0]


def test_a_file_not_in_utf8_says_how_it_was_read(tmp_path):
    (tmp_path / "legacy.txt").write_bytes("Café talks in São Paulo between the two ministers went well.".encode("cp1252"))
    (tmp_path / "damaged.jsonl").write_bytes(
        b'{"text": "Caf\xc3\xa9 talks in Z\xc3\xbcrich \xff went well for both sides."}\n{"text": "A second article of the file."}\n')
    (tmp_path / "fine.txt").write_text("Plain UTF-8 text about the talks in Zürich.", encoding="utf-8")
    records = {r.path: r for r in read_paths([tmp_path]) if isinstance(r, RawRecord)}
    assert records["legacy.txt"].text.startswith("Café talks in São Paulo")
    assert records["legacy.txt"].notes == ["not UTF-8: read as Windows-1252"]
    assert records["damaged.jsonl#line 1"].notes == ["not valid UTF-8: the bytes that do not decode are replaced (U+FFFD)"]
    assert records["damaged.jsonl#line 2"].notes == []  # said once per file
    assert records["fine.txt"].notes == []


def test_bytes_that_do_not_decode_are_told_with_the_line_that_has_them(tmp_path):
    (tmp_path / "late.jsonl").write_bytes(
        b'{"text": "Caf\xc3\xa9 talks in Z\xc3\xbcrich went well for both sides."}\n{"text": "A second na\xc3\xafve article."}\n'
        b'{"text": "A third one with \xff broken bytes in it."}\n{"text": "A fourth with \xfe more."}\n')
    (tmp_path / "late.csv").write_bytes(b'text\n"Caf\xc3\xa9 talks in Z\xc3\xbcrich went well."\n"Broken \xff here."\n')
    records = {r.path: r for r in read_paths([tmp_path]) if isinstance(r, RawRecord)}
    assert records["late.jsonl#line 1"].notes == [] and records["late.jsonl#line 2"].notes == []
    assert records["late.jsonl#line 3"].notes == ["not valid UTF-8: the bytes that do not decode are replaced (U+FFFD) (and 1 more line)"]
    assert records["late.csv#row 1"].notes == ["line 3: not valid UTF-8: the bytes that do not decode are replaced (U+FFFD)"]


def test_an_empty_text_field_is_called_empty_not_missing(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": ""}\n{"title": "no text"}\n', "utf-8")
    problems = {p.path: p.reason for p in read_paths([tmp_path]) if not isinstance(p, RawRecord)}
    assert problems["a.jsonl#line 1"] == "empty text field" and problems["a.jsonl#line 2"].startswith("no text field")


def test_a_bad_gzip_file_says_what_is_wrong_in_plain_words(tmp_path):
    import gzip as gz

    (tmp_path / "plain.jsonl.gz").write_bytes(b'{"text": "not compressed at all"}\n')
    (tmp_path / "cut.jsonl.gz").write_bytes(gz.compress(b'{"text": "a long enough article text here"}\n' * 50)[:40])
    problems = {p.path: p.reason for p in read_paths([tmp_path]) if not isinstance(p, RawRecord)}
    assert problems["plain.jsonl.gz"] == "not valid gzip data: the file does not start as gzip does (is it compressed at all?)"
    assert problems["cut.jsonl.gz"].startswith("not valid gzip data: the ")
    assert not any("b'" in reason for reason in problems.values())

"""Find input files and read them into raw records (one per article) or one-line problems."""
from __future__ import annotations

import csv
from collections import Counter
import gzip
import json
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from core import settings
from core.errors import InputProblem
from core.pipeline.decode import binary_kind, decode_bytes, encoding_note, normalise_text
from core.pipeline.html import extract_html
from core.pipeline.inputs import SIDECAR_NAME, Problem, RawRecord, discover, inside  # noqa: F401 (re-exported)
from core.pipeline.paragraphs import strip_markdown
from core.pipeline.sidecar import apply_sidecar, sidecar, sidecar_row, unmatched_rows

_TRUNCATION = re.compile(r"\s*…?\s*\[\+\d+ chars\]\s*$")  # news-API previews: "… [+1834 chars]"
TEXT_TYPES = {".txt", ".md", ".text", ".markdown"}
HTML_TYPES = {".html", ".htm", ".xhtml"}
STRUCTURED_TYPES = {".json", ".jsonl", ".ndjson", ".csv"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def field_aliases() -> dict[str, list[str]]:
    data = json.loads(resources.files("core.data").joinpath("fields.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def input_type(path: Path) -> str | None:
    """The input type of a path by its suffixes (gzip allowed on structured types), or None."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        inner = suffixes[-2] if len(suffixes) == 2 else ""
        return inner if inner in STRUCTURED_TYPES else None
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_TYPES:
        return ".txt"
    if last in HTML_TYPES:
        return ".html"
    return last if last in STRUCTURED_TYPES else None


def read_paths(paths: list[Path]) -> Iterator[RawRecord | Problem]:
    """Read every article in the given files and folders; problems are yielded, never raised."""
    return read_files(discover(paths))


def read_files(files: Iterable[tuple[Path, Path] | Problem]) -> Iterator[RawRecord | Problem]:
    """Read (file, root) pairs as `discover` yields them; paths in records are relative to the root."""
    aliases = field_aliases()
    sidecars: dict[Path, dict[str, dict[str, str]] | Problem | None] = {}
    for entry in files:
        if isinstance(entry, Problem):
            yield entry
            continue
        file, root = entry
        rel = file.relative_to(root).as_posix() if file != root else file.name
        if not file.exists():
            yield Problem(rel if file.is_symlink() else str(file), "broken symbolic link (its target is missing or it loops)" if file.is_symlink() else "no such file or folder")
            continue
        if file.name == SIDECAR_NAME:
            continue
        kind = input_type(file)
        if kind is None:
            yield Problem(rel, f"unsupported file type {''.join(file.suffixes[-2:]) or '(no extension)'}", skipped=True)
            continue
        fresh = file.parent not in sidecars
        meta = sidecar(file.parent, sidecars)
        if isinstance(meta, Problem):
            yield meta
            meta = {}
        elif fresh and meta:
            where = file.parent.relative_to(root) if file.parent.is_relative_to(root) else file.parent
            yield from unmatched_rows(file.parent, meta, (where / SIDECAR_NAME).as_posix())
        notes: list[FileNote] = []  # about the whole file (its encoding): told with its first article
        try:
            for item in _read_file(file, rel, kind, aliases, notes):
                if isinstance(item, RawRecord):
                    apply_sidecar(item, sidecar_row(meta or {}, file.name))
                    item.group = item.source or file.parent.as_posix()
                    told = _told_here(notes, item.path)
                    if told is not None:
                        item.notes[:0], notes = told, []
                yield item
        except InputProblem as exc:
            yield Problem(rel, str(exc))
        except OSError as exc:
            yield Problem(rel, f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 — a reader bug on one file must not cost the run
            yield Problem(rel, f"unreadable ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})")


FileNote = tuple[int | None, str]  # a note about a file's bytes, with the line it concerns when one does


def _decoded(data: bytes, notes: list[FileNote]) -> str:
    """The text of a file's bytes; a note on how they were read goes to `notes`, with the first line whose bytes did
    not decode and a count of the others ("(and 2 more lines)")."""
    text, encoding = decode_bytes(data)
    note = encoding_note(encoding)
    if note:
        broken = [n for n, line in enumerate(text.split("\n"), 1) if "\ufffd" in line] if "replacements" in encoding else []
        more = len(broken) - 1
        notes.append((broken[0] if broken else None, f"{note} (and {more:,} more line{'s' * (more != 1)})" if more > 0 else note))
    return text


def _told_here(notes: list[FileNote], path: str) -> list[str] | None:
    """The file's notes as told with the article read at `path` (the first one read), or None when a note concerns a
    later line of a JSON Lines file (it is told with file#line N); a line other than the article's is named."""
    line = next((n for n, _ in notes if n is not None), None)
    own = line is not None and path.endswith(f"#line {line}")
    if line is not None and "#line " in path and not own:
        return None
    return [note if n is None or own else f"line {n}: {note}" for n, note in notes]


def _read_file(file: Path, rel: str, kind: str, aliases, notes: list[FileNote]) -> Iterator[RawRecord | Problem]:
    size_mb = file.stat().st_size / 1e6
    if size_mb == 0:
        raise InputProblem("empty file")
    limit = settings.get("max_structured_file_mb" if kind in STRUCTURED_TYPES else "max_file_mb")
    if size_mb > limit:
        setting = settings.SETTINGS["max_structured_file_mb" if kind in STRUCTURED_TYPES else "max_file_mb"]
        raise InputProblem(f"file too large ({size_mb:.1f} MB > {limit:g} MB; raise {setting.env} to read it)")
    if kind == ".txt":
        text = _decoded(file.read_bytes(), notes)
        text = normalise_text(text)
        if file.suffix.lower() in (".md", ".markdown"):
            text = strip_markdown(text)
        yield RawRecord(path=rel, text=text)
    elif kind == ".html":
        text = _decoded(file.read_bytes(), notes)
        yield extract_html(text, path=rel)
    elif kind in (".jsonl", ".ndjson"):
        yield from _read_jsonl(_decoded(_open_bytes(file), notes), rel, aliases)
    elif kind == ".json":
        yield from _read_json(_decoded(_open_bytes(file), notes), rel, aliases)
    else:
        yield from _read_csv(_decoded(_open_bytes(file), notes), rel, aliases)


def _open_bytes(file: Path) -> bytes:
    if file.suffix.lower() != ".gz":
        return file.read_bytes()
    limit = settings.get("max_structured_file_mb")
    try:
        with gzip.open(file, "rb") as handle:
            data = handle.read(int(limit * 1_000_000) + 1)
    except EOFError as exc:
        raise InputProblem("not valid gzip data: the file ends before its compressed data does (cut short?)") from exc
    except OSError as exc:
        raise InputProblem("not valid gzip data: the file does not start as gzip does (is it compressed at all?)"
                           if "gzipped" in str(exc) else "not valid gzip data: the compressed data is damaged") from exc
    if len(data) > limit * 1_000_000:
        setting = settings.SETTINGS["max_structured_file_mb"]
        raise InputProblem(f"decompresses to more than {limit:g} MB (raise {setting.env} to read it)")
    return data


def _loads(text: str):
    try:
        return json.loads(text)
    except RecursionError:
        raise InputProblem("JSON nested too deeply to be an article") from None


def _read_jsonl(text: str, rel: str, aliases) -> Iterator[RawRecord | Problem]:
    seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            obj = _loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(f"{rel}#line {number}", f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        except InputProblem as exc:
            yield Problem(f"{rel}#line {number}", str(exc))
            continue
        yield _record(obj, f"{rel}#line {number}", aliases)
    if not seen:
        raise InputProblem("no records: the file holds only blank lines")


def _read_json(text: str, rel: str, aliases) -> Iterator[RawRecord | Problem]:
    if not text.strip():
        raise InputProblem("empty file: only blank space")
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        hint = "; it looks like HTML: name it .html" if text.lstrip()[:1] == "<" else ""
        raise InputProblem(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}){hint}") from exc
    if isinstance(data, dict) and not _has_text(data, aliases):
        found = _records_in(data, aliases)
        if found is None:
            raise InputProblem("no articles found: expected an object with a text field, a list of such objects, or an object wrapping one")
        data = found
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputProblem("JSON must be an object or a list of objects")
    if not data:
        raise InputProblem("no articles found: the JSON list is empty")
    for index, obj in enumerate(data, start=1):
        yield _record(obj, f"{rel}#item {index}" if len(data) > 1 else rel, aliases)


def _read_csv(text: str, rel: str, aliases) -> Iterator[RawRecord | Problem]:
    text = normalise_text(text)
    delimiter = _delimiter(text)
    rows = _csv_rows(text.splitlines(keepends=True), delimiter)
    try:
        header = next(rows)
    except StopIteration:
        raise InputProblem("CSV has no header row") from None
    if isinstance(header, csv.Error):
        raise InputProblem(f"malformed CSV header ({header})")
    names = [h.strip() for h in header[1]]
    if _find(dict.fromkeys(names, "x"), aliases["text"]) is None:
        raise InputProblem(f"CSV has no text column (looked for {', '.join(aliases['text'])}; found {', '.join(names) or 'none'})")
    twice = sorted(n for n, count in Counter(n.lower() for n in names).items() if count > 1)
    seen = False
    for number, found in enumerate(rows, start=1):
        if isinstance(found, csv.Error):
            seen = True
            yield Problem(f"{rel}#row {number}", f"malformed CSV row ({found}); read again from the next line")
            continue
        line, row = found
        if not any(cell.strip() for cell in row):
            continue
        cells = dict(zip(names, row + [""] * (len(names) - len(row))))
        if _find(cells, aliases["text"]) is None:  # the header has a text column: this row's cell is empty
            short = f" (the row has {len(row)} of the header's {len(names)} cells, line {line})" if len(row) < len(names) else ""
            yield Problem(f"{rel}#row {number}", f"its text cell is empty{short}")
            seen = True
            continue
        record = _record(cells, f"{rel}#row {number}", aliases)
        if isinstance(record, RawRecord) and twice and not seen:  # said once per file, on its first article
            record.notes.append(f"the header names {', '.join(twice)} more than once: the last such column is read")
        seen = True
        if isinstance(record, RawRecord) and len(row) > len(names) and any(cell.strip() for cell in row[len(names):]):
            record.notes.append(f"{len(row)} cells where the header names {len(names)} (line {line}): the cells after "
                                f"the last column are left out")
        yield record
    if not seen:
        raise InputProblem("no articles found: the CSV has a header row and no rows")


def _csv_rows(lines: list[str], delimiter: str) -> Iterator[tuple[int, list[str]] | csv.Error]:
    """(first line number, cells) of each CSV record, or the error of a malformed one. A quote left open swallows
    the records after it in a lenient reader; here a malformed record costs only its own first line, and reading
    starts again on the next line, so the records after it are read as they are."""
    start = 0
    while start < len(lines):
        position = start

        def feed() -> Iterator[str]:
            nonlocal position
            while position < len(lines):
                position += 1
                yield lines[position - 1]

        reader = csv.reader(feed(), delimiter=delimiter, strict=True)
        while True:
            first = position
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield exc
                start = first + 1
                break
            yield first + 1, row
        else:
            return


def _delimiter(text: str) -> str:
    """The CSV delimiter of a spreadsheet export: comma, semicolon, tab or pipe, as the header line shows."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _find(obj: dict, keys: list[str]):
    lowered = {str(k).strip().lower(): v for k, v in obj.items()}
    for key in keys:
        value = lowered.get(key)
        if isinstance(value, dict):  # {"source": {"id": null, "name": "Baltic Times"}}
            value = next((value[k] for k in ("name", "title", "value", "text") if isinstance(value.get(k), str) and value[k]), None)
        if value not in (None, ""):
            return value
    return None


def _records_in(obj, aliases, depth: int = 0) -> list | None:
    """The list of article objects inside a wrapper such as {"articles": [...]} or {"data": {"items": [...]}}."""
    if depth > 3 or not isinstance(obj, dict):
        return None
    lists = [value for value in obj.values() if isinstance(value, list) and _holds_articles(value, aliases)]
    if lists:  # {"articles": [...], "more": [...]}: every list of objects holds articles (a stray item is its own problem)
        return [item for value in lists for item in value]
    for value in obj.values():
        found = _records_in(value, aliases, depth + 1)
        if found is not None:
            return found
    return [] if any(isinstance(v, list) and not v for v in obj.values()) else None


def _holds_articles(items: list, aliases) -> bool:
    """A list of articles: mostly objects, or holding at least one object with a text field."""
    objects = [x for x in items if isinstance(x, dict)]
    return bool(objects) and (2 * len(objects) >= len(items) or any(_has_text(x, aliases) for x in objects))


def _raw_field(obj: dict, keys: list[str]):
    """The first value under one of the names, whatever its type."""
    lowered = {str(k).strip().lower(): v for k, v in obj.items()}
    return next((lowered[k] for k in keys if k in lowered and lowered[k] not in (None, "")), None)


def _kind(value) -> str:
    return {"dict": "JSON object", "list": "JSON list", "bool": "true/false value", "int": "number", "float": "number",
            "str": "string", "NoneType": "null"}.get(type(value).__name__, type(value).__name__)


def _has_text(obj: dict, aliases) -> bool:
    return _find(obj, aliases["text"]) is not None


def _record(obj, locator: str, aliases) -> RawRecord | Problem:
    """One record of a multi-record file; whatever goes wrong with it is its own problem, never the file's."""
    try:
        return _from_mapping(obj, locator, aliases)
    except InputProblem as exc:
        return Problem(locator, str(exc))
    except Exception as exc:  # noqa: BLE001 — a parser bug on one record must not cost the rest of the file
        return Problem(locator, f"unreadable record ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})")


def _from_mapping(obj, locator: str, aliases) -> RawRecord | Problem:
    if not isinstance(obj, dict):
        return Problem(locator, f"expected an object, found {'a ' if obj is not None else ''}{_kind(obj)}")
    text = _find(obj, aliases["text"])
    if text is None:
        raw = _raw_field(obj, aliases["text"])
        if raw is not None and not isinstance(raw, str):
            return Problem(locator, f"text field is a {_kind(raw)}, not a string")
        lowered = {str(k).strip().lower() for k in obj}
        if any(k in lowered for k in aliases["text"]):
            return Problem(locator, "empty text field")
        return Problem(locator, f"no text field (looked for {', '.join(aliases['text'])})")
    if not isinstance(text, str):
        return Problem(locator, f"text field is a {_kind(text)}, not a string")
    if binary_kind(text.replace("\x00", "")[:64].encode("latin-1", "ignore")):
        return Problem(locator, "text field holds binary data")
    record = RawRecord(path=locator, text=_TRUNCATION.sub("", normalise_text(text)))
    for name in ("title", "published", "source", "url", "language"):
        value = _find(obj, aliases[name])
        if value is None and isinstance(_raw_field(obj, aliases[name]), (list, dict)):
            value = _raw_field(obj, aliases[name])
        if isinstance(value, (list, dict, bool)):
            record.notes.append(f"{name} field is a {_kind(value)}, not text: ignored")
        elif value is not None:
            setattr(record, name, normalise_text(str(value)).strip())
            record.origin[name] = "field"
    source_id = _find(obj, aliases["id"])
    record.source_id = None if source_id is None else str(source_id)
    if "<" in record.text and _looks_like_html(record.text):
        extracted = extract_html(record.text, path=locator)
        record.text = extracted.text
        for name in ("title", "published", "url"):
            if getattr(record, name) is None and getattr(extracted, name):
                setattr(record, name, getattr(extracted, name))
                record.origin[name] = "html"
    return record


_HTML_TAG = re.compile(r"<(?:p|div|html|body|br|article|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table)[\s>/]"
                       r"|</(?:p|div|span|a|b|i|em|strong|h[1-6]|li)>", re.I)


def _looks_like_html(text: str) -> bool:
    """Text holding the markup of a page: block tags, or formatting ones ("<b>energy</b>"). A script tag alone does not
    make a page: it is text, shown escaped like any other."""
    return _HTML_TAG.search(text[:2000]) is not None

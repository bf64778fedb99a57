"""Full-text search over the stored articles: an SQLite FTS5 index beside the store's versions.

`STORE/search.sqlite` holds the title and text of every article ever stored, keyed by article_id. Articles are
immutable by id (the id is a hash of the text), so the index only grows: ingest adds the new articles after each
commit, and a store that has none (written by an earlier version) gets it the first time the dashboard opens it.
A search gives article ids; the caller keeps those of the version it shows.

The grammar is the dashboard's: words and "quoted phrases", all of which must occur as whole words, case and
accents ignored; `pipeline*` also finds pipelines; `Putin OR Xi` finds either; `-China` (or `-"South China"`) leaves
out the articles that have it. Words are cut where the tokenizer cuts them (letters and digits form words), so
"Sino-Russian" finds the phrase "Sino Russian" too.
"""
from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FILE = "search.sqlite"
_TERM = re.compile(r'(-?)"([^"]+)"|(\S+)')
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Search:
    """A search parsed: `groups` must all match, each by any one of its terms; no `excluded` term may match."""
    groups: tuple[tuple[str, ...], ...]
    excluded: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.groups or self.excluded)


def parse_search(query: str) -> Search:
    """Terms (words, "quoted phrases", `word*`), `OR` between two terms, `-term` or `NOT term` to leave out (`AND`
    between terms says what they do anyway); terms without a letter or digit are dropped."""
    groups: list[list[str]] = []
    excluded: list[str] = []
    joined = negated = False
    for match in _TERM.finditer(query):
        minus, phrase, bare = match[1], match[2], match[3]
        if bare in ("OR", "AND", "NOT"):
            joined, negated = bare == "OR" and bool(groups), bare == "NOT"
            continue
        if bare and bare.startswith("-") and len(bare) > 1:
            minus, bare = "-", bare[1:]
        minus, negated = minus or ("-" if negated else ""), False
        term = (phrase or bare or "").strip().strip('"')
        if term_words(term):
            if minus:
                excluded.append(term)
            elif joined:
                groups[-1].append(term)
            else:
                groups.append([term])
        joined = False
    return Search(tuple(map(tuple, groups)), tuple(excluded))


def search_terms(query: str) -> list[str]:
    """The terms of a search an article is to have, each to be found as whole words (`pipeline*` also finds
    pipelines): what the reader highlights."""
    return [term for group in parse_search(query).groups for term in group]


def term_words(term: str) -> list[str]:
    """The words of a search term as the index cuts them: runs of letters and digits."""
    return _WORD.findall(term)


def scan_pattern(term: str) -> str | None:
    """A regular expression finding a search term in text the way the index does (whole words, any separators)."""
    words = [re.escape(w) for w in term_words(term)]
    if not words:
        return None
    return r"(?<![^\W_])" + r"[\W_]+".join(words) + (r"[^\W_]*" if term.endswith("*") else "") + r"(?![^\W_])"


def hits(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of a search occur in a text, as (start, end) offsets in order (whole words, any case)."""
    found = []
    for pattern in filter(None, map(scan_pattern, search_terms(query))):
        found += [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    return sorted(found)


def fts_query(query: str) -> str | None:
    """The FTS5 query of a search: every term a quoted phrase of its words, a trailing * kept as a prefix search;
    None when the search has no term an article is to have (a search that only leaves out: see `SearchIndex.ids`)."""
    return _expression(parse_search(query))


def _expression(search: Search) -> str | None:
    if not search.groups:
        return None
    out = " AND ".join("(" + " OR ".join(map(_phrase, group)) + ")" for group in search.groups)
    return out + "".join(f" NOT {_phrase(term)}" for term in search.excluded)


def _phrase(term: str) -> str:
    return '"' + " ".join(term_words(term)) + '"' + ("*" if term.endswith("*") else "")


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether this Python's SQLite has FTS5 (Debian's and the python.org builds do)."""
    try:
        with closing(sqlite3.connect(":memory:")) as db:
            db.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False


class SearchIndex:
    """The search index of one store directory."""

    def __init__(self, store_path: str | Path) -> None:
        self.file = Path(store_path) / FILE

    def _connect(self, *, setup: bool = False) -> sqlite3.Connection:
        """A connection; `setup` (writers only) creates the tables or brings an older layout up to date. Readers
        change nothing, so a read-only store folder is still searched through its index."""
        db = sqlite3.connect(self.file, timeout=30)
        if not setup:
            return db
        db.execute("PRAGMA journal_mode=WAL")  # readers go on while a writer adds articles
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5("
                   "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')")
        # ids.doc is the docs row of the article: its text is found by id without scanning
        columns = [row[1] for row in db.execute("PRAGMA table_info(ids)")]
        if columns and "doc" not in columns:  # an index of an earlier layout: built again by the next update
            db.execute("DROP TABLE ids")
            db.execute("DROP TABLE IF EXISTS docs")
            db.execute("CREATE VIRTUAL TABLE docs USING fts5("
                       "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')")
        db.execute("CREATE TABLE IF NOT EXISTS ids (article_id TEXT PRIMARY KEY, doc INTEGER)")
        return db

    def indexed(self) -> set[str]:
        if not self.file.exists():
            return set()
        with closing(self._connect()) as db:
            return {row[0] for row in db.execute("SELECT article_id FROM ids")}

    def add(self, rows) -> int:
        """Index (article_id, title, text) rows not indexed yet; returns how many were added."""
        added = 0
        with closing(self._connect(setup=True)) as db, db:
            for article_id, title, text in rows:
                if db.execute("SELECT 1 FROM ids WHERE article_id = ?", (article_id,)).fetchone():
                    continue
                doc = db.execute("INSERT INTO docs VALUES (?, ?, ?)", (article_id, title or "", text or "")).lastrowid
                db.execute("INSERT INTO ids VALUES (?, ?)", (article_id, doc))
                added += 1
        return added

    def update(self, store, version: int | None = None) -> int:
        """Index every article of a store version (the live one by default) that is not indexed yet."""
        self._connect(setup=True).close()  # tables made, an older layout rebuilt
        known = self.indexed()
        ids = store.read("articles", version, columns=["article_id"])["article_id"]
        if ids.isin(known).all():
            return 0  # the usual case: ingest indexed every article it stored; no text is read
        added = 0
        for rows in store.batches("articles", version, columns=["article_id", "title", "text"]):
            rows = rows[~rows["article_id"].isin(known)]
            if len(rows):
                added += self.add(zip(rows["article_id"], rows["title"], rows["text"]))
        return added

    def texts(self, article_ids) -> dict[str, str]:
        """The stored text of these articles, as far as the index holds them (by key, no scan)."""
        wanted = list(dict.fromkeys(article_ids))
        if not wanted or not self.file.exists():
            return {}
        out: dict[str, str] = {}
        with closing(self._connect()) as db:
            for first in range(0, len(wanted), 500):
                chunk = wanted[first:first + 500]
                marks = ",".join("?" * len(chunk))
                out.update(db.execute(f"SELECT i.article_id, d.text FROM ids i JOIN docs d ON d.rowid = i.doc "
                                      f"WHERE i.article_id IN ({marks})", chunk).fetchall())
        return out

    def ids(self, query: str) -> set[str]:
        """The ids of the indexed articles that match a search: those without any left-out term for a search that
        only leaves out ("-China"); none for a search without a word."""
        search = parse_search(query)
        expression = _expression(search)
        with closing(self._connect()) as db:
            if expression is not None:
                return {row[0] for row in db.execute("SELECT article_id FROM docs WHERE docs MATCH ?", (expression,))}
            if not search.excluded:
                return set()
            out = " OR ".join(map(_phrase, search.excluded))
            return {row[0] for row in db.execute("SELECT article_id FROM ids WHERE doc NOT IN "
                                                 "(SELECT rowid FROM docs WHERE docs MATCH ?)", (out,))}

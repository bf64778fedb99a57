"""Annotate articles: spaCy docs → per-article rows of mentions, sectors and meetings, plus article tone.

`annotate` takes and gives DataFrames. Underneath, `annotate_records` works on plain records (dicts) and gives plain
rows, without pandas: that is what a Dask worker runs (`annotate_chunk`), so a worker never loads pandas."""
from __future__ import annotations

import hashlib
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from core import settings
from core.knowledge import country_display_name, slug
from core.pipeline.doc_text import text_of

if TYPE_CHECKING:
    import pandas as pd

TABLES = ("mentions", "sectors", "meetings")
# The article columns annotation reads.
COLUMNS = ("article_id", "title", "text", "headings", "published", "published_precision", "source")
OTHER_LABELS = {"ORG", "LOC", "NORP", "FAC", "GPE", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "EVENT", "DATE", "LAW", "PRODUCT"}
_vader = None
_runner: ContextVar[Callable[..., dict] | None] = ContextVar("annotation_runner", default=None)


def tone(text: str) -> float:
    """VADER compound score in [-1, 1]: lexicon-based word sentiment, not a judgement of the relations reported."""
    global _vader
    _vader = _vader or SentimentIntensityAnalyzer()
    return round(_vader.polarity_scores(text)["compound"], 4)


def annotate(articles: pd.DataFrame, *, progress: Callable[[Iterable], Iterable] = lambda x: x) -> dict:
    """Mentions, sectors and meetings of the given articles (those `language.annotated` selects; others get no rows),
    their tone, and the articles whose annotation failed: {"mentions", "sectors", "meetings": typed frames,
    "tone": Series by article_id, "failed": {article_id: reason}}. One failing article never costs the others.
    Inside `running_on(runner)` the runner does the work (a Dask cluster: core.pipeline.workers), else this process."""
    runner = _runner.get()
    return runner(articles, progress=progress) if runner else annotate_here(articles, progress=progress)


@contextmanager
def running_on(runner: Callable[..., dict]):
    """Within the block (in this thread), `annotate` hands its articles to `runner`, which takes the same arguments
    and gives the same result: ingest and re-annotation run on it unchanged."""
    token = _runner.set(runner)
    try:
        yield runner
    finally:
        _runner.reset(token)


def annotate_here(articles: pd.DataFrame, *, progress: Callable[[Iterable], Iterable] = lambda x: x) -> dict:
    """`annotate` in this process."""
    return frames(annotate_records(records(articles), progress=progress))


def records(articles: pd.DataFrame) -> list[dict]:
    """The articles annotation reads (those `language.annotated` selects), as plain records of COLUMNS (missing
    values None): what `annotate_records` takes."""
    from core.pipeline import language
    from core.store.schema import value

    todo = articles[language.annotated(articles)]
    names = [c for c in COLUMNS if c in todo.columns]
    return [{name: value(cell) if name != "headings" else list(cell) if hasattr(cell, "__len__") else []
             for name, cell in zip(names, row)} for row in zip(*(todo[name] for name in names))]


def annotate_records(records: list[dict], *, progress: Callable[[Iterable], Iterable] = lambda x: x) -> dict:
    """The rows of `records`: {"mentions", "sectors", "meetings": lists of row dicts, "tone": {article_id: tone},
    "failed": {article_id: reason}}."""
    from core.pipeline.nlp import load_nlp  # here, not at the top: a Dask client that only sends work never loads spaCy

    nlp = load_nlp()
    rows: dict = {name: [] for name in TABLES}
    rows.update(tone={}, failed={})
    for article, doc in progress(_processed(nlp, records)):
        aid = article["article_id"]
        if isinstance(doc, Exception):
            rows["failed"][aid] = failure_reason(doc)
            continue
        try:
            found = _article_rows(doc, aid)
        except Exception as exc:  # noqa: BLE001 — a bug on one article's text is reported, the run goes on
            rows["failed"][aid] = failure_reason(exc)
            continue
        for name in TABLES:
            rows[name] += found[name]
        rows["tone"][aid] = found["tone"]
    return rows


def frames(rows: dict) -> dict:
    """`annotate_records` rows as `annotate` gives them: typed frames and the tone as a Series."""
    import pandas as pd

    from core.store.schema import build

    out: dict = {name: build(name, rows[name]) for name in TABLES}
    out["tone"] = pd.Series(rows["tone"], name="tone", dtype="float64")
    out["failed"] = rows["failed"]
    return out


def annotate_chunk(records: list[dict], values: dict) -> dict:
    """Runs on a Dask worker: `annotate_records` under the client's settings, and the pipeline version it ran."""
    from core.pipeline.version import pipeline_version

    with settings.using(values):
        out = annotate_records(records)
        out["pipeline"] = pipeline_version()
    return out


def warm_up(values: dict) -> str:
    """Runs on every Dask worker as soon as it joins: loads and warms the model and the knowledge base once (nothing
    to do on a worker forked from a fork server that did), while the client is still reading and cleaning the input,
    so the first chunk does not wait for them."""
    from core.pipeline.version import pipeline_version

    with settings.using(values):
        warm()
    return pipeline_version()


# A short article that touches what annotation loads on first use (first names, date parsing, the lemmatizer's and
# the knowledge base's lookups, meetings, tone): run once where it is paid for many (a fork server, a Dask worker).
WARM_UP = ("Lorenzo Bianchi, the Vestrian trade minister, said on Tuesday that Chinese President Hu Jintao met "
           "Russian President Vladimir Putin in Moscow on 5 March 2007 to discuss energy and trade. Putin will "
           "visit Beijing next month, officials said.")


def warm() -> None:
    """Load the pipeline and annotate WARM_UP with it."""
    annotate_records([{"article_id": "warm-up", "text": WARM_UP, "published": "2007-03-08", "published_precision": "day"}])


def _processed(nlp, records: list[dict]) -> Iterator[tuple[dict, object]]:
    """(record, annotated Doc or the exception it raised), batch by batch; a failing batch is redone article by
    article so that only the article at fault is lost."""
    batch = max(1, settings.get("batch_size"))
    for chunk in _batches(records, batch):
        try:
            docs = list(nlp.pipe((_doc(nlp, a) for a in chunk), batch_size=batch))
        except Exception:  # noqa: BLE001
            docs = []
            for article in chunk:
                try:
                    docs.append(nlp(_doc(nlp, article)))
                except Exception as exc:  # noqa: BLE001
                    docs.append(exc)
        yield from zip(chunk, docs)


BATCH_CHARS = 400_000  # a batch holds at most this much text, so progress moves on while very long articles are read


def _batches(records: list, size: int) -> Iterator[list]:
    """Consecutive batches of at most `size` articles and, unless one article alone is longer, BATCH_CHARS characters."""
    chunk: list = []
    chars = 0
    for record in records:
        length = len(record.get("text") or "")
        if chunk and (len(chunk) == size or chars + length > BATCH_CHARS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(record)
        chars += length
    if chunk:
        yield chunk


def _doc(nlp, article: dict):
    doc = nlp.make_doc(article["text"])
    headings = list(article.get("headings") or [])
    doc.user_data.update(
        published=article.get("published"),
        published_precision=article.get("published_precision") or "unknown",
        headings=list(zip(headings[::2], headings[1::2])),
        article_id=article["article_id"],
        source=article.get("source"),
        title=article.get("title"),
    )
    return doc


def failure_reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return f"annotation failed ({type(exc).__name__}: {text[:160]}); stored without annotations"


def _article_rows(doc, aid: str) -> dict:
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    sentence_of = lambda char: max(0, _bisect(starts, char))  # noqa: E731
    sentence_tones = [tone(s.text) for s in sentences] or [0.0]
    meetings = []
    for index, meeting in enumerate(doc._.bl_meetings):
        meetings.append(
            {
                "meeting_id": hashlib.sha1(f"{aid}:{meeting.start}:{index}".encode()).hexdigest()[:12],
                "article_id": aid,
                "participants": meeting.participants,
                "countries": [country_display_name(c) for c in meeting.countries],
                "location": meeting.location,
                "date": meeting.date,
                "date_precision": meeting.date_precision,
                "kind": meeting.kind,
                "referenced": meeting.referenced,
                "evidence": meeting.evidence,
                "start": meeting.start,
                "end": meeting.end,
                "confidence": meeting.confidence,
                "tone": tone(meeting.evidence),
                "rules": meeting.rules,
                "corrections": [],
                "event_id": None,
            }
        )
    return {
        "mentions": _mentions(doc, aid, sentence_of),
        "sectors": [
            {"article_id": aid, "sentence": sentence_of(s.start_char), "sector": s.label_, "trigger": s.text, "start": s.start_char, "end": s.end_char}
            for s in doc.spans.get("sectors", [])
        ],
        "meetings": meetings,
        "tone": round(sum(sentence_tones) / len(sentence_tones), 4),
    }


def _bisect(starts: list[int], char: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, char) - 1


def _mentions(doc, aid: str, sentence_of) -> list[dict]:
    rows = []
    covered = bytearray(len(text_of(doc)) + 1)  # characters a person or place mention already covers
    for m in doc._.bl_people:
        entity = f"person:{m.person_id}" if m.person_id else f"person:{slug(m.canonical)}"
        rows.append(_row(aid, m.start, m.end, m.text, "PERSON", entity, m.canonical, m.sentence,
                         country_display_name(m.country) if m.country else None, rule=m.rule))
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    for p in doc._.bl_places:
        entity = f"country:{p.country}" if p.label == "COUNTRY" else f"place:{slug(p.canonical)}"
        rows.append(_row(aid, p.start, p.end, p.text, p.label, entity, p.canonical, sentence_of(p.start),
                         country_display_name(p.country), rule=p.kind))
        covered[p.start:p.end] = b"\x01" * (p.end - p.start)
    dates = {(d.start, d.end): d for d in doc._.bl_dates}
    for ent in doc.ents:
        if ent.label_ not in OTHER_LABELS or _overlaps(ent.start_char, ent.end_char, covered) or _counting_word(ent):
            continue
        if ent.label_ == "DATE":
            d = dates.get((ent.start_char, ent.end_char))
            rows.append(_row(aid, ent.start_char, ent.end_char, ent.text, "DATE", None, d.value if d else None,
                             sentence_of(ent.start_char), None, value=d.value if d else None, precision=d.precision if d else "unresolved",
                             rule=d.rule if d else "unresolved", value_end=d.end_value if d else None))
            continue
        org = f"org:{slug(ent.text)}" if ent.label_ == "ORG" else None
        rows.append(_row(aid, ent.start_char, ent.end_char, ent.text, ent.label_, org, ent.text if org else None,
                         sentence_of(ent.start_char), None))
    for span in doc.spans.get("sectors", []):
        rows.append(_row(aid, span.start_char, span.end_char, span.text, "SECTOR", f"sector:{span.label_}", span.label_,
                         sentence_of(span.start_char), None, rule="trigger"))
    return rows


def _counting_word(ent) -> bool:
    """ "the two nations", "both sides": a small number written as a word counts things; it is not a figure."""
    return ent.label_ == "CARDINAL" and len(ent) == 1 and ent[0].is_alpha and len(ent.text) <= 5


def _overlaps(start: int, end: int, covered: bytearray) -> bool:
    """Whether a character of [start, end) is covered: linear in the span, not in the number of mentions."""
    return any(covered[start:end])


def _row(aid, start, end, text, label, entity_id, canonical, sentence, country, *, value=None, precision=None, rule=None, value_end=None):
    return {"article_id": aid, "start": start, "end": end, "text": text, "label": label, "entity_id": entity_id,
            "canonical": canonical, "sentence": sentence, "country": country, "value": value, "value_end": value_end,
            "precision": precision, "rule": rule}

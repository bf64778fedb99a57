"""Article text + annotation spans → escaped, highlighted HTML (pure). Built from offsets, never by replacing text."""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlparse

from core.text import visible
from core.views.view import palette, sector_label


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # mention label (PERSON, COUNTRY, …, SECTOR)
    title: str  # hover text: canonical name, type, country


def layer_of(label: str) -> str:
    """The legend layer a mention label belongs to (People, Countries, Places, …)."""
    return palette()["types"].get(label, {}).get("label", "Other")


def color_of(label: str) -> str:
    return palette()["types"].get(label, {}).get("color", "#bbbbbb")


def spans_from_mentions(mentions, *, layers: set[str] | None = None) -> list[Span]:
    """Hover-labelled spans from mention rows, keeping only the layers asked for (all when None)."""
    spans = []
    for m in mentions.itertuples():
        if layers is not None and layer_of(m.label) not in layers:
            continue
        name = sector_label(m.canonical) if m.label == "SECTOR" and isinstance(m.canonical, str) else m.canonical
        kind = palette()["types"].get(m.label, {}).get("kind", str(m.label).lower())
        parts = [str(name) if isinstance(name, str) and name else str(m.text), kind]
        if isinstance(m.country, str) and m.country and m.label != "COUNTRY":
            parts.append(m.country)
        if m.label == "DATE" and isinstance(m.value, str) and m.value:
            parts = [f"{m.value}{'/' + m.value_end if isinstance(m.value_end, str) and m.value_end else ''}",
                     f"date ({m.precision}, {m.rule})"]
        spans.append(Span(int(m.start), int(m.end), str(m.label), " · ".join(parts)))
    return spans


def _non_overlapping(spans: list[Span]) -> list[Span]:
    """Longest-first within each start; a span overlapping an earlier kept one is dropped."""
    kept: list[Span] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start >= last_end and span.end > span.start:
            kept.append(span)
            last_end = span.end
    return kept


def highlight(text: str, spans: list[Span], *, evidence: Sequence[tuple[int, int]] = (), hits: Sequence[tuple[int, int]] = ()) -> str:
    """The article as HTML: entity spans coloured with a hover title, meeting evidence and search hits marked; all
    text escaped."""
    entities = _non_overlapping(spans)
    marks = sorted((max(0, s), min(len(text), e)) for s, e in evidence if e > s)
    found = sorted((max(0, s), min(len(text), e)) for s, e in hits if e > s)
    points = sorted({0, len(text)} | {p for s in entities for p in (s.start, s.end)} | {p for m in marks + found for p in m})
    points = [p for p in points if 0 <= p <= len(text)]
    out, e_i = [], 0
    for p, q in zip(points, points[1:]):
        while e_i < len(entities) and entities[e_i].end <= p:
            e_i += 1
        piece = html.escape(text[p:q])
        entity = entities[e_i] if e_i < len(entities) and entities[e_i].start <= p and q <= entities[e_i].end else None
        if entity is not None:
            piece = (f'<span class="bl-ent" style="background:{color_of(entity.label)}33;border-bottom:2px solid '
                     f'{color_of(entity.label)}" title="{html.escape(entity.title, quote=True)}" '
                     f'data-label="{html.escape(entity.label, quote=True)}">{piece}</span>')
        if any(s <= p and q <= e for s, e in marks):
            piece = f'<mark class="bl-evidence">{piece}</mark>'
        if any(s <= p and q <= e for s, e in found):
            piece = f'<mark class="bl-hit">{piece}</mark>'
        out.append(piece)
    return f'<div class="bl-article">{"".join(out)}</div>'


STYLE = """<style>
.bl-article{white-space:pre-wrap;line-height:1.75;font-size:1.02rem;max-width:60rem}
.bl-ent{padding:0 2px;border-radius:3px;cursor:help}
.bl-evidence{background:#fff3b0;padding:1px 0}
.bl-hit{background:#ffb74d;color:inherit;padding:1px 0;border-radius:2px;box-shadow:0 0 0 1px #e65100}
.bl-legend{margin-bottom:.8rem}
.bl-legend span{display:inline-block;margin:0 .6rem .3rem 0;padding:0 .4rem;border-radius:3px;font-size:.85rem}
</style>"""


def legend(layers: list[str]) -> str:
    """Colour chips for the given legend layers (one colour per type, as in the text and the charts)."""
    colors: dict[str, str] = {}
    for label, spec in palette()["types"].items():
        colors.setdefault(spec["label"], spec["color"])
    chips = [f'<span style="background:{colors.get(layer, "#bbb")}33;border-bottom:2px solid {colors.get(layer, "#bbb")}">'
             f"{html.escape(layer)}</span>" for layer in layers]
    return f'<div class="bl-legend">{"".join(chips)}</div>'


def safe_url(url: str | None) -> str | None:
    """The address if it is an http(s) link, else None (javascript:, data: and the like never become links)."""
    if not isinstance(url, str):
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:="})


# the markdown renderer links bare addresses whatever is escaped ("www.x.org", "a@b.org", "https://…"): an invisible
# word joiner inside each keeps it text
_JOINER = "\u2060"
_AUTOLINKED = ((re.compile(r"(?i)\b(w)(ww\.)"), rf"\1{_JOINER}\2"), (re.compile(r"(?i)\b(https?|ftp|mailto|xmpp)(:)"), rf"\1{_JOINER}\2"),
               (re.compile("@"), f"@{_JOINER}"))


def _unlinked(text: str) -> str:
    for pattern, replacement in _AUTOLINKED:
        text = pattern.sub(replacement, text)
    return text


def md_escape(text: object) -> str:
    """Article-derived text made literal for Streamlit markdown (labels, captions): no links (not even a bare
    address), images or styling."""
    return _unlinked(_one_line(text)).translate(_MD_SPECIAL)


def _one_line(text: object) -> str:
    """Text without invisible characters, its whitespace runs as single spaces."""
    return " ".join(visible(str(text if text is not None else "")).split())


_CODE = re.compile(r"`([^`\n]+)`")


def md_message(text: object) -> str:
    """A message of ours that may quote article-derived text, for Streamlit markdown: escaped like `md_escape`, but
    its `command` spans shown as code (a code span is literal, whatever it holds)."""
    parts = _CODE.split(_one_line(text))
    return "".join(f"`{part}`" if odd else _unlinked(part).translate(_MD_SPECIAL) for odd, part in
                   ((i % 2 == 1, part) for i, part in enumerate(parts)))


def quote(text: str, *, note: str = "") -> str:
    """An evidence sentence as escaped HTML."""
    extra = f'<span style="color:#777;font-size:.85rem"> {html.escape(note)}</span>' if note else ""
    return f'<blockquote style="margin:.2rem 0;border-left:3px solid #eeca3b;padding-left:.6rem">{html.escape(text)}{extra}</blockquote>'


def text_or(value: object, default: str = "") -> str:
    """A table cell as text: missing values (None, NA, NaN, empty) become `default`."""
    return value if isinstance(value, str) and value else default


def quoted(query: str) -> str:
    """A search as the page says it: in typographic quotes, unless it is one quoted phrase already."""
    return query if len(query) > 1 and query.startswith('"') and query.endswith('"') and query.count('"') == 2 else f"“{query}”"


def when(date: object, precision: object) -> str:
    """An event's or meeting's date in words: "2024-08-21 (day)", or "undated"."""
    return f"{date} ({text_or(precision, 'unknown')})" if isinstance(date, str) and date else "undated"


def dated(date: object, precision: object) -> str:
    """A date as a list shows it, saying how sure it is: "2024-08-21", "about 2024-08-21" (the text gives no day, the
    publication date stands in), "week of 2024-08-19", "2024-08", or "undated"."""
    if not isinstance(date, str) or not date:
        return "undated"
    return {"approx": f"about {date}", "week": f"week of {date}"}.get(str(precision), date)


def plural(n: int, word: str) -> str:
    """“1 article”, “2 articles”."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def ingest_tone(report) -> str:
    """How an ingest's summary is shown: "warning" when some input failed (whatever else was stored), "success" when
    it stored something new and nothing failed, "info" when every input was stored already."""
    if report.failed:
        return "warning"
    return "success" if report.added or report.updated else "info"


def referenced_as(date: object, published: object) -> str:
    """What a meeting the article only refers to is: "planned" when its date lies after the article's, else
    "background"."""
    if isinstance(date, str) and date and isinstance(published, str) and published:
        return "planned" if date[:10] > published[:len(date[:10])] else "background"
    return "background"

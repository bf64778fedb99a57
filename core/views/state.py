"""View state ⇄ URL query string: parse, validate, describe and serialise (pure; no streamlit).

The registries (core/views/filters.py) declare the global filters, with their query predicates, and the page options; they
drive the sidebar, the query, the active-filter sentence and the README's URL reference (core/views/state_docs.py).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Collection, Iterable, Mapping, Sequence
from urllib.parse import urlencode

from core.pipeline.pubdate import EARLIEST_YEAR
from core.views.filters import FILTERS, MAX_VALUES, OPTIONS, Filter, Option
from core.store.search import parse_search
from core.text import visible

MAX_CHARS = 300  # longest single value kept
STREAMLIT_KEYS = frozenset({"embed", "embed_options"})  # parameters Streamlit itself reads from the URL, not ours to validate


FILTER_KEYS = tuple(f.key for f in FILTERS)
OPTION_KEYS = tuple(o.key for o in OPTIONS)


@dataclass(frozen=True)
class ViewState:
    """What a view shows: global filter values, page options and the corpus version the link was made on."""

    filters: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    version: int | None = None

    def get(self, key: str) -> Any:
        if key in FILTER_KEYS:
            return self.filters.get(key, _empty(_filter(key).kind))
        option = _option(key)
        return self.options.get(key, () if option.many else option.default)

    def with_filters(self, **values: Any) -> "ViewState":
        return replace(self, filters=_drop_empty({**self.filters, **_rename(values)}))

    def with_options(self, **values: Any) -> "ViewState":
        return replace(self, options=_drop_empty({**self.options, **values}))

    @property
    def active(self) -> bool:
        return bool(_drop_empty(self.filters))


def _rename(values: Mapping[str, Any]) -> dict[str, Any]:
    # `from` is a Python keyword: callers pass from_=…
    return {k.rstrip("_"): v for k, v in values.items()}


def _filter(key: str) -> Filter:
    return next(f for f in FILTERS if f.key == key)


def _option(key: str) -> Option:
    return next(o for o in OPTIONS if o.key == key)


def _empty(kind: str) -> Any:
    return {"many": (), "date": None, "text": "", "flag": False, "number": None}[kind]


def _drop_empty(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in (None, "", (), [], False)}


# ---------------------------------------------------------------- parsing


def parse(
    params: Mapping[str, str | Sequence[str]],
    *,
    vocab: Mapping[str, Collection[str]],
    page: str | None = None,
) -> tuple[ViewState, str]:
    """Validate query parameters against the corpus: the state they describe and one notice naming what was dropped."""
    dropped: list[str] = []
    filters: dict[str, Any] = {}
    options: dict[str, Any] = {}
    version = None
    raw_dates: dict[str, str] = {}
    for key, raw in params.items():
        key = visible(key)
        given = [raw] if isinstance(raw, str) else list(raw)
        values = [visible(v) for v in given]
        if key in STREAMLIT_KEYS:
            continue
        if any(v.strip() and not w.strip() for v, w in zip(given, values)):
            dropped.append(f"a value of {_short(key)} made only of control or invisible characters")
            values = [w for v, w in zip(given, values) if w.strip() or not v.strip()]
        if key == "v":
            version = _parse_version(values, dropped)
        elif key in FILTER_KEYS:
            if key in ("from", "to") and values:
                raw_dates[key] = values[0].strip()
            value = _parse_value(_filter(key).kind, key, values, vocab.get(_filter(key).vocab, ()), dropped)
            if key == "q" and value and not parse_search(str(value)):
                dropped.append(f"the search “{_short(str(value))}”, which has no word in it (search finds whole words)")
                value = None
            if value not in (None, "", (), False):
                filters[key] = value
        elif key in OPTION_KEYS:
            option = _option(key)
            if page is not None and not option.applies(page):
                continue  # another page's option: not part of this view
            value = _parse_option(option, values, vocab, dropped)
            if value not in (None, "", ()):
                options[key] = value
        else:
            dropped.append(f"unknown parameter “{_short(key)}”")
    swapped = order_dates(filters, raw_dates)
    notice = " ".join(filter(None, ["Ignored in this link: " + "; ".join(dropped) + "." if dropped else "",
                                    "From and To were in the wrong order and are read the other way round." if swapped else ""]))
    return ViewState(filters=filters, options=options, version=version), notice


def _parse_version(values: list[str], dropped: list[str]) -> int | None:
    if values and values[0].isdigit() and len(values[0]) < 10:
        return int(values[0])
    dropped.append(f"v “{_short(values[0] if values else '')}” (not a corpus version)")
    return None


def _beyond_the_first(key: str, values: list[str]) -> str:
    """The values a one-value parameter was given after its first: "event “zzz” (event takes one value: the first)"."""
    more = f" and {len(values) - 4:,} more" if len(values) > 4 else ""
    return f"{key} {', '.join(f'“{_short(v)}”' for v in values[1:4])}{more} ({key} takes one value: the first)"


def _parse_value(kind: str, key: str, values: list[str], allowed: Collection[str], dropped: list[str]) -> Any:
    if kind == "many":
        return _parse_many(key, values, allowed, dropped, alias=_country_name if key == "country" else None)
    if len(values) > 1:
        dropped.append(_beyond_the_first(key, values))
    value = values[0].strip() if values else ""
    if len(value) > MAX_CHARS:
        dropped.append(f"{key} (longer than {MAX_CHARS} characters)")
        return _empty(kind)
    if kind == "date":
        parsed = parse_date(value, end=key == "to")
        if value and parsed is None:
            dropped.append(f"{key} “{_short(value)}” (not a date from {EARLIEST_YEAR} to {LATEST_YEAR}; use YYYY-MM-DD, YYYY-MM or YYYY)")
        return parsed
    if kind == "number":
        return _parse_share(key, value, dropped)
    if kind == "flag":
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() not in ("", "0", "false", "no", "off"):
            dropped.append(f"{key} “{_short(value)}” (use 1 or 0)")
        return False
    return value


def _parse_share(key: str, value: str, dropped: list[str]) -> float | None:
    """A number from 0 to 1 (0 or empty: no filter)."""
    try:
        number = float(value or 0)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:  # NaN too
        dropped.append(f"{key} “{_short(value)}” (use a number from 0 to 1)")
    return round(number, 2) if 0 < number <= 1 else None


def _country_name(value: str) -> str | None:
    """The name the corpus shows a country by, for another of its names ("UK", "Britain" → "United Kingdom")."""
    from core.knowledge import country_display_name, country_iso3

    iso3 = country_iso3(value) if len(value) <= MAX_CHARS else None
    return country_display_name(iso3) if iso3 else None


def _parse_many(key: str, values: list[str], allowed: Collection[str], dropped: list[str], *, limit: int = MAX_VALUES,
                why: str = "not in this corpus", alias=None) -> tuple[str, ...]:
    lookup, kept, unknown, repeats = _Lookup(allowed), list[str](), list[str](), 0
    for value in values:
        match = lookup.find(value)
        if match is None and alias is not None and value.strip():
            other = alias(value.strip())
            match = lookup.find(other) if other else None
        if match is None:
            if value.strip():
                unknown.append(value)
        elif match not in kept:
            kept.append(match)
        else:
            repeats += 1
    if repeats:
        dropped.append(f"{repeats:,} repeated {key} value(s), each read once")
    if unknown:
        shown = ", ".join(f"“{_short(v)}”" for v in list(dict.fromkeys(unknown))[:3])
        more = len(unknown) - min(3, len(set(unknown)))
        dropped.append(f"{key} {shown}{f' and {more:,} more' if more > 0 else ''} ({why})")
    if len(kept) > limit:
        dropped.append(f"{len(kept) - limit:,} {key} value(s) beyond the first {limit}")
        kept = kept[:limit]
    return tuple(kept)


def _parse_option(option: Option, values: list[str], vocab: Mapping[str, Collection[str]], dropped: list[str]) -> Any:
    allowed = option.choices or vocab.get(option.vocab, ())
    if option.many:
        why = "not one of this page's choices" if option.choices or option.vocab == "layer" else "not in this corpus"
        return _parse_many(option.key, values, allowed, dropped, limit=option.limit, why=why)
    value = values[0] if values else ""
    if len(values) > 1:
        dropped.append(_beyond_the_first(option.key, values))
    match = _Lookup(allowed).find(value)
    if match is None and value:
        dropped.append(f"{option.key} “{_short(value)}” (not one of this page's choices)")
    return match or ""


class _Lookup:
    """Exact match first, then case- and space-insensitive."""

    def __init__(self, allowed: Collection[str]):
        self.allowed = allowed if isinstance(allowed, (set, frozenset, dict)) else set(allowed)
        self._folded: dict[str, str] | None = None

    def find(self, value: str) -> str | None:
        if len(value) > MAX_CHARS:
            return None
        if value in self.allowed:
            return value
        if self._folded is None:
            self._folded = {_fold(a): a for a in self.allowed}
        return self._folded.get(_fold(value))


def _fold(value: str) -> str:
    return " ".join(value.casefold().split())


def order_dates(filters: dict[str, Any], raw: dict[str, str]) -> bool:
    """Puts From and To in order when a link (or the sidebar, `raw` being the text given) has them the wrong way round; whether it did."""
    start, end = filters.get("from"), filters.get("to")
    if start and end and start > end:
        filters["from"], filters["to"] = parse_date(raw["to"]), parse_date(raw["from"], end=True)
        return True
    return False


def _short(value: str) -> str:
    value = " ".join(str(value).split())
    return value if len(value) <= 40 else value[:39] + "…"


_DATE, LATEST_YEAR = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$"), 2100


def parse_date(value: str, *, end: bool = False) -> date | None:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` of 1800–2100; a partial date means its first day (or last day when `end`)."""
    match = _DATE.match(value.strip()) if value else None
    if not match or not EARLIEST_YEAR <= int(match[1]) <= LATEST_YEAR:
        return None
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            return date(year, int(month), calendar.monthrange(year, int(month))[1] if end else 1)
        return date(year, int(month), int(day))
    except ValueError:
        return None


# ---------------------------------------------------------------- serialising

def to_params(state: ViewState, *, page: str | None = None) -> dict[str, list[str]]:
    """Query parameters for the state (defaults left out), global filters first, then the page's options."""
    params: dict[str, list[str]] = {}
    for f in FILTERS:
        value = state.filters.get(f.key)
        if value in (None, "", (), False):
            continue
        if f.kind == "many":
            params[f.key] = list(value)
        elif f.kind == "date":
            params[f.key] = [value.isoformat()]
        elif f.kind == "flag":
            params[f.key] = ["1"]
        elif f.kind == "number":
            params[f.key] = [f"{value:g}"]
        else:
            params[f.key] = [str(value)]
    for option in OPTIONS:
        value = state.options.get(option.key)
        if value in (None, "", ()) or value == option.default or (page is not None and not option.applies(page)):
            continue
        params[option.key] = list(value) if option.many else [str(value)]
    if state.version is not None:
        params["v"] = [str(state.version)]
    return params


def share_link(url: str, params: Mapping[str, Iterable[str]], *, page: str | None = None, base_path: str = "") -> str:
    """The address that reproduces a view: the page's address (the site's root written with its slash) and the
    view's query string. With `page`, the address is that page's under the site's root (`base_path`, the server's
    own prefix), whatever path the browser asked for ("/nosuchpage" shows the overview: its link is the root's)."""
    from urllib.parse import urlsplit

    base = url.split("?")[0]
    if base and page is not None:
        parts = urlsplit(base)
        prefix = "/".join(p for p in base_path.split("/") if p)
        base = f"{parts.scheme}://{parts.netloc}/" + (f"{prefix}/" if prefix else "") + ("" if page == "overview" else page)
    if base and not urlsplit(base).path:
        base += "/"
    return f"{base}?{query_string(params)}" if params else base or "/"


def query_string(params: Mapping[str, Iterable[str]]) -> str:
    return urlencode([(k, v) for k, values in params.items() for v in values])


# ---------------------------------------------------------------- in words


def describe(state: ViewState, *, names: Mapping[str, str] | None = None, subject: str = "") -> str:
    """The active filters as one plain sentence, e.g. “involving China and Vladimir Putin, about energy, May–Aug 2024”,
    read from each filter's `words` in the registry; `names` gives values their display names (sector labels);
    `subject` is what the sentence is about (“Meetings” reads “held in Moscow”, others “with meetings held in …”)."""
    names = names or {}
    meetings = subject.lower().startswith("meetings")
    f = state.filters
    phrases: dict[str, list[str]] = {}  # words → the values read with them, in registry order
    for flt in FILTERS:
        value = f.get(flt.key)
        if flt.kind == "date":
            span = date_span(f.get("from"), f.get("to"))
            if span and "" not in phrases:
                phrases[""] = [span]  # the two date filters read as one span
            continue
        if not value:
            continue
        words = (flt.meeting_words if meetings and flt.meeting_words else flt.words)
        if flt.kind == "many":
            phrases.setdefault(words, []).extend(names.get(v, v) for v in value)
        else:
            text = f"{value:g}" if isinstance(value, float) else str(value)
            phrases[words] = [_searched(text) if flt.kind == "text" else text]
    parts = []
    for words, values in phrases.items():
        if not words:
            parts.append(values[0])
        elif "{and}" in words or "{or}" in words:
            parts.append(words.replace("{and}", _and(values)).replace("{or}", _and(values, "or")))
        else:
            parts.append(words.replace("{value}", values[0]))
    return ", ".join(parts)


def _searched(text: str) -> str:
    """A search in words, as it is matched: one phrase (“the phrase ‘Doha round’”), terms that must all appear
    (“free” and “trade”), either of two (“oil” or “gas”), and terms left out (but not “Harbin”)."""
    search = parse_search(text)
    terms = [t for group in search.groups for t in group]
    if len(terms) == 1 and " " in terms[0] and not search.excluded:
        return f"the phrase “{terms[0]}”"
    said = [" or ".join(f"“{t}”" for t in group) for group in search.groups]
    left_out = _and([f"“{t}”" for t in search.excluded], "or") if search.excluded else ""
    if not said:
        return f"anything but {left_out}" if left_out else "anything (a search with no word)"
    return _and(said) + (f" but not {left_out}" if left_out else "")


def _and(items: Sequence[str], word: str = "and") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def date_span(start: date | None, end: date | None) -> str:
    """A date range in words: whole months and years are named as such (“May–Aug 2024”, “2019”)."""
    if start is None:
        return "until " + _day(end) if end is not None else ""
    if end is None:
        return "from " + _day(start)
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.month == 1 and end.month == 12:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if whole_months:
        if start.year == end.year:
            if start.month == end.month:
                return start.strftime("%b %Y")
            return f"{start.strftime('%b')}–{end.strftime('%b %Y')}"
        return f"{start.strftime('%b %Y')}–{end.strftime('%b %Y')}"
    return f"{_day(start)} – {_day(end)}"


def _day(value: date) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


"""Clean one article: drop embedded binary payloads, site chrome, a repeated title and duplicate paragraphs; mark
headings; pick a title."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from core.pipeline.chrome import ChromeRules, default_rules
from core.pipeline.paragraphs import ends_sentence, headline_like, key, n_words, sentence_like, split_paragraphs

NEAR_DUPLICATE_RATIO = 96  # rapidfuzz ratio (0-100) at which two paragraph keys are the same paragraph
MIN_DEDUPE_WORDS = 6  # shorter repeats ("Thank you.", speaker tags in interviews) are part of the story;
# so are repeated non-sentence lines such as "Secretary General Kofi Annan of the United Nations" before quotes
TITLE_MATCH_RATIO = 90
MAX_BLOCK_HEADLINES = 8
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]{2,30})?\s*(?:\([^)]{2,30}\))?\s*[-–—:]\s+")
# An image or file pasted into the text as base64 ("data:image/png;base64,iVBOR…", or MIME lines of 76): no prose
# has a 400-character word of that alphabet, and it would fill the article's length limit before the text after it.
_PAYLOAD = re.compile(r"(?:data:[\w/+.-]+;base64,)?(?:[A-Za-z0-9+/]{400,}={0,2}|(?:[A-Za-z0-9+/]{60,}={0,2}[ \t]*\n){5,})")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[A-Z“\"'])")


@dataclass
class Cleaned:
    text: str
    title: str
    title_inferred: bool
    headings: list[int] = field(default_factory=list)  # flat [start, end, ...] offsets into text
    removed: list[tuple[str, str]] = field(default_factory=list)  # (paragraph, rule) for inspection


def clean_document(text: str, *, title: str | None = None, rules: ChromeRules | None = None) -> Cleaned:
    """Clean an article body; `title` is a title given by metadata, a field or the HTML, if any."""
    rules = rules or default_rules()
    removed: list[tuple[str, str]] = []
    text = _without_payloads(text, removed)
    paragraphs = _drop_chrome(split_paragraphs(text), rules, removed)

    given = (title or "").strip()
    given = " ".join(given.split())
    if given and (rules.line_rule(given) or n_words(given) == 0):
        removed.append((given, "chrome-title"))
        given = ""
    inferred = False
    if not given and len(paragraphs) > 1 and headline_like(paragraphs[0][0]):
        given = paragraphs[0][0]
        removed.append((given, "title-line"))
        paragraphs = paragraphs[1:]
    if given:
        paragraphs = _drop_title_repeats(paragraphs, given, removed)

    paragraphs = _dedupe(paragraphs, removed)
    if not given:
        given, inferred = synthesise_title(paragraphs[0][0] if paragraphs else text), True

    body, headings = _assemble(paragraphs)
    return Cleaned(text=body, title=given, title_inferred=inferred, headings=headings, removed=removed)


def _without_payloads(text: str, removed: list[tuple[str, str]]) -> str:
    def drop(match: re.Match) -> str:
        removed.append((match.group(), "binary-payload"))
        return "\n" if "\n" in match.group() else ""

    return _PAYLOAD.sub(drop, text) if len(text) >= 400 else text


def _drop_chrome(paragraphs, rules: ChromeRules, removed) -> list[tuple[str, bool]]:
    kept: list[tuple[str, bool]] = []
    in_block = 0
    for para, heading in paragraphs:
        if in_block:
            if headline_like(para) and not sentence_like(para):
                removed.append((para, "chrome-block"))
                in_block -= 1
                continue
            in_block = 0
        if rules.starts_block(para):
            removed.append((para, "chrome-block"))
            in_block = MAX_BLOCK_HEADLINES
            continue
        rule = rules.line_rule(para)
        if rule:
            removed.append((para, rule))
            continue
        kept.append((para, heading))
    return kept


def _same_as_title(para: str, title: str) -> bool:
    a, b = key(para), key(title)
    return bool(a) and (a == b or fuzz.ratio(a, b) >= TITLE_MATCH_RATIO)


def _drop_title_repeats(paragraphs, title: str, removed) -> list[tuple[str, bool]]:
    """The title repeated among the first body lines (scrapers often keep the page's <h1>)."""
    out = []
    for index, (para, heading) in enumerate(paragraphs):
        if index < 3 and not sentence_like(para) and _same_as_title(para, title):
            removed.append((para, "repeated-title"))
            continue
        out.append((para, heading))
    return out


def _dedupe(paragraphs, removed) -> list[tuple[str, bool]]:
    """Keep each paragraph once: exact repeats by key, near repeats by fuzzy ratio (the longer wording wins). Near
    repeats are looked for only among paragraphs sharing a pair of words with it, so a text of thousands of
    paragraphs is not compared all against all."""
    kept: list[tuple[str, bool]] = []
    keys: list[str] = []
    seen: dict[str, int] = {}
    postings: dict[str, list[int]] = {}

    def keep(k: str, index: int) -> None:
        for pair in _word_pairs(k):
            postings.setdefault(pair, []).append(index)

    for para, heading in paragraphs:
        k = key(para)
        if n_words(para) < MIN_DEDUPE_WORDS or not (sentence_like(para) or n_words(para) >= 12):
            keep(k, len(kept))
            kept.append((para, heading))
            keys.append(k)
            continue
        if k in seen:
            removed.append((para, "duplicate-paragraph"))
            continue
        match = _near_match(k, keys, _candidates(k, postings))
        if match is not None:
            if len(para) > len(kept[match][0]):
                removed.append((kept[match][0], "near-duplicate-paragraph"))
                kept[match], keys[match] = (para, kept[match][1]), k
                seen[k] = match
                keep(k, match)
            else:
                removed.append((para, "near-duplicate-paragraph"))
            continue
        seen[k] = len(kept)
        keep(k, len(kept))
        kept.append((para, heading))
        keys.append(k)
    return kept


MAX_POSTING = 64  # a pair of words in more paragraphs than this ("of the") finds no near repeat of its own


def _word_pairs(k: str) -> set[str]:
    words = k.split()
    return {f"{a} {b}" for a, b in zip(words, words[1:])} or {k}


def _candidates(k: str, postings: dict[str, list[int]]) -> list[int]:
    """The kept paragraphs sharing a not too common pair of words with `k`, in order: a near repeat (a ratio of
    NEAR_DUPLICATE_RATIO or more) changes a few words at most and keeps most pairs."""
    found: set[int] = set()
    for pair in _word_pairs(k):
        indexes = postings.get(pair)
        if indexes and len(indexes) <= MAX_POSTING:
            found.update(indexes)
    return sorted(found)


def _near_match(k: str, keys: list[str], candidates: list[int]) -> int | None:
    for index in candidates:
        other = keys[index]
        shorter, longer = sorted((len(k), len(other)))
        if shorter and shorter / longer >= 0.9 and fuzz.ratio(k, other) >= NEAR_DUPLICATE_RATIO:
            return index
    return None


def is_heading(para: str, following: str | None) -> bool:
    """A section heading: a short title-like line followed by running prose."""
    return (
        following is not None
        and n_words(para) <= 12
        and len(para) <= 100
        and headline_like(para, max_words=12)
        and not ends_sentence(para)
        and sentence_like(following)
    )


def _assemble(paragraphs) -> tuple[str, list[int]]:
    parts: list[str] = []
    headings: list[int] = []
    offset = 0
    for index, (para, marked) in enumerate(paragraphs):
        following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        if marked or is_heading(para, following):
            headings += [offset, offset + len(para)]
        parts.append(para)
        offset += len(para) + 2
    return "\n\n".join(parts), headings


def synthesise_title(lead: str, *, max_words: int = 12) -> str:
    """A short title from the lead sentence: dateline removed, cut at a word boundary."""
    sentence = _SENTENCE_SPLIT.split(lead.strip(), maxsplit=1)[0]
    sentence = _DATELINE.sub("", sentence).strip().rstrip(".!?;:,")
    tokens = sentence.split()
    if not tokens:
        return "Untitled article"
    title = " ".join(tokens[:max_words])
    if len(tokens) > max_words:
        title = title.rstrip(",;:—–-") + "…"
    return title[0].upper() + title[1:]

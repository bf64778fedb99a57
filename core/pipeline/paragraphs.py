"""Paragraph splitting and the small text tests the cleaning rules share."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_SPACES = re.compile(r"[ \t\u3000]+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def strip_markdown(text: str) -> str:
    """Plain text of Markdown inline syntax: links keep their label, emphasis markers go."""
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def n_words(text: str) -> int:
    """Words in a text; Chinese and Japanese, written without spaces, count one word per two characters."""
    if not _CJK.search(text):
        return len(words(text))  # most text: one search over the whole instead of one per word
    return sum(max(1, len(_CJK.findall(w)) // 2) if _CJK.search(w) else 1 for w in words(text))


def key(text: str) -> str:
    """A comparison key: case-folded words only, so punctuation and spacing differences do not count."""
    return " ".join(w.casefold() for w in words(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


def sentence_like(text: str) -> bool:
    """Reads as running prose: ends like a sentence and has several words, or is long."""
    count = n_words(text)
    return (ends_sentence(text) and count >= 5) or count >= 25


def headline_like(text: str, *, max_words: int = 25) -> bool:
    """Reads as a headline: short, starts with a capital or digit, no closing sentence punctuation."""
    stripped = text.strip()
    count = n_words(stripped)
    if not stripped or count == 0 or count > max_words or stripped.endswith((".", ";", ",", ":")):
        return False
    return stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'“‘«"


def split_paragraphs(text: str) -> list[tuple[str, bool]]:
    """Split text into (paragraph, marked_heading) pairs.

    Blocks are separated by blank lines. Inside a block, hard-wrapped lines (a fixed-width body) are joined;
    otherwise every line is a paragraph of its own, as scraped pages usually put one paragraph per line.
    Markdown heading markers are removed and remembered.
    """
    out: list[tuple[str, bool]] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _hard_wrapped(lines):
            lines = [" ".join(lines)]
        for line in lines:
            heading = bool(_MD_HEADING.match(line))
            line = _MD_HEADING.sub("", line).strip()
            if line:
                out.append((line, heading))
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines of similar width whose breaks fall mid-sentence: one paragraph wrapped at a fixed column."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    widths = [len(line) for line in body]
    if min(widths) < 40 or max(widths) > 100 or max(widths) - min(widths) > 25:
        return False
    mid_sentence = sum(1 for line in body if not ends_sentence(line))
    return mid_sentence >= 0.6 * len(body)

"""Main text and metadata from an HTML page (trafilatura, with a plain-text fallback)."""
from __future__ import annotations

from core.errors import InputProblem
from core.pipeline.decode import normalise_text

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "nav", "footer", "form")


def extract_html(html: str, *, path: str):
    """A RawRecord from an HTML document; raises InputProblem when it holds no readable text."""
    import trafilatura  # loaded only when there is HTML to read

    from core.pipeline.read import RawRecord

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True,
            # only dates the page declares (meta tags, markup), never years found in the body text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted parser errors on broken markup
        doc = None
    text = getattr(doc, "text", None) or _fallback_text(html)
    text = normalise_text(text or "").strip()
    if not text:
        raise InputProblem("no article text found in the HTML")
    record = RawRecord(path=path, text=text)
    for name, attr in (("title", "title"), ("published", "date"), ("source", "sitename"), ("url", "url"), ("language", "language")):
        value = getattr(doc, attr, None) if doc is not None else None
        if value:
            setattr(record, name, normalise_text(str(value)).strip())
            record.origin[name] = "html"
    return record


def _fallback_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//" + " | //".join(_DROP_TAGS)):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "h1", "h2", "h3", "li", "div") if len(el) == 0]
    return "\n".join(b for b in blocks if b)

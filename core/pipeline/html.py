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
    if not record.published:
        declared = _declared_date(html)  # one the extractor refused ("2099-12-31"): ingest says why it is not used
        if declared:
            record.published, record.origin["published"] = declared, "html"
    return record


# meta tags that declare a page's publication date (Open Graph, Dublin Core, schema.org and common CMS names)
_DATE_META = ("article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date",
              "dc.date", "dc.date.issued", "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date")


def _declared_date(html: str) -> str | None:
    """The content of the first meta tag that declares a publication date, as written."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key in _DATE_META and content:
            return content[:60]
    return None


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

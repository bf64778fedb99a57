"""A document's text, built once: `Doc.text` joins the text of every token at each call, and an article's rules ask
for it many times."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the client that sends texts to workers never imports spaCy
    from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """The text of `doc`, kept in its `user_data` once built (merging or splitting tokens never changes it)."""
    text = doc.user_data.get("bl_text")
    if text is None or not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
        doc.user_data["bl_text"] = text
    return text

"""Bytes to clean Unicode text: encoding detection and repair, normalisation, binary refusal."""
from __future__ import annotations

import re
import unicodedata


from core.errors import InputProblem
from core.text import visible

# Signatures of common binary formats that users drop in by mistake (often renamed to .txt).
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (name it .gz)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
]

_WESTERN_PUNCTUATION = set("“”‘’„–—…€£«»°§©®™•·×½¼¾¿¡")
_LINE_SEPARATORS = re.compile("\r\n?|[\u2028\u2029\x85]")


def binary_kind(data: bytes) -> str | None:
    """A phrase naming the binary format of `data`, or None when it looks like text."""
    head = data[:8]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    sample = data[:4096]
    if sample.count(0) > NUL_SHARE * len(sample) and not _looks_utf16(sample):
        return "binary data (contains NUL bytes)"
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS or b == 127)
    if controls > CONTROL_SHARE * len(sample) and not _looks_utf16(sample):
        return "binary data (control bytes no text holds)"
    return None  # a few stray NUL or control bytes in text are removed with the other control characters


NUL_SHARE = 0.01  # of the first bytes of a file, NUL bytes above this share make it binary
CONTROL_SHARE = 0.05  # control bytes other than tab, line breaks and form feed: random or compressed data has ~11 %
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1a\x1b")  # tab, line feed, carriage return, form feed, DOS end-of-file, escape


def _looks_utf16(sample: bytes) -> bool:
    return sample.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(sample) is not None


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text of mostly Latin letters saved as UTF-16 without a byte-order mark: NUL
    bytes fill every other position, and only those."""
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    if odd > 0.6 * pairs and even == 0:
        return "utf-16-le"
    if even > 0.6 * pairs and odd == 0:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding). Raises InputProblem for binary or undecodable data."""
    kind = binary_kind(data)
    if kind:
        raise InputProblem(f"not a text file: looks like {kind}")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    bare = _utf16_without_bom(data[:4096])
    if bare:
        return data.decode(bare, errors="replace"), bare
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # UTF-8 with a few broken bytes: its good characters are kept as they are
        return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes  # loaded only for bytes that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        # Mostly UTF-8 with a few broken bytes: keep what decodes.
        return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
    return str(best), best.encoding


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """Bytes with more well-formed UTF-8 characters beyond ASCII than bytes that do not decode: UTF-8 text damaged in
    a few places, not text in a legacy code page."""
    broken = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    return len(_UTF8_SEQUENCE.findall(data)) > broken


def encoding_note(encoding: str) -> str | None:
    """What a reader should know about how a file's bytes were read: nothing for Unicode, else the encoding used."""
    if encoding.startswith(("utf-8", "utf-16")) and "replacements" not in encoding:
        return None
    if "replacements" in encoding:
        return "not valid UTF-8: the bytes that do not decode are replaced (U+FFFD)"
    return f"not UTF-8: read as {'Windows-1252' if encoding == 'cp1252' else encoding}"


def _western(data: bytes) -> str | None:
    """Windows-1252 text, the usual legacy encoding of English news, when the bytes read cleanly as it.

    Statistical detectors often mistake short Western texts for Central European code pages ("São" → "Săo"),
    so a clean cp1252 reading of mostly-ASCII text is preferred.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    foreign = [ch for ch in text if ord(ch) > 127]
    if len(foreign) > 0.2 * max(letters, 1):
        return None  # mostly non-ASCII: another script (Cyrillic, Greek…) in its own code page
    return text if all(ch.isalpha() or ch in _WESTERN_PUNCTUATION for ch in foreign) else None


# Plain ASCII without these characters is text ftfy leaves exactly as it is (no mojibake, entity, line break,
# terminal escape or control character to fix): most English news, which then skips its cost.
_FTFY_WORK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f&]")


def normalise_text(text: str) -> str:
    """Repair mojibake, normalise Unicode (NFC) and line breaks, drop control, zero-width and bidirectional control characters."""
    if text.isascii() and not _FTFY_WORK.search(text):
        return text.replace("\t", " ")
    import ftfy  # loaded only for text that may need repair (not plain ASCII)

    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True, fix_character_width=False)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = visible(text)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return unicodedata.normalize("NFC", text)

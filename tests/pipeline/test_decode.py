import pytest

from core.errors import InputProblem
from hypothesis import given, settings as hsettings, strategies as st_

from core.pipeline.decode import binary_kind, decode_bytes, normalise_text


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Plain UTF-8: Moscow–Beijing talks".encode(), "Plain UTF-8: Moscow–Beijing talks"),
        (b"\xef\xbb\xbfWith a BOM", "With a BOM"),
        ("Caf\u00e9 in S\u00e3o Paulo, \u201cquoted\u201d".encode("cp1252"), "Caf\u00e9 in S\u00e3o Paulo, \u201cquoted\u201d"),
        ("Москва и Пекин подписали соглашение о поставках газа.".encode("cp1251"), "Москва и Пекин подписали соглашение о поставках газа."),
        ("UTF-16 text".encode("utf-16"), "UTF-16 text"),
    ],
)
def test_decode_reads_utf8_bom_and_legacy_encodings(data, expected):
    assert decode_bytes(data)[0] == expected


@pytest.mark.parametrize(
    "data, phrase",
    [
        (b"%PDF-1.7 rest", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"PK\x03\x04....", "ZIP"),
        (b"abc\x00\x00def", "NUL"),
        (bytes(range(1, 256)) * 8, "control bytes"),  # random or compressed data with few NULs
    ],
)
def test_decode_refuses_binary_with_the_format_named(data, phrase):
    assert phrase in binary_kind(data)
    with pytest.raises(InputProblem, match=phrase):
        decode_bytes(data)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
        ("bell\x07 and\x1b escape", "bell and escape"),
        ("line\r\nbreaks\rhere", "line\nbreaks\nhere"),
        ("mojibake: caf\u00c3\u00a9", "mojibake: caf\u00e9"),
        ("decomposed: Cafe\u0301", "decomposed: Caf\u00e9"),
        ("non\u00a0breaking", "non breaking"),
    ],
)
def test_normalise_text_repairs_and_strips_invisible_characters(raw, expected):
    assert normalise_text(raw) == expected


def test_text_with_tabs_escapes_and_a_few_stray_control_bytes_is_text():
    line = "Ministers\theld talks in Beijing on Monday \x1b[1mabout\x1b[0m trade.\r\n".encode()
    assert binary_kind(line * 20 + b"a stray \x07 bell\n") is None


def test_a_text_with_a_few_stray_nul_bytes_is_read_without_them():
    line = b"Russian and Chinese ministers held talks in Beijing on Monday about trade.\n"
    data = line * 20 + b"A stray\x00 byte, and\x00\x00 two more.\n"
    text, _ = decode_bytes(data)
    assert normalise_text(text).rstrip().endswith("A stray byte, and two more.")


@hsettings(max_examples=300, deadline=None)
@given(st_.text(alphabet=st_.characters(max_codepoint=127), max_size=200))
def test_plain_ascii_skips_ftfy_with_the_same_result(text):
    import unicodedata

    import ftfy

    from core.pipeline.decode import _LINE_SEPARATORS, normalise_text
    from core.text import visible

    slow = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True, fix_character_width=False)
    slow = unicodedata.normalize("NFC", visible(_LINE_SEPARATORS.sub("\n", slow)).replace("\u00a0", " ").replace("\t", " "))
    assert normalise_text(text) == slow


def test_utf8_damaged_in_a_few_places_keeps_its_good_characters():
    data = "Café in São Paulo, “quoted” — ".encode() + b"\xff broken " + "Zürich.".encode()
    text, encoding = decode_bytes(data)
    assert text == "Café in São Paulo, “quoted” — \ufffd broken Zürich." and encoding == "utf-8 (with replacements)"

"""Decoding saved pages: declared charsets, BOMs, undeclared legacy encodings, broken bytes."""

from __future__ import annotations

from pathlib import Path

from webinar_archive.importers.page import decode_html, extract_page
from webinar_archive.importers.page.decode import declared_charset

PAGES = Path(__file__).parent / "data" / "pages"
POLISH = "Zażółć gęślą jaźń, Przejdź do treści. Braliśmy udział w konferencji w Brukseli."


def test_windows_1250_page_declared_in_meta_tag() -> None:
    data = (PAGES / "024.html").read_bytes()
    assert declared_charset(data) == "cp1250"
    with_utf8 = data.decode("utf-8", errors="replace")
    assert "\ufffd" in with_utf8  # the bytes really are not UTF-8
    text = decode_html(data)
    assert "Przejdź do treści" in text
    assert "Wystąpienia i debaty, które inspirują" in text
    assert "\ufffd" not in text


def test_windows_1250_page_extracts_polish_names() -> None:
    [session] = extract_page((PAGES / "024.html").read_bytes())
    names = [s.name for s in session.draft.speakers]
    assert "Thierry Breton" in names
    assert session.draft.language == "pl"
    assert session.warnings == []


def test_http_header_charset_wins_over_guessing() -> None:
    data = f"<html><body><p>{POLISH}</p></body></html>".encode("iso-8859-2")
    assert POLISH in decode_html(data, "text/html; charset=ISO-8859-2")


def test_undeclared_legacy_charset_is_guessed() -> None:
    body = " ".join([POLISH] * 20)
    data = f"<html><body><p>{body}</p></body></html>".encode("cp1250")
    text = decode_html(data)
    assert "Zażółć gęślą jaźń" in text


def test_utf8_without_declaration_and_with_bom() -> None:
    assert decode_html(POLISH.encode("utf-8")) == POLISH
    assert decode_html(b"\xef\xbb\xbf" + POLISH.encode("utf-8")) == POLISH
    assert decode_html(b"\xff\xfe" + POLISH.encode("utf-16-le")) == POLISH


def test_unknown_declared_charset_falls_back() -> None:
    data = b'<meta charset="no-such-charset"><p>' + POLISH.encode("utf-8") + b"</p>"
    assert POLISH in decode_html(data)


def test_invalid_bytes_never_raise() -> None:
    data = b'<meta charset="utf-8"><p>Caf\xe9 \xff\xfe\x80 ok</p>'
    text = decode_html(data)
    assert "ok" in text
    assert "\ufffd" in text
    [session] = extract_page(data)
    assert any("decoded" in w for w in session.warnings)


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_html(b"") == ""


def test_content_type_decides_between_markup_and_text() -> None:
    text = "<p> is how a paragraph starts. Jane Holloway, Energy Agency, presented on 4 May 2021."
    [as_text] = extract_page(text.encode(), content_type="text/plain; charset=utf-8")
    assert as_text.draft.summary.startswith("\\<p\\> is how")
    [as_html] = extract_page(text.encode(), content_type="text/html")
    assert as_html.draft.summary.startswith("is how")
    assert [s.name for s in as_text.draft.speakers] == ["Jane Holloway"]

"""Session pages (saved HTML or pasted text) turned into session drafts; no storage, no Qt."""

from __future__ import annotations

from .decode import decode_html
from .extract import ExtractedSession, PageSummary, extract_page, extract_text
from .gate import refusal
from .record import page_record, to_json_record

__all__ = [
    "ExtractedSession",
    "PageSummary",
    "decode_html",
    "extract_page",
    "extract_text",
    "page_record",
    "refusal",
    "to_json_record",
]

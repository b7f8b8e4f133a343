"""Slides or a recording "posted" or "uploaded" later are announced, so they count."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text, page_record


def _links(sentence: str) -> dict[str, bool]:
    text = (
        "Hedgehogs in winter\nWednesday 4 March 2026, online.\n"
        f"Speaker: Ann Lee, University of Leeds.\n{sentence}"
    )
    links: dict[str, bool] = page_record(extract_text(text))["links"]
    return links


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann's slides and Bob's map will be posted in the members' area.",
        "The slides will be uploaded after the talk.",
    ],
)
def test_posted_slides_count(sentence: str) -> None:
    assert _links(sentence)["presentations"] is True


def test_slides_not_mentioned_do_not_count() -> None:
    assert _links("Questions will be posted in the chat.")["presentations"] is False

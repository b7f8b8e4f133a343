"""The page's language: a stopword vote over its text, the html lang attribute as fallback."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+")


def vote(text: str) -> tuple[str | None, float]:
    """(best language, share of the stopword hits it got) for ``text``."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text[:50_000].lower()):
        for lang, words in STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    total = sum(counts.values())
    if not total:
        return None, 0.0
    lang, hits = counts.most_common(1)[0]
    return lang, hits / total


def detect_language(text: str, html_lang: str | None = None) -> tuple[str | None, bool]:
    """(language code, certain?) — text that clearly votes beats a template's lang attribute."""
    declared = html_lang.split("-")[0].split("_")[0].lower() if html_lang else None
    best, share = vote(text)
    words = len(_WORD.findall(text[:50_000]))
    if best and words >= 30 and share >= 0.5:
        return best, declared in (None, best)
    if declared:
        return declared, best in (None, declared)
    return best, False

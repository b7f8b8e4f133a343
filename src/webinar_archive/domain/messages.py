"""The app's own messages (errors, summaries, warnings, progress) in the user's language.

Every layer marks the text a user reads where it is written, in forms Babel extracts into the
``messages`` catalogue (``python -m webinar_archive.translations update``):

- ``_t("No session with id {ident}.").format(ident=ident)``: translated now, in the language
  set for this run; values go in by name, never by joining pieces;
- ``_tn("{count} session imported", "{count} sessions imported", n).format(count=n)``: plurals
  (Polish has three forms; the catalogue holds them all);
- ``_mark("text")`` for text defined before it is shown (tables, constants), translated where
  shown with ``_t(text)``;
- ``number(n)`` for a number inside a message: ``{count}`` filled with ``number(count)``, never
  ``{count:,}`` (which writes 1,234 in every language; Polish writes 1 234).

The faces set the language once at start (the window from its Settings, the CLI from
``--language``; services.language.use_language loads the catalogue); until then, and in
English, the text stays as written. Names that are not ``_`` so that a throwaway ``_`` variable
can never hide them.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable

DOMAIN = "messages"
"""``resources/locale/<language>/LC_MESSAGES/messages.po``, compiled to ``messages.mo``."""

SOURCE_LANGUAGE = "en"

NumberFormat = Callable[[int | float], str]


def _source_number(value: int | float) -> str:
    return f"{value:,}"


# [language code, catalogue, number format]: one per process, replaced whole when the language
# is set.
_state: list[tuple[str, gettext.NullTranslations, NumberFormat]] = [
    (SOURCE_LANGUAGE, gettext.NullTranslations(), _source_number)
]


def install(
    language: str, catalogue: gettext.NullTranslations, number_format: NumberFormat | None = None
) -> None:
    """Speak ``language`` from now on, with ``catalogue`` for its words and ``number_format``
    for its numbers (the locale's; English grouping when None)."""
    _state[0] = (language, catalogue, number_format or _source_number)


def current_language() -> str:
    """The code of the language messages are in (``"en"`` until a face sets one)."""
    return _state[0][0]


def _t(message: str) -> str:
    """``message`` in the current language."""
    return _state[0][1].gettext(message)


def _tn(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` that fits the number ``n`` in the current language."""
    return _state[0][1].ngettext(singular, plural, n)


def number(value: int | float, *, signed: bool = False) -> str:
    """``value`` written as the current language writes numbers: ``1,234`` / ``1\u00a0234``;
    ``signed`` puts a ``+`` before a positive one (a shift by +3 days)."""
    written = _state[0][2](value)
    return "+" + written if signed and value > 0 else written


def _mark(message: str) -> str:
    """Marks ``message`` for the catalogue where it is defined; translate it where shown."""
    return message

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
  ``{count:,}`` (which writes 1,234 in every language). It groups as the language does:
  ``12,000`` in English, ``12 000`` (and ``1200``) in Polish, as the window's own numbers are.

The faces set the language once at start (the window from its Settings, the CLI from
``--language``; services.language.use_language loads the catalogue); until then, and in
English, the text stays as written. Names that are not ``_`` so that a throwaway ``_`` variable
can never hide them.
"""

from __future__ import annotations

import gettext

DOMAIN = "messages"
"""``resources/locale/<language>/LC_MESSAGES/messages.po``, compiled to ``messages.mo``."""

SOURCE_LANGUAGE = "en"

# [language code, catalogue]: one per process, replaced whole when the language is set.
_state: list[tuple[str, gettext.NullTranslations]] = [(SOURCE_LANGUAGE, gettext.NullTranslations())]


def install(language: str, catalogue: gettext.NullTranslations) -> None:
    """Speak ``language`` from now on, with ``catalogue`` for its words."""
    _state[0] = (language, catalogue)


def current_language() -> str:
    """The code of the language messages are in (``"en"`` until a face sets one)."""
    return _state[0][0]


# A language's digit grouping, where it is not English's comma from 1,000: its separator and
# the fewest digits a number has before it is grouped (CLDR's, which Qt's QLocale follows).
_GROUPING = {"pl": ("\u00a0", 5)}


def number(value: int, *, signed: bool = False) -> str:
    """``value`` as the current language writes a whole number: ``12,000`` in English,
    ``12\u00a0000`` and ``1200`` in Polish; ``signed`` puts ``+`` before a positive one."""
    text = f"{value:+,}" if signed else f"{value:,}"
    grouping = _GROUPING.get(current_language())
    if grouping is None:
        return text
    separator, least = grouping
    if len(str(abs(value))) < least:
        return text.replace(",", "")
    return text.replace(",", separator)


def _t(message: str) -> str:
    """``message`` in the current language."""
    return _state[0][1].gettext(message)


def _tn(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` that fits the number ``n`` in the current language."""
    return _state[0][1].ngettext(singular, plural, n)


def _mark(message: str) -> str:
    """Marks ``message`` for the catalogue where it is defined; translate it where shown."""
    return message

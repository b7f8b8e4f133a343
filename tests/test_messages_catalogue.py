"""The app's messages catalogue: every marked message translated, and every message a user
error carries marked (errors, summaries and reports below the window speak the user's language)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from webinar_archive import translations
from webinar_archive.domain import messages
from webinar_archive.domain.errors import NotFoundError
from webinar_archive.domain.imports import ImportReport
from webinar_archive.services.language import use_language

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "webinar_archive"
# "{name}", "{name!r}", "{count:,}", "{size:.1f}": what .format fills in.
FIELD = re.compile(r"\{\w*(?:![rsa])?(?::[^{}]*)?\}")

Key = str


def _catalogue(language: str) -> Catalog:
    with translations.messages_po(language).open("rb") as po:
        return read_po(po, locale=language, domain=messages.DOMAIN)


def _key(message: Message) -> Key:
    return message.id[0] if isinstance(message.id, tuple) else message.id


@pytest.mark.parametrize("language", translations.MESSAGE_LANGUAGES)
def test_catalogue_matches_the_code(language: str) -> None:
    """Every message marked in the code is in the catalogue and nothing else is (refresh it with
    ``python -m webinar_archive.translations update-messages``, docs/translation.md)."""
    entries = {_key(m) for m in _catalogue(language) if m.id}
    extracted = {_key(m) for m in translations.extract_messages(ROOT) if m.id}
    assert sorted(extracted - entries) == [], "missing from the catalogue"
    assert sorted(entries - extracted) == [], "no longer in the code"


def test_no_message_groups_digits_itself() -> None:
    """A number inside a message is written by ``messages.number`` (1,234 in English, 1 234 in
    Polish), never by a ``{count:,}`` field, which writes 1,234 in every language."""
    grouped = [
        _key(m)
        for m in translations.extract_messages(ROOT)
        if m.id
        for s in (m.id if isinstance(m.id, tuple) else (m.id,))
        if any("," in f.partition(":")[2] for f in FIELD.findall(s))
    ]
    assert grouped == []


def test_numbers_in_messages_follow_the_language() -> None:
    """Polish groups digits with a no-break space, English with a comma."""
    use_language("pl")
    try:
        assert messages.number(1234567) == "1\u00a0234\u00a0567"
        assert str(NotFoundError("session", 1234)) == "Nie ma sesji o identyfikatorze 1234."
    finally:
        use_language("en")
    assert messages.number(1234567) == "1,234,567"


@pytest.mark.parametrize("language", translations.MESSAGE_LANGUAGES)
def test_catalogue_is_fully_translated(language: str) -> None:
    """No empty or fuzzy entry; each plural has the language's forms (three in Polish); the
    fields the code fills in are all kept, and no other."""
    catalogue = _catalogue(language)
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, f"fuzzy: {message.id!r}"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message.id, tuple):
            assert len(strings) == catalogue.num_plurals, message.id
        assert all(s.strip() for s in strings), f"untranslated: {message.id!r}"
        source = message.id if isinstance(message.id, tuple) else (message.id,)
        fields = {f for s in source for f in FIELD.findall(s)}
        for translated in strings:
            assert set(FIELD.findall(translated)) == fields, (message.id, translated)


def _user_errors() -> dict[str, list[str]]:
    """Every error class that reaches a user (ArchiveError and what derives from it), with the
    names of its constructor's parameters (those of the nearest class that defines one)."""
    classes: dict[str, tuple[list[str], list[str] | None]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                ]
                init = next(
                    (
                        f
                        for f in node.body
                        if isinstance(f, ast.FunctionDef) and f.name == "__init__"
                    ),
                    None,
                )
                params = [a.arg for a in init.args.args[1:]] if init is not None else None
                classes[node.name] = (bases, params)
    found: dict[str, list[str]] = {"ArchiveError": ["message"]}
    grew = True
    while grew:
        grew = False
        for name, (bases, params) in classes.items():
            parent = next((b for b in bases if b in found), None)
            if name not in found and parent is not None:
                found[name] = params if params is not None else found[parent]
                grew = True
    return found


def _unmarked_text(node: ast.expr) -> bool:
    """A string written here that does not go through _t/_tn: a literal, an f-string, pieces
    joined with +, or ``"...".format()`` on a literal."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _unmarked_text(node.left) or _unmarked_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _unmarked_text(node.func.value)
    return False


def test_every_message_of_a_user_error_is_marked() -> None:
    """A user error raised anywhere below the window (or built in its own constructor) carries
    text marked for translation: a new ``raise ValidationError(f"...")`` fails here. Arguments
    that are not the message (a record's ``kind``) may stay as written."""
    errors = _user_errors()
    unmarked = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/"):
            continue  # the window's own text goes through Qt (tests/test_ui_translatable.py)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call, params = None, None
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in errors:
                    call, params = node, errors[name]
                elif name == "__init__" and isinstance(func, ast.Attribute):
                    call, params = node, ["message"]  # super().__init__(text) in an error class
            if call is None:
                continue
            for index, arg in enumerate(call.args):
                param = params[index] if params and index < len(params) else "message"
                if param != "kind" and _unmarked_text(arg):
                    unmarked.append(f"{rel}:{arg.lineno}")
    assert unmarked == [], "\n".join(unmarked)


def test_no_message_is_marked_inside_an_f_string() -> None:
    """Babel's extractor does not look inside f-strings: a ``_t("...")`` written there is
    translated at run time but never reaches the catalogue. Mark outside, format in."""
    marks = set(translations.MESSAGE_KEYWORDS)
    hidden = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Call)
                        and isinstance(inner.func, ast.Name)
                        and inner.func.id in marks
                        and inner.args
                        and isinstance(inner.args[0], ast.Constant)
                    ):
                        hidden.append(f"{path.relative_to(PACKAGE)}:{inner.lineno}")
    assert hidden == []


def test_a_message_follows_the_language_set() -> None:
    """Once a face sets Polish, errors and summaries built below it are Polish, plurals in
    the form the number needs; English is back when English is set."""
    use_language("pl")
    assert str(NotFoundError("session", 7)) == "Nie ma sesji o identyfikatorze 7."
    forms = []
    for count in (1, 2, 5, 22):
        report = ImportReport("folder")
        report.created = list(range(count))
        forms.append(report.summary())
    assert forms == [
        "Zaimportowano 1 nową sesję.",
        "Zaimportowano 2 nowe sesje.",
        "Zaimportowano 5 nowych sesji.",
        "Zaimportowano 22 nowe sesje.",
    ]
    use_language("en")
    assert str(NotFoundError("session", 7)) == "No session with id 7."


def test_the_rebuild_progress_follows_the_language() -> None:
    """The line a terminal shows while the search index is rebuilt on opening a library."""
    from webinar_archive.storage.search.indexer import _rebuild_text

    use_language("pl")
    try:
        assert _rebuild_text(1500, 20000) == (
            "Przebudowa indeksu wyszukiwania: sesja 1500 z 20\u00a0000"
        )
    finally:
        use_language("en")
    assert _rebuild_text(1500, 20000) == "Rebuilding the search index: session 1,500 of 20,000"


def test_counts_in_messages_are_grouped_as_the_language_groups_them() -> None:
    """A count written with ``number`` reads "1,200 of 12,000" in English and "1200 z 12 000"
    in Polish (not "1,200 z 12,000", an English number in a Polish sentence), as the window
    writes them."""
    message = "Indexing session {done} of {total}"

    def said() -> str:
        done, total = messages.number(1200), messages.number(12000)
        return messages._t(message).format(done=done, total=total)

    assert said() == "Indexing session 1,200 of 12,000"
    use_language("pl")
    assert said() == "Indeksowanie sesji 1200 z 12\u00a0000"
    assert messages.number(-1234567) == "-1\u00a0234\u00a0567"
    assert messages.number(4, signed=True) == "+4"
    assert messages._tn("{count} session", "{count} sessions", 5).format(count=5) == "5 sesji"

"""The brief catalogue: every word a brief prints is in it, translated, and nothing else is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from webinar_archive.export.languages import BRIEF_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
EXPORT = ROOT / "src" / "webinar_archive" / "export"
LOCALE = ROOT / "resources" / "locale"
# The names BriefText's methods and the N_ marker use (Babel's own defaults for the first three).
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
# The modules that put words on a brief's pages.
BRIEF_MODULES = ("brief.py", "booklet.py", "overview_page.py", "document.py", "brief_text.py")
TRANSLATED = [language for language in BRIEF_LANGUAGES if language != "en"]

Key = str | tuple[str, str]


def _extracted() -> set[Key]:
    found: set[Key] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(EXPORT), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        found.add((context, msgid) if context else msgid)
    return found


def _catalogue(language: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / "brief.po").open("rb") as po:
        return read_po(po, locale=language)


def _key(message: Message) -> Key:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return (message.context, msgid) if message.context else msgid


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_matches_the_code(language: str) -> None:
    """Every marked string of export/ is in the catalogue, and the catalogue has no entry the
    code no longer uses (update it as docs/briefs.md says)."""
    catalogue = _catalogue(language)
    entries = {_key(m) for m in catalogue if m.id}
    extracted = _extracted()
    assert sorted(map(str, extracted - entries)) == [], "missing from the catalogue"
    assert sorted(map(str, entries - extracted)) == [], "obsolete in the catalogue"
    assert not catalogue.obsolete, "obsolete (#~) entries left in the catalogue"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogue_is_fully_translated(language: str) -> None:
    """No empty or fuzzy translation; every plural has the language's forms; the {fields} of
    the English text are kept."""
    catalogue = _catalogue(language)
    forms = catalogue.num_plurals
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message.id, tuple):
            assert len(strings) == forms, message.id
        assert all(s.strip() for s in strings), f"untranslated: {message.id!r}"
        source = message.id if isinstance(message.id, tuple) else (message.id,)
        fields = {f for s in source for f in re.findall(r"\{\w+\}", s)}
        for translated in strings:
            assert set(re.findall(r"\{\w+\}", translated)) == fields, (message.id, translated)


# Strings in the brief modules that are not words of a brief (as written in the code): the
# producer's name, a Babel date pattern, and the progress of a running export (shown by the
# window or the command line, not printed).
_NOT_BRIEF_WORDS = {
    "'Webinar Archive'",
    "'Webinar Archive (reportlab)'",
    "'LLLL y'",
    "'Finishing the PDF…'",
    "f'Brief {done + 1} of {total}'",
}
# One token that is a name, not a word: with a digit, underscore, hyphen, field or inner capital.
_IDENTIFIER = re.compile(r"\S*(?:[\d_{}-]|[a-z][A-Z])\S*")


def _calls_skipped(node: ast.Call) -> bool:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in KEYWORDS or name.endswith("Error") or name == "warning":
        return True  # marked for the catalogue, or an exception or log message
    if name in {"_t", "_tn", "_mark"}:
        return True  # marked for the messages catalogue: progress in the user's language
    # reportlab's style and table keywords: names, not words
    return name in {"ParagraphStyle", "TableStyle", "HexColor", "getattr", "setdefault"}


def _unmarked_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _calls_skipped(node):
            skip.update(id(child) for child in ast.walk(node))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings
        elif isinstance(node, ast.Subscript | ast.Compare | ast.keyword):
            skip.update(id(child) for child in ast.walk(node))  # keys, comparisons, options
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            skip.update(id(v) for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        visible = re.sub(r"<[^>]*>|&\w+;|#[0-9a-fA-F]{6}", "", text).strip()
        # Words a reader sees have lower-case letters ("Speakers", "page of"); names do not
        # (CENTER, VALIGN), nor are identifiers ("wa-body", "WaPage", "LC_MESSAGES"), nor the
        # PDF operators of a drawing ("0 1 2 1 re").
        if not re.search(r"\b(?=[A-Za-z]*[a-z])[A-Za-z]{3,}\b", visible):
            continue
        one_token = " " not in visible and isinstance(node, ast.Constant)
        if one_token and (_IDENTIFIER.fullmatch(visible) or not visible[0].isupper()):
            continue  # a key or option ("speakers", "rb", "long"), not a heading
        if isinstance(node, ast.JoinedStr) and _IDENTIFIER.fullmatch(ast.unparse(node)[2:-1]):
            continue
        if ast.unparse(node) in _NOT_BRIEF_WORDS:
            continue
        found.append((node.lineno, f"{path.name}:{node.lineno}: {ast.unparse(node)}"))
    return [line for _, line in sorted(found)]


def test_no_brief_text_outside_the_catalogue() -> None:
    """A heading, label or sentence written into a brief module as a plain string (not through
    gettext/ngettext/pgettext/N_) would print in English in every language."""
    found = [line for name in BRIEF_MODULES for line in _unmarked_strings(EXPORT / name)]
    assert found == []


def test_the_unmarked_string_check_finds_a_plain_heading(tmp_path: Path) -> None:
    """The check above is not blind: a plain heading and an f-string label are reported."""
    module = tmp_path / "sample.py"
    module.write_text(
        "def f(t, n):\n"
        '    a = t.gettext("Speakers")\n'
        '    b = Paragraph("Summary", style)\n'
        '    c = f"page {n} of many"\n'
        '    d = ParagraphStyle("wa-body", fontName="Helvetica")\n'
        '    e = [("VALIGN", (0, 0), (-1, -1), "TOP"), f"WaPage{n}"]\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in _unmarked_strings(module)] == [
        "'Summary'",
        "f'page {n} of many'",
    ]

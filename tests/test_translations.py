"""The translation catalogues: present, current with the sources, finished, and really loaded.

The .ts files in resources/i18n are compared with what pyside6-lupdate extracts from the sources
now (into a temporary copy), so a string added, changed or removed without `python -m
webinar_archive.translations update` fails here; the app started in Polish shows Polish menus
and Qt's own buttons in Polish.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from translation_helpers import catalogue_messages, unfinished
from ui_player_helpers import App, app  # noqa: F401
from webinar_archive import translations
from webinar_archive.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "webinar_archive" / "ui"


def _plural_flags(ts: Path) -> dict[tuple[str, str], bool]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or ""): m.get("numerus") == "yes"
        for c in root.iter("context")
        for m in c.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogues as lupdate makes them from today's sources (in a temporary folder)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for lang in translations.LANGUAGES:
        copies[lang] = folder / translations.ts_path(lang).name
        shutil.copy(translations.ts_path(lang), copies[lang])
    translations.update(list(copies.values()), ROOT)
    return copies


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_catalogue_is_current_with_the_sources(
    language: str, extracted: dict[str, Path]
) -> None:
    """Every marked string of the sources is in the committed .ts, and nothing else is."""
    committed = translations.ts_path(language)
    assert committed.is_file(), f"{committed} is missing"
    now = _plural_flags(extracted[language])
    before = _plural_flags(committed)
    assert sorted(set(now) - set(before)) == [], "new strings: run translations update"
    assert sorted(set(before) - set(now)) == [], "vanished strings: run translations update"
    assert now == before, "a message changed between plural and plain"


def test_the_polish_catalogue_is_loaded_for_every_context_of_the_sources() -> None:
    """Contexts are real names: lupdate's reading of a dotted prefix (QCoreApplication.X.tr)
    would file a string under a context the app never asks for."""
    contexts = {c for c, _ in catalogue_messages(translations.ts_path("pl"))}
    assert contexts and all(c.isidentifier() for c in contexts), sorted(contexts)


def test_plural_contexts_are_named_as_they_are_bound() -> None:
    """``Name = TrContext("Name")``: lupdate files ``Name.tr(...)`` under the name it reads."""
    wrong = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "TrContext"
            ):
                target = node.targets[0]
                name = node.value.args[0]
                assert isinstance(name, ast.Constant)
                if not isinstance(target, ast.Name) or target.id != name.value:
                    wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []


def test_english_plural_forms_are_finished() -> None:
    """English needs its own catalogue for plurals only ("%n session(s)": one and many)."""
    assert unfinished(translations.ts_path("en")) == []


def test_the_polish_catalogue_is_finished() -> None:
    """No unfinished or vanished entry: a user would meet English in the Polish window."""
    assert unfinished(translations.ts_path("pl")) == []


def test_polish_plurals_have_three_forms() -> None:
    """Polish plurals: one, few (2-4, 22-24 ...), many (5-21, 25 ...)."""
    root = ET.parse(translations.ts_path("pl")).getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            translation = message.find("translation")
            assert translation is not None
            assert len(list(translation.iter("numerusform"))) == 3, message.findtext("source")


def test_the_catalogues_compile(tmp_path: Path) -> None:
    """lrelease turns every .ts into a .qm (the build, ./scripts/run and the bundle do this)."""
    built = translations.build(tmp_path)
    assert sorted(p.name for p in built) == sorted(
        translations.qm_name(lang) for lang in translations.LANGUAGES
    )
    assert all(p.stat().st_size > 0 for p in built)


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--language, then WEBINAR_ARCHIVE_LANGUAGE, then the setting, then the system's."""
    from webinar_archive.ui.settings import LANGUAGE, Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.ui_language(settings) == i18n.system_language()
    settings.set(LANGUAGE, "pl")
    assert i18n.ui_language(settings) == "pl"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en_GB.UTF-8")
    assert i18n.ui_language(settings) == "en"
    assert i18n.ui_language(settings, override="pl-PL") == "pl"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "xx")  # not a language of the app: the next source
    assert i18n.ui_language(settings) == "pl"


@pytest.fixture
def polish(qapp: QApplication) -> object:
    translators = i18n.install_translators(qapp, "pl")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def test_qt_and_our_catalogues_are_installed_for_polish(polish: object) -> None:
    """Both catalogues load: Qt's own (standard buttons) and ours, plurals in three forms."""
    assert len(polish) == 2  # type: ignore[arg-type]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Plik"
    # Dates and numbers in the UI follow the language chosen, not the system's.
    assert QLocale().language() == QLocale.Language.Polish


def test_polish_plural_forms_follow_the_number(polish: object) -> None:
    """1 plik, 2 pliki, 5 plików, 22 pliki: the three Polish forms come from the catalogue."""
    words = [
        QCoreApplication.translate("Library", "%Ln file(s)", None, n).split()[1]
        for n in (1, 2, 5, 22)
    ]
    assert words == ["plik", "pliki", "plików", "pliki"]


# Runs the app's own start (run_app) in a process of its own, reporting what the window shows
# once it is up instead of the usual started line.
START_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QDialogButtonBox
from webinar_archive.ui import app as ui_app
from webinar_archive.ui.settings import LANGUAGE, Settings

def report(qapp, main_app):
    window = main_app.shell.window
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    print(window.file_menu.title())
    print(window.help_menu.title())
    print(box.button(QDialogButtonBox.StandardButton.Cancel).text())
    qapp.quit()

how = sys.argv[2]
if how == "setting":  # chosen earlier in Tools > Settings...
    ui_app.application(["x"])
    Settings().set(LANGUAGE, "pl")
ui_app._report_started_and_quit = report
language = "pl" if how == "--language" else None
sys.exit(ui_app.run_app(Path(sys.argv[1]), None, False, quit_after_start=True, language=language))
"""


@pytest.mark.parametrize("how", ["--language", "setting", "environment"])
def test_the_window_starts_in_polish(tmp_path: Path, how: str) -> None:
    """Chosen for one run (gui --language pl, WEBINAR_ARCHIVE_LANGUAGE) or in the Settings
    dialog, Polish is what the started window shows: its menus, and the buttons Qt draws."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "en_US.UTF-8",
    }
    env.pop(i18n.LANGUAGE_ENV, None)
    if how == "environment":
        env[i18n.LANGUAGE_ENV] = "pl_PL.UTF-8"
    result = subprocess.run(
        [sys.executable, "-c", START_SCRIPT, str(tmp_path / "library"), how],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["&Plik", "Pomo&c", "Anuluj"]


def test_the_window_starts_in_the_system_language_by_default(tmp_path: Path) -> None:
    """Nothing chosen, an English system: English menus and buttons."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "en_GB.UTF-8",
        "LC_ALL": "",
        "LANGUAGE": "",
    }
    env.pop(i18n.LANGUAGE_ENV, None)
    result = subprocess.run(
        [sys.executable, "-c", START_SCRIPT, str(tmp_path / "library"), "default"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["&File", "&Help", "Cancel"]


def test_a_stale_catalogue_is_rebuilt_before_it_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout's .qm older than its .ts (a translation pulled after the last build) is
    compiled again at start instead of showing the old text."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for lang in translations.LANGUAGES:
        shutil.copy(translations.ts_path(lang), folder)
    monkeypatch.setattr(translations, "source_dir", lambda: folder)
    qm = folder / translations.qm_name("pl")
    qm.write_bytes(b"stale")
    os.utime(qm, (1, 1))
    assert i18n.catalogue_path("pl") == qm
    assert qm.read_bytes() != b"stale"


def test_settings_dialog_stores_the_language_for_the_next_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tools > Settings...: the languages in their own names, a note that the change waits for
    the next start, and the choice stored where ui_language() reads it."""
    from PySide6.QtWidgets import QLabel

    from webinar_archive.ui.settings import LANGUAGE, Settings
    from webinar_archive.ui.settings_dialog import SettingsDialog

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(None, "")
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "pl"]
    assert combo.itemText(2) == "Polski"
    assert any("next start" in label.text() for label in dialog.findChildren(QLabel))
    combo.setCurrentIndex(combo.findData("pl"))
    settings.set(LANGUAGE, dialog.language())
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.ui_language(settings) == "pl"


def test_an_unknown_language_on_the_command_line_is_refused(tmp_path: Path) -> None:
    """`gui --language xx` says which languages there are, before any window opens."""
    command = ["-m", "webinar_archive", "--library", str(tmp_path / "l"), "gui", "--language"]
    result = subprocess.run(
        [sys.executable, *command, "xx"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "no language 'xx': use one of en, pl" in result.stderr
    assert "Traceback" not in result.stderr


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _marked_in_sources() -> set[tuple[str, str, str]]:
    """(where, context, text) of every literal marked in ui/, with the context the app asks
    for at run time: translate()'s first argument, the class of self.tr(), Name.tr()'s name."""
    found = set()
    subclassed = {
        base.id
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name)
    }
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        owner = {id(inner): cls.name for cls in classes for inner in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(
                node.func, ast.Attribute | ast.Name
            ):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            where = f"{path.name}:{node.lineno}"
            if name in {"translate", "QT_TRANSLATE_NOOP"} and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    found.add((where, context, text))
            elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
                text = _literal(node.args[0])
                target = node.func.value
                if text is None or not isinstance(target, ast.Name):
                    continue
                if target.id == "self":
                    cls = owner.get(id(node), "?")
                    # Qt looks self.tr() up under the object's own class: a subclass would miss.
                    found.add(
                        (where, cls if cls not in subclassed else f"{cls} (subclassed)", text)
                    )
                else:
                    found.add((where, target.id, text))
    return found


def test_every_marked_string_is_in_the_catalogue_under_its_run_time_context() -> None:
    """What the code asks for is what the catalogue has: a call lupdate cannot read (a plural
    through translate(..., None, len(x)) is dropped), a context lupdate reads differently from
    Qt (self.tr() in a subclassed class), or a typo'd context would leave a string English."""
    catalogue = catalogue_messages(translations.ts_path("pl"))
    missing = sorted(
        f"{w} {c}: {t!r}" for w, c, t in _marked_in_sources() if (c, t) not in catalogue
    )
    assert missing == []


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return keys


# Until the second half is translated, the Playback menu's English "&Playback" takes &Plik's P.
def test_polish_menus_keep_their_accelerators_unique(polish: object, app: App) -> None:  # noqa: F811
    """Alt+letter opens one menu, and one letter picks one item inside it, in Polish too."""
    from PySide6.QtWidgets import QMenu

    bar = app.window.menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    assert _accelerators([a.text() for a in bar.actions()])[0] == "p"  # &Plik: built in Polish
    problems = []
    for owner, texts in [("menu bar", [a.text() for a in bar.actions()])] + [
        (menu.title(), [a.text() for a in menu.actions() if a.isVisible()]) for menu in menus
    ]:
        keys = _accelerators(texts)
        if len(keys) != len(set(keys)):
            problems.append(f"{owner}: {texts}")
    assert problems == []


def test_a_catalogue_that_cannot_be_built_is_said_not_hidden(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout without a usable lrelease: the window stays English and says why (the
    status bar shows language_problem() at start); Qt's own Polish still loads."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(translations.ts_path("pl"), folder)
    monkeypatch.setattr(translations, "source_dir", lambda: folder)
    monkeypatch.setenv("WEBINAR_ARCHIVE_LRELEASE", str(tmp_path / "no-lrelease"))
    installed = i18n.install_translators(qapp, "pl")
    try:
        assert len(installed) == 1  # qtbase only
        problem = i18n.language_problem()
        assert problem is not None
        assert "webinar_archive_pl.ts could not be compiled" in problem
        assert "no-lrelease" in problem
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
    monkeypatch.delenv("WEBINAR_ARCHIVE_LRELEASE")
    installed = i18n.install_translators(qapp, "en")
    for translator in installed:
        qapp.removeTranslator(translator)
    assert i18n.language_problem() is None


def test_no_translation_wrappers_or_aliases_hide_strings_from_lupdate() -> None:
    """A helper like ``def _tr(text): return translate("X", text)`` or ``tr =
    QCoreApplication.translate`` makes every string passed to it invisible to lupdate: those
    strings would never reach the catalogue. Mark strings where they are written instead."""
    found = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                params = {a.arg for a in node.args.args}
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr in {"translate", "tr"}
                        and any(isinstance(a, ast.Name) and a.id in params for a in call.args[:2])
                    ):
                        found.append(f"{path.name}:{node.lineno} {node.name}() wraps translation")
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in {"translate", "tr"}
            ):
                found.append(f"{path.name}:{node.lineno} aliases {node.value.attr}")
    # TrContext.tr is the one sanctioned wrapper: lupdate reads Name.tr("text") at its callers.
    assert [f for f in found if not f.startswith("i18n.py:")] == []

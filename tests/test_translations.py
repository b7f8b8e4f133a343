"""The translation catalogues: present, current with the sources, finished, and really loaded.

The .ts files in resources/i18n are compared with what pyside6-lupdate extracts from the sources
now (into a temporary copy), so a string added, changed or removed without `python -m
webinar_archive.translations update` fails here; the app started in Polish shows Polish menus
and Qt's own buttons in Polish.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from translation_helpers import catalogue_messages, unfinished
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


def test_the_window_starts_in_polish(tmp_path: Path) -> None:
    """`gui --language pl` in a process of its own: the menus are Polish, and so are the
    buttons Qt draws itself."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QDialogButtonBox\n"
        "from webinar_archive.services.archive import Archive\n"
        "from webinar_archive.ui import app as ui_app\n"
        "from webinar_archive.ui.i18n import install_translators, ui_language\n"
        "qapp = ui_app.application(['x'])\n"
        "install_translators(qapp, ui_language(override='pl'))\n"
        "archive = Archive.open(__import__('pathlib').Path(sys.argv[1]), None)\n"
        "window, main = ui_app.create_main_window(archive, None, (1000, 700))\n"
        "box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)\n"
        "print(window.file_menu.title())\n"
        "print(window.help_menu.title())\n"
        "print(box.button(QDialogButtonBox.StandardButton.Cancel).text())\n"
        "main.shutdown(); archive.close()\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "en_US.UTF-8",
    }
    env.pop(i18n.LANGUAGE_ENV, None)
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "library")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["&Plik", "Pomo&c", "Anuluj"]


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
    assert "no window language 'xx': use one of en, pl" in result.stderr
    assert "Traceback" not in result.stderr

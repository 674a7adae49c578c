"""The window's language: Qt translators, the language setting, and helpers for texts.

Every visible string goes through :func:`translate` with an explicit context (the class or
module it belongs to), which ``pyside6-lupdate`` finds; texts in module-level tables are
marked with :data:`QT_TRANSLATE_NOOP` and translated where they are shown. The core and the
command line stay English; only the window is translated.

The sources are ``resources/i18n/digitgui_<lang>.ts``, compiled to ``.qm`` by
``scripts/build_translations.py``. The language follows the system locale unless the user
chose one in View → Language (the setting ``ui/language``: "system", "en" or "de"); a
change takes effect when digitgui starts again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from digitgui.core.paths import resources_dir
from digitgui.core.teaching.neuron_details import use_unit_words
from digitgui.ui import settings

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Translated", "chosen", "install",
           "installed_language", "language_menu", "translate", "translations_dir", "uninstall"]

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""The window's languages, each named in itself (as the View → Language menu shows them)."""

SETTING = "ui/language"

translate = QCoreApplication.translate
"""``translate("Context", "text")``: the text in the window's language (lupdate finds it)."""

_installed: list[QTranslator] = []
_language = "en"


def translations_dir() -> Path:
    """Where the compiled ``digitgui_<lang>.qm`` files are."""
    return resources_dir() / "i18n"


def system_language() -> str:
    """The system locale's language if the window speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code:  # the user's first language is one we lack: English, not a later one
            return "en"
    return "en"


def chosen() -> str:
    """The language to start in: the user's choice in View → Language, else the system's."""
    choice = str(settings.read(SETTING))
    return choice if choice in LANGUAGES else system_language()


def install(language: str | None = None) -> str:
    """Load the translators for ``language`` (default: :func:`chosen`) into the running
    application: digitgui's own texts and Qt's (standard buttons and dialogs). Call before the
    window is built. Returns the language installed ("en" needs no translator)."""
    global _language
    uninstall()
    language = language or chosen()
    app = QCoreApplication.instance()
    if language == "en" or app is None:
        _language = "en"
        return "en"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"digitgui_{language}", str(translations_dir())),
                         (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = language
    # Qt's own numbers (spin boxes, built before the window shows) in the window's language
    # too, as ui/formatting.py writes the app's; English leaves the system's, as ever.
    QLocale.setDefault(QLocale(language))
    return language


def uninstall() -> None:
    """Back to English (tests call it after a German window)."""
    global _language
    use_unit_words(None)
    QLocale.setDefault(QLocale.system())
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _language = "en"


def installed_language() -> str:
    return _language


def language_menu(parent: QWidget) -> QMenu:
    """View → Language: System, English, Deutsch. The choice is remembered and takes effect
    when digitgui starts again (the window is built in one language)."""
    menu = QMenu(translate("Language", "&Language"), parent)
    group = QActionGroup(menu)
    current = str(settings.read(SETTING))
    choices = [("system", translate("Language", "System"))] + list(LANGUAGES.items())
    for code, name in choices:
        action = QAction(name, menu, checkable=True)
        action.setChecked(code == current or (code == "system" and current not in LANGUAGES))
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen_now(action: QAction) -> None:
        settings.write(SETTING, action.data())
        if (action.data() if action.data() in LANGUAGES else system_language()) != _language:
            QMessageBox.information(parent, translate("Language", "Language"), translate(
                "Language", "The new language takes effect when digitgui starts again."))

    group.triggered.connect(chosen_now)
    return menu


class Translated(Mapping):
    """A module-level table of texts marked with ``QT_TRANSLATE_NOOP``, translated each time
    a value is read (so it is in the language installed by then, not at import). Values may
    be strings, tuples of strings, or callables that build a text from other tables."""

    def __init__(self, context: str, table: Mapping[str, Any]):
        self._context = context
        self._table = table

    def _translated(self, value: Any) -> Any:
        if isinstance(value, str):
            return translate(self._context, value)
        if isinstance(value, tuple):
            return tuple(self._translated(part) for part in value)
        if isinstance(value, Callable):
            return value()
        return value

    def __getitem__(self, key: str) -> Any:
        return self._translated(self._table[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

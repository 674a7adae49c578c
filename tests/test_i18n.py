"""The window in German: its texts come from resources/i18n/digitgui_de.qm, which is complete
and up to date with the code, and no English is left on screen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableWidget,
    QWidget,
)

from digitgui.ui import i18n, settings
from tests.helpers import REPO

TS = REPO / "resources" / "i18n" / "digitgui_de.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

ENGLISH = re.compile(r"\b(the|and|with|your|this|that|of|to|is|are|click|draw|press|choose|"
                     r"model|images|layer|weights|loss|training|digit|shipped|show)\b",
                     re.IGNORECASE)
"""Words that give English away (none is German; "Training" is both, so it is allowed below)."""

ALLOWED = {"Training", "Backpropagation", "Softmax", "Pause", "Name", "System", "English",
           "Deutsch", "Modell: default (cnn)", "digitgui predict",
           "digitgui export", "digitgui evaluate --record"}
"""Texts (or parts of texts) the same in both languages: words German uses too, proper names,
the languages named in themselves, a model's and a network's name, command lines."""


def _messages(ts: Path = TS) -> list[tuple[str, str, ET.Element | None]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name", ""), message.findtext("source", ""),
                          message.find("translation")))
    return found


def test_the_window_speaks_german(german_window, qtbot):
    win = german_window
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert win.models_dock.windowTitle() == "Modelle"
    assert win.inside_dock.windowTitle() == "Blick ins Netz"
    assert win.training_dock.content().train_button.text() == "Trainieren"
    assert win.canvas.toolTip().startswith("Zeichne hier eine Ziffer")
    explanations = win.explain_dock.content().text()
    assert "Gradientenabstieg und die Lernrate" in explanations
    assert "Das Netz „seed“" in explanations
    # A message with its placeholder filled in: the status bar names the model.
    qtbot.waitUntil(lambda: win.model_label.text().startswith("Modell: default"), timeout=10_000)
    assert i18n.translate("ModelPicker", "Renamed “{old}” to “{new}”.").format(
        old="a", new="b") == "„a“ in „b“ umbenannt."


def test_the_language_is_remembered_and_follows_the_system(qapp, monkeypatch):
    assert settings.read(i18n.SETTING) == "system"
    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    assert i18n.chosen() == "de"
    settings.write(i18n.SETTING, "en")
    assert i18n.chosen() == "en"
    assert i18n.install() == "en" and i18n.installed_language() == "en"


def test_every_string_is_translated_with_its_placeholders():
    messages = _messages()
    assert len(messages) > 500
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert ("&" in source.replace("&nbsp;", "")) == ("&" in text.replace("&nbsp;", ""))


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def _contents(ts: Path) -> set[tuple[str, str, str]]:
    return {(context, source, (translation.text or "") if translation is not None else "")
            for context, source, translation in _messages(ts)}


def test_the_ts_has_every_string_of_the_code(tmp_path):
    """lupdate finds nothing new in the code (nor anything gone from it)."""
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    sources = sorted(str(p) for folder in ("ui", "core")
                     for p in (REPO / "digitgui" / folder).rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-locations", "none",
                    "-no-obsolete", "-silent"], check=True)
    assert _contents(ts) == _contents(TS), \
        "resources/i18n/digitgui_de.ts is behind the code: run scripts/build_translations.py"


def test_the_qm_is_compiled_from_the_ts(qapp):
    """The committed .qm gives every translation of the .ts (it was rebuilt after the last
    change to the .ts)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [(context, source) for context, source, translation in _contents(TS)
             if translator.translate(context, source) != translation]
    assert not stale, f"run scripts/build_translations.py: {stale[:5]}"


def _visible_texts(win) -> set[str]:
    texts: set[str] = {win.windowTitle()}
    for widget in win.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox | QMenu):
            texts.add(widget.title())
        if isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle())
        if isinstance(widget, QTabBar):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTableWidget):
            texts |= {widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount())}
            texts |= {widget.item(row, column).text() for row in range(widget.rowCount())
                      for column in range(widget.columnCount()) if widget.item(row, column)}
        for action in widget.actions():
            texts |= {action.text(), action.toolTip()}
    return texts


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&", "")
    for allowed in sorted(ALLOWED, key=len, reverse=True):
        text = text.replace(allowed, " ")
    return text


def test_no_english_is_left_in_the_german_window(german_window, qtbot):
    from digitgui.ui.docks import LazyDock

    win = german_window
    for dock in win.findChildren(LazyDock):
        dock.content()
    qtbot.waitUntil(lambda: win.model_label.text().startswith("Modell:"), timeout=10_000)
    english = {source for _, source, translation in _messages()
               if translation is not None and translation.text != source}
    left = sorted(text for text in _visible_texts(win) if text and (
        text in english or ENGLISH.search(_plain(text))))
    assert not left, left


def test_view_language_remembers_the_choice_for_the_next_start(window, monkeypatch):
    shown = []
    monkeypatch.setattr(i18n.QMessageBox, "information", lambda *args: shown.append(args[2]))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    languages = next(a.menu() for a in menu.actions() if a.text() == "&Language")
    actions = {a.text(): a for a in languages.actions()}
    assert list(actions) == ["System", "English", "Deutsch"] and actions["System"].isChecked()
    actions["Deutsch"].trigger()
    assert settings.read(i18n.SETTING) == "de" and actions["Deutsch"].isChecked()
    assert shown == ["The new language takes effect when digitgui starts again."]
    actions["System"].trigger()
    assert settings.read(i18n.SETTING) == "system"

"""The model picker, driven like a person would: clicks on rows and buttons, real bundles on
disk. Only the human's answers in dialogs (a folder, a name, Yes) are given by the test."""

from __future__ import annotations

import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle
from digitgui.ui.model_figure import set_name
from digitgui.ui.model_picker import ModelPicker
from digitgui.ui.model_rows import (
    ACCURACY,
    ACTIVE_MARK,
    CREATED,
    DATA,
    MEASURED_ON,
    NAME,
    NETWORK,
)
from tests.picker_helpers import cell, names, row_of, settled

# (folder, name, created, test accuracy): listed newest first after the shipped model.
MODELS = [
    ("older", "Older", "2026-01-02T09:30:00+00:00", None),
    ("newest", "Newest", "2026-03-04T18:05:00+00:00", 0.975),
    ("middle", "Middle", "2026-02-03T12:00:00+00:00", None),
]


@pytest.fixture
def models(tiny_bundle) -> dict[str, Bundle]:
    """Three copies of the session's real bundle in the user's models folder."""
    made = {}
    for folder, name, created, test_accuracy in MODELS:
        target = paths.user_models_dir() / folder
        shutil.copytree(tiny_bundle, target)
        changes = {"name": name, "created": created}
        if test_accuracy is not None:  # as `digitgui evaluate --record --data mnist-test`
            changes.update(test_accuracy=test_accuracy, test_n=10_000, test_data="mnist-test")
        made[name] = bundles.update_metadata(bundles.load_bundle(target), changes)
    return made


@pytest.fixture
def picker(qtbot, models) -> ModelPicker:
    widget = ModelPicker()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    settled(qtbot, widget)
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Messages the picker shows with QMessageBox.warning (recorded instead of shown)."""
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def click_row(qtbot, picker: ModelPicker, name: str, double: bool = False) -> None:
    item = picker.table.item(row_of(picker, name), NETWORK)
    position = picker.table.visualItemRect(item).center()
    qtbot.mouseClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert [index.row() for index in picker.table.selectionModel().selectedRows()] == [
        row_of(picker, name)]
    if double:  # a real double click: a click, then the double-click event on the same row
        qtbot.mouseDClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=position)


def click(qtbot, picker: ModelPicker, button: str) -> None:
    qtbot.mouseClick(picker.buttons[button], Qt.MouseButton.LeftButton)


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` in the next real QMessageBox, once it is open (the human's part)."""
    tries = [0]

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.button(button).click()
                return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)


def is_bold(picker: ModelPicker, row: int) -> bool:
    return picker.table.item(row, NAME).font().bold()


def test_lists_the_shipped_model_first_then_the_users_newest_first(picker, models):
    assert names(picker) == ["default (shipped)", "Newest", "Middle", "Older"]
    assert [picker.table.horizontalHeaderItem(c).text() for c in range(6)] == [
        "Name", "Network", "Data", "Accuracy", "Measured on", "Created"]

    # The shipped model is the active one until the user picks another.
    assert ACTIVE_MARK in cell(picker, 0, NAME) and is_bold(picker, 0)
    assert all(ACTIVE_MARK not in cell(picker, r, NAME) and not is_bold(picker, r)
               for r in (1, 2, 3))
    assert picker.active_bundle().shipped and picker.selected_bundle().shipped

    shipped = bundles.load_bundle(paths.shipped_model_dir())
    assert cell(picker, 0, NETWORK) == "cnn"
    data = cell(picker, 0, DATA)  # the sources it was trained on, with their sizes
    more = len(shipped.metadata["data"]) - 2  # two named, the rest counted
    assert data.startswith("embedded (5,000), ") and data.endswith(f"+ {more} more")
    assert "not-digits.npz" in picker.table.item(0, DATA).toolTip()  # every one of them
    # One figure per model, its set beside it: the shipped model's recorded test figure.
    assert cell(picker, 0, ACCURACY) == f"{shipped.test_accuracy * 100:.2f} %"
    recorded = set_name(shipped.metadata["test_data"])  # the file's name: mnist-test-….npz
    assert cell(picker, 0, MEASURED_ON) == f"{recorded} ({shipped.metadata['test_n']:,})"
    assert shipped.metadata["test_data"] in picker.table.item(0, ACCURACY).toolTip()

    middle = models["Middle"]
    assert cell(picker, 1, NETWORK) == "seed"
    assert cell(picker, 1, DATA) == "train-small.npz (1,000)"  # the session's training file
    assert "train-small.npz" in picker.table.item(1, DATA).toolTip()
    assert cell(picker, 1, ACCURACY) == "97.50 %"  # recorded: it wins over the training's own
    assert cell(picker, 1, MEASURED_ON) == "MNIST test set (10,000)"
    # Never evaluated on a set: the training's own figure, named as such, with the split.
    assert cell(picker, 2, ACCURACY) == f"{middle.validation_accuracy * 100:.2f} %"
    assert cell(picker, 2, MEASURED_ON) == "its own validation split (100)"
    tip = picker.table.item(2, MEASURED_ON).toolTip()
    assert "train-small.npz: 100 images" in tip
    assert "embedded validation split (500 images) instead" in tip
    local = datetime.fromisoformat(middle.metadata["created"]).astimezone()
    assert cell(picker, 2, CREATED) == local.strftime("%Y-%m-%d %H:%M")
    assert not picker.warning.isVisible()


def test_use_makes_the_selected_model_active_at_once(qtbot, picker, models):
    middle = models["Middle"]
    click_row(qtbot, picker, "Middle")
    assert picker.buttons["Use"].isEnabled()
    with qtbot.waitSignal(picker.activeModelChanged) as changed, \
            qtbot.waitSignal(picker.message) as message:
        click(qtbot, picker, "Use")
    assert changed.args[0].path == middle.path.resolve()
    assert "Middle" in message.args[0]
    # Shared with the command line: `digitgui predict` now uses it too.
    assert bundles.resolve("default").path == middle.path.resolve()
    assert picker.active_bundle().name == "Middle"
    row = row_of(picker, "Middle")
    assert ACTIVE_MARK in cell(picker, row, NAME) and is_bold(picker, row)
    assert ACTIVE_MARK not in cell(picker, 0, NAME) and not is_bold(picker, 0)
    assert picker.selected_bundle().name == "Middle"
    assert not picker.buttons["Use"].isEnabled()  # already in use

    # A double click uses a model too; back to the shipped one.
    with qtbot.waitSignal(picker.activeModelChanged) as changed:
        click_row(qtbot, picker, "default (shipped)", double=True)
    assert changed.args[0].shipped and bundles.resolve("default").shipped

    # And from the keyboard: down to the next row, Return.
    picker.table.setFocus()
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.activeModelChanged) as changed:
        qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert changed.args[0].name == "Newest"


def test_rename(qtbot, picker, models, monkeypatch, warnings):
    answers = iter([("  A better name ", True), ("   ", True), ("Not this", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    click_row(qtbot, picker, "Older")
    with qtbot.waitSignal(picker.message):
        click(qtbot, picker, "Rename")
    assert "A better name" in names(picker)
    assert picker.selected_bundle().name == "A better name"
    assert bundles.load_bundle(models["Older"].path).name == "A better name"  # same folder

    click(qtbot, picker, "Rename")  # an empty name: a message, nothing changes
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=5000)
    assert "cannot be empty" in warnings[0]
    click(qtbot, picker, "Rename")  # cancelled
    assert bundles.load_bundle(models["Older"].path).name == "A better name"
    assert len(warnings) == 1 and picker.isEnabled()


def test_renaming_the_active_model_announces_it(qtbot, picker, models, monkeypatch):
    bundles.set_default(models["Newest"])
    picker.refresh()
    settled(qtbot, picker)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Best", True))
    click_row(qtbot, picker, "Newest")
    with qtbot.waitSignal(picker.activeModelChanged) as changed:
        click(qtbot, picker, "Rename")
    assert changed.args[0].name == "Best"


def test_delete_asks_first(qtbot, picker, models):
    older = models["Older"]
    click_row(qtbot, picker, "Older")
    asked: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.No, asked)
    click(qtbot, picker, "Delete")
    assert "Older" in asked[0] and older.path.is_dir()  # "No" keeps it

    answer_next_message_box(QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(picker.message) as message:
        click(qtbot, picker, "Delete")
    assert "Deleted" in message.args[0]
    assert not older.path.exists()
    assert names(picker) == ["default (shipped)", "Newest", "Middle"]
    assert sorted(p.name for p in paths.user_models_dir().iterdir()) == ["middle", "newest"]


def test_deleting_the_active_model_falls_back_to_the_shipped_one(qtbot, picker, models,
                                                                  monkeypatch):
    bundles.set_default(models["Middle"])
    picker.refresh()
    settled(qtbot, picker)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    click_row(qtbot, picker, "Middle")
    with qtbot.waitSignal(picker.activeModelChanged) as changed:
        click(qtbot, picker, "Delete")
    assert changed.args[0].shipped and bundles.resolve("default").shipped
    assert ACTIVE_MARK in cell(picker, 0, NAME)


def test_the_shipped_model_cannot_be_deleted_or_renamed(qtbot, picker, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("no question should be asked")

    monkeypatch.setattr(QMessageBox, "question", never)
    click_row(qtbot, picker, "default (shipped)")
    assert not picker.buttons["Delete"].isEnabled()
    assert not picker.buttons["Rename"].isEnabled()
    assert "cannot be deleted" in picker.buttons["Delete"].toolTip()
    menu = picker.context_menu()
    enabled = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled == {"Use": False, "Rename…": False, "Delete…": False, "Export…": True,
                       "Import…": True}
    picker.table.setFocus()
    qtbot.keyClick(picker.table, Qt.Key.Key_Delete)  # the shortcut does nothing either
    assert paths.shipped_model_dir().is_dir() and names(picker)[0] == "default (shipped)"

    click_row(qtbot, picker, "Middle")  # a user's model: everything is possible
    assert all(a.isEnabled() for a in picker.context_menu().actions() if a.text())


def test_export_and_import_through_the_picker(qtbot, picker, models, monkeypatch, tmp_path,
                                              warnings):
    saved: list[tuple[str, str]] = []
    opened: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: saved[-1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(opened[-1]), ""))
    stick = tmp_path / "usb-stick"
    stick.mkdir()

    # A name without its ending gets the one of the kind chosen.
    saved.append((str(stick / "newest"), "Model archive (*.zip)"))
    click_row(qtbot, picker, "Newest")
    with qtbot.waitSignal(picker.message) as message:
        click(qtbot, picker, "Export")
    exported = stick / "newest.zip"
    assert str(exported) in message.args[0] and zipfile.is_zipfile(exported)
    saved.append((str(stick / "phone"), "LiteRT model alone, for phones (*.tflite)"))
    with qtbot.waitSignal(picker.message):
        click(qtbot, picker, "Export")
    assert (stick / "phone.tflite").read_bytes() == models["Newest"].tflite_path.read_bytes()

    shutil.rmtree(models["Newest"].path)  # gone from this computer…
    picker.refresh()
    settled(qtbot, picker)
    assert "Newest" not in names(picker)
    opened.append(exported)  # …and imported back from the stick
    with qtbot.waitSignal(picker.message):
        click(qtbot, picker, "Import")
    assert picker.selected_bundle().name == "Newest"
    assert names(picker) == ["default (shipped)", "Newest", "Middle", "Older"]
    bundles.load_bundle(paths.user_models_dir() / "newest", need_keras=True)
    assert warnings == []

    photo = tmp_path / "holiday.jpg"
    photo.write_bytes(b"not a model")
    opened.append(photo)
    click(qtbot, picker, "Import")  # not a model archive: a message, the picker carries on
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=5000)
    assert "not a digitgui model archive" in warnings[0]
    assert len(names(picker)) == 4 and picker.isEnabled()


def test_importing_a_model_whose_name_is_taken_asks(qtbot, picker, models, monkeypatch,
                                                   tmp_path, warnings):
    from digitgui.core.models import archive
    from digitgui.ui import model_transfer

    exported = archive.export_archive(models["Middle"], tmp_path / "middle.zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(exported), ""))
    answers = iter([None, (False, "Middle 2"), (True, None)])  # cancel, keep both, replace
    asked: list[str] = []

    def ask(parent, taken, names):
        asked.append(taken.name)
        return next(answers)

    monkeypatch.setattr(model_transfer, "ask_name_taken", ask)
    click(qtbot, picker, "Import")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    settled(qtbot, picker)
    assert names(picker).count("Middle") == 1 and "Middle 2" not in names(picker)
    with qtbot.waitSignal(picker.message, timeout=5000):
        click(qtbot, picker, "Import")  # keep both
    assert "Middle 2" in names(picker) and asked == ["Middle", "Middle"]
    with qtbot.waitSignal(picker.message, timeout=5000):
        click(qtbot, picker, "Import")  # replace: still one "Middle", its folder renewed
    assert names(picker).count("Middle") == 1 and len(asked) == 3
    assert warnings == []


def test_a_broken_bundle_is_skipped_with_a_warning_line(qtbot, models, tiny_bundle):
    broken = paths.user_models_dir() / "broken"
    shutil.copytree(tiny_bundle, broken)
    (broken / "model.tflite").unlink()

    widget = ModelPicker()  # no exception
    qtbot.addWidget(widget)
    widget.show()
    settled(qtbot, widget)
    assert widget.warning.isVisible()
    assert widget.warning.text() == (
        f"Skipped 1 broken model: {broken}: incomplete bundle (no model.tflite)")
    assert str(broken) in widget.warning.toolTip()
    assert len(names(widget)) == 4 and not any("broken" in n for n in names(widget))

    (paths.user_models_dir() / "also-broken").mkdir()
    widget.refresh()
    settled(qtbot, widget)
    assert widget.warning.text().startswith("Skipped 2 broken models: ")
    assert "also-broken" in widget.warning.toolTip() and str(broken) in widget.warning.toolTip()

    shutil.rmtree(broken)
    shutil.rmtree(paths.user_models_dir() / "also-broken")
    widget.refresh()
    settled(qtbot, widget)
    assert not widget.warning.isVisible()


def test_refresh_selects_a_newly_saved_bundle(qtbot, picker, tiny_bundle):
    # What the main window does after a training run saved a new bundle.
    fresh = paths.user_models_dir() / "fresh"
    shutil.copytree(tiny_bundle, fresh)
    bundles.update_metadata(bundles.load_bundle(fresh), {"name": "Fresh",
                                                         "created": "2026-05-01T08:00:00"})
    picker.refresh(select=fresh)
    settled(qtbot, picker)
    assert picker.selected_bundle().path == fresh
    assert names(picker)[1] == "Fresh"
    picker.refresh()  # a plain refresh keeps the selection
    settled(qtbot, picker)
    assert picker.selected_bundle().path == fresh


def test_a_right_click_selects_the_row_and_opens_the_menu(qtbot, picker):
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, close_menu)
            return
        shown.append([a.text().replace("&", "") for a in menu.actions() if a.text()])
        menu.close()

    QTimer.singleShot(0, close_menu)
    item = picker.table.item(row_of(picker, "Older"), NETWORK)
    position = picker.table.visualItemRect(item).center()
    picker.table.customContextMenuRequested.emit(position)  # what a right click sends
    assert picker.selected_bundle().name == "Older"
    assert shown == [["Use", "Rename…", "Delete…", "Export…", "Import…"]]

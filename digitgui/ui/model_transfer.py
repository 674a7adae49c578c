"""Models that travel, from the Models tab: Export… writes a model as one ``.zip`` (or its
``.tflite`` alone, for phones); Import… adds a model from such a ``.zip``.

The checking and writing are :mod:`digitgui.core.models.archive`'s, in the picker's worker
thread; this only asks: which file, and, when the imported model's name is taken, whether to
replace that model or keep both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from digitgui.core.models import archive
from digitgui.ui import settings
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

ARCHIVE_FILTER = QT_TRANSLATE_NOOP("ModelTransfer", "Model archive (*.zip)")
TFLITE_FILTER = QT_TRANSLATE_NOOP("ModelTransfer", "LiteRT model alone, for phones (*.tflite)")


def _start_folder() -> str:
    return str(settings.read("files/last_folder") or Path.home())


def ask_export_file(parent: QWidget, name: str, folder_name: str) -> Path | None:
    """Where to export the model (the dialog asks before replacing a file)."""
    start = str(Path(_start_folder()) / f"{folder_name}.zip")
    path, chosen = QFileDialog.getSaveFileName(parent, translate("ModelTransfer",
            "Export “{name}”").format(name=name), start,
                                               f"{translate('ModelTransfer', ARCHIVE_FILTER)};;"
                                               f"{translate('ModelTransfer', TFLITE_FILTER)}")
    if not path:
        return None
    target = Path(path)
    wanted = ".tflite" if chosen.endswith("(*.tflite)") else ".zip"
    if target.suffix.lower() not in (".zip", ".tflite"):
        target = target.with_name(target.name + wanted)
    settings.write("files/last_folder", str(target.parent))
    return target


def export(bundle, target: Path) -> Path:
    """In the worker: the export the file name asks for."""
    if target.suffix.lower() == ".tflite":
        return archive.export_tflite(bundle, target)
    return archive.export_archive(bundle, target)


def ask_import_file(parent: QWidget) -> Path | None:
    archives = translate("ModelTransfer", ARCHIVE_FILTER)
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ModelTransfer", "Import a model"), _start_folder(),
        translate("ModelTransfer", "{archives};;All files (*)").format(archives=archives))
    if not path:
        return None
    settings.write("files/last_folder", str(Path(path).parent))
    return Path(path)


def import_checked(source: Path, replace: bool = False, name: str | None = None):
    """In the worker: the imported bundle, or the :class:`~archive.NameTakenError` to ask
    about (a question, not a failure)."""
    try:
        return archive.import_archive(source, replace=replace, name=name)
    except archive.NameTakenError as taken:
        return taken


def ask_name_taken(parent: QWidget, taken: archive.NameTakenError,
                   names: list[str]) -> tuple[bool, str | None] | None:
    """Replace the model of that name, or keep both (the import gets a free name): (replace,
    new name); None to cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ModelTransfer", "Import a model"),
                      translate("ModelTransfer",
                              "A model named “{name}” is in your models already.").format(
                              name=taken.name),
                      parent=parent)
    box.setInformativeText(translate("ModelTransfer",
            "Replace it with the imported one, or keep both?"))
    replace = box.addButton(translate("ModelTransfer", "Replace"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("ModelTransfer", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is replace:
        return True, None
    if box.clickedButton() is keep:
        return False, free_name(taken.name, names)
    return None


def free_name(name: str, names: list[str]) -> str:
    """``name 2``, ``name 3``…: the first not among ``names``."""
    n = 2
    while f"{name} {n}" in names:
        n += 1
    return f"{name} {n}"


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Yes or No, No by default (the safe answer)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, question, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes

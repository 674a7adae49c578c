"""Reading the Models table as a person would: shared by the model picker's tests."""

from __future__ import annotations

from digitgui.ui.model_picker import ModelPicker
from digitgui.ui.model_rows import NAME


def settled(qtbot, picker: ModelPicker) -> None:
    """Wait until the picker's worker is done (listing, renaming, copying: all off the GUI
    thread) and the table shows its outcome."""
    qtbot.waitUntil(picker.doing.isHidden, timeout=10_000)


def cell(picker: ModelPicker, row: int, column: int) -> str:
    return picker.table.item(row, column).text()


def names(picker: ModelPicker) -> list[str]:
    return [cell(picker, row, NAME).split("   ")[0] for row in range(picker.table.rowCount())]


def row_of(picker: ModelPicker, name: str) -> int:
    return names(picker).index(name)

"""The network designer: the learner's own network, layer by layer, with its parameter count,
a small diagram, warnings for designs that learn badly, and saving by name.

The design is kept as the spec's JSON (which may be wrong while the user edits it); every
change is checked by :class:`~digitgui.core.models.network_spec.NetworkSpec`, whose one-line
message shows until the design is right again (and the panel's Train waits for it).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.errors import UserError
from digitgui.core.models import network_designs as designs
from digitgui.core.models.network_spec import (
    ACTIVATIONS,
    MAX_FILTERS,
    MAX_UNITS,
    NetworkSpec,
)
from digitgui.ui import theme
from digitgui.ui.formatting import count_text, formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, Translated, translate
from digitgui.ui.messages import error_text
from digitgui.ui.model_transfer import confirm
from digitgui.ui.training.design_diagram import DesignDiagram, shape_text
from digitgui.ui.training.design_texts import warning_text
from digitgui.ui.training.widgets import hrow

ADDABLE = Translated("Designer", {
    "dense": QT_TRANSLATE_NOOP("Designer", "Dense"),
    "conv2d": QT_TRANSLATE_NOOP("Designer", "Conv2D"),
    "maxpool": QT_TRANSLATE_NOOP("Designer", "Max pooling"),
    "dropout": QT_TRANSLATE_NOOP("Designer", "Dropout"),
    "batchnorm": QT_TRANSLATE_NOOP("Designer", "Batch normalisation"),
})
NEW_LAYER: dict[str, dict[str, Any]] = {
    "dense": {"type": "dense", "units": 32, "activation": "relu"},
    "conv2d": {"type": "conv2d", "filters": 16, "kernel_size": 3, "activation": "relu"},
    "maxpool": {"type": "maxpool"},
    "dropout": {"type": "dropout", "rate": 0.2},
    "batchnorm": {"type": "batchnorm"},
}
ACTIVATION_NAMES = Translated("Designer", {
    "relu": QT_TRANSLATE_NOOP("Designer", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Designer", "leaky ReLU"),
    "sigmoid": QT_TRANSLATE_NOOP("Designer", "sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("Designer", "tanh"),
    "linear": QT_TRANSLATE_NOOP("Designer", "linear"),
})
DEFAULT_DESIGN = {"name": "my-network", "layers": [NEW_LAYER["dense"] | {"units": 64},
                                                   NEW_LAYER["dense"]]}
EXPLAIN_DOCK = "explain-dock"


class NetworkDesigner(QWidget):
    """An ordered list of layers to add, remove, move and set; the output, 10 logits, fixed."""

    changed = Signal()
    """The design changed (a layer, a setting or the name): see :meth:`spec`, :meth:`problem`."""
    savedDesignsChanged = Signal(str)
    """A design was saved or deleted (its name): the list of saved designs is new."""
    panelRequested = Signal(str)
    """The warning's link to How it works: the dock's object name ("explain-dock")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layers: list[dict[str, Any]] = []
        self._spec: NetworkSpec | None = None
        self._problem = ""
        self._editing = False  # the editor is being filled in: its signals change nothing
        self._build()
        self._connect()
        self.set_design(DEFAULT_DESIGN)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        rows = QAbstractItemView.SelectionBehavior.SelectRows
        self.table = QTableWidget(0, 3, selectionBehavior=rows,
                                  selectionMode=QAbstractItemView.SelectionMode.SingleSelection,
                                  editTriggers=QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([
            translate("Designer", "Layer"), translate("Designer", "Output"),
            translate("Designer", "Parameters")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(translate("Designer", "Layers of the design"))
        self.table.setToolTip(translate(
            "Designer", "Your network, input side first. The 28×28 input, a flatten before the "
            "first dense layer and the output of 10 logits are added for you."))
        self.total_label = QLabel()
        self.add_combo = QComboBox(accessibleName=translate("Designer", "Layer to add"))
        for kind in ADDABLE:
            self.add_combo.addItem(ADDABLE[kind], kind)
        self.add_button = QPushButton(translate("Designer", "Add layer"), toolTip=translate(
            "Designer", "Add the chosen kind of layer after the selected one."))
        self.remove_button = QPushButton(translate("Designer", "Remove"), accessibleName=(
            translate("Designer", "Remove the layer")))
        self.up_button = QPushButton(translate("Designer", "Up"), accessibleName=(
            translate("Designer", "Move the layer up")))
        self.down_button = QPushButton(translate("Designer", "Down"), accessibleName=(
            translate("Designer", "Move the layer down")))

        self.units_spin = QSpinBox(minimum=0, maximum=MAX_UNITS, toolTip=translate(
            "Designer", "How many neurons the layer has; each reads every output of the layer "
            "before."))
        self.filters_spin = QSpinBox(minimum=0, maximum=MAX_FILTERS, toolTip=translate(
            "Designer", "How many filters slide over the picture; each makes one feature map."))
        self.kernel_spin = QSpinBox(minimum=1, maximum=28, suffix=" px", toolTip=translate(
            "Designer", "The size of each filter's square window."))
        self.rate_spin = QDoubleSpinBox(
            minimum=0.0, maximum=0.95, singleStep=0.05, decimals=2, toolTip=translate(
                "Designer", "The share of the layer's outputs switched off at random at each "
                "training step."))
        self.activation_combo = QComboBox(toolTip=translate(
            "Designer", "What each neuron does with its weighted sum before passing it on."))
        for name in ACTIVATIONS:
            self.activation_combo.addItem(ACTIVATION_NAMES[name], name)
        self.editor = QFormLayout()
        self.editor.addRow(translate("Designer", "Units:"), self.units_spin)
        self.editor.addRow(translate("Designer", "Filters:"), self.filters_spin)
        self.editor.addRow(translate("Designer", "Kernel:"), self.kernel_spin)
        self.editor.addRow(translate("Designer", "Dropout rate:"), self.rate_spin)
        self.editor.addRow(translate("Designer", "Activation:"), self.activation_combo)

        self.diagram = DesignDiagram()
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.problem_label = QLabel(wordWrap=True, textInteractionFlags=selectable)
        self.problem_label.setStyleSheet(
            f"color: {'#ff6b6b' if theme.is_dark() else '#c62828'}; font-weight: bold")
        self.warning_label = QLabel(wordWrap=True, openExternalLinks=False)
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label.setStyleSheet(f"color: {theme.colours().warning}")
        self.name_edit = QLineEdit(toolTip=translate(
            "Designer", "Letters, digits, '.', '-' and '_'; the name of the design and of the "
            "models you train from it."))
        self.save_button = QPushButton(translate("Designer", "Save design"), toolTip=translate(
            "Designer", "Keep the design under its name; it is then listed with the networks."))
        self.delete_button = QPushButton(translate("Designer", "Delete design"), toolTip=(
            translate("Designer", "Forget the saved design of this name.")))
        self.note_label = QLabel(wordWrap=True)
        self.note_label.setStyleSheet(f"color: {theme.colours().muted}")
        names = QFormLayout()
        names.addRow(translate("Designer", "Name:"), self.name_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        layout.addLayout(hrow(self.add_combo, self.add_button))
        layout.addLayout(hrow(self.remove_button, self.up_button, self.down_button))
        layout.addLayout(self.editor)
        layout.addWidget(self.diagram)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.warning_label)
        layout.addLayout(names)
        layout.addLayout(hrow(self.save_button, self.delete_button))
        layout.addWidget(self.note_label)

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.add_button.clicked.connect(lambda: self.add_layer(self.add_combo.currentData()))
        self.remove_button.clicked.connect(self.remove_layer)
        self.up_button.clicked.connect(lambda: self.move_layer(-1))
        self.down_button.clicked.connect(lambda: self.move_layer(1))
        self.units_spin.valueChanged.connect(lambda v: self._set("units", v))
        self.filters_spin.valueChanged.connect(lambda v: self._set("filters", v))
        self.kernel_spin.valueChanged.connect(lambda v: self._set("kernel_size", v))
        self.rate_spin.valueChanged.connect(lambda v: self._set("rate", round(v, 2)))
        self.activation_combo.currentIndexChanged.connect(
            lambda: self._set("activation", self.activation_combo.currentData()))
        self.name_edit.textEdited.connect(lambda: self._refresh())
        self.warning_label.linkActivated.connect(lambda _link: self.panelRequested.emit(
            EXPLAIN_DOCK))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    # -- the design ------------------------------------------------------------------------

    def set_design(self, design: dict[str, Any] | NetworkSpec) -> None:
        """Show ``design`` (a spec, or its JSON) for editing."""
        if not isinstance(design, NetworkSpec):
            try:  # the settings a layer left out, filled in (a kernel of 3, ...)
                design = NetworkSpec.from_json(design)
            except UserError:
                pass  # shown as it is, with its problem
        raw = design.as_json() if isinstance(design, NetworkSpec) else design
        self._layers = [dict(layer) for layer in copy.deepcopy(raw.get("layers") or [])]
        self.name_edit.setText(str(raw.get("name") or ""))
        self.note_label.clear()
        self._refresh(select=0 if self._layers else None)

    def design(self) -> dict[str, Any]:
        """The design as it stands, as JSON (perhaps invalid)."""
        return {"name": self.name_edit.text().strip(), "layers": copy.deepcopy(self._layers)}

    def spec(self) -> NetworkSpec | None:
        """The design, checked; None while it has a problem."""
        return self._spec

    def problem(self) -> str:
        """The core's one-line message about the design, or "" if it is fine."""
        return self._problem

    def selected_layer(self) -> int | None:
        """The spec's index of the selected layer (None: none, or an implicit one)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def select_layer(self, index: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == index:
                self.table.selectRow(row)
                return

    def add_layer(self, kind: str) -> None:
        """A new layer of ``kind`` with the usual settings, after the selected one."""
        at = self.selected_layer()
        index = len(self._layers) if at is None else at + 1
        self._layers.insert(index, dict(NEW_LAYER[kind]))
        self._refresh(select=index)

    def remove_layer(self) -> None:
        at = self.selected_layer()
        if at is not None:
            del self._layers[at]
            self._refresh(select=min(at, len(self._layers) - 1) if self._layers else None)

    def move_layer(self, step: int) -> None:
        at = self.selected_layer()
        if at is not None and 0 <= at + step < len(self._layers):
            layers = self._layers
            layers[at], layers[at + step] = layers[at + step], layers[at]
            self._refresh(select=at + step)

    def _set(self, key: str, value: Any) -> None:
        at = self.selected_layer()
        if self._editing or at is None or self._layers[at].get(key) == value:
            return
        self._layers[at][key] = value
        self._refresh(select=at)

    # -- showing it ------------------------------------------------------------------------

    def _refresh(self, select: int | None = -1) -> None:
        """Check the design and show it; ``select`` the layer to select (-1: the same)."""
        if select == -1:
            select = self.selected_layer()
        try:
            self._spec, self._problem = NetworkSpec.from_json(self.design()), ""
        except UserError as exc:
            self._spec, self._problem = None, error_text(exc)
        self._fill_table()
        if select is not None:
            self.select_layer(select)
        self._show_selected()
        spec = self._spec
        self.diagram.set_plan(None if spec is None else spec.plan)
        self.total_label.setText("" if spec is None else formatted(translate(
            "Designer", "{parameters:,} parameters in total"), parameters=spec.parameters))
        self.problem_label.setText(self._problem)
        self.problem_label.setVisible(bool(self._problem))
        warnings = [] if spec is None else list(spec.warnings)
        link = translate("Designer", "How it works")
        self.warning_label.setText("<br>".join(
            f"⚠ {warning_text(w, spec)} <a href='{EXPLAIN_DOCK}'>{link}</a>"
            for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        self.save_button.setEnabled(spec is not None)
        self.delete_button.setEnabled(self.name_edit.text().strip() in designs.saved_names())
        self.changed.emit()

    def _fill_table(self) -> None:
        rows: list[tuple[str, str, str, int | None]] = []
        if self._spec is not None:
            rows = [(p.text, shape_text(p.output_shape), count_text(p.parameters),
                     None if p.implicit else p.number - 1) for p in self._spec.plan]
        else:  # the layers as they stand; the logits as ever
            rows = [(self._raw_text(raw), "–", "–", i) for i, raw in enumerate(self._layers)]
            rows.append(("Dense 10 (logits)", "10", "–", None))
        muted = theme.qcolor("muted")
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, (*texts, index) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, index)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if index is None:  # added for you: shown, not editable
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(min(len(rows), 6)))
        self.table.setFixedHeight(height)

    @staticmethod
    def _raw_text(raw: dict[str, Any]) -> str:
        values = [str(v) for k, v in raw.items() if k != "type"]
        return " ".join([str(raw.get("type", "?")), *values])

    def _show_selected(self) -> None:
        """The selected layer's settings in the editor; rows that do not apply hidden."""
        at = self.selected_layer()
        raw = self._layers[at] if at is not None else {}
        kind = raw.get("type")
        self._editing = True
        for widget, key, applies in (
                (self.units_spin, "units", kind == "dense"),
                (self.filters_spin, "filters", kind == "conv2d"),
                (self.kernel_spin, "kernel_size", kind == "conv2d"),
                (self.rate_spin, "rate", kind == "dropout")):
            self.editor.setRowVisible(widget, applies)
            if applies and isinstance(raw.get(key), int | float):
                widget.setValue(raw[key])
        has_activation = kind in ("dense", "conv2d")
        self.editor.setRowVisible(self.activation_combo, has_activation)
        if has_activation:
            self.activation_combo.setCurrentIndex(max(0, self.activation_combo.findData(
                raw.get("activation", "relu"))))
        self._editing = False
        for button, usable in ((self.remove_button, at is not None),
                               (self.up_button, at is not None and at > 0),
                               (self.down_button, at is not None and at < len(self._layers) - 1)):
            button.setEnabled(usable)

    # -- saving by name --------------------------------------------------------------------

    def save(self) -> None:
        spec = self._spec
        if spec is None:
            return
        if not self._may_replace(spec):
            self.note_label.setText(translate("Designer", "Not saved: “{name}” is kept as it "
                                              "was. Give this design another name.").format(
                                              name=spec.name))
            return
        try:
            designs.save(spec)
        except (UserError, OSError) as exc:
            self.note_label.setText(translate("Designer", "Cannot save it: {message}").format(
                message=error_text(exc)))
            return
        self.note_label.setText(translate("Designer", "Saved “{name}”.").format(name=spec.name))
        self.delete_button.setEnabled(True)
        self.savedDesignsChanged.emit(spec.name)

    def _may_replace(self, spec: NetworkSpec) -> bool:
        """True unless another design is saved under this name and the user keeps it."""
        if spec.name not in designs.saved_names():
            return True
        try:
            if designs.load(spec.name) == spec:
                return True  # the same design again: nothing to lose
        except (UserError, OSError):
            pass  # a damaged file of that name: asked about like any other
        return confirm(self, translate("Designer", "Save the design"),
                       translate("Designer", "A different design named “{name}” is saved "
                                 "already. Replace it with this one?").format(name=spec.name))

    def delete(self) -> None:
        name = self.name_edit.text().strip()
        try:
            designs.delete(name)
        except (UserError, OSError) as exc:
            self.note_label.setText(translate("Designer", "Cannot delete it: {message}").format(
                message=error_text(exc)))
            return
        self.note_label.setText(translate("Designer", "Deleted the saved design “{name}”.")
                                .format(name=name))
        self.delete_button.setEnabled(False)
        self.savedDesignsChanged.emit(name)

"""The network designer and the optimisation knobs in the Training tab: a design built through
its controls, its parameter count, a bad value, saving by name, the warnings and their link,
and a real short run of a custom design from the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from digitgui.core.models import bundle as bundles
from digitgui.core.models import network_designs as designs
from digitgui.core.models.network_spec import NetworkSpec
from digitgui.ui import settings
from digitgui.ui.training.panel import TrainingPanel

EXAMPLE = {"name": "tanh-32-16", "layers": [
    {"type": "dense", "units": 32, "activation": "tanh"},
    {"type": "dense", "units": 16, "activation": "tanh"}]}
RUN_MS = 120_000


@pytest.fixture
def panel(qtbot):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.network_combo.setCurrentIndex(widget.network_combo.findData("custom"))
    yield widget
    widget.shutdown(timeout_ms=3000)


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _clear(qtbot, designer) -> None:
    while designer.selected_layer() is not None:
        _click(qtbot, designer.remove_button)


def _add_dense(qtbot, designer, units: int, activation: str) -> None:
    designer.add_combo.setCurrentIndex(designer.add_combo.findData("dense"))
    _click(qtbot, designer.add_button)
    designer.units_spin.setValue(units)
    designer.activation_combo.setCurrentIndex(designer.activation_combo.findData(activation))


def _build_example(qtbot, panel) -> None:
    designer = panel.designer
    _clear(qtbot, designer)
    _add_dense(qtbot, designer, 32, "tanh")
    _add_dense(qtbot, designer, 16, "tanh")
    designer.name_edit.clear()
    qtbot.keyClicks(designer.name_edit, "tanh-32-16")


def _column(designer, column: int) -> list[str]:
    return [designer.table.item(row, column).text() for row in range(designer.table.rowCount())]


def test_custom_shows_the_designer_and_the_example_has_25818_parameters(qtbot, panel):
    designer = panel.designer
    assert designer.isVisible() and panel.controls.is_custom()
    _build_example(qtbot, panel)
    assert designer.spec() == NetworkSpec.from_json(EXAMPLE) and designer.problem() == ""
    assert _column(designer, 0) == ["Flatten", "Dense 32 tanh", "Dense 16 tanh",
                                    "Dense 10 (logits)"]
    assert _column(designer, 1) == ["784", "32", "16", "10"]
    assert _column(designer, 2) == ["0", "25,120", "528", "170"]
    assert designer.total_label.text() == "25,818 parameters in total"
    assert designer.diagram.boxes() == [("Input", "28×28"), ("Flat", "784"),
                                        ("Dense 32", "32"), ("Dense 16", "16"),
                                        ("Logits", "10")]
    # The logits are fixed: selecting them offers nothing to change.
    designer.table.selectRow(3)
    assert designer.selected_layer() is None and not designer.remove_button.isEnabled()
    # Moving a layer: the second up, then down again.
    designer.select_layer(1)
    _click(qtbot, designer.up_button)
    assert [layer["units"] for layer in designer.design()["layers"]] == [16, 32]
    assert designer.selected_layer() == 0
    _click(qtbot, designer.down_button)
    assert designer.spec() == NetworkSpec.from_json(EXAMPLE)
    assert not designer.warning_label.isVisible() and panel.train_button.isEnabled()
    # What Train sends, the knobs included; the design is remembered.
    panel.knobs.optimizer_combo.setCurrentIndex(panel.knobs.optimizer_combo.findData("sgd"))
    assert panel.knobs.momentum_spin.isEnabled()
    panel.knobs.momentum_spin.setValue(0.5)
    panel.knobs.l2_spin.setValue(0.0001)
    config = panel.build_config()
    assert (config.network, config.spec) == ("custom", EXAMPLE)
    assert (config.optimizer, config.momentum, config.l2) == ("sgd", 0.5, 0.0001)
    assert config.with_defaults().epochs == 30
    assert settings.read("training/network") == "custom"
    assert settings.read("training/optimizer") == "sgd"
    again = TrainingPanel()
    qtbot.addWidget(again)
    assert again.designer.design() == EXAMPLE and again.controls.is_custom()
    assert again.knobs.values() == {"optimizer": "sgd", "schedule": "cosine", "momentum": 0.5,
                                    "l2": 0.0001}


def test_a_conv_design_and_the_other_layer_kinds(qtbot, panel):
    designer = panel.designer
    _clear(qtbot, designer)
    for kind in ("conv2d", "batchnorm", "maxpool", "dropout", "dense"):
        designer.add_combo.setCurrentIndex(designer.add_combo.findData(kind))
        _click(qtbot, designer.add_button)
    designer.select_layer(0)
    designer.filters_spin.setValue(8)
    designer.kernel_spin.setValue(5)
    designer.select_layer(3)
    designer.rate_spin.setValue(0.25)
    assert [row for row in _column(designer, 0)] == [
        "Conv2D 8 5x5 relu", "BatchNorm", "MaxPool 2x2", "Dropout 0.25", "Flatten",
        "Dense 32 relu", "Dense 10 (logits)"]
    assert _column(designer, 1)[:3] == ["28×28×8", "28×28×8", "14×14×8"]
    assert designer.spec().parameters == int(designer.total_label.text().split()[0]
                                             .replace(",", ""))


def test_a_bad_value_disables_train_with_the_message(qtbot, panel):
    designer = panel.designer
    _build_example(qtbot, panel)
    designer.select_layer(0)
    designer.units_spin.setValue(0)
    message = "layer 1: 'units' must be a whole number from 1 to 4096"
    assert designer.problem() == message and designer.spec() is None
    assert designer.problem_label.isVisible() and designer.problem_label.text() == message
    assert not panel.train_button.isEnabled() and panel.train_button.toolTip() == message
    assert not designer.save_button.isEnabled()
    assert panel.train() is None and panel.error_label.text() == message
    # A built-in network trains whatever the designer holds.
    panel.network_combo.setCurrentIndex(panel.network_combo.findData("seed"))
    assert panel.train_button.isEnabled() and not designer.isVisible()
    panel.network_combo.setCurrentIndex(panel.network_combo.findData("custom"))
    assert not panel.train_button.isEnabled()
    designer.units_spin.setValue(32)
    assert panel.train_button.isEnabled() and designer.problem_label.isHidden()
    # A name that cannot name a design is a problem too.
    designer.name_edit.clear()
    qtbot.keyClicks(designer.name_edit, "my net")
    assert designer.problem().startswith("the name 'my net' may have only")
    assert not panel.train_button.isEnabled()


def test_designs_are_saved_loaded_and_deleted_by_name(qtbot, panel):
    designer, combo = panel.designer, panel.network_combo
    _build_example(qtbot, panel)
    _click(qtbot, designer.save_button)
    assert designs.saved_names() == ["tanh-32-16"]
    assert designs.load("tanh-32-16") == NetworkSpec.from_json(EXAMPLE)
    assert combo.currentData() == "tanh-32-16" and combo.currentText() == "tanh-32-16"
    assert designer.note_label.text() == "Saved “tanh-32-16”."
    assert designer.delete_button.isEnabled()
    # Another design meanwhile; choosing the saved one loads it.
    combo.setCurrentIndex(combo.findData("custom"))
    _clear(qtbot, designer)
    _add_dense(qtbot, designer, 100, "relu")
    assert designer.spec().parameters == 79_510
    combo.setCurrentIndex(combo.findData("tanh-32-16"))
    assert designer.isVisible() and designer.spec() == NetworkSpec.from_json(EXAMPLE)
    assert panel.build_config().spec == EXAMPLE
    assert settings.read("training/network") == "tanh-32-16"
    # A new panel lists it and starts on it.
    again = TrainingPanel()
    qtbot.addWidget(again)
    assert again.network_combo.currentData() == "tanh-32-16"
    # Delete: gone from the list; the design stays in the designer, as Custom.
    _click(qtbot, designer.delete_button)
    assert designs.saved_names() == [] and combo.findData("tanh-32-16") == -1
    assert combo.currentData() == "custom" and designer.spec() == NetworkSpec.from_json(EXAMPLE)
    assert not designer.delete_button.isEnabled()


def test_many_sigmoid_layers_warn_and_link_to_how_it_works(qtbot, panel):
    designer = panel.designer
    _clear(qtbot, designer)
    for _ in range(3):
        _add_dense(qtbot, designer, 32, "sigmoid")
    assert [w.kind for w in designer.spec().warnings] == ["vanishing_gradients"]
    assert designer.warning_label.isVisible()
    assert "Sigmoid or tanh in 3 layers" in designer.warning_label.text()
    assert "How it works" in designer.warning_label.text()
    assert panel.train_button.isEnabled()  # a warning, not a problem: it trains, badly
    with qtbot.waitSignal(panel.panelRequested) as requested:
        designer.warning_label.linkActivated.emit("explain-dock")
    assert requested.args == ["explain-dock"]
    designer.select_layer(0)
    designer.activation_combo.setCurrentIndex(designer.activation_combo.findData("relu"))
    assert not designer.warning_label.isVisible()


def test_the_knobs_explain_themselves(qtbot, panel):
    knobs = panel.knobs
    for widget in (*knobs.widgets(), panel.learning_rate_spin, panel.augment_check):
        assert widget.toolTip(), widget
    knobs.optimizer_combo.setCurrentIndex(knobs.optimizer_combo.findData("adam"))
    assert knobs.explanation.text().startswith("Adam:")
    assert not knobs.momentum_spin.isEnabled()  # SGD's only
    knobs.schedule_combo.setCurrentIndex(knobs.schedule_combo.findData("constant"))
    assert knobs.schedule_combo.toolTip().startswith("Constant:")
    assert panel.build_config().schedule == "constant"


@pytest.mark.slow
def test_a_custom_design_trains_from_the_panel(qtbot, panel, train_npz):
    _build_example(qtbot, panel)
    panel.embedded_check.setChecked(False)
    panel.mnist_check.setChecked(False)
    panel.add_sources([str(train_npz)])
    panel.epochs_spin.setValue(1)
    with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS) as trained:
        _click(qtbot, panel.train_button)
    run, path = trained.args[0], Path(trained.args[1])
    assert run.saved_name == path.name
    metadata = bundles.load_bundle(path).metadata
    assert metadata["spec"] == EXAMPLE and metadata["parameters"] == 25_818
    assert metadata["network"] == "tanh-32-16" and metadata["epochs_finished"] == 1
    assert metadata["hyperparameters"]["network"] == "custom"
    assert list(panel.plot.lines["train_loss"].get_xdata()) == [1.0]
    assert "tanh-32-16" in path.name and "Done" in panel.message_label.text()


def test_a_design_set_from_json_shows_its_defaults(qtbot, panel):
    designer = panel.designer
    designer.set_design({"name": "conv", "layers": [{"type": "conv2d", "filters": 8}]})
    designer.select_layer(0)
    assert (designer.filters_spin.value(), designer.kernel_spin.value()) == (8, 3)
    assert designer.design()["layers"] == [{"type": "conv2d", "filters": 8, "kernel_size": 3,
                                            "strides": 1, "padding": "same",
                                            "activation": "relu"}]


def test_saving_over_a_different_design_of_that_name_asks_first(qtbot, panel):
    from PySide6.QtWidgets import QMessageBox

    from tests.test_ui_model_picker import answer_next_message_box

    designer = panel.designer
    _build_example(qtbot, panel)
    _click(qtbot, designer.save_button)
    _click(qtbot, designer.save_button)  # the same design again: no question
    assert designer.note_label.text() == "Saved “tanh-32-16”."
    _add_dense(qtbot, designer, 8, "relu")  # changed, under the same name
    changed = designer.spec()
    asked: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.No, asked)
    _click(qtbot, designer.save_button)
    assert "tanh-32-16" in asked[0] and "Replace" in asked[0]
    assert designs.load("tanh-32-16") == NetworkSpec.from_json(EXAMPLE)  # "No" keeps it
    assert "Not saved" in designer.note_label.text()
    answer_next_message_box(QMessageBox.StandardButton.Yes, asked)
    _click(qtbot, designer.save_button)
    assert len(asked) == 2 and designs.load("tanh-32-16") == changed

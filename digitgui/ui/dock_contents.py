"""What goes in each of the window's docks, made the first time the dock is shown.

Each function takes the main window and returns the dock's widget, wired to the window's
prediction service, training child and messages. Kept apart from ``main_window.py`` so that
the window's own file is about the window: its canvas, menus, files and state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from digitgui.ui.i18n import translate
from digitgui.ui.qimage import from_gray_array

if TYPE_CHECKING:
    from digitgui.ui.main_window import MainWindow

# The modules the docks' contents import (as they are made), for the window's preloader
# (``ui/preload.py``): each dock waits for its own.
TRAINING = "digitgui.ui.training.panel"
TRAINING_MODEL = "digitgui.ui.training.chart:prepare_model"  # its plot's figure, made ahead
MODELS = "digitgui.ui.model_picker"
EVALUATION = "digitgui.ui.evaluation"
CHARTS = "digitgui.ui.chart_process:start"  # their own process, started ahead
INSIDE = "digitgui.ui.inside"  # Inside, Teach, Forward, Backpropagation, How it works
EXPERIMENTS = "digitgui.ui.experiments"
PRELOADED = (TRAINING, INSIDE, TRAINING_MODEL, MODELS, EVALUATION, CHARTS, EXPERIMENTS,
             # Experiments' tabs, each imported as its tab is first chosen.
             "digitgui.ui.runs", "digitgui.ui.robustness_view", "digitgui.ui.lab_view")
"""In the order they are imported: the dock in front at launch first."""


def specs(window: MainWindow) -> list[tuple[str, str, Callable[[], QWidget], tuple[str, ...]]]:
    """The window's docks, tabbed in this order, the first in front: each one's title, object
    name, content (made when first shown) and the modules it waits for."""
    return [
        ("Training", "training-dock", lambda: training_panel(window),
         (TRAINING, INSIDE, TRAINING_MODEL)),
        ("Models", "models-dock", lambda: model_picker(window), (MODELS,)),
        ("My handwriting", "samples-dock", lambda: window.samples_view, ()),
        ("Evaluation", "evaluation-dock", lambda: evaluation_panel(window), (EVALUATION,)),
        ("Inside the network", "inside-dock", lambda: inside_view(window), (INSIDE,)),
        ("Teach it this digit", "teach-dock", lambda: teach_panel(window), (INSIDE,)),
        ("Forward propagation", "forward-dock", lambda: forward_panel(window), (INSIDE,)),
        ("Backpropagation", "backprop-dock", lambda: backprop_panel(window), (INSIDE,)),
        ("Experiments", "experiments-dock", lambda: experiments(window), (EXPERIMENTS,)),
        ("How it works", "explain-dock", lambda: explanations(window), (INSIDE,)),
    ]


def training_panel(window: MainWindow) -> QWidget:
    from digitgui.ui.inside.explanations import TRAINING_TOOLTIPS  # noqa: PLC0415
    from digitgui.ui.training.panel import TrainingPanel  # noqa: PLC0415

    panel = TrainingPanel(process=window.training_process)
    panel.modelTrained.connect(window.model_trained)
    panel.panelRequested.connect(window.show_dock)  # a design's warning links How it works
    panel.set_active_bundle(window.service.bundle)  # its training can be replayed
    window.service.modelChanged.connect(panel.set_active_bundle)
    panel.failed.connect(lambda message: window.notify(message, error=True))
    panel.plot.saved.connect(lambda text: window.statusBar().showMessage(text, 6000))
    panel.epochs_spin.setToolTip(TRAINING_TOOLTIPS["epochs"])
    panel.batch_size_spin.setToolTip(TRAINING_TOOLTIPS["batch_size"])
    panel.plot.setToolTip(TRAINING_TOOLTIPS["loss_curve"] + "\n\n"
                          + TRAINING_TOOLTIPS["validation"])
    return panel


def model_picker(window: MainWindow) -> QWidget:
    from digitgui.ui.model_picker import ModelPicker  # noqa: PLC0415

    picker = ModelPicker()
    picker.activeModelChanged.connect(window.service.load)
    compare = QAction(translate("ModelPicker", "Compare on the drawing"), picker)
    compare.setToolTip(translate("ModelPicker", "Show this model's bars beside the active "
                                 "model's, for the same drawing"))
    compare.triggered.connect(lambda: picker.selected_bundle() is not None
                              and window.service.set_compare(picker.selected_bundle()))
    picker.extra_actions.append(compare)
    picker.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    return picker


def evaluation_panel(window: MainWindow) -> QWidget:
    from digitgui.ui.evaluation import EvaluationPanel  # noqa: PLC0415

    panel = EvaluationPanel()
    panel.set_bundle(window.service.bundle)
    window.service.modelChanged.connect(panel.set_bundle)
    # The panel gives network inputs (light ink on black); the sheet is paper. The image is
    # read as it is, as Evaluation read it, until the user draws over it.
    panel.imageChosen.connect(
        lambda image: window.canvas.set_picture(from_gray_array(1.0 - image), image))
    panel.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    return panel


def inside_view(window: MainWindow) -> QWidget:
    from digitgui.ui.inside import InsideNetworkView  # noqa: PLC0415

    return _follows_predictions(window, InsideNetworkView())


def experiments(window: MainWindow) -> QWidget:
    from digitgui.ui.experiments import ExperimentsView  # noqa: PLC0415

    view = ExperimentsView()
    view.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    return _follows_predictions(window, view)


def teach_panel(window: MainWindow) -> QWidget:
    from digitgui.ui.inside import TeachPanel  # noqa: PLC0415

    return _follows_predictions(window, TeachPanel())


def forward_panel(window: MainWindow) -> QWidget:
    from digitgui.ui.inside import ForwardPropagationPanel  # noqa: PLC0415

    return ForwardPropagationPanel(_tiny_network(window))


def backprop_panel(window: MainWindow) -> QWidget:
    from digitgui.ui.inside import BackpropagationPanel  # noqa: PLC0415

    return BackpropagationPanel(_tiny_network(window))


def _tiny_network(window: MainWindow):
    """The one small editable network Forward propagation and Backpropagation share: a
    weight edited in one, or a gradient step taken in the other, shows in both."""
    from digitgui.ui.inside import TinyNetworkModel  # noqa: PLC0415

    if getattr(window, "tiny_network", None) is None:
        window.tiny_network = TinyNetworkModel(parent=window)
    return window.tiny_network


def explanations(window: MainWindow) -> QWidget:
    from digitgui.ui.inside import ExplanationsPanel  # noqa: PLC0415

    panel = ExplanationsPanel()
    panel.panelRequested.connect(window.show_dock)  # "see it in the Backpropagation tab"
    return panel


def _follows_predictions(window: MainWindow, view):
    """``view`` shown the active model and the newest prediction, and kept up to date."""
    view.set_bundle(window.service.bundle)
    if window.service.last_prediction is not None:
        view.show_prediction(window.service.last_prediction)
    window.service.modelChanged.connect(view.set_bundle)
    window.service.predicted.connect(view.show_prediction)
    return view

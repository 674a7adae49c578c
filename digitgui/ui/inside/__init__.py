"""Inside the network: the layer-by-layer view, the tiny network's forward and backward
propagation, teaching the real network one drawing, explanations.

``InsideNetworkView`` shows the active model's layers at work on the current drawing;
``ForwardPropagationPanel`` computes a tiny editable network by hand and
``BackpropagationPanel`` teaches it, both on one shared ``TinyNetworkModel``; ``TeachPanel``
backpropagates the learner's drawing through the active model and takes gradient-descent steps
on a copy; ``ExplanationsPanel`` gathers the short explanations (also used as tooltips).
"""

from digitgui.ui.inside.backprop_panel import BackpropagationPanel
from digitgui.ui.inside.explanations import TRAINING_TOOLTIPS, ExplanationsPanel
from digitgui.ui.inside.forward_panel import ForwardPropagationPanel
from digitgui.ui.inside.teach_panel import TeachPanel
from digitgui.ui.inside.tiny_model import TinyNetworkModel
from digitgui.ui.inside.view import InsideNetworkView

__all__ = ["BackpropagationPanel", "ExplanationsPanel", "ForwardPropagationPanel",
           "InsideNetworkView", "TRAINING_TOOLTIPS", "TeachPanel", "TinyNetworkModel"]

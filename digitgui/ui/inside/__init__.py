"""Inside the network: the layer-by-layer view, the forward-propagation panel, explanations.

``InsideNetworkView`` shows the active model's layers at work on the current drawing;
``ForwardPropagationPanel`` computes a tiny editable network by hand; ``ExplanationsPanel``
gathers the short explanations (also used as tooltips); ``TeachPanel`` backpropagates the
learner's drawing through the active model and takes gradient-descent steps on a copy.
"""

from digitgui.ui.inside.explanations import TRAINING_TOOLTIPS, ExplanationsPanel
from digitgui.ui.inside.forward_panel import ForwardPropagationPanel
from digitgui.ui.inside.teach_panel import TeachPanel
from digitgui.ui.inside.view import InsideNetworkView

__all__ = ["ExplanationsPanel", "ForwardPropagationPanel", "InsideNetworkView",
           "TRAINING_TOOLTIPS", "TeachPanel"]

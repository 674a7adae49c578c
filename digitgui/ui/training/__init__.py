"""Training from the window: the panel, its live curves, and the child process that trains.

The child is ``python -m digitgui train ... --events jsonl``; nothing here imports TensorFlow.
"""

from digitgui.ui.training.panel import TrainingPanel
from digitgui.ui.training.plot import TrainingPlot
from digitgui.ui.training.process import EventLineReader, TrainingProcess

__all__ = ["EventLineReader", "TrainingPanel", "TrainingPlot", "TrainingProcess"]

"""The Runs view: training runs compared (issue 14's "Compare runs")."""

from digitgui.ui.runs.view import RunsView

__all__ = ["RunsView"]

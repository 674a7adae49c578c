"""Two small charts sharing a column: one above the other where the column is tall enough for
both, side by side where it is not.

A docked panel is often short (the canvas above it takes most of the window). Stacked in a
short column, the charts were squeezed under their minimum height and Qt let them overlap:
the lower chart's title ran into the upper one's labels and its own axis label was cut off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class ChartStack(QSplitter):
    def __init__(self, *charts: QWidget, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        for chart in charts:
            self.addWidget(chart)
        self.setChildrenCollapsible(False)
        # Its own minimum, not the stacked charts' sum: the layout may then give it less
        # height than stacking needs, and it turns the charts side by side instead.
        self.setMinimumHeight(max(chart.minimumHeight() for chart in charts))

    def stacked_height(self) -> int:
        """The least height in which the charts fit one above the other."""
        charts = [self.widget(i) for i in range(self.count())]
        return sum(c.minimumHeight() for c in charts) + self.handleWidth() * (len(charts) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        tall = event.size().height() >= self.stacked_height()
        self.setOrientation(Qt.Orientation.Vertical if tall else Qt.Orientation.Horizontal)
        super().resizeEvent(event)

"""Before and after a fine-tune: old model beside new, on data neither trained on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.training.fine_tune import Report
from digitgui.ui.formatting import formatted, localized
from digitgui.ui.i18n import translate


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def summary(report: Report) -> str:
    yours = report.yours
    before_err, after_err = 1 - yours.before, 1 - yours.after
    if yours.n == 0:
        return translate("ReportDialog",
                "None of your samples could be held out to test on: add a few more of each digit.")
    if after_err < before_err:
        change = (formatted(translate("ReportDialog",
                "Mistakes on your own held-out digits went from {before:.1f} % to "
                "{after:.1f} %."), before=100 * before_err, after=100 * after_err))
    else:
        change = (formatted(translate("ReportDialog",
                "Mistakes on your own held-out digits did not go down ({value:.1f} % before, "
                "{value2:.1f} % after): more samples of each digit help."),
                value=100 * before_err, value2=100 * after_err))
    drop = 100 * (report.base.before - report.base.after)
    kept = (translate("ReportDialog", "It still reads MNIST as well as before.") if drop <= 0.5
            else formatted(translate("ReportDialog",
                    "It reads MNIST {drop:.1f} points worse than before."), drop=drop))
    return f"{change} {kept}"


class FineTuneReportDialog(QDialog):
    """Accepted: keep the new model (it becomes active). Rejected: discard it."""

    def __init__(self, report: Report, new_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("FineTuneReportDialog", "Trained on your handwriting"))
        self.report = report
        table = QTableWidget(len(report.comparisons), 3)
        table.setHorizontalHeaderLabels([translate("FineTuneReportDialog", "Images"),
                                        translate("FineTuneReportDialog",
                "Before"), translate("FineTuneReportDialog", "After")])
        table.verticalHeader().setVisible(False)
        for row, comparison in enumerate(report.comparisons):
            table.setItem(row, 0, QTableWidgetItem(f"{comparison.name} ({comparison.n})"))
            table.setItem(row, 1, _cell(localized(f"{100 * comparison.before:.1f} %")))
            table.setItem(row, 2, _cell(localized(f"{100 * comparison.after:.1f} %")))
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table = table
        self.summary_label = QLabel(summary(report))
        self.summary_label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(translate("FineTuneReportDialog",
                "Keep “{new_name}”").format(new_name=new_name),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(translate("FineTuneReportDialog", "Discard it"),
                                                QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("FineTuneReportDialog",
                "Accuracy of the old and the new model on images neither of them trained on:")))
        layout.addWidget(table)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)

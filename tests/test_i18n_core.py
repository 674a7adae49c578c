"""The core's messages and the window's numbers in German: a core error keeps its English
template and values (the command line prints the English), and the German window says it in
German, numbers written the German way (5.000, 99,46 %). The English window is unchanged."""

from __future__ import annotations

import ast
import json
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from digitgui.core.drawing.images import read_image
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError, UserError, message_fields
from digitgui.core.models import archive
from digitgui.core.models import bundle as bundles
from digitgui.core.models.network_spec import NetworkSpec
from digitgui.ui import i18n
from digitgui.ui.formatting import count_text, formatted, percent
from digitgui.ui.messages import end_text, error_text, event_text
from tests.helpers import REPO, embedded_arrays

HUGE = {"name": "huge", "layers": [{"type": "dense", "units": 4096}] * 3}
"""A design over the parameter limit: its message has numbers grouped by thousands."""


def _error(work) -> UserError:
    with pytest.raises(UserError) as caught:
        work()
    return caught.value


def test_a_core_error_is_english_for_the_cli_and_german_in_the_window(tmp_path, german):
    empty = tmp_path / "leer.png"
    empty.write_bytes(b"")
    error = _error(lambda: read_image(empty))
    assert isinstance(error, DataError)
    assert str(error) == f"{empty}: empty file (0 bytes), not an image"  # the CLI's line
    assert error_text(error) == f"{empty}: leere Datei (0 Bytes), kein Bild"

    too_big = _error(lambda: NetworkSpec.from_json(HUGE))
    assert str(too_big) == ("36,818,954 parameters (16,781,312 of them in layer 2); a design "
                            "may have at most 20,000,000: shrink the picture (pooling, strides) "
                            "or the layers")
    assert error_text(too_big).startswith(
        "36.818.954 Parameter (16.781.312 davon in Schicht 2); ein Entwurf darf höchstens "
        "20.000.000 haben")

    from digitgui.core.teaching.tiny_backprop import CROSS_ENTROPY, Objective

    wrong_class = _error(lambda: Objective(CROSS_ENTROPY, label=7).check(3))
    assert isinstance(wrong_class, ValueError)  # as the course's panel catches it
    assert (str(wrong_class), error_text(wrong_class)) == (
        "the class must be 0 to 2", "die Klasse muss 0 bis 2 sein")

    i18n.uninstall()  # English: exactly what the CLI says
    assert error_text(error) == str(error) and error_text(too_big) == str(too_big)


def test_the_training_childs_messages_in_german(german):
    status = message_fields(QT_TRANSLATE_NOOP(  # the engine's status line, as it sends it
        "Training", "Network {name}: {summary} ({count:,} parameters)"), name="tiny",
        summary="Dense 10 (logits)", count=7850)
    json.dumps(status)  # it travels as a JSON line
    assert status["message"] == "Network tiny: Dense 10 (logits) (7,850 parameters)"
    assert event_text(status) == "Netz tiny: Dense 10 (logits) (7.850 Parameter)"
    failure = _error(lambda: NetworkSpec.from_json({"name": "x", "layers": "dense"})).fields()
    json.dumps(failure)  # it travels as a JSON line
    assert end_text("error", failure).startswith("'layers' muss eine Liste von Schichten sein")
    assert end_text("done", {"val_accuracy": 0.98765}) == \
        "Fertig: Validierungsgenauigkeit 98,77 %."


def test_numbers_in_the_windows_language(qapp):
    assert (count_text(5000), percent(0.9946, 2), formatted("{v:.1f} % of {n:,}", v=92.5,
            n=10_000)) == ("5,000", "99.46 %", "92.5 % of 10,000")
    i18n.install("de")
    try:
        assert (count_text(5000), percent(0.9946, 2), percent(0.99996),
                formatted("{v:.1f} % von {n:,} {name}", v=92.5, n=10_000, name="a.b")) == (
                "5.000", "99,46 %", ">99,9 %", "92,5 % von 10.000 a.b")
    finally:
        i18n.uninstall()


def _open_through_the_dialog(win, monkeypatch, path: Path) -> None:
    """File → Open, the user picking ``path`` in the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    win.open_image_dialog()


def test_the_german_window_says_a_bad_picture_in_german(german_window, qtbot, monkeypatch,
                                                         tmp_path):
    win = german_window
    whole = tmp_path / "ganz.png"
    Image.fromarray(embedded_arrays()[0][0]).resize((280, 280)).save(whole)
    cases = {b"": "leere Datei (0 Bytes), kein Bild",
             whole.read_bytes()[:300]: "beschädigtes Bild (abgeschnitten oder fehlerhaft), "
                                       "kann nicht gelesen werden",
             b"hello": "kein Bild (digitgui liest PNG, JPEG, BMP, GIF, TIFF und WebP)"}
    for n, (content, german_words) in enumerate(cases.items()):
        bad = tmp_path / f"bild-{n}.png"
        bad.write_bytes(content)
        _open_through_the_dialog(win, monkeypatch, bad)
        qtbot.waitUntil(lambda bad=bad: win.banner.isVisible()
                        and str(bad) in win.banner.label.text(), timeout=10_000)
        assert win.banner.label.text() == f"{bad}: {german_words}"


def test_the_german_window_writes_numbers_the_german_way(german_window, qtbot, monkeypatch,
                                                         tmp_path):
    win = german_window
    qtbot.waitUntil(lambda: "%" in win.model_label.text(), timeout=10_000)
    status = win.model_label.text()  # Modell: default (cnn) · 99,46 % auf „… (5.000)“
    assert re.search(r"\d,\d\d %", status) and "(5.000)" in status, status
    assert not re.search(r"\d\.\d\d %|\d,\d{3}\b", status), status
    picker = win.models_dock.content()
    qtbot.waitUntil(lambda: picker.table.rowCount() > 0, timeout=10_000)
    row = [picker.table.item(0, c).text() for c in range(picker.table.columnCount())
           if picker.table.item(0, c)]
    assert any(re.fullmatch(r"\d\d,\d\d %", cell) for cell in row), row
    assert any("(5.000)" in cell for cell in row), row

    rate = win.training_dock.content().controls.learning_rate_spin  # Qt's own numbers too
    assert re.fullmatch(r"0,\d+", rate.text()), rate.text()

    x, y = embedded_arrays()
    digit = tmp_path / "ziffer.png"
    Image.fromarray(x[0]).resize((112, 112)).save(digit)
    _open_through_the_dialog(win, monkeypatch, digit)
    answer = win.prediction_view.confidence_label
    qtbot.waitUntil(lambda: "sicher" in answer.text(), timeout=10_000)
    assert re.search(r"\d,\d %", answer.text()) and not re.search(r"\d\.\d", answer.text())


def test_the_english_window_is_unchanged(window, qtbot):
    qtbot.waitUntil(lambda: "%" in window.model_label.text(), timeout=10_000)
    status = window.model_label.text()
    assert re.search(r"\d\.\d\d % on .*\(5,000\)$", status), status


def _archive_with(tmp_path: Path, name: str, files: dict[str, bytes]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for member, content in files.items():
            zf.writestr(f"model/{member}", content)
    return path


def test_the_german_models_dock_says_why_an_import_is_refused(german_window, qtbot,
                                                              monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append(text))
    picker = german_window.models_dock.content()
    qtbot.waitUntil(lambda: picker.table.rowCount() > 0, timeout=10_000)
    metadata = bundles.resolve("default").metadata
    damaged = _archive_with(tmp_path, "kaputt.zip", {
        bundles.METADATA_FILE: json.dumps(metadata).encode(),
        bundles.TFLITE_FILE: b"not a LiteRT model at all"})
    not_zip = tmp_path / "urlaub.zip"
    not_zip.write_bytes(b"holiday photo")
    for source, german_words in (
            (not_zip, "kein digitgui-Modellarchiv (keine ZIP-Datei)"),
            # A reason that is itself a core error (the bundle check's) is German too.
            (damaged, "abgelehnt: model.tflite ist beschädigt (kein LiteRT-Modell)")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *args, source=source, **kwargs: (str(source), ""))
        qtbot.mouseClick(picker.buttons["Importieren"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
        assert shown.pop() == f"{source}: {german_words}"
    english = _error(lambda: archive.import_archive(damaged, models_dir=tmp_path / "m"))
    assert str(english) == f"{damaged}: refused: model.tflite is damaged (not a LiteRT model)"



ENGLISH_ONLY = {"training/config.py", "training/serve.py", "models/number_evaluation.py"}
"""Core modules whose errors stay English: the command line's options and the trainer's
request protocol (the window's form never sends a bad one), and number sets (issue 12's)."""


def test_every_core_message_the_window_can_show_is_marked():
    """A core error raised with a plain string or f-string is English in any window: mark its
    template with QT_TRANSLATE_NOOP. Left out: the modules above, option checks (the command
    line's words: --epochs ...) and internal errors."""
    errors = {"UserError", "DataError", "BundleError", "ReplayError", "UnknownDesignError"}
    unmarked = []
    for path in sorted((REPO / "digitgui" / "core").rglob("*.py")):
        where = path.relative_to(REPO / "digitgui" / "core").as_posix()
        if where in ENGLISH_ONLY:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or function.name == "_check":
                continue  # the engine's option checks
            for node in ast.walk(function):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                        and node.exc.args):
                    continue
                called = node.exc.func
                name = called.attr if isinstance(called, ast.Attribute) else getattr(
                    called, "id", "")
                text = ast.unparse(node.exc.args[0])
                if name in errors and isinstance(node.exc.args[0], ast.Constant | ast.JoinedStr) \
                        and "--" not in text and "internal" not in text:
                    unmarked.append(f"{where}:{node.lineno}")
    assert not unmarked, unmarked

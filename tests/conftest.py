"""Test setup: every test gets its own user data folder, Keras cache and Qt settings, and the
window runs offscreen. Nothing here touches the network: full MNIST's "origin" is a closed
local port, so a download attempt fails at once, as it would offline."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DIGITGUI_MNIST_ORIGIN"] = "http://127.0.0.1:9/mnist.npz"

from tests.helpers import (
    PUBLIC_TEST_SET,
    embedded_arrays,
    load_script,
    run_cli,
    small_npz,
)


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory, monkeypatch) -> Path:
    """A fresh user data folder and Keras cache for each test (children inherit them)."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("DIGITGUI_HOME", str(home / "digitgui"))
    monkeypatch.setenv("KERAS_HOME", str(home / "keras"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def isolated_qt_settings(isolated_user):
    """QSettings in a temporary folder (after labelme's conftest), never the user's own."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(isolated_user / "qt-settings"))
    from digitgui.ui import settings

    # No waiting trainer unless a test asks for one: dozens of windows would each start one.
    settings.write("training/keep_ready", False)
    yield


@pytest.fixture
def window(qtbot):
    """The main window, shown; closed afterwards as a user would (which stops any training
    child and evaluation worker it started)."""
    from digitgui.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def german(qapp):
    """The window's German translators installed (English again afterwards)."""
    from digitgui.ui import i18n

    assert i18n.install("de") == "de"
    yield
    i18n.uninstall()


@pytest.fixture
def german_window(german, window):
    """The main window in German (``german`` comes first: the translators are installed
    before the window is made, and taken out after it is closed)."""
    return window


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("session")


@pytest.fixture(scope="session")
def train_npz(session_dir) -> Path:
    """1,000 embedded images (100 a digit): small enough for a one-epoch run in seconds."""
    return small_npz(session_dir / "train-small.npz", per_digit=100)


@pytest.fixture(scope="session")
def tiny_bundle(session_dir, train_npz) -> Path:
    """A real bundle from a real (short) training run of the seed network, made once."""
    out = session_dir / "tiny-seed"
    env = {"DIGITGUI_HOME": str(session_dir / "home")}
    result = run_cli("train", "--network", "seed", "--epochs", "3", "--data", str(train_npz),
                     "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def public_test_set() -> tuple[np.ndarray, np.ndarray]:
    if not PUBLIC_TEST_SET.is_file():
        pytest.skip("../shared/data/mnist-test-public.npz is not here (a user's clone lacks it)")
    with np.load(PUBLIC_TEST_SET) as data:
        return data["x"], data["y"]


@pytest.fixture(scope="session")
def embedded() -> tuple[np.ndarray, np.ndarray]:
    return embedded_arrays()


@pytest.fixture(scope="session")
def build():
    """The build script of the shipped model, imported from scripts/ (not part of the
    package)."""
    return load_script(Path(__file__).resolve().parent.parent / "scripts" /
                       "build_default_model.py")

"""How it works: the sections on the loss, backpropagation, gradient descent and batches, their
links to the panels that show them, and formulas typeset (HTML in the panel, Unicode in
tooltips)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from digitgui.ui.inside.explanations import (
    TOPIC_HTML,
    TOPIC_LINKS,
    TOPICS,
    TRAINING_TOOLTIPS,
    ExplanationsPanel,
    html_for,
    plain_text,
)

NEW_SECTIONS = {"loss_idea": "backprop-dock", "backprop": "backprop-dock",
                "gradient_descent": "backprop-dock", "batches": "training-dock"}
DOCKS = {"forward-dock", "backprop-dock", "teach-dock", "training-dock", "inside-dock"}


def test_new_sections_link_to_their_panels():
    for key, dock in NEW_SECTIONS.items():
        assert dock in [d for d, _ in TOPIC_LINKS[key]], key
    assert {d for links in TOPIC_LINKS.values() for d, _ in links} <= DOCKS
    html = html_for()
    assert "href='panel:backprop-dock'" in html and "href='panel:teach-dock'" in html
    backprop = TOPICS["backprop"][1]
    assert "δ = ∂L/∂a · g′(z)" in backprop and "∂L/∂w = δ · aₚᵣₑᵥ" in backprop
    assert "w ← w − η·∂L/∂w" in TOPICS["gradient_descent"][1]
    batches = TOPICS["batches"][1]
    assert "noisy" in batches and "epoch" in batches and "smooth" in batches


def test_formulas_are_typeset():
    for key, (_, html) in TOPIC_HTML.items():
        # No ASCII powers or indices (e^z_j, e^-z), no hyphen for a minus before a number.
        assert not re.search(r"\^|[a-zA-Z]_[a-z0-9]\b|(?<![\w-])-\d", html), key
        assert "(−0.0465)" in html or "−0.0465" not in html  # negatives in parentheses
    assert "W<sub>2</sub>(W<sub>1</sub>x + b<sub>1</sub>)" in TOPIC_HTML["nonlinear"][1]
    assert "e<sup>−z</sup>" in TOPIC_HTML["relu_sigmoid"][1]
    assert "exp(z<sub>j</sub>) / Σ<sub>k</sub> exp(z<sub>k</sub>)" in TOPIC_HTML["softmax"][1]
    # Tooltips stay plain text, with Unicode sub- and superscripts.
    for _, text in TOPICS.values():
        assert "<" not in text and "&nbsp;" not in text
    assert "W₂(W₁x + b₁)" in TOPICS["nonlinear"][1]
    assert "σ(z) = 1/(1 + e⁻ᶻ)" in TOPICS["relu_sigmoid"][1]
    assert "pⱼ = exp(zⱼ) / Σₖ exp(zₖ)" in TOPICS["softmax"][1]
    assert plain_text("p<sub>y</sub>, e<sup>a+1</sup>, e<sup>q+1</sup>") == "p_y, eᵃ⁺¹, e^(q+1)"
    assert all("<" not in text for text in TRAINING_TOOLTIPS.values())


def test_sub_and_superscripts_are_enlarged():
    small = html_for(["nonlinear"], walkthrough=False)
    sized = html_for(["nonlinear"], walkthrough=False, point_size=10.0)
    assert "<sub>2</sub>" in small and "font-size" not in small
    assert sized.count("<span style='font-size:12.5pt'><sub>") == small.count("<sub>")


def test_clicking_a_link_asks_for_its_panel(qtbot):
    panel = ExplanationsPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 500)
    panel.show()
    qtbot.waitExposed(panel)
    text = panel.text()
    for key in NEW_SECTIONS:
        assert TOPICS[key][0] in text
    browser = panel.browser
    found = browser.document().find("Every step with its numbers in Backpropagation", 0,
                                    QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull()
    found.setPosition(found.selectionStart() + 4)
    browser.setTextCursor(found)
    browser.ensureCursorVisible()
    point = browser.cursorRect(found).center()
    with qtbot.waitSignal(panel.panelRequested) as requested:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert requested.args == ["backprop-dock"]
    assert "Backpropagation: the chain rule" in panel.text()  # the page stayed

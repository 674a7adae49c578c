"""Training from the window: the panel, its live curves, and the child process that trains.

The child is ``python -m digitgui train --serve --events jsonl``; nothing here imports
TensorFlow. Modules are imported where used (``process`` is light; ``panel`` and ``plot``
bring matplotlib, which the window loads only when the Training dock is first shown).
"""

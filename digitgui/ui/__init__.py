"""The window: PySide6 widgets on top of the core. Never imports TensorFlow."""

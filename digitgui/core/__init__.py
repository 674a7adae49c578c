"""The framework-free core: data, networks, training engine, model bundles, preprocessing and
inference. Nothing here imports Qt or matplotlib (an import-linter contract in pyproject.toml and
a test enforce it), and only the training side imports TensorFlow/Keras.
"""

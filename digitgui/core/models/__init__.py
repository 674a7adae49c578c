"""Model bundles, the model store, prediction on LiteRT, the answer rule, calibration and
scoring. No TensorFlow: the window uses all of it."""

"""``digitgui bench``: speed and memory, as ratios against baselines measured in the same run.

Absolute times on shared 2-core machines are noisy; a ratio of two things measured side by
side, on the same inputs, in the same run, is what to compare across runs and machines.
"""

"""The user's own handwriting: the sample library and fine-tuning on it."""

"""digitgui: draw a digit, watch a neural network read it, train it, look inside it."""

__version__ = "0.1.0"
APP_NAME = "digitgui"

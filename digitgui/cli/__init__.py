"""The command line: ``digitgui`` (the window), ``train``, ``predict``, ``evaluate``, ``bench``."""

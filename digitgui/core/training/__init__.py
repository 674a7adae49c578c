"""The training engine: one engine for the terminal (``digitgui train``) and the window (which
runs that same command as a child process and reads its JSON-lines events)."""

"""The app without Qt: the session (every user action as one command that reports what it
changed), session files, the frames the window draws, predictions and exports. Imports every
other part of ``core``; nothing in ``core`` imports it."""

"""Teaching: the lessons (the tutorials' tables and networks, lesson files in TOML) and their
presentation beats. Imports ``core.data`` and ``core.engine``, never the app."""

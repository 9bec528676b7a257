"""Fill the unfinished entries of nnviz/i18n/nnviz_core_{de,es}.ts from the tables kept here,
keyed by the English text.

The engine's catalogues hold their translations themselves (made in Qt Linguist or here); this
script only fills what ``pyside6-lupdate`` left unfinished or empty after new strings came into
nnviz/core or nnviz/cli.py, and never changes a translation the ``.ts`` file already has. Run it
between the update and the build, as often as needed::

    scripts/i18n_update
    .venv/bin/python scripts/i18n_fill_core.py
    scripts/i18n_build

A text that is unfinished and missing from the language's table is listed on stderr and stays
unfinished (exit code 1), so a new string in the code is noticed: add it to
scripts/i18n_core_de.py and scripts/i18n_core_es.py. Glossary: docs/translating.md (in the
engine's Spanish texts a sample row is "ejemplo", as in the rest of this catalogue).
"""

from __future__ import annotations

import sys

from i18n import fill_all
from i18n_core_de import DE
from i18n_core_es import ES

if __name__ == "__main__":
    sys.exit(fill_all("core", {"de": DE, "es": ES}, keep_finished=True))

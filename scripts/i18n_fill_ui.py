"""Fill nnviz/i18n/nnviz_ui_{de,es}.ts from the translations kept here, keyed by the English text.

Run after ``pyside6-lupdate`` has extracted the UI's strings (``scripts/i18n_update`` does it
for every catalogue; it keeps the translations a file already has, so all of this is safe to run
again); then ``pyside6-lrelease`` (``scripts/i18n_build``) compiles the ``.qm`` files::

    .venv/bin/pyside6-lupdate -no-obsolete -locations none $(find nnviz/ui nnviz/workers -name '*.py') \
        -ts nnviz/i18n/nnviz_ui_de.ts nnviz/i18n/nnviz_ui_es.ts
    .venv/bin/python scripts/i18n_fill_ui.py
    .venv/bin/pyside6-lrelease nnviz/i18n/nnviz_ui_de.ts nnviz/i18n/nnviz_ui_es.ts

Every message whose English text is in the language's table gets that translation, marked
finished; a text missing from the table is listed on stderr and stays unfinished (exit code 1),
so a new string in the code is noticed. Qt Linguist can edit the ``.ts`` files as well; an entry
here wins over a translation made there, so move such work into these tables.

Glossary (docs/translating.md has the full one): German Epoche, Lernrate, Verlust, Schicht,
Gewicht, Bias, Aktivierung, a sample row "Beispiel" (or "Zeile" for a table row), a
presentation beat "Folie"; Spanish época, tasa de aprendizaje, pérdida, capa, peso, sesgo,
activación, muestra, a beat "diapositiva", a batch "lote".
"""

from __future__ import annotations

import sys

from i18n import fill_all
from i18n_ui_de import DE
from i18n_ui_es import ES

if __name__ == "__main__":
    sys.exit(fill_all("ui", {"de": DE, "es": ES}, keep_finished=False))

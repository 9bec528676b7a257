"""The tables nnviz ships, installed as the package ``nnviz.data``.

``pyproject.toml`` maps the package ``nnviz.data`` onto this folder, so a wheel, a plain
``pip install .`` and an editable install all carry these files inside the package; code finds
them with :func:`nnviz.core.datasets.data_dir` (``importlib.resources``). This file only makes the
folder a regular package.
"""

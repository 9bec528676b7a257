"""The engine: NumPy and pandas only, never Qt (tests/core/test_layering.py proves it)."""

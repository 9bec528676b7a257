"""Data: a problem to learn (inputs, targets, splits, scalers) from a CSV table, a shipped table
or a generated set, its feature inputs, and names fit to show. Imports nothing else of nnviz
but ``core.text``."""

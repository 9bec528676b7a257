"""nnviz: watch a neural network learn. Every number comes from NumPy code in nnviz.core."""
__version__ = "0.1.0"

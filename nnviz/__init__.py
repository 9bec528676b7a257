"""nnviz: watch a neural network learn. Every number comes from NumPy code in nnviz.core."""
import os as _os

__version__ = "0.1.0"

# One BLAS thread. The networks here are small: waking BLAS threads costs more than it saves,
# and on a two-core machine they took the window's core from it. Measured on the largest
# network the panel allows (2-64x6-1) while training: 2.3 redraws and 2.5 epochs a second
# with stalls of 90-190 ms, against 6 redraws, 12 epochs and stalls around 45 ms with one.
# Set before NumPy loads its BLAS; a value set by the user wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

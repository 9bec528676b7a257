"""Write data/digits.csv from scikit-learn's copy of the UCI 8×8 handwritten digits.

Usage: python scripts/make_digits.py PATH/TO/digits.csv.gz

The input is ``sklearn/datasets/data/digits.csv.gz`` from a scikit-learn wheel (1,797 rows of 64
pixel values 0–16 and the digit, no header). The script checks the file's SHA-256, adds a header
(``r0c0`` … ``r7c7`` = pixel at row r, column c; ``digit``) and writes the rows unchanged, so the
output is the same bytes on every machine. scikit-learn itself is not needed.
"""
from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path

SHA256 = "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22"
ROWS, SIDE = 1797, 8


def header() -> str:
    return ",".join([f"r{r}c{c}" for r in range(SIDE) for c in range(SIDE)] + ["digit"])


def convert(raw: bytes) -> str:
    """The CSV text for the gzip-compressed table ``raw`` (checked row by row)."""
    lines = gzip.decompress(raw).decode("ascii").split()
    if len(lines) != ROWS:
        raise ValueError(f"expected {ROWS} rows, found {len(lines)}")
    out = [header()]
    for i, line in enumerate(lines, 1):
        values = [int(v) for v in line.split(",")]
        if len(values) != SIDE * SIDE + 1 or not all(0 <= v <= 16 for v in values[:-1]) or not 0 <= values[-1] <= 9:
            raise ValueError(f"row {i}: not 64 pixels 0–16 and a digit 0–9")
        out.append(",".join(str(v) for v in values))
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    raw = Path(argv[0]).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SHA256:
        print(f"{argv[0]}: SHA-256 {digest} is not scikit-learn's digits.csv.gz ({SHA256})", file=sys.stderr)
        return 1
    out = Path(__file__).resolve().parent.parent / "data" / "digits.csv"
    out.write_text(convert(raw), encoding="ascii", newline="\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Run every benchmark in turn and print their figures (`make bench`).

Each benchmark is a script of its own, run in a fresh interpreter so one's imports and
memory do not colour another's figures. They print; they never fail on a threshold.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["extraction.py", "regeneration.py", "scale.py"]


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        print(f"\n=== benchmarks/{name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)], cwd=HERE.parent).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nbenchmarks that stopped with an error: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up cost of the command line: `dateline --help` and `import dateline` against a bare
`python -c pass`, median of 5 runs each, measured in one run (the ratio is what carries over
between machines). Neither may load the language model or the loaders' heavy libraries.

    python benchmarks/bench_startup.py
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 5


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    bare = median_seconds([sys.executable, "-c", "pass"])
    rows = [("python -c pass", bare),
            ("import dateline", median_seconds([sys.executable, "-c", "import dateline"])),
            ("dateline --help", median_seconds([sys.executable, "-m", "dateline", "--help"])),
            ("dateline build --help", median_seconds([sys.executable, "-m", "dateline", "build", "--help"]))]
    print(f"{'command':<24}{'median s':>10}{'x bare':>9}")
    for name, seconds in rows:
        print(f"{name:<24}{seconds:>10.3f}{seconds / bare:>9.1f}")


if __name__ == "__main__":
    main()

"""Compare the Python package with the CLI on a folder of articles: every
record equal (all fields, --offsets chars, minus id), and throughput of
`byline.analyze_many` against `byline -q -j N DIR`.

    python python/benches/compare_cli.py --cli target/release/byline DIR [--jobs N] [--repeat R]

Prints one line per differing article and a summary; exits 1 on any
difference. Times are wall clock and CPU (user+sys) of the best of R runs;
Python's include reading the files and building the dicts.
"""

import argparse
import json
import pathlib
import resource
import subprocess
import sys
import time

import byline


def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cli(cli, folder, jobs):
    args = [cli, "-q", "--offsets", "chars", str(folder)]
    if jobs:
        args[1:1] = ["-j", str(jobs)]
    wall, cpu = time.perf_counter(), cpu_children()
    out = subprocess.run(args, capture_output=True, check=True).stdout
    return out, time.perf_counter() - wall, cpu_children() - cpu


def run_python(paths, jobs):
    wall, cpu = time.perf_counter(), cpu_self()
    texts = (p.read_bytes() for p in paths)
    records = list(byline.analyze_many(texts, jobs=jobs))
    return records, time.perf_counter() - wall, cpu_self() - cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", required=True, help="the byline binary")
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--jobs", type=int, default=None, help="workers (default: all cores)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    best_cli = best_py = None
    for _ in range(args.repeat):
        out, wall, cpu = run_cli(args.cli, args.folder, args.jobs)
        if best_cli is None or wall < best_cli[1]:
            best_cli = (out, wall, cpu)
    want = [json.loads(line) for line in best_cli[0].splitlines()]
    paths = [pathlib.Path(r["id"]) for r in want]
    for _ in range(args.repeat):
        got, wall, cpu = run_python(paths, args.jobs)
        if best_py is None or wall < best_py[1]:
            best_py = (got, wall, cpu)

    differ = 0
    for w, g in zip(want, best_py[0]):
        name = w.pop("id")
        if w != g:
            differ += 1
            fields = [k for k in w if w.get(k) != g.get(k)]
            print(f"DIFFERS {name}: {', '.join(fields)}")
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(want)} articles, {size / 1e6:.2f} MB: {len(want) - differ} equal, {differ} differ")
    for label, (_, wall, cpu) in (("cli", best_cli), ("analyze_many", best_py)):
        print(
            f"{label:>12}: wall {wall:.3f} s ({len(want) / wall:.0f} articles/s, "
            f"{size / 1e6 / wall:.2f} MB/s), cpu {cpu:.3f} s"
        )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

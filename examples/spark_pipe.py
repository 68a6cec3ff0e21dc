#!/usr/bin/env python3
"""Run byline over a JSON Lines file with PySpark's RDD.pipe().

    python3 examples/spark_pipe.py IN.jsonl OUT.jsonl [--bin PATH] [--master local[*]]

IN.jsonl holds one {"text": ..., "id"?: ..., "date"?: ...} object per line
(byline's --input jsonl protocol); OUT.jsonl gets one record per non-blank
input line, in input order, each with the input's "id" (an error record for
a bad line). "line" in a record is the line number within the piece of the
file one task piped, not within IN.jsonl: join on "id".

Why it is written this way:
- PySpark starts the piped program with the environment given to pipe()
  and with an empty one when none is given, so a bare "byline" is not found
  on PATH. The binary is resolved here (PATH or --bin) to an absolute path
  and pipe() gets an explicit environment.
- Every task pipes its partition through its own byline process, and Spark
  already runs one task per core: "-j 1" keeps byline from starting a
  thread per core inside every task.
- byline exits 2 when a line fails (it still writes that line's error
  record), so pipe() does not check the exit code; instead the output is
  counted against the input and a mismatch fails the run.

Local mode needs only `pip install pyspark` and Java 17+. On a cluster, give
--master and a --bin path that exists on every worker (or ship the binary
with --files and use ./byline); IN and OUT must then be paths every worker
can read (HDFS, S3, a shared file system), and OUT is a folder of part files
(--parts) rather than one file.
"""

import argparse
import os
import shlex
import shutil
import sys
import tempfile


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSON Lines input (one article per line)")
    ap.add_argument("output", help="JSON Lines output (one record per input line)")
    ap.add_argument("--bin", help="the byline binary (default: byline on PATH)")
    ap.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    ap.add_argument("--partitions", type=int, default=None,
                    help="minimum number of input partitions (default: Spark's choice)")
    ap.add_argument("--date", help="reference date YYYY-MM-DD for records without one")
    ap.add_argument("--parts", action="store_true",
                    help="write OUTPUT as a folder of part files (for clusters)")
    return ap.parse_args()


def find_binary(given):
    path = given or shutil.which("byline")
    if not path:
        sys.exit("spark_pipe: byline is not on PATH; give --bin /path/to/byline")
    path = os.path.abspath(path)
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        sys.exit(f"spark_pipe: {path} is not an executable file")
    return path


def main():
    args = parse_args()
    binary = find_binary(args.bin)
    command = [binary, "--input", "jsonl", "-j", "1", "-q"]
    if args.date:
        command += ["--date", args.date]
    # The piped process's whole environment: what byline needs and nothing
    # from the driver that could differ between machines.
    env = {"PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}

    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(args.master)
        .appName("byline-pipe")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        return run(spark.sparkContext, args, command, env)
    finally:
        spark.stop()


def uri(path):
    return path if "://" in path else "file://" + os.path.abspath(path)


def run(sc, args, command, env):
    lines = sc.textFile(uri(args.input), args.partitions)
    # byline skips blank lines; dropping them here keeps the count exact.
    articles = lines.filter(lambda line: line.strip() != "")
    records = articles.pipe(" ".join(shlex.quote(c) for c in command), env=env, checkCode=False)
    if args.parts:
        records.saveAsTextFile(uri(args.output))
        got, want = sc.textFile(uri(args.output)).count(), articles.count()
    else:
        parts = tempfile.mkdtemp(prefix="byline-spark-", dir=os.path.dirname(os.path.abspath(args.output)))
        try:
            records.saveAsTextFile(uri(os.path.join(parts, "out")))
            want = articles.count()
            got = concatenate(os.path.join(parts, "out"), args.output)
        finally:
            shutil.rmtree(parts, ignore_errors=True)
    if got != want:
        print(f"spark_pipe: {want} input lines but {got} records: byline failed in a task "
              f"(is {command[0]} runnable on the workers?)", file=sys.stderr)
        return 1
    print(f"spark_pipe: {got} records", file=sys.stderr)
    return 0


def concatenate(folder, output):
    """Join Spark's part files (in partition order = input order) into one file."""
    count = 0
    tmp = output + ".tmp"
    with open(tmp, "wb") as out:
        for name in sorted(n for n in os.listdir(folder) if n.startswith("part-")):
            with open(os.path.join(folder, name), "rb") as part:
                for line in part:
                    out.write(line)
                    count += 1
    os.replace(tmp, output)
    return count


if __name__ == "__main__":
    sys.exit(main())

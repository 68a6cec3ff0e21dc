#!/usr/bin/env bash
# Check that the scale-out recipes give the same records as one direct run.
#
#   examples/check_scale_out.sh [--bin PATH] [--records N] [--no-spark] [--no-parallel] [SOURCE]
#
# SOURCE is a .jsonl file ({"id","text","date"?} per line) or a folder of
# *.txt articles; by default the fixtures and test data of this repository,
# repeated with different ids and dates up to --records lines (default 600).
# Runs byline once directly, once under GNU parallel (--pipe, 50 lines per
# job) and once under PySpark (examples/spark_pipe.py, local mode), then
# compares the records by id: the same ids, each once, and byte-identical
# records apart from "line" (the line number within the piece a job got).
# Prints the record count, wall and CPU seconds of each run.
#
# Needs python3; GNU parallel (apt-get install parallel) and PySpark
# (pip install pyspark, Java 17+) for their parts. A missing tool is
# reported and its part skipped, unless --require names it.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=""
records=600
spark=1
par=1
require=""
source=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --no-spark) spark=0; shift ;;
    --no-parallel) par=0; shift ;;
    --require) require="$require $2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) source="$1"; shift ;;
  esac
done

if [ -z "$bin" ]; then
  cargo build --release --locked --quiet
  bin="$PWD/target/release/byline"
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
work="$(mktemp -d "${TMPDIR:-/tmp}/byline-scale-out.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 - "$work/in.jsonl" "$records" "$source" <<'PY'
import json, os, sys
out, want, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
items = []
if source.endswith(".jsonl"):
    with open(source, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(l if l.endswith("\n") else l + "\n" for l in lines)
    sys.exit(0)
if source:
    for root, dirs, files in os.walk(source):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    items.append((os.path.relpath(path, source), f.read()))
    want = len(items)
else:
    for name in sorted(os.listdir("fixtures")):
        if name.endswith(".txt"):
            with open(os.path.join("fixtures", name), encoding="utf-8") as f:
                items.append((name, f.read()))
    for data in ["gum_news_sample.jsonl", "golden_rules_en.jsonl", "golden_rules_en_extra.jsonl"]:
        with open(os.path.join("tests", "data", data), encoding="utf-8") as f:
            for i, line in enumerate(f):
                rec = json.loads(line)
                text = rec.get("text") or rec.get("input")
                if isinstance(text, str) and text.strip():
                    items.append((f"{data}:{rec.get('id', i)}", text))
with open(out, "w", encoding="utf-8") as f:
    for n in range(want):
        name, text = items[n % len(items)]
        rec = {"id": f"{name}#{n // len(items)}", "text": text}
        if n % 3:
            rec["date"] = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
# One bad line: every engine must pass its error record through too.
with open(out, "a", encoding="utf-8") as f:
    f.write('{"id": "bad-line", "txet": "no text field"}\n')
PY
lines=$(grep -c . "$work/in.jsonl")
mb=$(du -k "$work/in.jsonl" | cut -f1)
echo "input: $lines lines, ${mb} KB; byline: $bin"

# run NAME COMMAND...: run with stdout to $work/NAME.jsonl and note the exit
# code, wall seconds and CPU seconds (user+sys of all waited-for descendants).
run() {
  local name="$1"; shift
  python3 - "$work" "$name" "$@" <<'PY'
import resource, subprocess, sys, time
work, name, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
t0 = time.monotonic()
with open(f"{work}/{name}.jsonl", "wb") as out, open(f"{work}/{name}.err", "wb") as err:
    rc = subprocess.call(cmd, stdout=out, stderr=err)
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(f"{work}/times", "a") as f:
    f.write(f"{name} {rc} {wall:.3f} {ru.ru_utime + ru.ru_stime:.3f}\n")
if rc > 2:
    sys.stderr.write(f"{name}: exit {rc}\n" + open(f"{work}/{name}.err").read())
    sys.exit(1)
PY
}

ran=(direct)
run direct sh -c "'$bin' --input jsonl -q < '$work/in.jsonl'"

if [ "$par" = 1 ]; then
  if command -v parallel >/dev/null 2>&1; then
    # The recipe from the README: 50 lines per job, one byline per core.
    run parallel sh -c "parallel --pipe -N 50 --keep-order '$bin' --input jsonl -j 1 -q < '$work/in.jsonl'"
    ran+=(parallel)
  elif [[ " $require " == *" parallel "* ]]; then
    echo "GNU parallel is required but not installed (apt-get install parallel)" >&2; exit 1
  else
    echo "SKIP GNU parallel: not installed (apt-get install parallel)"
  fi
fi

if [ "$spark" = 1 ]; then
  if python3 -c 'import pyspark' 2>/dev/null && command -v java >/dev/null 2>&1; then
    # spark_pipe.py writes OUT itself; its stdout (Spark's chatter) is kept apart.
    run spark-log python3 examples/spark_pipe.py --bin "$bin" --partitions 4 "$work/in.jsonl" "$work/spark-out.jsonl"
    cp "$work/spark-out.jsonl" "$work/spark.jsonl"
    sed -i 's/^spark-log /spark /' "$work/times"
    ran+=(spark)
  elif [[ " $require " == *" spark "* ]]; then
    echo "PySpark is required but not importable (pip install pyspark; Java 17+)" >&2; exit 1
  else
    echo "SKIP Spark: pyspark or java missing (pip install pyspark; Java 17+)"
  fi
fi

python3 - "$work" "${ran[@]}" <<'PY'
import json, sys
work, names = sys.argv[1], sys.argv[2:]
times = {}
for line in open(f"{work}/times"):
    name, rc, wall, cpu = line.split()
    times[name] = (int(rc), float(wall), float(cpu))

def load(name):
    recs = {}
    with open(f"{work}/{name}.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            rec.pop("line", None)
            key = rec.get("id")
            if key in recs:
                sys.exit(f"{name}: id {key!r} twice (line {n})")
            recs[key] = json.dumps(rec, sort_keys=True, ensure_ascii=False)
    return recs

base = load("direct")
errors = sum('"error"' in r for r in base.values())
failed = False
for name in names:
    recs = base if name == "direct" else load(name)
    rc, wall, cpu = times[name]
    status = "ok"
    if name != "direct":
        missing = base.keys() - recs.keys()
        extra = recs.keys() - base.keys()
        differ = [k for k in base.keys() & recs.keys() if base[k] != recs[k]]
        if missing or extra or differ:
            failed = True
            status = f"DIFFERS: {len(missing)} missing, {len(extra)} extra, {len(differ)} different"
            for k in (sorted(missing) + sorted(extra) + sorted(differ))[:5]:
                status += f"\n    e.g. {k}"
        else:
            status = "identical to direct"
    print(f"{name:9} {len(recs):6} records ({errors} error)  exit {rc}  wall {wall:6.2f} s  "
          f"cpu {cpu:6.2f} s  {status}")
sys.exit(1 if failed else 0)
PY

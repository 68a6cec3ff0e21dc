#!/usr/bin/env bash
# Adversarial-input benchmark (issue 10): inputs that stall a batch job when
# a stage is not linear. Each family is generated at 1x, 4x and 16x its base
# size; for each size prints CPU time (user+sys), peak RSS, and the time
# ratio to the size before (linear: about 4; the target is at most 5).
#
#   benches/adversarial.sh [SCALE] [TIMEOUT_S]
#
# SCALE multiplies every base size (default 1); TIMEOUT_S caps one run
# (default 120; a capped run prints "timeout").
# Families:
#   caps      one run of the same capitalised word ("John John ...")
#   randcaps  one run of distinct capitalised words
#   dates     "on Monday " repeated in one sentence
#   people    many distinct people quoted, one line each:
#             X Y, a minister, said "..." Y added that he was in Paris.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
limit=${2:-120}
bin=${BYLINE:-target/release/byline}
[ -n "${BYLINE:-}" ] || cargo build --release --quiet
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gen() { # gen FAMILY UNITS > file
  python3 - "$1" "$2" <<'PY'
import random, sys
fam, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(7)
def name():
    return "".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(3)).capitalize()
if fam == "caps":
    print(" ".join(["John"] * n))
elif fam == "randcaps":
    print(" ".join(name() for _ in range(n)))
elif fam == "dates":
    print("on Monday " * n)
elif fam == "people":
    for _ in range(n):
        x, y = name(), name()
        print(f'{x} {y}, a minister, said "We will win this vote." {y} added that he was in Paris.')
PY
}

# Base sizes (units) per family, chosen so that 1x takes a fraction of a second.
declare -A base=([caps]=2000 [randcaps]=2000 [dates]=2500 [people]=2500)
printf '%-9s %5s %10s %9s %10s %7s\n' family size bytes cpu_s rss_kb ratio
for fam in caps randcaps dates people; do
  prev=""
  for mult in 1 4 16; do
    units=$(( ${base[$fam]} * mult * scale ))
    gen "$fam" "$units" > "$tmp/in.txt"
    bytes=$(wc -c < "$tmp/in.txt")
    if timeout "$limit" /usr/bin/time -f '%U %S %M' -o "$tmp/t" "$bin" "$tmp/in.txt" >/dev/null 2>&1; then
      read -r u s m < "$tmp/t"
      t=$(echo "$u + $s" | bc -l)
      ratio="-"
      if [ -n "$prev" ]; then ratio=$(echo "$prev" | awk -v t="$t" '{ if ($1 > 0) printf "%.1f", t/$1; else print "-" }'); fi
      printf '%-9s %4sx %10d %9.2f %10d %7s\n' "$fam" "$mult" "$bytes" "$t" "$m" "$ratio"
      prev=$t
    else
      printf '%-9s %4sx %10d %9s %10s %7s\n' "$fam" "$mult" "$bytes" timeout - -
      break
    fi
  done
done

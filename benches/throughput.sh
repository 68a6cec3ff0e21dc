#!/usr/bin/env bash
# Throughput benchmark (issue 10). Prints, for byline and for `wc -w` over
# the same bytes in the same run (so the ratio is stable on a busy machine):
#   - MB/s per core from CPU time (user+sys), one worker (-j 1), best of RUNS
#   - articles/s per core
#   - start-up to the first record of one article (CPU ms, mean of 50 runs)
#   - peak RSS over the corpus
#   - one 10 MB document (the corpus concatenated): CPU s and peak RSS
#
#   benches/throughput.sh [DIR] [RUNS]
#
# DIR defaults to ../shared/corpus/bbc when present (research-only data, never
# committed), else fixtures/. Speed targets live here, not in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-}
if [ -z "$dir" ]; then
  if [ -d ../shared/corpus/bbc ]; then dir=../shared/corpus/bbc; else dir=fixtures; fi
fi
runs=${2:-3}
bin=${BYLINE:-target/release/byline}
[ -n "${BYLINE:-}" ] || cargo build --release --quiet
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$dir" -name '*.txt' | sort > "$tmp/files"
files=$(wc -l < "$tmp/files")
tr '\n' '\0' < "$tmp/files" | xargs -0 cat > "$tmp/all.txt"
bytes=$(wc -c < "$tmp/all.txt")
mb=$(echo "$bytes/1000000" | bc -l)

# cpu CMD...: "user+sys seconds" and "peak RSS KB" of one run.
cpu() { /usr/bin/time -f '%U %S %M' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
        awk '{printf "%.3f %d\n", $1+$2, $3}' "$tmp/t"; }
best() { local b="" r=""; for _ in $(seq "$runs"); do read -r t m < <(cpu "$@")
           if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; r=$m; fi; done
         echo "$b $r"; }

read -r t_by rss_by < <(best "$bin" -q -j 1 "$dir")
read -r _ rss_wc < <(cpu wc -w "$tmp/all.txt")
# wc -w is too fast for /usr/bin/time's 10 ms resolution: time 20 runs with
# the shell's millisecond CPU clock and divide.
TIMEFORMAT='%U %S'
t_wc=$( { time (for _ in $(seq 20); do wc -w "$tmp/all.txt" >/dev/null; done) ; } 2>&1 | awk '{printf "%.4f", ($1+$2)/20}')
printf 'corpus: %s (%d articles, %.2f MB), CPU time, -j 1, best of %d\n' "$dir" "$files" "$mb" "$runs"
printf '%-8s %8.3f s  %7.2f MB/s per core  %8.0f articles/s  peak RSS %6d KB\n' \
  byline "$t_by" "$(echo "$mb/$t_by" | bc -l)" "$(echo "$files/$t_by" | bc -l)" "$rss_by"
printf '%-8s %8.3f s  %7.2f MB/s per core  %8.0f articles/s  peak RSS %6d KB\n' \
  "wc -w" "$t_wc" "$(echo "$mb/$t_wc" | bc -l)" "$(echo "$files/$t_wc" | bc -l)" "$rss_wc"
printf 'ratio: wc -w is %.1fx faster than byline\n' "$(echo "$t_by/$t_wc" | bc -l)"

# Start-up: one article of about 2.5 KB, CPU time per run.
one=$(while read -r f; do s=$(wc -c < "$f"); [ "$s" -ge 2000 ] && [ "$s" -le 3000 ] && { echo "$f"; break; }; done < "$tmp/files")
one=${one:-$(head -1 "$tmp/files")}
n=50
TIMEFORMAT='%U %S'
s=$( { time (for _ in $(seq $n); do "$bin" "$one" >/dev/null; done) ; } 2>&1 )
e=$( { time (for _ in $(seq $n); do true </dev/null; done) ; } 2>&1 )
printf 'start-up to first record of one article (%s, %d bytes): %.1f ms CPU\n' "$one" "$(wc -c < "$one")" \
  "$(echo "$s $e" | awk -v n=$n '{print (($1+$2)-($3+$4))*1000/n}')"
w=$( { time (for _ in $(seq $n); do wc -w "$one" >/dev/null; done) ; } 2>&1 )
printf 'start-up of wc -w on the same article: %.1f ms CPU\n' "$(echo "$w" | awk -v n=$n '{print ($1+$2)*1000/n}')"

# One big document: the corpus concatenated, cut to 10 MB.
big="$tmp/big.txt"
: > "$big"
while [ "$(wc -c < "$big")" -lt 10000000 ]; do cat "$tmp/all.txt" >> "$big"; done
head -c 10000000 "$big" > "$tmp/10mb.txt"
iconv -f utf-8 -t utf-8 -c "$tmp/10mb.txt" > "$big"
read -r t_big rss_big < <(cpu "$bin" "$big")
printf 'one 10 MB document: %.2f s CPU, peak RSS %d KB\n' "$t_big" "$rss_big"

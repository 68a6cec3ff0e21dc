#!/usr/bin/env bash
# Throughput benchmark: runs the release binary over a folder of articles
# and prints MB/s and articles/s (best of N runs), plus peak RSS.
#
#   benches/throughput.sh [DIR] [RUNS] [-- extra byline args]
#
# DIR defaults to ../shared/corpus/bbc when present (research-only data, never
# committed), else fixtures/. Speed targets live here, not in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-}
if [ -z "$dir" ]; then
  if [ -d ../shared/corpus/bbc ]; then dir=../shared/corpus/bbc; else dir=fixtures; fi
fi
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# )) || true
[ "${1:-}" = "--" ] && shift
cargo build --release --quiet
bin=target/release/byline
files=$(find "$dir" -name '*.txt' | wc -l)
bytes=$(find "$dir" -name '*.txt' -print0 | xargs -0 cat | wc -c)
best=""
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$bin" -q "$@" "$dir" >/dev/null || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
rss=""
if [ -x /usr/bin/time ]; then
  rss=$(/usr/bin/time -v "$bin" -q "$@" "$dir" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
fi
empty_start=$(date +%s.%N)
for _ in $(seq 20); do "$bin" </dev/null >/dev/null; done
empty_end=$(date +%s.%N)
printf 'corpus: %s (%d articles, %.2f MB)\n' "$dir" "$files" "$(echo "$bytes/1000000" | bc -l)"
printf 'best of %d: %.3f s  %.2f MB/s  %.0f articles/s\n' "$runs" "$best" \
  "$(echo "$bytes/1000000/$best" | bc -l)" "$(echo "$files/$best" | bc -l)"
[ -n "$rss" ] && printf 'peak RSS: %s KB\n' "$rss"
printf 'start-up on empty input: %.1f ms\n' "$(echo "($empty_end - $empty_start)*1000/20" | bc -l)"

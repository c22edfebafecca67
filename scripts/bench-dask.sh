#!/usr/bin/env bash
# Wall and CPU seconds of one `jdmatch analyze --format jsonl` against scripts/dask-analyze.py on a local cluster of
# 1 and 2 worker processes, over the same files; every driver output is checked to be the single run's bytes.
#
# Usage (from the project root, after make release and make test-dask, which makes the venv):
#   scripts/bench-dask.sh CORPUS [RUNS]      e.g. scripts/bench-dask.sh .build/corpora/mixed 5
# Prints each run (command, wall s, user s, system s, load average after), then the median wall and CPU time of each.
set -euo pipefail
corpus=${1:?usage: scripts/bench-dask.sh CORPUS [RUNS]}
runs=${2:-3}
python=${PYTHON:-.build/dask-venv/bin/python}
jdmatch=${JDMATCH:-.build/release/jdmatch}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" scripts/dask-analyze.py --list "$corpus" >"$work/list"
echo "$(wc -l <"$work/list") files in $corpus; $(nproc) cores"
measure() {
  local name=$1
  shift
  /usr/bin/time -f "$name %e %U %S" -o "$work/time" "$@" >"$work/out" 2>/dev/null
  echo "$(cat "$work/time") $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/times"
}
for _ in $(seq "$runs"); do
  measure single "$jdmatch" analyze --format jsonl --files-from "$work/list"
  mv "$work/out" "$work/single"
  for workers in 1 2; do
    measure "workers-$workers" "$python" scripts/dask-analyze.py --jdmatch "$jdmatch" --workers "$workers" \
      --files-from "$work/list"
    cmp -s "$work/out" "$work/single" || { echo "driver output differs from the single run" >&2; exit 1; }
  done
done
echo "median of $runs: wall s, CPU s (user + system, the driver and all it started)"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for name in single workers-1 workers-2; do
  wall=$(awk -v name="$name" '$1 == name { print $2 }' "$work/times" | median)
  cpu=$(awk -v name="$name" '$1 == name { print $3 + $4 }' "$work/times" | median)
  printf "%-10s %6.2f %6.2f\n" "$name" "$wall" "$cpu"
done

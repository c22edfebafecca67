#!/usr/bin/env bash
# make bench-matching: how well jdmatch ranks real postings for resumes (and resumes for postings),
# side by side with TF-IDF and BM25 on the same extracted text, in one run each:
#   1. the shared development set (../shared/benchmarks/matching-dev: 88 real postings, 5 real resumes,
#      the Vanetik human rankings);
#   2. the project's 34 original resumes (Benchmarks/resumes, labelled by family and level) against the
#      same 88 real postings. The shared scorer is run unchanged on a folder that pairs the shared
#      postings and labels with these resumes (symbolic links in a temporary folder).
# Usage: scripts/bench-matching.sh [path/to/jdmatch]
set -euo pipefail
cd "$(dirname "$0")/.."
JDMATCH="${1:-.build/release/jdmatch}"
SHARED="$(cd ../shared && pwd)"
DEV="$SHARED/benchmarks/matching-dev"
[ -x "$SHARED/bench/score-matching" ] || { echo "bench-matching: $SHARED/bench/score-matching not found" >&2; exit 2; }

echo "== 1. matching-dev (real postings, real resumes)"
"$SHARED/bench/score-matching" --jdmatch "$JDMATCH"

echo
echo "== 2. the project's resumes (Benchmarks/resumes) against the matching-dev postings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bench" "$work/benchmarks/matching-dev/resumes"
ln -s "$SHARED/bench/score-matching" "$work/bench/score-matching"
ln -s "$DEV/postings" "$work/benchmarks/matching-dev/postings"
ln -s "$DEV/vanetik" "$work/benchmarks/matching-dev/vanetik"
python3 - "$DEV/labels.json" Benchmarks/resumes/labels.json "$work/benchmarks/matching-dev/labels.json" <<'PY'
import json, sys
shared, own, out = sys.argv[1:4]
labels = json.load(open(shared))
labels.update(json.load(open(own)))
json.dump(labels, open(out, "w"), indent=1, sort_keys=True)
PY
for f in $(python3 -c "import json; print(' '.join(sorted(json.load(open('Benchmarks/resumes/labels.json')))))"); do
  ln -s "$PWD/Benchmarks/resumes/$f" "$work/benchmarks/matching-dev/resumes/$f"
done
"$work/bench/score-matching" --jdmatch "$JDMATCH"

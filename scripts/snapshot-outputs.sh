#!/usr/bin/env bash
# Writes every output of a jdmatch binary on the bundled fixtures into DIR, so two builds can be compared
# byte for byte (diff -r): rankings of the fixture postings for each fixture resume and of the fixture
# resumes for three postings (CSV, JSON, Markdown, table), `score` (JSON, Markdown, table, --explain),
# `analyze` of every posting (JSON, Markdown) and `extract` (JSON).
#
# Usage: scripts/snapshot-outputs.sh JDMATCH DIR   (run from the repository root)
set -uo pipefail
bin=${1:?usage: scripts/snapshot-outputs.sh JDMATCH DIR}
out=${2:?usage: scripts/snapshot-outputs.sh JDMATCH DIR}
mkdir -p "$out"
export JDMATCH_LEXICON="$PWD/Lexicons/cpo.yaml"
postings=(Fixtures/postings Fixtures/boards)
for resume in Fixtures/resumes/*.{md,txt,html,docx,pdf,json}; do
  [ -e "$resume" ] || continue
  name=$(basename "$resume")
  for format in csv json markdown table; do
    "$bin" rank --quiet --resume "$resume" "${postings[@]}" --format "$format" >"$out/rank-$name.$format" 2>&1
    echo "exit $?" >>"$out/rank-$name.$format"
  done
  "$bin" score --resume "$resume" Fixtures/postings/greenhouse-cpo-lumora.html --format json \
    >"$out/score-$name.json" 2>&1
  "$bin" score --resume "$resume" Fixtures/postings/greenhouse-cpo-lumora.html --explain \
    >"$out/score-$name.explain" 2>&1
done
for posting in Fixtures/postings/greenhouse-cpo-lumora.html Fixtures/postings/*nurse* Fixtures/postings/*engineer*; do
  [ -e "$posting" ] || continue
  name=$(basename "$posting")
  for format in csv json markdown; do
    "$bin" rank --quiet --posting "$posting" Fixtures/resumes --format "$format" >"$out/recruit-$name.$format" 2>&1
    echo "exit $?" >>"$out/recruit-$name.$format"
  done
done
for posting in Fixtures/postings/* Fixtures/boards/*; do
  name=$(basename "$posting")
  "$bin" analyze "$posting" --format json >"$out/analyze-$name.json" 2>&1
  "$bin" analyze "$posting" --format markdown >"$out/analyze-$name.md" 2>&1
  "$bin" extract "$posting" --format json >"$out/extract-$name.json" 2>&1
done
ls "$out" | wc -l

#!/usr/bin/env bash
# Times trafilatura (installed into a throw-away virtualenv from PyPI; not a project dependency) on the
# same corpus jdmatch-bench measures, extraction only, in one process, so the two throughputs can be
# compared side by side.
# Usage: scripts/bench-trafilatura.sh CORPUS_DIR
set -euo pipefail
corpus=${1:?usage: scripts/bench-trafilatura.sh CORPUS_DIR}
venv=${TRAFILATURA_VENV:-/tmp/jdmatch-trafilatura-venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q trafilatura lxml_html_clean
fi
"$venv/bin/python" - "$corpus" <<'PY'
import os, sys, time
import trafilatura
root = sys.argv[1]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs
               if f.endswith((".html", ".htm", ".txt")) and not f.startswith("."))
total = sum(os.path.getsize(f) for f in files)
start = time.perf_counter()
chars = 0
for path in files:
    with open(path, "rb") as handle:
        data = handle.read()
    chars += len(trafilatura.extract(data) or "")
seconds = time.perf_counter() - start
print(f"trafilatura {trafilatura.__version__}: {len(files)} files, {total / 1048576:.1f} MB in {seconds:.2f} s: "
      f"{total / 1048576 / seconds:.1f} MB/s, {len(files) / seconds:.0f} postings/s")
PY

#!/usr/bin/env bash
# Checks that the module table in README.md (between <!-- module-graph --> markers) lists, for each
# module, exactly the modules its Sources/ files import (Foundation and the C library left out).
# Exit 1 with the differences when they disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
table=$(sed -n '/<!-- module-graph -->/,/<!-- \/module-graph -->/p' README.md | grep '^| `')
[ -n "$table" ] || { echo "check-module-graph: no module table in README.md" >&2; exit 1; }
while IFS= read -r row; do
  module=$(echo "$row" | sed -E 's/^\| `([^`]+)`.*/\1/')
  listed=$(echo "$row" | awk -F'|' '{print $3}' | tr -d ' ' | sed 's/—//')
  actual=$({ grep -rhE '^(@testable )?import [A-Za-z0-9_]+' "Sources/$module" || true; } \
    | sed -E 's/^(@testable )?import //' | { grep -vxE 'Foundation|Glibc|Darwin|Dispatch' || true; } | sort -u \
    | paste -sd, -)
  if [ "$listed" != "$actual" ]; then
    echo "check-module-graph: README lists $module importing [$listed], Sources/$module imports [$actual]" >&2
    status=1
  fi
done <<<"$table"
exit $status

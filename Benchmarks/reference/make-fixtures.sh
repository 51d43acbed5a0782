#!/usr/bin/env bash
# Regenerates the scheduler reference vectors of Tests/PlenumSchedulingTests/Fixtures with
# py-fsrs and supermemo2 at the versions pinned in requirements.txt, into a temporary folder,
# and compares them byte for byte with the committed files (exit 1 when any differs).
#
#   Benchmarks/reference/make-fixtures.sh           # check
#   Benchmarks/reference/make-fixtures.sh --write   # replace the committed files
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../Tests/PlenumSchedulingTests/Fixtures"
venv="${PLENUM_REFERENCE_VENV:-$here/.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q fsrs==6.3.2 supermemo2==3.0.1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
gen() { "$venv/bin/python" "$here/fsrs_vectors.py" "$@"; }
gen --n 400 --seed 42 --compact --out "$out/fsrs6-default-seed42.jsonl"
gen --n 400 --seed 43 --configs mixed --compact --out "$out/fsrs6-mixed-seed43.jsonl"
gen --n 400 --seed 7 --configs mixed --compact --out "$out/fsrs6-mixed-seed7.jsonl"
gen --fuzz-table --n 100 --seed 0 --out "$out/fsrs6-fuzz-table.jsonl"
gen --sm2 --n 300 --seed 44 --out "$out/sm2-supermemo2-seed44.jsonl"
status=0
for file in "$out"/*.jsonl; do
  name="$(basename "$file")"
  if [ "${1:-}" = "--write" ]; then
    cp "$file" "$fixtures/$name"
    echo "wrote $name"
  elif cmp -s "$file" "$fixtures/$name"; then
    echo "same: $name"
  else
    echo "DIFFERS: $name"
    status=1
  fi
done
exit $status

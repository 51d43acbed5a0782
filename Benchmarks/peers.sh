#!/usr/bin/env bash
# Times plenum-bench against its peers (py-fsrs, orjson, fsrs-rs) on the same inputs and
# prints each of ours beside the peer's as a ratio, with the machine and the date.
# Needs python3 (with venv), swift and, once, network access for pip. Run from anywhere:
#   Benchmarks/peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

venv=Benchmarks/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check fsrs==6.3.2 fsrs-rs-python==0.9.3 orjson

swift build -c release --product plenum-bench
swift build -c release --product plenum   # the stats line runs the real binary
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "peers.sh: running plenum-bench fsrs-review log-fold stats" >&2
PLENUM_BENCH_LOG_DIR="$work/log" "$bin/plenum-bench" fsrs-review log-fold stats > "$work/ours.jsonl"

# The optimizer reference imports the shared simulator (fsrs_optimize_reference.py).
shared="${PLENUM_SHARED_TOOLS:-$(pwd)/Benchmarks/reference}"
optimizer_args=()
if [ -f "$shared/fsrs_optimize_reference.py" ]; then
  echo "peers.sh: fitting with fsrs-rs (optimizer_reference.py) and with plenum-bench optimize" >&2
  PLENUM_SHARED_TOOLS="$shared" "$venv/bin/python" Benchmarks/optimizer_reference.py \
    --cards 5000 --seed 1 --csv "$work/history.csv" --json "$work/reference.json" > /dev/null
  PLENUM_OPTIMIZER_CSV="$work/history.csv" PLENUM_OPTIMIZER_REFERENCE="$work/reference.json" \
    "$bin/plenum-bench" optimize >> "$work/ours.jsonl"
  optimizer_args=(--optimizer-json "$work/reference.json")
else
  echo "peers.sh: $shared/fsrs_optimize_reference.py not found (set PLENUM_SHARED_TOOLS); skipping the optimizer" >&2
fi

echo "peers.sh: timing the peers" >&2
echo "ours (plenum-bench JSON lines):"
cat "$work/ours.jsonl"
echo
"$venv/bin/python" Benchmarks/peers.py --ours "$work/ours.jsonl" --log-dir "$work/log" ${optimizer_args[@]+"${optimizer_args[@]}"}

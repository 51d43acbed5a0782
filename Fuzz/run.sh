#!/usr/bin/env bash
# Builds the libFuzzer targets with the one command that gives both coverage and ASan on
# Linux (see notes/swift-on-linux.md §3), seeds each target from the project's fixtures and
# runs it for SECONDS (default 60).
#
#   Fuzz/run.sh [SECONDS] [TARGET…]     TARGET: CorpusLoader DeckReader ReviewLog
#                                               AnswerChecker Arguments (default: all)
#   FUZZ_JOBS=2 Fuzz/run.sh 600         run two targets at a time
#
# Crashes, timeouts (-timeout=10) and out-of-memory inputs (-rss_limit_mb=2048) are kept in
# Fuzz/crashes/<target>/; the growing work corpora live in .build-fuzz/corpus/<target>/.
# Replay one input: .build-fuzz/debug/Fuzz<Target> Fuzz/crashes/<target>/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SECONDS_EACH=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then SECONDS_EACH=$1; shift; fi
ALL=(CorpusLoader DeckReader ReviewLog AnswerChecker Arguments)
TARGETS=("$@")
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=("${ALL[@]}")
for i in "${!TARGETS[@]}"; do
  t=${TARGETS[$i]#Fuzz}
  [[ " ${ALL[*]} " == *" $t "* ]] || { echo "run.sh: unknown target '$t'; choose from ${ALL[*]}" >&2; exit 64; }
  TARGETS[$i]=$t
done
JOBS=${FUZZ_JOBS:-1}
SCRATCH=.build-fuzz
WORK=$SCRATCH/corpus
LOGS=$SCRATCH/logs

# --- build -------------------------------------------------------------------------------
for t in "${TARGETS[@]}"; do
  echo "== building Fuzz$t"
  swift build -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -use-ld=lld --scratch-path "$SCRATCH" --product "Fuzz$t" 2>&1 |
    grep -E "error:|Build of product|Compiling Fuzz" || true
  [[ -x $SCRATCH/debug/Fuzz$t ]] || { echo "run.sh: Fuzz$t did not build" >&2; exit 1; }
done

# --- seeds -------------------------------------------------------------------------------
# Committed seeds (Fuzz/seeds/<target>/), the project's fixtures, and the regression inputs.
seed() {  # seed TARGET FILE…
  local dir=$WORK/$1; shift
  mkdir -p "$dir"
  for f in "$@"; do [[ -f $f ]] && cp "$f" "$dir/seed-$(basename "$f")"; done
  return 0
}
REG=Tests/PlenumKitTests/Fixtures/regressions
for t in "${TARGETS[@]}"; do
  seed "$t" Fuzz/seeds/"$t"/*
  case $t in
    CorpusLoader)
      seed "$t" Sources/PlenumCorpus/Resources/august-1956.yaml Tests/PlenumKitTests/Fixtures/corpora/*.yaml \
        "$REG"/corpus-*
      ;;
    DeckReader)
      # The shipped deck is 1.2 MB; a fuzzer mutating it would run a few inputs a second, so
      # it is cut into small decks (first N cards of each kind, and its names).
      seed "$t" "$REG"/deck-*
      python3 - "$WORK/$t" <<'PY'
import json, sys, collections
deck = json.load(open("decks/august-1956.json"))
by_kind = collections.defaultdict(list)
for card in deck["cards"]:
    by_kind[card["expected"]["type"]].append(card)
for kind, cards in by_kind.items():
    for n in (1, 3):
        small = dict(deck, cards=cards[:n], names=deck["names"][:20], id=f"fuzz-{kind}-{n}")
        with open(f"{sys.argv[1]}/seed-deck-{kind}-{n}.json", "w") as out:
            json.dump(small, out, indent=1, sort_keys=True, ensure_ascii=False)
PY
      ;;
    ReviewLog)
      # A generated log: reviews of real card ids in the encoder's exact format, an undo, an
      # unknown field, a future version and a torn last line.
      seed "$t" "$REG"/log-*
      python3 - "$WORK/$t" <<'PY'
import json, sys
deck = json.load(open("decks/august-1956.json"))
lines = []
for i, card in enumerate(deck["cards"][:12]):
    lines.append(json.dumps({"v": 1, "id": "%032x" % (i + 1), "card": card["id"], "deck": deck["id"],
        "at": "2026-09-%02dT09:%02d:00.%03dZ" % (1 + i % 28, i % 60, i), "rating": 1 + i % 4,
        "form": card["forms"][0], "answer": card["answer"], "verdict": ["correct", "close", "wrong", "skipped"][i % 4],
        "ms": 1000 * i}, ensure_ascii=False, separators=(",", ":")))
lines.append('{"v":1,"id":"%032x","undo":"%032x","at":"2026-09-30T10:00:00.000Z"}' % (99, 3))
lines.append(lines[0][:-1] + ',"mood":"calm"}')
lines.append('{"v":2,"id":"x"}')
with open(f"{sys.argv[1]}/seed-log-generated.jsonl", "w") as out:
    out.write("\n".join(lines) + "\n" + lines[1][:40])
with open(f"{sys.argv[1]}/seed-log-one.jsonl", "w") as out:
    out.write(lines[0] + "\n")
PY
      ;;
    AnswerChecker) seed "$t" "$REG"/answer-* ;;
    Arguments) seed "$t" "$REG"/args-* ;;
  esac
done

# --- run ---------------------------------------------------------------------------------
mkdir -p "$LOGS"
run_one() {
  local t=$1 max_len
  case $t in
    CorpusLoader) max_len=32768 ;;
    DeckReader) max_len=65536 ;;
    *) max_len=4096 ;;
  esac
  mkdir -p "Fuzz/crashes/$t"
  local rc=0 start
  start=$(date +%s)
  SWIFT_BACKTRACE=enable=no "$SCRATCH/debug/Fuzz$t" -max_total_time="$SECONDS_EACH" \
    -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="Fuzz/crashes/$t/" "$WORK/$t" >"$LOGS/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$LOGS/$t.rc"
  echo $(($(date +%s) - start)) >"$LOGS/$t.seconds"
}
echo "== fuzzing ${TARGETS[*]} for $SECONDS_EACH s each, $JOBS at a time (logs in $LOGS/)"
running=0
for t in "${TARGETS[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [[ $running -ge $JOBS ]]; then wait -n || true; running=$((running - 1)); fi
done
wait

# --- report ------------------------------------------------------------------------------
status=0
printf '%-14s %12s %9s %8s  %s\n' target executions exec/s seconds result
for t in "${TARGETS[@]}"; do
  log=$LOGS/$t.log
  rc=$(cat "$LOGS/$t.rc")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # A crash ends the run before the final stats: take the last status line instead.
  [[ -z $runs ]] && runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  time=$(cat "$LOGS/$t.seconds")
  artifacts=$(ls "Fuzz/crashes/$t" 2>/dev/null | wc -l)
  if [[ $rc -eq 0 ]]; then
    result="ok, no crash"
  else
    status=1
    what=$(grep -m1 -oE "ERROR: libFuzzer: [a-z-]+|Fatal error: .*|ERROR: AddressSanitizer: [a-z-]+" "$log" || true)
    result="FAILED rc $rc: ${what:-see $log}; $artifacts input(s) in Fuzz/crashes/$t/"
  fi
  printf '%-14s %12s %9s %8s  %s\n' "$t" "${runs:-?}" "${rate:-?}" "${time:-?}" "$result"
done
exit $status

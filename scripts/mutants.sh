#!/usr/bin/env bash
# Mutation probes (issue 14, item 2): each one-line mutation is applied in place, the suites
# that should notice it are run (a filtered `swift test`, since the whole suite is slow on
# this machine), and the file is restored — by a trap as well, so an interrupted run never
# leaves a mutant behind. Prints a table: mutation | caught? | by which test.
#
#   scripts/mutants.sh            # every mutation
#   scripts/mutants.sh a c        # only some, by letter
#
# Run from anywhere inside the package; needs a working `swift build --build-tests`.
set -euo pipefail
cd "$(dirname "$0")/.."

# letter | file | sed expression | suites (a --filter regex) | what it breaks
MUTANTS=(
  'a|Sources/PlenumCLI/Commands/Generate.swift|s/    options\.from = try from\.map/    options.from = nil; _ = try from.map/; s/    options\.to = try to\.map/    options.to = nil; _ = try to.map/|GenerateFilterTests|--from/--to filtering disabled (generate ignores the period)'
  'b|Sources/PlenumKit/Study/Verdict+SuggestedRating.swift|s/^    case \.close: \.hard$/    case .close: .again/|SuggestedRatingTests|SuggestedRatingRuleTests|PipedSessionTests|Close suggests Again instead of Hard'
  'c|Sources/PlenumKit/Study/FormChooser.swift|s/recallFromStability = 7\.0/recallFromStability = 700.0/|FormChooserTests|StudyQueueTests|recall (typed) form from 700 days of stability instead of 7'
  'd|Sources/PlenumKit/Stats/TrueRetention.swift|s/previous\.isInReview, lastDay != day else/previous.isInReview else/|LearnerStatsBuilderTests|first-review-of-the-day rule dropped, run against the stats suites'
  'e|Sources/PlenumKit/Stats/TrueRetention.swift|s/previous\.isInReview, lastDay != day else/previous.isInReview else/|ClassReportTests|ClassReportRetentionTests|the same rule dropped, run against the class-report suites only'
  'f|Sources/PlenumKit/Answering/AnswerChecker.swift|s/case \.\.<9: 1$/case ..<9: 2/|NameAnswerTableTests|AnswerCheckerTests|two typos allowed in names of 5 to 8 letters instead of one'
  'g|Sources/PlenumCLI/Commands/Report.swift|s/reading: reading, scheduling: scheduling\)/reading: reading, scheduling: nil)/|ReportStatsAgreementTests|report folds every student with default settings again'
  'h|Sources/PlenumScheduling/FSRSScheduler.swift|s/stabilityRange: StabilityRange = \.fsrs6/stabilityRange: StabilityRange = .pyFSRS/|MemoryModelAgreementTests|the scheduler uncapped again while the optimizer caps at 36,500 days'
)

BACKUP=""
TARGET=""
restore() {
  if [[ -n "$BACKUP" && -f "$BACKUP" ]]; then
    cp "$BACKUP" "$TARGET"
    rm -f "$BACKUP"
    BACKUP=""
  fi
}
trap restore EXIT
trap 'restore; exit 130' INT TERM

selected=("$@")
rows=()
log="$(mktemp -t plenum-mutants.XXXXXX)"
for entry in "${MUTANTS[@]}"; do
  IFS='|' read -r letter file expr rest <<<"$entry"
  # The last field is the description; everything between is the filter (it holds '|').
  description="${rest##*|}"
  filter="${rest%|*}"
  if ((${#selected[@]})) && [[ ! " ${selected[*]} " == *" $letter "* ]]; then continue; fi
  TARGET="$file"
  BACKUP="$(mktemp -t plenum-mutant-orig.XXXXXX)"
  cp "$file" "$BACKUP"
  if ! sed -i -E "$expr" "$file" || cmp -s "$file" "$BACKUP"; then
    rows+=("($letter) $description | NOT APPLIED (the sed failed or matched nothing) | –")
    restore
    continue
  fi
  echo "($letter) $description: building…" >&2
  if ! swift build --build-tests >"$log" 2>&1; then
    rows+=("($letter) $description | caught | by the compiler")
    restore
    continue
  fi
  echo "($letter) running swift test --filter '$filter'…" >&2
  swift test --skip-build --filter "$filter" >"$log" 2>&1 || true
  # "✘ Test name() failed after …" or, parameterized, "✘ Test name(_:) with 154 test cases failed".
  failed=$({ grep -oE '✘ Test [^ ]+( with [0-9]+ test cases)? failed' "$log" || true; } \
    | sed -E 's/✘ Test ([^ ]+).* failed/\1/' | sort -u | paste -sd ',' - | sed 's/,/, /g')
  if [[ -n "$failed" ]]; then
    rows+=("($letter) $description | caught | $failed")
  elif grep -q '✔ Test run with' "$log"; then
    rows+=("($letter) $description | NOT CAUGHT | – (filter: $filter)")
  else
    rows+=("($letter) $description | ? (no test ran; see $log) | –")
  fi
  restore
done
# Leave the build matching the restored sources.
swift build --build-tests >"$log" 2>&1 || echo "warning: the rebuild of the restored sources failed; see $log" >&2

echo "mutation | caught? | by which test"
echo "--- | --- | ---"
printf '%s\n' "${rows[@]}"

#!/usr/bin/env bash
# Runs the whole test suite under ThreadSanitizer and then AddressSanitizer, each in its own
# scratch folder, and prints one clear line per sanitizer. Exit status 0 only if both pass.
#
#   scripts/sanitizers.sh            both
#   scripts/sanitizers.sh thread     one of them (thread | address)
#
# Notes (notes/swift-on-linux.md §3): TSan reports make the run fail even when Swift Testing
# prints "passed", so the log is also searched for reports. ASan's leak checker flags leaks
# inside libXCTest, so XCTest is disabled (the suite uses Swift Testing only) and leak
# detection is off.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build-sanitizers
WHICH=("$@")
[[ ${#WHICH[@]} -eq 0 ]] && WHICH=(thread address)
status=0
declare -A RESULT
for sanitizer in "${WHICH[@]}"; do
  log=.build-sanitizers/$sanitizer.log
  start=$(date +%s)
  case $sanitizer in
    thread)
      # ThreadSanitizer holds back asynchronous signals until an instrumented point, and
      # readline waits in read(2), so Ctrl-C never reaches the handler in the pty test:
      # that one test is skipped here (it runs in every normal and ASan run).
      swift test --sanitize=thread --scratch-path .build-tsan \
        --skip controlCDropsTheLineBeingTypedAndKeepsTheSession >"$log" 2>&1
      ;;
    address)
      ASAN_OPTIONS=detect_leaks=0 swift test --sanitize=address --disable-xctest \
        --scratch-path .build-asan >"$log" 2>&1
      ;;
    *) echo "sanitizers.sh: unknown sanitizer '$sanitizer' (thread or address)" >&2; exit 64 ;;
  esac
  rc=$?
  took=$(($(date +%s) - start))
  reports=$(grep -cE "(WARNING|ERROR): (ThreadSanitizer|AddressSanitizer)" "$log")
  summary=$(grep -E "Test run with [0-9]+ tests" "$log" | tail -1)
  if [[ $rc -eq 0 && $reports -eq 0 ]]; then
    RESULT[$sanitizer]="PASS  ($took s) ${summary:-no Swift Testing summary}"
  else
    status=1
    RESULT[$sanitizer]="FAIL  rc $rc, $reports sanitizer report(s) ($took s) ${summary:-see $log}"
    grep -m3 -A8 -E "(WARNING|ERROR): (ThreadSanitizer|AddressSanitizer)" "$log" || tail -20 "$log"
  fi
  echo "$sanitizer: ${RESULT[$sanitizer]}   (log: $log)"
done
echo "== sanitizers"
for sanitizer in "${WHICH[@]}"; do echo "$sanitizer: ${RESULT[$sanitizer]}"; done
exit $status

#!/usr/bin/env bash
# Adds up the counters of .trx result files and prints the closing line "N passed, N failed, N skipped".
# Exits non-zero if any test failed or no test ran.
passed=0 failed=0 skipped=0
for f in "$@"; do
  [ -f "$f" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$f" | head -1)"
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); fl=$(get failed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${fl:-0})); skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

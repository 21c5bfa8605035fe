#!/usr/bin/env bash
# Sourced by scripts that need the emulator running.
#   start_emulator DIR  -> starts DIR/ZohoOdbc.Emulator.dll on a free loopback port; sets EMULATOR_PID, EMULATOR_URL
#   stop_emulator       -> stops it
start_emulator() {
  local dir="$1" out
  out="$(mktemp)"
  dotnet "$dir/ZohoOdbc.Emulator.dll" --port 0 > "$out" 2>&1 &
  EMULATOR_PID=$!
  for _ in $(seq 1 300); do
    EMULATOR_URL="$(sed -n 's/^Emulator listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$out" | head -1)"
    if [ -n "$EMULATOR_URL" ]; then rm -f "$out"; return 0; fi
    kill -0 "$EMULATOR_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "The emulator did not start:" >&2
  cat "$out" >&2
  return 1
}

stop_emulator() {
  if [ -n "${EMULATOR_PID:-}" ]; then
    kill "$EMULATOR_PID" 2>/dev/null || true
    wait "$EMULATOR_PID" 2>/dev/null || true
    EMULATOR_PID=""
  fi
}

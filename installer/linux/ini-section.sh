#!/usr/bin/env bash
# Helpers to replace or remove one [section] of an ini file in place, so registration is idempotent.
# Usage (sourced): ini_remove_section FILE NAME ; ini_put_section FILE NAME "key=value" ...

ini_remove_section() {
  local file="$1" name="$2"
  [ -f "$file" ] || return 0
  local tmp
  tmp="$(mktemp)"
  awk -v sec="[$name]" '
    /^[ \t]*\[/ { skipping = (tolower($0) == tolower(sec)) }
    !skipping { print }
  ' "$file" > "$tmp"
  cat "$tmp" > "$file"
  rm -f "$tmp"
}

ini_put_section() {
  local file="$1" name="$2"
  shift 2
  mkdir -p "$(dirname "$file")"
  touch "$file"
  ini_remove_section "$file" "$name"
  # Keep one blank line between sections.
  if [ -s "$file" ] && [ -n "$(tail -c1 "$file")" ]; then echo >> "$file"; fi
  { echo "[$name]"; for kv in "$@"; do echo "$kv"; done; echo; } >> "$file"
}

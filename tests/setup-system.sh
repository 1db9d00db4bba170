#!/usr/bin/env bash
# System packages the tests need, from Debian's packages when missing (needs root): Chromium for
# the end-to-end tests and audits, xmllint for validating schedule.xml, and the real client apps
# the exports are read back with: ConfClerk under Xvfb (with xwininfo and sqlite3), khal and
# python3-icalendar.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v confclerk >/dev/null 2>&1 || need+=(confclerk)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v khal >/dev/null 2>&1 || need+=(khal)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || need+=(python3-icalendar)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

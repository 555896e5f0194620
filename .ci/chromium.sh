#!/usr/bin/env bash
# Puts Debian's Chromium at /usr/bin/chromium for the browser tests (browser-test/), which drive it
# with playwright-core and never let Playwright download a browser of its own. Idempotent: does
# nothing when the binary is already there. Needs root (CI and the dev machines run as root).
set -euo pipefail

chromium_bin=/usr/bin/chromium

if [ -x "$chromium_bin" ]; then
  echo "chromium: $("$chromium_bin" --version 2>/dev/null || echo "present at $chromium_bin")"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "chromium: $chromium_bin is missing and installing it needs root (apt-get install chromium)" >&2
  exit 1
fi

echo "chromium: installing Debian's chromium package" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null

if [ ! -x "$chromium_bin" ]; then
  echo "chromium: apt-get finished but $chromium_bin is still missing" >&2
  exit 1
fi
echo "chromium: $("$chromium_bin" --version)"

#!/usr/bin/env bash
# Unpacks Debian's Firefox ESR 140 (still in bookworm main) into .cache/firefox-esr-140, or into
# $FIREFOX_ESR140_DIR, for the Firefox tier's second pass (scripts/firefox-tier.mjs). It installs
# nothing: `apt-get download` fetches the package and `dpkg-deb -x` unpacks it, so the system's own
# firefox-esr (the current ESR, whose libraries 140 shares) stays as it is. Does nothing when the
# folder already holds a Firefox 140.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dest="${FIREFOX_ESR140_DIR:-$PWD/.cache/firefox-esr-140}"
bin="$dest/usr/lib/firefox-esr/firefox-esr"
if [[ -x "$bin" ]] && "$bin" --version 2>/dev/null | grep -q ' 140\.'; then
  echo "Firefox ESR 140 is at $bin"
  exit 0
fi

as_root() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
esr140() { apt-cache madison firefox-esr | awk -F'|' '{ gsub(/ /, "", $2); print $2 }' | grep '^140\.' | head -n 1 || true; }

version="$(esr140)"
if [[ -z "$version" ]]; then
  as_root apt-get update
  version="$(esr140)"
fi
if [[ -z "$version" ]]; then
  echo "No firefox-esr 140 in apt's lists (apt-cache madison firefox-esr). It is in Debian bookworm main." >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chmod a+rwx "$tmp" # apt downloads as its own user, which must be able to write there
(cd "$tmp" && apt-get download "firefox-esr=$version")
rm -rf "$dest"
mkdir -p "$dest"
dpkg-deb -x "$tmp"/firefox-esr_*.deb "$dest"
"$bin" --version

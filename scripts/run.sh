#!/usr/bin/env bash
# Installs what is missing, builds, and opens the window on a demo event made
# from the Palacio de Hierro template with 50 sample attendees.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh

install_dependencies
configure_build
cmake --build build --target taller-abierto taller-abierto-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: set DISPLAY (or run under Xvfb) to see the window." >&2
  echo "Without a window, try: build/app/taller-abierto-cli new /tmp/demo.taller --sample-attendees 50" >&2
  exit 1
fi
# --demo opens the demo event, making it on first use from the Palacio de
# Hierro template with 50 fictional attendees.
exec build/app/taller-abierto --demo "$@"

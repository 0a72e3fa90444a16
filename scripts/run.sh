#!/usr/bin/env bash
# Installs what is missing, builds, and opens the window on a demo event made
# from the Palacio de Hierro template with 50 sample attendees.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dependencies.sh

install_dependencies
configure_build
cmake --build build --target taller-abierto taller-abierto-cli

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/taller-abierto"
demo="$data_dir/demo.taller"
mkdir -p "$data_dir"
if [ ! -f "$demo" ]; then
  build/app/taller-abierto-cli new "$demo" --template palacio-de-hierro --sample-attendees 50
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: set DISPLAY (or run under Xvfb) to see the window." >&2
  echo "The demo event is at $demo; try: build/app/taller-abierto-cli info \"$demo\"" >&2
  exit 1
fi
exec build/app/taller-abierto "$demo" "$@"

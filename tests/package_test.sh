#!/usr/bin/env bash
# Builds the Debian package, checks its control fields and contents, unpacks
# it into a scratch root and runs the CLI from there.
set -euo pipefail
build_dir="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

fields=$(dpkg-deb -f "$deb")
for want in "Package: taller-abierto" "libqt6sql6-sqlite" "fonts-dejavu-core" "libqt6widgets6" "Architecture: amd64"; do
  grep -q "$want" <<< "$fields" || { echo "control fields lack: $want"; echo "$fields"; exit 1; }
done

contents=$(dpkg-deb -c "$deb")
for want in ./usr/bin/taller-abierto ./usr/bin/taller-abierto-cli \
            ./usr/share/applications/io.github.tallerabierto.TallerAbierto.desktop \
            ./usr/share/metainfo/io.github.tallerabierto.TallerAbierto.metainfo.xml \
            ./usr/share/mime/packages/taller-abierto.xml \
            ./usr/share/icons/hicolor/48x48/apps/io.github.tallerabierto.TallerAbierto.png \
            ./usr/share/icons/hicolor/scalable/apps/io.github.tallerabierto.TallerAbierto.svg; do
  grep -q " $want\$" <<< "$contents" || { echo "package lacks $want"; exit 1; }
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.tallerabierto.TallerAbierto.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.tallerabierto.TallerAbierto.metainfo.xml" > "$work/appstream.log" 2>&1 \
  || { cat "$work/appstream.log"; exit 1; }
grep -q "MimeType=application/x-taller-abierto;" "$root/usr/share/applications/io.github.tallerabierto.TallerAbierto.desktop"
grep -q 'glob pattern="\*.taller"' "$root/usr/share/mime/packages/taller-abierto.xml"

export QT_QPA_PLATFORM=offscreen
"$root/usr/bin/taller-abierto-cli" --version
"$root/usr/bin/taller-abierto-cli" new "$work/event.taller" --sample-attendees 5 > /dev/null
"$root/usr/bin/taller-abierto-cli" info "$work/event.taller" --json | grep -q '"attendees": 5'
"$root/usr/bin/taller-abierto" --help > /dev/null
echo "1 passed, 0 failed"

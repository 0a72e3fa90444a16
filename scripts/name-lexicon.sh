#!/bin/sh
# Regenerates resources/names/name-lexicon.tsv from the npm package
# @faker-js/faker (MIT). Needs node and npm. Usage: scripts/name-lexicon.sh [VERSION]
set -eu
version=${1:-10.6.0}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@faker-js/faker@$version" >/dev/null && tar xzf faker-js-faker-*.tgz)
node "$here/scripts/name-lexicon.mjs" "$work/package" > "$here/resources/names/name-lexicon.tsv"
wc -l "$here/resources/names/name-lexicon.tsv"

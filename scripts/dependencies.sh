# Sourced by run.sh and test.sh: installs the Debian 12 packages the build,
# the tests and the window need, when they are missing.

TALLER_PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev libxkbcommon-dev
  libquazip1-qt6-dev
  catch2 ccache
  libsodium-dev
  fonts-dejavu-core
  libqrencode-dev
  libpoppler-qt6-dev libnss3-dev libssl-dev
  qt6-websockets-dev libsqlite3-dev
  poppler-utils zbar-tools openssl libnss3-tools
  sqlite3 python3 python3-cryptography
  dpkg-dev desktop-file-utils appstream shared-mime-info
  clang libclang-rt-14-dev
  chromium chromium-driver python3-selenium
)

install_dependencies() {
  local missing=()
  local package
  for package in "${TALLER_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ccache, where installed, makes a rebuild after a checkout cheap; paths are
# taken relative to the checkout, so that a clone elsewhere (CI's) finds the
# same objects.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
compiler_launcher() {
  if command -v ccache >/dev/null 2>&1; then echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"; fi
}

configure_build() {
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release $(compiler_launcher) >/dev/null
}

#!/usr/bin/env bash
# Tillsyn developer entry point (Debian 12, run as root or with sudo available).
#   scripts/dev.sh run    install what is missing, build, start the app on a demo database
#   scripts/dev.sh test   install what is missing, build with -Werror, run every test
#   scripts/dev.sh asan   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/dev.sh bench  build and print the benchmark figures
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev qt6-translations-l10n
  libqt6sql6-sqlite libgl1-mesa-dev libsqlite3-dev libsodium-dev
  catch2 xvfb xauth poppler-utils qpdf fonts-dejavu-core
  apache2 apache2-utils openssl
  nginx libnginx-mod-http-dav-ext lighttpd lighttpd-mod-webdav rclone zlib1g-dev
  dpkg-dev file help2man desktop-file-utils appstream
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local preset=$1
  cmake --preset "$preset"
  cmake --build --preset "$preset"
}

case "${1:-}" in
  run)
    install_missing
    build release
    db=build/demo.db
    build/release/app/cli/tillsyn-cli init --demo --db "$db"
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
      exec build/release/app/desktop/tillsyn --db "$db" "${@:2}"
    else
      echo "No display found: starting under a virtual X server (xvfb-run)."
      exec xvfb-run -a build/release/app/desktop/tillsyn --db "$db" "${@:2}"
    fi
    ;;
  test)
    install_missing
    build release
    QT_QPA_PLATFORM=offscreen ctest --preset release
    ;;
  asan)
    install_missing
    build asan
    QT_QPA_PLATFORM=offscreen ctest --preset asan
    ;;
  bench)
    install_missing
    build release
    build/release/tests/bench/tillsyn-bench search 100000
    xvfb-run -a build/release/tests/bench/tillsyn-bench startup 100000
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|asan|bench" >&2
    exit 2
    ;;
esac

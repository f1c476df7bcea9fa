#!/usr/bin/env bash
# Tillsyn developer entry point (Debian 12, run as root or with sudo available).
#   scripts/dev.sh run    install what is missing, build, start the app on a demo database
#   scripts/dev.sh test   install what is missing, build with -Werror (build/dev, at -O1), run
#                         every test
#   scripts/dev.sh asan   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/dev.sh bench  build (build/release, at -O2) and print the benchmark figures
#   scripts/dev.sh package  build the .deb (build/package, at -O2, -Werror) and check it as
#                         installed (files, metadata, hardening)
#   scripts/dev.sh core   build core, tillsyn-cli and their tests without the desktop program
#   scripts/dev.sh screens [BUILD_DIR]
#                         screenshots of every page and dialog in Swedish at 1366×768, read back
#                         by OCR (tesseract, swe+eng); lists English UI words per picture, exit 1
#                         if any (its packages are SCREENS_PACKAGES, not part of `deps`)
#   scripts/dev.sh deps   print the Debian packages this project installs, one a line
#   scripts/dev.sh depcheck [BUILD_DIR]
#                         fail if the build used a file from a package outside the closure of
#                         `deps` (a package installed by hand would otherwise hide a missing one)
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
  postgresql libqt6sql6-psql libpq-dev
  qt6-image-formats-plugins webp
)

# Only for `screens`: a second reader of the Swedish screenshots. Not in PACKAGES, so neither
# `deps`, the CI image nor depcheck's closure grows by an OCR engine.
SCREENS_PACKAGES=(tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng imagemagick)

# install_missing [PACKAGE…]: those given, else PACKAGES.
install_missing() {
  local missing=() wanted=("$@")
  ((${#wanted[@]})) || wanted=("${PACKAGES[@]}")
  for p in "${wanted[@]}"; do
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

# The Depends/Pre-Depends closure of PACKAGES (no Recommends: we install without them).
closure() {
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${PACKAGES[@]}" 2>/dev/null | grep -v '^ ' | tr -d '<>' | sort -u
}

# Every file the build used: headers (ninja's dependency log), CMake package configuration files
# (the *_DIR entries of the cache) and the shared libraries the executables load (ldd).
used_files() {
  local dir=$1
  ninja -C "$dir" -t deps 2>/dev/null | sed -n 's/^    \(\/usr\/.*\)/\1/p'
  sed -n 's/^[A-Za-z0-9_]*_DIR:PATH=\(\/.*\)$/\1/p' "$dir/CMakeCache.txt" | while read -r d; do
    ls "$d"/*[Cc]onfig.cmake 2>/dev/null | head -n 1
  done
  find "$dir" -type f -executable \( -name 'tillsyn*' -o -name '*_tests' \) -print0 |
    xargs -0 -r ldd 2>/dev/null | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p'
}

# For each file (one a line): "FILE<TAB>CANDIDATE" lines, in order of preference: the path as
# given, with /usr added or removed (Debian 12 merges /lib into /usr/lib, while dpkg records the
# path a package shipped), and with its links resolved. One of them is in dpkg's lists.
candidates() {
  local files=$1
  paste <(cat <<<"$files") <(cat <<<"$files")
  paste <(cat <<<"$files") <(sed -e 's,^/usr/,/,;t' -e 's,^/,/usr/,' <<<"$files")
  paste <(cat <<<"$files") <(xargs -r -d '\n' readlink -m <<<"$files")
}

depcheck() {
  local dir=${1:-build/release} bad=0
  [[ -f $dir/CMakeCache.txt ]] || { echo "depcheck: no build in $dir" >&2; return 2; }
  local -A allowed=() reported=() ownerOf=()
  while read -r p; do allowed[$p]=1; done < <(closure)
  local files
  files=$(used_files "$dir" | xargs -r realpath -m -s | sort -u)
  echo "depcheck: $(wc -l <<<"$files") files used by the build, ${#allowed[@]} packages allowed"
  # dpkg's file lists searched once for every candidate path (dpkg -S per file takes minutes).
  local cands line f c
  cands=$(candidates "$files")
  while IFS= read -r line; do
    local list=${line%%.list:*}
    list=${list##*/}
    ownerOf[${line#*.list:}]=${list%%:*}
  done < <(cut -f2 <<<"$cands" | grep -F -x -H -f - /var/lib/dpkg/info/*.list)
  local -A pkgOf=()
  while IFS=$'\t' read -r f c; do
    [[ -z ${pkgOf[$f]:-} && -n ${ownerOf[$c]:-} ]] && pkgOf[$f]=${ownerOf[$c]}
  done <<<"$cands"
  while read -r f; do
    [[ -n $f ]] || continue
    local pkg=${pkgOf[$f]:-}
    if [[ -z $pkg ]]; then
      echo "depcheck: $f belongs to no Debian package" >&2
      bad=1
    elif [[ -z ${allowed[$pkg]:-} && -z ${reported[$pkg]:-} ]]; then
      echo "depcheck: the build used $f from $pkg, which scripts/dev.sh does not install" >&2
      reported[$pkg]=1
      bad=1
    fi
  done <<<"$files"
  ((bad == 0)) && echo "depcheck: every file the build used comes from the packages of scripts/dev.sh"
  return $bad
}

build() {
  local preset=$1
  shift
  cmake --preset "$preset"
  cmake --build --preset "$preset" "$@"
}

# The .deb as a user's machine gets it: its control data, its files, the desktop entry and
# AppStream metadata validated, the executables hardened and run from an extracted tree.
package_check() {
  local deb tree
  deb=$(ls build/package/tillsyn_*_amd64.deb)
  tree=$(mktemp -d)
  # A failing check ends the script, not just this function (expanded now: $tree is local).
  trap "rm -rf '$tree'" EXIT
  dpkg-deb -I "$deb" | tee "$tree/control.txt"
  local depends
  depends=$(sed -n 's/^ Depends: //p' "$tree/control.txt")
  for p in libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins qt6-image-formats-plugins libqt6widgets6 libqt6core6 \
           libsodium23 libc6; do
    [[ ",$depends," == *[\ ,]$p[\ ,\(]* ]] || { echo "package: Depends lacks $p" >&2; return 1; }
  done
  dpkg-deb -c "$deb" | tee "$tree/files.txt"
  for f in ./usr/bin/tillsyn ./usr/bin/tillsyn-cli \
           ./usr/share/applications/se.tillsyn.Tillsyn.desktop \
           ./usr/share/icons/hicolor/scalable/apps/tillsyn.svg \
           ./usr/share/metainfo/se.tillsyn.Tillsyn.metainfo.xml \
           ./usr/share/man/man1/tillsyn-cli.1.gz; do
    grep -q " $f\$" "$tree/files.txt" || { echo "package: $f missing" >&2; return 1; }
  done
  if grep -E ' \./usr/(bin|lib)/.*(_tests|bench|child)' "$tree/files.txt"; then
    echo "package: carries test programs" >&2
    return 1
  fi
  dpkg-deb -x "$deb" "$tree/root"
  desktop-file-validate "$tree/root/usr/share/applications/se.tillsyn.Tillsyn.desktop"
  appstreamcli validate --no-net "$tree/root/usr/share/metainfo/se.tillsyn.Tillsyn.metainfo.xml"
  # (Each output is read whole before grep: with pipefail, `grep -q` ending a pipe early would
  # turn a match into readelf's SIGPIPE.)
  local out
  out=$(zcat "$tree/root/usr/share/man/man1/tillsyn-cli.1.gz")
  grep -q '^\.SS visit start' <<<"$out" || { echo "package: the man page lacks the commands" >&2; return 1; }
  for exe in tillsyn tillsyn-cli; do
    local bin=$tree/root/usr/bin/$exe
    out=$(readelf -h "$bin")
    grep -q 'Type:.*DYN' <<<"$out" || { echo "package: $exe is not PIE" >&2; return 1; }
    out=$(readelf -d "$bin")
    grep -q 'BIND_NOW' <<<"$out" || { echo "package: $exe lacks BIND_NOW" >&2; return 1; }
    out=$(readelf -l "$bin")
    grep -q 'GNU_RELRO' <<<"$out" || { echo "package: $exe lacks RELRO" >&2; return 1; }
    out=$(readelf -W --dyn-syms "$bin")
    grep -q '__stack_chk_fail' <<<"$out" ||
      { echo "package: $exe lacks the stack protector" >&2; return 1; }
  done
  # Fortified libc calls show in a binary only where a buffer's size is known at compile time,
  # so the build's own commands are checked instead: every file compiled with them.
  out=$(grep '"command"' build/package/compile_commands.json | grep -v -- '-D_FORTIFY_SOURCE=2' || true)
  if [[ -n $out ]]; then
    echo "package: a file was compiled without _FORTIFY_SOURCE" >&2
    return 1
  fi
  QT_QPA_PLATFORM=offscreen "$tree/root/usr/bin/tillsyn-cli" init --demo --db "$tree/x.db"
  out=$(QT_QPA_PLATFORM=offscreen "$tree/root/usr/bin/tillsyn-cli" facilities --db "$tree/x.db")
  [[ $(wc -l <<<"$out") -ge 60 ]] || { echo "package: tillsyn-cli lists no demo facilities" >&2; return 1; }
  out=$(QT_QPA_PLATFORM=offscreen "$tree/root/usr/bin/tillsyn" --help)
  grep -q -- '--db' <<<"$out" || { echo "package: tillsyn --help says nothing of --db" >&2; return 1; }
  echo "package: $deb checked"
}

# Words of the program's English UI that have no place in a Swedish session (whole words, any
# case; none of them is also a Swedish word, and none as short as "No", which OCR makes of the
# edge of a table cell).
SCREENS_ENGLISH=(Cancel Close Open Save File Edit Help Settings Yes Search Visit Visits Report
  Merge Statistics Facility Facilities Checklist Checklists Inspector Deviation Deviations Share
  Sync Conflicts Rejected Fees Planning Publish Chart Table Item Items Answered Unanswered Finish
  Reopen Office Delete Remove Add New Print Show Update Refresh Compare Summary Comment Photo
  Photos Signature Draft Waiting Failed Cancelled Name Address City Phone Date Hours Year Month
  Next Previous Back Choose Folder Password User Warning Error Rate Checked Category Case Number
  Spent Remaining Control Time Guidance Section Title Outcome Reason Left Right Keep Resolve
  Apply Undo Redo Quit Shortcuts Handbook Keys Where What Everywhere Runner Down)

# Screenshots in Swedish at 1366×768 (desktop_tests "[.screens]"), each read by tesseract at twice
# its size; prints per picture the English words found.
screens() {
  local dir=${1:-build/dev} out bad=0 png words
  if [[ $dir == build/dev ]]; then build dev --target desktop_tests; else
    cmake --build "$dir" --target desktop_tests -- -j2; fi
  out=$dir/screens
  rm -rf "$out" && mkdir -p "$out"
  TILLSYN_SCREENSHOT_DIR=$PWD/$out QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
    "$dir/tests/desktop_tests" "[.screens]" >"$out/log.txt" 2>&1 ||
    { cat "$out/log.txt" >&2; return 1; }
  for png in "$out"/*.png; do
    convert "$png" -resize 200% "$out/ocr.png"
    # Paths, file names and ids are data, not UI text (/tmp/…/office.db, visit-1a55….json).
    words=$(tesseract "$out/ocr.png" - -l swe+eng 2>/dev/null | tr -s ' \t' '\n' |
      grep -v -e '[/0-9]' -e '\.[[:alpha:]]' |
      grep -owiF -f <(printf '%s\n' "${SCREENS_ENGLISH[@]}") | sort -fu | tr '\n' ' ' || true)
    if [[ -n $words ]]; then
      echo "screens: ${png##*/}: $words"
      bad=1
    fi
  done
  rm -f "$out/ocr.png"
  echo "screens: $(ls "$out"/*.png | wc -l) pictures in $out"
  ((bad == 0)) && echo "screens: no English words found"
  return $bad
}

# ccache (when installed) shares objects between build folders of one clone.
export CCACHE_BASEDIR=$PWD

case "${1:-}" in
  run)
    install_missing
    build dev
    db=build/demo.db
    build/dev/app/cli/tillsyn-cli init --demo --db "$db"
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
      exec build/dev/app/desktop/tillsyn --db "$db" "${@:2}"
    else
      echo "No display found: starting under a virtual X server (xvfb-run)."
      exec xvfb-run -a build/dev/app/desktop/tillsyn --db "$db" "${@:2}"
    fi
    ;;
  test)
    install_missing
    build dev
    QT_QPA_PLATFORM=offscreen ctest --preset dev
    ;;
  asan)
    install_missing
    build asan
    QT_QPA_PLATFORM=offscreen ctest --preset asan
    ;;
  screens)
    install_missing
    install_missing "${SCREENS_PACKAGES[@]}"
    screens "${2:-build/dev}"
    ;;
  deps)
    printf '%s\n' "${PACKAGES[@]}"
    ;;
  depcheck)
    depcheck "${2:-build/dev}"
    ;;
  package)
    # At -O2 as Debian builds (build/dev is at -O1), with -Werror: some warnings need -O2.
    install_missing
    build package --target package
    package_check
    ;;
  core)
    # Core, tillsyn-cli and their tests without the desktop (no Widgets, Charts, QtKeychain).
    install_missing
    cmake -S . -B build/core -G Ninja -DCMAKE_BUILD_TYPE=Release -DTILLSYN_WERROR=ON \
      -DTILLSYN_DESKTOP=OFF
    cmake --build build/core -j2
    QT_QPA_PLATFORM=offscreen ctest --test-dir build/core -j2 --output-on-failure
    if grep -qE 'Qt6(Widgets|Charts|Keychain)_DIR:PATH=/' build/core/CMakeCache.txt; then
      echo "core: the build without the desktop looked for desktop packages" >&2
      exit 1
    fi
    ;;
  bench)
    install_missing
    # Figures of the optimisation users get (-O2), not of build/dev's -O1.
    build release --target tillsyn tillsyn-cli tillsyn-bench
    build/release/tests/bench/tillsyn-bench search 100000
    xvfb-run -a build/release/tests/bench/tillsyn-bench startup 100000
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|asan|bench|package|core|screens|deps|depcheck [BUILD_DIR]" >&2
    exit 2
    ;;
esac

# Shared by ./scripts/run and ./scripts/check: Debian packages, the virtual environment, the package.
# Sourced, not run. Set WA_DEB_PACKAGES before sourcing; WA_EXTRAS names the pip extras.

set -euo pipefail

WA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WA_VENV=${WEBINAR_ARCHIVE_VENV:-"$WA_ROOT/.venv"}

wa_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

wa_missing_debs() {
    local pkg missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    echo "${missing[@]:-}"
}

wa_install_debs() {
    command -v dpkg-query >/dev/null || { wa_say "Not a Debian/Ubuntu system: install the equivalents of: $*"; return 0; }
    local missing
    missing=$(wa_missing_debs "$@")
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo="sudo"
            wa_say "Installing Debian packages (sudo will ask for your password): $missing"
        else
            wa_say "Please install these Debian packages as root, then run this again:"
            echo "    apt-get install $missing" >&2
            exit 1
        fi
    else
        wa_say "Installing Debian packages: $missing"
    fi
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null 2>&1 || {
        $sudo apt-get update -q >/dev/null
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
    }
}

wa_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    wa_say "Python 3.11 or newer is needed (Debian 12: apt-get install python3 python3-venv)."
    exit 1
}

wa_venv() {
    local python stamp
    python=$(wa_python)
    if [ ! -x "$WA_VENV/bin/python" ]; then
        wa_say "Creating the virtual environment in $WA_VENV"
        "$python" -m venv "$WA_VENV" || {
            wa_install_debs python3-venv
            "$python" -m venv "$WA_VENV"
        }
    fi
    # One stamp per set of extras, keyed by pyproject.toml: the checks' install (with the test
    # extra) also satisfies the app's, so the two commands do not reinstall each other.
    local hash extras
    hash=$(sha256sum "$WA_ROOT/pyproject.toml" | cut -c1-16)
    extras=${WA_EXTRAS:-none}
    stamp="$WA_VENV/.installed-$extras"
    if [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ] ||
        { [ "$extras" = none ] && [ "$(cat "$WA_VENV/.installed-test" 2>/dev/null)" = "$hash" ]; }; then
        return 0
    fi
    wa_say "Installing Webinar Archive and its Python dependencies (first time: a few minutes)"
    "$WA_VENV/bin/python" -m pip install -q --upgrade pip
    local target="$WA_ROOT"
    [ "$extras" != none ] && target="$WA_ROOT[$extras]"
    "$WA_VENV/bin/python" -m pip install -q -e "$target"
    echo "$hash" >"$stamp"
}

# The app's translations: .qm files compiled from resources/i18n/*.ts with PySide6's lrelease
# (an installed wheel carries them built; a checkout builds them here, and again after a change).
wa_translations() {
    local ts qm stale=""
    for ts in "$WA_ROOT"/resources/i18n/*.ts; do
        qm="${ts%.ts}.qm"
        [ "$qm" -nt "$ts" ] || stale=1
    done
    [ -z "$stale" ] && return 0
    "$WA_VENV/bin/python" -m webinar_archive.translations build >/dev/null
}

# Qt's runtime libraries and VLC 3 (architecture.md lists why each is there).
WA_RUN_DEBS=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libvlc5 vlc-plugin-base
    vlc-plugin-video-output)
# What the checks add: a virtual display, PDF tools, media tools, a PostgreSQL server, and
# TrueType fonts for the scripts DejaVu lacks (briefs fall back to them: CJK, Thai, Devanagari).
WA_CHECK_DEBS=(xvfb xauth x11-utils poppler-utils qpdf ffmpeg postgresql desktop-file-utils appstream
    fonts-noto-core fonts-wqy-zenhei espeak-ng pocketsphinx-testdata)

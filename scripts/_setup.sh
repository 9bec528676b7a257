# Shared first-run setup for scripts/run and scripts/test. Source it; do not run it.
#
# After sourcing: Qt's system libraries are present (installed with apt-get when we are root),
# the repository's .venv exists with nnviz installed editable with its test extras,
# $NNVIZ_ROOT is the repository and $VENV_PY the venv's Python. The working directory is left
# as it was. Every step is skipped when already done, so a second run costs well under a second.

NNVIZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 1

# Debian/Ubuntu packages a bare headless machine lacks for Qt (PySide6 wheels bundle Qt itself,
# not these). fonts-dejavu-core matters most quietly: without any font every glyph is an empty box.
NNVIZ_APT_PACKAGES="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 fonts-dejavu-core"
NNVIZ_SONAMES="libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libglib-2.0.so.0 libfontconfig.so.1 libfreetype.so.6 libdbus-1.so.3 libX11.so.6"

nnviz_say() { echo "nnviz setup: $*" >&2; }

# Prints what is missing, space-separated; prints nothing when all is there.
nnviz_missing_system_libs() {
    # ldconfig lives in /sbin, which is not on a normal user's PATH on Debian.
    local ldconfig cache missing="" so
    ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
    [ -x "$ldconfig" ] || return 0  # not a glibc Linux (macOS, ...): nothing we know to check
    cache=$("$ldconfig" -p 2>/dev/null)
    for so in $NNVIZ_SONAMES; do
        case "$cache" in *"$so "*) ;; *) missing="$missing $so" ;; esac
    done
    # Any font fontconfig knows will do; without fc-list, look for the DejaVu files themselves.
    if ! { command -v fc-list >/dev/null && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; } &&
        [ ! -d /usr/share/fonts/truetype/dejavu ]; then
        missing="$missing fonts"
    fi
    echo "${missing# }"
}

nnviz_system_setup() {
    local missing packages
    missing=$(nnviz_missing_system_libs)
    [ -z "$missing" ] && return 0
    packages=$NNVIZ_APT_PACKAGES
    if ! command -v apt-get >/dev/null; then
        nnviz_say "missing system libraries for Qt ($missing); install them with your package manager" \
            "(on Debian/Ubuntu: apt-get install -y --no-install-recommends $packages)"
        return 0  # not Debian: warn and try anyway, the names differ per distribution
    fi
    if [ "$(id -u)" != 0 ]; then
        echo "nnviz: missing $missing; run: sudo apt-get update && sudo apt-get install -y --no-install-recommends $packages" >&2
        exit 1
    fi
    nnviz_say "installing system packages for Qt (missing: $missing)"
    nnviz_apt_install $packages
}

# apt-get update + install, quietly; errors still show. Exits when it fails.
nnviz_apt_install() {
    # DEBIAN_FRONTEND: CI has no terminal to answer configuration questions on.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null ||
        { nnviz_say "apt-get failed; run it by hand: apt-get install -y --no-install-recommends $*"; exit 1; }
}

nnviz_venv_setup() {
    local stamp=.venv/.nnviz-installed  # touched after a successful install
    # No stamp: never installed, or a half-made or copied venv. Rebuild unless pip runs in it.
    if [ ! -e "$stamp" ] && ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
        python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
            { nnviz_say "Python 3.10 or newer is needed as python3"; exit 1; }
        nnviz_say "creating .venv (first run; this takes a minute or two)"
        if ! python3 -m venv --clear .venv >/dev/null 2>&1; then
            # Debian ships venv's pip bootstrap (ensurepip) apart, in python3-venv.
            if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
                nnviz_apt_install python3-venv
            fi
            python3 -m venv --clear .venv ||
                { echo "nnviz: python3 -m venv failed; run: sudo apt-get install -y python3-venv" >&2; exit 1; }
        fi
    fi
    # Install when never done, or when pyproject.toml (the dependency list) changed since.
    if [ ! -e "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        nnviz_say "installing nnviz and its dependencies into .venv"
        .venv/bin/python -m pip install -q -e ".[test]" || { nnviz_say "pip install failed"; exit 1; }
        touch "$stamp"
    fi
}

# True when no screen is reachable: Linux without X11 or Wayland. (macOS and Windows have one.)
nnviz_headless() {
    [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]
}

nnviz_system_setup
(cd "$NNVIZ_ROOT" && nnviz_venv_setup) || exit 1
VENV_PY=$NNVIZ_ROOT/.venv/bin/python

# Shared first-run setup for scripts/run and scripts/test. Source it; do not run it.
#
# After sourcing: Qt's system libraries are present (installed with apt-get when we are root),
# the repository's .venv exists with nnviz installed editable with its test extras,
# $NNVIZ_ROOT is the repository and $VENV_PY the venv's Python. The working directory is left
# as it was. Every step is skipped when already done, so a second run costs well under a second.
# Quiet unless something fails: apt's and pip's chatter is kept in a log shown only on failure.
# Every command printed as a hint works on a fresh machine (apt-get update comes first).

NNVIZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 1

# Debian/Ubuntu packages a bare headless machine lacks for Qt (PySide6 wheels bundle Qt itself,
# not these). fonts-dejavu-core matters most quietly: without any font every glyph is an empty box.
NNVIZ_APT_PACKAGES="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 fonts-dejavu-core"
NNVIZ_SONAMES="libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libglib-2.0.so.0 libfontconfig.so.1 libfreetype.so.6 libdbus-1.so.3 libX11.so.6"
# What Qt's xcb plugin (a real window on X11, and under xvfb-run) loads on top of those: the
# libraries libqxcb.so and libQt6XcbQpa.so name (objdump -p … | grep NEEDED). Checked with the
# set above, before the venv exists, so that a person meets one setup stop, not two. The Debian
# package of each is derived by nnviz_package_for.
NNVIZ_XCB_SONAMES="libxcb.so.1 libX11-xcb.so.1 libxkbcommon-x11.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-util.so.1 libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-randr.so.0 libxcb-render-util.so.0 libxcb-render.so.0 libxcb-shm.so.0 libxcb-sync.so.1 libxcb-xfixes.so.0 libxcb-shape.so.0 libxcb-xkb.so.1"

nnviz_say() { echo "nnviz setup: $*" >&2; }

# The sonames of the list "$@" that the dynamic linker cannot find, space-separated.
nnviz_missing_sonames() {
    # ldconfig lives in /sbin, which is not on a normal user's PATH on Debian.
    local ldconfig cache missing="" so
    ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
    [ -x "$ldconfig" ] || return 0  # not a glibc Linux (macOS, ...): nothing we know to check
    cache=$("$ldconfig" -p 2>/dev/null)
    for so in "$@"; do
        case "$cache" in *"$so "*) ;; *) missing="$missing $so" ;; esac
    done
    echo "${missing# }"
}

# Prints what offscreen Qt lacks, space-separated; prints nothing when all is there.
nnviz_missing_system_libs() {
    local missing
    missing=$(nnviz_missing_sonames $NNVIZ_SONAMES)
    # Any font fontconfig knows will do; without fc-list, look for the DejaVu files themselves.
    if ! { command -v fc-list >/dev/null && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; } &&
        [ ! -d /usr/share/fonts/truetype/dejavu ]; then
        missing="$missing fonts"
    fi
    echo "${missing# }"
}

# The Debian packages of the xcb sonames given, sorted, space-separated.
nnviz_packages_for() {
    local so
    for so in "$@"; do nnviz_package_for "$so"; done | sort -u | tr '\n' ' ' | sed 's/ $//'
}

nnviz_has_sudo() { command -v sudo >/dev/null; }

# The one line that installs "$@" on a fresh Debian/Ubuntu machine for a person who is not
# root: with sudo when there is one, otherwise as root through su (Debian 13's minimal image
# has no sudo).
nnviz_root_hint() {
    if nnviz_has_sudo; then
        echo "run: $(nnviz_apt_hint sudo "$@")"
    else
        echo "run as root: su -c '$(nnviz_apt_hint "" "$@")'"
    fi
}

# True when python3 can make a venv with pip in it. Debian ships ensurepip apart, in
# python3-venv, which a minimal install (Debian 12 and 13 alike) lacks.
nnviz_has_ensurepip() { python3 -c 'import ensurepip' >/dev/null 2>&1; }

# Prints python3-venv when .venv still has to be made and python3 cannot make it; else nothing.
nnviz_venv_missing() {
    [ -e "$NNVIZ_ROOT/.venv/.nnviz-installed" ] && return 0
    "$NNVIZ_ROOT/.venv/bin/python" -m pip --version >/dev/null 2>&1 && return 0
    command -v python3 >/dev/null || return 0  # nnviz_venv_setup says what Python is needed
    nnviz_has_ensurepip || echo python3-venv
}

# The system's part of the setup, all checked in one go: Qt's libraries, and python3-venv when
# .venv has yet to be made. $1 says what is about to run:
#   none       a command that loads no Qt (lessons, train, --version, ...): Qt is not checked
#   offscreen  the tests, a screenshot: offscreen Qt must work; a real window may come later
#   window     a real window now
# Root (on a machine with apt) gets whatever is missing installed, the window's set too. Anyone
# else is stopped at most once, by one line naming everything missing, a window's libraries
# included, so that no second stop follows; with "offscreen", what only a window needs is not a
# reason to stop, and with "none" only python3-venv is.
nnviz_system_setup() {
    local need=${1:-offscreen} missing="" xcb_missing="" venv packages="" why
    venv=$(nnviz_venv_missing)
    if [ "$need" != none ] || [ -n "$venv" ]; then
        missing=$(nnviz_missing_system_libs)
        [ "$(uname -s)" = Linux ] && xcb_missing=$(nnviz_missing_sonames $NNVIZ_XCB_SONAMES)
    fi
    case "$need" in  # a reason to act now?
        none) [ -n "$venv" ] || return 0 ;;
        offscreen) [ -n "$venv$missing" ] || { [ -n "$xcb_missing" ] && [ "$(id -u)" = 0 ]; } || return 0 ;;
        window) [ -n "$venv$missing$xcb_missing" ] || return 0 ;;
    esac
    # Root installs Qt's libraries only for a command that loads Qt.
    [ "$need" = none ] && [ "$(id -u)" = 0 ] && { missing=""; xcb_missing=""; }
    [ -n "$missing$xcb_missing" ] && packages="$NNVIZ_APT_PACKAGES $(nnviz_packages_for $NNVIZ_XCB_SONAMES)"
    missing=$(echo $missing $xcb_missing)
    if ! command -v apt-get >/dev/null; then
        [ -z "$missing" ] && return 0  # nnviz_venv_setup says what failed
        nnviz_say "missing system libraries for Qt ($missing); install them with your package manager" \
            "(on Debian/Ubuntu: $(nnviz_apt_hint "" $packages))"
        return 0  # not Debian: warn and try anyway, the names differ per distribution
    fi
    packages=$(echo $venv $packages)
    if [ "$(id -u)" != 0 ]; then
        why="Qt needs system libraries this machine lacks ($missing)"
        if [ -n "$venv" ]; then
            why="python3 cannot make a venv without python3-venv"
            [ -n "$missing" ] && why="$why, and Qt needs system libraries this machine lacks ($missing)"
        fi
        echo "nnviz: $why; $(nnviz_root_hint $packages)" >&2
        exit 1
    fi
    if [ -n "$missing" ]; then
        nnviz_say "installing system packages for Qt (missing: $(echo $missing $venv))"
    else
        nnviz_say "installing python3-venv (python3 cannot make a venv without it)"
    fi
    nnviz_apt_install $packages
}

# The command that installs packages on a fresh Debian/Ubuntu machine (empty package lists too).
nnviz_apt_hint() {
    local sudo="${1:+$1 }"
    shift
    echo "${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends $*"
}

# apt-get update + install, quietly: its output (debconf's "delaying package configuration"
# included, which goes to stderr) is shown only when it fails. Exits when it fails.
nnviz_apt_install() {
    local log status
    log=$(mktemp) || exit 1
    # DEBIAN_FRONTEND: CI has no terminal to answer configuration questions on.
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; } >"$log" 2>&1
    status=$?
    if [ "$status" != 0 ]; then
        cat "$log" >&2
        rm -f "$log"
        nnviz_say "apt-get failed; run it by hand: $(nnviz_apt_hint "" "$@")"
        exit 1
    fi
    rm -f "$log"
}

# --- Qt's xcb platform (a real window on X11, and under xvfb-run) ----------------------------
# The offscreen libraries above are not enough for a real window: Qt's xcb plugin needs
# libxcb-cursor0, libxkbcommon-x11-0 and friends, and aborts ("xcb-cursor0 or libxcb-cursor0 is
# needed to load the Qt xcb platform plugin", exit 134) without them. Asking the plugin itself
# (ldd) finds exactly what is missing on any machine.
nnviz_xcb_plugin() {
    local p
    for p in "$NNVIZ_ROOT"/.venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so; do
        [ -e "$p" ] && { echo "$p"; return 0; }
    done
    return 1
}

# The sonames libqxcb.so (and what it loads) cannot find, space-separated.
nnviz_xcb_missing() {
    local plugin
    plugin=$(nnviz_xcb_plugin) || return 0
    command -v ldd >/dev/null || return 0
    ldd "$plugin" 2>/dev/null | awk '/not found/ { print $1 }' | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# The Debian package holding a soname: libxcb-cursor.so.0 -> libxcb-cursor0,
# libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (a dash when the name ends in a digit).
nnviz_package_for() {
    local so=$1 base ver
    case "$so" in
        libglib-2.0.so.*|libgobject-2.0.so.*|libgthread-2.0.so.*) echo libglib2.0-0; return ;;
    esac
    base=${so%%.so.*}
    ver=${so##*.so.}
    ver=${ver%%.*}
    case "$base" in
        *[0-9]) echo "$base-$ver" | tr '[:upper:]' '[:lower:]' ;;
        *) echo "$base$ver" | tr '[:upper:]' '[:lower:]' ;;
    esac
}

# Install (as root with apt) or name what the xcb plugin lacks. With "required" (a window will
# open), a non-root user is stopped with the command to run; otherwise nothing is said.
nnviz_xcb_setup() {
    local required=${1:-} missing packages="" so stamp="$NNVIZ_ROOT/.venv/.nnviz-xcb-ok"
    [ "$(uname -s)" = Linux ] || return 0
    [ -e "$stamp" ] && return 0
    missing=$(nnviz_xcb_missing)
    if [ -z "$missing" ]; then
        nnviz_xcb_plugin >/dev/null && touch "$stamp"
        return 0
    fi
    for so in $missing; do packages="$packages $(nnviz_package_for "$so")"; done
    packages=$(echo $packages | tr ' ' '\n' | sort -u | tr '\n' ' ' | sed 's/ $//')
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        nnviz_say "installing Qt's libraries for a real window (missing: $missing)"
        nnviz_apt_install $packages
        [ -z "$(nnviz_xcb_missing)" ] && touch "$stamp"
        return 0
    fi
    local how
    if command -v apt-get >/dev/null; then
        how=$(nnviz_root_hint $packages)
    else
        how="install them with your package manager (Debian/Ubuntu names: $packages)"
    fi
    if [ -n "$required" ]; then
        echo "nnviz: a window needs libraries Qt's xcb platform lacks ($missing); $how" >&2
        exit 1
    fi
    # Tests and screenshots render offscreen: stay quiet (the real-window test's skip says why).
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
            python3 -m venv --clear .venv >/dev/null ||
                { echo "nnviz: python3 -m venv failed; $(nnviz_root_hint python3-venv)" >&2; exit 1; }
        fi
    fi
    # Install when never done, or when pyproject.toml (the dependency list) changed since.
    if [ ! -e "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        nnviz_say "installing nnviz and its dependencies into .venv"
        local log
        log=$(mktemp) || exit 1
        # pip's own chatter (e.g. its warning about running as root) only when it fails.
        if ! .venv/bin/python -m pip install -q -e ".[test]" >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            nnviz_say "pip install failed; run it by hand: .venv/bin/python -m pip install -e \".[test]\""
            exit 1
        fi
        rm -f "$log"
        rm -f .venv/.nnviz-xcb-ok  # a new PySide6 may need other libraries
        touch "$stamp"
    fi
}

# True when no screen is reachable: Linux without X11 or Wayland. (macOS and Windows have one.)
nnviz_headless() {
    [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]
}

# What a run of nnviz with arguments "$@" needs of Qt (see nnviz_system_setup): none for the
# command-line tools, which load no Qt at all; offscreen for a screenshot, or for a window on a
# platform other than xcb; window for a real window on X11 or under xvfb-run.
nnviz_qt_need() {
    local need=window arg
    case "${1:-}" in
        lessons | train | check | predict | export) echo none; return ;;
    esac
    for arg in "$@"; do
        case "$arg" in
            -h | --help | --version | --install-desktop | --uninstall-desktop) echo none; return ;;
            --screenshot*) need=offscreen ;;
        esac
    done
    if [ "$need" = window ]; then
        case "${QT_QPA_PLATFORM:-xcb}" in
            xcb*) ;;
            *) need=offscreen ;;
        esac
    fi
    echo "$need"
}

# tests/test_setup_script.py (and scripts/run, before it decides) load the functions alone.
[ -n "${NNVIZ_SETUP_FUNCTIONS_ONLY:-}" ] && return 0

# NNVIZ_NEEDS_QT: none, offscreen (the default: scripts/test) or window (scripts/run decides).
nnviz_system_setup "${NNVIZ_NEEDS_QT:-offscreen}"
(cd "$NNVIZ_ROOT" && nnviz_venv_setup) || exit 1
VENV_PY=$NNVIZ_ROOT/.venv/bin/python
# The installed plugin itself, asked with ldd: a safety net for a Qt that needs a library the list
# above lacks. A window stops here (with the command that installs it); tests only want to know.
if [ "${NNVIZ_NEEDS_QT:-offscreen}" = window ]; then
    nnviz_xcb_setup required
elif [ "${NNVIZ_NEEDS_QT:-offscreen}" = offscreen ]; then
    nnviz_xcb_setup
fi

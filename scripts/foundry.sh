# Sourced by the scripts: resolves Foundry's real binaries inside node_modules.
#
# The npm packages' launchers (node_modules/.bin/forge, ...) always exit 0, whatever the tool
# returned, so a failing `forge test` or `forge fmt --check` would pass through them unnoticed.
# Scripts call the platform package's binary directly.

foundry_bin() {
  local tool=$1 os arch path
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) os=win32 ;;
  esac
  case "$(uname -m)" in
    aarch64 | arm64) arch=arm64 ;;
    *) arch=amd64 ;;
  esac
  path="node_modules/@foundry-rs/$tool-$os-$arch/bin/$tool"
  if [ ! -x "$path" ]; then
    echo "$tool not found at $path: run 'npm install' first" >&2
    return 1
  fi
  printf '%s\n' "$path"
}

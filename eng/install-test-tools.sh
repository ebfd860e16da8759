#!/usr/bin/env bash
# Installs the outside judges the conformance tests (tests/Mesh.Sdk.Conformance.Tests) run:
#   1. the npm schema packages pinned in tests/Mesh.Sdk.Conformance.Tests/schema/package.json
#      (npm install; no lockfile: the folder's .npmrc says package-lock=false);
#   2. Debian's python3-yaml (PyYAML, a YAML 1.1 reader) for /usr/bin/python3.
# The test project's build calls this script (MSBuild target InstallConformanceTestTools);
# it is also safe to run by hand. On success it writes
# tests/Mesh.Sdk.Conformance.Tests/schema/node_modules/.mesh-sdk-conformance.stamp.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schema_dir="$repo_root/tests/Mesh.Sdk.Conformance.Tests/schema"
stamp="$schema_dir/node_modules/.mesh-sdk-conformance.stamp"

fail() { echo "install-test-tools: error: $*" >&2; exit 1; }

# --- 1. npm packages -------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || fail "node is not on PATH. Install Node.js (20 or later) to run the schema conformance tests."
command -v npm >/dev/null 2>&1 || fail "npm is not on PATH. Install npm to run the schema conformance tests."
echo "install-test-tools: npm install in $schema_dir"
(cd "$schema_dir" && npm install --no-audit --no-fund --loglevel=error) \
  || fail "npm install failed in $schema_dir (registry access is needed once, to install the pinned schema packages)."

# --- 2. PyYAML for /usr/bin/python3 ----------------------------------------------------------
python=/usr/bin/python3
has_pyyaml() { [ -x "$python" ] && "$python" -c 'import yaml' >/dev/null 2>&1; }
if ! has_pyyaml; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-test-tools: installing python3-yaml (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || fail "apt-get update failed."
    apt-get install -y -qq python3-yaml >/dev/null || fail "apt-get install -y python3-yaml failed."
    has_pyyaml || fail "python3-yaml was installed but '$python -c \"import yaml\"' still fails."
  else
    fail "$python cannot 'import yaml'. Install Debian's python3-yaml as root: 'apt-get update && apt-get install -y python3-yaml' (this script does so itself when run as root on a Debian-based system)."
  fi
fi

mkdir -p "$(dirname "$stamp")"
{
  echo "node $(node --version)"
  echo "pyyaml $("$python" -c 'import yaml; print(yaml.__version__)')"
} > "$stamp"
echo "install-test-tools: done"

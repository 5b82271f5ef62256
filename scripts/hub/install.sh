#!/usr/bin/env bash
# What scripts/hub/run_hub.py needs, from the project's files and Debian's and npm's registries only:
# Chromium and its driver (Debian packages: no browser downloads), configurable-http-proxy (npm, into
# $HUB_NODE, default /tmp/mcl-hub/node), and the `hub` extra (jupyterhub, selenium) in .venv.
# Run as root from the repository root. The extra goes into .venv only when pip's dry run shows it changes
# no installed version (others may be using that venv); otherwise into $HUB_NODE/../python, which
# run_hub.py puts on PYTHONPATH for the hub and its single-user servers only.
set -euo pipefail
cd "$(dirname "$0")/../.."
HUB_NODE=${HUB_NODE:-/tmp/mcl-hub/node}
PY=.venv/bin/python

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

if [ ! -x "$HUB_NODE/node_modules/.bin/configurable-http-proxy" ]; then
    mkdir -p "$HUB_NODE"
    npm install --prefix "$HUB_NODE" configurable-http-proxy
fi

# "Would install a-1.0 b-2.0": an upgrade or downgrade names a package that is installed already.
would=$($PY -m pip install --dry-run -e ".[hub]" | sed -n 's/^Would install //p')
changed="" new=""
for spec in $would; do
    name=${spec%-*}
    [ "$name" = model-compression-labs ] && continue
    if $PY -m pip show -q "$name" >/dev/null 2>&1; then changed="$changed $spec"; else new="$new $spec"; fi
done
if [ -z "$changed$new" ]; then
    echo "the hub extra is installed"
elif [ -z "$changed" ]; then
    $PY -m pip install -e ".[hub]"
else
    echo "pip would change installed versions ($changed ); installing the hub extra beside the venv instead"
    $PY -m pip install --target "$(dirname "$HUB_NODE")/python" "jupyterhub>=5.2" "selenium>=4.20"
fi

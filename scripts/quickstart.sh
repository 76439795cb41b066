#!/usr/bin/env bash
# Install kg into .venv and run it on the built-in example releases:
# a store, a query result, a map and a Turtle export, in about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e ".[test]"
rm -rf example-out && mkdir -p example-out
.venv/bin/kg build examples/releases --store example-out/store
.venv/bin/kg query events --store example-out/store
.venv/bin/kg viz --store example-out/store -o example-out/map.html
.venv/bin/kg export --store example-out/store --format turtle -o example-out/graph.ttl
echo
echo "Map: example-out/map.html   Turtle: example-out/graph.ttl   Store: example-out/store"
echo "Try: .venv/bin/kg queries    .venv/bin/kg show 'Song Hyun-soo' --store example-out/store"

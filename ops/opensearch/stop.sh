#!/usr/bin/env bash
# Stops every OpenSearch node these scripts started (single node and cluster), by pid file.
# Usage: stop.sh [NODE_INDEX...]   (no argument = all nodes)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
nodes=("$@")
if (( ${#nodes[@]} == 0 )); then nodes=(0 1 2 3); fi
for n in "${nodes[@]}"; do
  pidfile="$(os_node_dir "$n")/opensearch.pid"
  [[ -f "$pidfile" ]] || continue
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping node-$n (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then say "node-$n still alive, SIGKILL"; kill -9 "$pid"; fi
  fi
  rm -f "$pidfile"
done
say "stopped"

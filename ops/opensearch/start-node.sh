#!/usr/bin/env bash
# Starts one OpenSearch node in the background as the unprivileged user.
# Usage: start-node.sh INDEX HTTP_PORT TRANSPORT_PORT MODE
#   MODE = single (discovery.type single-node) or cluster (3 nodes on 9301-9303).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
index="$1" http="$2" transport="$3" mode="$4"
dir="$(os_node_dir "$index")"
pidfile="$dir/opensearch.pid"
if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  say "node-$index already running (pid $(cat "$pidfile")) on port $http"; exit 0
fi
mkdir -p "$dir/config" "$dir/data" "$dir/logs"
# Each node gets its own config dir (copied once) so nodes never share data or settings.
cp -n "$OS_HOME"/config/* "$dir/config/" 2>/dev/null || true
{
  echo "cluster.name: khabar-$mode"
  echo "node.name: node-$index"
  echo "network.host: 127.0.0.1"
  echo "http.port: $http"
  echo "transport.port: $transport"
  echo "path.data: $dir/data"
  echo "path.logs: $dir/logs"
  if [[ "$mode" == single ]]; then
    echo "discovery.type: single-node"
  else
    echo "discovery.seed_hosts: [\"127.0.0.1:9301\", \"127.0.0.1:9302\", \"127.0.0.1:9303\"]"
    echo "cluster.initial_cluster_manager_nodes: [\"node-1\", \"node-2\", \"node-3\"]"
  fi
  # The disk watermarks would otherwise block writes on a nearly-full CI disk.
  echo "cluster.routing.allocation.disk.threshold_enabled: false"
} > "$dir/config/opensearch.yml"
sed -i -E "s/^-Xms.*/-Xms$OS_HEAP/; s/^-Xmx.*/-Xmx$OS_HEAP/" "$dir/config/jvm.options"
chown -R "$OS_USER" "$dir"
say "starting node-$index ($mode) http 127.0.0.1:$http transport $transport heap $OS_HEAP"
runuser -u "$OS_USER" -- env OPENSEARCH_JAVA_HOME="$(os_java_home)" OPENSEARCH_PATH_CONF="$dir/config" \
  "$OS_HOME/bin/opensearch" -d -p "$pidfile" >"$dir/logs/stdout.log" 2>&1
say "node-$index pid $(cat "$pidfile" 2>/dev/null || echo '?')"

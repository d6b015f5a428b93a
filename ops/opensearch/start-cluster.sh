#!/usr/bin/env bash
# Three OpenSearch nodes on 127.0.0.1:9201-9203 (transport 9301-9303). Installs first if needed.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$OS_OPS/install.sh"
for n in 1 2 3; do bash "$OS_OPS/start-node.sh" "$n" "920$n" "930$n" cluster; done
os_wait_health 9201 green "${OS_WAIT:-300}" 3
curl -fsS "http://127.0.0.1:9201/_cat/nodes?v" || true
echo "export KHABAR_OPENSEARCH_URL=http://127.0.0.1:9201,http://127.0.0.1:9202,http://127.0.0.1:9203"

#!/usr/bin/env bash
# One OpenSearch node on 127.0.0.1:9200 (transport 9300). Installs first if needed.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$OS_OPS/install.sh"
bash "$OS_OPS/start-node.sh" 0 9200 9300 single
os_wait_health 9200 yellow "${OS_WAIT:-180}"
echo "export KHABAR_OPENSEARCH_URL=http://127.0.0.1:9200"

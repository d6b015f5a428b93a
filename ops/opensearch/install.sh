#!/usr/bin/env bash
# Installs OpenSearch (integ-test zip from Maven Central) + the analysis-common module
# (Arabic analysis) under ops/opensearch/dist/. Idempotent: does nothing if already done.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if ! id "$OS_USER" >/dev/null 2>&1; then
  say "creating unprivileged user $OS_USER (OpenSearch refuses to run as root)"
  useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER"
fi
if ! command -v curl >/dev/null; then say "installing curl"; apt-get install -y curl; fi

mkdir -p "$OS_DIST"
if [[ ! -x "$OS_HOME/bin/opensearch" ]]; then
  say "fetching opensearch $OS_VERSION (integ-test zip) from Maven Central"
  mvn -B -q -ntp dependency:copy -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OS_VERSION:zip" \
      -DoutputDirectory="$OS_DIST/download"
  say "unpacking into $OS_HOME"
  (cd "$OS_DIST" && unzip -q -o "download/opensearch-$OS_VERSION.zip")
else
  say "opensearch $OS_VERSION already unpacked in $OS_HOME"
fi

module="$OS_HOME/modules/analysis-common"
if [[ ! -f "$module/plugin-descriptor.properties" ]]; then
  say "fetching analysis-common $OS_VERSION and installing it as a module"
  mvn -B -q -ntp dependency:copy -Dartifact="org.opensearch.plugin:analysis-common:$OS_VERSION" \
      -DoutputDirectory="$OS_DIST/download"
  mkdir -p "$module"
  cp "$OS_DIST/download/analysis-common-$OS_VERSION.jar" "$module/"
  cat > "$module/plugin-descriptor.properties" <<PROPS
description=Adds "built in" analyzers to OpenSearch (Arabic normalization and stemming among them).
version=$OS_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=17
opensearch.version=$OS_VERSION
extended.plugins=
has.native.controller=false
PROPS
else
  say "analysis-common module already installed"
fi
chown -R "$OS_USER" "$OS_DIST"
say "installed: $OS_HOME"

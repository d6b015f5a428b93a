#!/usr/bin/env bash
# Stops the private cluster and deletes its data and generated password.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$PG_OPS/stop.sh"
say "removing $PG_RUN"
rm -rf "$PG_RUN"

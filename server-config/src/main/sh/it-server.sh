#!/usr/bin/env bash
# Prepares what the system tests run against: a fresh copy of the provisioned WildFly with the
# admin user, and a small real library (two roots: one present, one missing on purpose).
#   it-server.sh BUILT_WILDFLY IT_DIR ADMIN_PASSWORD
set -euo pipefail
built=${1:?} it=${2:?} password=${3:?}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$it" && mkdir -p "$it"
cp -a "$built" "$it/wildfly"
rm -rf "$it"/wildfly/standalone/{data,log,tmp}
find "$it/wildfly/standalone/deployments" -mindepth 1 ! -name README.txt -delete
"$it/wildfly/bin/add-user.sh" -a -u admin -p "$password" -g admin -s >/dev/null
"$here/demo-library.sh" "$it/library" >/dev/null
echo "system-test server ready in $it"

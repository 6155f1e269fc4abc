#!/usr/bin/env bash
# Configures an unpacked WildFly distribution for Phaze: modules (JDBC driver, EclipseLink) and
# the CLI scripts in ../cli. Idempotent: a stamp of the inputs skips a configured server, and a
# changed input re-applies everything onto the pristine standalone.xml kept beside it.
set -euo pipefail

wildfly_dir=${1:?usage: provision.sh WILDFLY_DIR MODULE_JARS_DIR}
jars_dir=${2:?usage: provision.sh WILDFLY_DIR MODULE_JARS_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
config="$wildfly_dir/standalone/configuration"
stamp_file="$wildfly_dir/.phaze-provisioned"

stamp=$( (cat "$here"/cli/*.cli "$here"/sh/provision.sh; find "$here/modules" -type f -exec cat {} +; ls -l "$jars_dir") | sha256sum | cut -c1-64)
if [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
  echo "WildFly at $wildfly_dir already provisioned for Phaze"
  exit 0
fi

[[ -f "$config/standalone.xml.pristine" ]] || cp "$config/standalone.xml" "$config/standalone.xml.pristine"
cp "$config/standalone.xml.pristine" "$config/standalone.xml"

modules="$wildfly_dir/modules/system/layers/base"
install -d "$modules/org/postgresql/main"
cp "$here/modules/org/postgresql/main/module.xml" "$jars_dir/postgresql.jar" "$modules/org/postgresql/main/"
cp "$here/modules/org/eclipse/persistence/main/module.xml" "$modules/org/eclipse/persistence/main/module.xml"
cp "$jars_dir"/org.eclipse.persistence.*.jar "$modules/org/eclipse/persistence/main/"

# Heap: a sensible default for the whole app, overridable per run with PHAZE_HEAP_MAX.
sed -i 's/-Xmx512m/-Xmx${PHAZE_HEAP_MAX:-1536m}/' "$wildfly_dir/bin/standalone.conf"

JAVA_OPTS="" "$wildfly_dir/bin/jboss-cli.sh" --file="$here/cli/configure.cli" >/dev/null
echo "$stamp" > "$stamp_file"
echo "WildFly at $wildfly_dir provisioned for Phaze"

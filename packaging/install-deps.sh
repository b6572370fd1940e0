#!/bin/sh
# Installs the Debian 12 packages Entente needs to build, run and test, if any are missing.
# Runs apt-get as root, or through sudo for a normal user. Safe to run again: it installs nothing
# when everything is present.
set -eu

packages="cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
libgl-dev fonts-dejavu-core desktop-file-utils appstream poppler-utils iso-codes
libsqlite3-dev libicu-dev qt6-l10n-tools qt6-tools-dev"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "install-deps: these packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi

echo "install-deps: installing$missing"
$run apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $run apt-get install -y -q --no-install-recommends $missing

#!/bin/sh
# Runs clang-tidy (the project's .clang-tidy) on the C++ sources changed since the last commit on
# main: edited, staged or new, and the commits on this branch that main does not have yet.
# Usage: tools/tidy-changed.sh BUILD_DIR   (a build configured with compile_commands.json)
set -eu
build=${1:?usage: tidy-changed.sh BUILD_DIR}
cd "$(git rev-parse --show-toplevel)"
base=$(git merge-base HEAD main 2>/dev/null || git rev-parse HEAD)
files=$( { git diff --name-only --diff-filter=d "$base"; git ls-files --others --exclude-standard; } |
    grep -E '^(core|ui|app)/.*\.cpp$' | sort -u || true)
if [ -z "$files" ]; then
    echo "tidy: no changed sources since $(git rev-parse --short "$base")"
    exit 0
fi
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
# GCC's precompiled headers mean nothing to clang: the same commands without them.
commands=$(mktemp -d)
trap 'rm -rf "$commands"' EXIT
sed -E 's@ -include [^ ]*cmake_pch\.hxx@@g; s@ -Winvalid-pch@@g' "$build/compile_commands.json" \
    >"$commands/compile_commands.json"
status=0
for f in $files; do
    echo "tidy: $f"
    "$tidy" --quiet -p "$commands" "$f" || status=1
done
exit $status

#!/bin/sh
# Builds the benchmarks (Release, -DENTENTE_BUILD_BENCHMARKS=ON), makes synthetic catalogues of
# 10,000, 100,000 and 1,000,000 meetings once (cached in build/bench/catalogues, with the time it
# took to make them and the raw SQLite baseline of the same load), runs every workload against
# each and prints one table per size plus how the figures grow. Results also go to
# build/bench/results.tsv and build/bench/results.md.
#
#   bench/run-benchmarks.sh                  everything (the first run takes a while)
#   ENTENTE_BENCH_SIZES="10000" bench/run-benchmarks.sh      one size only
#   ENTENTE_BENCH_FRESH=1 ...                make the catalogues again (re-times the loads)
#   ENTENTE_BENCH_BUILD=/path ...            another build folder
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${ENTENTE_BENCH_BUILD:-$root/build/bench}
sizes=${ENTENTE_BENCH_SIZES:-"10000 100000 1000000"}
repeat=${ENTENTE_BENCH_REPEAT:-7}
seed=${ENTENTE_BENCH_SEED:-1}
data=$build/catalogues

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DENTENTE_BUILD_BENCHMARKS=ON -DENTENTE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target entente entente-bench >/dev/null
entente=$build/app/entente
bench=$build/bench/entente-bench
mkdir -p "$data"
results=$build/results.tsv
: >"$results"

# size, then the bench's own columns: workload, ours ms, raw ms, ratio, peak MiB, note
record() {
    size=$1
    shift
    "$@" | while IFS= read -r line; do
        printf '%s\t%s\n' "$size" "$line" >>"$results"
    done
}

seconds_field() {
    sed -n "s/.*\"$1\": *\([0-9.]*\).*/\1/p" "$2"
}

largest=0
for n in $sizes; do
    [ "$n" -gt "$largest" ] && largest=$n
done

for n in $sizes; do
    catalogue=$data/synthetic-$n.entente
    if [ ! -f "$catalogue" ] || [ "${ENTENTE_BENCH_FRESH:-0}" = 1 ]; then
        echo "Making the catalogue of $n meetings (and the raw baseline of the same load)..." >&2
        rm -f "$catalogue" "$catalogue.new"
        "$entente" --catalogue "$catalogue.new" generate --meetings "$n" --seed "$seed" \
            --format json >"$data/generate-$n.json"
        mv "$catalogue.new" "$catalogue"
        "$bench" rawload --catalogue "$data/raw-$n.entente" --meetings "$n" --seed "$seed" \
            >"$data/rawload-$n.tsv"
        "$bench" makeonly --catalogue "$data/make-$n.entente" --meetings "$n" --seed "$seed" \
            >"$data/makeonly-$n.tsv"
        rm -f "$data/raw-$n.entente" "$data/make-$n.entente"
    fi
    ours=$(seconds_field seconds "$data/generate-$n.json")
    raw=$(cut -f3 "$data/rawload-$n.tsv")
    made=$(cut -f3 "$data/makeonly-$n.tsv")
    awk -v n="$n" -v ours="$ours" -v raw="$raw" -v made="$made" 'BEGIN {
        printf "%s\tgenerate %d meetings (bulk-write path)\t%.0f\t%.0f\t%.2f\t-\tmaking the records alone: %.0f ms\n",
            n, n, ours * 1000, raw, ours * 1000 / raw, made }' >>"$results"
    bytes=$(stat -c %s "$catalogue")
    awk -v n="$n" -v b="$bytes" 'BEGIN {
        printf "%s\tcatalogue file size per meeting\t-\t-\t-\t-\t%.0f bytes (%.0f MiB in all)\n",
            n, b / n, b / 1048576 }' >>"$results"

    echo "Running the workloads on $n meetings..." >&2
    for workload in startup sort detail search; do
        record "$n" "$bench" "$workload" --catalogue "$catalogue" --repeat "$repeat"
    done
    if [ "$n" = "$largest" ]; then
        record "$n" "$bench" scroll --catalogue "$catalogue"
        record "$n" "$bench" report --catalogue "$catalogue" --repeat 3
    fi
done

# The import workload: 100,000 meetings into a new catalogue through the bulk-write path.
if [ -f "$data/generate-100000.json" ]; then
    ours=$(seconds_field seconds "$data/generate-100000.json")
    raw=$(cut -f3 "$data/rawload-100000.tsv")
    awk -v ours="$ours" -v raw="$raw" 'BEGIN {
        printf "100000\tbulk load of 100,000 meetings into a new catalogue\t%.0f\t%.0f\t%.2f\t-\tthe generator through BulkWriter\n",
            ours * 1000, raw, ours * 1000 / raw }' >>"$results"
fi

{
    printf '# Entente benchmarks\n\n'
    printf 'Machine: %s, %s cores, %s MiB of memory; %s; SQLite %s.\n' \
        "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)" \
        "$(free -m | awk '/^Mem:/ { print $2 }')" "$(uname -sr)" \
        "$(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo '?')"
    printf 'Times in ms, median of %s runs; raw = the same statements through the sqlite3 C API.\n' "$repeat"
    for n in $sizes; do
        printf '\n## %s meetings\n\n' "$n"
        printf '| workload | ours (ms) | raw SQLite (ms) | ratio | peak MiB | note |\n'
        printf '|---|---:|---:|---:|---:|---|\n'
        awk -F '\t' -v n="$n" '$1 == n { printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }' "$results"
    done
    printf '\n## Growth (ours, ms)\n\n'
    printf '| workload |'
    for n in $sizes; do printf ' %s |' "$n"; done
    printf '\n|---|'
    for n in $sizes; do printf -- '---:|'; done
    printf '\n'
    awk -F '\t' -v sizes="$sizes" '
        BEGIN { count = split(sizes, order, " ") }
        { key = $2; sub(/ [0-9]+ meetings/, " N meetings", key)
          if (!(key in seen)) { seen[key] = 1; names[++rows] = key }
          value[key, $1] = ($3 == "-" ? $7 : $3) }
        END { for (r = 1; r <= rows; ++r) {
                  printf "| %s |", names[r]
                  for (i = 1; i <= count; ++i) {
                      v = value[names[r], order[i]]
                      printf " %s |", (v == "" ? "" : v)
                  }
                  printf "\n" } }' "$results"
} | tee "$build/results.md"

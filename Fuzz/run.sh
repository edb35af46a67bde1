#!/usr/bin/env bash
# Builds the fuzz targets (Fuzz/Package.swift) and runs each for a time budget, one after
# the other, under `nice`. See docs/fuzzing.md.
#
#   Fuzz/run.sh [TARGET...]        every target when none is named (FuzzJSON, YAML, …)
#
# Environment: FUZZ_SECONDS (default 60) per target; FUZZ_NO_BUILD=1 skips the build;
# FUZZ_ARGS adds libFuzzer flags (e.g. -runs=10000000).
#
# Every input gets 1 s (-timeout) and 1 GB (-rss_limit_mb, -malloc_limit_mb). LeakSanitizer
# is off: Swift keeps tag bits in enum payload pointers, which hides live references from
# it (every global `let` holding JSON was reported as leaked); growth is caught by the
# memory limits instead. Swift's own backtracer is off so that libFuzzer sees the trap.
#
# Everything lives under .build-fuzz/: the build, seeds/<target> (made from ../shared by
# Fuzz/seeds.py), corpus/<target> (what the fuzzer found, kept between runs),
# artifacts/<target> (crashes, timeouts, out-of-memory inputs) and logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/.build-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
ALL=(FuzzJSON FuzzYAML FuzzExpression FuzzRegex FuzzJSONPath FuzzTemplate FuzzCard FuzzZip FuzzPackage FuzzMustache FuzzMarkdown)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

dictionary() {
    case $1 in
        FuzzJSON) echo json ;; FuzzYAML) echo yaml ;; FuzzExpression) echo expression ;; FuzzRegex) echo regex ;;
        FuzzJSONPath) echo jsonpath ;; FuzzTemplate) echo template ;; FuzzCard) echo card ;; FuzzZip) echo zip ;;
        FuzzPackage) echo package ;; FuzzMustache) echo mustache ;; FuzzMarkdown) echo markdown ;;
        *) echo "unknown fuzz target $1 (one of: ${ALL[*]})" >&2; exit 2 ;;
    esac
}
for t in "${TARGETS[@]}"; do dictionary "$t" >/dev/null; done

if [ "${FUZZ_NO_BUILD:-}" != 1 ]; then
    nice -n 10 swift build --package-path Fuzz --scratch-path "$OUT" -c release -j 2 \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
fi
python3 Fuzz/seeds.py "$OUT/seeds"

failed=()
summary=()
for t in "${TARGETS[@]}"; do
    mkdir -p "$OUT/corpus/$t" "$OUT/artifacts/$t" "$OUT/logs" "$OUT/seeds/$t"
    echo "== $t: ${SECONDS_EACH}s"
    before=$(ls "$OUT/artifacts/$t" | wc -l)
    # New inputs go into the first folder (the kept corpus); the seeds are only read.
    set +e
    ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 SWIFT_BACKTRACE=enable=no nice -n 15 "$OUT/release/$t" "$OUT/corpus/$t" "$OUT/seeds/$t" \
        -dict="Fuzz/dictionaries/$(dictionary "$t").dict" \
        -max_total_time="$SECONDS_EACH" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
        -artifact_prefix="$OUT/artifacts/$t/" -print_final_stats=1 -detect_leaks=0 ${FUZZ_ARGS:-} \
        >"$OUT/logs/$t.log" 2>&1
    status=$?
    set -e
    after=$(ls "$OUT/artifacts/$t" | wc -l)
    last=$(grep -E '^#[0-9]+' "$OUT/logs/$t.log" | tail -1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/logs/$t.log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$OUT/logs/$t.log" | tail -1)
    cov=$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' || true)
    line="$t: ${runs:-?} runs, ${rate:-?}/s, ${cov:-no coverage line}, $((after - before)) new artifact(s)"
    summary+=("$line")
    echo "$line"
    if [ $status -ne 0 ] || [ "$after" -gt "$before" ]; then
        failed+=("$t")
        grep -E 'ERROR|==[0-9]+==|fuzz invariant|Fatal error|Test unit written' "$OUT/logs/$t.log" | head -5 || true
    fi
done

echo
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "findings in: ${failed[*]} (inputs in .build-fuzz/artifacts/, logs in .build-fuzz/logs/)" >&2
    exit 1
fi

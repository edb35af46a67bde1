#!/usr/bin/env bash
# Builds the fuzz targets (Fuzz/Package.swift) and runs each for a time budget, one after
# the other, under `nice`. See docs/fuzzing.md.
#
#   Fuzz/run.sh [TARGET...]        every target when none is named (FuzzJSON, YAML, …)
#
# Environment: FUZZ_SECONDS (default 60) per target; FUZZ_RUNS stops a target earlier after
# that many executions; FUZZ_MAX_LEN caps an input (64 KB: larger ones cost more than they
# teach); FUZZ_NO_BUILD=1 skips the build; FUZZ_ARGS adds libFuzzer flags.
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

export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export SWIFT_BACKTRACE=enable=no

# Whether an input that timed out takes more than the limit when run alone (three tries):
# on a shared machine a slow moment can push any input past 1 s.
times_out_alone() {
    for _ in 1 2 3; do
        nice -n 15 "$OUT/release/$1" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 -detect_leaks=0 "$2" >/dev/null 2>&1 && return 1
    done
    return 0
}

# Runs one target until its time (or FUZZ_RUNS executions) is spent. libFuzzer stops at
# the first crash; a timeout that does not happen again alone is moved to artifacts/<t>/noise
# and fuzzing goes on for the rest of the time. Prints the summary line; fails on a finding.
fuzz_target() {
    local t=$1 begin=$(date +%s) runs=0 segment=0 found=0 left=$SECONDS_EACH log="$OUT/logs/$t.log"
    mkdir -p "$OUT/corpus/$t" "$OUT/artifacts/$t/noise" "$OUT/logs" "$OUT/seeds/$t"
    : >"$log"
    while [ "$left" -gt 0 ] && [ "$found" -eq 0 ]; do
        segment=$((segment + 1))
        local limit=()
        if [ -n "${FUZZ_RUNS:-}" ]; then
            [ "$runs" -ge "$FUZZ_RUNS" ] && break
            limit=(-runs=$((FUZZ_RUNS - runs)))
        fi
        local before stamp
        stamp=$(mktemp)
        echo "## segment $segment: ${left}s" >>"$log"
        # New inputs go into the first folder (the kept corpus); the seeds are only read.
        set +e
        nice -n 15 "$OUT/release/$t" "$OUT/corpus/$t" "$OUT/seeds/$t" \
            -dict="Fuzz/dictionaries/$(dictionary "$t").dict" "${limit[@]}" \
            -max_total_time="$left" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=1 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
            -artifact_prefix="$OUT/artifacts/$t/" -print_final_stats=1 -detect_leaks=0 ${FUZZ_ARGS:-} \
            >>"$log" 2>&1
        set -e
        local n
        n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        runs=$((runs + ${n:-0}))
        for a in $(find "$OUT/artifacts/$t" -maxdepth 1 -type f -newer "$stamp"); do
            case $(basename "$a") in
                timeout-*) if times_out_alone "$t" "$a"; then found=1; else mv "$a" "$OUT/artifacts/$t/noise/"; echo "## $(basename "$a"): not slow alone (moved to noise/)" >>"$log"; fi ;;
                *) found=1 ;;
            esac
        done
        rm -f "$stamp"
        left=$((SECONDS_EACH - ($(date +%s) - begin)))
    done
    local spent=$(($(date +%s) - begin))
    local last cov
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' || true)
    echo "$t: $runs runs in ${spent}s ($((runs / (spent > 0 ? spent : 1)))/s, $segment segment(s)), ${cov:-no coverage line}, corpus $(ls "$OUT/corpus/$t" | wc -l) files, $(find "$OUT/artifacts/$t" -maxdepth 1 -type f | wc -l) finding(s) kept"
    [ "$found" -eq 0 ]
}

failed=()
summary=()
for t in "${TARGETS[@]}"; do
    echo "== $t: ${SECONDS_EACH}s"
    if line=$(fuzz_target "$t"); then :; else
        failed+=("$t")
        grep -E 'ERROR|fuzz invariant|Fatal error|Test unit written' "$OUT/logs/$t.log" | tail -5 || true
    fi
    summary+=("$line")
    echo "$line"
done

echo
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "findings in: ${failed[*]} (inputs in .build-fuzz/artifacts/, logs in .build-fuzz/logs/)" >&2
    exit 1
fi

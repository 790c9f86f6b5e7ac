#!/usr/bin/env bash
# What stays in a node's heap per whole claim (issue 12): one node as bench/run.sh starts it, whole
# claims (Gatling's WholeClaimSimulation) in three blocks, and the class histogram after each (jcmd
# GC.class_histogram collects garbage first, so it counts live objects only). A class whose count
# grows in both measured blocks by about as much per claim is kept by something for good: the
# container's multipart parts and EclipseLink's open insert statements were found this way
# (bench/FINDINGS.md). Writes bench/target/heap/growth.txt, the classes that grew by at least
# HEAP_MIN_PER_CLAIM instances (0.5) per claim in both blocks, most bytes per claim first.
#
#   bench/heap-growth.sh                       BENCH_PORT=18690, 60 s warm-up, two blocks of 60 s
#   HEAP_SECONDS=120 HEAP_SKIP_BUILD=1 bench/heap-growth.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/portal.sh
source bench/lib/claims.sh

bench_settings 18690 60 "$PWD/bench/target/heap"
SECS=${HEAP_SECONDS:-60}
USERS=${HEAP_USERS:-8}
mkdir -p "$OUT"
[ -n "${HEAP_SKIP_BUILD:-}" ] || build_war
rm -rf "$OUT/classes"; mkdir -p "$OUT/classes"
javac -d "$OUT/classes" bench/harness/src/bench/BenchFiles.java
java -cp "$OUT/classes" bench.BenchFiles "$OUT/files" > /dev/null
copy_simulations
trap 'stop_node_pidfile "$WORK/node1.pid"' EXIT
start_claim_node "${HEAP_DB:-jht_portal_bench_heap}" ""
# Disjoint participants per block.
for block in 0 1 2; do
  { head -1 "$OUT/feeder-all.csv"; sed -n "$((2 + block * 3000)),$((1 + (block + 1) * 3000))p" "$OUT/feeder-all.csv"; } \
    > "$OUT/feeder-$block.csv"
done
snapshot() {
  db_value "SELECT COUNT(*) FROM claim WHERE status = 'QUEUED'" > "$OUT/claims-$1.txt"
  jcmd "$PID" GC.class_histogram > "$OUT/histogram-$1.txt"
}

log "warm-up: whole claims for $WARMUP s"
whole_claims "$OUT/feeder-0.csv" "$WARMUP" 0
snapshot 0
for block in 1 2; do
  log "block $block: whole claims for $SECS s"
  whole_claims "$OUT/feeder-$block.csv" "$SECS" "$block"
  snapshot "$block"
done

python3 - "$OUT" "${HEAP_MIN_PER_CLAIM:-0.5}" << 'PY' | tee "$OUT/growth.txt"
import re, sys
out, least = sys.argv[1], float(sys.argv[2])

def histogram(n):
    counts = {}
    for line in open(f"{out}/histogram-{n}.txt"):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            counts[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return counts

h = [histogram(n) for n in range(3)]
q = [int(open(f"{out}/claims-{n}.txt").read()) for n in range(3)]
d1, d2 = q[1] - q[0], q[2] - q[1]
print(f"claims with a queue number: {d1} in block 1, {d2} in block 2")
if min(d1, d2) <= 0:
    sys.exit("no claims in a block: nothing to compare")
rows = []
for name, (count2, bytes2) in h[2].items():
    count0, bytes0 = h[0].get(name, (0, 0))
    count1 = h[1].get(name, (0, 0))[0]
    per1, per2 = (count1 - count0) / d1, (count2 - count1) / d2
    if per1 >= least and per2 >= least:
        rows.append(((bytes2 - bytes0) / (d1 + d2), per1, per2, name))
print(f"classes that grew by at least {least} instances per claim in both blocks: {len(rows)}")
for per_claim, per1, per2, name in sorted(rows, reverse=True):
    print(f"  {per_claim:9.0f} B/claim  {per1:6.2f} / {per2:6.2f} per claim  {name}")
PY
log "done: $OUT/growth.txt"

# Shared steps of the whole-claim measuring scripts (bench/profile-claims.sh, bench/heap-growth.sh).
# Source it after bench/lib/portal.sh and bench_settings; it defines functions, it runs nothing.

# A copy of the Gatling simulations in $OUT/gatling, compiled, so that a script's Gatling reports
# stay apart from bench/run.sh's.
copy_simulations() {
  rm -rf "$OUT/gatling"; mkdir -p "$OUT/gatling"
  cp -r bench/gatling/pom.xml bench/gatling/src "$OUT/gatling/"
  mvn -B -q -f "$OUT/gatling/pom.xml" test-compile > "$OUT/gatling-compile.log" 2>&1 || die "Gatling does not compile"
}

# One node as bench/run.sh starts it (512 MB heap, the detector idle) on a fresh database $1, with
# extra JVM options $2; sets PID. Then the bench participants, and $OUT/feeder-all.csv of the
# 9,799 that whole claims use (Gatling's feeder columns).
start_claim_node() {
  create_database "$1"
  rm -rf "$WORK"; mkdir -p "$WORK"
  NODE_HEAP=512m NODE_JAVA_OPTS="-Dportal.pending.detector-interval-seconds=86400 $2" \
    start_node node1 "$PORT" "$WORK"
  PID=$NODE_PID
  wait_ready "$PORT" "$PID" "$NODE_STARTED_NS" 900 > /dev/null
  db < bench/sql/participants.sql
  db -N -B -e "SELECT nik, kpj, full_name, DATE_FORMAT(birth_date, '%d/%m/%Y'), mother_maiden_name,
      (SELECT MIN(id) FROM branch_office) + bench_no MOD 30
      FROM bench_participant WHERE bench_no BETWEEN 18201 AND 27999 ORDER BY bench_no" \
    | awk 'BEGIN { FS = "\t"; OFS = ","; print "nik,kpj,fullName,birthDate,mother,branchId" } { print $1, $2, $3, $4, $5, $6 }' \
    > "$OUT/feeder-all.csv"
}

# Whole claims by $USERS users for $2 seconds from the feeder $1; the log in $OUT/gatling-$3.log.
whole_claims() {
  (cd "$OUT/gatling" && mvn -B -q gatling:test -Dgatling.simulationClass=bench.WholeClaimSimulation \
    -Dbench.baseUrl="$BASE" -Dbench.files="$OUT/files" -Dbench.feeder="$1" -Dbench.users="$USERS" \
    -Dbench.seconds="$2") > "$OUT/gatling-$3.log" 2>&1 || true
}

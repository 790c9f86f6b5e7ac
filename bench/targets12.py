"""Issue 12's targets, each judged against its baseline of the same run (used by bench/report.py).

Every verdict is computed here from the figures bench/run.sh and scripts/cluster/scaling.sh recorded;
a figure that is missing gives "not measured", never "met". Standard library only.
"""
import json
import os


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _div(a, b):
    a, b = _num(a), _num(b)
    return a / b if a is not None and b else None


def _f(v, digits=1):
    v = _num(v)
    return "–" if v is None else f"{v:,.{digits}f}"


def _verdict(ok):
    if ok is None:
        return "**not measured**"
    return "**met**" if ok else "**missed**"


def _all(*conditions):
    """True when every condition holds, None when one could not be judged, else False."""
    if any(c is None for c in conditions):
        return None
    return all(conditions)


def _le(a, b):
    return None if _num(a) is None or _num(b) is None else a <= b


def _ge(a, b):
    return None if _num(a) is None or _num(b) is None else a >= b


def claim_costs(f):
    """The CPU figures of targets 1 and 2 (ms of node CPU unless said otherwise)."""
    g = lambda k: f.get(k, {})  # noqa: E731
    # The stateless page measured next to the whole claim (both on settled JIT code), else the early one.
    b0 = g("B_page_get_nocookie_2") or g("B_page_get_nocookie")
    wc = g("whole_claim")
    reqs = wc.get("requests", {})
    claims = reqs.get("booked GET", {}).get("ok") or 0
    uploads = sum(v["count"] for k, v in reqs.items() if k.startswith("upload"))
    pages = sum(v["count"] for k, v in reqs.items() if not k.startswith("upload"))
    phases = g("upload_phases")
    # The JPEG phase of the upload simulation: the prep pages before it are outside its CPU marks.
    jpeg = g("uploads").get("requests", {}).get("upload 1MB JPEG", {})
    out = {
        "b0_ms": _div(1000.0 * (_num(b0.get("node_cpu_s")) or 0), b0.get("requests")) if b0 else None,
        "claims": claims,
        "claim_failed_requests": sum(v["ko"] for v in reqs.values()),
        "claim_ms": _div(1000.0 * (_num(wc.get("node_cpu_s")) or 0), claims) if wc else None,
        "pages_per_claim": _div(pages, claims),
        "uploads_per_claim": _div(uploads, claims),
        "upload_ms": _div(1000.0 * (_num(phases.get("jpeg_cpu_s")) or 0), jpeg.get("count"))
        if _num(phases.get("jpeg_cpu_s")) is not None else None,
        "uploads_measured": jpeg.get("count"),
        "inspection_ms": g("claim_parts").get("inspection_cpu_ms"),
        "receipt_ms": g("claim_parts").get("receipt_cpu_ms"),
        "inspection_thread_ms": g("claim_parts").get("inspection_thread_cpu_ms"),
        "receipt_thread_ms": g("claim_parts").get("receipt_thread_cpu_ms"),
        "allocation_ms": g("alloc_30_branches").get("cpu_ms_per_allocation"),
    }
    c = out
    if None not in (c["claim_ms"], c["upload_ms"], c["pages_per_claim"], c["uploads_per_claim"]):
        c["wizard_request_ms"] = (c["claim_ms"] - c["uploads_per_claim"] * c["upload_ms"]) / c["pages_per_claim"]
    parts = (c["b0_ms"], c["pages_per_claim"], c["inspection_ms"], c["allocation_ms"], c["receipt_ms"])
    if all(_num(p) is not None for p in parts):
        c["pages_alone_ms"] = c["b0_ms"] * c["pages_per_claim"]
        c["sum_of_parts_ms"] = c["pages_alone_ms"] + c["inspection_ms"] + c["allocation_ms"] + c["receipt_ms"]
    return out


def issue12_table(w, f, scaling, a_rps):
    """Writes the "Issue 12 targets" section: one row per target of the issue, with its verdict."""
    g = lambda k: f.get(k, {})  # noqa: E731
    c = claim_costs(f)
    w("## Issue 12 targets")
    w("")
    w("Each target against its baseline measured in this same run; the verdicts are computed by `bench/report.py` (`bench/targets12.py`) from the recorded figures (`bench/target/results.jsonl`, `scripts/cluster/target/scaling/results.jsonl`). CPU is the node process's user + system time (`/proc/<pid>/stat`) over a measured run divided by what it did.")
    w("")
    w("| target | what exactly | measured | baseline (same run) | target | verdict |")
    w("| --- | --- | --- | --- | --- | --- |")

    r1 = _div(c.get("wizard_request_ms"), c["b0_ms"])
    w("| 1. node CPU per wizard request | whole-claim run (16 users, no profiler): node CPU per queue number, minus the claim's uploads "
      f"({_f(c['uploads_per_claim'])} per claim) at the node CPU of one 1 MB JPEG upload measured alone (upload simulation, JPEG phase between two barriers: {_f(c['upload_ms'])} ms over {c['uploads_measured'] or '–'} uploads), "
      f"divided by the claim's other requests ({_f(c['pages_per_claim'])} per claim: GETs, postbacks answered with 302, the schedule's Ajax call, the booked page) "
      f"| {_f(c.get('wizard_request_ms'), 2)} ms per request ({_f(c['claim_ms'], 0)} ms per claim, {c['claims']} claims) "
      f"| B0 = GET /index.xhtml without cookies (wrk, 16 connections): {_f(c['b0_ms'], 2)} ms per request; ratio {_f(r1, 2)}x "
      f"| ≤ 2x B0 | {_verdict(_le(r1, 2.0))} |")

    s = c.get("sum_of_parts_ms")
    r2 = _div(c["claim_ms"], s)
    w("| 2. node CPU per whole claim | identity to queue number with 4 × 1 MB JPEG uploads, 16 Gatling users, no profiler: node CPU over the run / queue numbers shown; "
      f"{c['claim_failed_requests']} failed requests in that run. Parts measured alone: B0 × the claim's page requests, the portal's `DocumentInspector` on the same four files in-process "
      "(`bench/harness` `ClaimPartsBench`, no malware scanner, as on the bench node; process CPU per set of four), one allocation (`AllocationBench`, 30 branches, 16 threads: the harness process's CPU per allocation over the second half of its run, JIT warm, JDBC driver included), "
      "one receipt (`ReceiptRenderer` in-process, process CPU per receipt) "
      f"| {_f(c['claim_ms'], 0)} ms per claim "
      f"| sum of parts {_f(s, 0)} ms = pages {_f(c.get('pages_alone_ms'), 0)} ({_f(c['b0_ms'], 2)} × {_f(c['pages_per_claim'])}) + inspection {_f(c['inspection_ms'], 0)} + allocation {_f(c['allocation_ms'], 2)} + receipt {_f(c['receipt_ms'], 1)} "
      f"(the harness threads' own CPU, without GC and compiler threads: inspection {_f(c['inspection_thread_ms'], 0)}, receipt {_f(c['receipt_thread_ms'], 1)}); ratio {_f(r2, 2)}x "
      f"| ≤ 1.5x the sum and ≤ 300 ms | {_verdict(_all(_le(r2, 1.5), _le(c['claim_ms'], 300)))} |")

    L = g("lookup_16")
    rl = _div(L.get("rps"), a_rps)
    db_ms = _div(1000.0 * (_num(L.get("db_cpu_s")) or 0), L.get("requests")) if L else None
    w("| 3. claim-lock lookup, 16 connections | wrk, 16 connections, one channel, random people of the bench registry; MariaDB CPU = the CPU of the server process listening on port 3306 over the run "
      "(the whole server: on a shared machine other clients' queries count too) / lookups "
      f"| {_f(L.get('rps'))} req/s, p99 {L.get('p99_ms', '–')} ms, {L.get('errors', '–')} errors; MariaDB {_f(db_ms, 2)} ms per lookup "
      f"| A = {_f(a_rps)} req/s (mean of both A runs); ratio {_f(None if rl is None else 100 * rl, 0)} % "
      f"| ≥ 40 % of A, p99 ≤ 50 ms, MariaDB CPU ≤ 0.5 ms | {_verdict(_all(_ge(rl, 0.4), _le(L.get('p99_ms'), 50), _le(db_ms, 0.5), _le(L.get('errors'), 0)))} |")

    dl = g("deadlocks_log")
    w("| 4. channel-claim PUT without InnoDB deadlocks | lines 'Deadlock found' in the node's log after every C run (16 and 1 connections, random and sequential references) and the lookups before them "
      f"| {dl.get('count', '–')} lines (of {dl.get('log_lines', '–')}) | issue 12 found about 50 per run of C | none | {_verdict(_le(dl.get('count'), 0))} |")

    scaling_rows(w, scaling)
    w("")


def _scaling_figures(scaling):
    by = {}
    for r in scaling or []:
        by.setdefault(r.get("kind"), {})[r.get("setup")] = r
    return by


def scaling_ratio(by, kind, key):
    one = [_num(by.get(kind, {}).get(n, {}).get(key)) for n in ("node1", "node2")]
    one = [x for x in one if x is not None]
    both = _num(by.get(kind, {}).get("both", {}).get(key))
    # Both single-node runs are needed: the nodes sit on different cores.
    single = sum(one) / len(one) if len(one) == 2 else None
    return single, both, _div(both, single)


def scaling_rows(w, scaling):
    by = _scaling_figures(scaling)
    if not scaling:
        w("| 5. two nodes against one | scripts/cluster/scaling.sh, not run here (BENCH_CLUSTER=0 or it failed) | – | – | ≥ 1.8x | **not measured** |")
        w("| 6. 1,000 concurrent participants | the crowd of scripts/cluster/scaling.sh, not run here | – | – | zero failed, p95 ≤ 1 s, invariants | **not measured** |")
        return
    for kind, key, unit, what in (("claims", "claims_per_s", "claims/s", "whole claims (16 Gatling users, identity to queue number with 4 × 1 MB uploads)"),
                                  ("pages", "pages_per_s", "wizard requests/s", "wizard pages (WizardPagesSimulation, 16 users: every step's GET + postback, one phase per step; requests of the six phases / their seconds)")):
        single, both, r = scaling_ratio(by, kind, key)
        w(f"| 5. two nodes against one: {kind} | {what}; each node pinned to its own core (taskset), MariaDB, nginx and Gatling unpinned; two nodes = both behind nginx, round robin "
          f"| two nodes {_f(both, 2)} {unit} | one node {_f(single, 2)} {unit} (mean of node 1 alone and node 2 alone); ratio {_f(r, 2)}x | ≥ 1.8x | {_verdict(_ge(r, 1.8))} |")
    crowd = by.get("crowd", {}).get("both")
    if not crowd:
        w("| 6. 1,000 concurrent participants | the crowd was not run (CROWD_USERS=0 or it failed) | – | – | zero failed, p95 ≤ 1 s, invariants | **not measured** |")
        return
    inv = crowd.get("invariants", {})
    bad = {k: v for k, v in inv.items() if k not in ("tickets", "drafts_checked", "drafts_intact") and v != 0}
    drafts_ok = inv.get("drafts_checked") is not None and inv.get("drafts_checked") == inv.get("drafts_intact")
    ok = _all(_le(crowd.get("failed_requests"), 0), _le(crowd.get("worst_p95_ms"), 1000), crowd.get("requests", 0) > 0,
              not bad and drafts_ok if inv else None, _ge(crowd.get("users"), 1000))
    w(f"| 6. {_f(crowd.get('users'), 0)} concurrent participants across two nodes | CrowdSimulation through nginx: ramp to {crowd.get('users')} concurrent participants in {crowd.get('ramp_s')} s, held {crowd.get('seconds')} s (closed model: who finishes or leaves is replaced), think times 3-10 s per page, "
      f"half finish (4 uploads, queue number), the others leave after a random step; then the invariant checks of scripts/cluster (checks.sh) and every leaver's draft "
       f"| {_f(crowd.get('requests'), 0)} requests, {crowd.get('failed_requests')} failed; p95 of the slowest request kind ({crowd.get('worst_p95_name')}) {crowd.get('worst_p95_ms')} ms, of all requests together {crowd.get('p95_ms')} ms (p99 {crowd.get('p99_ms')} ms); "
      f"{crowd.get('claims')} queue numbers; invariants: duplicates {inv.get('duplicates')}, counters ≠ tickets {inv.get('counter_mismatch')}, gaps {inv.get('gaps')}, two active tickets {inv.get('two_active')}, queued without one waiting ticket {inv.get('wrong_tickets')}, over quota {inv.get('over_quota')}; drafts intact {inv.get('drafts_intact')} of {inv.get('drafts_checked')} "
      f"| – | zero failed requests, p95 ≤ 1 s for every request kind (as issue 6's whole-claim row judged it), every invariant, ≥ 1,000 participants | {_verdict(ok)} |")


def render_scaling(results, target, secs, cores, load, when):
    """bench/SCALING.md: every run of scripts/cluster/scaling.sh, then its verdicts."""
    rows = [json.loads(line) for line in open(results) if line.strip()]
    out = ["# One node against two nodes", "",
           f"Written by `scripts/cluster/scaling.sh` on {when} UTC: each Payara Micro node pinned to its own core"
           f" (`taskset`; node 1 on core 0, node 2 on core 1), {secs}-second runs, 16 connections or Gatling users,"
           f" MariaDB, nginx and the load generators unpinned on the same {cores} cores. Load average at the end: {load}.", "",
           "| target | load | throughput | p50 / p95 / p99 (ms) | errors | CPU s node 1 / node 2 |",
           "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        if r.get("kind") == "crowd":
            tp = f"{r.get('requests')} requests in {r.get('run_s')} s ({r.get('claims')} queue numbers)"
            lat = f"{r.get('p50_ms')} / {r.get('p95_ms')} / {r.get('p99_ms')}"
            err = r.get("failed_requests")
        elif "claims_per_s" in r:
            tp, lat, err = f"{r['claims_per_s']} claims/s ({r['claims']} claims)", f"p95 {r.get('p95_ms')}", r.get("failed_requests")
        elif "pages_per_s" in r:
            tp, lat, err = f"{r['pages_per_s']} wizard requests/s", f"p95 {r.get('p95_ms')}", r.get("failed_requests")
        elif "rps" in r:
            tp = f"{r['rps']} req/s"
            lat = f"{r.get('p50_ms')} / {r.get('p95_ms')} / {r.get('p99_ms')}"
            err = r.get("errors")
        else:
            tp, lat, err = f"failed: {r.get('error')}", "-", "-"
        out.append(f"| {r['target']} | {r['what']} | {tp} | {lat} | {err} | {r['cpu_node1_s']} / {r['cpu_node2_s']} |")
    out += ["", "## Verdicts (issue 12)", "", "| target | what exactly | measured | baseline (same run) | target | verdict |",
            "| --- | --- | --- | --- | --- | --- |"]
    scaling_rows(out.append, rows)
    out += ["", "Raw figures: `scripts/cluster/target/scaling/results.jsonl`. How to read them: see the"
            " scale-out section of `bench/FINDINGS.md`.", ""]
    open(target, "w").write("\n".join(out))


def load_scaling(path):
    if not path or not os.path.exists(path):
        return None
    rows = [json.loads(line) for line in open(path) if line.strip()]
    return rows or None

#!/usr/bin/env python3
"""Helpers of bench/run.sh: collect figures (one JSON object per line in results.jsonl), read Gatling's
stats.json and JFR recordings, and render bench/RESULTS.md with every figure next to its baseline and
its target. Standard library only.

  report.py add <results.jsonl> <id> <json>      append a figure
  report.py with key=value ... < json            add fields to a JSON line on stdin
  report.py cpu-seconds <pid>                    CPU time (user + system) a process has used
  report.py gatling <report dir> <phase seconds> per-request figures of a Gatling run
  report.py jfr-top <recording.jfr>              hottest frames of the execution samples
  report.py cpu-marks <gatling log>              node CPU between a simulation's BENCH-CPU marks
  report.py render <results.jsonl> <RESULTS.md> [scaling results.jsonl]
                                                 the results tables (issue 12's with the two-node
                                                 figures of scripts/cluster/scaling.sh when given)
  report.py render-scaling <results.jsonl> <SCALING.md> <seconds> <cores> <load>
"""
import datetime
import json
import os
import platform
import re
import subprocess
import sys
from collections import Counter

import targets12


def add(path, key, text):
    try:
        value = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError:
        value = {"unparsed": text.strip()}
    with open(path, "a") as out:
        out.write(json.dumps({"id": key, **value}) + "\n")


def with_fields(pairs):
    line = sys.stdin.read().strip()
    value = json.loads(line) if line else {}
    for pair in pairs:
        k, v = pair.split("=", 1)
        try:
            value[k] = int(v) if v.isdigit() else float(v)
        except ValueError:
            value[k] = v
    print(json.dumps(value))


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf(os.sysconf_names["SC_CLK_TCK"])
    print(round((int(fields[11]) + int(fields[12])) / ticks, 1))


def gatling(report_dir, phase_seconds):
    """Every request and group of a Gatling run, read from the statistics table of its index.html
    (Gatling 3.14 writes no stats.json): counts, percentiles (50/75/95/99), rates."""
    with open(os.path.join(report_dir, "index.html")) as f:
        html = f.read()
    out = {"report": report_dir, "phase_seconds": float(phase_seconds), "requests": {}, "groups": {}}
    rows = re.findall(r'<tr id="([^"]+)"(?: data-parent="([^"]*)")?\s*>(.*?)</tr>', html, re.S)
    names, parents = {}, {}
    for row_id, parent, body in rows:
        name = re.search(r'class="ellipsed-name">([^<]*)</span>', body)
        cols = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', body))
        if not name or not cols:
            continue
        names[row_id] = name.group(1)
        parents[row_id] = parent or ""
        num = lambda c: float(cols.get(c, "0").replace(",", "") or 0)  # noqa: E731
        figures = {
            "count": int(num("2")), "ok": int(num("3")), "ko": int(num("4")),
            "run_rps": num("6"), "p50_ms": num("8"), "p75_ms": num("9"), "p95_ms": num("10"),
            "p99_ms": num("11"), "max_ms": num("12"), "mean_ms": num("13"),
            "phase_rps": round(num("3") / float(phase_seconds), 1),
        }
        if row_id == "ROOT":
            out["all"] = figures
            continue
        prefix = ""
        p = parents[row_id]
        while p and p != "ROOT" and p in names:
            prefix = names[p] + " / " + prefix
            p = parents.get(p, "")
        if row_id.startswith("group_"):
            out["groups"][prefix + names[row_id]] = figures
        else:
            key = names[row_id] if prefix.startswith("claim") else prefix + names[row_id]
            out["requests"][key] = figures
    print(json.dumps(out))


def cpu_marks(path):
    """The node's CPU seconds between the marks a simulation printed (Wizard.cpuMark): for the
    upload simulation, jpeg_cpu_s = jpeg-end - jpeg-start and pdf_cpu_s = pdf-end - jpeg-end."""
    marks = {}
    for line in open(path, errors="replace"):
        m = re.search(r"BENCH-CPU (\S+) (-?[\d.]+)", line)
        if m and float(m.group(2)) >= 0:
            marks[m.group(1)] = float(m.group(2))
    out = {"marks": marks}
    if "jpeg-start" in marks and "jpeg-end" in marks:
        out["jpeg_cpu_s"] = round(marks["jpeg-end"] - marks["jpeg-start"], 2)
    if "jpeg-end" in marks and "pdf-end" in marks:
        out["pdf_cpu_s"] = round(marks["pdf-end"] - marks["jpeg-end"], 2)
    print(json.dumps(out))


PHONE_START, PHONE_END = "<!-- phone-upload: written by bench/phone-upload.sh -->", "<!-- /phone-upload -->"


def phone_section(target):
    """The phone-upload section of an existing RESULTS.md, kept when the file is written again."""
    try:
        text = open(target).read()
    except OSError:
        return None
    start, end = text.find(PHONE_START), text.find(PHONE_END)
    return text[start:end + len(PHONE_END)] if 0 <= start < end else None


def jfr_top(path):
    raw = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(raw)["recording"]["events"]
    top, portal = Counter(), Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"]
        if not frames:
            continue
        f = frames[0]["method"]
        top[f["type"]["name"] + "." + f["name"]] += 1
        for fr in frames:
            t = fr["method"]["type"]["name"]
            if t.startswith("id/jht/portal") or t.startswith("id.jht.portal"):
                portal[t + "." + fr["method"]["name"]] += 1
                break
    total = max(1, len(events))
    print(f"{len(events)} execution samples")
    print("hottest frames (self):")
    for name, n in top.most_common(15):
        print(f"  {100 * n / total:5.1f} %  {name}")
    print("innermost portal frame on the stack:")
    for name, n in portal.most_common(15):
        print(f"  {100 * n / total:5.1f} %  {name}")


def jfr_waits(path):
    """Where threads waited (JFR events above the 'profile' thresholds of 10-20 ms): slow socket
    reads by JDBC call, file writes and fsyncs by portal frame, contended monitors by class."""
    def events(name):
        raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", name, path],
                             capture_output=True, text=True).stdout
        try:
            return json.loads(raw)["recording"]["events"]
        except (ValueError, KeyError):
            return []

    def seconds(text):
        m = re.match(r"PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S", text or "PT0S")
        return int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3)) if m else 0.0

    def label(frames, wanted):
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
        for w in wanted:  # in order of preference
            for name in names:
                if w in name:
                    return name.split(".")[-2] + "." + name.split(".")[-1]
        return "(other)"

    samples = len(events("jdk.ExecutionSample"))
    print(f"{samples} execution samples (threads running Java code, one sample per ~10-20 ms)")
    groups = (
        ("jdk.SocketRead", ("RateLimiter.hit", "isValid", "Wrapper.executeUpdate", "executeQuery",
                            "ConnectionImpl.commit", "execute")),
        ("jdk.FileWrite", ("id.jht.portal", "fileupload")),
        ("jdk.FileForce", ("id.jht.portal",)),
        ("jdk.JavaMonitorEnter", ()),
    )
    for name, wanted in groups:
        total, count = Counter(), Counter()
        for e in events(name):
            v = e["values"]
            frames = (v.get("stackTrace") or {}).get("frames") or []
            key = v.get("monitorClass", {}).get("name", "?") if not wanted else label(frames, wanted)
            total[key] += seconds(v.get("duration"))
            count[key] += 1
        print(f"{name}: {sum(count.values())} events, {sum(total.values()):.1f} s in all")
        for key, t in total.most_common(5):
            print(f"  {t:7.1f} s {count[key]:6d}  {key}")


# --- Rendering -------------------------------------------------------------------------------------

def load(path):
    figures = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                v = json.loads(line)
                figures[v["id"]] = v
    return figures


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:  # noqa: BLE001 - best effort for the machine description
        return "?"


def fmt(v, digits=1):
    if v is None or v == "":
        return "–"
    if isinstance(v, (int, float)):
        return f"{v:,.{digits}f}" if isinstance(v, float) else f"{v:,}"
    return str(v)


def ratio(a, b):
    try:
        return a / b if b else None
    except TypeError:
        return None


def pct(r):
    return "–" if r is None else f"{100 * r:.0f} %"


def verdict(ok):
    return "**met**" if ok else "**missed**"


def render(results, target, scaling_path=None):
    f = load(results)
    phone = phone_section(target) if scaling_path else None
    g = lambda k: f.get(k, {})  # noqa: E731
    lines = []
    w = lines.append
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    w("# Benchmark results")
    w("")
    w(f"Written by `bench/run.sh` on {now}. Every figure was measured in this one run, on one portal node,")
    w("next to its baseline; the load generators (wrk, Gatling, the JDBC harness) ran on the same two cores.")
    w("")
    w("## Machine and versions")
    w("")
    mem = sh("free -m | awk '/Mem:/ {print $2}'")
    w("| what | value |")
    w("| --- | --- |")
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    w(f"| CPU | {os.cpu_count()} cores, {model} |")
    w(f"| memory | {mem} MiB |")
    w(f"| OS | {platform.platform()} |")
    load_now = g("load_end").get("load") or " ".join(open("/proc/loadavg").read().split()[:3])
    w(f"| load average when the node started / at the end | {g('cold_start').get('load', '?')} / {load_now} |")
    w(f"| other processes | the node, MariaDB and the load generators share the same two cores; throughput moves between runs, ratios to the baselines and CPU per request are what count |")
    w(f"| Java | {sh('java -version 2>&1 | head -1')} |")
    w("| Payara Micro | 6.2025.10, `-Xmx512m`, portal WAR with demo data, `portal.clock.adjustable=true` (for the /api/test hooks) |")
    maria = sh("mariadb --version")
    w(f"| MariaDB | {maria} (server on the same machine, innodb_flush_log_at_trx_commit=1) |")
    w(f"| wrk | {sh('wrk -v 2>&1 | head -1')} |")
    w("| Gatling | 3.14.9 (gatling-maven-plugin 4.20.8), Java DSL |")
    w("")

    A = g("A_jaxrs_get"); A2 = g("A_jaxrs_get_2")
    a_rps = avg(A.get("rps"), A2.get("rps"))
    B = g("B_page_get")
    C = g("C_jaxrs_insert"); C2 = g("C_jaxrs_insert_2")
    c_rps = avg(C.get("rps"), C2.get("rps"))
    wp = g("wizard_pages").get("requests", {})
    b_gatling = avg(wp.get("B index GET", {}).get("phase_rps"), wp.get("B index GET (end)", {}).get("phase_rps"))

    w("## Baselines")
    w("")
    w("| baseline | what exactly | tool, connections | throughput | p50 / p95 / p99 (ms) | errors | CPU per request (node, MariaDB) → ceiling on 2 idle cores | load avg |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    row_wrk(w, "A", "GET /api/test/clock (JAX-RS resource returning a two-field map; the portal has no other JAX-RS GET without a key)", A)
    row_wrk(w, "A (again, after the lookup)", "same", A2)
    row_wrk(w, "B", "GET /index.xhtml, session cookie kept (the template every wizard page uses, no form, no bean)", B)
    row_wrk(w, "B0", "GET /index.xhtml without cookies: the bare stateless page (no session, no view state), issue 12's CPU baseline", g("B_page_get_nocookie"))
    if g("B_page_get_nocookie_2"):
        row_wrk(w, "B0 (again, next to the whole claim)", "same, after the whole-claim warm-up and with the JIT's queue drained: the baseline of targets 1 and 2", g("B_page_get_nocookie_2"))
    for key, when in (("B index GET", "first"), ("B index GET (end)", "last")):
        x = wp.get(key)
        if x:
            w(f"| B (Gatling phase, {when}) | same page, 16 Gatling users each with its own session, the wizard's baseline | Gatling, 16 users | {fmt(x['phase_rps'])} req/s | {x['p50_ms']} / {x['p95_ms']} / {x['p99_ms']} | {x['ko']} | – | – |")
    row_wrk(w, "C", "PUT /api/v1/channel-claims/{new reference}: one INSERT in a JTA transaction (plus the channel's rate-limit UPDATE in its own)", C)
    row_wrk(w, "C (1 connection)", "same", g("C_jaxrs_insert_1"))
    row_wrk(w, "C (again, before allocation)", "same", C2)
    for k in ("D_db_commit_1", "D_db_commit_16"):
        d = g(k)
        if d:
            w(f"| D | MariaDB autocommit single-row INSERT | mariadb-slap, {d.get('connections')} | {fmt(d.get('rps'))} commits/s | – | 0 | – | – |")
    w("")
    w(f"Baselines used for the ratios: A = {fmt(a_rps)} req/s (mean of both A runs), B = {fmt(b_gatling)} req/s (mean of the first and last Gatling phase of the wizard-page simulation), C = {fmt(c_rps)} req/s (mean of both C runs).")
    w("")

    targets12.issue12_table(w, f, targets12.load_scaling(scaling_path), a_rps)

    w("## Targets of issue 6")
    w("")
    w("| what | measured | ratio to baseline | target | verdict |")
    w("| --- | --- | --- | --- | --- |")
    L = g("lookup_16")
    if L:
        r = ratio(L.get("rps"), a_rps)
        ok = r is not None and r >= 0.6 and L.get("p99_ms", 1e9) <= 50 and L.get("errors", 1) == 0
        w(f"| claim-lock lookup API, 16 connections | {fmt(L.get('rps'))} req/s, p50/p95/p99 {L.get('p50_ms')}/{L.get('p95_ms')}/{L.get('p99_ms')} ms, {L.get('errors')} errors of {L.get('requests')}; CPU per lookup {cpu_text(L, L.get('requests') or 0)} on two idle cores | {pct(r)} of A | ≥ 60 % of A, p99 ≤ 50 ms | {verdict(ok)} |")
    one = g("alloc_one_session")
    if one:
        r = ratio(one.get("rps"), c_rps)
        ok = one.get("rps", 0) >= 300 and r is not None and r >= 0.5 and one.get("errors", 1) == 0
        w(f"| queue allocation, one branch-session, 16 threads (JDBC harness) | {fmt(one.get('rps'))} allocations/s, p50/p95/p99 {one.get('p50_ms')}/{one.get('p95_ms')}/{one.get('p99_ms')} ms, {one.get('errors')} errors, outcomes {one.get('outcomes')} | {pct(r)} of C | ≥ 300/s and ≥ 50 % of C | {verdict(ok)} |")
    spread = g("alloc_30_branches")
    if spread:
        r = ratio(spread.get("rps"), c_rps)
        ok = r is not None and r >= 0.7 and spread.get("errors", 1) == 0
        w(f"| queue allocation over 30 branches, 16 threads (JDBC harness) | {fmt(spread.get('rps'))} allocations/s, p50/p95/p99 {spread.get('p50_ms')}/{spread.get('p95_ms')}/{spread.get('p99_ms')} ms, {spread.get('errors')} errors | {pct(r)} of C | ≥ 70 % of C | {verdict(ok)} |")
    if wp:
        for page in ("identity", "reason", "contact", "documents", "schedule", "confirm"):
            get = wp.get(f"{page} GET")
            post = next((v for k, v in wp.items() if k.startswith(f"{page} POST")), None)
            if not get:
                continue
            for label, x in (("GET", get), ("postback", post)):
                if not x:
                    continue
                r = ratio(x["phase_rps"], b_gatling)
                # Each phase alternates GET and postback, so each gets half the users' time: compare
                # the pair's rate with B, and show each request's own rate too.
                pair = ratio((get["phase_rps"] + (post or {}).get("phase_rps", 0)), b_gatling)
                ok = pair is not None and pair >= 0.5 and x["ko"] == 0
                w(f"| wizard {page} {label} | {fmt(x['phase_rps'])} req/s, p50/p95/p99 {x['p50_ms']}/{x['p95_ms']}/{x['p99_ms']} ms, {x['ko']} errors | {pct(r)} alone, GET + postback together {pct(pair)} of B | ≥ 50 % of B | {verdict(ok)} |")
    upr = g("uploads")
    up = upr.get("requests", {})
    n_up = sum(v["count"] for v in up.values())
    up_ms, up_cap = cpu_per(upr, n_up)[:2]
    for name, goal in (("upload 1MB JPEG", 100), ("upload 5MB PDF", 20)):
        x = up.get(name)
        if x:
            ok = x["phase_rps"] >= goal and x["ko"] == 0
            w(f"| {name}, 8 connections | {fmt(x['phase_rps'])} uploads/s, p50/p95/p99 {x['p50_ms']}/{x['p95_ms']}/{x['p99_ms']} ms, {x['ko']} errors; node CPU {fmt(up_ms, 1)} ms per request of the simulation (both file kinds and the prep pages) | – | ≥ {goal}/s | {verdict(ok)} |")
    big = g("big_uploads_check"); bigg = g("big_uploads").get("requests", {})
    if big:
        n = sum(v["count"] for k, v in bigg.items() if k.startswith("upload 6MB"))
        ko = sum(v["ko"] for k, v in bigg.items() if k.startswith("upload 6MB"))
        p = [v["p99_ms"] for k, v in bigg.items() if k.startswith("upload 6MB")]
        ok = big.get("oom") == 0 and big.get("stored") == 100 and big.get("intact") == 100 and ko == 0
        w(f"| 100 concurrent 6 MB uploads, 512 MB heap | {n} sent, {ko} failed; {big.get('stored')} rows, {big.get('intact')} files intact (SHA-256 of the stored file = sent file); OutOfMemoryError in the node's log while they ran: {big.get('oom')} (in the whole run: {big.get('oom_run', '–')}, see FINDINGS item 4); node alive: {big.get('alive')}; users late for the common start: {big.get('late_users')}; slowest p99 {max(p) if p else '–'} ms; RSS after {big.get('rss_mb')} MB | – | no OOM, every file accepted and intact | {verdict(ok)} |")
    wc = g("whole_claim")
    if wc:
        grp = wc.get("groups", {}).get("claim", {})
        reqs = wc.get("requests", {})
        worst = max((v["p95_ms"] for v in reqs.values()), default=None)
        worst_name = max(reqs.items(), key=lambda kv: kv[1]["p95_ms"])[0] if reqs else "–"
        errors = sum(v["ko"] for v in reqs.values())
        rate = reqs.get("booked GET", {}).get("run_rps")
        ok = rate is not None and rate >= 20 and worst is not None and worst <= 250 and errors == 0
        inv = g("claim_invariants")
        claim_ms, claim_cap = cpu_per(wc, reqs.get("booked GET", {}).get("ok") or 0)[:2]
        w(f"| whole claim, identity to queue number with 4 × 1 MB uploads, 16 users | {fmt(rate)} complete claims/s ({reqs.get('booked GET', {}).get('ok')} queue numbers; {grp.get('ko')} claims failed; a claim took p50 {grp.get('p50_ms')} ms, p95 {grp.get('p95_ms')} ms); worst per-request p95 {worst} ms ({worst_name}); {errors} failed requests; DB: {inv.get('queued_claims')} claims QUEUED with {inv.get('tickets')} tickets, {inv.get('duplicate_numbers')} duplicate numbers; node CPU {fmt(claim_ms, 0)} ms per claim → at most {fmt(claim_cap, 1)} claims/s on two idle cores | – | ≥ 20 claims/s, p95 per request ≤ 250 ms, no errors | {verdict(ok)} |")
    det = g("detector")
    if det:
        r1 = det.get("run1", {}); r2 = det.get("run2", {})
        ok = det.get("run1_s", 99) <= 15 and int(r1.get("detected", 0)) == 10000 and det.get("run2_s", 1) <= 0.05 and det.get("duplicates", 1) == 0
        w(f"| detector over {det.get('drafts'):,} drafts, 10,000 newly abandoned | first run {det.get('run1_s')} s, detected {r1.get('detected')} (failed {r1.get('failed')}); records in DB {det.get('records')}, duplicates {det.get('duplicates')}; next run with nothing new {1000 * det.get('run2_s', 0):.0f} ms (and {1000 * det.get('run3_s', 0):.0f} ms), detected {r2.get('detected')} — times are the whole HTTP call of /api/test/pending-detector/run | – | all within 15 s; nothing new ≤ 50 ms | {verdict(ok)} |")
    rss = g("rss_claims")
    if rss:
        w(f"| RSS under the whole-claim load | max {rss.get('rss_mb')} MB ({rss.get('samples')} samples, 1/s); idle after start {g('rss_idle').get('rss_mb')} MB; at the end {g('rss_end').get('rss_mb')} MB | – | ≤ 1,200 MB | {verdict(rss.get('rss_mb', 1e9) <= 1200)} |")
    s = {k: v for k, v in g("anonymous_sessions").items() if k != "id"}
    if s:
        anon = {k: v for k, v in s.items() if not k.startswith("/api") and not k.startswith("/health")}
        w(f"| anonymous pages create no HTTP session | new `JSESSIONID` per cookie-less GET: " + ", ".join(f"`{k}` {v}" for k, v in s.items()) + " | – | 0 on anonymous pages | " + verdict(all(v == 0 for v in anon.values())) + " |")
    cs = g("cold_start")
    if cs:
        w(f"| cold start to /health/ready UP | {cs.get('seconds')} s (fresh database: migrations and demo data included); the process used {cs.get('cpu_seconds')} s of CPU by then | – | ≤ 30 s | {verdict(cs.get('seconds', 99) <= 30)} |")
    w("")

    w("## Diagnostics measured in the same run")
    w("")
    w("| what | tool, connections | throughput | p50 / p95 / p99 (ms) | errors | CPU per request (node, MariaDB) → ceiling on 2 idle cores |")
    w("| --- | --- | --- | --- | --- | --- |")
    for key, label in (("lookup_16_channels", "claim-lock lookup spread over 16 channels (16 rate-limit rows instead of one)"),
                       ("C_jaxrs_insert_sequential", "channel-claims PUT with sequential references (JMO-…-000123 style)")):
        x = g(key)
        if x:
            w(f"| {label} | {x.get('tool')}, {x.get('connections')} | {fmt(x.get('rps'))} req/s | {x.get('p50_ms')} / {x.get('p95_ms')} / {x.get('p99_ms')} | {x.get('errors')} (status {x.get('err_status')}, timeouts {x.get('err_timeout')}) | {cpu_text(x, x.get('requests') or 0)} |")
    dl = g("deadlocks_log")
    if dl:
        w(f"| InnoDB deadlocks logged by the node during the C runs | – | {dl.get('count')} log lines 'Deadlock found' | – | – |")
    a4 = g("alloc_one_session_4")
    if a4:
        w(f"| queue allocation, one branch-session, 4 threads instead of 16 | JDBC harness, 4 | {fmt(a4.get('rps'))} allocations/s | {a4.get('p50_ms')} / {a4.get('p95_ms')} / {a4.get('p99_ms')} | {a4.get('errors')} |")
    ai = g("alloc_invariants")
    if ai:
        w(f"| allocation invariants after both harness runs | SQL | {ai.get('tickets')} tickets | duplicate numbers {ai.get('duplicate_numbers')}, counters ≠ tickets {ai.get('counter_mismatch')}, sessions with gaps {ai.get('gaps')} | – |")
    w("")
    w("## Notes on method")
    w("")
    w("- Every load run was preceded by an unrecorded warm-up of the same endpoint; wrk used 2 threads and a 10 s timeout.")
    w("- The queue allocation figures come from the in-process JDBC harness `bench/harness/src/bench/AllocationBench.java`: the portal's own `TicketAllocator` on plain JDBC connections (one per thread, one transaction per allocation), each request a new claim of a new participant; the web and EJB layers are not in it, baseline C is HTTP. The whole-claim run exercises the same allocation through HTTP.")
    w("- Gatling phases: each virtual user spends exactly the phase length on one page, alternating GET and postback, so a page's rate is its request count divided by the phase length; the B phase of the same simulation is the baseline of the wizard pages. Postbacks that navigate are not followed (302 checked), so they are measured alone.")
    w("- The confirm page's postback in the page phase omits the declaration (the page answers with the error and changes nothing); the real submission is measured in the whole-claim run.")
    w("- Raw figures: `bench/target/results.jsonl`; Gatling HTML reports: `bench/gatling/target/gatling/`; CPU profile of a second, shorter whole-claim run under JFR (BENCH_PROFILE_SECONDS; the recorded whole-claim figures come from a run without the profiler): `bench/target/claims-profile.txt`.")
    findings = os.path.join(os.path.dirname(target), "FINDINGS.md")
    if os.path.exists(findings):
        w("")
        w(open(findings).read().rstrip())
    profiles = [p for p in ("lookup-waits.txt", "claims-profile.txt")
                if os.path.exists(os.path.join(os.path.dirname(results), p))]
    if profiles:
        w("")
        w("## Profiles of this run (JFR)")
        for p in profiles:
            w("")
            w(f"`bench/target/{p}`:")
            w("")
            w("```")
            w(open(os.path.join(os.path.dirname(results), p)).read().rstrip())
            w("```")
    if phone:
        w("")
        w(phone)
    with open(target, "w") as out:
        out.write("\n".join(lines) + "\n")


def avg(*values):
    vs = [v for v in values if isinstance(v, (int, float))]
    return sum(vs) / len(vs) if vs else None


def cpu_per(x, n):
    """CPU per operation in ms: the node's, and the node's plus MariaDB's (both run on the same two
    cores), with the rate two otherwise idle cores would allow for node and database together."""
    try:
        ms = 1000.0 * float(x.get("node_cpu_s")) / n
    except (TypeError, ValueError, ZeroDivisionError):
        return None, None
    try:
        db = 1000.0 * float(x.get("db_cpu_s")) / n
    except (TypeError, ValueError, ZeroDivisionError):
        db = 0.0
    both = ms + db
    return ms, (2000.0 / both if both > 0 else None), db


def cpu_text(x, n, digits=2):
    """'node 2.08 + DB 0.95 ms → 654/s', or the node alone when the database was not measured."""
    got = cpu_per(x, n)
    if got[0] is None:
        return "–"
    ms, cap, db = got
    if db:
        return f"node {fmt(ms, digits)} + DB {fmt(db, digits)} ms → {fmt(cap, 0)}/s"
    return f"{fmt(ms, digits)} ms → {fmt(cap, 0)}/s"


def row_wrk(w, name, what, x):
    if not x:
        return
    w(f"| {name} | {what} | {x.get('tool')}, {x.get('connections')} | {fmt(x.get('rps'))} req/s | {x.get('p50_ms')} / {x.get('p95_ms')} / {x.get('p99_ms')} | {x.get('errors')} of {x.get('requests')} | {cpu_text(x, x.get('requests') or 0)} | {x.get('load', '–')} |")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "add":
        add(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "with":
        with_fields(sys.argv[2:])
    elif cmd == "cpu-seconds":
        cpu_seconds(sys.argv[2])
    elif cmd == "gatling":
        gatling(sys.argv[2], sys.argv[3])
    elif cmd == "jfr-top":
        jfr_top(sys.argv[2])
    elif cmd == "jfr-waits":
        jfr_waits(sys.argv[2])
    elif cmd == "cpu-marks":
        cpu_marks(sys.argv[2])
    elif cmd == "render":
        render(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    elif cmd == "render-scaling":
        targets12.render_scaling(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6],
                                 datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"))
    else:
        sys.exit(__doc__)

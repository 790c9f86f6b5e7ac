#!/usr/bin/env python3
"""The fault test's reckoning (scripts/cluster/test.sh, test 5), from what claims.py recorded, the
faults' times and rows read from the database:

    faults.py <load dir> <faults.json> <claims.tsv> <documents.tsv> <documents dir> <FAULTS.md>

faults.json: [{"name", "start", "end", "node" (the killed node's port, or null)}].
claims.tsv (one row per claim of the run): email, status, ticket_number or NULL, documents, mails
with the receipt whose file is on disk. documents.tsv: email, storage_key, sha256.

Per fault: the share of the requests under way while it lasted that failed, and the seconds from its start
(and from its end) to the first complete claim. Checks: every participant the portal showed a queue
number has a queued claim with that number, four documents whose files hash to the recorded SHA-256,
and the confirmation mail with its receipt; every saved draft is still a draft with its two
documents; nobody gave up; the participants mid-wizard on the killed node got their number. Prints
one line per check ("PASS ..." or "FAIL ...") and writes the figures as a Markdown table.
"""
import collections
import hashlib
import json
import os
import sys
import time

RECENT_SECONDS = 10


def load_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def tsv(path):
    with open(path) as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main():
    load_dir, faults_file, claims_file, documents_file, documents_dir, report = sys.argv[1:7]
    requests = load_jsonl(os.path.join(load_dir, "requests.jsonl"))
    people = load_jsonl(os.path.join(load_dir, "participants.jsonl"))
    faults = json.load(open(faults_file))
    claims = {row[0]: row for row in tsv(claims_file)}
    documents = collections.defaultdict(list)
    for email, key, digest in tsv(documents_file):
        documents[email].append((key, digest))
    results = []

    def check(ok, text):
        results.append(ok)
        print(("PASS " if ok else "FAIL ") + text)

    booked_times = sorted(r["t1"] for r in requests if r["label"] == "booked GET" and r["ok"])
    rows = []
    for fault in faults:
        # Every request that was under way at some moment of the fault, those cut off by it included.
        during = [r for r in requests if r["t1"] >= fault["start"] and r["t0"] <= fault["end"]]
        failed = sum(1 for r in during if not r["ok"])
        share = 100.0 * failed / len(during) if during else 0.0
        after_start = next((t - fault["start"] for t in booked_times if t > fault["start"]), None)
        after_end = next((t - fault["end"] for t in booked_times if t > fault["end"]), None)
        rows.append((fault["name"], fault["end"] - fault["start"], len(during), failed, share,
                     after_start, after_end))

    # Participants mid-wizard on the node that was killed: started before the kill, not done by
    # then, and served by that node (alone, or before nginx passed the request on) within the
    # RECENT_SECONDS before it. Not "whose last request went to it": round robin gives that to
    # about half of them, and a request under way on the killed node that nginx passed on to the
    # other shows both, so a run could count nobody (it did once in CI, with 8 participants).
    for fault in faults:
        if not fault.get("node"):
            continue
        killed = ":%s" % fault["node"]
        started = {r["p"] for r in requests if r["t0"] < fault["start"]}
        done_before = {p["p"] for p in people if p["t"] < fault["start"]}
        on_killed = {r["p"] for r in requests
                     if fault["start"] - RECENT_SECONDS <= r["t0"] < fault["start"]
                     and any(n.strip().endswith(killed) for n in r["node"].split(","))
                     and r["p"] in started and r["p"] not in done_before}
        outcome = {p["p"]: p for p in people}
        reached = [p for p in on_killed if outcome.get(p, {}).get("outcome") in ("booked", "saved")]
        elsewhere = {r["node"] for r in requests
                     if r["p"] in on_killed and fault["start"] < r["t0"] < fault["end"] and r["ok"]}
        check(bool(on_killed) and len(reached) == len(on_killed),
              "%s: %d of %d participants mid-wizard on the killed node finished (served meanwhile by %s)"
              % (fault["name"], len(reached), len(on_killed), ", ".join(sorted(elsewhere)) or "nobody"))

    # A failed request shows nginx's retry page or the portal's error page with its retry link.
    seen = collections.Counter("%s %s" % (r["status"], r.get("page")) for r in requests if not r["ok"])
    dead_ends = sum(1 for r in requests if r.get("page") in ("nginx-default", "other"))
    check(dead_ends == 0,
          "every failed request showed a page to retry from (status page: count %s); without one: %d"
          % (dict(seen), dead_ends))

    gave_up = [p for p in people if p["outcome"] == "gave_up"]
    check(not gave_up, "%d participants, none gave up (%d did)" % (len(people), len(gave_up)))

    booked = [p for p in people if p["outcome"] == "booked"]
    incomplete = []
    for p in booked:
        row = claims.get(p["email"])
        if not row or row[1] != "QUEUED" or row[2] != p["ticket"] or row[3] != "4" or row[4] != "1":
            incomplete.append("%s %s" % (p["ticket"], row[1:] if row else "no claim"))
    check(booked and not incomplete,
          "%d queue numbers shown, each a queued claim with that number, 4 documents, the mail with its receipt on disk%s"
          % (len(booked), "" if not incomplete else "; not so: " + "; ".join(incomplete[:5])))

    bad_files, checked = [], 0
    for p in booked + [p for p in people if p["outcome"] == "saved"]:
        for key, digest in documents.get(p["email"], []):
            checked += 1
            path = os.path.join(documents_dir, key[0:2], key[2:4], key)
            if not os.path.isfile(path) or (digest != "-" and sha256(path) != digest):
                bad_files.append(key[:8])
    check(checked > 0 and not bad_files,
          "%d stored documents of these claims and drafts on disk with their SHA-256%s"
          % (checked, "" if not bad_files else "; wrong or missing: %d" % len(bad_files)))

    saved = [p for p in people if p["outcome"] == "saved"]
    lost = [p["email"] for p in saved
            if not claims.get(p["email"]) or claims[p["email"]][1] != "DRAFT" or claims[p["email"]][3] != "2"]
    check(saved and not lost, "%d saved drafts still drafts with their two documents%s"
          % (len(saved), "" if not lost else "; lost: %d" % len(lost)))

    with open(report, "w") as out:
        out.write("# Faults under load\n\n")
        out.write("Written by `scripts/cluster/test.sh` (test 5) on %s: whole claims by concurrent "
                  "participants through nginx across two nodes; a failed request is retried by the "
                  "participant from the error page's link.\n\n" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
        out.write("| fault | lasted (s) | requests meanwhile | failed | failed share | first complete claim after its start (s) | after its end (s) |\n")
        out.write("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
        for name, lasted, total, failed, share, after_start, after_end in rows:
            out.write("| %s | %.1f | %d | %d | %.1f %% | %s | %s |\n" % (
                name, lasted, total, failed, share,
                "-" if after_start is None else "%.1f" % after_start,
                "-" if after_end is None else "%.1f" % after_end))
        out.write("\nTotals: %d participants, %d queue numbers, %d saved drafts, %d requests, %d failed.\n"
                  % (len(people), len(booked), len(saved), len(requests), sum(1 for r in requests if not r["ok"])))
    for name, lasted, total, failed, share, after_start, after_end in rows:
        print("FIGURE %s: lasted %.1f s; %d of %d requests failed meanwhile (%.1f %%); first complete claim %s s after its start, %s s after its end"
              % (name, lasted, failed, total, share,
                 "-" if after_start is None else "%.1f" % after_start,
                 "-" if after_end is None else "%.1f" % after_end))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
